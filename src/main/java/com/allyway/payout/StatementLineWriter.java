package com.allyway.payout;

import com.allyway.shared.Money;
import com.allyway.shared.mongo.StoredFormWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.bson.BsonBinaryWriter;
import org.bson.RawBsonDocument;
import org.bson.io.BasicOutputBuffer;
import org.bson.types.Decimal128;
import org.springframework.data.convert.Jsr310Converters;
import org.springframework.stereotype.Component;

/**
 * Statement lines as Spring Data would write them, by hand and straight to BSON: a statement run writes 100,000
 * of them for 1,000 partners. {@code StatementLineWriterIT} checks the bytes against Spring Data's own mapping.
 */
@Component
class StatementLineWriter implements StoredFormWriter<StatementLine> {

    /** A line with its explanation is about 520 bytes. */
    private static final int TYPICAL_BYTES = 640;

    @Override
    public RawBsonDocument convert(StatementLine source) {
        BasicOutputBuffer bytes = new BasicOutputBuffer(TYPICAL_BYTES);
        try (BsonBinaryWriter writer = new BsonBinaryWriter(bytes)) {
            writer.writeStartDocument();
            writer.writeName("line");
            commissionLine(writer, source.line());
            writer.writeBoolean("held", source.held());
            string(writer, "holdReason", source.holdReason());
            writer.writeEndDocument();
        }
        return new RawBsonDocument(bytes.getInternalBuffer(), 0, bytes.getPosition());
    }

    private static void commissionLine(BsonBinaryWriter writer, CommissionLine line) {
        writer.writeStartDocument();
        string(writer, "lineId", line.lineId());
        string(writer, "introductionId", line.introductionId());
        string(writer, "eventId", line.eventId());
        string(writer, "invoiceId", line.invoiceId());
        string(writer, "rule", line.rule() == null ? null : line.rule().name());
        writer.writeInt32("planVersion", line.planVersion());
        money(writer, "revenue", line.revenue());
        rate(writer, line.conversion());
        decimal(writer, "ratePercent", line.ratePercent());
        money(writer, "amount", line.amount());
        date(writer, "earnedOn", line.earnedOn());
        date(writer, "payableOn", line.payableOn());
        string(writer, "explanation", line.explanation());
        writer.writeEndDocument();
    }

    private static void money(BsonBinaryWriter writer, String name, Money money) {
        if (money != null) {
            writer.writeStartDocument(name);
            decimal(writer, "amount", money.amount());
            writer.writeString("currency", money.currency().getCurrencyCode());
            writer.writeEndDocument();
        }
    }

    private static void rate(BsonBinaryWriter writer, ExchangeRate rate) {
        if (rate != null) {
            writer.writeStartDocument("conversion");
            string(writer, "from", rate.from() == null ? null : rate.from().getCurrencyCode());
            string(writer, "to", rate.to() == null ? null : rate.to().getCurrencyCode());
            decimal(writer, "rate", rate.rate());
            date(writer, "date", rate.date());
            writer.writeEndDocument();
        }
    }

    /** As the driver stores a {@code BigDecimal}: Decimal128. */
    private static void decimal(BsonBinaryWriter writer, String name, BigDecimal value) {
        if (value != null) {
            writer.writeDecimal128(name, new Decimal128(value));
        }
    }

    /** Spring Data's own conversion of the day, so dates read back the same in every time zone. */
    private static void date(BsonBinaryWriter writer, String name, LocalDate day) {
        if (day != null) {
            writer.writeDateTime(name, Jsr310Converters.LocalDateToDateConverter.INSTANCE.convert(day).getTime());
        }
    }

    private static void string(BsonBinaryWriter writer, String name, String value) {
        if (value != null) {
            writer.writeString(name, value);
        }
    }
}

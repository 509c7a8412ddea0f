package com.allyway.payout;

import com.allyway.shared.Money;
import com.allyway.shared.mongo.StoredFormWriter;
import java.time.LocalDate;
import org.bson.Document;
import org.springframework.data.convert.Jsr310Converters;
import org.springframework.stereotype.Component;

/**
 * Statement lines as Spring Data would write them, by hand: a statement run writes 100,000 of them for 1,000
 * partners. {@code StatementLineWriterIT} checks the result against Spring Data's own mapping.
 */
@Component
class StatementLineWriter implements StoredFormWriter<StatementLine> {

    @Override
    public Document convert(StatementLine source) {
        Document document = new Document("line", commissionLine(source.line())).append("held", source.held());
        putIfPresent(document, "holdReason", source.holdReason());
        return document;
    }

    private static Document commissionLine(CommissionLine line) {
        Document document = new Document();
        putIfPresent(document, "lineId", line.lineId());
        putIfPresent(document, "introductionId", line.introductionId());
        putIfPresent(document, "eventId", line.eventId());
        putIfPresent(document, "invoiceId", line.invoiceId());
        putIfPresent(document, "rule", line.rule() == null ? null : line.rule().name());
        document.put("planVersion", line.planVersion());
        putIfPresent(document, "revenue", money(line.revenue()));
        putIfPresent(document, "conversion", rate(line.conversion()));
        putIfPresent(document, "ratePercent", line.ratePercent());
        putIfPresent(document, "amount", money(line.amount()));
        putIfPresent(document, "earnedOn", date(line.earnedOn()));
        putIfPresent(document, "payableOn", date(line.payableOn()));
        putIfPresent(document, "explanation", line.explanation());
        return document;
    }

    private static Document money(Money money) {
        return money == null ? null : new Document("amount", money.amount())
                .append("currency", money.currency().getCurrencyCode());
    }

    private static Document rate(ExchangeRate rate) {
        if (rate == null) {
            return null;
        }
        Document document = new Document();
        putIfPresent(document, "from", rate.from() == null ? null : rate.from().getCurrencyCode());
        putIfPresent(document, "to", rate.to() == null ? null : rate.to().getCurrencyCode());
        putIfPresent(document, "rate", rate.rate());
        putIfPresent(document, "date", date(rate.date()));
        return document;
    }

    /** Spring Data's own conversion, so dates read back the same in every time zone. */
    private static Object date(LocalDate day) {
        return day == null ? null : Jsr310Converters.LocalDateToDateConverter.INSTANCE.convert(day);
    }

    private static void putIfPresent(Document document, String key, Object value) {
        if (value != null) {
            document.put(key, value);
        }
    }
}

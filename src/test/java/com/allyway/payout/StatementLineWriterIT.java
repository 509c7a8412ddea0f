package com.allyway.payout;

import static org.assertj.core.api.Assertions.assertThat;

import com.allyway.shared.Money;
import com.allyway.testing.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import com.mongodb.MongoClientSettings;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/** The hand-written statement-line bytes are exactly Spring Data's own, and read back into equal lines. */
@IntegrationTest
class StatementLineWriterIT {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");

    @Autowired
    MongoTemplate mongo;

    private final List<StatementLine> lines = List.of(
            new StatementLine(new CommissionLine("l1", "intro-1", "INV-1", "INV-1",
                    CommissionLine.Rule.PERCENTAGE_OF_REVENUE, 2, money("4000.00", EUR), new ExchangeRate(USD, EUR,
                    new BigDecimal("0.9231"), LocalDate.of(2026, 3, 31)), new BigDecimal("12.5"),
                    money("500.00", EUR), LocalDate.of(2026, 4, 2), LocalDate.of(2026, 5, 2),
                    "12.5 % of EUR 4000.00, invoice INV-1, month 1 of 12, plan v2"), true, "Invoice disputed"),
            new StatementLine(new CommissionLine("l2", "intro-1", "fee", null, CommissionLine.Rule.FLAT_FEE, 1, null,
                    null, null, money("-250.00", EUR), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 3),
                    "Flat fee"), false, null));

    @Test
    void writesWhatSpringDatasOwnMappingWrites() {
        assertThat(mongo.getConverter().getCustomConversions().hasCustomWriteTarget(StatementLine.class))
                .as("the application writes lines by hand").isTrue();
        Document handWritten = new Document();
        mongo.getConverter().write(statementWith(lines), handWritten);

        MongoMappingContext context = new MongoMappingContext();
        MongoCustomConversions defaults = MongoCustomConversions.create(adapter -> {
        });
        context.setSimpleTypeHolder(defaults.getSimpleTypeHolder());
        context.afterPropertiesSet();
        MappingMongoConverter reflective = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context);
        reflective.setCustomConversions(defaults);
        reflective.afterPropertiesSet();
        Document springData = new Document();
        reflective.write(statementWith(lines), springData);

        assertThat(handWritten.getList("lines", Object.class)).allSatisfy(line -> assertThat(line)
                .isInstanceOf(RawBsonDocument.class));
        // Compared as the driver sends them, field order included.
        BsonDocument stored = stored(handWritten);
        assertThat(linesJson(stored)).isEqualTo(linesJson(stored(springData)));
        assertThat(stored.getArray("lines").getFirst().asDocument().getDocument("line").get("conversion"))
                .as("the test covers a converted line").isNotNull();
    }

    @Test
    void linesReadBackEqual() {
        Statement statement = statementWith(lines);
        mongo.insert(statement);

        assertThat(mongo.findById(statement.getId(), Statement.class).getLines()).isEqualTo(lines);
    }

    private static BsonDocument stored(Document document) {
        return new RawBsonDocument(document, new DocumentCodec(MongoClientSettings.getDefaultCodecRegistry()));
    }

    private static String linesJson(BsonDocument statement) {
        return new BsonDocument("lines", statement.getArray("lines")).toJson();
    }

    private static Statement statementWith(List<StatementLine> lines) {
        Statement statement = new Statement("writer-" + System.nanoTime(), "Writer Test",
                new Period(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)));
        statement.fill(lines, money("250.00", EUR), false, null, java.time.Instant.now());
        return statement;
    }

    private static Money money(String amount, Currency currency) {
        return new Money(new BigDecimal(amount), currency);
    }
}

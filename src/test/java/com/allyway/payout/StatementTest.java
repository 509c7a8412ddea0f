package com.allyway.payout;

import static org.assertj.core.api.Assertions.assertThat;

import com.allyway.payout.CommissionLine.Rule;
import com.allyway.shared.Money;
import com.allyway.shared.Secrets;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Period MARCH = new Period(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31));
    private static final CommissionLine LINE = new CommissionLine("payment:INV-17:percentage_of_revenue", "i1",
            "payment:INV-17", "INV-17", Rule.PERCENTAGE_OF_REVENUE, 2, money("4400.00", EUR),
            new ExchangeRate(USD, EUR, new BigDecimal("0.88"), LocalDate.of(2027, 3, 2)), BigDecimal.TEN,
            money("440.00", EUR), LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 2),
            "10 % of EUR 4400.00 (USD 5000.00 at 0.88), invoice INV-17, plan v2");
    private static final CommissionLine SECOND = new CommissionLine("payment:INV-18:flat_fee", "i2",
            "payment:INV-18", "INV-18", Rule.FLAT_FEE, 2, null, null, null, money("100.00", EUR),
            LocalDate.of(2027, 3, 9), LocalDate.of(2027, 3, 9), "Flat fee EUR 100.00 for won introduction Acme");

    @Test
    void theApprovalHashIsTheSha256OfTheDocumentedTextForm() {
        Statement statement = statement(List.of(new StatementLine(LINE, false, null),
                new StatementLine(SECOND, true, "Invoice disputed")), "");

        String text = "r1:2027-03\nNorthwind\n2027-03-01..2027-03-31\n"
                + "payment:INV-17:percentage_of_revenue|EUR 440.00|due|10 % of EUR 4400.00 (USD 5000.00 at 0.88),"
                + " invoice INV-17, plan v2\n"
                + "payment:INV-18:flat_fee|EUR 100.00|held: Invoice disputed|Flat fee EUR 100.00 for won"
                + " introduction Acme\n"
                + "EUR 440.00 payable";
        assertThat(statement.contentHash()).isEqualTo(Secrets.sha256Hex(text));
    }

    @Test
    void theFingerprintChangesWithEveryFieldOfALine() throws Exception {
        String original = statement(List.of(new StatementLine(LINE, false, null)), null).getContentSha256();
        Constructor<CommissionLine> constructor = CommissionLine.class.getDeclaredConstructor(
                Arrays.stream(CommissionLine.class.getRecordComponents()).map(RecordComponent::getType)
                        .toArray(Class<?>[]::new));
        RecordComponent[] components = CommissionLine.class.getRecordComponents();
        for (int changed = 0; changed < components.length; changed++) {
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                Object value = components[i].getAccessor().invoke(LINE);
                values[i] = i == changed ? other(value) : value;
            }
            CommissionLine variant = constructor.newInstance(values);

            String fingerprint = statement(List.of(new StatementLine(variant, false, null)), null)
                    .getContentSha256();

            assertThat(fingerprint).as("a different " + components[changed].getName()).isNotEqualTo(original);
        }
        assertThat(statement(List.of(new StatementLine(LINE, true, "Invoice disputed")), null).getContentSha256())
                .as("held").isNotEqualTo(original);
        assertThat(statement(List.of(new StatementLine(LINE, false, null)), "below the minimum").getContentSha256())
                .as("carry reason").isNotEqualTo(original);
        assertThat(statement(List.of(new StatementLine(LINE, false, null)), null).getContentSha256())
                .as("the same statement again").isEqualTo(original);
    }

    private static Object other(Object value) {
        return switch (value) {
            case String text -> text + "x";
            case Integer number -> number + 1;
            case Rule rule -> rule == Rule.FLAT_FEE ? Rule.CLAWBACK : Rule.FLAT_FEE;
            case Money money -> new Money(money.amount().add(BigDecimal.ONE), money.currency());
            case ExchangeRate rate -> new ExchangeRate(rate.from(), rate.to(), rate.rate().add(BigDecimal.ONE),
                    rate.date());
            case BigDecimal number -> number.add(BigDecimal.ONE);
            case LocalDate day -> day.plusDays(1);
            default -> throw new AssertionError("CommissionLine has a new kind of field: " + value.getClass()
                    + "; teach this test (and Statement.fingerprint) about it");
        };
    }

    private static Statement statement(List<StatementLine> lines, String carryReason) {
        Statement statement = new Statement("r1", "Northwind", MARCH);
        statement.fill(lines, money("440.00", EUR), false, carryReason, Instant.parse("2027-04-01T08:00:00Z"));
        return statement;
    }

    private static Money money(String amount, Currency currency) {
        return new Money(new BigDecimal(amount), currency);
    }
}

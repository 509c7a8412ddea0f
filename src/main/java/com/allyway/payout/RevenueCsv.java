package com.allyway.payout;

import com.allyway.shared.Money;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a revenue CSV (RFC 4180, UTF-8, header row) into entries, naming every row's problems instead of stopping
 * at the first. Columns: {@code type} (payment or refund), {@code invoice}, {@code refund} (a refund's own
 * reference), {@code introduction} (Allyway's id), {@code amount} (a dot for decimals), {@code currency},
 * {@code date} (YYYY-MM-DD). Row numbers count the header as row 1, as a spreadsheet shows them.
 */
public final class RevenueCsv {

    public static final List<String> COLUMNS = List.of("type", "invoice", "refund", "introduction", "amount", "currency",
            "date");
    public static final int MAX_ROWS = 100_000;

    private RevenueCsv() {
    }

    /** The rows that parsed, each with its number, and the problems of those that did not. */
    public record Parsed(List<Row> rows, List<RowProblem> problems) {
    }

    public record Row(int number, RevenueEntry entry) {
    }

    public static Parsed parse(Reader reader) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        List<Row> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            List<String> missing = COLUMNS.stream().filter(column -> !header.containsKey(column)).toList();
            if (!missing.isEmpty()) {
                problems.add(new RowProblem(1, String.join(", ", missing), "missing column(s); the header must be "
                        + String.join(",", COLUMNS)));
                return new Parsed(List.of(), problems);
            }
            for (CSVRecord record : parser) {
                int number = (int) record.getRecordNumber() + 1;
                if (rows.size() + problems.size() >= MAX_ROWS) {
                    problems.add(new RowProblem(number, "file", "more than " + MAX_ROWS + " rows; split the file"));
                    break;
                }
                parseRow(record, number, rows, problems);
            }
        } catch (IllegalStateException | java.io.UncheckedIOException malformed) {
            problems.add(new RowProblem(0, "file", "not a readable CSV file (" + malformed.getMessage() + ")"));
        }
        return new Parsed(List.copyOf(rows), List.copyOf(problems));
    }

    private static void parseRow(CSVRecord record, int number, List<Row> rows, List<RowProblem> problems) {
        int before = problems.size();
        if (!record.isConsistent()) {
            problems.add(new RowProblem(number, "row", "has " + record.size() + " cells; the header has "
                    + record.getParser().getHeaderMap().size()));
            return;
        }
        RevenueEvent.Kind kind = switch (record.get("type").toLowerCase(Locale.ROOT)) {
            case "payment" -> RevenueEvent.Kind.PAYMENT;
            case "refund" -> RevenueEvent.Kind.REFUND;
            default -> {
                problems.add(new RowProblem(number, "type", "\"" + record.get("type")
                        + "\" is neither payment nor refund"));
                yield null;
            }
        };
        String invoice = required(record, "invoice", number, problems);
        String introduction = required(record, "introduction", number, problems);
        String refund = record.get("refund");
        if (kind == RevenueEvent.Kind.REFUND && refund.isEmpty()) {
            problems.add(new RowProblem(number, "refund", "a refund needs its own reference"));
        }
        if (kind == RevenueEvent.Kind.PAYMENT && !refund.isEmpty()) {
            problems.add(new RowProblem(number, "refund", "a payment has no refund reference"));
        }
        Money amount = amount(record, number, problems);
        LocalDate date = null;
        try {
            date = LocalDate.parse(record.get("date"));
        } catch (DateTimeParseException e) {
            problems.add(new RowProblem(number, "date", "\"" + record.get("date") + "\" is not a date like 2027-03-31"));
        }
        if (problems.size() == before) {
            rows.add(new Row(number, new RevenueEntry(kind, kind == RevenueEvent.Kind.PAYMENT ? invoice : refund,
                    invoice, introduction, amount, date)));
        }
    }

    private static Money amount(CSVRecord record, int number, List<RowProblem> problems) {
        BigDecimal value;
        try {
            value = new BigDecimal(record.get("amount"));
        } catch (NumberFormatException e) {
            problems.add(new RowProblem(number, "amount", "\"" + record.get("amount")
                    + "\" is not an amount like 1234.50"));
            return null;
        }
        if (value.signum() <= 0) {
            problems.add(new RowProblem(number, "amount", "must be more than zero (a refund is a row of type refund)"));
            return null;
        }
        try {
            return Money.of(value, record.get("currency"));
        } catch (IllegalArgumentException wrong) {
            problems.add(new RowProblem(number, wrong.getMessage().contains("currency code") ? "currency" : "amount",
                    wrong.getMessage()));
            return null;
        }
    }

    private static String required(CSVRecord record, String column, int number, List<RowProblem> problems) {
        String value = record.get(column);
        if (value.isEmpty()) {
            problems.add(new RowProblem(number, column, "empty"));
        }
        return value;
    }
}

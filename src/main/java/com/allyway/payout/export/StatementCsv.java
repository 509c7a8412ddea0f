package com.allyway.payout.export;

import com.allyway.payout.Statement;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A statement as RFC 4180 CSV in UTF-8: a header, one row per line, then the total and what is paid now. A text
 * cell starting with {@code = + - @} (or a tab or carriage return) gets a leading apostrophe, so a spreadsheet
 * never runs it as a formula; numbers Allyway wrote itself (e.g. -250.00) stay numbers.
 */
public final class StatementCsv {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private StatementCsv() {
    }

    public static byte[] write(Statement statement) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.RFC4180)) {
            List<String> header = new ArrayList<>(List.of("Partner", "Period"));
            header.addAll(StatementRows.HEADER);
            printer.printRecord(header);
            for (StatementRows.Row row : StatementRows.of(statement)) {
                printer.printRecord(safe(statement.getPartnerName()), statement.getPeriodLabel(), row.earnedOn(),
                        row.payableOn(), safe(row.invoice()), row.rule(), row.planVersion(), number(row.revenue()),
                        number(row.ratePercent()), number(row.amount()), row.currency(), safe(row.status()),
                        safe(row.explanation()));
            }
            printer.printRecord(safe(statement.getPartnerName()), statement.getPeriodLabel(), "", "", "", "Total",
                    "", "", "", number(statement.getTotal().amount()), statement.currency().getCurrencyCode(),
                    statement.getStatus().label(), "");
            printer.printRecord(safe(statement.getPartnerName()), statement.getPeriodLabel(), "", "", "",
                    "Paid now", "", "", "", number(statement.payable().amount()), statement.currency()
                            .getCurrencyCode(), statement.isCarriedForward() ? "carried forward" : "",
                    safe(statement.getCarryReason() == null ? "" : statement.getCarryReason()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Neutralizes a text cell a spreadsheet would read as a formula (OWASP "CSV injection"). */
    static String safe(String text) {
        if (text == null || text.isEmpty() || NUMBER.matcher(text).matches()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}

package com.allyway.payout.export;

import com.allyway.payout.Statement;
import com.allyway.payout.StatementLine;
import java.math.BigDecimal;
import java.util.List;

/** The table every export prints: one row per line, the same columns in CSV, XLSX and PDF. */
public final class StatementRows {

    static final List<String> HEADER = List.of("Earned on", "Payable on", "Invoice", "Rule", "Plan version",
            "Revenue", "Rate %", "Amount", "Currency", "Status", "Explanation");

    private StatementRows() {
    }

    /** One row: texts, with the amounts as numbers (null where a line has none). */
    record Row(String earnedOn, String payableOn, String invoice, String rule, int planVersion, BigDecimal revenue,
            BigDecimal ratePercent, BigDecimal amount, String currency, String status, String explanation) {
    }

    static List<Row> of(Statement statement) {
        return statement.getLines().stream().map(StatementRows::row).toList();
    }

    private static Row row(StatementLine line) {
        var commission = line.line();
        return new Row(commission.earnedOn().toString(), commission.payableOn().toString(), commission.invoiceId(),
                commission.rule().name().toLowerCase().replace('_', ' '), commission.planVersion(),
                commission.revenue() == null ? null : commission.revenue().amount(), commission.ratePercent(),
                commission.amount().amount(), commission.amount().currency().getCurrencyCode(),
                line.held() ? "held: " + line.holdReason() : "due", commission.explanation());
    }

    static String title(Statement statement) {
        return "Statement " + statement.getPeriodLabel() + " · " + statement.getPartnerName();
    }

    public static String fileName(Statement statement, String extension) {
        return "statement-" + statement.getPeriodLabel() + "-" + statement.getPartnerName()
                .replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "") + "." + extension;
    }
}

package com.allyway.payout;

import com.allyway.shared.Money;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/**
 * Which lines a partner's statement for a period settles. A line is due once it is payable (its hold period is
 * over) by the period's end and no earlier statement settled it. When the total is below the plan's minimum payout,
 * or not positive (clawbacks exceed earnings), nothing is paid: the lines stay open and carry forward.
 */
public final class StatementRules {

    private StatementRules() {
    }

    /**
     * @param lines   the relationship's lines, as the engine computed them
     * @param settled ids of lines earlier statements settled
     * @param minimum the plan's minimum payout, or null
     */
    public static Settlement settle(List<CommissionLine> lines, Set<String> settled, Period period, Money minimum,
            Currency currency) {
        List<CommissionLine> due = lines.stream()
                .filter(line -> !settled.contains(line.lineId()) && !line.payableOn().isAfter(period.end()))
                .sorted(Comparator.comparing(CommissionLine::earnedOn).thenComparing(CommissionLine::lineId))
                .toList();
        BigDecimal total = due.stream().map(line -> line.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        Money sum = new Money(total, currency);
        if (total.signum() <= 0 && !due.isEmpty()) {
            return new Settlement(due, sum, true, "Nothing to pay: refunds clawed back " + new Money(total.negate(), currency)
                    + " more than was earned; carried forward to the next statement.");
        }
        if (minimum != null && total.compareTo(minimum.amount()) < 0 && !due.isEmpty()) {
            return new Settlement(due, sum, true, sum + " is below the minimum payout of " + minimum
                    + "; carried forward to the next statement.");
        }
        return new Settlement(due, sum, false, null);
    }

    /**
     * @param carriedForward nothing is paid now; the lines stay open for the next statement
     */
    public record Settlement(List<CommissionLine> lines, Money total, boolean carriedForward, String reason) {
    }
}

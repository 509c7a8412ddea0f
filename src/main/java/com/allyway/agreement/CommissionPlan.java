package com.allyway.agreement;

import com.allyway.shared.Money;
import com.allyway.shared.RejectedInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * What a referral partner earns, as one immutable value: the agreement PDF renders its terms table from it
 * ({@link #terms()}) and the payout engine computes with exactly this object, so the terms are never typed twice.
 * A new version is a new value; an approved one is never changed.
 *
 * @param ratePercent        share of revenue for {@link Type#PERCENTAGE_OF_REVENUE}
 * @param flatFee            fee per won introduction for {@link Type#FLAT_FEE_PER_WON_INTRODUCTION}
 * @param tiers              rates by the number of won introductions in the statement period, for
 *                           {@link Type#TIERED_BY_VOLUME}; the first starts at 1
 * @param recurringMonths    revenue earns commission for this many months from the first payment; empty: no limit
 * @param capPerIntroduction most one introduction can earn in total; empty: no cap
 * @param holdDays           a commission line becomes payable this many days after the revenue
 * @param clawbackDays       refunds within this many days of the payment claw the commission back
 * @param minimumPayout      smaller amounts carry forward to the next statement; empty: none
 * @param endsOn             last day the plan applies; empty: until superseded
 */
public record CommissionPlan(int version, Type type, BigDecimal ratePercent, Money flatFee, List<Tier> tiers,
        Integer recurringMonths, Money capPerIntroduction, int holdDays, int clawbackDays, Money minimumPayout,
        Currency currency, LocalDate startsOn, LocalDate endsOn) {

    public enum Type {
        PERCENTAGE_OF_REVENUE("Percentage of revenue"),
        FLAT_FEE_PER_WON_INTRODUCTION("Flat fee per won introduction"),
        TIERED_BY_VOLUME("Tiered by volume");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** From the {@code fromWonIntroductions}-th won introduction in a period on, this rate applies. */
    public record Tier(int fromWonIntroductions, BigDecimal ratePercent) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Refuses a plan that could not be computed or printed, naming the term that is wrong. */
    public CommissionPlan {
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
        if (version < 1) {
            throw new RejectedInputException("version", "A plan version starts at 1.");
        }
        if (type == null) {
            throw new RejectedInputException("type", "Choose how commission is computed.");
        }
        if (currency == null) {
            throw new RejectedInputException("currency", "Choose the plan's currency.");
        }
        if (startsOn == null) {
            throw new RejectedInputException("startsOn", "Enter the date the plan starts.");
        }
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new RejectedInputException("endsOn", "The plan cannot end (" + endsOn + ") before it starts ("
                    + startsOn + ").");
        }
        switch (type) {
            case PERCENTAGE_OF_REVENUE -> requireRate(ratePercent, "ratePercent");
            case FLAT_FEE_PER_WON_INTRODUCTION -> requirePositive(flatFee, "flatFee", "the flat fee", currency);
            case TIERED_BY_VOLUME -> requireTiers(tiers);
        }
        if (recurringMonths != null && recurringMonths < 1) {
            throw new RejectedInputException("recurringMonths", "Recurring commission lasts at least one month.");
        }
        if (capPerIntroduction != null) {
            requirePositive(capPerIntroduction, "capPerIntroduction", "the cap per introduction", currency);
        }
        if (minimumPayout != null) {
            requirePositive(minimumPayout, "minimumPayout", "the minimum payout", currency);
        }
        if (holdDays < 0 || clawbackDays < 0) {
            throw new RejectedInputException(holdDays < 0 ? "holdDays" : "clawbackDays",
                    "A number of days cannot be negative.");
        }
    }

    /** The same plan as another version: drafts carry a provisional version, approval fixes it. */
    public CommissionPlan withVersion(int newVersion) {
        return new CommissionPlan(newVersion, type, ratePercent, flatFee, tiers, recurringMonths, capPerIntroduction,
                holdDays, clawbackDays, minimumPayout, currency, startsOn, endsOn);
    }

    /** The terms table of the agreement, in reading order: every term as a label and its value. */
    public List<Term> terms() {
        List<Term> terms = new ArrayList<>();
        terms.add(new Term("Commission", switch (type) {
            case PERCENTAGE_OF_REVENUE -> percent(ratePercent) + " of revenue";
            case FLAT_FEE_PER_WON_INTRODUCTION -> flatFee + " per won introduction";
            case TIERED_BY_VOLUME -> String.join("; ", tiers.stream().map(tier -> percent(tier.ratePercent())
                    + " from won introduction " + tier.fromWonIntroductions()).toList()) + " in a period";
        }));
        terms.add(new Term("Recurring", recurringMonths == null ? "For as long as the customer pays"
                : recurringMonths + (recurringMonths == 1 ? " month" : " months") + " from the first payment"));
        terms.add(new Term("Cap per introduction", capPerIntroduction == null ? "None" : capPerIntroduction.toString()));
        terms.add(new Term("Payable", holdDays == 0 ? "When the revenue is received"
                : holdDays + " days after the revenue is received"));
        terms.add(new Term("Refunds", clawbackDays == 0 ? "Never clawed back"
                : "Refunds within " + clawbackDays + " days of payment are clawed back"));
        terms.add(new Term("Minimum payout", minimumPayout == null ? "None"
                : minimumPayout + "; smaller amounts carry forward"));
        terms.add(new Term("Currency", currency.getCurrencyCode()));
        terms.add(new Term("Term", "From " + startsOn + (endsOn == null ? " until superseded" : " to " + endsOn)));
        terms.add(new Term("Plan version", Integer.toString(version)));
        return List.copyOf(terms);
    }

    /** One row of the terms table. */
    public record Term(String label, String value) {
    }

    private static void requireRate(BigDecimal rate, String field) {
        if (rate == null || rate.signum() <= 0 || rate.compareTo(HUNDRED) > 0) {
            throw new RejectedInputException(field, "A rate is more than 0 % and at most 100 %.");
        }
    }

    private static void requirePositive(Money money, String field, String what, Currency currency) {
        if (money == null || !money.isPositive()) {
            throw new RejectedInputException(field, "Enter " + what + ", more than zero.");
        }
        if (!money.currency().equals(currency)) {
            throw new RejectedInputException(field, "Give " + what + " in the plan's currency, "
                    + currency.getCurrencyCode() + ", not " + money.currency().getCurrencyCode() + ".");
        }
    }

    private static void requireTiers(List<Tier> tiers) {
        if (tiers.isEmpty() || tiers.getFirst().fromWonIntroductions() != 1) {
            throw new RejectedInputException("tiers", "The first tier starts at the first won introduction.");
        }
        for (int i = 0; i < tiers.size(); i++) {
            requireRate(tiers.get(i).ratePercent(), "tiers");
            if (i > 0 && tiers.get(i).fromWonIntroductions() <= tiers.get(i - 1).fromWonIntroductions()) {
                throw new RejectedInputException("tiers", "Tier " + (i + 1) + " must start after tier " + i
                        + " (at more than " + tiers.get(i - 1).fromWonIntroductions() + " won introductions).");
            }
        }
    }

    private static String percent(BigDecimal rate) {
        return rate.stripTrailingZeros().toPlainString() + " %";
    }
}

package com.allyway.payout;

import com.allyway.agreement.CommissionPlan;
import com.allyway.payout.CommissionLine.Rule;
import com.allyway.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns one relationship's revenue events into commission lines, with the plan in force on each payment's date.
 * Plain Java and deterministic: the same events, plans and rates always give the same lines, in the same order,
 * with the same ids. The whole history is computed each time (caps, recurring months and refunds depend on it).
 *
 * <p>Rules, as the README states them:
 * <ul>
 * <li>Rounding: half-even to the plan currency's minor unit, once per line (a converted revenue amount is rounded
 * the same way before the rate applies).
 * <li>Tiers are whole-volume: the number of introductions the relationship won in the statement period that
 * contains the payment picks one rate for all of that payment.
 * <li>Recurring: month 1 is the month of the introduction's first payment; payments after month N earn nothing
 * (a zero line says so).
 * <li>A flat fee is earned once per introduction, on its first payment.
 * <li>The cap limits what one introduction earns in total, net of clawbacks.
 * <li>A refund within the clawback window claws back the same share of what its invoice earned (at that line's
 * rate and plan version), never more than the invoice earned and was not already clawed back.
 * </ul>
 */
public final class CommissionEngine {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Period.Length periodLength;

    public CommissionEngine(Period.Length periodLength) {
        this.periodLength = periodLength;
    }

    /**
     * @param introductions the relationship's won introductions by id; every event's introduction must be there
     * @param planOn        the plan in force on a day, if any; payments on days without one earn nothing
     * @throws IllegalArgumentException for a refund of an invoice that was never paid, or in another currency
     * @throws MissingExchangeRateException when a payment's currency has no rate to the plan's currency
     */
    public List<CommissionLine> lines(List<RevenueEvent> events, Map<String, WonIntroduction> introductions,
            Function<LocalDate, Optional<CommissionPlan>> planOn, ExchangeRate.Table rates) {
        Run run = new Run(introductions, planOn, rates);
        events.stream().sorted(Comparator.comparing(RevenueEvent::on).thenComparing(RevenueEvent::kind)
                .thenComparing(RevenueEvent::eventId)).forEach(run::apply);
        return List.copyOf(run.lines);
    }

    /** What an invoice earned, for refunds of it. */
    private record PaidInvoice(RevenueEvent payment, CommissionPlan plan, BigDecimal earned) {
    }

    /** The state of one computation over the history. */
    private final class Run {

        private final Map<String, WonIntroduction> introductions;
        private final Function<LocalDate, Optional<CommissionPlan>> planOn;
        private final ExchangeRate.Table rates;
        private final List<CommissionLine> lines = new ArrayList<>();
        private final Map<String, LocalDate> firstPayment = new HashMap<>();
        private final Map<String, BigDecimal> earnedNet = new HashMap<>();
        private final Map<String, PaidInvoice> invoices = new HashMap<>();
        private final Map<String, BigDecimal> clawedBack = new HashMap<>();

        Run(Map<String, WonIntroduction> introductions, Function<LocalDate, Optional<CommissionPlan>> planOn,
                ExchangeRate.Table rates) {
            this.introductions = introductions;
            this.planOn = planOn;
            this.rates = rates;
        }

        void apply(RevenueEvent event) {
            if (event.kind() == RevenueEvent.Kind.PAYMENT) {
                payment(event);
            } else {
                refund(event);
            }
        }

        private void payment(RevenueEvent event) {
            WonIntroduction introduction = introductions.get(event.introductionId());
            if (introduction == null) {
                throw new IllegalArgumentException("Invoice " + event.invoiceId() + " belongs to introduction "
                        + event.introductionId() + ", which is not a won introduction of this relationship.");
            }
            Optional<CommissionPlan> inForce = planOn.apply(event.on());
            boolean firstOfIntroduction = firstPayment.putIfAbsent(event.introductionId(), event.on()) == null;
            if (inForce.isEmpty()) {
                return; // no agreement on that day: an ally's revenue earns no commission
            }
            CommissionPlan plan = inForce.get();
            Currency currency = plan.currency();
            long month = ChronoUnit.MONTHS.between(firstPayment.get(event.introductionId()).withDayOfMonth(1),
                    event.on().withDayOfMonth(1)) + 1;
            ExchangeRate conversion = conversion(event, currency);
            BigDecimal revenue = conversion == null ? event.amount().amount()
                    : round(event.amount().amount().multiply(conversion.rate()), currency);
            BigDecimal credit = introduction.creditPercent().divide(HUNDRED);
            String source = " of " + money(revenue, currency) + ", invoice " + event.invoiceId()
                    + (conversion == null ? "" : " (" + event.amount() + " at " + conversion.rate().toPlainString()
                            + " on " + conversion.date() + ")")
                    + ", month " + month + (plan.recurringMonths() == null ? "" : " of " + plan.recurringMonths())
                    + creditNote(introduction);
            BigDecimal raw;
            BigDecimal ratePercent = null;
            Rule rule;
            String explanation;
            switch (plan.type()) {
                case FLAT_FEE_PER_WON_INTRODUCTION -> {
                    if (!firstOfIntroduction) {
                        return; // the fee was earned on the first payment
                    }
                    rule = Rule.FLAT_FEE;
                    raw = plan.flatFee().amount().multiply(credit);
                    explanation = "Flat fee " + plan.flatFee() + " for won introduction " + introduction.prospect()
                            + ", first payment (invoice " + event.invoiceId() + ")" + creditNote(introduction);
                    revenue = null;
                }
                case PERCENTAGE_OF_REVENUE, TIERED_BY_VOLUME -> {
                    if (plan.recurringMonths() != null && month > plan.recurringMonths()) {
                        rule = Rule.OUTSIDE_RECURRING_WINDOW;
                        raw = BigDecimal.ZERO;
                        explanation = "No commission: invoice " + event.invoiceId() + " is in month " + month
                                + "; the plan pays for " + plan.recurringMonths() + " months";
                    } else if (plan.type() == CommissionPlan.Type.PERCENTAGE_OF_REVENUE) {
                        rule = Rule.PERCENTAGE_OF_REVENUE;
                        ratePercent = plan.ratePercent();
                        raw = revenue.multiply(ratePercent).divide(HUNDRED).multiply(credit);
                        explanation = percent(ratePercent) + source;
                    } else {
                        rule = Rule.TIERED_BY_VOLUME;
                        Period period = Period.of(periodLength, event.on());
                        long won = introductions.values().stream().filter(each -> period.contains(each.wonOn()))
                                .count();
                        CommissionPlan.Tier tier = tierFor(plan, won);
                        ratePercent = tier.ratePercent();
                        raw = revenue.multiply(ratePercent).divide(HUNDRED).multiply(credit);
                        explanation = percent(ratePercent) + " (" + won + " introductions won in " + period.label()
                                + ", tier from " + tier.fromWonIntroductions() + ")" + source;
                    }
                }
                default -> throw new IllegalStateException("Unknown plan type " + plan.type());
            }
            BigDecimal amount = round(raw, currency);
            if (plan.capPerIntroduction() != null && amount.signum() > 0) {
                BigDecimal room = plan.capPerIntroduction().amount().subtract(
                        earnedNet.getOrDefault(event.introductionId(), BigDecimal.ZERO)).max(BigDecimal.ZERO);
                if (amount.compareTo(room) > 0) {
                    explanation += "; capped at the " + plan.capPerIntroduction() + " per introduction ("
                            + money(room, currency) + " of " + money(amount, currency) + " left)";
                    amount = room;
                }
            }
            earnedNet.merge(event.introductionId(), amount, BigDecimal::add);
            invoices.put(event.invoiceId(), new PaidInvoice(event, plan, amount));
            lines.add(new CommissionLine(event.eventId() + ":" + rule.name().toLowerCase(), event.introductionId(),
                    event.eventId(), event.invoiceId(), rule, plan.version(),
                    revenue == null ? null : new Money(revenue, currency), conversion, ratePercent,
                    new Money(amount, currency), event.on(), event.on().plusDays(plan.holdDays()),
                    explanation + ", plan v" + plan.version()));
        }

        private void refund(RevenueEvent event) {
            PaidInvoice invoice = invoices.get(event.invoiceId());
            if (invoice == null) {
                if (firstPayment.containsKey(event.introductionId())) {
                    return; // the invoice was paid while no agreement was in force: it earned nothing
                }
                throw new IllegalArgumentException("Refund " + event.eventId() + " is for invoice "
                        + event.invoiceId() + ", which was never paid.");
            }
            Money paid = invoice.payment().amount();
            if (!paid.currency().equals(event.amount().currency())) {
                throw new IllegalArgumentException("Refund " + event.eventId() + " is in "
                        + event.amount().currency() + "; invoice " + event.invoiceId() + " was paid in "
                        + paid.currency() + ".");
            }
            CommissionPlan plan = invoice.plan();
            LocalDate windowEnds = invoice.payment().on().plusDays(plan.clawbackDays());
            if (plan.clawbackDays() == 0 || event.on().isAfter(windowEnds)) {
                return; // outside the clawback window: the commission stays earned
            }
            Currency currency = plan.currency();
            BigDecimal share = event.amount().amount().divide(paid.amount(), 10, RoundingMode.HALF_EVEN)
                    .min(BigDecimal.ONE);
            BigDecimal left = invoice.earned().subtract(clawedBack.getOrDefault(event.invoiceId(), BigDecimal.ZERO));
            BigDecimal amount = round(invoice.earned().multiply(share), currency).min(left);
            if (amount.signum() <= 0) {
                return;
            }
            clawedBack.merge(event.invoiceId(), amount, BigDecimal::add);
            earnedNet.merge(event.introductionId(), amount.negate(), BigDecimal::add);
            lines.add(new CommissionLine(event.eventId() + ":clawback", event.introductionId(), event.eventId(),
                    event.invoiceId(), Rule.CLAWBACK, plan.version(), null, null, null,
                    new Money(amount.negate(), currency), event.on(), event.on(),
                    "Refund " + event.eventId() + " of " + event.amount() + " on invoice " + event.invoiceId()
                            + " (" + percent(share.multiply(HUNDRED).setScale(2, RoundingMode.HALF_EVEN))
                            + " of " + paid + "): gives back that share of the " + money(invoice.earned(), currency)
                            + " it earned, plan v" + plan.version()));
        }

        private ExchangeRate conversion(RevenueEvent event, Currency to) {
            Currency from = event.amount().currency();
            if (from.equals(to)) {
                return null;
            }
            return rates.on(from, to, event.on()).orElseThrow(() -> new MissingExchangeRateException(from, to,
                    event.on()));
        }
    }

    static CommissionPlan.Tier tierFor(CommissionPlan plan, long wonInPeriod) {
        CommissionPlan.Tier chosen = plan.tiers().getFirst();
        for (CommissionPlan.Tier tier : plan.tiers()) {
            if (wonInPeriod >= tier.fromWonIntroductions()) {
                chosen = tier;
            }
        }
        return chosen;
    }

    /** Half-even to the currency's minor unit: the one rounding rule of payouts. */
    static BigDecimal round(BigDecimal amount, Currency currency) {
        return amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_EVEN);
    }

    private static String creditNote(WonIntroduction introduction) {
        return introduction.creditPercent().compareTo(HUNDRED) == 0 ? ""
                : ", " + percent(introduction.creditPercent()) + " of the credit";
    }

    private static String money(BigDecimal amount, Currency currency) {
        return new Money(round(amount, currency), currency).toString();
    }

    private static String percent(BigDecimal rate) {
        return rate.stripTrailingZeros().toPlainString() + " %";
    }
}

package com.allyway.insight;

import com.allyway.introduction.IntroductionFacts;
import com.allyway.introduction.IntroductionStatus;
import com.allyway.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Ally versus referral partner: how good their introductions are, per group and per relationship, over a window
 * of days. This is the evidence for (or against) formalizing, so every figure has one definition, in the README
 * and here:
 * <ul>
 * <li><b>introductions per month</b>: introductions made in the window, divided by the months the relationship
 * existed in the window (at least one month). For a group: all its introductions over all its relationship-months,
 * so a month counts once per relationship;</li>
 * <li><b>conversion</b>: of the window's introductions that reached an outcome (won, lost or declined), the share
 * won; open ones are left out, so a young relationship is not punished for deals still running;</li>
 * <li><b>average deal value</b>: the mean deal value of the won ones, per currency (never summed across
 * currencies);</li>
 * <li><b>median days to close</b>: from the introduction date to the won date, over the won ones;</li>
 * <li><b>revenue share paid per won deal</b>: payouts paid in the window divided by the won introductions, per
 * currency; allies are paid nothing, which is part of the comparison.</li>
 * </ul>
 * Plain Java without a clock: the caller passes the window.
 */
public final class QualityReport {

    static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.4375"); // 365.25 / 12

    public enum Group {
        ALLIES("Allies"), REFERRAL_PARTNERS("Referral partners");

        private final String label;

        Group(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A relationship as the report sees it: since when it exists, and in which group it is today. */
    public record Member(String id, String name, Group group, LocalDate since) {
    }

    /**
     * One row of the report.
     *
     * @param conversionPercent empty when no introduction reached an outcome yet
     * @param medianDaysToClose empty when nothing was won
     */
    public record Quality(String label, Group group, int relationships, long introductions,
            BigDecimal introductionsPerMonth, long decided, long won, Optional<BigDecimal> conversionPercent,
            Map<Currency, Money> averageDealValue, Optional<BigDecimal> medianDaysToClose,
            Map<Currency, Money> paidPerWonDeal) {
    }

    public record Result(LocalDate from, LocalDate to, List<Quality> groups, List<Quality> relationships) {

        public Optional<Quality> group(Group group) {
            return groups.stream().filter(row -> row.group() == group).findFirst();
        }
    }

    private QualityReport() {
    }

    /**
     * @param from          first day of the window
     * @param to            last day of the window (today)
     * @param introductions any introductions; those introduced outside the window or of no member are ignored
     * @param paid          payouts paid in the window, by relationship id
     */
    public static Result of(LocalDate from, LocalDate to, List<Member> members, List<IntroductionFacts> introductions,
            Map<String, List<Money>> paid) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The window ends before it starts: " + from + " to " + to);
        }
        Map<String, List<IntroductionFacts>> byMember = new LinkedHashMap<>();
        members.forEach(member -> byMember.put(member.id(), new ArrayList<>()));
        for (IntroductionFacts introduction : introductions) {
            List<IntroductionFacts> own = byMember.get(introduction.relationshipId());
            if (own != null && !introduction.introducedOn().isBefore(from) && !introduction.introducedOn().isAfter(to)) {
                own.add(introduction);
            }
        }
        List<Quality> rows = members.stream().sorted(Comparator.comparing(Member::group)
                        .thenComparing(Member::name, String.CASE_INSENSITIVE_ORDER))
                .map(member -> quality(member.name(), member.group(), List.of(member), byMember, paid, from, to))
                .toList();
        List<Quality> groups = new ArrayList<>();
        for (Group group : Group.values()) {
            List<Member> inGroup = members.stream().filter(member -> member.group() == group).toList();
            groups.add(quality(group.label(), group, inGroup, byMember, paid, from, to));
        }
        return new Result(from, to, List.copyOf(groups), rows);
    }

    private static Quality quality(String label, Group group, List<Member> members,
            Map<String, List<IntroductionFacts>> byMember, Map<String, List<Money>> paid, LocalDate from,
            LocalDate to) {
        List<IntroductionFacts> all = members.stream().flatMap(member -> byMember.get(member.id()).stream()).toList();
        BigDecimal months = members.stream().map(member -> monthsIn(member, from, to))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<IntroductionFacts> won = all.stream().filter(is(IntroductionStatus.WON)).toList();
        long decided = all.stream().filter(is(IntroductionStatus.WON).or(is(IntroductionStatus.LOST))
                .or(is(IntroductionStatus.DECLINED))).count();
        Optional<BigDecimal> conversion = decided == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(won.size())
                .multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(decided), 1, RoundingMode.HALF_EVEN));
        List<Money> paidToGroup = members.stream().flatMap(member -> paid.getOrDefault(member.id(), List.of())
                .stream()).toList();
        return new Quality(label, group, members.size(), all.size(), months.signum() == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(all.size()).divide(months, 1, RoundingMode.HALF_EVEN), decided, won.size(),
                conversion, averages(won.stream().map(IntroductionFacts::dealValue).filter(Objects::nonNull).toList()),
                median(won.stream().map(each -> ChronoUnit.DAYS.between(each.introducedOn(), each.wonOn())).toList()),
                won.isEmpty() ? Map.of() : perDeal(paidToGroup, won.size()));
    }

    /** The months a relationship existed in the window, at least one. */
    static BigDecimal monthsIn(Member member, LocalDate from, LocalDate to) {
        LocalDate start = member.since() == null || member.since().isBefore(from) ? from : member.since();
        long days = start.isAfter(to) ? 0 : ChronoUnit.DAYS.between(start, to) + 1;
        BigDecimal months = BigDecimal.valueOf(days).divide(DAYS_PER_MONTH, 6, RoundingMode.HALF_EVEN);
        return months.max(BigDecimal.ONE);
    }

    private static Predicate<IntroductionFacts> is(IntroductionStatus status) {
        return introduction -> introduction.status() == status;
    }

    private static Map<Currency, Money> averages(List<Money> values) {
        Map<Currency, List<Money>> byCurrency = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
        values.forEach(value -> byCurrency.computeIfAbsent(value.currency(), c -> new ArrayList<>()).add(value));
        Map<Currency, Money> averages = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
        byCurrency.forEach((currency, amounts) -> averages.put(currency, divide(sum(amounts, currency),
                amounts.size())));
        return averages;
    }

    private static Map<Currency, Money> perDeal(List<Money> paid, int deals) {
        Map<Currency, List<Money>> byCurrency = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
        paid.forEach(value -> byCurrency.computeIfAbsent(value.currency(), c -> new ArrayList<>()).add(value));
        Map<Currency, Money> perDeal = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
        byCurrency.forEach((currency, amounts) -> perDeal.put(currency, divide(sum(amounts, currency), deals)));
        return perDeal;
    }

    private static Money sum(List<Money> amounts, Currency currency) {
        return new Money(amounts.stream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add), currency);
    }

    private static Money divide(Money total, int count) {
        return new Money(total.amount().divide(BigDecimal.valueOf(count), total.currency().getDefaultFractionDigits(),
                RoundingMode.HALF_EVEN), total.currency());
    }

    static Optional<BigDecimal> median(List<Long> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        BigDecimal middle = n % 2 == 1 ? BigDecimal.valueOf(sorted.get(n / 2))
                : BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2)).divide(BigDecimal.TWO);
        return Optional.of(middle.setScale(1, RoundingMode.HALF_EVEN));
    }
}

package com.allyway.payout;

import com.allyway.security.AllywayUser;
import com.allyway.security.CurrentUser;
import com.allyway.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Payout figures for the dashboards: statement totals per period and status, payouts paid in a window, and the
 * commission whose hold ends soon. Read-only; partners get their own organization's figures only.
 */
@Service
public class PayoutFigures {

    /** What a statement pays (nothing when it carries forward), by period and status. */
    public record StatementTotal(String relationshipId, String periodLabel, StatementStatus status, Money payable) {
    }

    /** Commission whose hold period ends on a day: from then on it can go on a statement. */
    public record BecomingPayable(LocalDate on, Money amount) {
    }

    /** The stored fields a total needs, read without the statement's lines. */
    record TotalRow(String relationshipId, String periodLabel, StatementStatus status, Money total,
            boolean carriedForward) {
    }

    private final MongoTemplate mongo;
    private final PayoutInputs inputs;
    private final CurrentUser currentUser;
    private final CommissionEngine engine;

    PayoutFigures(MongoTemplate mongo, PayoutInputs inputs, CurrentUser currentUser, PayoutProperties properties) {
        this.mongo = mongo;
        this.inputs = inputs;
        this.currentUser = currentUser;
        this.engine = new CommissionEngine(properties.statementPeriod());
    }

    /**
     * Every statement of the periods: for finance and founders all of them, for a partner their own, drafts
     * included (the partner's dashboard shows a draft's total as pending, never its lines).
     */
    @PreAuthorize(StatementService.READERS)
    public List<StatementTotal> totals(List<Period> periods) {
        Criteria criteria = Criteria.where("periodLabel").in(periods.stream().map(Period::label).toList());
        AllywayUser user = currentUser.require();
        if (!user.isInternal()) {
            criteria = criteria.and("relationshipId").is(user.organizationId());
        }
        Query query = Query.query(criteria);
        query.fields().include("relationshipId", "periodLabel", "status", "total", "carriedForward");
        return mongo.find(query, TotalRow.class, mongo.getCollectionName(Statement.class)).stream()
                .map(row -> new StatementTotal(row.relationshipId(), row.periodLabel(), row.status(),
                        row.carriedForward() ? new Money(BigDecimal.ZERO, row.total().currency())
                                : row.total()))
                .toList();
    }

    /** What each relationship was paid in a window (by payment date): the founders' cost per won deal. */
    @PreAuthorize("hasAnyRole('FINANCE', 'FOUNDER')")
    public Map<String, List<Money>> paidBetween(LocalDate from, LocalDate to) {
        Query query = Query.query(Criteria.where("status").is(StatementStatus.PAID).and("paidOn").gte(from).lte(to));
        query.fields().include("relationshipId", "periodLabel", "status", "total", "carriedForward");
        Map<String, List<Money>> paid = new HashMap<>();
        for (TotalRow row : mongo.find(query, TotalRow.class, mongo.getCollectionName(Statement.class))) {
            paid.computeIfAbsent(row.relationshipId(), id -> new ArrayList<>()).add(row.total());
        }
        return paid;
    }

    /**
     * Commission whose hold ends after {@code after} and on or before {@code until}, summed per day and currency.
     * Runs the engine over every partner's revenue, as a statement run does.
     */
    @PreAuthorize("hasRole('FINANCE')")
    public List<BecomingPayable> becomingPayable(LocalDate after, LocalDate until) {
        PayoutInputs.Inputs all = inputs.upTo(until);
        Map<LocalDate, Map<Currency, BigDecimal>> sums = new HashMap<>();
        for (String relationshipId : all.revenue().keySet()) {
            if (all.plans(relationshipId).isEmpty()) {
                continue;
            }
            for (CommissionLine line : all.lines(engine, relationshipId)) {
                if (line.payableOn().isAfter(after) && !line.payableOn().isAfter(until)
                        && line.amount().amount().signum() != 0) {
                    sums.computeIfAbsent(line.payableOn(), day -> new HashMap<>())
                            .merge(line.amount().currency(), line.amount().amount(), BigDecimal::add);
                }
            }
        }
        List<BecomingPayable> result = new ArrayList<>();
        sums.forEach((day, byCurrency) -> byCurrency.forEach((currency, amount) -> result.add(
                new BecomingPayable(day, new Money(amount, currency)))));
        result.sort(Comparator.comparing(BecomingPayable::on).thenComparing(each -> each.amount().currency()
                .getCurrencyCode()));
        return List.copyOf(result);
    }
}

package com.allyway.ui.home;

import com.allyway.insight.Earnings;
import com.allyway.insight.FinanceInsight;
import com.allyway.insight.InsightService;
import com.allyway.payout.StatementStatus;
import com.allyway.payout.ui.RevenueView;
import com.allyway.payout.ui.StatementListView;
import com.allyway.relationship.ui.RelationshipDirectoryView;
import com.allyway.security.CurrentUser;
import com.allyway.security.Role;
import com.allyway.shared.Money;
import com.allyway.shared.ui.Chart;
import com.allyway.shared.ui.ChartData;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Home of finance: payouts per period and status, and what becomes payable in the coming weeks. */
@Route("finance")
@PageTitle("Finance home")
@Menu(title = "Finance home", order = 2, icon = "vaadin:home")
@RolesAllowed(Role.Names.FINANCE)
public class FinanceHomeView extends HomePage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    FinanceHomeView(CurrentUser currentUser, InsightService insights) {
        super(currentUser.require(), "Revenue-share payouts, statements per partner and period, and their exports.");
        addShortcut("Statements", "Generate the period's drafts, review, approve and mark them paid.",
                StatementListView.class);
        addShortcut("Revenue", "Record paid invoices and refunds, or import them as CSV.", RevenueView.class);
        addShortcut("Relationships", "Who is an ally (no payouts) and who is a referral partner.",
                RelationshipDirectoryView.class);
        addCharts(insights.finance());
    }

    private void addCharts(FinanceInsight insight) {
        Earnings payouts = insight.payouts();
        addFigure(totalsPerCurrency(payouts));
        DashboardCharts.earnings("Payouts per period", payouts, "Draft",
                "No statements in the last six periods.").forEach(this::addFigure);
        List<String> weeks = insight.weeksAhead().stream()
                .map(start -> DAY.format(start) + " – " + DAY.format(start.plusDays(6))).toList();
        Map<Currency, List<BigDecimal>> ahead = insight.becomingPayablePerWeek();
        List<ChartData.Series> series = new ArrayList<>();
        ahead.forEach((currency, amounts) -> series.add(new ChartData.Series(currency.getCurrencyCode(), amounts)));
        addFigure(new Chart(new ChartData("Commission becoming payable, next four weeks", ChartData.Kind.BAR,
                "Week", weeks, series, ahead.size() == 1 ? ChartData.ValueFormat.money(ahead.keySet().iterator()
                .next().getCurrencyCode()) : new ChartData.ValueFormat("", "", 2)),
                "No commission's hold period ends in the next four weeks."));
    }

    private static Div totalsPerCurrency(Earnings payouts) {
        UnorderedList list = new UnorderedList();
        for (Currency currency : payouts.byCurrency().keySet()) {
            list.add(new ListItem(sum(payouts, currency, StatementStatus.PAID)
                    + " paid, " + sum(payouts, currency, StatementStatus.APPROVED) + " approved, "
                    + sum(payouts, currency, StatementStatus.DRAFT) + " in drafts"));
        }
        Div card = new Div(new H3("Totals per currency, last six periods"), payouts.byCurrency().isEmpty()
                ? new Paragraph("No statements yet.") : list);
        card.addClassName("allyway-chart-card");
        return card;
    }

    private static Money sum(Earnings payouts, Currency currency, StatementStatus status) {
        return new Money(payouts.series(currency, status).stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                currency);
    }
}

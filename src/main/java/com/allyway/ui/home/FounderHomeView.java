package com.allyway.ui.home;

import com.allyway.agreement.AgreementService;
import com.allyway.agreement.AgreementStatus;
import com.allyway.agreement.ui.AgreementListView;
import com.allyway.insight.FounderInsight;
import com.allyway.insight.InsightService;
import com.allyway.insight.QualityReport;
import com.allyway.relationship.RelationshipReview;
import com.allyway.relationship.ui.RelationshipDirectoryView;
import com.allyway.relationship.ui.RelationshipReviewView;
import com.allyway.security.CurrentUser;
import com.allyway.security.Role;
import com.allyway.shared.Money;
import com.allyway.shared.ui.Chart;
import com.allyway.shared.ui.ChartData;
import com.vaadin.flow.component.grid.Grid;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Home of the founders: the evidence on allies against referral partners, which relationships deserve an
 * agreement, and the drafts waiting for approval.
 */
@Route("founder")
@PageTitle("Founder home")
@Menu(title = "Founder home", order = 3, icon = "vaadin:home")
@RolesAllowed(Role.Names.FOUNDER)
public class FounderHomeView extends HomePage {

    static final int ADVICE_SHOWN = 5;

    FounderHomeView(CurrentUser currentUser, AgreementService agreements, InsightService insights) {
        super(currentUser.require(), "Which relationships deserve a written agreement, and which are better left"
                + " as allies; agreement drafts wait here for your approval.");
        int waiting = agreements.list(List.of(AgreementStatus.SUBMITTED)).size();
        addShortcut(waiting == 0 ? "Agreements" : waiting + (waiting == 1 ? " agreement waits" : " agreements wait")
                + " for approval", "Approve and sign drafts, or send them back with a comment.",
                AgreementListView.class);
        addShortcut("Relationships to review", "Which relationships should formalize, strongest advice first.",
                RelationshipReviewView.class);
        addShortcut("Relationships", "Every ally and referral partner at a glance.", RelationshipDirectoryView.class);
        addQuality(insights.founder());
    }

    private void addQuality(FounderInsight insight) {
        QualityReport.Result report = insight.quality();
        List<QualityReport.Quality> groups = report.groups();
        List<String> labels = groups.stream().map(QualityReport.Quality::label).toList();
        addFigure(new Chart(new ChartData("Conversion to won, last 12 months", ChartData.Kind.BAR, "Group", labels,
                List.of(new ChartData.Series("Won of decided", groups.stream()
                        .map(group -> group.conversionPercent().orElse(BigDecimal.ZERO)).toList())),
                ChartData.ValueFormat.PERCENT), "No introduction has an outcome yet."));
        addFigure(new Chart(new ChartData("Introductions per relationship per month", ChartData.Kind.BAR, "Group",
                labels, List.of(new ChartData.Series("Introductions per month", groups.stream()
                        .map(QualityReport.Quality::introductionsPerMonth).toList())),
                new ChartData.ValueFormat("", "", 1)), "No introductions in the last 12 months."));
        addFigure(qualityTable("Allies and referral partners compared", groups, report));
        addFigure(qualityTable("Each relationship", report.relationships(), report));
        addFigure(adviceList(insight.toReview()));
    }

    private static Div qualityTable(String title, List<QualityReport.Quality> rows, QualityReport.Result report) {
        Grid<QualityReport.Quality> grid = new Grid<>();
        grid.addColumn(QualityReport.Quality::label).setHeader("Relationships").setAutoWidth(true)
                .setFrozen(true);
        grid.addColumn(row -> row.introductions()).setHeader("Introductions");
        grid.addColumn(row -> row.introductionsPerMonth().toPlainString()).setHeader("Per month");
        grid.addColumn(row -> row.conversionPercent().map(percent -> percent.toPlainString() + " %")
                .orElse("–")).setHeader("Conversion to won");
        grid.addColumn(row -> money(row.averageDealValue())).setHeader("Average deal").setAutoWidth(true);
        grid.addColumn(row -> row.medianDaysToClose().map(days -> days.toPlainString() + " days")
                .orElse("–")).setHeader("Median days to close");
        grid.addColumn(row -> row.won() == 0 ? "–" : Optional.of(money(row.paidPerWonDeal()))
                .filter(text -> !text.equals("–")).orElse("none")).setHeader("Revenue share paid per won deal")
                .setAutoWidth(true);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(title);
        Div card = new Div(new H3(title), new Paragraph("From " + report.from() + " to " + report.to()
                + ". Conversion counts won, lost and declined introductions; open ones are left out."), grid);
        card.addClassNames("allyway-chart-card", "allyway-wide");
        return card;
    }

    private static String money(Map<java.util.Currency, Money> amounts) {
        return amounts.isEmpty() ? "–" : amounts.values().stream().map(Money::toString)
                .collect(Collectors.joining(", "));
    }

    private static Div adviceList(List<RelationshipReview> toReview) {
        UnorderedList list = new UnorderedList();
        toReview.stream().limit(ADVICE_SHOWN).forEach(review -> list.add(new ListItem(
                review.relationship().getName() + ": " + review.advice().level().label() + " – "
                        + review.advice().summary())));
        Div card = new Div(new H3("Formalization advice"), toReview.isEmpty()
                ? new Paragraph("Every relationship is best kept as it is.") : list);
        card.addClassNames("allyway-chart-card", "allyway-wide");
        return card;
    }
}

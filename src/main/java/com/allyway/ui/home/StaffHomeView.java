package com.allyway.ui.home;

import com.allyway.insight.InsightService;
import com.allyway.insight.StaffInsight;
import com.allyway.introduction.ui.DisputeListView;
import com.allyway.introduction.ui.IntroductionListView;
import com.allyway.introduction.ui.LogIntroductionView;
import com.allyway.relationship.ui.RelationshipDirectoryView;
import com.allyway.security.CurrentUser;
import com.allyway.security.Role;
import com.allyway.shared.ui.Chart;
import com.allyway.shared.ui.ChartData;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Home of the people who work introductions and relationships: the pipeline and what needs a decision. */
@Route("staff")
@PageTitle("Staff home")
@Menu(title = "Staff home", order = 1, icon = "vaadin:home")
@RolesAllowed(Role.Names.STAFF)
public class StaffHomeView extends HomePage {

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    StaffHomeView(CurrentUser currentUser, InsightService insights) {
        super(currentUser.require(), "Work the introductions allies and partners send, and keep their people"
                + " connected to the portal.");
        addShortcut("Introductions", "Every introduction from allies and partners, with conflicts marked.",
                IntroductionListView.class);
        addShortcut("Log an introduction", "For an ally without a login: one form, no paperwork.",
                LogIntroductionView.class);
        addShortcut("Relationships", "Allies and referral partners; add one, invite its people.",
                RelationshipDirectoryView.class);
        addCharts(insights.staff());
    }

    private void addCharts(StaffInsight insight) {
        StaffInsight.Counts counts = insight.counts();
        addFigure(waitingForDecision(counts.openConflicts(), insight.openDisputes()));
        addFigure(DashboardCharts.introductionsByStatus("Pipeline by stage", "Stage", counts.pipeline(),
                "No introductions yet."));
        addFigure(new Chart(new ChartData("Introductions per week", ChartData.Kind.LINE, "Week of",
                counts.perWeek().keySet().stream().map(WEEK::format).toList(),
                List.of(ChartData.Series.ofCounts("Introductions", List.copyOf(counts.perWeek().values()))),
                ChartData.ValueFormat.COUNT), "No introductions in the last twelve weeks."));
        addFigure(new Chart(new ChartData("Most introductions, last 90 days", ChartData.Kind.HORIZONTAL_BAR,
                "Relationship", counts.topRelationships().keySet().stream().map(insight::name).toList(),
                List.of(ChartData.Series.ofCounts("Introductions", List.copyOf(counts.topRelationships().values()))),
                ChartData.ValueFormat.COUNT), "No introductions in the last 90 days."));
    }

    private static Div waitingForDecision(long conflicts, long disputes) {
        Div card = new Div(new H3("Waiting for a decision"),
                new Paragraph(conflicts == 1 ? "1 open conflict between two introductions of one prospect."
                        : conflicts + " open conflicts between introductions of one prospect."),
                new Anchor(RouteConfiguration.forSessionScope().getUrl(IntroductionListView.class),
                        "Introductions"),
                new Paragraph(disputes == 1 ? "1 open dispute." : disputes + " open disputes."),
                new Anchor(RouteConfiguration.forSessionScope().getUrl(DisputeListView.class), "Disputes"));
        card.addClassNames("allyway-chart-card", "allyway-waiting");
        return card;
    }
}

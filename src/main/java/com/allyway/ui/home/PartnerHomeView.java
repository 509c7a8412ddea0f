package com.allyway.ui.home;

import com.allyway.agreement.AgreementService;
import com.allyway.agreement.AgreementStatus;
import com.allyway.agreement.ui.AgreementListView;
import com.allyway.insight.InsightService;
import com.allyway.insight.PartnerInsight;
import com.allyway.introduction.IntroductionStatus;
import com.allyway.introduction.ui.IntroductionListView;
import com.allyway.introduction.ui.LogIntroductionView;
import com.allyway.partner.AccountSummary;
import com.allyway.partner.Organization;
import com.allyway.partner.OrganizationService;
import com.allyway.partner.UserAccountService;
import com.allyway.security.CurrentUser;
import com.allyway.security.Role;
import com.allyway.shared.ui.Chart;
import com.allyway.shared.ui.ChartData;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/** Home of a person at a partner organization: who they are here and who else from their company is. */
@Route("partner")
@PageTitle("Home")
@Menu(title = "Home", order = 0, icon = "vaadin:home")
@RolesAllowed(Role.Names.PARTNER)
public class PartnerHomeView extends HomePage {

    PartnerHomeView(CurrentUser currentUser, OrganizationService organizations, UserAccountService accounts,
            AgreementService agreements, InsightService insights) {
        super(currentUser.require(), "Log warm introductions here, follow what becomes of them, and talk with our"
                + " team on the record.");
        long toAccept = agreements.list(List.of()).stream()
                .filter(agreement -> agreement.getStatus() == AgreementStatus.APPROVED).count();
        if (toAccept > 0) {
            addShortcut(toAccept == 1 ? "An agreement to accept" : toAccept + " agreements to accept",
                    "We signed it; read it, download the PDF and accept it.", AgreementListView.class);
        }
        addShortcut("Log an introduction", "Who should we meet? Four fields are enough.", LogIntroductionView.class);
        addShortcut("My introductions", "What became of the people you introduced us to.",
                IntroductionListView.class);
        Organization organization = organizations.find(currentUser.require().organizationId()).orElseThrow();
        addCard(new H3(organization.getName()),
                new Paragraph("Everything you see in Allyway belongs to " + organization.getName() + "."));
        UnorderedList team = new UnorderedList();
        for (AccountSummary member : accounts.members(organization.getId())) {
            team.add(new ListItem(member.displayName() + " (" + member.email() + ")"));
        }
        addCard(new H3("Your team in Allyway"), team);
        addCharts(insights.partner());
    }

    private void addCharts(PartnerInsight insight) {
        Map<IntroductionStatus, Long> byStatus = insight.byStatus();
        addFigure(DashboardCharts.introductionsByStatus("Your introductions by status", "Status", byStatus,
                "No introductions yet: log your first one."));
        addFigure(new Chart(new ChartData("Outcomes of your decided introductions", ChartData.Kind.PIE, "Outcome",
                List.of("Won", "Lost", "Declined"), List.of(ChartData.Series.ofCounts("Introductions", List.of(
                byStatus.get(IntroductionStatus.WON), byStatus.get(IntroductionStatus.LOST),
                byStatus.get(IntroductionStatus.DECLINED)))), ChartData.ValueFormat.COUNT),
                "None of your introductions has an outcome yet.").withNote(insight.conversionPercent()
                .map(percent -> "Conversion: " + insight.won() + " won of " + insight.decided() + " decided ("
                        + percent.toPlainString() + " %).")
                .orElse("Conversion: nothing decided yet.")));
        DashboardCharts.earnings("Your earnings per period", insight.earnings(), "Pending review",
                "No statements yet: earnings appear once we pay out on a written agreement.")
                .forEach(this::addFigure);
    }
}

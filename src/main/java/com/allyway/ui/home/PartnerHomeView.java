package com.allyway.ui.home;

import com.allyway.agreement.AgreementService;
import com.allyway.agreement.AgreementStatus;
import com.allyway.agreement.ui.AgreementListView;
import com.allyway.introduction.ui.IntroductionListView;
import com.allyway.introduction.ui.LogIntroductionView;
import com.allyway.partner.AccountSummary;
import com.allyway.partner.Organization;
import com.allyway.partner.OrganizationService;
import com.allyway.partner.UserAccountService;
import com.allyway.security.CurrentUser;
import com.allyway.security.Role;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** Home of a person at a partner organization: who they are here and who else from their company is. */
@Route("partner")
@PageTitle("Home")
@Menu(title = "Home", order = 0, icon = "vaadin:home")
@RolesAllowed(Role.Names.PARTNER)
public class PartnerHomeView extends HomePage {

    PartnerHomeView(CurrentUser currentUser, OrganizationService organizations, UserAccountService accounts,
            AgreementService agreements) {
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
    }
}

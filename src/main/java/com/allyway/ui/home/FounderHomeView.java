package com.allyway.ui.home;

import com.allyway.agreement.AgreementService;
import com.allyway.agreement.AgreementStatus;
import com.allyway.agreement.ui.AgreementListView;
import com.allyway.relationship.ui.RelationshipDirectoryView;
import com.allyway.relationship.ui.RelationshipReviewView;
import com.allyway.security.CurrentUser;
import com.allyway.security.Role;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** Home of the founders: which relationships deserve an agreement, and the drafts waiting for approval. */
@Route("founder")
@PageTitle("Founder home")
@Menu(title = "Founder home", order = 3, icon = "vaadin:home")
@RolesAllowed(Role.Names.FOUNDER)
public class FounderHomeView extends HomePage {

    FounderHomeView(CurrentUser currentUser, AgreementService agreements) {
        super(currentUser.require(), "Which relationships deserve a written agreement, and which are better left"
                + " as allies; agreement drafts wait here for your approval.");
        int waiting = agreements.list(List.of(AgreementStatus.SUBMITTED)).size();
        addShortcut(waiting == 0 ? "Agreements" : waiting + (waiting == 1 ? " agreement waits" : " agreements wait")
                + " for approval", "Approve and sign drafts, or send them back with a comment.",
                AgreementListView.class);
        addShortcut("Relationships to review", "Which relationships should formalize, strongest advice first.",
                RelationshipReviewView.class);
        addShortcut("Relationships", "Every ally and referral partner at a glance.", RelationshipDirectoryView.class);
    }
}

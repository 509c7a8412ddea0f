package com.allyway;

import static org.assertj.core.api.Assertions.assertThat;

import com.allyway.partner.AccountSummary;
import com.allyway.partner.InvitationService;
import com.allyway.partner.IssuedInvitation;
import com.allyway.partner.UserAccountService;
import com.allyway.security.Role;
import com.allyway.security.SystemAuthentication;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A real installation's first start: demo mode off, empty database. Nobody can sign in yet, so Allyway invites the
 * first admin. The tests run in order on one database, as successive starts would.
 */
@SpringBootTest(properties = {
        "allyway.data-dir=target/test-data/${random.uuid}",
        "allyway.demo=false",
        "vaadin.devmode.devTools.enabled=false"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstStartWithoutDemoIT {

    private static final String BOOTSTRAP_EMAIL = "admin@allyway.local";

    @Autowired
    MongoTemplate mongo;
    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    InvitationService invitations;
    @Autowired
    UserAccountService accounts;

    @Test
    @Order(1)
    void theFirstStartInvitesTheBootstrapAdminWithEveryInternalRoleAndSeedsNothing() {
        List<Document> open = openInvitations();

        assertThat(open).hasSize(1);
        assertThat(open.getFirst().getString("email")).isEqualTo(BOOTSTRAP_EMAIL);
        assertThat(open.getFirst().getList("roles", String.class))
                .containsExactlyInAnyOrder("ADMIN", "STAFF", "FINANCE", "FOUNDER");
        assertThat(mongo.getCollection("users").countDocuments()).isZero();
        assertThat(mongo.getCollection("organizations").countDocuments()).isZero();
    }

    @Test
    @Order(2)
    void aRestartReplacesTheLinkSoOnlyOneEverWorks() {
        Object before = openInvitations().getFirst().get("_id");

        restart();

        List<Document> open = openInvitations();
        assertThat(open).hasSize(1);
        assertThat(open.getFirst().get("_id")).isNotEqualTo(before);
    }

    @Test
    @Order(3)
    void demoAccountsLeftFromAnEarlierDemoAreSwitchedOffAndNoMoreAdminInvitationsAreIssued() {
        IssuedInvitation leftover = SystemAuthentication.callAsSystem(() -> invitations.inviteInternalUser(
                "staff@allyway.example", "Sam Patel", EnumSet.of(Role.STAFF)));
        invitations.accept(leftover.token(), "Sam Patel", "allyway-demo-2026");
        Object bootstrapInvitation = openInvitations().getFirst().get("_id");

        restart();

        AccountSummary demoStaff = SystemAuthentication.callAsSystem(
                () -> accounts.findByEmail("staff@allyway.example")).orElseThrow();
        assertThat(demoStaff.active()).isFalse();
        assertThat(openInvitations()).extracting(invitation -> invitation.get("_id")).containsExactly(bootstrapInvitation);
    }

    /** What a restart does on this database: the start-up jobs run again. */
    private void restart() {
        context.publishEvent(new ApplicationReadyEvent(new SpringApplication(AllywayApplication.class),
                new String[0], context, Duration.ZERO));
    }

    private List<Document> openInvitations() {
        return mongo.find(Query.query(Criteria.where("email").is(BOOTSTRAP_EMAIL).and("usedAt").is(null)),
                Document.class, "invitations");
    }
}

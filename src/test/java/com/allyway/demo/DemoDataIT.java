package com.allyway.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.allyway.agreement.Agreement;
import com.allyway.agreement.AgreementService;
import com.allyway.agreement.AgreementStatus;
import com.allyway.introduction.Introduction;
import com.allyway.introduction.IntroductionFilter;
import com.allyway.introduction.IntroductionService;
import com.allyway.introduction.IntroductionStatus;
import com.allyway.introduction.TimelineEntry;
import com.allyway.payout.Statement;
import com.allyway.payout.StatementService;
import com.allyway.relationship.FormalizationAdvice;
import com.allyway.relationship.RelationshipReview;
import com.allyway.relationship.RelationshipService;
import com.allyway.security.SystemAuthentication;
import com.allyway.testing.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The demo shows every part of working introductions (a won deal, a conversation, a conflict to settle) and of
 * agreements (one in force, one to accept, one relationship to formalize).
 */
@IntegrationTest
class DemoDataIT {

    @Autowired
    IntroductionService introductions;
    @Autowired
    AgreementService agreements;
    @Autowired
    RelationshipService relationships;
    @Autowired
    StatementService statements;

    @Test
    void theDemoHasAWonDealAConversationWithAnInternalNoteAndAConflictForStaff() {
        SystemAuthentication.runAsSystem(() -> {
            assertThat(one("Umbrella Health").getStatus()).isEqualTo(IntroductionStatus.WON);
            assertThat(one("Umbrella Health").getDealValue()).hasToString("EUR 24000.00");
            assertThat(introductions.timeline(one("Globex Corporation").getId()))
                    .extracting(TimelineEntry::kind).contains(TimelineEntry.Kind.COMMENT,
                            TimelineEntry.Kind.INTERNAL_NOTE);
            assertThat(one("Initech GmbH").isConflict()).isTrue();
            assertThat(one("Soylent Foods").getIntroducedBy()).isNull();
        });
    }

    @Test
    void theDemoHasAnAcceptedAgreementOneWaitingForThePartnerAndAnAllyToFormalize() {
        SystemAuthentication.runAsSystem(() -> {
            Map<String, AgreementStatus> statuses = agreements.list(List.of()).stream()
                    .collect(Collectors.toMap(Agreement::getPartnerName, Agreement::getStatus, (a, b) -> a));
            assertThat(statuses).containsEntry("Northwind Advisory", AgreementStatus.ACCEPTED)
                    .containsEntry("Brightpath Digital", AgreementStatus.APPROVED);
            RelationshipReview harbor = relationships.reviewList().stream()
                    .filter(review -> review.relationship().getName().equals("Harbor & Finch Consulting"))
                    .findFirst().orElseThrow();
            assertThat(harbor.advice().level()).isEqualTo(FormalizationAdvice.Level.FORMALIZE);
        });
    }

    @Test
    void financeCanGenerateThisMonthsStatementFromTheDemoRevenueRightAway() {
        SystemAuthentication.runAsSystem(() -> {
            statements.generate(LocalDate.now(ZoneOffset.UTC));
            Statement northwind = statements.list(LocalDate.now(ZoneOffset.UTC)).stream()
                    .filter(statement -> statement.getPartnerName().equals("Northwind Advisory")).findFirst()
                    .orElseThrow();
            assertThat(northwind.getTotal()).hasToString("EUR 400.00");
            assertThat(northwind.getLines()).hasSize(2);
        });
    }

    private Introduction one(String company) {
        List<Introduction> found = introductions.list(new IntroductionFilter(null, null, null, null, null, company),
                PageRequest.of(0, 5)).stream().filter(each -> each.getProspectCompany().equals(company)).toList();
        assertThat(found).as(company).hasSize(1);
        return found.getFirst();
    }
}

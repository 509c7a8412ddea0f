package com.allyway.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.allyway.partner.Organization;
import com.allyway.security.AllywayUser;
import com.allyway.security.Role;
import com.allyway.shared.Money;
import com.allyway.shared.RejectedInputException;
import com.allyway.testing.Fixtures;
import com.allyway.testing.IntegrationTest;
import com.allyway.testing.SignedIn;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class StatementServiceIT {

    private static final LocalDate SEPTEMBER = LocalDate.of(2026, 9, 1);
    private static final LocalDate OCTOBER = LocalDate.of(2026, 10, 1);
    private static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 1);

    @Autowired
    StatementService statements;
    @Autowired
    RevenueService revenue;
    @Autowired
    Fixtures fixtures;

    private AllywayUser finance;
    private Organization acme;
    private String won;
    private String invoice;

    @BeforeEach
    void aReferralPartnerWithRevenue() {
        finance = fixtures.internalUser(Role.FINANCE);
        acme = fixtures.partnerOrganization();
        fixtures.acceptedAgreement(acme, SEPTEMBER);
        won = fixtures.wonIntroduction(acme, LocalDate.of(2026, 9, 2));
        invoice = Fixtures.unique("INV");
        pay(invoice, "4000.00", LocalDate.of(2026, 9, 5));
    }

    @Test
    void aLineWaitsForItsHoldThenTheDraftIsRegeneratedIdenticallyAndApprovalFixesIt() {
        SignedIn.run(finance, () -> statements.generate(SEPTEMBER));
        assertThat(statementOf(SEPTEMBER)).as("payable only 30 days after the payment").isNull();

        SignedIn.run(finance, () -> statements.generate(OCTOBER));
        Statement draft = statementOf(OCTOBER);
        assertThat(draft.getStatus()).isEqualTo(StatementStatus.DRAFT);
        assertThat(draft.getTotal()).isEqualTo(eur("500.00"));
        assertThat(draft.getLines()).singleElement().satisfies(line -> assertThat(line.line().explanation())
                .isEqualTo("12.5 % of EUR 4000.00, invoice " + invoice + ", month 1 of 12, plan v1"));

        SignedIn.run(finance, () -> statements.generate(OCTOBER));
        assertThat(statementOf(OCTOBER).getVersion()).as("regenerating unchanged data changes nothing")
                .isEqualTo(draft.getVersion());

        Statement approved = SignedIn.as(finance, () -> statements.approve(draft.getId(), draft.getVersion()));
        assertThat(approved.getSha256()).hasSize(64).isEqualTo(approved.contentHash());
        assertThatThrownBy(() -> SignedIn.as(finance, () -> statements.hold(approved.getId(), approved.getVersion(),
                approved.getLines().getFirst().line().lineId(), "check")))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("cannot change");
        pay(Fixtures.unique("INV"), "800.00", LocalDate.of(2026, 10, 3));
        SignedIn.run(finance, () -> statements.generate(OCTOBER));
        assertThat(statementOf(OCTOBER).getSha256()).as("approved statements never change")
                .isEqualTo(approved.getSha256());

        Statement paid = SignedIn.as(finance, () -> statements.markPaid(approved.getId(), approved.getVersion(),
                LocalDate.of(2026, 11, 5), "SEPA-2026-11-0042"));
        assertThat(paid.getStatus()).isEqualTo(StatementStatus.PAID);
    }

    @Test
    void aLateRefundGoesIntoTheNextStatementNeverIntoTheApprovedOne() {
        SignedIn.run(finance, () -> statements.generate(OCTOBER));
        Statement october = statementOf(OCTOBER);
        SignedIn.run(finance, () -> statements.approve(october.getId(), october.getVersion()));
        SignedIn.run(finance, () -> revenue.record(new RevenueEntry(RevenueEvent.Kind.REFUND, invoice + "-R",
                invoice, won, eur("2000.00"), LocalDate.of(2026, 10, 20))));

        SignedIn.run(finance, () -> statements.generate(NOVEMBER));

        assertThat(statementOf(OCTOBER).getTotal()).isEqualTo(eur("500.00"));
        Statement november = statementOf(NOVEMBER);
        assertThat(november.getLines()).extracting(line -> line.line().amount()).containsExactly(eur("-250.00"));
        assertThat(november.isCarriedForward()).isTrue();
        assertThat(november.payable()).isEqualTo(eur("0.00"));
    }

    @Test
    void aHeldLineStaysOutOfTheTotalAndComesBackOnTheNextStatement() {
        SignedIn.run(finance, () -> statements.generate(OCTOBER));
        Statement draft = statementOf(OCTOBER);
        String line = draft.getLines().getFirst().line().lineId();

        Statement held = SignedIn.as(finance, () -> statements.hold(draft.getId(), draft.getVersion(), line,
                "Invoice disputed by the customer"));
        SignedIn.run(finance, () -> statements.generate(OCTOBER));

        Statement regenerated = statementOf(OCTOBER);
        assertThat(regenerated.getLines()).singleElement().satisfies(each -> {
            assertThat(each.held()).isTrue();
            assertThat(each.holdReason()).isEqualTo("Invoice disputed by the customer");
        });
        assertThat(held.getTotal()).isEqualTo(eur("0.00"));
        SignedIn.run(finance, () -> statements.approve(regenerated.getId(), regenerated.getVersion()));
        SignedIn.run(finance, () -> statements.generate(NOVEMBER));
        assertThat(statementOf(NOVEMBER).getLines()).extracting(each -> each.line().lineId()).containsExactly(line);
    }

    @Test
    void partnersSeeOnlyTheirOwnApprovedStatementsAndStaffCannotApprove() {
        SignedIn.run(finance, () -> statements.generate(OCTOBER));
        Statement draft = statementOf(OCTOBER);
        AllywayUser acmePartner = fixtures.partnerUser(acme);
        AllywayUser otherPartner = fixtures.partnerUser(fixtures.partnerOrganization());
        AllywayUser staff = fixtures.internalUser(Role.STAFF);

        assertThat(SignedIn.as(acmePartner, () -> statements.find(draft.getId()))).as("drafts are internal").isEmpty();
        assertThatThrownBy(() -> SignedIn.as(staff, () -> statements.approve(draft.getId(), draft.getVersion())))
                .isInstanceOf(AccessDeniedException.class);
        SignedIn.run(finance, () -> statements.approve(draft.getId(), draft.getVersion()));

        assertThat(SignedIn.as(acmePartner, () -> statements.list(OCTOBER))).extracting(Statement::getId)
                .containsExactly(draft.getId());
        assertThat(SignedIn.as(otherPartner, () -> statements.find(draft.getId()))).isEmpty();
        assertThat(SignedIn.as(otherPartner, () -> statements.list(OCTOBER))).isEmpty();
    }

    private void pay(String invoiceId, String amount, LocalDate on) {
        SignedIn.run(finance, () -> revenue.record(new RevenueEntry(RevenueEvent.Kind.PAYMENT, invoiceId, invoiceId,
                won, eur(amount), on)));
    }

    private Statement statementOf(LocalDate month) {
        return SignedIn.as(finance, () -> statements.find(acme.getId() + ":" + Period.of(Period.Length.MONTH, month)
                .label())).orElse(null);
    }

    private static Money eur(String amount) {
        return new Money(new BigDecimal(amount), java.util.Currency.getInstance("EUR"));
    }
}

package com.allyway.payout.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.allyway.partner.Organization;
import com.allyway.payout.Period;
import com.allyway.payout.RowProblem;
import com.allyway.payout.StatementStatus;
import com.allyway.security.AllywayUser;
import com.allyway.security.Role;
import com.allyway.shared.ui.ViewHeading;
import com.allyway.testing.Fixtures;
import com.allyway.testing.KaribuTest;
import com.allyway.ui.error.NotFoundView;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PayoutViewsIT extends KaribuTest {

    private static final Period OCTOBER = Period.of(Period.Length.MONTH, LocalDate.of(2026, 10, 1));

    private AllywayUser finance;
    private Organization acme;
    private String won;

    @BeforeEach
    void aReferralPartnerWithAWonIntroduction() {
        finance = fixtures.internalUser(Role.FINANCE);
        acme = fixtures.partnerOrganization();
        fixtures.acceptedAgreement(acme, LocalDate.of(2026, 9, 1));
        won = fixtures.wonIntroduction(acme, LocalDate.of(2026, 9, 2));
    }

    @Test
    void financeImportsRevenueThenReviewsApprovesAndPaysTheStatement() throws InterruptedException {
        signInAs(finance);
        UI.getCurrent().navigate(RevenueView.class);
        RevenueView revenue = _get(RevenueView.class);
        String invoice = Fixtures.unique("INV");

        revenue.importFile("bad.csv", csv("payment," + invoice + ",," + won + ",4000.00,EUR,05/09/2026")).run();
        assertThat(revenue.outcome.getText()).startsWith("✘ bad.csv: Nothing was imported: 1 row has a problem.");
        assertThat(GridKt._get(revenue.problems, 0)).isEqualTo(new RowProblem(2, "date",
                "\"05/09/2026\" is not a date like 2027-03-31"));

        revenue.importFile("september.csv", csv("payment," + invoice + ",," + won + ",4000.00,EUR,2026-09-05")).run();
        assertThat(revenue.outcome.getText()).isEqualTo("✔ september.csv: 1 added, 0 already recorded.");
        assertThat(revenue.problems.isVisible()).isFalse();

        UI.getCurrent().navigate(StatementListView.class);
        StatementListView list = _get(StatementListView.class);
        list.period.setValue(OCTOBER);
        ButtonKt._click(list.generate);
        assertThat(GridKt._findAll(list.grid)).anyMatch(statement -> statement.getPartnerName().equals(acme.getName()));

        ButtonKt._click(list.exportAll);
        assertThat(list.progress.isVisible()).as("the export runs in the background, showing progress").isTrue();
        for (int wait = 0; wait < 100 && !list.zip.isVisible(); wait++) {
            Thread.sleep(100);
            MockVaadin.runUIQueue();
        }
        assertThat(list.zip.getText()).isEqualTo("Download statements-2026-10.zip");
        assertThat(list.exportAll.isEnabled()).isTrue();

        UI.getCurrent().navigate(StatementView.class, acme.getId() + ":2026-10");
        StatementView statement = _get(StatementView.class);
        _assertOne(Anchor.class, spec -> spec.withId("export-pdf"));
        statement.lines.select(GridKt._get(statement.lines, 0));
        assertThat(statement.explanation.getText())
                .isEqualTo("12.5 % of EUR 4000.00, invoice " + invoice + ", month 1 of 12, plan v1");
        ButtonKt._click(statement.hold);
        assertThat(statement.holdReason.isInvalid()).as("a hold needs its reason").isTrue();

        ButtonKt._click(statement.approve);
        _assertOne(Paragraph.class, spec -> spec.withPredicate(paragraph ->
                paragraph.getText().startsWith("Approved by Ina Internal · SHA-256 of its content ")));
        statement.paidOn.setValue(LocalDate.of(2026, 11, 5));
        statement.reference.setValue("SEPA-4711");
        ButtonKt._click(statement.markPaid);
        assertThat(statement.getPageTitle()).isEqualTo(acme.getName() + " 2026-10 · Allyway");
        _assertOne(ViewHeading.class, spec -> spec.withPredicate(heading -> heading
                .getElement().getTextRecursively().contains(StatementStatus.PAID.label() + " · total EUR 500.00")));
    }

    @Test
    void aPartnerSeesItsOwnApprovedStatementAndNoOtherOrganizations() {
        signInAs(finance);
        UI.getCurrent().navigate(RevenueView.class);
        _get(RevenueView.class).importFile("s.csv", csv("payment," + Fixtures.unique("INV") + ",," + won
                + ",1000.00,EUR,2026-09-05")).run();
        UI.getCurrent().navigate(StatementListView.class);
        StatementListView list = _get(StatementListView.class);
        list.period.setValue(OCTOBER);
        ButtonKt._click(list.generate);
        UI.getCurrent().navigate(StatementView.class, acme.getId() + ":2026-10");
        ButtonKt._click(_get(StatementView.class).approve);

        switchTo(fixtures.partnerUser(acme));
        UI.getCurrent().navigate(StatementListView.class);
        assertThat(GridKt._size(_get(StatementListView.class).grid)).isEqualTo(1);
        assertThat(_get(StatementListView.class).generate.isVisible()).isFalse();

        switchTo(fixtures.partnerUser(fixtures.partnerOrganization()));
        UI.getCurrent().navigate(StatementListView.class);
        assertThat(GridKt._size(_get(StatementListView.class).grid)).isZero();
        UI.getCurrent().navigate(StatementView.class, acme.getId() + ":2026-10");
        _assertOne(NotFoundView.class);
    }

    @Test
    void financeAddsExchangeRatesButNeverChangesOne() {
        signInAs(finance);
        UI.getCurrent().navigate(RevenueView.class);
        ExchangeRatesPanel rates = _get(ExchangeRatesPanel.class);
        LocalDate day = LocalDate.of(2020, 1, 1).plusDays(System.nanoTime() % 3000);
        rates.from.setValue("GBP");
        rates.to.setValue("EUR");
        rates.rate.setValue(new BigDecimal("1.1712"));
        rates.date.setValue(day);

        ButtonKt._click(rates.add);
        assertThat(GridKt._findAll(rates.table)).anyMatch(rate -> rate.date().equals(day)
                && rate.rate().toPlainString().equals("1.1712"));
        rates.rate.setValue(new BigDecimal("1.2"));
        ButtonKt._click(rates.add);

        assertThat(rates.date.isInvalid()).isTrue();
        assertThat(rates.date.getErrorMessage()).isEqualTo("There is already a GBP→EUR rate for " + day
                + "; rates are never changed, add one for a later day instead.");
    }

    @Test
    void staffRecordRevenueButDoNotSeeTheRateTable() {
        signInAs(fixtures.internalUser(Role.STAFF));
        UI.getCurrent().navigate(RevenueView.class);
        _assertNone(ExchangeRatesPanel.class);
    }

    private static byte[] csv(String... rows) {
        return ("type,invoice,refund,introduction,amount,currency,date\n" + String.join("\n", rows) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}

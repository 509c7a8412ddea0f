package com.allyway.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.allyway.introduction.IntroductionService;
import com.allyway.partner.Organization;
import com.allyway.security.AllywayUser;
import com.allyway.security.Role;
import com.allyway.shared.Money;
import com.allyway.shared.RejectedInputException;
import com.allyway.testing.Fixtures;
import com.allyway.testing.IntegrationTest;
import com.allyway.testing.SignedIn;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class RevenueServiceIT {

    @Autowired
    RevenueService revenue;
    @Autowired
    Fixtures fixtures;
    @Autowired
    IntroductionService introductions;

    private AllywayUser finance;
    private Organization acme;
    private String won;

    @BeforeEach
    void aWonIntroduction() {
        finance = fixtures.internalUser(Role.FINANCE);
        acme = fixtures.partnerOrganization();
        won = fixtures.wonIntroduction(acme, LocalDate.of(2026, 10, 1));
    }

    @Test
    void importingTheSameInvoicesAgainNeverDoublesMoney() {
        String invoice = Fixtures.unique("INV");
        byte[] file = csv("payment," + invoice + ",," + won + ",4000.00,EUR,2026-10-15",
                "refund," + invoice + "," + invoice + "-R1," + won + ",1000.00,EUR,2026-11-01");

        RevenueService.ImportResult first = SignedIn.as(finance, () -> revenue.importCsv("october.csv", file));
        RevenueService.ImportResult again = SignedIn.as(finance, () -> revenue.importCsv("october.csv", file));

        assertThat(first).isEqualTo(new RevenueService.ImportResult(2, 0));
        assertThat(again).isEqualTo(new RevenueService.ImportResult(0, 2));
        assertThat(SignedIn.as(finance, () -> revenue.forRelationship(acme.getId())))
                .extracting(RecordedRevenue::id).containsExactly("payment:" + invoice, "refund:" + invoice + "-R1");
    }

    @Test
    void aFileWithBadRowsImportsNothingAndNamesEveryBadRow() {
        String good = Fixtures.unique("INV");
        String open = fixtures.introduction(acme, LocalDate.of(2026, 10, 2));
        byte[] file = csv("payment," + good + ",," + won + ",4000.00,EUR,2026-10-15",
                "payment,INV-X,," + won + ",12,50,EUR,2026-10-15",
                "gift," + Fixtures.unique("INV") + ",," + won + ",10.00,EUR,2026-10-15",
                "payment," + Fixtures.unique("INV") + ",," + won + ",10.00,EURO,2026-10-15",
                "payment," + Fixtures.unique("INV") + ",," + open + ",10.00,EUR,2026-10-15",
                "refund," + good + "," + good + "-R1," + won + ",5000.00,EUR,2026-10-20",
                "payment," + Fixtures.unique("INV") + ",," + won + ",10.00,EUR,15.10.2026");

        assertThatThrownBy(() -> SignedIn.as(finance, () -> revenue.importCsv("bad.csv", file)))
                .isInstanceOf(RevenueImportRejectedException.class)
                .hasMessage("Nothing was imported: 6 rows have a problem. Fix them and import the whole file again.")
                .satisfies(thrown -> assertThat(((RevenueImportRejectedException) thrown).problems())
                        .extracting(RowProblem::toString).containsExactly(
                                "row 3, row: has 8 cells; the header has 7",
                                "row 4, type: \"gift\" is neither payment nor refund",
                                "row 5, currency: \"EURO\" is not a currency code such as EUR or USD.",
                                "row 6, introduction: " + prospectOf(open) + " is new, not won",
                                "row 7, invoice: refunds of invoice " + good + " would add up to EUR 5000.00, more"
                                        + " than its EUR 4000.00",
                                "row 8, date: \"15.10.2026\" is not a date like 2027-03-31"));
        assertThat(SignedIn.as(finance, () -> revenue.forRelationship(acme.getId()))).isEmpty();
    }

    @Test
    void theSameInvoiceWithAnotherAmountIsRefusedNamingWhatIsRecorded() {
        String invoice = Fixtures.unique("INV");
        SignedIn.run(finance, () -> revenue.importCsv("a.csv", csv("payment," + invoice + ",," + won
                + ",4000.00,EUR,2026-10-15")));

        assertThatThrownBy(() -> SignedIn.as(finance, () -> revenue.importCsv("b.csv", csv("payment," + invoice
                + ",," + won + ",4500.00,EUR,2026-10-15"))))
                .isInstanceOf(RevenueImportRejectedException.class)
                .satisfies(thrown -> assertThat(((RevenueImportRejectedException) thrown).problems())
                        .singleElement().hasToString("row 2, invoice: " + invoice + " is already recorded"
                                + " differently (payment " + invoice + " of EUR 4000.00 on 2026-10-15 for"
                                + " introduction " + won + ")"));
    }

    @Test
    void theFormRefusesARefundOfAnInvoiceNeverPaid() {
        RevenueEntry refund = new RevenueEntry(RevenueEvent.Kind.REFUND, "R-1", "INV-NEVER", won,
                Money.of(BigDecimal.TEN, "EUR"), LocalDate.of(2026, 11, 1));

        assertThatThrownBy(() -> SignedIn.as(finance, () -> revenue.record(refund)))
                .isInstanceOf(RejectedInputException.class)
                .hasMessage("Invoice INV-NEVER has no recorded payment to refund.")
                .extracting("field").isEqualTo("invoice");
    }

    private String prospectOf(String introductionId) {
        return SignedIn.as(finance, () -> introductions.find(introductionId)).orElseThrow().getProspectCompany();
    }

    private static byte[] csv(String... rows) {
        return ("type,invoice,refund,introduction,amount,currency,date\n" + String.join("\n", rows) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}

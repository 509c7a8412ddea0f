package com.allyway.insight;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.allyway.introduction.IntroductionService;
import com.allyway.introduction.IntroductionStatus;
import com.allyway.introduction.StatusChangePolicy;
import com.allyway.partner.Organization;
import com.allyway.relationship.RelationshipType;
import com.allyway.security.AllywayUser;
import com.allyway.security.Role;
import com.allyway.shared.Money;
import com.allyway.shared.ui.Chart;
import com.allyway.shared.ui.ChartData;
import com.allyway.testing.KaribuTest;
import com.allyway.testing.SignedIn;
import com.allyway.ui.home.FinanceHomeView;
import com.allyway.ui.home.FounderHomeView;
import com.allyway.ui.home.PartnerHomeView;
import com.allyway.ui.home.StaffHomeView;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each role's home shows its charts with the numbers of the records, and a partner only their own. */
class DashboardViewsIT extends KaribuTest {

    @Test
    void aPartnersHomeChartsCountTheirOwnIntroductionsOnly() {
        Organization northwind = fixtures.partnerOrganization();
        Organization other = fixtures.partnerOrganization();
        LocalDate today = LocalDate.now(clock);
        fixtures.introduction(northwind, today.minusDays(3));
        fixtures.introduction(northwind, today.minusDays(2));
        fixtures.wonIntroduction(northwind, today.minusDays(5));
        for (int i = 0; i < 4; i++) {
            fixtures.introduction(other, today.minusDays(1));
        }
        signInAs(fixtures.partnerUser(northwind));

        navigate("");

        _get(PartnerHomeView.class);
        ChartData byStatus = chart("Your introductions by status").getData();
        assertThat(values(byStatus)).containsExactly(2, 0, 0, 0, 1, 0, 0); // New ... Won ... Declined
        assertThat(tableRow(chart("Your introductions by status"), "New")).containsExactly("2");
        Chart outcomes = chart("Outcomes of your decided introductions");
        assertThat(values(outcomes.getData())).containsExactly(1, 0, 0);
        assertThat(paragraphs(outcomes)).contains("Conversion: 1 won of 1 decided (100.0 %).");
        assertThat(paragraphs(chart("Your earnings per period"))).as("no statements yet")
                .anyMatch(text -> text.startsWith("No statements yet"));
    }

    @Test
    void theFoundersHomeComparesAlliesWithPartnersAndListsEachRelationship() {
        Organization ally = fixtures.organization("Quiet Ally", RelationshipType.ALLY);
        LocalDate today = LocalDate.now(clock);
        fixtures.wonIntroduction(ally, today.minusDays(10)); // introduced 30 days before it was won
        String declined = fixtures.introduction(ally, today.minusDays(20));
        SignedIn.run(fixtures.internalUser(Role.STAFF), () -> {
            IntroductionService introductions = context.getBean(IntroductionService.class);
            introductions.changeStatus(declined, introductions.find(declined).orElseThrow().getVersion(),
                    new StatusChangePolicy.Request(IntroductionStatus.DECLINED, "Not a fit", null, null));
        });
        signInAs(fixtures.internalUser(Role.FOUNDER));

        navigate("");

        _get(FounderHomeView.class);
        assertThat(chart("Conversion to won, last 12 months").getData().categories())
                .containsExactly("Allies", "Referral partners");
        QualityReport.Quality row = qualityGrid("Each relationship").getListDataView().getItems()
                .filter(quality -> quality.label().equals(ally.getName())).findFirst().orElseThrow();
        assertThat(row.group()).isEqualTo(QualityReport.Group.ALLIES);
        assertThat(row.introductions()).isEqualTo(2);
        assertThat(row.conversionPercent()).contains(new BigDecimal("50.0"));
        assertThat(row.medianDaysToClose()).contains(new BigDecimal("30.0"));
        assertThat(row.averageDealValue()).as("the stored deal value reaches the report")
                .containsExactly(Map.entry(Currency.getInstance("EUR"), Money.of(new BigDecimal("10000"), "EUR")));
        assertThat(qualityGrid("Allies and referral partners compared").getListDataView().getItemCount())
                .isEqualTo(2);
    }

    @Test
    void theStaffPipelineCountsNewIntroductions() {
        AllywayUser staff = fixtures.internalUser(Role.STAFF);
        signInAs(staff);
        navigate("");
        int before = values(chart("Pipeline by stage").getData()).getFirst();

        Organization ally = fixtures.organization("Busy Ally", RelationshipType.ALLY);
        for (int i = 0; i < 3; i++) {
            fixtures.introduction(ally, LocalDate.now(clock));
        }
        switchTo(staff);
        navigate("");

        _get(StaffHomeView.class);
        assertThat(values(chart("Pipeline by stage").getData()).getFirst()).isEqualTo(before + 3);
        assertThat(chart("Introductions per week").getData().categories()).hasSize(12);
    }

    @Test
    void financeSeesPayoutsPerPeriodAndWhatBecomesPayable() {
        signInAs(fixtures.internalUser(Role.FINANCE));

        navigate("");

        _get(FinanceHomeView.class);
        assertThat(chart("Commission becoming payable, next four weeks").getData().categories()).hasSize(4);
        assertThat(_find(Chart.class)).extracting(each -> each.getData().title())
                .anyMatch(title -> title.startsWith("Payouts per period"));
    }

    private static Chart chart(String titleStart) {
        return _find(Chart.class).stream().filter(each -> each.getData().title().startsWith(titleStart))
                .findFirst().orElseThrow(() -> new AssertionError("no chart " + titleStart));
    }

    private static List<String> paragraphs(Chart chart) {
        return _find(chart, Paragraph.class).stream().map(Paragraph::getText).toList();
    }

    @SuppressWarnings("unchecked")
    private static Grid<QualityReport.Quality> qualityGrid(String label) {
        return _find(Grid.class).stream().filter(grid -> grid.getAriaLabel().filter(label::equals).isPresent())
                .findFirst().orElseThrow();
    }

    private static List<Integer> values(ChartData data) {
        return data.series().getFirst().values().stream().map(BigDecimal::intValueExact).toList();
    }

    /** The cells of the fallback table's row headed {@code heading}. */
    private static List<String> tableRow(Chart chart, String heading) {
        return _find(chart, NativeTableRow.class).stream()
                .filter(row -> row.getChildren().anyMatch(cell -> cell instanceof NativeTableHeaderCell header
                        && header.getText().equals(heading)))
                .findFirst().orElseThrow().getChildren().filter(NativeTableCell.class::isInstance)
                .map(cell -> ((NativeTableCell) cell).getText()).toList();
    }
}

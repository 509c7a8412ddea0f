package com.allyway.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import com.allyway.agreement.AgreementHistory.Accepted;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementHistoryTest {

    private static final Accepted FIRST = new Accepted("a1", 1, LocalDate.of(2027, 1, 1), null);
    private static final Accepted SECOND = new Accepted("a2", 2, LocalDate.of(2027, 7, 1), LocalDate.of(2027, 12, 31));

    @Test
    void nothingGovernsBeforeTheFirstStartDate() {
        assertThat(AgreementHistory.inForceOn(List.of(FIRST, SECOND), LocalDate.of(2026, 12, 31))).isEmpty();
    }

    @Test
    void theEarlierAgreementGovernsUntilTheLaterOneStarts() {
        assertThat(AgreementHistory.inForceOn(List.of(SECOND, FIRST), LocalDate.of(2027, 6, 30))).contains(FIRST);
        assertThat(AgreementHistory.inForceOn(List.of(SECOND, FIRST), LocalDate.of(2027, 7, 1))).contains(SECOND);
    }

    @Test
    void afterTheLatestEndsNothingGoverns() {
        assertThat(AgreementHistory.inForceOn(List.of(FIRST, SECOND), LocalDate.of(2027, 12, 31))).contains(SECOND);
        assertThat(AgreementHistory.inForceOn(List.of(FIRST, SECOND), LocalDate.of(2028, 1, 1))).isEmpty();
    }
}

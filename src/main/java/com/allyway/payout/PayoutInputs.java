package com.allyway.payout;

import com.allyway.agreement.AgreementService;
import com.allyway.agreement.PlanTimeline;
import com.allyway.introduction.Introduction;
import com.allyway.introduction.IntroductionFilter;
import com.allyway.introduction.IntroductionService;
import com.allyway.introduction.IntroductionStatus;
import com.allyway.security.AuthenticationScope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Everything the commission engine needs for all partners at once: revenue up to a day, won introductions, the
 * plans in force and finance's rates, each read once (on the embedded store, a query on anything but the id reads
 * the whole collection). The callers' services check who may ask.
 */
@Component
class PayoutInputs {

    /** The engine's inputs, by relationship id. */
    record Inputs(ExchangeRate.Table rates, Map<String, List<RevenueEvent>> revenue,
            Map<String, Map<String, WonIntroduction>> won, Map<String, PlanTimeline> plans) {

        PlanTimeline plans(String relationshipId) {
            return plans.getOrDefault(relationshipId, new PlanTimeline(List.of()));
        }

        List<CommissionLine> lines(CommissionEngine engine, String relationshipId) {
            return engine.lines(revenue.get(relationshipId), won.getOrDefault(relationshipId, Map.of()),
                    plans(relationshipId)::on, rates);
        }
    }

    private final RevenueService revenue;
    private final AgreementService agreements;
    private final IntroductionService introductions;
    private final ExchangeRateService rates;
    private final Executor parallel;

    PayoutInputs(RevenueService revenue, AgreementService agreements, IntroductionService introductions,
            ExchangeRateService rates, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.revenue = revenue;
        this.agreements = agreements;
        this.introductions = introductions;
        this.rates = rates;
        this.parallel = executor;
    }

    /** The inputs up to a day. The four reads run side by side: the embedded server answers each on its own core. */
    Inputs upTo(LocalDate day) {
        CompletableFuture<Map<String, List<RevenueEvent>>> events = alongside(() -> revenue.eventsUpTo(day));
        CompletableFuture<Map<String, Map<String, WonIntroduction>>> won = alongside(this::wonIntroductions);
        CompletableFuture<Map<String, PlanTimeline>> plans = alongside(agreements::planTimelines);
        ExchangeRate.Table table = rates.table();
        return new Inputs(table, join(events), join(won), join(plans));
    }

    /** Starts a read on another thread, as the caller: the services check the caller's roles there too. */
    <T> CompletableFuture<T> alongside(Supplier<T> read) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return CompletableFuture.supplyAsync(() -> AuthenticationScope.callAs(caller, read), parallel);
    }

    /** The result of a read started with {@link #alongside}; its failure is thrown as it was. */
    static <T> T join(CompletableFuture<T> read) {
        try {
            return read.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }

    /** Every won introduction, by relationship and id. */
    private Map<String, Map<String, WonIntroduction>> wonIntroductions() {
        Map<String, Map<String, WonIntroduction>> won = new HashMap<>();
        for (Introduction introduction : introductions.list(IntroductionFilter.ofStatus(IntroductionStatus.WON),
                PageRequest.of(0, Integer.MAX_VALUE))) {
            won.computeIfAbsent(introduction.getRelationshipId(), id -> new HashMap<>()).put(introduction.getId(),
                    new WonIntroduction(introduction.getId(), introduction.getProspectCompany(),
                            introduction.getWonOn(), BigDecimal.valueOf(introduction.getCreditPercent())));
        }
        return won;
    }
}

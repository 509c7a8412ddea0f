package com.allyway.bench;

import com.allyway.agreement.Agreement;
import com.allyway.agreement.AgreementDraft;
import com.allyway.agreement.AgreementService;
import com.allyway.agreement.AgreementTemplateService;
import com.allyway.agreement.CommissionPlan;
import com.allyway.introduction.IntroductionDetails;
import com.allyway.introduction.IntroductionService;
import com.allyway.introduction.IntroductionStatus;
import com.allyway.introduction.StatusChangePolicy;
import com.allyway.payout.RecordedRevenue;
import com.allyway.payout.RevenueEvent;
import com.allyway.payout.Statement;
import com.allyway.payout.StatementService;
import com.allyway.relationship.RelationshipService;
import com.allyway.relationship.RelationshipType;
import com.allyway.security.AllywayUser;
import com.allyway.security.Role;
import com.allyway.shared.Money;
import com.allyway.testing.SignedIn;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Statements end to end on the real application and the embedded MongoDB: {@code bench.partners} referral partners
 * (1,000), each with an accepted agreement (through the real workflow) and {@code bench.wonPerPartner} won
 * introductions (3, through the real pipeline), and {@code bench.events} revenue events (100,000, written as
 * Spring Data writes {@link RecordedRevenue}). Then times {@link StatementService#generate}: reading the events,
 * computing every partner's lines and writing a statement per partner; then the same run again (nothing changed).
 * {@code ./mvnw -Pbench process-test-classes -Dbench.main=PayoutBenchmark -Dbench.heap=4g}
 *
 * <p>Three measurements: the very first run in a cold JVM (once; it includes the JIT compiling the paths); a new
 * period's run in a warm JVM (every statement of the period is deleted before each timed run, so each run reads
 * everything and writes 1,000 drafts); and an unchanged rerun (reads everything, writes nothing). With
 * {@code -Dbench.dataDir=DIR} the data set is kept in DIR and reused by later runs, which skip the set-up.
 */
public final class PayoutBenchmark {

    private static final int PARTNERS = Integer.getInteger("bench.partners", 1_000);
    private static final int WON_PER_PARTNER = Integer.getInteger("bench.wonPerPartner", 3);
    private static final int EVENTS = Integer.getInteger("bench.events", 100_000);
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final AllywayUser STAFF = principal("bench-staff", EnumSet.of(Role.STAFF), null);
    private static final AllywayUser FOUNDER = principal("bench-founder", EnumSet.of(Role.FOUNDER), null);
    private static final AllywayUser FINANCE = principal("bench-finance", EnumSet.of(Role.FINANCE), null);

    private PayoutBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String keptDir = System.getProperty("bench.dataDir");
        Path dataDir = (keptDir != null ? Path.of(keptDir) : Path.of("target", "bench-data", "payout-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")))).toAbsolutePath();
        ConfigurableApplicationContext context = BenchApplication.start(dataDir, args);
        try {
            run(context);
        } finally {
            context.close();
            if (keptDir == null) {
                BenchApplication.deleteRecursively(dataDir);
            }
        }
        System.exit(0);
    }

    private static void run(ConfigurableApplicationContext context) throws Exception {
        StatementService statements = context.getBean(StatementService.class);
        MongoTemplate mongo = context.getBean(MongoTemplate.class);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (mongo.getCollection(mongo.getCollectionName(RecordedRevenue.class)).countDocuments() > 0) {
            System.out.println("Set-up: reusing the data set in bench.dataDir; its statements are deleted");
            mongo.remove(new Query(), Statement.class);
        } else {
            setUp(context, today);
        }

        Timings timings = new Timings(0, 1, 1, Duration.ofMinutes(10));
        timings.measure(String.format(Locale.ROOT, "first run in a cold JVM: %,d statements from %,d revenue events",
                PARTNERS, EVENTS), null, "once, right after start: includes the JIT compiling these paths",
                i -> report(SignedIn.as(FINANCE, () -> statements.generate(today))));
        Timings fresh = new Timings(1, 7, 7, Duration.ofMinutes(10));
        fresh.measure(String.format(Locale.ROOT, "a new period's run: %,d statements from %,d revenue events",
                PARTNERS, EVENTS), 5000.0, "reads events, introductions, agreements, statements; writes a draft"
                + " per partner; the period's statements are deleted before each run, outside the timing",
                i -> mongo.remove(new Query(), Statement.class),
                i -> report(SignedIn.as(FINANCE, () -> statements.generate(today))));
        Timings again = new Timings(1, 5, 5, Duration.ofMinutes(10));
        again.measure("the same run again (nothing changed, nothing written)", 5000.0, null,
                i -> report(SignedIn.as(FINANCE, () -> statements.generate(today))));
        System.out.println();
        System.out.println(timings.table());
        System.out.println(fresh.table());
        System.out.println(again.table());
        System.out.printf(Locale.ROOT, "(%d cores, JDK %s)%n", Runtime.getRuntime().availableProcessors(),
                Runtime.version());
    }

    private static void setUp(ConfigurableApplicationContext context, LocalDate today) throws Exception {
        RelationshipService relationships = context.getBean(RelationshipService.class);
        AgreementService agreements = context.getBean(AgreementService.class);
        IntroductionService introductions = context.getBean(IntroductionService.class);
        MongoTemplate mongo = context.getBean(MongoTemplate.class);
        LocalDate start = today.minusMonths(14).withDayOfMonth(1);
        String template = SignedIn.as(STAFF, () -> context.getBean(AgreementTemplateService.class).latestVersions()
                .getFirst().id());
        CommissionPlan plan = new CommissionPlan(1, CommissionPlan.Type.TIERED_BY_VOLUME, null, null, List.of(
                new CommissionPlan.Tier(1, new BigDecimal("8")), new CommissionPlan.Tier(3, BigDecimal.TEN)), 12,
                new Money(new BigDecimal("50000"), EUR), 30, 90, new Money(new BigDecimal("100"), EUR), EUR, start,
                null);

        long t0 = System.nanoTime();
        List<String> won = new ArrayList<>();
        List<String> wonRelationship = new ArrayList<>();
        for (int p = 0; p < PARTNERS; p++) {
            String id = SignedIn.as(STAFF, () -> relationships.create("Bench Partner " + System.nanoTime(),
                    RelationshipType.REFERRAL_PARTNER, null).getId());
            Agreement submitted = SignedIn.as(STAFF, () -> {
                Agreement draft = agreements.startDraft(id, new AgreementDraft(template, plan, "Pat Partner", null),
                        "benchmark");
                return agreements.submit(draft.getId(), draft.getVersion());
            });
            Agreement approved = SignedIn.as(FOUNDER, () -> agreements.approve(submitted.getId(),
                    submitted.getVersion()));
            SignedIn.run(principal("bench-partner-" + p, EnumSet.of(Role.PARTNER), id),
                    () -> agreements.accept(approved.getId(), approved.getVersion(), "127.0.0.1"));
            for (int w = 0; w < WON_PER_PARTNER; w++) {
                won.add(wonIntroduction(introductions, id, "bench-" + p + "-" + w, start.plusDays(w * 20L)));
                wonRelationship.add(id);
            }
            if ((p + 1) % 100 == 0) {
                System.out.printf(Locale.ROOT, "  %,d partners with agreements and won introductions (%.0f s)%n",
                        p + 1, (System.nanoTime() - t0) / 1e9);
            }
        }
        Random random = new Random(2026);
        List<RecordedRevenue> revenue = new ArrayList<>();
        Instant now = Instant.now();
        for (int e = 0; e < EVENTS; e++) {
            int introduction = random.nextInt(won.size());
            revenue.add(new RecordedRevenue("payment:BENCH-" + e, wonRelationship.get(introduction),
                    won.get(introduction), "Prospect", RevenueEvent.Kind.PAYMENT, "BENCH-" + e, "BENCH-" + e,
                    new Money(new BigDecimal(random.nextInt(9000) + 100 + ".00"), EUR),
                    start.plusDays(20 + random.nextInt((int) (today.toEpochDay() - start.toEpochDay() - 20))), now,
                    "benchmark", "benchmark"));
            if (revenue.size() == 5_000) {
                mongo.insert(revenue, RecordedRevenue.class);
                revenue.clear();
            }
        }
        mongo.insert(revenue, RecordedRevenue.class);
        System.out.printf(Locale.ROOT, "Set-up: %,d partners, %,d won introductions, %,d revenue events in %.0f s%n",
                PARTNERS, won.size(), EVENTS, (System.nanoTime() - t0) / 1e9);

    }

    private static void report(StatementService.Generated generated) {
        System.out.printf(Locale.ROOT, "    %d drafts written, %d unchanged, %d problems%n", generated.drafts(),
                generated.unchanged(), generated.problems().size());
    }

    private static String wonIntroduction(IntroductionService introductions, String relationshipId, String prospect,
            LocalDate wonOn) {
        return SignedIn.as(STAFF, () -> {
            String id = introductions.log(relationshipId, new IntroductionDetails(prospect, "https://" + prospect
                    + ".com", "Dana Buyer", null, null, null, null, wonOn.minusDays(10))).id();
            for (IntroductionStatus next : List.of(IntroductionStatus.ACCEPTED, IntroductionStatus.MEETING_HELD,
                    IntroductionStatus.OPPORTUNITY)) {
                introductions.changeStatus(id, introductions.find(id).orElseThrow().getVersion(),
                        new StatusChangePolicy.Request(next, null, null, null));
            }
            introductions.changeStatus(id, introductions.find(id).orElseThrow().getVersion(),
                    new StatusChangePolicy.Request(IntroductionStatus.WON, null, new Money(new BigDecimal("10000"),
                            EUR), wonOn));
            return id;
        });
    }

    private static AllywayUser principal(String id, EnumSet<Role> roles, String organizationId) {
        return new AllywayUser(id, id + "@bench.example", id, roles, organizationId, null, true);
    }
}

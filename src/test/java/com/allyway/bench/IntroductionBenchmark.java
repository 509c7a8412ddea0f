package com.allyway.bench;

import com.allyway.AllywayApplication;
import com.allyway.introduction.Introduction;
import com.allyway.introduction.IntroductionChanged;
import com.allyway.introduction.IntroductionChanges;
import com.allyway.introduction.IntroductionDetails;
import com.allyway.introduction.IntroductionFilter;
import com.allyway.introduction.IntroductionService;
import com.allyway.introduction.IntroductionStatus;
import com.allyway.introduction.LoggedIntroduction;
import com.allyway.introduction.StatusChangePolicy;
import com.allyway.relationship.Relationship;
import com.allyway.relationship.RelationshipService;
import com.allyway.relationship.RelationshipType;
import com.allyway.security.AllywayUser;
import com.allyway.security.Role;
import com.allyway.security.SystemAuthentication;
import com.allyway.shared.Money;
import com.allyway.shared.mongo.EmbeddedMongoServer;
import com.allyway.testing.SignedIn;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.vaadin.flow.shared.Registration;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Introductions at scale, measured in-process on the real Spring context (not asserted in any test): the grids'
 * first page, the duplicate check, and a status change with its push fan-out to open views.
 *
 * <p>Starts {@link AllywayApplication} (its web server on a free loopback port, unused), demo off, on a fresh embedded MongoDB under
 * {@code target/bench-data/<timestamp>} (or on the MongoDB that {@code MONGODB_URI} names: then use a throw-away
 * database, the harness refuses one that already holds introductions). Bulk-loads introductions as raw documents
 * shaped as Spring Data writes them (checked against documents the real service wrote, and by a read-back
 * round trip) plus the {@code prospect_claims} the attribution would have left, then times the service calls as a
 * partner user and as staff.</p>
 *
 * <p>The "open views" of the fan-out are simulated: 50 listeners subscribed through {@link IntroductionChanges},
 * each doing what an open introduction page does on a change (re-read the record through
 * {@link IntroductionService#find} as its own user). No browser, no Vaadin session, no push transport.</p>
 *
 * <p>Settings (system properties): {@code bench.introductions} (1,000,000), {@code bench.organizations} (1,000),
 * {@code bench.warmup} (5), {@code bench.reps} (40), {@code bench.minReps} (5), {@code bench.budgetSeconds}
 * (per operation, 120), {@code bench.viewers} (50), {@code bench.batch} (1,000), {@code bench.keepData} (false).
 * Run it as the README's "Benchmarks" section says.</p>
 */
public final class IntroductionBenchmark {

    private static final int INTRODUCTIONS = Integer.getInteger("bench.introductions", 1_000_000);
    private static final int ORGANIZATIONS = Integer.getInteger("bench.organizations", 1_000);
    private static final int VIEWERS = Integer.getInteger("bench.viewers", 50);
    private static final int BATCH = Integer.getInteger("bench.batch", 1_000);
    private static final boolean KEEP_DATA = Boolean.getBoolean("bench.keepData");
    private static final double FIRST_PAGE_GOAL_MS = 50;
    private static final double DUPLICATE_CHECK_GOAL_MS = 10;

    private IntroductionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Timings timings = new Timings(Integer.getInteger("bench.warmup", 5), Integer.getInteger("bench.reps", 40),
                Integer.getInteger("bench.minReps", 5),
                Duration.ofSeconds(Integer.getInteger("bench.budgetSeconds", 120)));
        Path dataDir = Path.of("target", "bench-data",
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))).toAbsolutePath();
        boolean external = System.getenv("MONGODB_URI") != null && !System.getenv("MONGODB_URI").isBlank();

        long t0 = System.nanoTime();
        ConfigurableApplicationContext context = BenchApplication.start(dataDir, args);
        double startSeconds = (System.nanoTime() - t0) / 1e9;
        try {
            new Run(context, timings, dataDir, startSeconds, external).run();
        } finally {
            context.close();
            if (!KEEP_DATA && !external) {
                BenchApplication.deleteRecursively(dataDir);
            }
        }
    }

    private static final class Run {

        private final ConfigurableApplicationContext context;
        private final Timings timings;
        private final Path dataDir;
        private final double startSeconds;
        private final boolean external;
        private final MongoTemplate mongo;
        private final IntroductionService introductions;
        private final IntroductionChanges changes;
        private final List<String> organizationIds = new ArrayList<>();
        private final List<String> organizationNames = new ArrayList<>();
        private final Map<Integer, AllywayUser> partners = new HashMap<>();
        private final AllywayUser staff = internal("bench-staff-0", Role.STAFF);
        private final List<String> report = new ArrayList<>();

        Run(ConfigurableApplicationContext context, Timings timings, Path dataDir, double startSeconds,
                boolean external) {
            this.context = context;
            this.timings = timings;
            this.dataDir = dataDir;
            this.startSeconds = startSeconds;
            this.external = external;
            this.mongo = context.getBean(MongoTemplate.class);
            this.introductions = context.getBean(IntroductionService.class);
            this.changes = context.getBean(IntroductionChanges.class);
        }

        void run() throws Exception {
            EmbeddedMongoServer embedded = context.getBeanProvider(EmbeddedMongoServer.class).getIfAvailable();
            String where = embedded != null ? "embedded mongo-java-server (H2 MVStore) at " + embedded.dataFile()
                    : "external MongoDB (MONGODB_URI), database " + mongo.getDb().getName();
            System.out.printf(Locale.ROOT, "Spring context started in %.1f s on %s%n", startSeconds, where);
            if (mongo.getCollection("introductions").estimatedDocumentCount() > 0) {
                throw new IllegalStateException("The database already holds introductions. Point MONGODB_URI at a"
                        + " throw-away database (e.g. mongodb://host:27017/allyway_bench).");
            }

            long t = System.nanoTime();
            createOrganizations();
            double organizationsSeconds = (System.nanoTime() - t) / 1e9;
            System.out.printf(Locale.ROOT, "%d organizations created through RelationshipService in %.1f s%n",
                    ORGANIZATIONS, organizationsSeconds);

            Map<String, Set<String>> serviceShape = documentsWrittenByTheService();
            Instant now = Instant.now();
            IntroductionData data = new IntroductionData(INTRODUCTIONS, organizationIds, organizationNames, now,
                    value -> mongo.getConverter().convertToMongoType(value));
            LoadResult load = bulkLoad(data, serviceShape);
            checkRoundTrip(data);
            MemoryUsage heap = heapAfterGc();
            long fileBytes = embedded != null && Files.exists(embedded.dataFile()) ? Files.size(embedded.dataFile())
                    : -1;
            report.add(String.format(Locale.ROOT,
                    "Loaded %,d introductions (%,d prospects, %,d conflicts/repeats) and %,d prospect_claims "
                            + "in %.1f s (%,.0f introductions/s); heap used after GC %,d MB of max %,d MB%s",
                    INTRODUCTIONS, data.prospectCount(), INTRODUCTIONS - data.prospectCount(), load.claims(),
                    load.seconds(), INTRODUCTIONS / load.seconds(), heap.getUsed() >> 20, heap.getMax() >> 20,
                    fileBytes >= 0 ? String.format(Locale.ROOT, "; data file %,d MB", fileBytes >> 20) : ""));
            System.out.println(report.getLast());

            measureGrids();
            measureDuplicateCheck(data);
            measureStatusChange(data);

            MemoryUsage end = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            report.add(String.format(Locale.ROOT, "Heap at the end (before GC): %,d MB used, %,d MB committed",
                    end.getUsed() >> 20, end.getCommitted() >> 20));
            System.out.println();
            System.out.println("## Introduction benchmark: " + where.replaceFirst(" at .*", "") + ", "
                    + String.format(Locale.ROOT, "%,d introductions, %,d organizations, %d cores, JDK %s",
                            INTRODUCTIONS, ORGANIZATIONS, Runtime.getRuntime().availableProcessors(),
                            Runtime.version()));
            System.out.println();
            System.out.print(timings.table());
            System.out.println();
            report.forEach(System.out::println);
            System.out.printf(Locale.ROOT, "Data directory: %s%s%n", dataDir, KEEP_DATA || external ? " (kept)"
                    : " (deleted at exit; -Dbench.keepData=true keeps it)");
        }

        // ---------------------------------------------------------------------------------------------- set-up

        private void createOrganizations() {
            RelationshipService relationships = context.getBean(RelationshipService.class);
            SystemAuthentication.runAsSystem(() -> {
                for (int o = 0; o < ORGANIZATIONS; o++) {
                    String name = String.format(Locale.ROOT, "Bench Relationship %04d", o);
                    Relationship created = relationships.create(name,
                            o % 4 == 0 ? RelationshipType.REFERRAL_PARTNER : RelationshipType.ALLY,
                            String.format(Locale.ROOT, "https://relationship-%04d.example.com", o));
                    organizationIds.add(created.getId());
                    organizationNames.add(created.getName());
                }
            });
        }

        /**
         * Logs and works a few introductions through the real service and returns the shape (field → value types)
         * of what Spring Data wrote, for both collections: the generator must write the same.
         */
        private Map<String, Set<String>> documentsWrittenByTheService() {
            AllywayUser partnerA = partner(0);
            AllywayUser partnerB = partner(1 % ORGANIZATIONS);
            IntroductionDetails alpha = new IntroductionDetails("Shape Check Alpha GmbH",
                    "https://www.shape-check-alpha.de", "Ada Alpha", "ada@shape-check-alpha.de", "CEO",
                    "Checks the document shape.", "Someone", LocalDate.now(ZoneOffset.UTC).minusDays(1));
            IntroductionDetails beta = new IntroductionDetails("Shape Check Beta Ltd", "shape-check-beta.co.uk",
                    "Bo Beta", "bo@shape-check-beta.co.uk", "CTO", "Checks the document shape.", "Someone", null);
            String a = SignedIn.as(partnerA, () -> introductions.log(null, alpha)).id();
            String conflicting = SignedIn.as(partnerB, () -> introductions.log(null, alpha)).id();
            String b = SignedIn.as(partnerA, () -> introductions.log(null, beta)).id();
            Money deal = Money.of(new BigDecimal("12000.50"), "EUR");
            SignedIn.run(staff, () -> {
                long v = 0;
                for (StatusChangePolicy.Request request : List.of(
                        new StatusChangePolicy.Request(IntroductionStatus.ACCEPTED, null, null, null),
                        new StatusChangePolicy.Request(IntroductionStatus.MEETING_HELD, null, null, null),
                        new StatusChangePolicy.Request(IntroductionStatus.OPPORTUNITY, null, deal, null),
                        new StatusChangePolicy.Request(IntroductionStatus.WON, null, deal,
                                LocalDate.now(ZoneOffset.UTC)))) {
                    v = introductions.changeStatus(a, v, request).getVersion();
                }
                introductions.changeStatus(b, 0L,
                        new StatusChangePolicy.Request(IntroductionStatus.DECLINED, "Not for us.", null, null));
            });
            Map<String, Set<String>> shape = new TreeMap<>();
            MongoCollection<Document> collection = mongo.getCollection("introductions");
            for (String id : List.of(a, conflicting, b)) {
                addShape(shape, "introductions.", collection.find(Filters.eq("_id",
                        new org.bson.types.ObjectId(id))).first());
            }
            for (Document claim : mongo.getCollection("prospect_claims").find()) {
                addShape(shape, "prospect_claims.", claim);
            }
            return shape;
        }

        private record LoadResult(double seconds, long claims) {
        }

        private LoadResult bulkLoad(IntroductionData data, Map<String, Set<String>> serviceShape) {
            MongoCollection<Document> collection = mongo.getCollection("introductions");
            MongoCollection<Document> claimCollection = mongo.getCollection("prospect_claims");
            List<Document> batch = new ArrayList<>(BATCH);
            List<Document> claims = new ArrayList<>(BATCH * 2);
            Map<String, Set<String>> generatedShape = new TreeMap<>();
            long claimCount = 0;
            boolean shapeChecked = false;
            ExecutorService claimWriter = Executors.newSingleThreadExecutor();
            Future<?> pendingClaims = null;
            long started = System.nanoTime();
            long lastReport = started;
            for (int i = 0; i < INTRODUCTIONS; i++) {
                batch.add(data.introduction(i, claims));
                if (batch.size() == BATCH || i == INTRODUCTIONS - 1) {
                    if (i < 20_000 || i == INTRODUCTIONS - 1) { // the first batches hold every variant
                        batch.forEach(doc -> addShape(generatedShape, "introductions.", doc));
                        claims.forEach(doc -> addShape(generatedShape, "prospect_claims.", doc));
                    }
                    if (!shapeChecked && (i >= 20_000 || i == INTRODUCTIONS - 1)) { // before most of the load
                        requireSameShape(serviceShape, generatedShape);
                        shapeChecked = true;
                    }
                    // Claims go in on a second connection while the introductions go in on this one: the
                    // embedded server handles each collection under its own lock.
                    awaitQuietly(pendingClaims);
                    List<Document> claimBatch = List.copyOf(claims);
                    pendingClaims = claimBatch.isEmpty() ? null
                            : claimWriter.submit(() -> claimCollection.insertMany(claimBatch));
                    collection.insertMany(batch);
                    claimCount += claims.size();
                    batch.clear();
                    claims.clear();
                }
                if (System.nanoTime() - lastReport > 15e9) {
                    lastReport = System.nanoTime();
                    double s = (lastReport - started) / 1e9;
                    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
                    System.out.printf(Locale.ROOT, "  loaded %,d introductions in %.0f s (%,.0f/s), heap %,d MB%n",
                            i + 1, s, (i + 1) / s, heap.getUsed() >> 20);
                }
            }
            awaitQuietly(pendingClaims);
            claimWriter.shutdown();
            double seconds = (System.nanoTime() - started) / 1e9;
            long stored = collection.estimatedDocumentCount();
            System.out.printf(Locale.ROOT, "bulk load done in %.1f s; introductions stored: %,d%n", seconds, stored);
            return new LoadResult(seconds, claimCount);
        }

        private static void addShape(Map<String, Set<String>> shape, String prefix, Document doc) {
            doc.forEach((field, value) -> shape.computeIfAbsent(prefix + field, f -> new TreeSet<>())
                    .add(value == null ? "null" : value.getClass().getSimpleName()));
        }

        private static void awaitQuietly(Future<?> future) {
            if (future == null) {
                return;
            }
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("Inserting prospect_claims failed", e.getCause());
            }
        }

        private static String describe(Object value) {
            return value == null ? "(absent)" : value + " (" + value.getClass().getSimpleName() + ")";
        }

        private static void requireSameShape(Map<String, Set<String>> service, Map<String, Set<String>> generated) {
            if (!service.equals(generated)) {
                throw new IllegalStateException("Generated documents differ from what Spring Data writes.\n"
                        + "service:   " + service + "\ngenerated: " + generated);
            }
            System.out.println("document shape matches what the service wrote: " + service);
        }

        /** Reads generated documents as entities and writes them back: the result must equal what was stored. */
        private void checkRoundTrip(IntroductionData data) {
            MongoCollection<Document> collection = mongo.getCollection("introductions");
            int checked = 0;
            for (String id : data.sampleIds) {
                Introduction entity = SignedIn.as(staff, () -> introductions.find(id)).orElseThrow();
                Document rewritten = new Document();
                mongo.getConverter().write(entity, rewritten);
                Document stored = collection.find(Filters.eq("_id", new org.bson.types.ObjectId(id))).first();
                Set<String> fields = new TreeSet<>(stored.keySet());
                fields.addAll(rewritten.keySet());
                List<String> differences = new ArrayList<>();
                for (String field : fields) {
                    Object a = stored.get(field);
                    // Spring Data hands a BigDecimal to the driver, whose codec writes it as Decimal128.
                    Object b = rewritten.get(field) instanceof BigDecimal decimal ? new Decimal128(decimal)
                            : rewritten.get(field);
                    if (a == null || b == null || !a.equals(b)) {
                        differences.add(field + ": stored " + describe(a) + ", rewritten " + describe(b));
                    }
                }
                if (!differences.isEmpty()) {
                    throw new IllegalStateException("Round trip differs for " + id + ": " + differences);
                }
                checked++;
            }
            System.out.println("round trip (stored → Introduction → Spring Data document) identical for " + checked
                    + " sampled introductions");
        }

        // ----------------------------------------------------------------------------------------- measurements

        private void measureGrids() throws Exception {
            // Partner grid: a different organization each call, so no call profits from the previous one's pages.
            timings.measure("partner grid: list(ALL, page 0 of 50), default sort lastActivityAt desc",
                    FIRST_PAGE_GOAL_MS, null, i -> {
                        AllywayUser partner = partner((i * 37) % ORGANIZATIONS);
                        requireRows(SignedIn.as(partner, () -> introductions.list(IntroductionFilter.ALL,
                                PageRequest.of(0, 50))), 50);
                    });
            timings.measure("partner grid: count(ALL)", null, null, i -> {
                AllywayUser partner = partner((i * 37) % ORGANIZATIONS);
                SignedIn.as(partner, () -> introductions.count(IntroductionFilter.ALL));
            });
            timings.measure("partner grid first load: list + count", FIRST_PAGE_GOAL_MS,
                    "What the lazy grid asks for when it opens (one page and the count), back to back.", i -> {
                        AllywayUser partner = partner((i * 37) % ORGANIZATIONS);
                        SignedIn.run(partner, () -> {
                            requireRows(introductions.list(IntroductionFilter.ALL, PageRequest.of(0, 50)), 50);
                            introductions.count(IntroductionFilter.ALL);
                        });
                    });
            IntroductionFilter accepted = IntroductionFilter.ofStatus(IntroductionStatus.ACCEPTED);
            PageRequest byActivity = PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "lastActivityAt"));
            timings.measure("staff grid: list(status ACCEPTED, page 0 of 50, lastActivityAt desc)",
                    FIRST_PAGE_GOAL_MS, null,
                    i -> requireRows(SignedIn.as(staff, () -> introductions.list(accepted, byActivity)), 50));
            timings.measure("staff grid: count(status ACCEPTED)", null, null,
                    i -> SignedIn.as(staff, () -> introductions.count(accepted)));
            timings.measure("staff grid, no filter (how the view opens): list(ALL, page 0 of 50)",
                    FIRST_PAGE_GOAL_MS, null, i -> requireRows(SignedIn.as(staff,
                            () -> introductions.list(IntroductionFilter.ALL, PageRequest.of(0, 50))), 50));
            timings.measure("staff grid: count(ALL)", null, null,
                    i -> SignedIn.as(staff, () -> introductions.count(IntroductionFilter.ALL)));
        }

        private void measureDuplicateCheck(IntroductionData data) throws Exception {
            List<IntroductionData.HeldProspect> held = data.recentlyHeld;
            if (held.isEmpty()) {
                throw new IllegalStateException("No held prospect to collide with");
            }
            MongoCollection<Document> claims = mongo.getCollection("prospect_claims");
            MongoCollection<Document> collection = mongo.getCollection("introductions");
            timings.measure("duplicate check: prospect_claims point lookup by _id (\"d:<domain>\")",
                    DUPLICATE_CHECK_GOAL_MS, "The read ProspectClaims does after its insert of a key hits the "
                            + "unique _id: a primary-key lookup on every MongoDB, the embedded one included.", i -> {
                        IntroductionData.HeldProspect target = held.get((i * 7919) % held.size());
                        Document claim = claims.find(Filters.eq("_id", "d:" + target.prospect().key().domain()))
                                .first();
                        if (claim == null || !target.ownerIntroductionId().equals(claim.getString("introductionId"))) {
                            throw new IllegalStateException("claim not found for " + target);
                        }
                    });
            timings.measure("duplicate check, naive design: find introductions by prospectDomain field",
                    DUPLICATE_CHECK_GOAL_MS, "For comparison only (Allyway does not do this): a query on the "
                            + "prospectDomain field. Real MongoDB answers it from the prospect_domain index; the "
                            + "embedded server has no secondary indexes and scans the collection.", i -> {
                        IntroductionData.HeldProspect target = held.get((i * 7919 + 1) % held.size());
                        List<Document> found = collection.find(Filters.eq("prospectDomain",
                                target.prospect().key().domain())).into(new ArrayList<>());
                        if (found.isEmpty()) {
                            throw new IllegalStateException("no introduction for " + target);
                        }
                    });
            timings.measure("claim release: delete prospect_claims by their _ids and holder (no match)", null,
                    "What ProspectClaims.release runs after a conflicting log and on every decline: the claims' "
                            + "own ids (the prospect's keys) plus the holder, answered from the _id index.",
                    i -> {
                        IntroductionData.HeldProspect target = held.get((i * 7_919 + 1) % held.size());
                        // One flat filter document, as Spring Data sends it (Filters.and would wrap it in $and).
                        claims.deleteMany(new Document("_id", new Document("$in", List.of(
                                "d:" + target.prospect().key().domain(), "n:" + target.prospect().key().companyKey())))
                                .append("introductionId", new org.bson.types.ObjectId().toHexString()));
                    });
            timings.measure("log(): new prospect, no duplicate (end to end, as partner)", null,
                    "IntroductionService.log: insert, claim both keys (two inserts), timeline, audit, publish.",
                    i -> {
                        IntroductionData.Prospect prospect = IntroductionData.prospect(INTRODUCTIONS * 2 + i);
                        LoggedIntroduction logged = SignedIn.as(partner(2 % ORGANIZATIONS),
                                () -> introductions.log(null, details(prospect)));
                        if (logged.prospectAlreadyKnown()) {
                            throw new IllegalStateException("unexpected duplicate " + prospect);
                        }
                    });
            timings.measure("log(): prospect already owned by another relationship (end to end, as partner)",
                    DUPLICATE_CHECK_GOAL_MS, "IntroductionService.log for a colliding prospect: insert, claim "
                            + "attempt hits the held d: key, point read of the holder, then release() of the new "
                            + "introduction's (non-existent) claims by their ids, save, timeline, audit.", i -> {
                        IntroductionData.HeldProspect target = held.get((i * 104_729 + 3) % held.size());
                        AllywayUser logger = partner((target.ownerOrganization() + 1) % ORGANIZATIONS);
                        LoggedIntroduction logged = SignedIn.as(logger,
                                () -> introductions.log(null, details(target.prospect())));
                        if (!logged.prospectAlreadyKnown()) {
                            throw new IllegalStateException("collision not detected for " + target);
                        }
                    });
        }

        private static IntroductionDetails details(IntroductionData.Prospect prospect) {
            return new IntroductionDetails(prospect.company(), prospect.website(), prospect.contactName(),
                    prospect.contactEmail(), "CEO", "Benchmark: logged again.", "Bench", null);
        }

        private static final Map<IntroductionStatus, IntroductionStatus> NEXT_STATUS = Map.of(
                IntroductionStatus.NEW, IntroductionStatus.ACCEPTED,
                IntroductionStatus.ACCEPTED, IntroductionStatus.MEETING_HELD,
                IntroductionStatus.MEETING_HELD, IntroductionStatus.OPPORTUNITY,
                IntroductionStatus.OPPORTUNITY, IntroductionStatus.LOST);

        /** An introduction that can take one more status change, and the version it has now. */
        private record Movable(String id, long version, IntroductionStatus status) {

            StatusChangePolicy.Request request() {
                return new StatusChangePolicy.Request(NEXT_STATUS.get(status), null, null, null);
            }
        }

        /** What one simulated open view is watching, and who is waiting for its re-read. */
        private record Watch(String introductionId, long version, CountDownLatch reread, AtomicInteger stale) {
        }

        private void measureStatusChange(IntroductionData data) throws Exception {
            int organization = 1 % ORGANIZATIONS;
            // Every introduction of the watched organization that can still move on, with its stored version:
            // each can take up to four status changes (NEW → ACCEPTED → MEETING_HELD → OPPORTUNITY → LOST), so
            // the repetitions do not run out even with 100 introductions per organization. Read once, untimed.
            ArrayDeque<Movable> movable = new ArrayDeque<>();
            Query ofOrganization = Query.query(Criteria.where("relationshipId").is(data.organizationId(organization)));
            for (Introduction each : SignedIn.as(staff, () -> mongo.find(ofOrganization, Introduction.class))) {
                if (NEXT_STATUS.containsKey(each.getStatus())) {
                    movable.add(new Movable(each.getId(), each.getVersion(), each.getStatus()));
                }
            }
            Supplier<Movable> nextMove = () -> {
                Movable move = movable.poll();
                if (move == null) {
                    throw new IllegalStateException("No introduction of organization " + organization
                            + " can move on any more; use fewer repetitions");
                }
                IntroductionStatus target = NEXT_STATUS.get(move.status());
                if (NEXT_STATUS.containsKey(target)) {
                    movable.add(new Movable(move.id(), move.version() + 1, target));
                }
                return move;
            };

            // The simulated views: half staff, half the organization's partner users, each its own principal.
            List<AllywayUser> viewers = new ArrayList<>();
            for (int v = 0; v < VIEWERS; v++) {
                viewers.add(v % 2 == 0 ? internal("bench-staff-viewer-" + v, Role.STAFF)
                        : partnerUser(organization, "viewer-" + v));
            }
            Watch[] watching = new Watch[1];
            List<Registration> registrations = new ArrayList<>();
            for (AllywayUser viewer : viewers) {
                registrations.add(changes.subscribe(viewer, change -> {
                    Watch watch = watching[0];
                    if (watch == null || change.what() != IntroductionChanged.What.RECORD
                            || !change.introductionId().equals(watch.introductionId())) {
                        return; // like IntroductionDetailView.onChange: not the record this page shows
                    }
                    Introduction fresh = SignedIn.as(viewer, () -> introductions.find(watch.introductionId()))
                            .orElseThrow(() -> new IllegalStateException(viewer + " cannot read the record"));
                    if (fresh.getVersion() < watch.version()) {
                        watch.stale().incrementAndGet();
                    }
                    watch.reread().countDown();
                }));
            }
            try {
                timings.measure("status change to the next status, nobody watching (changeStatus as staff)", null,
                        "IntroductionService.changeStatus alone: read by _id, versioned save, timeline, audit, "
                                + "publish (the " + VIEWERS + " listeners are subscribed but watch another record).",
                        i -> {
                            Movable move = nextMove.get();
                            SignedIn.as(staff, () -> introductions.changeStatus(move.id(), move.version(),
                                    move.request()));
                        });
                AtomicInteger staleReads = new AtomicInteger();
                timings.measure("status change + push fan-out to " + VIEWERS + " simulated open views, until all "
                                + "re-read", null,
                        "From the changeStatus call until all " + VIEWERS + " listeners (half staff, half partner "
                                + "users of the organization, each as its own user) have re-read the record through "
                                + "IntroductionService.find. Simulated views: no browser, no Vaadin session or push "
                                + "transport. InProcessIntroductionChanges calls listeners one after another on the "
                                + "caller's thread (as ui.access does when the session is free), so the call "
                                + "returns after the fan-out.", i -> {
                            Movable move = nextMove.get();
                            Watch watch = new Watch(move.id(), move.version() + 1, new CountDownLatch(VIEWERS),
                                    staleReads);
                            watching[0] = watch;
                            SignedIn.as(staff, () -> introductions.changeStatus(move.id(), move.version(),
                                    move.request()));
                            if (!watch.reread().await(30, TimeUnit.SECONDS)) {
                                throw new IllegalStateException("Only " + (VIEWERS - watch.reread().getCount())
                                        + " of " + VIEWERS + " views re-read the record");
                            }
                            watching[0] = null;
                        });
                if (staleReads.get() > 0) {
                    report.add("WARNING: " + staleReads.get() + " simulated views read a stale version");
                } else {
                    report.add("Fan-out: every simulated view read the new version.");
                }
            } finally {
                registrations.forEach(Registration::remove);
            }
        }

        // --------------------------------------------------------------------------------------------- helpers

        private AllywayUser partner(int organization) {
            return partners.computeIfAbsent(organization, o -> partnerUser(o, "main"));
        }

        private AllywayUser partnerUser(int organization, String suffix) {
            String id = "bench-partner-" + organization + "-" + suffix;
            return new AllywayUser(id, id + "@bench.example", "Partner " + organization + " " + suffix,
                    EnumSet.of(Role.PARTNER), organizationIds.get(organization), null, true);
        }

        private static AllywayUser internal(String id, Role role) {
            return new AllywayUser(id, id + "@bench.example", "Staff " + id, EnumSet.of(role), null, null, true);
        }

        private static void requireRows(List<Introduction> rows, int expected) {
            if (rows.size() != expected) {
                throw new IllegalStateException("expected " + expected + " rows, got " + rows.size());
            }
        }

        private static MemoryUsage heapAfterGc() {
            System.gc();
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        }
    }
}

package com.allyway.bench;

import com.allyway.introduction.IntroductionStatus;
import com.allyway.introduction.ProspectKey;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

/**
 * Generates introductions as raw documents shaped exactly as Spring Data maps {@code Introduction} (checked against
 * documents the real service wrote, see {@link IntroductionBenchmark}), and the {@code prospect_claims} the real
 * attribution would have left: the owning introduction of each prospect holds {@code d:<domain>} (when the prospect
 * has a company domain) and {@code n:<folded name>}; repeats, conflicts and declined introductions hold none.
 *
 * <p>Deterministic (fixed seed). Introduction {@code i} belongs to organization {@code i % organizations}; logged
 * times spread evenly over the last three years (higher {@code i} = more recent); 5 % re-introduce a prospect first
 * introduced up to 50,000 introductions (about two months) earlier; 10 % of prospects only have a free-mail
 * contact, so no domain.</p>
 */
final class IntroductionData {

    static final String INTRODUCTION_CLASS = "com.allyway.introduction.Introduction";
    static final String CLAIM_CLASS = "com.allyway.introduction.ProspectClaim";
    static final Duration SPAN = Duration.ofDays(3 * 365);

    private static final String[] ADJECTIVES = {"Nordlicht", "Blue", "Granite", "Silver", "Quiet", "Bright",
        "Summit", "Harbor", "Cedar", "Polar", "Amber", "Crimson", "Golden", "Iron", "Lumen", "Maple", "Nova",
        "Oak", "Pioneer", "Quantum", "River", "Solar", "Tidal", "Urban", "Vector", "Willow", "Zenith", "Atlas",
        "Beacon", "Cobalt", "Delta", "Echo", "Falcon", "Glacier", "Horizon", "Indigo", "Juniper"};
    private static final String[] NOUNS = {"Analytics", "Logistics", "Foods", "Robotics", "Health", "Capital",
        "Energy", "Labs", "Systems", "Media", "Works", "Partners", "Software", "Textiles", "Motors", "Pharma",
        "Studios", "Dynamics", "Networks", "Farms", "Build", "Retail", "Travel", "Security", "Insurance",
        "Consulting", "Design", "Ventures", "Materials", "Optics", "Marine", "Aero", "Bio", "Cloud", "Data",
        "Finance", "Games", "Homes", "Learning", "Mobility", "Print"};
    private static final String[] LEGAL_FORMS = {"GmbH", "Inc.", "Ltd", "LLC", "AG", "S.A.", "B.V."};
    private static final String[] TLDS = {".com", ".de", ".co.uk", ".io"};
    private static final String[] FIRST = {"Anna", "Ben", "Chloe", "David", "Elif", "Finn", "Greta", "Hugo",
        "Ines", "Jonas", "Kira", "Luca", "Mia", "Noah", "Olga", "Paul", "Quinn", "Rosa", "Sami", "Tara"};
    private static final String[] LAST = {"Schmidt", "Miller", "Rossi", "Dubois", "Novak", "Jensen", "Garcia",
        "Kowalski", "Berg", "Okafor", "Tanaka", "Weber", "Silva", "Moreau", "Larsen", "Fischer", "Costa"};
    private static final String[] ROLES = {"CEO", "CTO", "Head of Operations", "Procurement Lead", "CFO",
        "VP Sales", "Founder", "IT Manager"};
    /** Cumulative weights (out of 100) of NEW, ACCEPTED, MEETING_HELD, OPPORTUNITY, WON, LOST, DECLINED. */
    private static final int[] STATUS_CUMULATIVE = {12, 30, 42, 52, 64, 78, 100};
    private static final IntroductionStatus[] STATUSES = {IntroductionStatus.NEW, IntroductionStatus.ACCEPTED,
        IntroductionStatus.MEETING_HELD, IntroductionStatus.OPPORTUNITY, IntroductionStatus.WON,
        IntroductionStatus.LOST, IntroductionStatus.DECLINED};

    /** A prospect as a person would type it into the log form. */
    record Prospect(String company, String website, String contactName, String contactEmail, ProspectKey key) {
    }

    /** A still-held claim: logging this prospect again (from another organization) is a conflict. */
    record HeldProspect(Prospect prospect, int ownerOrganization, String ownerIntroductionId) {
    }

    private final int total;
    private final List<String> organizationIds;
    private final List<String> organizationNames;
    private final Instant now;
    private final Function<Object, Object> toMongo;
    private final Random random = new Random(42);
    private final Map<LocalDate, Object> convertedDates = new HashMap<>();

    private final int[] prospectOf;
    private final int[] ownerOfProspect;
    private final String[] ids;
    private final IntroductionStatus[] statusOf;
    private int prospects;

    final List<HeldProspect> recentlyHeld = new ArrayList<>();
    final List<String> sampleIds = new ArrayList<>();
    final Map<String, Document> samples = new HashMap<>();

    /**
     * @param toMongo how Spring Data writes a value (its converter's {@code convertToMongoType}), used for the
     *                dates so that their representation is exactly Spring Data's (amounts are Decimal128, as
     *                Spring Data writes a {@code BigDecimal} property; the shape check confirms both)
     */
    String organizationId(int organization) {
        return organizationIds.get(organization);
    }

    IntroductionData(int total, List<String> organizationIds, List<String> organizationNames, Instant now,
            Function<Object, Object> toMongo) {
        this.total = total;
        this.organizationIds = organizationIds;
        this.organizationNames = organizationNames;
        this.now = now;
        this.toMongo = toMongo;
        this.prospectOf = new int[total];
        this.ownerOfProspect = new int[total];
        this.ids = new String[total];
        this.statusOf = new IntroductionStatus[total];
    }

    static Prospect prospect(int p) {
        String adjective = ADJECTIVES[p % ADJECTIVES.length];
        String noun = NOUNS[(p / ADJECTIVES.length) % NOUNS.length];
        String company = adjective + " " + noun + " " + p + " " + LEGAL_FORMS[p % LEGAL_FORMS.length];
        String slug = (adjective + "-" + noun + "-" + p).toLowerCase();
        String first = FIRST[p % FIRST.length];
        String last = LAST[(p / FIRST.length) % LAST.length];
        boolean freeMail = p % 10 == 0;
        String website = freeMail ? null : "https://www." + slug + TLDS[p % TLDS.length];
        String email = (first + "." + last).toLowerCase() + (freeMail ? p + "@gmail.com" : "@" + slug
                + TLDS[p % TLDS.length]);
        return new Prospect(company, website, first + " " + last, email, ProspectKey.of(company, website, email));
    }

    /**
     * Introduction {@code i} (call in order 0, 1, 2, ...) and the claims it holds, appended to {@code claims}.
     */
    Document introduction(int i, List<Document> claims) {
        int organization = i % organizationIds.size();
        ObjectId objectId = new ObjectId();
        ids[i] = objectId.toHexString();

        Instant loggedAt = now.minus(SPAN).plusMillis((long) ((i + 1) * (double) SPAN.toMillis() / total))
                .minusSeconds(random.nextInt(3600));
        boolean repeat = i >= 1000 && random.nextInt(100) < 5;
        int owner = -1;
        int p;
        if (repeat) {
            int earlier = i - 1 - random.nextInt(Math.min(i, 50_000));
            p = prospectOf[earlier];
            owner = ownerOfProspect[p];
        } else {
            p = prospects++;
            ownerOfProspect[p] = i;
        }
        prospectOf[i] = p;
        Prospect prospect = prospect(p);
        IntroductionStatus status = status(random.nextInt(100));
        statusOf[i] = status;

        LocalDate loggedOn = LocalDate.ofInstant(loggedAt, ZoneOffset.UTC);
        LocalDate introducedOn = loggedOn.minusDays(random.nextInt(4));
        long activityMillis = status == IntroductionStatus.NEW ? 0 : (long) (random.nextDouble() * 30 * 86_400_000L);
        Instant lastActivityAt = loggedAt.plusMillis(activityMillis);
        if (lastActivityAt.isAfter(now)) {
            lastActivityAt = now.minusSeconds(random.nextInt(600));
        }
        String loggedBy = "Partner " + organization + " Person";
        String changedBy = status == IntroductionStatus.NEW ? loggedBy : "Staff Member " + random.nextInt(12);

        Document doc = new Document("_id", objectId)
                .append("relationshipId", organizationIds.get(organization))
                .append("prospectCompany", prospect.company());
        if (prospect.website() != null) {
            doc.append("prospectWebsite", prospect.website());
        }
        if (prospect.key().domain() != null) {
            doc.append("prospectDomain", prospect.key().domain());
        }
        doc.append("prospectCompanyKey", prospect.key().companyKey())
                .append("contactName", prospect.contactName())
                .append("contactEmail", prospect.contactEmail())
                .append("contactRole", ROLES[p % ROLES.length])
                .append("whyGoodFit", "They are expanding into " + NOUNS[(p + 3) % NOUNS.length].toLowerCase()
                        + " and asked us for a partner they can trust; " + prospect.contactName()
                        + " decides this quarter.")
                .append("introducedBy", organizationNames.get(organization) + " team")
                .append("introducedOn", date(introducedOn))
                .append("status", status.name());
        if (status == IntroductionStatus.DECLINED) {
            doc.append("declineReason", "Outside our focus market for now.");
        }
        if (status == IntroductionStatus.WON || status == IntroductionStatus.OPPORTUNITY && random.nextBoolean()) {
            doc.append("dealAmount", new Decimal128(BigDecimal.valueOf(5_000 + random.nextInt(245) * 1_000L)))
                    .append("dealCurrency", random.nextInt(3) == 0 ? "USD" : "EUR");
        }
        if (status == IntroductionStatus.WON) {
            LocalDate wonOn = introducedOn.plusDays(random.nextInt(60));
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            doc.append("wonOn", date(wonOn.isAfter(today) ? today : wonOn));
        }
        boolean conflict = repeat && (owner % organizationIds.size()) != organization;
        if (repeat) {
            doc.append("attributedToId", ids[owner]);
        }
        doc.append("conflict", conflict)
                .append("alreadyKnown", repeat)
                .append("creditPercent", repeat ? 0 : 100)
                .append("loggedAt", toMongo.apply(loggedAt))
                .append("loggedBy", loggedBy)
                .append("lastActivityAt", toMongo.apply(lastActivityAt))
                .append("lastChangedBy", changedBy)
                .append("version", (long) version(status))
                .append("_class", INTRODUCTION_CLASS);

        if (!repeat && status != IntroductionStatus.DECLINED) { // a declined introduction released its claims
            Object since = toMongo.apply(loggedAt);
            if (prospect.key().domain() != null) {
                claims.add(claim("d:" + prospect.key().domain(), ids[i], organizationIds.get(organization), since));
            }
            if (!prospect.key().companyKey().isEmpty()) {
                claims.add(claim("n:" + prospect.key().companyKey(), ids[i], organizationIds.get(organization),
                        since));
            }
            // Held (within the 180-day window) and with a domain: good collision targets for a new log.
            if (i >= total - total / 20 && prospect.key().domain() != null && recentlyHeld.size() < 5_000) {
                recentlyHeld.add(new HeldProspect(prospect, organization, ids[i]));
            }
        }
        if (i % Math.max(1, total / 50) == 7) {
            sampleIds.add(ids[i]);
            samples.put(ids[i], doc);
        }
        return doc;
    }

    /** The version a record has after the status changes that led to {@code status}. */
    static int version(IntroductionStatus status) {
        return switch (status) {
            case NEW -> 0;
            case ACCEPTED, DECLINED -> 1;
            case MEETING_HELD -> 2;
            case OPPORTUNITY -> 3;
            case WON, LOST -> 4;
        };
    }

    int prospectCount() {
        return prospects;
    }

    private static Document claim(String key, String introductionId, String relationshipId, Object since) {
        return new Document("_id", key).append("introductionId", introductionId)
                .append("relationshipId", relationshipId).append("since", since).append("_class", CLAIM_CLASS);
    }

    private Object date(LocalDate date) {
        return convertedDates.computeIfAbsent(date, toMongo::apply);
    }

    private static IntroductionStatus status(int roll) {
        for (int s = 0; s < STATUS_CUMULATIVE.length; s++) {
            if (roll < STATUS_CUMULATIVE[s]) {
                return STATUSES[s];
            }
        }
        throw new IllegalStateException();
    }
}

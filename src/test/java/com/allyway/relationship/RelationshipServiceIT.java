package com.allyway.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.allyway.audit.AuditAction;
import com.allyway.audit.AuditEntry;
import com.allyway.audit.FieldChange;
import com.allyway.introduction.IntroductionDetails;
import com.allyway.introduction.IntroductionService;
import com.allyway.partner.OrganizationService;
import com.allyway.security.AllywayUser;
import com.allyway.security.Role;
import com.allyway.shared.ConcurrentChangeException;
import com.allyway.shared.RejectedInputException;
import com.allyway.testing.Fixtures;
import com.allyway.testing.IntegrationTest;
import com.allyway.testing.MutableClock;
import com.allyway.testing.SignedIn;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class RelationshipServiceIT {

    @Autowired
    RelationshipService relationships;
    @Autowired
    IntroductionService introductions;
    @Autowired
    OrganizationService organizations;
    @Autowired
    RelationshipBackfill backfill;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MutableClock clock;

    private AllywayUser staff;

    @BeforeEach
    void staffMember() {
        staff = fixtures.internalUser(Role.STAFF);
    }

    @Test
    void aNewAllyStartsAtTheAllyStageWithNothingElseAsked() {
        String name = Fixtures.unique("Wren Studio");

        Relationship ally = SignedIn.as(staff, () -> relationships.create(name, RelationshipType.ALLY, null));

        assertThat(ally.getType()).isEqualTo(RelationshipType.ALLY);
        assertThat(ally.getStage()).isEqualTo(RelationshipStage.ALLY);
        assertThat(ally.getContacts()).isEmpty();
        assertThat(SignedIn.as(staff, () -> organizations.find(ally.getId()))).get()
                .extracting(organization -> organization.getName()).isEqualTo(name);
        assertThat(SignedIn.as(staff, () -> relationships.list(new RelationshipFilter(name.toUpperCase(), null, null,
                null), PageRequest.of(0, 10)))).extracting(row -> row.relationship().getId())
                .containsExactly(ally.getId());
    }

    @Test
    void anAllyAndItsFirstIntroductionAreCreatedTogether() {
        String name = Fixtures.unique("Kite Ally");
        String prospect = Fixtures.unique("Soylent");

        AllyWithIntroduction created = SignedIn.as(staff, () -> relationships.createAllyWithIntroduction(name,
                null, details(prospect, prospect + ".com")));

        assertThat(created.ally().getType()).isEqualTo(RelationshipType.ALLY);
        assertThat(SignedIn.as(staff, () -> introductions.find(created.introduction().id()))).get()
                .satisfies(introduction -> {
                    assertThat(introduction.getRelationshipId()).isEqualTo(created.ally().getId());
                    assertThat(introduction.getProspectCompany()).isEqualTo(prospect);
                });
    }

    @Test
    void aMistakeInTheFirstIntroductionLeavesNoAllyBehind() {
        String name = Fixtures.unique("Half Ally");

        assertThatThrownBy(() -> SignedIn.run(staff, () -> relationships.createAllyWithIntroduction(name, null,
                details("Acme", "localhost"))))
                .isInstanceOf(RejectedInputException.class)
                .extracting(e -> ((RejectedInputException) e).field()).isEqualTo("prospectWebsite");

        assertThat(SignedIn.as(staff, () -> relationships.count(new RelationshipFilter(name, null, null, null))))
                .isZero();
        assertThat(SignedIn.as(staff, () -> organizations.count(name))).isZero();
    }

    @Test
    void staffChangeTheProfileAndEveryChangedFieldIsAuditedWithBeforeAndAfter() {
        Relationship ally = create(RelationshipType.ALLY);
        AllywayUser owner = fixtures.internalUser(Role.STAFF);
        var profile = new RelationshipProfile(RelationshipType.ALLY, RelationshipStage.CO_SELLING,
                Set.of(ContextFlag.RESELLER), owner.id(),
                List.of(new Contact(" Jane Doe ", "JANE@Wren.example", "Partner manager")),
                List.of("fintech", " Fintech ", "nordics"), "Met at the fintech meetup.");

        Relationship saved = SignedIn.as(staff, () -> relationships.update(ally.getId(), ally.getVersion(), profile));

        assertThat(saved.getStage()).isEqualTo(RelationshipStage.CO_SELLING);
        assertThat(saved.getOwnerName()).isEqualTo(owner.displayName());
        assertThat(saved.getContacts()).containsExactly(new Contact("Jane Doe", "jane@wren.example",
                "Partner manager"));
        assertThat(saved.getTags()).as("duplicates differing in case or spaces collapse").containsExactly("fintech",
                "nordics");
        AuditEntry entry = lastAuditEntry(AuditAction.RELATIONSHIP_CHANGED, ally.getName());
        assertThat(entry.actor()).isEqualTo(staff.email());
        assertThat(entry.changes()).contains(
                new FieldChange("Stage", "Ally", "Co-selling"),
                new FieldChange("Context", null, "Reseller"),
                new FieldChange("Owner", null, owner.displayName()),
                new FieldChange("Tags", null, "fintech, nordics"),
                new FieldChange("Notes", null, "Met at the fintech meetup."));
        assertThat(entry.changes()).extracting(FieldChange::field).doesNotContain("Type");
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedNamingWhoChangedItAndNothingIsOverwritten() {
        Relationship loaded = create(RelationshipType.ALLY);
        AllywayUser colleague = fixtures.internalUser(Role.STAFF);
        SignedIn.run(colleague, () -> relationships.update(loaded.getId(), loaded.getVersion(),
                profileOf(loaded, RelationshipStage.JOINT_DELIVERY, "Their notes")));

        assertThatThrownBy(() -> SignedIn.run(staff, () -> relationships.update(loaded.getId(), loaded.getVersion(),
                profileOf(loaded, RelationshipStage.WHITE_LABEL, "My notes"))))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageContaining(colleague.displayName() + " changed this relationship at");

        Relationship stored = SignedIn.as(staff, () -> relationships.find(loaded.getId())).orElseThrow();
        assertThat(stored.getStage()).isEqualTo(RelationshipStage.JOINT_DELIVERY);
        assertThat(stored.getNotes()).isEqualTo("Their notes");
    }

    @Test
    void badProfilesAreRefusedNamingTheFieldAndNothingIsStored() {
        Relationship ally = create(RelationshipType.ALLY);

        assertRefused(ally, profileOf(ally, RelationshipStage.REFERRAL_PARTNER, null), "stage");
        assertRefused(ally, new RelationshipProfile(RelationshipType.ALLY, RelationshipStage.ALLY, null, null,
                List.of(new Contact("Jo", "not-an-address", null)), null, null), "contacts");
        assertRefused(ally, new RelationshipProfile(RelationshipType.ALLY, RelationshipStage.ALLY, null, null,
                List.of(new Contact(" ", null, null)), null, null), "contacts");
        assertRefused(ally, new RelationshipProfile(RelationshipType.ALLY, RelationshipStage.ALLY, null, null, null,
                List.of("x".repeat(41)), null), "tags");
        assertRefused(ally, profileOf(ally, RelationshipStage.ALLY, "n".repeat(4001)), "notes");
        AllywayUser partner = fixtures.partnerUser(fixtures.partnerOrganization());
        assertRefused(ally, profileOf(ally, RelationshipStage.ALLY, null).withOwner(partner.id()), "owner");

        Relationship stored = SignedIn.as(staff, () -> relationships.find(ally.getId())).orElseThrow();
        assertThat(stored.getVersion()).isEqualTo(ally.getVersion());
    }

    @Test
    void theDirectoryFiltersByTypeStageAndOwnerAndCountsRecentIntroductions() {
        Relationship quiet = create(RelationshipType.ALLY);
        Relationship busy = create(RelationshipType.REFERRAL_PARTNER);
        AllywayUser owner = fixtures.internalUser(Role.STAFF);
        SignedIn.run(staff, () -> relationships.update(busy.getId(), busy.getVersion(),
                new RelationshipProfile(RelationshipType.REFERRAL_PARTNER, RelationshipStage.CO_SELLING, null,
                        owner.id(), null, null, null)));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        logFor(busy, today);
        logFor(busy, today.minusDays(29));
        logFor(busy, today.minusDays(30));
        logFor(busy, today.minusDays(89));
        logFor(busy, today.minusDays(90));

        List<RelationshipRow> byOwner = SignedIn.as(staff, () -> relationships.list(
                new RelationshipFilter(null, RelationshipType.REFERRAL_PARTNER, RelationshipStage.CO_SELLING,
                        owner.id()), PageRequest.of(0, 10, Sort.by("normalizedName"))));

        assertThat(byOwner).extracting(row -> row.relationship().getId()).containsExactly(busy.getId());
        assertThat(byOwner.getFirst().activity().last30Days()).isEqualTo(2);
        assertThat(byOwner.getFirst().activity().last90Days()).isEqualTo(4);
        assertThat(byOwner.getFirst().activity().total()).isEqualTo(5);
        assertThat(byOwner.getFirst().activity().conversionRate()).hasValue(0.0);
        List<RelationshipRow> quietRow = SignedIn.as(staff, () -> relationships.list(
                new RelationshipFilter(quiet.getName(), null, null, null), PageRequest.of(0, 10)));
        assertThat(quietRow.getFirst().activity().conversionRate()).isEmpty();
    }

    @Test
    void theAdviceWeighsTheRelationshipsOwnRecords() {
        Relationship quiet = create(RelationshipType.ALLY);
        Relationship paid = create(RelationshipType.ALLY);
        SignedIn.run(staff, () -> relationships.update(paid.getId(), paid.getVersion(),
                new RelationshipProfile(RelationshipType.ALLY, RelationshipStage.ALLY, null, null, null, null, null,
                        "5 % of first-year revenue, paid by bank transfer")));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        logFor(quiet, today);

        FormalizationAdvice quietAdvice = SignedIn.as(staff, () -> relationships.advice(quiet.getId()));
        FormalizationAdvice paidAdvice = SignedIn.as(staff, () -> relationships.advice(paid.getId()));

        assertThat(quietAdvice.level()).isEqualTo(FormalizationAdvice.Level.KEEP_AS_ALLY);
        assertThat(quietAdvice.criteria().getFirst().evidence()).startsWith("1 introduction in the last 30 days");
        assertThat(paidAdvice.level()).isEqualTo(FormalizationAdvice.Level.FORMALIZE);
        List<RelationshipReview> review = SignedIn.as(staff, () -> relationships.reviewList());
        List<String> order = review.stream().map(each -> each.relationship().getId()).toList();
        assertThat(order.indexOf(paid.getId())).isLessThan(order.indexOf(quiet.getId()));
        AuditEntry entry = lastAuditEntry(AuditAction.RELATIONSHIP_CHANGED, paid.getName());
        assertThat(entry.changes()).contains(new FieldChange("Fees paid informally", null,
                "5 % of first-year revenue, paid by bank transfer"));
    }

    @Test
    void partnersReachNoRelationshipMethodAndFinanceOnlyReads() {
        Relationship relationship = create(RelationshipType.REFERRAL_PARTNER);
        AllywayUser partner = fixtures.partnerUser(fixtures.organization("Own", RelationshipType.REFERRAL_PARTNER));
        AllywayUser finance = fixtures.internalUser(Role.FINANCE);

        for (AllywayUser outsider : List.of(partner)) {
            assertThatThrownBy(() -> SignedIn.as(outsider, () -> relationships.find(partner.organizationId())))
                    .as("not even its own: the relationship record is internal").isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SignedIn.as(outsider, () -> relationships.list(RelationshipFilter.ALL,
                    PageRequest.of(0, 5)))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SignedIn.as(outsider, () -> relationships.count(RelationshipFilter.ALL)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(SignedIn.as(finance, () -> relationships.find(relationship.getId()))).isPresent();
        assertThatThrownBy(() -> SignedIn.as(finance, () -> relationships.update(relationship.getId(),
                relationship.getVersion(), profileOf(relationship, RelationshipStage.CO_SELLING, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as(finance, () -> relationships.create(Fixtures.unique("No"),
                RelationshipType.ALLY, null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void organizationsStoredBeforeRelationshipsExistedGetOneWithTheirOldType() {
        String name = Fixtures.unique("Legacy Partner");
        ObjectId id = new ObjectId();
        mongo.getCollection("organizations").insertOne(new Document("_id", id).append("name", name)
                .append("normalizedName", name.toLowerCase()).append("type", "REFERRAL_PARTNER"));

        backfill.backfill();
        backfill.backfill();

        Relationship filled = SignedIn.as(staff, () -> relationships.find(id.toHexString())).orElseThrow();
        assertThat(filled.getType()).isEqualTo(RelationshipType.REFERRAL_PARTNER);
        assertThat(filled.getStage()).isEqualTo(RelationshipStage.REFERRAL_PARTNER);
        assertThat(filled.getName()).isEqualTo(name);
    }

    private Relationship create(RelationshipType type) {
        return SignedIn.as(staff, () -> relationships.create(Fixtures.unique("Rel"), type, null));
    }

    private void logFor(Relationship relationship, LocalDate on) {
        String company = Fixtures.unique("Prospect");
        SignedIn.run(staff, () -> introductions.log(relationship.getId(), new IntroductionDetails(company,
                company + ".com", "Ann Contact", null, null, null, null, on)));
    }

    private void assertRefused(Relationship relationship, RelationshipProfile profile, String field) {
        assertThatThrownBy(() -> SignedIn.run(staff, () -> relationships.update(relationship.getId(),
                relationship.getVersion(), profile)))
                .isInstanceOf(RejectedInputException.class)
                .extracting(e -> ((RejectedInputException) e).field()).isEqualTo(field);
    }

    private static RelationshipProfile profileOf(Relationship relationship, RelationshipStage stage, String notes) {
        return new RelationshipProfile(relationship.getType(), stage, relationship.getFlags(),
                relationship.getOwnerId(), relationship.getContacts(), relationship.getTags(), notes);
    }

    private AuditEntry lastAuditEntry(AuditAction action, String subject) {
        return mongo.findOne(Query.query(Criteria.where("action").is(action).and("subject").is(subject))
                .with(Sort.by(Sort.Direction.DESC, "at")), AuditEntry.class);
    }

    private static IntroductionDetails details(String company, String website) {
        return new IntroductionDetails(company, website, "Ann Contact", null, null, null, null, null);
    }
}

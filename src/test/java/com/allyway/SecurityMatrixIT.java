package com.allyway;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.allyway.agreement.AgreementService;
import com.allyway.agreement.AgreementTemplateService;
import com.allyway.agreement.AgreementVerifier;
import com.allyway.agreement.ui.AgreementListView;
import com.allyway.agreement.ui.AgreementTemplatesView;
import com.allyway.agreement.ui.AgreementView;
import com.allyway.agreement.ui.NewAgreementView;
import com.allyway.agreement.ui.VerifyAgreementView;
import com.allyway.api.ApiKeyService;
import com.allyway.api.ui.ApiKeysView;
import com.allyway.insight.InsightService;
import com.allyway.introduction.AttributionDecision;
import com.allyway.introduction.AttributionOutcome;
import com.allyway.introduction.Dispute;
import com.allyway.introduction.DisputeEntry;
import com.allyway.introduction.DisputeService;
import com.allyway.introduction.Introduction;
import com.allyway.introduction.IntroductionChanged;
import com.allyway.introduction.IntroductionChanges;
import com.allyway.introduction.IntroductionDetails;
import com.allyway.introduction.IntroductionFilter;
import com.allyway.introduction.IntroductionService;
import com.allyway.introduction.TimelineEntry;
import com.allyway.introduction.ui.DisputeListView;
import com.allyway.introduction.ui.DisputeView;
import com.allyway.introduction.ui.IntroductionDetailView;
import com.allyway.introduction.ui.IntroductionListView;
import com.allyway.introduction.ui.LogIntroductionView;
import com.allyway.notification.NotificationService;
import com.allyway.partner.Organization;
import com.allyway.payout.ExchangeRateService;
import com.allyway.payout.PayoutFigures;
import com.allyway.payout.RevenueService;
import com.allyway.payout.StatementExportService;
import com.allyway.payout.StatementService;
import com.allyway.payout.ui.RevenueView;
import com.allyway.payout.ui.StatementListView;
import com.allyway.payout.ui.StatementView;
import com.allyway.partner.OrganizationService;
import com.allyway.partner.UserAccountService;
import com.allyway.relationship.RelationshipFilter;
import com.allyway.relationship.RelationshipService;
import com.allyway.relationship.RelationshipType;
import com.allyway.relationship.ui.RelationshipDirectoryView;
import com.allyway.relationship.ui.RelationshipReviewView;
import com.allyway.relationship.ui.RelationshipView;
import com.allyway.security.AllywayUser;
import com.allyway.security.Role;
import com.allyway.testing.Fixtures;
import com.allyway.testing.KaribuTest;
import com.allyway.testing.SignedIn;
import com.allyway.ui.error.AccessDeniedView;
import com.allyway.ui.error.NotFoundView;
import com.allyway.webhook.WebhookService;
import com.allyway.webhook.ui.WebhooksView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * Who may do what, for every public method of the introduction, dispute, relationship and organization services
 * and every introduction and relationship view, and, with two partner organizations, that a partner never reaches
 * another organization's introductions, comments, disputes or relationship, nor any internal note, by any route.
 */
class SecurityMatrixIT extends KaribuTest {

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> INTERNAL = EnumSet.of(Role.STAFF, Role.FINANCE, Role.FOUNDER, Role.ADMIN);
    private static final Set<Role> READERS = EnumSet.of(Role.PARTNER, Role.STAFF, Role.FINANCE, Role.FOUNDER);
    private static final Set<Role> WORKERS = EnumSet.of(Role.PARTNER, Role.STAFF);
    private static final Set<Role> STAFF = EnumSet.of(Role.STAFF);
    private static final Set<Role> STAFF_ADMIN = EnumSet.of(Role.STAFF, Role.ADMIN);
    private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);
    private static final Set<Role> DRAFTERS = EnumSet.of(Role.STAFF, Role.FINANCE);
    private static final Set<Role> FOUNDER = EnumSet.of(Role.FOUNDER);
    private static final Set<Role> FOUNDER_ADMIN = EnumSet.of(Role.FOUNDER, Role.ADMIN);

    /** Which roles pass each service method's gate. A new public method fails the test until it is listed. */
    private static final Map<String, Set<Role>> SERVICE_GATES = new TreeMap<>(Map.ofEntries(
            Map.entry("IntroductionService.check", WORKERS),
            Map.entry("IntroductionService.log", WORKERS),
            Map.entry("IntroductionService.find", READERS),
            Map.entry("IntroductionService.list", READERS),
            Map.entry("IntroductionService.count", READERS),
            Map.entry("IntroductionService.facts", READERS),
            Map.entry("IntroductionService.timeline", READERS),
            Map.entry("IntroductionService.comment", WORKERS),
            Map.entry("IntroductionService.addInternalNote", STAFF),
            Map.entry("IntroductionService.changeStatus", STAFF),
            Map.entry("IntroductionService.assignOwner", STAFF),
            Map.entry("IntroductionService.resolveConflict", STAFF),
            Map.entry("IntroductionService.activity", INTERNAL),
            Map.entry("DisputeService.open", EnumSet.of(Role.PARTNER)),
            Map.entry("DisputeService.find", READERS),
            Map.entry("DisputeService.forIntroduction", READERS),
            Map.entry("DisputeService.list", READERS),
            Map.entry("DisputeService.count", READERS),
            Map.entry("DisputeService.entries", READERS),
            Map.entry("DisputeService.add", WORKERS),
            Map.entry("DisputeService.assignOwner", STAFF),
            Map.entry("DisputeService.decide", STAFF),
            Map.entry("DisputeService.countOpen", INTERNAL),
            Map.entry("RelationshipService.create", STAFF_ADMIN),
            Map.entry("RelationshipService.createAllyWithIntroduction", STAFF),
            Map.entry("RelationshipService.find", INTERNAL),
            Map.entry("RelationshipService.names", INTERNAL),
            Map.entry("RelationshipService.list", INTERNAL),
            Map.entry("RelationshipService.count", INTERNAL),
            Map.entry("RelationshipService.update", STAFF_ADMIN),
            Map.entry("RelationshipService.advice", INTERNAL),
            Map.entry("RelationshipService.reviewList", INTERNAL),
            Map.entry("AgreementService.draftingAdvice", DRAFTERS),
            Map.entry("AgreementService.startDraft", DRAFTERS),
            Map.entry("AgreementService.updateDraft", DRAFTERS),
            Map.entry("AgreementService.submit", DRAFTERS),
            Map.entry("AgreementService.requestChanges", FOUNDER),
            Map.entry("AgreementService.approve", FOUNDER),
            Map.entry("AgreementService.comment", INTERNAL),
            Map.entry("AgreementService.accept", EnumSet.of(Role.PARTNER)),
            Map.entry("AgreementService.find", EVERYONE),
            Map.entry("AgreementService.list", EVERYONE),
            Map.entry("AgreementService.pdf", EVERYONE),
            Map.entry("AgreementService.signsWithDemoKey", EVERYONE),
            Map.entry("AgreementService.matchByHash", EVERYONE),
            Map.entry("AgreementService.history", INTERNAL),
            Map.entry("AgreementService.inForce", INTERNAL),
            Map.entry("AgreementTemplateService.latestVersions", INTERNAL),
            Map.entry("AgreementTemplateService.find", INTERNAL),
            Map.entry("AgreementTemplateService.versions", FOUNDER_ADMIN),
            Map.entry("AgreementTemplateService.save", FOUNDER_ADMIN),
            Map.entry("AgreementVerifier.verify", EVERYONE),
            Map.entry("AgreementService.planTimeline", INTERNAL),
            Map.entry("AgreementService.planTimelines", INTERNAL),
            Map.entry("RevenueService.eventsUpTo", EnumSet.of(Role.FINANCE, Role.FOUNDER, Role.STAFF)),
            Map.entry("PayoutFigures.totals", EnumSet.of(Role.FINANCE, Role.FOUNDER, Role.PARTNER)),
            Map.entry("PayoutFigures.paidBetween", EnumSet.of(Role.FINANCE, Role.FOUNDER)),
            Map.entry("PayoutFigures.becomingPayable", EnumSet.of(Role.FINANCE)),
            Map.entry("InsightService.partner", EnumSet.of(Role.PARTNER)),
            Map.entry("ApiKeyService.create", EnumSet.of(Role.ORGANIZATION_ADMIN)),
            Map.entry("ApiKeyService.list", EnumSet.of(Role.ORGANIZATION_ADMIN)),
            Map.entry("ApiKeyService.revoke", EnumSet.of(Role.ORGANIZATION_ADMIN, Role.ADMIN)),
            Map.entry("ApiKeyService.listFor", ADMIN),
            Map.entry("ApiKeyService.authenticate", EVERYONE),
            Map.entry("NotificationService.latest", EVERYONE),
            Map.entry("NotificationService.unread", EVERYONE),
            Map.entry("NotificationService.markAllRead", EVERYONE),
            Map.entry("NotificationService.subscribe", EVERYONE),
            Map.entry("NotificationService.emailOff", EVERYONE),
            Map.entry("NotificationService.setEmail", EVERYONE),
            Map.entry("UserAccountService.withRole", ADMIN),
            Map.entry("UserAccountService.findActive", ADMIN),
            Map.entry("WebhookService.save", EnumSet.of(Role.ORGANIZATION_ADMIN)),
            Map.entry("WebhookService.current", EnumSet.of(Role.ORGANIZATION_ADMIN)),
            Map.entry("WebhookService.remove", EnumSet.of(Role.ORGANIZATION_ADMIN)),
            Map.entry("WebhookService.deliveries", EnumSet.of(Role.ORGANIZATION_ADMIN)),
            Map.entry("InsightService.staff", STAFF),
            Map.entry("InsightService.founder", FOUNDER),
            Map.entry("InsightService.finance", EnumSet.of(Role.FINANCE)),
            Map.entry("ExchangeRateService.record", EnumSet.of(Role.FINANCE)),
            Map.entry("ExchangeRateService.all", EnumSet.of(Role.FINANCE, Role.FOUNDER)),
            Map.entry("ExchangeRateService.table", EnumSet.of(Role.FINANCE, Role.FOUNDER)),
            Map.entry("StatementService.generate", EnumSet.of(Role.FINANCE)),
            Map.entry("StatementService.hold", EnumSet.of(Role.FINANCE)),
            Map.entry("StatementService.release", EnumSet.of(Role.FINANCE)),
            Map.entry("StatementService.approve", EnumSet.of(Role.FINANCE)),
            Map.entry("StatementService.markPaid", EnumSet.of(Role.FINANCE)),
            Map.entry("StatementService.list", EnumSet.of(Role.FINANCE, Role.FOUNDER, Role.PARTNER)),
            Map.entry("StatementService.find", EnumSet.of(Role.FINANCE, Role.FOUNDER, Role.PARTNER)),
            Map.entry("StatementService.recentPeriods", EnumSet.of(Role.FINANCE, Role.FOUNDER, Role.PARTNER)),
            Map.entry("StatementExportService.export", EnumSet.of(Role.FINANCE, Role.FOUNDER, Role.PARTNER)),
            Map.entry("StatementExportService.zip", EnumSet.of(Role.FINANCE, Role.FOUNDER)),
            Map.entry("RevenueService.record", EnumSet.of(Role.FINANCE, Role.STAFF)),
            Map.entry("RevenueService.importCsv", EnumSet.of(Role.FINANCE, Role.STAFF)),
            Map.entry("RevenueService.forRelationship", EnumSet.of(Role.FINANCE, Role.FOUNDER, Role.STAFF)),
            Map.entry("RevenueService.latest", EnumSet.of(Role.FINANCE, Role.FOUNDER, Role.STAFF)),
            Map.entry("OrganizationService.create", STAFF_ADMIN),
            Map.entry("OrganizationService.checkNew", STAFF_ADMIN),
            Map.entry("OrganizationService.list", INTERNAL),
            Map.entry("OrganizationService.count", INTERNAL),
            Map.entry("OrganizationService.find", EVERYONE),
            Map.entry("UserAccountService.list", ADMIN),
            Map.entry("UserAccountService.count", ADMIN),
            Map.entry("UserAccountService.findByEmail", ADMIN),
            Map.entry("UserAccountService.anyAccountExists", ADMIN),
            Map.entry("UserAccountService.members", EVERYONE),
            Map.entry("UserAccountService.staff", INTERNAL),
            Map.entry("UserAccountService.findStaffMember", STAFF_ADMIN),
            Map.entry("UserAccountService.deactivate", ADMIN),
            Map.entry("UserAccountService.reactivate", ADMIN)));

    private static final List<Class<?>> SERVICES = List.of(IntroductionService.class, DisputeService.class,
            RelationshipService.class, OrganizationService.class, UserAccountService.class, AgreementService.class,
            AgreementTemplateService.class, AgreementVerifier.class, RevenueService.class,
            ExchangeRateService.class, StatementService.class, StatementExportService.class, PayoutFigures.class,
            InsightService.class, ApiKeyService.class, WebhookService.class, NotificationService.class);

    /** Methods whose argument is the credential itself, so they are open before anybody is signed in. */
    private static final Set<String> OPEN_TO_ANONYMOUS = Set.of("ApiKeyService.authenticate");

    /** Which roles may open each introduction and relationship view. */
    private static final Map<Class<? extends Component>, Set<Role>> VIEW_GATES = Map.ofEntries(
            Map.entry(RelationshipReviewView.class, EnumSet.of(Role.FOUNDER)),
            Map.entry(LogIntroductionView.class, WORKERS),
            Map.entry(IntroductionListView.class, READERS),
            Map.entry(IntroductionDetailView.class, READERS),
            Map.entry(DisputeListView.class, READERS),
            Map.entry(DisputeView.class, READERS),
            Map.entry(RelationshipDirectoryView.class, INTERNAL),
            Map.entry(RelationshipView.class, INTERNAL),
            Map.entry(AgreementListView.class, READERS),
            Map.entry(AgreementView.class, READERS),
            Map.entry(NewAgreementView.class, DRAFTERS),
            Map.entry(AgreementTemplatesView.class, FOUNDER_ADMIN),
            Map.entry(VerifyAgreementView.class, EnumSet.complementOf(EnumSet.of(Role.ORGANIZATION_ADMIN))),
            Map.entry(RevenueView.class, EnumSet.of(Role.FINANCE, Role.STAFF)),
            Map.entry(StatementListView.class, EnumSet.of(Role.FINANCE, Role.FOUNDER, Role.PARTNER)),
            Map.entry(StatementView.class, EnumSet.of(Role.FINANCE, Role.FOUNDER, Role.PARTNER)),
            Map.entry(ApiKeysView.class, EnumSet.of(Role.ORGANIZATION_ADMIN)),
            Map.entry(WebhooksView.class, EnumSet.of(Role.ORGANIZATION_ADMIN)));

    private Organization northwind;
    private Organization brightpath;
    private Organization kestrel;
    private AllywayUser maya;
    private AllywayUser zoe;
    private AllywayUser kit;
    private AllywayUser staff;

    @BeforeEach
    void threePartnerOrganizationsAndStaff() {
        northwind = fixtures.partnerOrganization();
        brightpath = fixtures.partnerOrganization();
        kestrel = fixtures.organization("Kestrel", RelationshipType.ALLY);
        maya = fixtures.partnerUser(northwind);
        zoe = fixtures.partnerUser(brightpath);
        kit = fixtures.partnerUser(kestrel);
        staff = fixtures.internalUser(Role.STAFF);
    }

    @Test
    void everyPublicServiceMethodLetsInExactlyTheRolesListedAndNobodySignedOut() throws Exception {
        Map<Role, AllywayUser> users = new EnumMap<>(Role.class);
        users.put(Role.PARTNER, maya);
        users.put(Role.ORGANIZATION_ADMIN, fixtures.organizationAdmin(northwind));
        for (Role role : EnumSet.complementOf(EnumSet.of(Role.PARTNER, Role.ORGANIZATION_ADMIN))) {
            users.put(role, fixtures.internalUser(role));
        }
        List<String> covered = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Class<?> serviceType : SERVICES) {
            Object service = context.getBean(serviceType);
            for (Method method : serviceType.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic()) {
                    continue;
                }
                String name = serviceType.getSimpleName() + "." + method.getName();
                Set<Role> allowed = SERVICE_GATES.get(name);
                if (allowed == null) {
                    wrong.add(name + " is not in the matrix");
                    continue;
                }
                covered.add(name);
                if (!OPEN_TO_ANONYMOUS.contains(name) && passesGate(service, method, null)) {
                    wrong.add(name + " lets in somebody not signed in");
                }
                for (Role role : Role.values()) {
                    boolean passed = SignedIn.as(users.get(role), () -> passesGate(service, method, role));
                    if (passed != allows(allowed, role)) {
                        wrong.add(name + (passed ? " lets in " : " refuses ") + role);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(covered).containsExactlyInAnyOrderElementsOf(SERVICE_GATES.keySet());
    }

    /** An organization admin is always a partner user as well, so whatever partners may, they may too. */
    private static boolean allows(Set<Role> allowed, Role role) {
        return allowed.contains(role) || role == Role.ORGANIZATION_ADMIN && allowed.contains(Role.PARTNER);
    }

    @Test
    void everyIntroductionAndRelationshipViewOpensForExactlyTheRolesListed() {
        for (var gate : VIEW_GATES.entrySet()) {
            RolesAllowed annotation = gate.getKey().getAnnotation(RolesAllowed.class);
            assertThat(annotation).as(gate.getKey().getSimpleName() + " declares its roles").isNotNull();
            assertThat(Arrays.stream(annotation.value()).map(Role::valueOf).toList())
                    .as(gate.getKey().getSimpleName()).containsExactlyInAnyOrderElementsOf(gate.getValue());
            assertThat(gate.getKey().getAnnotation(Route.class)).isNotNull();
        }
        String someId = logAs(maya, Fixtures.unique("Anything"));
        for (Role role : Role.values()) {
            AllywayUser user = role == Role.PARTNER ? maya : role == Role.ORGANIZATION_ADMIN
                    ? fixtures.organizationAdmin(northwind) : fixtures.internalUser(role);
            switchTo(user);
            for (var gate : VIEW_GATES.entrySet()) {
                boolean takesId = gate.getKey() == IntroductionDetailView.class || gate.getKey() == RelationshipView.class
                        || gate.getKey() == DisputeView.class || gate.getKey() == AgreementView.class
                        || gate.getKey() == NewAgreementView.class || gate.getKey() == StatementView.class;
                boolean takesRelationship = gate.getKey() == RelationshipView.class
                        || gate.getKey() == NewAgreementView.class;
                if (takesId) {
                    UI.getCurrent().navigate(gate.getKey().asSubclass(Component.class).getAnnotation(Route.class)
                            .value() + "/" + (takesRelationship ? northwind.getId() : someId));
                } else {
                    UI.getCurrent().navigate(gate.getKey());
                }
                boolean denied = !_find(AccessDeniedView.class).isEmpty() || !_find(NotFoundView.class).isEmpty();
                // someId is an introduction's: as a dispute, agreement or statement id it finds nothing, for anybody
                boolean expectedOpen = allows(gate.getValue(), role) && gate.getKey() != DisputeView.class
                        && gate.getKey() != AgreementView.class && gate.getKey() != StatementView.class;
                assertThat(!denied).as(role + " opening " + gate.getKey().getSimpleName()).isEqualTo(expectedOpen);
            }
        }
    }

    @Test
    void aPartnerNeverReachesAnotherOrganizationsRecordsThroughTheServices() {
        World world = buildWorld();
        IntroductionService introductions = context.getBean(IntroductionService.class);
        DisputeService disputes = context.getBean(DisputeService.class);

        SignedIn.run(maya, () -> {
            // id guessing
            assertThat(introductions.find(world.theirs)).isEmpty();
            assertThatThrownBy(() -> introductions.timeline(world.theirs)).hasMessageContaining("does not exist");
            assertThatThrownBy(() -> introductions.comment(world.theirs, "hi")).hasMessageContaining("does not exist");
            assertThat(disputes.find(world.foreignDispute)).isEmpty();
            assertThatThrownBy(() -> disputes.entries(world.foreignDispute)).hasMessageContaining("does not exist");
            assertThatThrownBy(() -> disputes.open(world.theirs, "mine")).hasMessageContaining("does not exist");
            assertThat(disputes.forIntroduction(world.theirs)).isEmpty();
            // grid filters naming the other organization, its owner or its prospect
            for (IntroductionFilter filter : List.of(IntroductionFilter.ALL,
                    IntroductionFilter.ofRelationship(brightpath.getId()),
                    new IntroductionFilter(null, brightpath.getId(), staff.id(), null, null, world.theirCompany),
                    new IntroductionFilter(null, null, null, null, null, world.theirCompany))) {
                List<Introduction> page = introductions.list(filter, PageRequest.of(0, 200));
                assertThat(page).extracting(Introduction::getRelationshipId).containsOnly(northwind.getId());
                assertThat(introductions.count(filter)).isEqualTo(page.size());
            }
            assertThat(disputes.list(null, PageRequest.of(0, 200))).extracting(Dispute::getId)
                    .doesNotContain(world.foreignDispute).contains(world.sharedDispute);
            // what may be seen carries nothing of the other side and no internal note
            assertThat(introductions.timeline(world.ours)).extracting(TimelineEntry::internal).containsOnly(false);
            assertThat(introductions.timeline(world.ours)).extracting(TimelineEntry::text)
                    .doesNotContain("Internal: Brightpath is pushy");
            Introduction own = introductions.find(world.ours).orElseThrow();
            assertThat(own.isConflict()).isFalse();
            assertThat(own.getDecision()).isNull();
            Dispute shared = disputes.find(world.sharedDispute).orElseThrow();
            assertThat(shared.getDisputingIntroductionId()).isNull();
            assertThat(shared.getDisputingRelationshipId()).isNull();
            assertThat(disputes.entries(world.sharedDispute)).extracting(DisputeEntry::text)
                    .doesNotContain("Brightpath's evidence");
            // the other organization itself, its people, its relationship record
            assertThatThrownBy(() -> context.getBean(OrganizationService.class).find(brightpath.getId()))
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
            assertThatThrownBy(() -> context.getBean(UserAccountService.class).members(brightpath.getId()))
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
            assertThatThrownBy(() -> context.getBean(RelationshipService.class).list(RelationshipFilter.ALL,
                    PageRequest.of(0, 5))).isInstanceOf(AuthorizationDeniedException.class);
        });
    }

    @Test
    void aPartnerNeverReachesAnotherOrganizationsRecordsThroughTheViews() {
        World world = buildWorld();
        switchTo(maya);

        for (String route : List.of("introduction/" + world.theirs, "dispute/" + world.foreignDispute,
                "introduction/000000000000000000000000", "introduction/not-an-id")) {
            UI.getCurrent().navigate(route);
            _assertOne(NotFoundView.class);
        }
        for (String route : List.of("relationship/" + brightpath.getId(), "relationship/" + northwind.getId(),
                "relationships")) {
            UI.getCurrent().navigate(route);
            _assertNone(RelationshipView.class);
            _assertNone(RelationshipDirectoryView.class);
        }
        UI.getCurrent().navigate(IntroductionListView.class);
        Grid<?> grid = _find(Grid.class).getFirst();
        assertThat(IntStream.range(0, GridKt._size(grid)).mapToObj(row -> (Introduction) GridKt._get(grid, row)))
                .extracting(Introduction::getRelationshipId).containsOnly(northwind.getId());
        UI.getCurrent().navigate(IntroductionDetailView.class, world.ours);
        String page = UI.getCurrent().getElement().getTextRecursively();
        assertThat(page).doesNotContain("Internal: Brightpath is pushy").doesNotContain(brightpath.getName())
                .doesNotContain("Conflict");
        UI.getCurrent().navigate(DisputeView.class, world.sharedDispute);
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("Brightpath's evidence")
                .doesNotContain(brightpath.getName());
    }

    @Test
    void aPartnerHearsNoChangeOfAnotherOrganizationsIntroduction() {
        World world = buildWorld();
        List<IntroductionChanged> heard = new ArrayList<>();
        var subscription = context.getBean(IntroductionChanges.class).subscribe(maya, heard::add);
        try {
            SignedIn.run(staff, () -> context.getBean(IntroductionService.class).addInternalNote(world.theirs,
                    "Another internal note"));
            SignedIn.run(zoe, () -> context.getBean(IntroductionService.class).comment(world.theirs, "Hello"));
            SignedIn.run(staff, () -> context.getBean(IntroductionService.class).comment(world.ours, "Thanks"));
        } finally {
            subscription.remove();
        }
        assertThat(heard).as("only the change of its own introduction").extracting(IntroductionChanged::relationshipId)
                .containsExactly(northwind.getId());
    }

    /**
     * Northwind's introduction of a prospect, Brightpath's later one (a conflict, decided, disputed by
     * Brightpath), an internal note, and a dispute between Brightpath and Kestrel that Northwind is no side of.
     */
    private World buildWorld() {
        IntroductionService introductions = context.getBean(IntroductionService.class);
        DisputeService disputes = context.getBean(DisputeService.class);
        String company = Fixtures.unique("Contested");
        String ours = logAs(maya, company);
        String theirs = logAs(zoe, company);
        SignedIn.run(staff, () -> {
            introductions.addInternalNote(ours, "Internal: Brightpath is pushy");
            introductions.resolveConflict(theirs, introductions.find(theirs).orElseThrow().getVersion(),
                    new AttributionDecision.Request(AttributionOutcome.KEEP_FIRST, null, "First come."));
        });
        String sharedDispute = SignedIn.as(zoe, () -> disputes.open(theirs, "We were first, really.")).getId();
        SignedIn.run(zoe, () -> disputes.add(sharedDispute, DisputeEntry.Kind.EVIDENCE, "Brightpath's evidence"));
        String otherCompany = Fixtures.unique("Elsewhere");
        String brightpathsFirst = logAs(zoe, otherCompany);
        String kestrels = logAs(kit, otherCompany);
        SignedIn.run(staff, () -> introductions.resolveConflict(kestrels,
                introductions.find(kestrels).orElseThrow().getVersion(),
                new AttributionDecision.Request(AttributionOutcome.SPLIT, 50, "Both.")));
        String foreignDispute = SignedIn.as(kit, () -> disputes.open(kestrels, "We want it all.")).getId();
        assertThat(brightpathsFirst).isNotNull();
        return new World(ours, theirs, company, sharedDispute, foreignDispute);
    }

    private record World(String ours, String theirs, String theirCompany, String sharedDispute,
            String foreignDispute) {
    }

    private String logAs(AllywayUser partner, String company) {
        return SignedIn.as(partner, () -> context.getBean(IntroductionService.class).log(null,
                new IntroductionDetails(company, company + ".com", "Pat Prospect", null, null, null, null, null)))
                .id();
    }

    /**
     * Calls the method with harmless arguments (empty texts, an id that exists nowhere) and says whether the call
     * got past the method's security gate: refusals by the gate are Spring Security's own exceptions, anything
     * else (a result, a "does not exist", the organization fence) happened inside.
     */
    private static boolean passesGate(Object service, Method method, Role role) {
        Object[] arguments = Arrays.stream(method.getParameterTypes()).map(SecurityMatrixIT::harmless).toArray();
        try {
            method.invoke(service, arguments);
            return true;
        } catch (InvocationTargetException thrown) {
            Throwable cause = thrown.getCause();
            return !(cause instanceof AuthorizationDeniedException
                    || cause instanceof AuthenticationCredentialsNotFoundException);
        } catch (IllegalAccessException e) {
            return fail("Cannot call " + method + " on " + AopUtils.getTargetClass(service) + " as " + role, e);
        }
    }

    private static Object harmless(Class<?> type) {
        if (type == String.class) {
            return "";
        }
        if (type == Long.class || type == long.class) {
            return 0L;
        }
        if (type == int.class || type == Integer.class) {
            return 0;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == Pageable.class) {
            return PageRequest.of(0, 1);
        }
        if (type == IntroductionFilter.class) {
            return IntroductionFilter.ALL;
        }
        if (type == RelationshipFilter.class) {
            return RelationshipFilter.ALL;
        }
        if (Collection.class.isAssignableFrom(type)) {
            return List.of();
        }
        return null;
    }
}

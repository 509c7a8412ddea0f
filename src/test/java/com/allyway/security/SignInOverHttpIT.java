package com.allyway.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.allyway.audit.AuditAction;
import com.allyway.audit.AuditEntry;
import com.allyway.testing.Fixtures;
import com.allyway.testing.IntegrationTest;
import com.allyway.testing.MutableClock;
import com.allyway.testing.SignedIn;
import com.allyway.partner.UserAccountService;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Sign-in as the browser does it: a form POST to the running server, with cookies. */
@IntegrationTest
class SignInOverHttpIT {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UserAccountService accounts;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MutableClock clock;

    private HttpClient browser;

    @BeforeEach
    void newBrowser() {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Test
    void theRightPasswordSignsInAndOpensThePortal() throws Exception {
        AllywayUser staff = fixtures.internalUser(Role.STAFF);

        HttpResponse<String> response = signIn(staff.email(), Fixtures.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).doesNotContain("login");
        assertThat(get("/staff").statusCode()).isEqualTo(200);
        assertThat(auditActionsFor(staff.email())).contains(AuditAction.SIGN_IN_SUCCEEDED);
    }

    @Test
    void aWrongPasswordAndAnUnknownAccountGetTheSameAnswer() throws Exception {
        AllywayUser staff = fixtures.internalUser(Role.STAFF);

        assertThat(location(signIn(staff.email(), "not the password"))).endsWith("/login?error");
        assertThat(location(signIn(Fixtures.uniqueEmail("nobody"), "not the password"))).endsWith("/login?error");
        assertThat(get("/staff").statusCode()).as("still signed out").isEqualTo(302);
    }

    @Test
    void fiveFailuresLockTheNameEvenAgainstTheRightPassword() throws Exception {
        AllywayUser partner = fixtures.partnerUser(fixtures.partnerOrganization());

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(location(signIn(partner.email(), "wrong " + attempt))).endsWith("/login?error");
        }
        assertThat(location(signIn(partner.email(), "wrong 5"))).endsWith("/login?locked");
        assertThat(location(signIn(partner.email(), Fixtures.PASSWORD))).endsWith("/login?locked");

        assertThat(auditActionsFor(partner.email())).containsSubsequence(AuditAction.SIGN_IN_FAILED,
                AuditAction.ACCOUNT_LOCKED, AuditAction.SIGN_IN_REFUSED_LOCKED);
    }

    @Test
    void aBurstOfParallelGuessesGetsNoMorePasswordChecksThanTheLimit() throws Exception {
        AllywayUser staff = fixtures.internalUser(Role.STAFF);
        List<Callable<HttpResponse<String>>> guesses = IntStream.range(0, 20)
                .<Callable<HttpResponse<String>>>mapToObj(i -> () -> newBrowserSignIn(staff.email(), "guess " + i))
                .toList();

        List<Future<HttpResponse<String>>> answers;
        try (ExecutorService parallel = Executors.newFixedThreadPool(10)) {
            answers = parallel.invokeAll(guesses);
        }

        for (Future<HttpResponse<String>> answer : answers) {
            assertThat(answer.get().statusCode()).as("no request fails with a server error").isEqualTo(302);
        }
        assertThat(auditActionsFor(staff.email()).stream().filter(AuditAction.SIGN_IN_FAILED::equals).count())
                .as("password checks").isLessThanOrEqualTo(5);
        assertThat(location(signIn(staff.email(), Fixtures.PASSWORD))).endsWith("/login?locked");
    }

    @Test
    void afterFifteenMinutesTheRightPasswordWorksAgain() throws Exception {
        AllywayUser finance = fixtures.internalUser(Role.FINANCE);
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn(finance.email(), "wrong " + attempt);
        }
        assertThat(location(signIn(finance.email(), Fixtures.PASSWORD))).endsWith("/login?locked");

        clock.advance(Duration.ofMinutes(15));
        try {
            assertThat(location(signIn(finance.email(), Fixtures.PASSWORD))).doesNotContain("login");
        } finally {
            clock.reset();
        }
    }

    @Test
    void aNameWithoutAccountLocksTheSameWaySoTheLockRevealsNothing() throws Exception {
        String nobody = Fixtures.uniqueEmail("ghost");
        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn(nobody, "guess " + attempt);
        }
        assertThat(location(signIn(nobody, "guess 5"))).endsWith("/login?locked");
    }

    @Test
    void aDeactivatedPersonIsSignedOutOnTheNextRequestAndCannotSignInAgain() throws Exception {
        AllywayUser admin = fixtures.internalUser(Role.ADMIN);
        AllywayUser partner = fixtures.partnerUser(fixtures.partnerOrganization());
        signIn(partner.email(), Fixtures.PASSWORD);
        assertThat(get("/partner").statusCode()).isEqualTo(200);

        SignedIn.run(admin, () -> accounts.deactivate(partner.id()));

        HttpResponse<String> next = get("/partner");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(location(next)).endsWith("/login");
        assertThat(location(signIn(partner.email(), Fixtures.PASSWORD))).endsWith("/login?error");
    }

    @Test
    void theHealthEndpointIsOpenForContainerChecks() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    private HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        return post(browser, "/login", signInForm(username, password));
    }

    private static String signInForm(String username, String password) {
        return "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
    }

    /** A sign-in from a browser of its own, as parallel attackers would send. */
    private HttpResponse<String> newBrowserSignIn(String username, String password) throws Exception {
        return post(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build(), "/login",
                signInForm(username, password));
    }

    private HttpResponse<String> post(HttpClient client, String path, String form)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private List<AuditAction> auditActionsFor(String email) {
        return mongo.find(Query.query(Criteria.where("actor").is(email)).with(Sort.by("at")), AuditEntry.class)
                .stream().map(AuditEntry::action).toList();
    }
}

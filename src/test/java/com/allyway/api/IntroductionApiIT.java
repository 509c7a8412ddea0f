package com.allyway.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.allyway.partner.Organization;
import com.allyway.security.AllywayUser;
import com.allyway.shared.RejectedInputException;
import com.allyway.testing.Fixtures;
import com.allyway.testing.IntegrationTest;
import com.allyway.testing.SignedIn;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API over real HTTP: keys, the same rules as the portal, problem details, the rate limit. */
@IntegrationTest
class IntroductionApiIT {

    private static final JsonMapper JSON = JsonMapper.shared();

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ApiKeyService keys;

    private final HttpClient http = HttpClient.newHttpClient();
    private Organization northwind;
    private AllywayUser northwindAdmin;
    private String northwindKey;

    @BeforeEach
    void anOrganizationWithAKey() {
        northwind = fixtures.partnerOrganization();
        northwindAdmin = fixtures.organizationAdmin(northwind);
        northwindKey = SignedIn.as(northwindAdmin, () -> keys.create("CRM sync")).secret();
    }

    @Test
    void aKeyLogsAnIntroductionAndReadsItBack() throws Exception {
        String prospect = Fixtures.unique("Api Prospect");
        HttpResponse<String> created = post(northwindKey, newIntroduction(prospect));

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(created.body());
        String id = body.get("id").asString();
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/introductions/" + id);
        assertThat(body.get("status").asString()).isEqualTo("NEW");
        assertThat(body.get("prospectAlreadyKnown").asBoolean()).isFalse();

        HttpResponse<String> one = get(northwindKey, "/api/v1/introductions/" + id);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(one.body()).get("prospectCompany").asString()).isEqualTo(prospect);
        HttpResponse<String> list = get(northwindKey, "/api/v1/introductions?status=NEW");
        assertThat(JSON.readTree(list.body()).findValuesAsString("id")).contains(id);

        HttpResponse<String> again = post(northwindKey, newIntroduction(prospect));
        assertThat(JSON.readTree(again.body()).get("prospectAlreadyKnown").asBoolean())
                .as("duplicate detection as in the portal").isTrue();
    }

    @Test
    void anotherOrganizationsKeyNeitherSeesNorListsIt() throws Exception {
        String id = JSON.readTree(post(northwindKey, newIntroduction(Fixtures.unique("Private"))).body()).get("id")
                .asString();
        Organization other = fixtures.partnerOrganization();
        String otherKey = SignedIn.as(fixtures.organizationAdmin(other), () -> keys.create("Other")).secret();

        HttpResponse<String> foreign = get(otherKey, "/api/v1/introductions/" + id);
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        assertThat(JSON.readTree(get(otherKey, "/api/v1/introductions").body()).findValuesAsString("id"))
                .doesNotContain(id);
    }

    @Test
    void anOrganizationAdminSeesAndRevokesOnlyTheirOwnKeys() {
        IssuedApiKey northwindSync = SignedIn.as(northwindAdmin, () -> keys.create("Second system"));
        AllywayUser otherAdmin = fixtures.organizationAdmin(fixtures.partnerOrganization());

        assertThat(SignedIn.as(otherAdmin, keys::list)).extracting(ApiKey::getId)
                .doesNotContain(northwindSync.key().getId());
        assertThatThrownBy(() -> SignedIn.run(otherAdmin, () -> keys.revoke(northwindSync.key().getId(),
                northwindSync.key().getVersion()))).isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("no such key");
        assertThat(SignedIn.as(northwindAdmin, keys::list)).filteredOn(key -> key.getId().equals(
                northwindSync.key().getId())).singleElement().satisfies(key -> assertThat(key.isRevoked()).isFalse());
        assertThat(northwindSync.key().getId()).as("only a hash of the secret is stored")
                .isEqualTo(ApiKeyService.sha256(northwindSync.secret())).doesNotContain(northwindSync.secret());
    }

    @Test
    void missingWrongAndRevokedKeysAreRefusedWithProblemDetails() throws Exception {
        HttpResponse<String> none = http.send(HttpRequest.newBuilder(uri("/api/v1/introductions")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(none.body()).get("detail").asString()).contains("Authorization: Bearer");
        assertThat(get("aw_not-a-real-key", "/api/v1/introductions").statusCode()).isEqualTo(401);

        IssuedApiKey doomed = SignedIn.as(northwindAdmin, () -> keys.create("Old system"));
        assertThat(get(doomed.secret(), "/api/v1/introductions").statusCode()).isEqualTo(200);
        SignedIn.run(northwindAdmin, () -> keys.revoke(doomed.key().getId(), doomed.key().getVersion()));
        HttpResponse<String> revoked = get(doomed.secret(), "/api/v1/introductions");
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(revoked.body()).get("detail").asString()).contains("unknown or revoked");
    }

    @Test
    void invalidBodiesNameWhatIsWrong() throws Exception {
        HttpResponse<String> missing = post(northwindKey, """
                {"prospectWebsite": "https://example.org", "contactName": "Dana", "contactEmail": "dana@example.org"}
                """);
        assertThat(missing.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(missing.body());
        assertThat(problem.get("field").asString()).isEqualTo("prospectCompany");
        assertThat(problem.get("title").asString()).isEqualTo("Invalid input");

        HttpResponse<String> broken = post(northwindKey, "{\"prospectCompany\": ");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(broken.body()).get("detail").asString()).contains("not the JSON");

        HttpResponse<String> badStatus = get(northwindKey, "/api/v1/introductions?status=MAYBE");
        assertThat(badStatus.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badStatus.body()).get("field").asString()).isEqualTo("status");
    }

    @Test
    void aKeyIsLimitedToItsRequestsPerMinute() throws Exception {
        String key = SignedIn.as(northwindAdmin, () -> keys.create("Busy system")).secret();
        int allowed = 0;
        HttpResponse<String> limited = null;
        for (int i = 0; i < 40 && limited == null; i++) { // the tests allow 30 a minute
            HttpResponse<String> response = get(key, "/api/v1/introductions?size=1");
            if (response.statusCode() == 429) {
                limited = response;
            } else {
                allowed++;
            }
        }
        assertThat(allowed).isEqualTo(30);
        assertThat(limited).isNotNull();
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(seconds -> assertThat(
                Integer.parseInt(seconds)).isBetween(1, 2));
        assertThat(get(northwindKey, "/api/v1/introductions?size=1").statusCode())
                .as("other keys keep their own allowance").isEqualTo(200);
    }

    @Test
    void theOpenApiDescriptionListsTheEndpoints() throws Exception {
        HttpResponse<String> docs = http.send(HttpRequest.newBuilder(uri("/v3/api-docs")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode paths = JSON.readTree(docs.body()).get("paths");
        assertThat(paths.has("/api/v1/introductions")).isTrue();
        assertThat(paths.has("/api/v1/introductions/{id}")).isTrue();
    }

    private String newIntroduction(String prospect) {
        String slug = prospect.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        return """
                {"prospectCompany": "%s", "prospectWebsite": "https://%s.com", "contactName": "Dana Buyer",
                 "contactEmail": "dana@%s.com", "introducedOn": "%s"}
                """.formatted(prospect, slug, slug, LocalDate.now(ZoneOffset.UTC));
    }

    private HttpResponse<String> post(String key, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(uri("/api/v1/introductions")).header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String key, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + key).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}

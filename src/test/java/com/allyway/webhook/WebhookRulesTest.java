package com.allyway.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plain rules of webhooks: signatures, retry times, which addresses may be called. */
class WebhookRulesTest {

    private static final Instant NOON = Instant.parse("2026-11-26T12:00:00Z");

    @Test
    void aSignatureIsTheHmacOfTimestampAndBodyAndVerifiesOnlyUnchanged() {
        String body = "{\"type\":\"introduction.status_changed\"}";
        String signature = WebhookSignature.sign("whsec_test", 1_790_000_000L, body);

        // computed independently: printf '1790000000.{"type":"introduction.status_changed"}' |
        //   openssl dgst -sha256 -hmac whsec_test
        assertThat(signature).isEqualTo("sha256=" + "a0bc80a2eda00b95afc9a4c5e19c6ea65cfcc4eb258d9063f0e8af698de69be8");
    }

    @Test
    void verifyRefusesAChangedBodyTimestampOrSecret() {
        String body = "{\"a\":1}";
        String signature = WebhookSignature.sign("s3cret", 100L, body);
        assertThat(WebhookSignature.verify("s3cret", 100L, body, signature)).isTrue();
        assertThat(WebhookSignature.verify("s3cret", 100L, "{\"a\":2}", signature)).isFalse();
        assertThat(WebhookSignature.verify("s3cret", 101L, body, signature)).isFalse();
        assertThat(WebhookSignature.verify("other", 100L, body, signature)).isFalse();
        assertThat(WebhookSignature.verify("s3cret", 100L, body, null)).isFalse();
    }

    @Test
    void failedDeliveriesAreRetriedWithGrowingPausesThenGivenUp() {
        assertThat(WebhookRetryPolicy.nextAttempt(1, NOON)).contains(NOON.plus(Duration.ofMinutes(1)));
        assertThat(WebhookRetryPolicy.nextAttempt(2, NOON)).contains(NOON.plus(Duration.ofMinutes(5)));
        assertThat(WebhookRetryPolicy.nextAttempt(5, NOON)).contains(NOON.plus(Duration.ofHours(12)));
        assertThat(WebhookRetryPolicy.nextAttempt(6, NOON)).as("the sixth failure is final").isEmpty();
        assertThat(WebhookRetryPolicy.MAX_ATTEMPTS).isEqualTo(6);
    }

    @Test
    void onlyPublicAddressesAreCalled() throws Exception {
        for (String inside : List.of("127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254",
                "100.64.0.1", "0.0.0.0", "::1", "fe80::1", "fd00::5", "224.0.0.1")) {
            assertThat(WebhookUrlPolicy.isPublic(InetAddress.getByName(inside))).as(inside).isFalse();
        }
        for (String outside : List.of("93.184.216.34", "100.128.0.1", "172.32.0.1", "2606:4700::1111")) {
            assertThat(WebhookUrlPolicy.isPublic(InetAddress.getByName(outside))).as(outside).isTrue();
        }
    }

    @Test
    void onlyHttpsAddressesUnlessPlainHttpToThisMachineIsAllowed() {
        assertThat(WebhookUrlPolicy.problem("https://crm.example.com/allyway", false)).isEmpty();
        assertThat(WebhookUrlPolicy.problem("http://crm.example.com/allyway", true)).hasValueSatisfying(
                problem -> assertThat(problem).contains("Use https"));
        assertThat(WebhookUrlPolicy.problem("http://127.0.0.1:9000/hook", false)).isPresent();
        assertThat(WebhookUrlPolicy.problem("http://127.0.0.1:9000/hook", true)).isEmpty();
        assertThat(WebhookUrlPolicy.problem("https://user:pw@crm.example.com/", false)).hasValueSatisfying(
                problem -> assertThat(problem).contains("user names and passwords"));
        assertThat(WebhookUrlPolicy.problem("ftp://crm.example.com/", false)).isPresent();
        assertThat(WebhookUrlPolicy.problem("not a url", false)).isPresent();
        assertThat(WebhookUrlPolicy.problem("https://localhost:8443/hook", false)).hasValueSatisfying(
                problem -> assertThat(problem).contains("public internet"));
        assertThat(WebhookUrlPolicy.problem(" ", false)).hasValueSatisfying(
                problem -> assertThat(problem).startsWith("Enter the address"));
        assertThat(WebhookUrlPolicy.problem("https://x.example/" + "a".repeat(500), false)).hasValueSatisfying(
                problem -> assertThat(problem).contains("longer than 500"));
    }
}

package com.allyway.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.util.HexFormat;

/**
 * How a delivery proves it came from Allyway: {@code X-Allyway-Signature: sha256=<hex>}, the HMAC-SHA256 with the
 * webhook's secret over {@code <timestamp>.<body>}, where the timestamp is {@code X-Allyway-Timestamp} (epoch
 * seconds). Signing the timestamp too lets a receiver refuse old deliveries replayed later. Plain Java.
 */
public final class WebhookSignature {

    public static final String PREFIX = "sha256=";

    private WebhookSignature() {
    }

    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Every JDK has HmacSHA256", e);
        }
    }

    /** What a receiver does: recompute and compare in constant time. */
    public static boolean verify(String secret, long timestamp, String body, String signature) {
        return signature != null && MessageDigest.isEqual(sign(secret, timestamp, body)
                .getBytes(StandardCharsets.UTF_8), signature.getBytes(StandardCharsets.UTF_8));
    }
}

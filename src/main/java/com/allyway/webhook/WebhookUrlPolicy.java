package com.allyway.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which addresses a webhook may call: absolute {@code https} URLs without user info, up to 500 characters. Plain
 * {@code http} only to this machine, and only where the installation allows it (local testing). Plain Java.
 */
public final class WebhookUrlPolicy {

    public static final int MAX_LENGTH = 500;

    private WebhookUrlPolicy() {
    }

    /** @return what is wrong with the address, in words; empty when it may be used */
    public static Optional<String> problem(String url, boolean allowHttpToLocalhost) {
        if (url == null || url.isBlank()) {
            return Optional.of("Enter the address Allyway should call, e.g. https://crm.example.com/allyway.");
        }
        if (url.length() > MAX_LENGTH) {
            return Optional.of("The address is longer than " + MAX_LENGTH + " characters.");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.of("This is not a web address: " + e.getReason() + ".");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return Optional.of("Use a full https address, e.g. https://crm.example.com/allyway.");
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("Leave user names and passwords out of the address; deliveries are signed instead.");
        }
        boolean local = uri.getHost().equals("localhost") || uri.getHost().equals("127.0.0.1");
        if (scheme.equals("http") && !(allowHttpToLocalhost && local)) {
            return Optional.of("Use https: deliveries carry your introductions' data.");
        }
        return Optional.empty();
    }
}

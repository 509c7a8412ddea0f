package com.allyway.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which addresses a webhook may call: absolute {@code https} URLs without user info, up to 500 characters, whose
 * host is on the public internet. Addresses of this machine or of private networks are refused (a partner must not
 * make Allyway call services inside its network); where the installation allows it for local testing, plain
 * {@code http} to this machine is the one exception. Plain Java.
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
        if (local && !allowHttpToLocalhost) {
            return Optional.of(NOT_PUBLIC);
        }
        return Optional.empty();
    }

    static final String NOT_PUBLIC = "Use an address on the public internet; Allyway does not call this machine or"
            + " private networks.";

    /**
     * Whether a resolved address may be called: not loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7),
     * link-local (169.254/16, fe80::/10, cloud metadata), carrier-grade NAT (100.64/10), "this network" (0/8),
     * multicast or unspecified. Checked again at every delivery, as names can resolve differently later.
     */
    public static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first != 0 && !(first == 100 && second >= 64 && second < 128);
        }
        return (bytes[0] & 0xfe) != 0xfc; // fc00::/7, unique local
    }
}

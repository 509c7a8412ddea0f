package com.allyway.webhook;

/** A saved webhook with its new signing secret: the one time the secret is shown. */
public record IssuedWebhook(Webhook webhook, String secret) {
}

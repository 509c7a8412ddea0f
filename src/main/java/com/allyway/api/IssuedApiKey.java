package com.allyway.api;

/** A new key with its secret: the only moment the secret exists outside the caller's systems. */
public record IssuedApiKey(ApiKey key, String secret) {
}

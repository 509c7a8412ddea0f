package com.allyway.agreement;

/** A signed agreement's PDF, ready to download. */
public record AgreementPdf(String fileName, byte[] content) {
}

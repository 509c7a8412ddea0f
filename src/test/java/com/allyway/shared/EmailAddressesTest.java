package com.allyway.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailAddressesTest {

    @Test
    void addressesAreComparedWithoutCaseAndSurroundingSpace() {
        assertThat(EmailAddresses.normalize("  Maya@NorthWind.Example ")).isEqualTo("maya@northwind.example");
    }

    @Test
    void plausibleAddressesHaveOneAtAndADottedDomain() {
        assertThat(EmailAddresses.isPlausible("maya@northwind.example")).isTrue();
        assertThat(EmailAddresses.isPlausible("maya@northwind")).isFalse();
        assertThat(EmailAddresses.isPlausible("maya northwind.example")).isFalse();
        assertThat(EmailAddresses.isPlausible("a@b@c.example")).isFalse();
        assertThat(EmailAddresses.isPlausible(null)).isFalse();
    }

    @Test
    void addressesLongerThanSmtpAllowsAreNotPlausible() {
        String local = "a".repeat(64);
        String longDomain = "d".repeat(63) + "." + "e".repeat(63) + "." + "f".repeat(58) + ".example";
        assertThat(EmailAddresses.isPlausible(local + "@" + longDomain)).isFalse();
        assertThat(EmailAddresses.isPlausible(local + "@example.com")).isTrue();
    }
}

package com.allyway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldChangeTest {

    @Test
    void onlyFieldsWhoseValuesDifferAreChangesInTheOrderOfTheNewSnapshot() {
        Map<String, String> before = new LinkedHashMap<>();
        before.put("Stage", "Ally");
        before.put("Owner", null);
        before.put("Notes", "old");
        before.put("Tags", "x");
        Map<String, String> after = new LinkedHashMap<>();
        after.put("Stage", "Co-selling");
        after.put("Owner", "Sam Patel");
        after.put("Notes", "old");
        after.put("Tags", "");

        assertThat(FieldChange.between(before, after)).containsExactly(
                new FieldChange("Stage", "Ally", "Co-selling"),
                new FieldChange("Owner", null, "Sam Patel"),
                new FieldChange("Tags", "x", null));
    }

    @Test
    void blankAndMissingCountAsEmptySoNothingChangesBetweenThem() {
        Map<String, String> before = new LinkedHashMap<>();
        before.put("Notes", " ");
        Map<String, String> after = new LinkedHashMap<>();
        after.put("Notes", null);
        after.put("Flags", "");

        assertThat(FieldChange.between(before, after)).isEmpty();
    }

    @Test
    void aChangeDescribesItselfWithEmptyValuesNamed() {
        assertThat(new FieldChange("Owner", null, "Sam Patel").describe()).isEqualTo("Owner: (empty) → Sam Patel");
        assertThat(new FieldChange("Stage", "Ally", "Co-selling").describe()).isEqualTo("Stage: Ally → Co-selling");
    }
}

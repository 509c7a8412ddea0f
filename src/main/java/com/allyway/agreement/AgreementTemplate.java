package com.allyway.agreement;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One version of an agreement template. Versions are never changed: saving a template stores the next version,
 * and a draft names the exact version it uses.
 *
 * @param id       "{key}:{version}", so two people saving the same version at once cannot both succeed
 * @param key      the template, across its versions
 * @param recitals the "whereas" paragraphs, separated by blank lines
 * @param clauses  the clauses, separated by blank lines; a line starting with "# " is a heading
 */
@Document(AgreementTemplate.COLLECTION)
public record AgreementTemplate(@Id String id, String key, int version, String name, String title, String recitals,
        String clauses, Instant savedAt, String savedBy) {

    static final String COLLECTION = "agreement_templates";
    public static final int NAME_MAX_LENGTH = 120;
    public static final int TEXT_MAX_LENGTH = 20_000;

    static String idOf(String key, int version) {
        return key + ":" + version;
    }

    /** e.g. "Referral partner agreement, version 3" */
    public String label() {
        return name + ", version " + version;
    }
}

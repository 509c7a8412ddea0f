package com.allyway.introduction;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Company names folded for matching: "ACME, Inc.", "Acme Inc" and "acme" are one company, and so are
 * "Müller GmbH" and "Muller". Case, accents, punctuation, a leading "the" and legal-form words are ignored.
 */
public final class CompanyNames {

    private static final Set<String> LEGAL_FORMS = Set.of("inc", "incorporated", "llc", "llp", "lp", "ltd",
            "limited", "corp", "corporation", "co", "company", "plc", "gmbh", "mbh", "ag", "kg", "ohg", "ug", "se",
            "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "oy", "ab", "as", "asa", "aps", "pty", "pte", "kk",
            "sp", "zoo");

    private CompanyNames() {
    }

    /** The matching key of a company name; empty when nothing distinctive is left. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace('ł', 'l').replace('ø', 'o').replace("ß", "ss").replace("æ", "ae").replace("œ", "oe")
                .replace("&", " and ");
        List<String> words = Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty())
                .collect(Collectors.toList());
        if (words.size() > 1 && words.getFirst().equals("the")) {
            words.removeFirst();
        }
        while (words.size() > 1 && LEGAL_FORMS.contains(words.getLast())) {
            words.removeLast();
        }
        return String.join(" ", words);
    }
}

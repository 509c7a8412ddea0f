package com.allyway.introduction;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Company names folded for matching: "ACME, Inc.", "Acme Inc" and "acme" are one company, and so are
 * "Müller GmbH" and "Muller". Case, accents, punctuation, a leading "the" and legal-form words are ignored.
 */
public final class CompanyNames {

    private static final Set<String> LEGAL_FORMS = Set.of("inc", "incorporated", "llc", "llp", "lp", "ltd",
            "limited", "corp", "corporation", "co", "company", "plc", "gmbh", "mbh", "ag", "kg", "ohg", "ug", "se",
            "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "oy", "ab", "as", "asa", "aps", "pty", "pte", "kk",
            "sp", "zoo", "sl", "lda", "ltda", "sro", "kft", "doo");

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
        List<String> words = joinSingleLetters(Arrays.stream(folded.split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty()).toList());
        if (words.size() > 1 && words.getFirst().equals("the")) {
            words.removeFirst();
        }
        // "Foo GmbH & Co. KG" ends in legal forms joined by "and": strip them all.
        while (words.size() > 1 && (LEGAL_FORMS.contains(words.getLast()) || words.getLast().equals("and"))) {
            words.removeLast();
        }
        return String.join(" ", words);
    }

    /** Abbreviations written with dots or slashes ("S.A.", "A/S", "z o.o.") become one word ("sa", "as", "zoo"). */
    private static List<String> joinSingleLetters(List<String> words) {
        List<String> joined = new ArrayList<>();
        StringBuilder letters = new StringBuilder();
        for (String word : words) {
            if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
                letters.append(word);
                continue;
            }
            if (!letters.isEmpty()) {
                joined.add(letters.toString());
                letters.setLength(0);
            }
            joined.add(word);
        }
        if (!letters.isEmpty()) {
            joined.add(letters.toString());
        }
        return joined;
    }
}

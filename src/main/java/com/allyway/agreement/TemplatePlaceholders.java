package com.allyway.agreement;

import com.allyway.shared.RejectedInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders an agreement template may use, such as {@code {{partner}}}, and filling them in. A template
 * with a placeholder that does not exist is refused when it is saved, so a typo never reaches a signed PDF.
 */
public final class TemplatePlaceholders {

    /** Every placeholder, with what it is replaced by. */
    public enum Placeholder {
        COMPANY("company", "the company's legal name"),
        PARTNER("partner", "the partner organization's name"),
        PARTNER_SIGNATORY("partnerSignatory", "who signs for the partner"),
        COMPANY_SIGNATORY("companySignatory", "the founder who approves"),
        STARTS_ON("startsOn", "the plan's start date"),
        ENDS_ON("endsOn", "the plan's end date, or \"until superseded\""),
        COMMISSION("commission", "the commission, e.g. \"12.5 % of revenue\""),
        CURRENCY("currency", "the plan's currency code"),
        AGREEMENT_NUMBER("agreementNumber", "the agreement's number with this partner");

        private final String key;
        private final String meaning;

        Placeholder(String key, String meaning) {
            this.key = key;
            this.meaning = meaning;
        }

        public String token() {
            return "{{" + key + "}}";
        }

        public String meaning() {
            return meaning;
        }
    }

    private static final Pattern TOKEN = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");

    private TemplatePlaceholders() {
    }

    /** Refuses text with an unknown placeholder, naming it and the field it is in. */
    public static void check(String field, String text) {
        Matcher matcher = TOKEN.matcher(text == null ? "" : text);
        while (matcher.find()) {
            String key = matcher.group(1);
            if (Arrays.stream(Placeholder.values()).noneMatch(placeholder -> placeholder.key.equals(key))) {
                throw new RejectedInputException(field, "{{" + key + "}} is not a placeholder. Use one of: "
                        + String.join(", ", Arrays.stream(Placeholder.values()).map(Placeholder::token).toList())
                        + ".");
            }
        }
    }

    /** The text with every placeholder replaced by its value. */
    public static String fill(String text, Map<Placeholder, String> values) {
        Matcher matcher = TOKEN.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String key = matcher.group(1);
            String value = values.entrySet().stream().filter(entry -> entry.getKey().key.equals(key))
                    .map(Map.Entry::getValue).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No value for {{" + key + "}}"));
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    /**
     * Paragraphs: text separated by blank lines, each with its line breaks joined into one line. A line starting
     * with "# " is a heading and a paragraph of its own.
     */
    public static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : (text == null ? "" : text).split("\\R", -1)) {
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("# ")) {
                flush(current, paragraphs);
            }
            if (stripped.startsWith("# ")) {
                paragraphs.add(stripped);
            } else if (!stripped.isEmpty()) {
                current.append(current.isEmpty() ? "" : " ").append(stripped);
            }
        }
        flush(current, paragraphs);
        return List.copyOf(paragraphs);
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }
}

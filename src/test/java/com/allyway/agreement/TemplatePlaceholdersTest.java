package com.allyway.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.allyway.agreement.TemplatePlaceholders.Placeholder;
import com.allyway.shared.RejectedInputException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplatePlaceholdersTest {

    @Test
    void fillsEveryPlaceholderAndLeavesOtherTextAlone() {
        String filled = TemplatePlaceholders.fill("{{partner}} pays nothing; {{ company }} pays {{commission}} {$1}",
                Map.of(Placeholder.PARTNER, "Zoë & Co", Placeholder.COMPANY, "Acme", Placeholder.COMMISSION,
                        "10 % of revenue"));

        assertThat(filled).isEqualTo("Zoë & Co pays nothing; Acme pays 10 % of revenue {$1}");
    }

    @Test
    void refusesAnUnknownPlaceholderNamingItAndTheField() {
        assertThatThrownBy(() -> TemplatePlaceholders.check("clauses", "Paid in {{curency}}."))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageStartingWith("{{curency}} is not a placeholder. Use one of: {{company}}")
                .hasMessageContaining("{{currency}}")
                .extracting("field").isEqualTo("clauses");
    }

    @Test
    void acceptsEveryKnownPlaceholder() {
        for (Placeholder placeholder : Placeholder.values()) {
            TemplatePlaceholders.check("clauses", "x " + placeholder.token() + " y");
        }
    }

    @Test
    void splitsParagraphsOnBlankLinesAndKeepsHeadingsApart() {
        assertThat(TemplatePlaceholders.paragraphs("# 1. Scope\nFirst line\ncontinued.\n\n\nSecond.\n# 2. End\nLast"))
                .containsExactly("# 1. Scope", "First line continued.", "Second.", "# 2. End", "Last");
    }
}

package com.allyway.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class Sha256TextTest {

    private static final List<String> TEXTS = List.of("", "plain ASCII | 10 % of EUR 4,000.00",
            "Zoë Ølsen – Geschäftsführerin, 株式会社ノースウィンド", "emoji 🤝 and 𝄞 outside the basic plane",
            "lone surrogates \uD83D here and \uDE00 there, last one \uD83D",
            "x".repeat(20_000) + "é".repeat(5_000) + "€".repeat(3_000));

    @Test
    void isTheDigestOfTheWholeTextInUtf8() {
        for (String text : TEXTS) {
            assertThat(new Sha256Text().add(text).hex()).as(text.length() > 80 ? "long text" : text)
                    .isEqualTo(Secrets.sha256Hex(text));
        }
    }

    @Test
    void piecesGiveTheDigestOfTheirConcatenation() {
        String whole = String.join("|", TEXTS);
        Sha256Text pieces = new Sha256Text();
        for (int i = 0; i < TEXTS.size(); i++) {
            pieces.add(TEXTS.get(i));
            if (i < TEXTS.size() - 1) {
                pieces.add('|');
            }
        }
        assertThat(pieces.hex()).isEqualTo(Secrets.sha256Hex(whole));
    }

    @Test
    void valuesAndNullsReadAsStringBuilderWritesThem() {
        String nothing = null;
        String expected = new StringBuilder().append(nothing).append(42).append(true).append('ß').append('|')
                .append(new Money(new java.math.BigDecimal("12.50"), java.util.Currency.getInstance("EUR")))
                .toString();

        String actual = new Sha256Text().add(nothing).add(42).add(true).add('ß').add('|')
                .add(new Money(new java.math.BigDecimal("12.50"), java.util.Currency.getInstance("EUR"))).hex();

        assertThat(actual).isEqualTo(Secrets.sha256Hex(expected));
    }
}

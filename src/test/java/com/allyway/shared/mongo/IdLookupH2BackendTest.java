package com.allyway.shared.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class IdLookupH2BackendTest {

    @Test
    void onlyPlainIdsAndListsOfThemTakeTheIndex() {
        assertThat(IdLookupH2Backend.isIdEqualityOrList("abc")).isTrue();
        assertThat(IdLookupH2Backend.isIdEqualityOrList(new Document("$in", List.of("a", "b")))).isTrue();

        assertThat(IdLookupH2Backend.isIdEqualityOrList(null)).isFalse();
        assertThat(IdLookupH2Backend.isIdEqualityOrList(new Document("$ne", "a"))).isFalse();
        assertThat(IdLookupH2Backend.isIdEqualityOrList(new Document("$in", List.of()))).isFalse();
        assertThat(IdLookupH2Backend.isIdEqualityOrList(new Document("$in", List.of(Pattern.compile("^a")))))
                .isFalse();
        assertThat(IdLookupH2Backend.isIdEqualityOrList(new Document("$in", List.of("a")).append("$ne", "b")))
                .isFalse();
        assertThat(IdLookupH2Backend.isIdEqualityOrList(Pattern.compile("^a"))).isFalse();
        assertThat(IdLookupH2Backend.isIdEqualityOrList(new Document("key", "value"))).isFalse();
    }
}

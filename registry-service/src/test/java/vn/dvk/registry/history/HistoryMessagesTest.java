package vn.dvk.registry.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.dvk.kit.problems.CatalogueDefects;

/** Every text of history imports is worded in both languages alike, and the catalogue holds no dead text. */
@Tag("unit")
class HistoryMessagesTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(HistoryMessages.class)
    void everyTextIsWordedInBothLanguagesAlike(HistoryMessages key) {
        assertEquals(List.of(), CatalogueDefects.of(key));
    }

    @Test
    void theCatalogueHoldsNoTextNoKeyNames() {
        assertEquals(Set.of(), CatalogueDefects.deadKeys(HistoryMessages.class));
    }
}

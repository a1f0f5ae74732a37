package vn.dvk.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.dvk.kit.problems.CatalogueDefects;

/** Every text the reporting service words for clients is in both languages alike, and its catalogue holds no dead text. */
@Tag("unit")
class ReportingMessagesTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(ReportingMessages.class)
    void everyTextIsWordedInBothLanguagesAlike(ReportingMessages key) {
        assertEquals(List.of(), CatalogueDefects.of(key));
    }

    @Test
    void theCatalogueHoldsNoTextNoKeyNames() {
        assertEquals(Set.of(), CatalogueDefects.deadKeys(ReportingMessages.class));
    }
}

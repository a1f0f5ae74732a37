package vn.dvk.registry.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.dvk.kit.problems.CatalogueDefects;

/** Every text the registry words for clients is in both languages alike, and its catalogue holds no dead text. */
@Tag("unit")
class RegistryMessagesTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(RegistryMessages.class)
    void everyTextIsWordedInBothLanguagesAlike(RegistryMessages key) {
        assertEquals(List.of(), CatalogueDefects.of(key));
    }

    /** A constraint's message names its key as a string, which the compiler cannot check. */
    @Test
    void theConstraintMessagesNameKeysOfTheCatalogue() {
        assertEquals("{" + RegistryMessages.class.getName() + "." + RegistryMessages.ORGANISATION_CODE_FORMAT + "}",
                OrganisationEntry.CODE_MESSAGE);
        assertEquals("{" + RegistryMessages.class.getName() + "." + RegistryMessages.MOVEMENT_CODE_FORMAT + "}",
                CampaignDefinition.MOVEMENT_CODE_MESSAGE);
    }

    @Test
    void theCatalogueHoldsNoTextNoKeyNames() {
        assertEquals(Set.of(), CatalogueDefects.deadKeys(RegistryMessages.class));
    }
}

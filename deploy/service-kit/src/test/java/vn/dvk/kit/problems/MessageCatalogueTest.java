package vn.dvk.kit.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The kit's own catalogue is worded well, and the check each module runs on its catalogue catches each mistake. */
@Tag("unit")
class MessageCatalogueTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(KitMessages.class)
    void everyKitTextIsWordedInBothLanguagesAlike(KitMessages key) {
        assertEquals(List.of(), CatalogueDefects.of(key));
    }

    @Test
    void theKitCatalogueHoldsNoTextNoKeyNames() {
        assertEquals(Set.of(), CatalogueDefects.deadKeys(KitMessages.class));
    }

    @Test
    void argumentsAreShownAsGivenAndApostrophesOnce() {
        assertEquals(BilingualText.of("Bạn đang mở 1000 luồng cập nhật, số tối đa; hãy đóng bớt một trang",
                "You hold 1000 live streams open, the most allowed; close one first"),
                KitMessages.TOO_MANY_STREAMS_FOR_USER.text(1000));
        assertEquals("The unit's model 1234567 of null", BrokenMessages.WORDED_WELL.text(1234567, null).english());
        assertEquals("The stream's access token has expired; reconnect with a fresh token",
                KitMessages.STREAM_TOKEN_EXPIRED.text().english());
    }

    @Test
    void anArgumentWordedInBothLanguagesIsShownInEach() {
        assertEquals(BilingualText.of("Mô hình M-1 của tỉnh", "The unit's model M-1 of PROVINCE"),
                BrokenMessages.WORDED_WELL.text("M-1", BilingualText.of("tỉnh", "PROVINCE")));
    }

    @Test
    void problemTitlesComeFromTheirModulesCatalogue() {
        assertEquals(BilingualText.of("Yêu cầu không hợp lệ", "Invalid request"), CommonProblems.INVALID_REQUEST.title());
        assertEquals(BilingualText.of("Ngoài mùa", "Out of season"), ServiceProblems.OUT_OF_SEASON.title());
    }

    @Test
    void theCheckFindsEachMistake() {
        assertEquals(List.of(), CatalogueDefects.of(BrokenMessages.WORDED_WELL));
        assertEquals(List.of("MISSING_IN_ENGLISH in English: missing"),
                CatalogueDefects.of(BrokenMessages.MISSING_IN_ENGLISH));
        assertEquals(List.of("BLANK_IN_VIETNAMESE in Vietnamese: blank"),
                CatalogueDefects.of(BrokenMessages.BLANK_IN_VIETNAMESE));
        assertEquals(List.of("ARGUMENTS_DIFFER: 1 arguments in Vietnamese but 2 in English"),
                CatalogueDefects.of(BrokenMessages.ARGUMENTS_DIFFER));
        assertEquals(List.of("STRAY_APOSTROPHE in English: a single apostrophe; write it as ''"),
                CatalogueDefects.of(BrokenMessages.STRAY_APOSTROPHE));
        List<String> formatted = CatalogueDefects.of(BrokenMessages.FORMATTED_ARGUMENT);
        assertEquals(2, formatted.size(), formatted.toString());
        assertTrue(formatted.get(0).startsWith("FORMATTED_ARGUMENT in Vietnamese: an argument with a format"));
        assertEquals(Set.of("NOBODY_SHOWS_THIS (en)"), CatalogueDefects.deadKeys(BrokenMessages.class));
    }
}

package vn.dvk.registry.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The edits a typo may hold, counted as search engines count them. */
class TypoCorrectionTest {

    @Test
    void eachChangedAddedOrMissingLetterAndEachSwapOfNeighboursIsOneEdit() {
        assertEquals(0, TypoCorrection.distance("thai", "thai"));
        assertEquals(1, TypoCorrection.distance("thia", "thai"));
        assertEquals(1, TypoCorrection.distance("thi", "thai"));
        assertEquals(1, TypoCorrection.distance("thais", "thai"));
        assertEquals(1, TypoCorrection.distance("thao", "thai"));
        assertEquals(3, TypoCorrection.distance("kitten", "sitting"));
        // a swap is undone once: what is swapped is not edited again (the optimal string alignment)
        assertEquals(3, TypoCorrection.distance("ca", "abc"));
        assertEquals(4, TypoCorrection.distance("", "thai"));
        // letters, not UTF-16 units
        assertEquals(1, TypoCorrection.distance("a\uD835\uDC9Ab", "ab"));
    }

    @Test
    void longerWordsMayHoldMoreEdits() {
        assertEquals(0, TypoCorrection.allowedEdits("an"));
        assertEquals(1, TypoCorrection.allowedEdits("thu"));
        assertEquals(1, TypoCorrection.allowedEdits("nguoi"));
        assertEquals(2, TypoCorrection.allowedEdits("nghieng"));
        assertEquals(0, TypoCorrection.allowedEdits("\uD835\uDC9A\uD835\uDC9A"));
    }
}

package vn.dvk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WarmUpTest {

    @Test
    void aClimbingRateIsWarmedUntilTwoRunsInARowAgree() {
        WarmUp runs = new WarmUp();
        for (double rate : new double[] {1_955, 4_100, 7_800, 10_900}) {
            runs.add(rate);
            assertFalse(runs.done(), "still climbing at " + runs);
        }
        runs.add(12_000); // within 10 % of 10,900
        assertTrue(runs.done());
        assertEquals("1,955 → 4,100 → 7,800 → 10,900 → 12,000", runs.toString());
    }

    @Test
    void oneRunIsNeverEnoughAndADropCountsLikeAClimb() {
        WarmUp runs = new WarmUp();
        runs.add(5_000);
        assertFalse(runs.done(), "a single run has nothing to agree with");
        runs.add(4_000);
        assertFalse(runs.done(), "a 20 % drop is not settled");
        runs.add(3_700);
        assertTrue(runs.done());
    }

    @Test
    void aRateThatNeverSettlesStopsAtTheCap() {
        WarmUp runs = new WarmUp();
        for (int run = 0; run < WarmUp.MAX_RUNS - 1; run++) {
            runs.add(run % 2 == 0 ? 1_000 : 2_000);
            assertFalse(runs.done());
        }
        runs.add(1_000);
        assertTrue(runs.done());
    }
}

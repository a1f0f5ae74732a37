package vn.dvk.reporting.rebuild;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dvk.reporting.rebuild.ProjectionRebuild.Sequences;
import vn.dvk.reporting.rebuild.ProjectionRebuild.Sequences.Aggregate;

/**
 * The rebuild applies each event of an aggregate once, whatever order and repeats the topics hold them in, and
 * records how far the aggregate's sequences run without a gap (what the inbox goes on from after the switch).
 */
@Tag("unit")
class RebuildSequencesTest {

    static final Aggregate MODEL = new Aggregate("registry.model-events", "m-1");

    @ParameterizedTest(name = "from {0}: {1} -> applied {2}, contiguous up to {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # already applied | sequences delivered | applied?         | contiguous after
            0                 | 1 2 3               | true true true   | 3
            0                 | 1 1 2               | true false true  | 2
            0                 | 1 2 1 2             | true true false false | 2
            0                 | 2 1                 | true true        | 2
            0                 | 1 3                 | true true        | 1
            0                 | 1 3 3               | true true false  | 1
            0                 | 1 3 2               | true true true   | 3
            0                 | 3 2 1               | true true true   | 3
            0                 | 2 4 3 1             | true true true true | 4
            0                 | 5                   | true             | 0
            0                 | 0                   | false            | 0
            5                 | 3 5 6               | false false true | 6
            5                 | 7 6                 | true true        | 7
            5                 | 8                   | true             | 5
            5                 | 8 6 8 7             | true true false true | 8
            """)
    void eachEventOnceAndTheGaplessRun(long resumedAt, String delivered, String applied, long contiguousAfter) {
        Sequences sequences = new Sequences();
        sequences.resume(MODEL, resumedAt);

        List<Boolean> firstTimes = numbers(delivered).stream().map(n -> sequences.firstTime(MODEL, n)).toList();

        assertAll(() -> assertEquals(Arrays.stream(applied.split(" ")).map(Boolean::valueOf).toList(), firstTimes),
                () -> assertEquals(contiguousAfter, sequences.contiguousUpTo(MODEL)));
    }

    @Test
    void aggregatesAreCountedApartEvenWithTheSameKey() {
        Sequences sequences = new Sequences();
        Aggregate caseOfTheModel = new Aggregate("recognition.case-events", "m-1");
        Aggregate otherModel = new Aggregate("registry.model-events", "m-2");

        assertAll(() -> assertEquals(true, sequences.firstTime(MODEL, 1)),
                () -> assertEquals(true, sequences.firstTime(caseOfTheModel, 1)),
                () -> assertEquals(true, sequences.firstTime(otherModel, 2)),
                () -> assertEquals(false, sequences.firstTime(MODEL, 1)),
                () -> assertEquals(1, sequences.contiguousUpTo(MODEL)),
                () -> assertEquals(1, sequences.contiguousUpTo(caseOfTheModel)),
                () -> assertEquals(0, sequences.contiguousUpTo(otherModel)));
    }

    private static List<Long> numbers(String text) {
        return Arrays.stream(text.trim().split("\\s+")).map(Long::valueOf).toList();
    }
}

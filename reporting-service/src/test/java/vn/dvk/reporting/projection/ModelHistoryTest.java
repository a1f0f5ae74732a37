package vn.dvk.reporting.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.reporting.projection.ModelChange.Source;
import vn.dvk.reporting.projection.ModelChange.Type;

/** A model's story folded from changes of two producers, whatever order they were read in. */
@Tag("unit")
class ModelHistoryTest {

    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static ModelChange change(int day, Source source, long sequence, Type type) {
        return ModelChange.of(OffsetDateTime.of(2026, 3, day, 9, 0, 0, 0, ZoneOffset.ofHours(7)), source, sequence,
                type, "dvk-2026", Level.BASE);
    }

    /**
     * The launcher's demo showed more models waiting for review than registered: recognition opened cases of
     * models already withdrawn (it read the submissions after the withdrawals), and they counted as waiting.
     */
    @Test
    void aCaseOpenedAfterTheWithdrawalLeavesTheModelOutOfReview() {
        List<ModelChange> told = List.of(change(1, Source.REGISTRY, 1, Type.SUBMITTED),
                change(2, Source.REGISTRY, 2, Type.WITHDRAWN), change(3, Source.RECOGNITION, 1, Type.UNDER_REVIEW));
        for (List<ModelChange> order : List.of(told, List.of(told.get(2), told.get(1), told.get(0)))) {
            ModelHistory history = new ModelHistory(new ModelFact(UUID.randomUUID()), List.of());
            for (ModelChange change : order) {
                history = history.with(change);
            }
            ModelFact now = history.current(PROVINCE);
            assertTrue(now.withdrawn);
            assertNull(now.reviewLevel, "a withdrawn model waits for no review");
            assertEquals(3, history.changes().size());
        }
    }
}

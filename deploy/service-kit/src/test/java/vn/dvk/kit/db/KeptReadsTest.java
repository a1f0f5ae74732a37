package vn.dvk.kit.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A read is kept until a change concerns it; a read overtaken by a change is not kept; a full group empties alone. */
@Tag("unit")
class KeptReadsTest {

    private record Key(String group, int n) {
    }

    private final KeptReads<Key> reads = new KeptReads<>(Key::group, 3);

    @Test
    void aReadIsKeptUntilAChangeConcernsIt() {
        AtomicInteger reading = new AtomicInteger();
        Key a = new Key("a", 1);
        Key b = new Key("b", 1);
        assertEquals(1, (int) reads.read(a, reading::incrementAndGet));
        assertEquals(2, (int) reads.read(b, reading::incrementAndGet));
        assertEquals(1, (int) reads.read(a, reading::incrementAndGet), "kept");

        reads.forget(key -> key.group().equals("a"));

        assertEquals(3, (int) reads.read(a, reading::incrementAndGet), "read anew");
        assertEquals(2, (int) reads.read(b, reading::incrementAndGet), "not concerned");
        reads.forgetAll();
        assertEquals(4, (int) reads.read(b, reading::incrementAndGet));
    }

    @Test
    void aReadDuringWhichAChangeCameAnswersItsCallerButIsNotKept() {
        Key a = new Key("a", 1);
        String during = reads.read(a, () -> {
            reads.forget(key -> false); // a change of something else: the read may still have missed it
            return "read before the change";
        });
        assertEquals("read before the change", during);
        assertEquals(List.of(), reads.keys());
        assertEquals("read after", reads.read(a, () -> "read after"));
        assertEquals(List.of(a), reads.keys());
    }

    @Test
    void aFullGroupEmptiesItselfAndNoOtherGroup() {
        Key other = new Key("other", 0);
        reads.read(other, () -> "kept");
        for (int n = 0; n < 3; n++) {
            int i = n;
            reads.read(new Key("flood", i), () -> "page " + i);
        }
        assertEquals(4, reads.keys().size());
        reads.read(new Key("flood", 3), () -> "page 3");
        assertEquals(List.of(new Key("flood", 3)), reads.keys().stream().filter(k -> k.group().equals("flood"))
                .toList(), "the flood's group started over");
        assertTrue(reads.keys().contains(other));
    }
}

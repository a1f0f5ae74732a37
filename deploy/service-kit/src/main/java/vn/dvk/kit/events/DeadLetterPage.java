package vn.dvk.kit.events;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One page of dead letters, in the order of their topic, partition and offset.
 *
 * @param nextCursor pass it as {@code cursor} to read the next page; absent on the last page
 */
public record DeadLetterPage(List<DeadLetter> items, String nextCursor) {

    public DeadLetterPage map(UnaryOperator<DeadLetter> view) {
        return new DeadLetterPage(items.stream().map(view).toList(), nextCursor);
    }
}

package vn.dvk.kit.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a keyset-paged list, cut from the rows a query read: one more than the page holds, so that whether
 * another page follows is known without counting.
 *
 * @param nextCursor the cursor of the page's last row; null on the last page
 */
public record KeysetPage<T>(List<T> items, String nextCursor) {

    /**
     * @param rowsPlusOne at most {@code limit + 1} rows, in the list's order
     * @param cursorOf the sort values of a row, as the cursor carries them
     */
    public static <T> KeysetPage<T> of(List<T> rowsPlusOne, int limit, Function<T, String> cursorOf) {
        if (rowsPlusOne.size() <= limit) {
            return new KeysetPage<>(rowsPlusOne, null);
        }
        List<T> page = rowsPlusOne.subList(0, limit);
        return new KeysetPage<>(page, PageCursor.encode(cursorOf.apply(page.get(limit - 1))));
    }

    public <V> List<V> items(Function<T, V> view) {
        return items.stream().map(view).toList();
    }
}

package vn.dvk.registry.api;

import java.util.List;

/**
 * One page of a unit's feed, newest first.
 *
 * @param nextCursor pass it as {@code cursor} to read older entries; absent on the last page
 */
public record NotificationPage(List<NotificationView> items, String nextCursor) {
}

package vn.dvk.registry.domain;

import java.util.List;

/**
 * One page of a list of models.
 *
 * @param nextCursor pass it as {@code cursor} to read the next page; absent on the last page
 */
public record ModelPage(List<ModelSummary> items, String nextCursor) {
}

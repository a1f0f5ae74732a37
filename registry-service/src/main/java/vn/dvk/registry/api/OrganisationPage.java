package vn.dvk.registry.api;

import java.util.List;

/**
 * One page of organisations, by id.
 *
 * @param nextCursor pass it as {@code cursor} to read the next page; absent on the last page
 */
public record OrganisationPage(List<OrganisationView> items, String nextCursor) {
}

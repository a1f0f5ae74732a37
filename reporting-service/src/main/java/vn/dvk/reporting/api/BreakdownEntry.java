package vn.dvk.reporting.api;

import vn.dvk.reporting.domain.Funnel;

/** One value of a breakdown (a field, a kind, an owner kind) and its funnel. */
public record BreakdownEntry(String value, Funnel funnel) {
}

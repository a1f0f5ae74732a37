package vn.dvk.kit.audit;

import java.util.List;

/** One page of an audit trail, newest first; {@code nextCursor} fetches the next, null on the last. */
public record AuditPage(List<AuditEntry> items, String nextCursor) {
}

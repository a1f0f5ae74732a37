package vn.dvk.kit.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.dvk.kit.paging.KeysetPage;
import vn.dvk.kit.paging.PageCursor;
import vn.dvk.kit.problems.KitMessages;
import vn.dvk.kit.requests.QueryValues;
import vn.dvk.kit.security.Caller;

/**
 * An auditor's query of their province's audit trail, as every service's audit endpoint takes it: the filters
 * checked (a 400 problem naming each bad one), then a keyset page, newest first.
 */
@ApplicationScoped
public class AuditPages {

    private static final int MAX_PAGE = 500;

    private final AuditTrail trail;
    private final Caller caller;

    public AuditPages(AuditTrail trail, Caller caller) {
        this.trail = trail;
        this.caller = caller;
    }

    /** The query parameters of an audit endpoint, as the client sent them; null where it sent none. */
    public record Query(String actor, String action, String subjectId, String from, String to, String cursor,
            int limit) {
    }

    /** @param actions the actions this service records: an action outside them is refused, not an empty page */
    public <A extends Enum<A>> AuditPage read(Query query, Class<A> actions) {
        QueryValues values = new QueryValues();
        A action = values.oneEnum("action", query.action(), actions);
        OffsetDateTime from = instant(values, "from", query.from());
        OffsetDateTime to = instant(values, "to", query.to());
        int size = values.limit(query.limit(), MAX_PAGE);
        Long before = null;
        if (query.cursor() != null) {
            try {
                before = Long.parseLong(PageCursor.decode(query.cursor(), 1).get(0));
            } catch (NumberFormatException e) {
                values.refuse("cursor", KitMessages.CURSOR_NOT_HANDED_OUT.text());
            }
        }
        values.check();
        List<AuditEntry> rows = trail.read(new AuditTrail.Filter(caller.orgId(), query.actor(),
                action == null ? null : action.name(), query.subjectId(), from, to, before), size);
        KeysetPage<AuditEntry> page = KeysetPage.of(rows, size, entry -> Long.toString(entry.id()));
        return new AuditPage(page.items(), page.nextCursor());
    }

    private static OffsetDateTime instant(QueryValues values, String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            values.refuse(parameter, KitMessages.DATE_TIME_LIKE.text());
            return null;
        }
    }
}

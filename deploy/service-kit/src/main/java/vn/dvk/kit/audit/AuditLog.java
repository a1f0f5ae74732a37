package vn.dvk.kit.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.security.ForbiddenException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import vn.dvk.kit.security.Caller;
import vn.dvk.kit.time.Moments;

/**
 * Appends to the audit trail (the kit's db/audit table), in the transaction of the change it records: who (the
 * token's subject and name, organisation, client application, address), when, what, and the subject before and
 * after. Entries are never changed: the service's database role may only insert and read them, and the table's
 * triggers refuse any UPDATE, DELETE or TRUNCATE.
 */
@ApplicationScoped
public class AuditLog {

    /** The actor of what the service does by itself, outside any request (its seed file at start). */
    public static final String SYSTEM = "system";

    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final Caller caller;
    private final CurrentVertxRequest request;
    private final Clock clock;

    public AuditLog(EntityManager entityManager, ObjectMapper mapper, Caller caller, CurrentVertxRequest request,
            Clock clock) {
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.caller = caller;
        this.request = request;
        this.clock = clock;
    }

    /**
     * @param action what was done, one of the service's own actions (its auditors filter on them)
     * @param provinceId the province whose auditors may read the entry
     * @param before the subject before the change, written as JSON (null for a creation)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Enum<?> action, String subjectType, String subjectId, String provinceId, Object before,
            Object after) {
        // outside a request, or in one without a token (the seed file loaded at start): the service itself
        String subject = Arc.container().requestContext().isActive() ? caller.subject() : null;
        boolean user = subject != null;
        entityManager.createNativeQuery("""
                insert into {h-schema}audit_entry (at, actor, actor_name, actor_org_id, client, address, action,
                    subject_type, subject_id, province_id, before, after)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, cast(?11 as jsonb), cast(?12 as jsonb))""")
                .setParameter(1, Moments.utc(clock))
                .setParameter(2, user ? subject : SYSTEM)
                .setParameter(3, user ? caller.username() : null)
                .setParameter(4, user ? orgId() : null)
                .setParameter(5, user ? caller.clientId() : null)
                .setParameter(6, user ? address() : null)
                .setParameter(7, action.name())
                .setParameter(8, subjectType)
                .setParameter(9, subjectId)
                .setParameter(10, provinceId)
                .setParameter(11, json(before))
                .setParameter(12, json(after))
                .executeUpdate();
    }

    /** The caller's organisation; none for a token without one (which may still change what has none). */
    private String orgId() {
        try {
            return caller.orgId();
        } catch (ForbiddenException e) {
            return null;
        }
    }

    private String address() {
        var current = request.getCurrent();
        if (current == null || current.request().remoteAddress() == null) {
            return null;
        }
        return current.request().remoteAddress().hostAddress();
    }

    private String json(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An audit entry's state could not be written as JSON", e);
        }
    }
}

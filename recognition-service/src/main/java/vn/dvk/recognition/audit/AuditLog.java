package vn.dvk.recognition.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import vn.dvk.kit.security.Caller;

/**
 * Appends to the audit trail, in the transaction of the change it records: who (the token's subject, which never
 * changes hands, with the username to read; organisation, client application, address), when, what, and the subject
 * before and after. Entries are never changed: the table's
 * triggers refuse any UPDATE, DELETE or TRUNCATE.
 */
@ApplicationScoped
public class AuditLog {

    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final Caller caller;
    private final CurrentVertxRequest request;

    public AuditLog(EntityManager entityManager, ObjectMapper mapper, Caller caller, CurrentVertxRequest request) {
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.caller = caller;
        this.request = request;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, String subjectType, String subjectId, String provinceId, Object before,
            Object after) {
        entityManager.createNativeQuery("""
                insert into {h-schema}audit_entry
                    (at, actor, actor_org_id, client, address, action, subject_type, subject_id, province_id, before, after,
                     actor_sub)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, cast(?10 as jsonb), cast(?11 as jsonb), ?12)""")
                .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter(2, caller.username())
                .setParameter(3, caller.orgId())
                .setParameter(4, caller.clientId())
                .setParameter(5, address())
                .setParameter(6, action.name())
                .setParameter(7, subjectType)
                .setParameter(8, subjectId)
                .setParameter(9, provinceId)
                .setParameter(10, json(before))
                .setParameter(11, json(after))
                .setParameter(12, caller.subject())
                .executeUpdate();
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

package vn.dvk.kit.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.dvk.kit.db.NativeValues;

/** Reads a province's audit trail (the kit's db/audit table), newest first, a keyset page at a time. */
@ApplicationScoped
public class AuditTrail {

    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    public AuditTrail(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    /**
     * The filters an auditor may set; null means any.
     *
     * @param actor the actor's subject or name
     * @param before only entries older than this id (the cursor of the previous page)
     */
    public record Filter(String provinceId, String actor, String action, String subjectId, OffsetDateTime from,
            OffsetDateTime to, Long before) {
    }

    /** Up to {@code limit + 1} entries, so the caller knows whether there is a next page. */
    @SuppressWarnings("unchecked")
    public List<AuditEntry> read(Filter filter, int limit) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                select id, at, actor, actor_name, actor_org_id, client, address, action, subject_type, subject_id,
                       cast(before as text), cast(after as text)
                from {h-schema}audit_entry
                where province_id = ?1
                  and (cast(?2 as text) is null or actor = ?2 or actor_name = ?2)
                  and (cast(?3 as text) is null or action = ?3)
                  and (cast(?4 as text) is null or subject_id = ?4)
                  and (cast(?5 as timestamptz) is null or at >= ?5)
                  and (cast(?6 as timestamptz) is null or at < ?6)
                  and (cast(?7 as bigint) is null or id < ?7)
                order by id desc
                limit ?8""")
                .setParameter(1, filter.provinceId())
                .setParameter(2, filter.actor())
                .setParameter(3, filter.action())
                .setParameter(4, filter.subjectId())
                .setParameter(5, filter.from())
                .setParameter(6, filter.to())
                .setParameter(7, filter.before())
                .setParameter(8, limit + 1)
                .getResultList();
        List<AuditEntry> entries = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            entries.add(new AuditEntry(((Number) row[0]).longValue(), NativeValues.timestamp(row[1]),
                    (String) row[2], (String) row[3], (String) row[4], (String) row[5], (String) row[6],
                    (String) row[7], (String) row[8], (String) row[9], json((String) row[10]),
                    json((String) row[11])));
        }
        return entries;
    }

    private JsonNode json(String value) {
        if (value == null) {
            return null;
        }
        try {
            return mapper.readTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An audit entry holds JSON the database gave back unreadable", e);
        }
    }
}

package vn.dvk.recognition.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/**
 * One entry of the audit trail as auditors read it.
 *
 * @param client the client application the caller's token was issued to
 * @param address the address the request came from (as the ingress forwarded it)
 */
public record AuditEntryView(long id, OffsetDateTime at, String actor, String actorOrgId, String client,
        String address, AuditAction action, String subjectType, String subjectId, JsonNode before, JsonNode after) {
}

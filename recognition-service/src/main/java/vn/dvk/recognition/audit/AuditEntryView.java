package vn.dvk.recognition.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/**
 * One entry of the audit trail as auditors read it.
 *
 * @param actor the actor's username when they acted: to read, not to identify them (a username can change hands)
 * @param actorSub the subject of the actor's token, which identifies them; null on entries from before it was kept
 * @param client the client application the caller's token was issued to
 * @param address the address the request came from (as the ingress forwarded it)
 */
public record AuditEntryView(long id, OffsetDateTime at, String actor, String actorSub, String actorOrgId, String client,
        String address, AuditAction action, String subjectType, String subjectId, JsonNode before, JsonNode after) {
}

package vn.dvk.kit.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/**
 * One entry of an audit trail (the kit's db/audit table) as auditors read it.
 *
 * @param actor the token's subject: the user's stable id at the identity provider ({@code system} for what the
 *     service did by itself, such as loading its seed file); null on recognition-service's entries from before it
 *     kept the subject (its V7), which name the actor by actorName alone
 * @param actorName the name the token gave (preferred_username) when the entry was written
 * @param client the client application the caller's token was issued to
 * @param address the address the request came from (as the ingress forwarded it)
 * @param before the subject before the change (null for a creation); after: after it
 */
public record AuditEntry(long id, OffsetDateTime at, String actor, String actorName, String actorOrgId,
        String client, String address, String action, String subjectType, String subjectId, JsonNode before,
        JsonNode after) {
}

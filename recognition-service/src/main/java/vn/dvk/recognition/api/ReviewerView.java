package vn.dvk.recognition.api;

import java.time.OffsetDateTime;
import vn.dvk.recognition.domain.Reviewer;

/**
 * A reviewer recognition has seen, as their token last named them: what a council's member is seated with.
 *
 * @param sub the subject of the reviewer's token: a council member's {@code sub}
 * @param orgId the organisation the reviewer's token named: a council member's {@code orgId}
 * @param seenAt when recognition recorded them so
 */
public record ReviewerView(String sub, String username, String fullName, String orgId, OffsetDateTime seenAt) {

    static ReviewerView of(Reviewer r) {
        return new ReviewerView(r.sub, r.username, r.fullName, r.orgId, r.seenAt);
    }
}

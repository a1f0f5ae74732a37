package vn.dvk.recognition.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.recognition.domain.Council;

/** A council and its members; {@code version} is its ETag, for If-Match on a change. */
public record CouncilView(UUID id, String campaignId, Level level, String organisationId, String name, int quorum,
        List<CouncilRequest.Member> members, String createdBy, OffsetDateTime createdAt, long version) {

    static CouncilView of(Council c) {
        return new CouncilView(c.id, c.campaignId, c.level, c.organisationId, c.name, c.quorum, c.members.stream()
                .map(m -> new CouncilRequest.Member(m.sub, m.username, m.fullName, m.title, m.orgId, m.chair))
                .toList(), c.createdBy, c.createdAt, c.version);
    }
}

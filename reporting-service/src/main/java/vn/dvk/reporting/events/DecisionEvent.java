package vn.dvk.reporting.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.contracts.vocabulary.OrgRef;

/** What reporting reads of {@code dvk.recognition.decision.issued.v1} and {@code .revoked.v1}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DecisionEvent(UUID decisionId, String number, Level level, IssuerPath path, List<UUID> commendationIds,
        OffsetDateTime occurredAt) {

    /** The issuer's province, and its bloc and base down to the issuer's level. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record IssuerPath(OrgRef province, OrgRef bloc, OrgRef base) {
    }

    /** The issuer's node and those above it. */
    public List<String> nodes() {
        return Stream.of(path.province(), path.bloc(), path.base()).filter(Objects::nonNull).map(OrgRef::id)
                .filter(Objects::nonNull).toList();
    }

    boolean isComplete() {
        return decisionId != null && number != null && level != null && path != null && path.province() != null
                && path.province().id() != null && occurredAt != null;
    }
}

package vn.dvk.registry.api;

import java.time.OffsetDateTime;
import vn.dvk.contracts.vocabulary.OrgPath;
import vn.dvk.registry.domain.ModelContent;
import vn.dvk.registry.domain.ModelVersion;

/** A version of a model: the record as one submission froze it, and where the model stood in the tree. */
public record VersionView(int number, OffsetDateTime submittedAt, String submittedBy, OrgPath path,
        ModelContent content) {

    static VersionView of(ModelVersion version) {
        return new VersionView(version.number, version.submittedAt, version.submittedBy, version.path,
                version.content);
    }
}

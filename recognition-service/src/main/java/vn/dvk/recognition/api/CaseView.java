package vn.dvk.recognition.api;

import java.time.OffsetDateTime;
import java.util.UUID;
import vn.dvk.kit.domain.Level;
import vn.dvk.kit.domain.OrgPath;
import vn.dvk.recognition.domain.ReviewCase;
import vn.dvk.recognition.domain.Stage;

/**
 * A case as the API shows it: the model, its path and where its recognition stands.
 *
 * @param modelVersion the version of the model decided on (GET the registry's /models/{id}/versions/{n})
 */
public record CaseView(
        UUID modelId,
        String campaignId,
        String title,
        String field,
        String kind,
        Level level,
        Stage stage,
        int modelVersion,
        Level recognizedLevel,
        OrgPath path,
        OffsetDateTime openedAt,
        OffsetDateTime updatedAt) {

    static CaseView of(ReviewCase c) {
        return new CaseView(c.modelId, c.campaignId, c.title, c.field, c.kind, c.level, c.stage, c.modelVersion,
                c.recognizedLevel,
                c.path(), c.openedAt, c.updatedAt);
    }
}

package vn.dvk.registry.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.dvk.registry.domain.UnitIndicator;

/** An organisation's figures for a month as last reported; the {@code ETag} header names this version. */
public record IndicatorView(
        String organisationId,
        @Schema(examples = "2026-05") String period,
        int directiveDocuments,
        int dialogues,
        int complaintsReceived,
        int complaintsResolved,
        @Schema(description = "complaintsResolved as a percentage of complaintsReceived, one decimal; null when none "
                + "were received", examples = "95.2")
        BigDecimal complaintsResolvedPercent,
        @Schema(description = "1 for the month's first report, one more with each correction") int version,
        String reportedBy,
        OffsetDateTime reportedAt) {

    static IndicatorView of(UnitIndicator report) {
        return new IndicatorView(report.organisationId, report.month().toString(), report.directiveDocuments,
                report.dialogues, report.complaintsReceived, report.complaintsResolved,
                report.figures().complaintsResolvedPercent(), report.version, report.reportedBy, report.reportedAt);
    }
}

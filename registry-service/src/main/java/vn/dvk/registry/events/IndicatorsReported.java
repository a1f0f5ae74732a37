package vn.dvk.registry.events;

import java.time.OffsetDateTime;
import java.util.List;
import vn.dvk.contracts.vocabulary.OrgRef;

/**
 * {@value RegistryEventTypes#ORGANISATION_INDICATORS_REPORTED}: an organisation reported its figures for a month,
 * or corrected them. Each event carries the whole month as it now stands, so a consumer keeps the one of highest
 * version per organisation and period and never adds a correction to what it corrects.
 *
 * @param sequence the organisation's sequence, shared with its other events on the topic
 * @param period the month, as 2026-05
 * @param version 1 for the month's first report, one more with each correction
 * @param lineage the province down to the organisation itself, with today's names
 */
public record IndicatorsReported(
        String organisationId,
        long sequence,
        String provinceId,
        String period,
        int directiveDocuments,
        int dialogues,
        int complaintsReceived,
        int complaintsResolved,
        int version,
        List<OrgRef> lineage,
        String actor,
        OffsetDateTime reportedAt) {
}

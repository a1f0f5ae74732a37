package vn.dvk.registry.domain;

import java.time.LocalDate;
import java.util.Set;
import vn.dvk.contracts.vocabulary.Level;

/**
 * What a list of models asks for: every filter is optional and they combine with AND.
 *
 * @param text words to search in titles, summaries, tags, owner and unit names, with or without diacritics
 * @param organisationId models of this organisation or of any organisation under it (as submitted)
 * @param levelReached models recognised at this level or a higher one
 */
public record ModelQuery(
        String text,
        String campaignId,
        Set<Field> fields,
        Set<ModelKind> kinds,
        Set<ModelStatus> statuses,
        Level levelReached,
        String organisationId,
        String tag,
        LocalDate createdFrom,
        LocalDate createdTo,
        LocalDate submittedFrom,
        LocalDate submittedTo,
        ModelSort sort,
        int limit) {

    public boolean searches() {
        return text != null && !text.isBlank();
    }
}

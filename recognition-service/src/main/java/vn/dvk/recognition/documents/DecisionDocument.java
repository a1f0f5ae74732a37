package vn.dvk.recognition.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * A decision as printed: its Party heading, number and date, what it is about, the legal basis it cites, its
 * articles, recipients and signature, and the lists annexed to it, every line already in Vietnamese. The PDF and
 * the DOCX (for a cadre to edit before signing) print the same document.
 */
public record DecisionDocument(
        PartyHeading heading,
        String number,
        LocalDate issuedOn,
        String about,
        String revoked,
        List<String> legalBasis,
        List<String> articles,
        List<String> recipients,
        String signerTitle,
        String signerName,
        List<ModelRow> models,
        List<CommendationRow> commendations) {

    /** One row of the annexed list of recognised models. */
    public record ModelRow(String title, String kind, String unit) {
    }

    /** One row of the annexed list of commended collectives and individuals. */
    public record CommendationRow(String recipient, String kind, String unit, String form, String achievement) {
    }

    /** "Số 125-QĐ/ĐUK". */
    public String numberLine() {
        return PartyHeading.numberLine(number);
    }

    public String placeAndDate() {
        return VietnameseFormat.placeAndDate(heading.place(), issuedOn);
    }

    /** "(Kèm theo Quyết định số 125-QĐ/ĐUK, ngày 15 tháng 6 năm 2026" and "của Ban Thường vụ …)". */
    public List<String> annexedTo() {
        return List.of(DecisionTexts.ANNEXED_TO.formatted(number, VietnameseFormat.date(issuedOn)),
                DecisionTexts.ANNEXED_BY.formatted(heading.decidingBody()));
    }
}

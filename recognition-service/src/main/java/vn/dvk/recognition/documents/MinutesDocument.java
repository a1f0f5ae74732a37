package vn.dvk.recognition.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A council's minutes as printed: the Party heading of the committee whose council it is, the place and date, the
 * title, the body line by line (time, place, chair, secretary, what was judged, each member's vote and score, the
 * tally, the average and the conclusion) and the signatures of the secretary and the chair.
 *
 * @param secretary the secretary's name, or a blank to fill in by hand
 * @param chair the chair's name, or a blank
 */
public record MinutesDocument(PartyHeading heading, LocalDate date, List<String> title, List<String> body,
        String secretary, String chair) {

    public String placeAndDate() {
        return VietnameseFormat.placeAndDate(heading.place(), date);
    }

    /** The minutes as plain text, one line each, with blank lines between heading, title, body and signatures. */
    public String text() {
        List<String> lines = new ArrayList<>(heading.issuerLines());
        lines.add(PartyFormatTexts.PARTY);
        lines.add(placeAndDate());
        lines.add("");
        lines.addAll(title);
        lines.add("");
        lines.addAll(body);
        lines.add("");
        lines.add(MinutesTexts.SECRETARY_SIGNS + "\t" + MinutesTexts.CHAIR_SIGNS);
        lines.add(secretary + "\t" + chair);
        return String.join("\n", lines) + "\n";
    }
}

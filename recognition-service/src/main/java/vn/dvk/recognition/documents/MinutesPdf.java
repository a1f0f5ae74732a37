package vn.dvk.recognition.documents;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.dvk.recognition.documents.PdfPages.Align;
import vn.dvk.recognition.documents.PdfPages.Style;
import vn.dvk.recognition.documents.PdfPages.Text;

/** Prints a council's minutes, A4 portrait, in the layout of Party documents: heading, title, body, signatures. */
@ApplicationScoped
public class MinutesPdf {

    public byte[] render(MinutesDocument minutes) {
        try (PdfPages pages = new PdfPages(String.join(" ", minutes.title()), minutes.heading().issuingBody())) {
            pages.partyHeading(minutes.heading(), null, minutes.placeAndDate());
            pages.space(14);
            pages.paragraph(minutes.title().get(0), Style.of(15, Align.CENTRE).asBold());
            minutes.title().subList(1, minutes.title().size())
                    .forEach(line -> pages.paragraph(line, Style.of(13, Align.CENTRE).asBold()));
            pages.rule(PdfPages.centre(), 60);
            pages.space(8);
            minutes.body().forEach(line -> pages.paragraph(line, Style.of(12, Align.LEFT)));
            pages.space(14);
            Style signs = Style.of(13, Align.CENTRE).asBold();
            Text blank = new Text("", signs);
            pages.columns(List.of(new Text(MinutesTexts.SECRETARY_SIGNS, signs), blank, blank, blank,
                    new Text(minutes.secretary(), signs)), List.of(new Text(MinutesTexts.CHAIR_SIGNS, signs), blank,
                    blank, blank, new Text(minutes.chair(), signs)), 0.5f, false);
            return pages.bytes();
        }
    }
}

package vn.dvk.recognition.documents;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import vn.dvk.recognition.documents.PdfPages.Align;
import vn.dvk.recognition.documents.PdfPages.Style;
import vn.dvk.recognition.documents.PdfPages.Text;

/**
 * Prints a decision as a Party committee's decision (Hướng dẫn 36-HD/VPTW), A4 portrait: the heading, "QUYẾT
 * ĐỊNH" and what it is about, the deciding body, the legal basis, "QUYẾT ĐỊNH", the articles, the recipients beside
 * the signature; then, each on a new page, the annexed lists of the models recognised and of those commended.
 */
@ApplicationScoped
public class DecisionPdf {

    private static final float BODY = 13;
    private static final Style CENTRED = Style.of(BODY, Align.CENTRE);
    private static final Style TEXT = Style.of(BODY, Align.LEFT);

    public byte[] render(DecisionDocument decision) {
        try (PdfPages pages = new PdfPages(DecisionTexts.TITLE + " " + decision.numberLine(),
                decision.heading().issuingBody())) {
            pages.partyHeading(decision.heading(), decision.numberLine(), decision.placeAndDate());
            pages.space(14);
            pages.paragraph(DecisionTexts.TITLE, Style.of(15, Align.CENTRE).asBold());
            pages.paragraph(decision.about(), CENTRED.asBold());
            if (decision.revoked() != null) {
                pages.paragraph(decision.revoked(), CENTRED.asItalic());
            }
            pages.rule(PdfPages.centre(), 60);
            pages.space(8);
            pages.paragraph(VietnameseFormat.upper(decision.heading().decidingBody()), CENTRED.asBold());
            pages.space(4);
            decision.legalBasis().forEach(line -> pages.paragraph(line, TEXT.asItalic()));
            pages.space(6);
            pages.paragraph(DecisionTexts.DECIDES, CENTRED.asBold());
            pages.space(4);
            decision.articles().forEach(article -> pages.paragraph(article, TEXT));
            pages.space(14);
            signature(pages, decision);
            if (!decision.models().isEmpty()) {
                pages.newPage();
                annexTitle(pages, decision, DecisionTexts.MODELS_RECOGNISED);
                List<List<String>> rows = new ArrayList<>();
                for (int i = 0; i < decision.models().size(); i++) {
                    DecisionDocument.ModelRow row = decision.models().get(i);
                    rows.add(List.of(String.valueOf(i + 1), row.title(), row.kind(), row.unit()));
                }
                pages.table(new float[] {7, 44, 12, 37}, List.of(DecisionTexts.NUMBER_COLUMN,
                        DecisionTexts.MODEL_COLUMN, DecisionTexts.KIND_COLUMN, DecisionTexts.UNIT_COLUMN), rows, 11);
                pages.space(6);
                pages.paragraph(DecisionTexts.LIST_TOTAL.formatted(rows.size()), Style.of(11, Align.LEFT).asItalic());
            }
            if (!decision.commendations().isEmpty()) {
                pages.newPage();
                annexTitle(pages, decision, DecisionTexts.COMMENDED);
                List<List<String>> rows = new ArrayList<>();
                for (int i = 0; i < decision.commendations().size(); i++) {
                    DecisionDocument.CommendationRow row = decision.commendations().get(i);
                    rows.add(List.of(String.valueOf(i + 1), row.recipient(), row.kind(), row.unit(), row.form(),
                            row.achievement()));
                }
                pages.table(new float[] {7, 21, 10, 21, 11, 30}, List.of(DecisionTexts.NUMBER_COLUMN,
                        DecisionTexts.RECIPIENT_COLUMN, DecisionTexts.KIND_COLUMN, DecisionTexts.UNIT_COLUMN,
                        DecisionTexts.FORM_COLUMN, DecisionTexts.ACHIEVEMENT_COLUMN), rows, 10);
                pages.space(6);
                pages.paragraph(DecisionTexts.COMMENDED_TOTAL.formatted(rows.size()), Style.of(11, Align.LEFT).asItalic());
            }
            return pages.bytes();
        }
    }

    private static void signature(PdfPages pages, DecisionDocument decision) {
        List<Text> recipients = new ArrayList<>();
        for (int i = 0; i < decision.recipients().size(); i++) {
            recipients.add(new Text(decision.recipients().get(i), i == 0 ? Style.of(12, Align.LEFT).asBold().asItalic()
                    : Style.of(11, Align.LEFT)));
        }
        pages.columns(recipients, List.of(new Text(decision.heading().onBehalfOfLine(), CENTRED.asBold()),
                new Text(VietnameseFormat.upper(decision.signerTitle()), CENTRED.asBold()),
                new Text("", CENTRED), new Text("", CENTRED), new Text("", CENTRED),
                new Text(decision.signerName(), CENTRED.asBold())), 0.5f, false);
    }

    private static void annexTitle(PdfPages pages, DecisionDocument decision, String what) {
        pages.paragraph(DecisionTexts.LIST, Style.of(14, Align.CENTRE).asBold());
        pages.paragraph(what, CENTRED.asBold());
        decision.annexedTo().forEach(line -> pages.paragraph(line, Style.of(12, Align.CENTRE).asItalic()));
        pages.rule(PdfPages.centre(), 60);
        pages.space(8);
    }
}

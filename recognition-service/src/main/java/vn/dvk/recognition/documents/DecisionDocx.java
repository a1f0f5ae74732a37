package vn.dvk.recognition.documents;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The same decision as a Word document (Apache POI), for a cadre to edit before it is signed: Times New Roman,
 * A4 with the margins of Hướng dẫn 36-HD/VPTW, the heading and the signature in borderless two-column tables, the
 * annexed lists as bordered tables on pages of their own.
 */
@ApplicationScoped
public class DecisionDocx {

    private static final String FONT = "Times New Roman";
    /** Twentieths of a point per millimetre, as Word measures pages. */
    private static final double TWIPS_PER_MM = 56.7;

    public byte[] render(DecisionDocument decision) {
        try (XWPFDocument document = new XWPFDocument()) {
            page(document);
            heading(document, decision);
            paragraph(document, DecisionTexts.TITLE, 15, true, false, ParagraphAlignment.CENTER).setSpacingBefore(240);
            paragraph(document, decision.about(), 14, true, false, ParagraphAlignment.CENTER);
            if (decision.revoked() != null) {
                paragraph(document, decision.revoked(), 14, false, true, ParagraphAlignment.CENTER);
            }
            paragraph(document, DecisionTexts.SEPARATOR, 14, false, false, ParagraphAlignment.CENTER);
            paragraph(document, VietnameseFormat.upper(decision.heading().decidingBody()), 14, true, false,
                    ParagraphAlignment.CENTER);
            decision.legalBasis().forEach(line -> paragraph(document, line, 14, false, true, ParagraphAlignment.BOTH));
            paragraph(document, DecisionTexts.DECIDES, 14, true, false, ParagraphAlignment.CENTER);
            decision.articles().forEach(article -> paragraph(document, article, 14, false, false,
                    ParagraphAlignment.BOTH));
            signature(document, decision);
            if (!decision.models().isEmpty()) {
                annexTitle(document, decision, DecisionTexts.MODELS_RECOGNISED);
                XWPFTable table = document.createTable(decision.models().size() + 1, 4);
                row(table, 0, true, DecisionTexts.NUMBER_COLUMN, DecisionTexts.MODEL_COLUMN, DecisionTexts.KIND_COLUMN,
                        DecisionTexts.UNIT_COLUMN);
                for (int i = 0; i < decision.models().size(); i++) {
                    DecisionDocument.ModelRow row = decision.models().get(i);
                    row(table, i + 1, false, String.valueOf(i + 1), row.title(), row.kind(), row.unit());
                }
                paragraph(document, DecisionTexts.LIST_TOTAL.formatted(decision.models().size()), 12, false, true,
                        ParagraphAlignment.LEFT);
            }
            if (!decision.commendations().isEmpty()) {
                annexTitle(document, decision, DecisionTexts.COMMENDED);
                XWPFTable table = document.createTable(decision.commendations().size() + 1, 6);
                row(table, 0, true, DecisionTexts.NUMBER_COLUMN, DecisionTexts.RECIPIENT_COLUMN,
                        DecisionTexts.KIND_COLUMN, DecisionTexts.UNIT_COLUMN, DecisionTexts.FORM_COLUMN,
                        DecisionTexts.ACHIEVEMENT_COLUMN);
                for (int i = 0; i < decision.commendations().size(); i++) {
                    DecisionDocument.CommendationRow row = decision.commendations().get(i);
                    row(table, i + 1, false, String.valueOf(i + 1), row.recipient(), row.kind(), row.unit(),
                            row.form(), row.achievement());
                }
                paragraph(document, DecisionTexts.COMMENDED_TOTAL.formatted(decision.commendations().size()), 12,
                        false, true, ParagraphAlignment.LEFT);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The decision could not be written as DOCX", e);
        }
    }

    /** A4, margins 20 mm top and bottom, 30 mm left, 15 mm right. */
    private static void page(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(Math.round(210 * TWIPS_PER_MM)));
        size.setH(BigInteger.valueOf(Math.round(297 * TWIPS_PER_MM)));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(Math.round(20 * TWIPS_PER_MM)));
        margins.setBottom(BigInteger.valueOf(Math.round(20 * TWIPS_PER_MM)));
        margins.setLeft(BigInteger.valueOf(Math.round(30 * TWIPS_PER_MM)));
        margins.setRight(BigInteger.valueOf(Math.round(15 * TWIPS_PER_MM)));
    }

    private static void heading(XWPFDocument document, DecisionDocument decision) {
        XWPFTable table = borderless(document);
        XWPFTableCell left = table.getRow(0).getCell(0);
        List<String> issuer = decision.heading().issuerLines();
        for (int i = 0; i < issuer.size(); i++) {
            cellParagraph(left, i, issuer.get(i), 13, i == issuer.size() - 2, false, false);
        }
        cellParagraph(left, issuer.size(), decision.numberLine(), 13, false, false, false);
        XWPFTableCell right = table.getRow(0).getCell(1);
        cellParagraph(right, 0, PartyFormatTexts.PARTY, 14, true, false, true);
        cellParagraph(right, 1, decision.placeAndDate(), 13, false, true, false);
    }

    private static void signature(XWPFDocument document, DecisionDocument decision) {
        XWPFTable table = borderless(document);
        XWPFTableCell left = table.getRow(0).getCell(0);
        for (int i = 0; i < decision.recipients().size(); i++) {
            XWPFParagraph p = cellParagraph(left, i, decision.recipients().get(i), i == 0 ? 12 : 11, i == 0, i == 0,
                    false);
            p.setAlignment(ParagraphAlignment.LEFT);
        }
        XWPFTableCell right = table.getRow(0).getCell(1);
        List<String> lines = List.of(decision.heading().onBehalfOfLine(), VietnameseFormat.upper(decision.signerTitle()),
                "", "", "", decision.signerName());
        for (int i = 0; i < lines.size(); i++) {
            cellParagraph(right, i, lines.get(i), 14, true, false, false);
        }
    }

    private static void annexTitle(XWPFDocument document, DecisionDocument decision, String what) {
        XWPFParagraph title = paragraph(document, DecisionTexts.LIST, 14, true, false, ParagraphAlignment.CENTER);
        title.setPageBreak(true);
        paragraph(document, what, 14, true, false, ParagraphAlignment.CENTER);
        decision.annexedTo().forEach(line -> paragraph(document, line, 13, false, true, ParagraphAlignment.CENTER));
        paragraph(document, DecisionTexts.SEPARATOR, 13, false, false, ParagraphAlignment.CENTER);
    }

    private static XWPFTable borderless(XWPFDocument document) {
        XWPFTable table = document.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        return table;
    }

    private static void row(XWPFTable table, int index, boolean header, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            XWPFParagraph p = cellParagraph(table.getRow(index).getCell(i), 0, cells[i], 12, header, false, false);
            p.setAlignment(header || i == 0 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
        }
    }

    /** The cell's line: its first paragraph (a new cell has one), or a new one. */
    private static XWPFParagraph cellParagraph(XWPFTableCell cell, int index, String text, int size, boolean bold,
            boolean italic, boolean underline) {
        XWPFParagraph p = index == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        run(p, text, size, bold, italic, underline);
        return p;
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String text, int size, boolean bold, boolean italic,
            ParagraphAlignment alignment) {
        XWPFParagraph p = document.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingAfter(60);
        run(p, text, size, bold, italic, false);
        return p;
    }

    private static void run(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic,
            boolean underline) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        if (underline) {
            run.setUnderline(UnderlinePatterns.SINGLE);
        }
        run.setText(text);
    }
}

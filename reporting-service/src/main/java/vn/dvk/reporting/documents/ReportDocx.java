package vn.dvk.reporting.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.dvk.reporting.documents.ConferenceReport.Part;
import vn.dvk.reporting.documents.ConferenceReport.Table;

/**
 * A conference report as a Word document a cadre edits before signing (the narrative's bracketed notes are there
 * to be replaced): the heading and the signature block as borderless two-column tables, the figures' tables ruled,
 * Times New Roman as Party documents are typed.
 */
public final class ReportDocx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String FONT = "Times New Roman";

    private ReportDocx() {
    }

    public static byte[] write(ConferenceReport report) {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFTable heading = twoColumns(doc);
            XWPFTableCell left = heading.getRow(0).getCell(0);
            for (int i = 0; i < report.issuerLines().size(); i++) {
                text(paragraph(left, i), report.issuerLines().get(i), 13,
                        i == report.issuerLines().size() - 2, false);
            }
            text(paragraph(left, report.issuerLines().size()), report.numberLine(), 13, false, false);
            XWPFTableCell right = heading.getRow(0).getCell(1);
            XWPFRun party = text(paragraph(right, 0), ConferenceReportTexts.PARTY, 14, true, false);
            party.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
            text(paragraph(right, 1), report.placeAndDate(), 13, false, true);

            text(centred(doc), report.title(), 14, true, false);
            text(centred(doc), report.subject(), 14, true, false);
            for (Part part : report.parts()) {
                text(doc.createParagraph(), part.heading(), 14, true, false);
                for (String line : part.paragraphs()) {
                    XWPFParagraph paragraph = doc.createParagraph();
                    paragraph.setAlignment(ParagraphAlignment.BOTH);
                    paragraph.setIndentationFirstLine(567); // 1 cm
                    text(paragraph, line, 14, false, line.startsWith("("));
                }
                for (Table table : part.tables()) {
                    text(centred(doc), table.title(), 13, true, true);
                    table(doc, table);
                }
            }
            XWPFTable closing = twoColumns(doc);
            List<String> recipients = report.recipients();
            for (int i = 0; i < recipients.size(); i++) {
                text(paragraph(closing.getRow(0).getCell(0), i), recipients.get(i), i == 0 ? 12 : 11, i == 0, i == 0);
            }
            for (int i = 0; i < report.signature().size(); i++) {
                String line = report.signature().get(i);
                text(paragraph(closing.getRow(0).getCell(1), i), line, 14, !line.startsWith("("), line.startsWith("("));
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The report could not be written", e);
        }
    }

    private static void table(XWPFDocument doc, Table table) {
        XWPFTable grid = doc.createTable(table.rows().size() + 1, table.header().size());
        fill(grid.getRow(0), table.header(), true);
        for (int i = 0; i < table.rows().size(); i++) {
            fill(grid.getRow(i + 1), table.rows().get(i), false);
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean header) {
        for (int i = 0; i < cells.size(); i++) {
            XWPFParagraph paragraph = row.getCell(i).getParagraphs().get(0);
            if (header || i == 0) {
                paragraph.setAlignment(ParagraphAlignment.CENTER);
            }
            text(paragraph, cells.get(i), 12, header, false);
        }
    }

    private static XWPFTable twoColumns(XWPFDocument doc) {
        XWPFTable table = doc.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        return table;
    }

    /** The cell's paragraph at the index, centred: the cell's first, else a new one. */
    private static XWPFParagraph paragraph(XWPFTableCell cell, int index) {
        XWPFParagraph paragraph = index == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        return paragraph;
    }

    private static XWPFParagraph centred(XWPFDocument doc) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        return paragraph;
    }

    private static XWPFRun text(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
        return run;
    }
}

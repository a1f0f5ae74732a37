package vn.dvk.reporting.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import vn.dvk.reporting.documents.ConferenceReport.Part;
import vn.dvk.reporting.documents.ConferenceReport.Table;

/**
 * A conference report as an A4 PDF, laid out as Hướng dẫn 36-HD/VPTW asks (margins 20 mm top and bottom, 30 mm
 * left, 15 mm right): the heading in two columns, the title, the parts with their tables (the header repeated on a
 * new page), the recipients beside the signature. Reporting's own small renderer: recognition's page writer serves
 * its decisions and certificates and is not shared. Liberation Sans, which PDFBox ships, has every Vietnamese
 * letter; bold is drawn stroked and italic slanted, as the font has neither; a character it lacks prints as "?".
 */
public final class ReportPdf {

    public static final String MEDIA_TYPE = "application/pdf";
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float LEFT = 85;
    private static final float RIGHT = 595 - 42;
    private static final float TOP = 842 - 57;
    private static final float BOTTOM = 57;
    private static final float LEADING = 1.3f;
    private static final float PADDING = 3;

    private record Style(float size, boolean bold, boolean italic, boolean centred) {
    }

    private static final Style BODY = new Style(12, false, false, false);
    private static final Style HEADING = new Style(12, true, false, false);
    private static final Style CENTRED = new Style(11, false, false, true);

    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private PDPageContentStream out;
    private float y;

    private ReportPdf() {
        try (InputStream in = ReportPdf.class.getResourceAsStream(FONT)) {
            font = PDType0Font.load(document, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] write(ConferenceReport report) {
        ReportPdf pdf = new ReportPdf();
        try (PDDocument closing = pdf.document) {
            closing.getDocumentInformation().setTitle(report.title() + " " + report.subject());
            pdf.newPage();
            pdf.draw(report);
            pdf.out.close();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            closing.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The report could not be rendered", e);
        }
    }

    private void draw(ConferenceReport report) throws IOException {
        float split = LEFT + (RIGHT - LEFT) * 0.55f;
        float start = y;
        for (int i = 0; i < report.issuerLines().size(); i++) {
            boolean committee = i == report.issuerLines().size() - 2;
            lines(report.issuerLines().get(i), new Style(11, committee, false, true), LEFT, split - 6);
        }
        lines(report.numberLine(), CENTRED, LEFT, split - 6);
        float leftEnd = y;
        y = start;
        lines(ConferenceReportTexts.PARTY, new Style(12, true, false, true), split + 6, RIGHT);
        float partyWidth = width(ConferenceReportTexts.PARTY, 12);
        float centre = (split + 6 + RIGHT) / 2;
        line(centre - partyWidth / 2, y - 2, centre + partyWidth / 2);
        y -= 4;
        lines(report.placeAndDate(), new Style(11, false, true, true), split + 6, RIGHT);
        y = Math.min(y, leftEnd) - 18;

        lines(report.title(), new Style(14, true, false, true), LEFT, RIGHT);
        lines(report.subject(), new Style(12, true, false, true), LEFT + 30, RIGHT - 30);
        line((LEFT + RIGHT) / 2 - 40, y - 3, (LEFT + RIGHT) / 2 + 40);
        y -= 14;
        for (Part part : report.parts()) {
            y -= 4;
            lines(part.heading(), HEADING, LEFT, RIGHT);
            for (String paragraph : part.paragraphs()) {
                lines(paragraph, BODY, LEFT, RIGHT);
            }
            for (Table table : part.tables()) {
                y -= 6;
                lines(table.title(), new Style(11, true, true, true), LEFT, RIGHT);
                table(table);
            }
        }
        y -= 12;
        float needed = Math.max(report.recipients().size(), report.signature().size() + 3) * 12 * LEADING;
        if (y - needed < BOTTOM) {
            newPage();
        }
        start = y;
        for (int i = 0; i < report.recipients().size(); i++) {
            lines(report.recipients().get(i), new Style(i == 0 ? 11 : 10, i == 0, i == 0, false), LEFT, split - 6);
        }
        leftEnd = y;
        y = start;
        for (String line : report.signature()) {
            boolean note = line.startsWith("(");
            lines(line, new Style(note ? 10 : 12, !note, note, true), split + 6, RIGHT);
        }
        y = Math.min(y, leftEnd);
    }

    private void table(Table table) throws IOException {
        float total = 0;
        for (float w : table.widths()) {
            total += w;
        }
        float[] columns = new float[table.widths().length];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = table.widths()[i] * (RIGHT - LEFT) / total;
        }
        row(columns, table.header(), true, null);
        for (List<String> row : table.rows()) {
            row(columns, row, false, table.header());
        }
    }

    private void row(float[] columns, List<String> cells, boolean header, List<String> repeatedHeader)
            throws IOException {
        float size = 10;
        List<List<String>> wrapped = new ArrayList<>();
        int count = 1;
        for (int i = 0; i < columns.length; i++) {
            wrapped.add(wrap(cells.get(i), size, columns[i] - 2 * PADDING));
            count = Math.max(count, wrapped.get(i).size());
        }
        float height = count * size * LEADING + 2 * PADDING;
        if (y - height < BOTTOM) {
            newPage();
            if (repeatedHeader != null) {
                row(columns, repeatedHeader, true, null);
            }
        }
        float top = y;
        float x = LEFT;
        out.setLineWidth(0.5f);
        for (int i = 0; i < columns.length; i++) {
            out.addRect(x, top - height, columns[i], height);
            float lineY = top - PADDING;
            // the first column (numbers) and the header centred; text from the left, counts from the right
            for (String text : wrapped.get(i)) {
                lineY -= size * LEADING;
                float w = width(text, size);
                float at = header || i == 0 ? x + (columns[i] - w) / 2
                        : isCount(text) ? x + columns[i] - PADDING - w : x + PADDING;
                show(text, new Style(size, header, false, false), at, lineY + size * LEADING - size);
            }
            x += columns[i];
        }
        out.stroke();
        y = top - height;
    }

    private static boolean isCount(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> Character.isDigit(c) || c == '.');
    }

    private void lines(String text, Style style, float left, float right) throws IOException {
        float leading = style.size() * LEADING;
        for (String line : wrap(text, style.size(), right - left)) {
            if (y - leading < BOTTOM) {
                newPage();
            }
            y -= leading;
            float at = style.centred() ? left + (right - left - width(line, style.size())) / 2 : left;
            show(line, style, at, y + leading - style.size());
        }
    }

    private void show(String line, Style style, float x, float baseline) throws IOException {
        out.beginText();
        out.setFont(font, style.size());
        if (style.bold()) {
            out.setRenderingMode(RenderingMode.FILL_STROKE);
            out.setLineWidth(style.size() * 0.03f);
        }
        out.setTextMatrix(new Matrix(1, 0, style.italic() ? 0.21f : 0, 1, x, baseline));
        out.showText(line);
        if (style.bold()) {
            out.setRenderingMode(RenderingMode.FILL);
        }
        out.endText();
    }

    private void line(float from, float at, float to) throws IOException {
        out.setLineWidth(0.6f);
        out.moveTo(from, at);
        out.lineTo(to, at);
        out.stroke();
    }

    private void newPage() {
        try {
            if (out != null) {
                out.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            out = new PDPageContentStream(document, page);
            y = TOP;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text's words in lines no wider than the width; a word wider than the width stands on a line alone. */
    private List<String> wrap(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : printable(text).split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(longer, size) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(longer);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private float width(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** NFC, white space as single spaces, a character the font cannot show as "?". */
    private String printable(String text) {
        StringBuilder printable = new StringBuilder();
        Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).strip().codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!printable.isEmpty() && printable.charAt(printable.length() - 1) != ' ') {
                    printable.append(' ');
                }
            } else if (Character.getType(c) != Character.CONTROL && Character.getType(c) != Character.FORMAT) {
                String character = new String(Character.toChars(c));
                printable.append(encodable(character) ? character : "?");
            }
        });
        return printable.toString();
    }

    private boolean encodable(String character) {
        try {
            font.encode(character);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}

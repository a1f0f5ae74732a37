package vn.dvk.recognition.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import vn.dvk.recognition.certificates.PrintableText;
import vn.dvk.recognition.certificates.TextLayout;

/**
 * A4 portrait pages written top to bottom, as a Party document is laid out (Hướng dẫn 36-HD/VPTW: margins of 20 mm
 * top and bottom, 30 mm left, 15 mm right): paragraphs wrapped at the text's width, two columns side by side (the
 * heading, the signature block), tables that carry on over pages with their header repeated. Liberation Sans, which
 * PDFBox ships, has every Vietnamese letter; bold is drawn stroked, italic slanted, as the font has neither.
 */
public final class PdfPages implements AutoCloseable {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float LEFT = 85;
    private static final float RIGHT = 595 - 42;
    private static final float TOP = 842 - 57;
    private static final float BOTTOM = 57;
    private static final float CELL_PADDING = 3;

    public enum Align {
        LEFT, CENTRE, RIGHT
    }

    /** How a piece of text is set. */
    public record Style(float size, boolean bold, boolean italic, Align align) {

        public static Style of(float size, Align align) {
            return new Style(size, false, false, align);
        }

        public Style asBold() {
            return new Style(size, true, italic, align);
        }

        public Style asItalic() {
            return new Style(size, bold, true, align);
        }
    }

    /** A paragraph and its style. */
    public record Text(String text, Style style) {
    }

    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private final TextLayout layout;
    private final PrintableText printable;
    private PDPageContentStream out;
    private float y;

    public PdfPages(String title, String author) {
        try (InputStream in = PdfPages.class.getResourceAsStream(FONT)) {
            font = PDType0Font.load(document, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        layout = new TextLayout(font);
        printable = new PrintableText(font);
        document.getDocumentInformation().setTitle(title);
        document.getDocumentInformation().setAuthor(author);
        newPage();
    }

    public void newPage() {
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

    /** A paragraph across the text's width. */
    public void paragraph(String text, Style style) {
        drawLines(wrap(text, style.size(), RIGHT - LEFT), style, LEFT, RIGHT - LEFT, true);
    }

    public void space(float points) {
        y -= points;
    }

    /** A short line under the text above it, centred in the given column: a separator, as under a title. */
    public void rule(float centre, float length) {
        try {
            out.setLineWidth(0.6f);
            out.moveTo(centre - length / 2, y - 3);
            out.lineTo(centre + length / 2, y - 3);
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= 8;
    }

    /** The centre of the text's width. */
    public static float centre() {
        return (LEFT + RIGHT) / 2;
    }

    /**
     * Two columns side by side, starting at the same height; what follows starts below the longer. Kept on one page.
     *
     * @param leftShare the left column's share of the text's width
     * @param underlineFirstRight whether the right column's first line is underlined ("ĐẢNG CỘNG SẢN VIỆT NAM")
     */
    public void columns(List<Text> left, List<Text> right, float leftShare, boolean underlineFirstRight) {
        float half = (RIGHT - LEFT) * leftShare;
        float other = (RIGHT - LEFT) - half;
        float needed = Math.max(height(left, half - 6), height(right, other - 6)); // at most: lines may shrink
        if (y - needed < BOTTOM) {
            newPage();
        }
        float start = y;
        for (Text text : left) {
            Style style = oneLine(text, half - 6);
            drawLines(wrap(text.text(), style.size(), half - 6), style, LEFT, half - 6, false);
        }
        float leftEnd = y;
        y = start;
        boolean first = true;
        for (Text text : right) {
            Style style = oneLine(text, other - 6);
            List<String> lines = wrap(text.text(), style.size(), other - 6);
            drawLines(lines, style, LEFT + half + 6, other - 6, false);
            if (first && underlineFirstRight) {
                float width = layout.width(lines.get(0), style.size());
                float centre = LEFT + half + 6 + (other - 6) / 2;
                try {
                    out.setLineWidth(0.6f);
                    out.moveTo(centre - width / 2, y + style.size() * TextLayout.LEADING - style.size() - 3);
                    out.lineTo(centre + width / 2, y + style.size() * TextLayout.LEADING - style.size() - 3);
                    out.stroke();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                y -= 3;
            }
            first = false;
        }
        y = Math.min(y, leftEnd);
    }

    /**
     * A Party document's heading: the superior organisation, the issuing committee (bold), the star and, when given,
     * the number, on the left; "ĐẢNG CỘNG SẢN VIỆT NAM" underlined and the place and date, on the right. The
     * committee's name is the longer, so the left column takes three fifths of the width, as Party templates do.
     */
    public void partyHeading(PartyHeading heading, String numberLine, String placeAndDate) {
        List<Text> left = new ArrayList<>();
        List<String> issuer = heading.issuerLines();
        for (int i = 0; i < issuer.size(); i++) {
            Style style = Style.of(11, Align.CENTRE);
            left.add(new Text(issuer.get(i), i == issuer.size() - 2 ? style.asBold() : style));
        }
        if (numberLine != null) {
            left.add(new Text(numberLine, Style.of(11, Align.CENTRE)));
        }
        columns(left, List.of(new Text(PartyFormatTexts.PARTY, Style.of(12, Align.CENTRE).asBold()),
                new Text(placeAndDate, Style.of(11, Align.CENTRE).asItalic())), 0.6f, true);
    }

    /**
     * A table with a header row, each cell's text wrapped in its column; a row that does not fit the page starts the
     * next, under the header again.
     */
    public void table(float[] widths, List<String> header, List<List<String>> rows, float size) {
        float scale = (RIGHT - LEFT) / sum(widths);
        float[] columns = new float[widths.length];
        for (int i = 0; i < widths.length; i++) {
            columns[i] = widths[i] * scale;
        }
        row(columns, header, Style.of(size, Align.CENTRE).asBold(), null);
        for (List<String> row : rows) {
            row(columns, row, Style.of(size, Align.LEFT), header);
        }
    }

    private void row(float[] columns, List<String> cells, Style style, List<String> header) {
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < columns.length; i++) {
            wrapped.add(wrap(cells.get(i), style.size(), columns[i] - 2 * CELL_PADDING));
            lines = Math.max(lines, wrapped.get(i).size());
        }
        float leading = style.size() * TextLayout.LEADING;
        float height = lines * leading + 2 * CELL_PADDING;
        if (y - height < BOTTOM) {
            newPage();
            if (header != null) {
                row(columns, header, Style.of(style.size(), Align.CENTRE).asBold(), null);
            }
        }
        float x = LEFT;
        float top = y;
        try {
            out.setLineWidth(0.5f);
            for (int i = 0; i < columns.length; i++) {
                out.addRect(x, top - height, columns[i], height);
                y = top - CELL_PADDING;
                // numbers and the header centred; text from the left
                Style cell = i == 0 ? new Style(style.size(), style.bold(), false, Align.CENTRE) : style;
                drawLines(wrapped.get(i), cell, x + CELL_PADDING, columns[i] - 2 * CELL_PADDING, false);
                x += columns[i];
            }
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = top - height;
    }

    public byte[] bytes() {
        try {
            out.close();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float height(List<Text> texts, float width) {
        float height = 0;
        for (Text text : texts) {
            height += wrap(text.text(), text.style().size(), width).size() * text.style().size() * TextLayout.LEADING;
        }
        return height + 6;
    }

    /**
     * A heading's line is kept on one line if it can be: the style at the largest size (down to three quarters of
     * its own, so that it stays legible) at which it fits the width; a longer line then wraps at that size.
     */
    private Style oneLine(Text text, float width) {
        String line = printable.of(text.text());
        Style style = text.style();
        float size = style.size();
        while (size > style.size() * 0.75f && layout.width(line, size) > width) {
            size -= 0.5f;
        }
        return new Style(size, style.bold(), style.italic(), style.align());
    }

    private List<String> wrap(String text, float size, float width) {
        String line = printable.of(text);
        return line.isEmpty() ? List.of("") : layout.fit(List.of(line), width, Float.MAX_VALUE, size, size).lines();
    }

    private void drawLines(List<String> lines, Style style, float x, float width, boolean breakPages) {
        float leading = style.size() * TextLayout.LEADING;
        for (String line : lines) {
            if (breakPages && y - leading < BOTTOM) {
                newPage();
            }
            y -= leading;
            float lineWidth = layout.width(line, style.size());
            float at = switch (style.align()) {
                case LEFT -> x;
                case CENTRE -> x + (width - lineWidth) / 2;
                case RIGHT -> x + width - lineWidth;
            };
            show(line, style, at, y + leading - style.size());
        }
    }

    private void show(String line, Style style, float x, float baseline) {
        try {
            out.beginText();
            out.setFont(font, style.size());
            if (style.bold()) {
                out.setRenderingMode(RenderingMode.FILL_STROKE);
                out.setLineWidth(style.size() * 0.03f);
            }
            // italic: the letters slanted by about 12 degrees
            out.setTextMatrix(new Matrix(1, 0, style.italic() ? 0.21f : 0, 1, x, baseline));
            out.showText(PrintableText.visual(line));
            if (style.bold()) {
                out.setRenderingMode(RenderingMode.FILL);
            }
            out.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float sum(float[] values) {
        float sum = 0;
        for (float value : values) {
            sum += value;
        }
        return sum;
    }
}

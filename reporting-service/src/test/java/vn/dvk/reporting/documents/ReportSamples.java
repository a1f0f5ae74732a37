package vn.dvk.reporting.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Reads a rendered report back for the tests (PDFBox, POI), and keeps samples: with
 * {@code -Ddvk.documents.samples=<directory>} (deploy/local/demo/documents) a test writes the PDF it renders there
 * with a PNG of each page.
 */
final class ReportSamples {

    private ReportSamples() {
    }

    /** The PDF's text, line by line in the order drawn, each line trimmed, empty lines left out. */
    static List<String> pdfLines(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return Arrays.stream(new PDFTextStripper().getText(document).split("\\R")).map(String::strip)
                    .filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each paragraph; each paragraph of a cell of a two-column table; each row of a wider table, tab-separated. */
    static List<String> docxLines(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> lines = new ArrayList<>();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    lines.add(paragraph.getText());
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        if (row.getTableCells().size() == 2) {
                            row.getTableCells().forEach(cell -> cell.getParagraphs().forEach(p -> lines.add(p.getText())));
                        } else {
                            lines.add(String.join("\t", row.getTableCells().stream().map(XWPFTableCell::getText).toList()));
                        }
                    }
                }
            }
            return lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void keep(String name, byte[] pdf) {
        String directory = System.getProperty("dvk.documents.samples");
        if (directory == null || directory.isBlank()) {
            return;
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Path dir = Files.createDirectories(Path.of(directory));
            Files.write(dir.resolve(name + ".pdf"), pdf);
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 80);
                ImageIO.write(image, "png", dir.resolve(name + (page == 0 ? "" : "-" + (page + 1)) + ".png").toFile());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

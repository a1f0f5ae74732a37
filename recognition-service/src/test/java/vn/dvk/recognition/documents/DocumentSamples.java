package vn.dvk.recognition.documents;

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
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads rendered documents back for the tests, and keeps samples: run a document test with
 * {@code -Ddvk.documents.samples=<directory>} (deploy/local/demo/documents) and it writes each document it renders
 * there, the PDF and a PNG of its first page (the DOCX as it is).
 */
public final class DocumentSamples {

    public static final String PROPERTY = "dvk.documents.samples";

    private DocumentSamples() {
    }

    /** The PDF's text, line by line in the order drawn, each line trimmed, empty lines left out. */
    public static List<String> lines(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return Arrays.stream(new PDFTextStripper().getText(document).split("\\R")).map(String::strip)
                    .filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The DOCX's lines: each paragraph; for the two-column tables of the heading and the signature, each paragraph
     * of each cell; for a list's table, each row's cells joined by tabs.
     */
    public static List<String> docxLines(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> lines = new ArrayList<>();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    lines.add(paragraph.getText());
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        if (row.getTableCells().size() == 2) {
                            row.getTableCells().forEach(cell -> cell.getParagraphs()
                                    .forEach(p -> lines.add(p.getText())));
                        } else {
                            lines.add(String.join("\t", row.getTableCells().stream().map(XWPFTableCell::getText)
                                    .toList()));
                        }
                    }
                }
            }
            return lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes name.pdf and name.png (its first page, or name-2.png … for the others) when samples are asked for. */
    public static void keepPdf(String name, byte[] pdf) {
        String directory = System.getProperty(PROPERTY);
        if (directory == null || directory.isBlank()) {
            return;
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Path dir = Files.createDirectories(Path.of(directory));
            Files.write(dir.resolve(name + ".pdf"), pdf);
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < Math.min(document.getNumberOfPages(), 3); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 80);
                String file = name + (page == 0 ? "" : "-" + (page + 1)) + ".png";
                ImageIO.write(image, "png", dir.resolve(file).toFile());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void keep(String file, byte[] content) {
        String directory = System.getProperty(PROPERTY);
        if (directory == null || directory.isBlank()) {
            return;
        }
        try {
            Files.write(Files.createDirectories(Path.of(directory)).resolve(file), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package vn.dvk.recognition.certificates;

import com.google.zxing.common.BitMatrix;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders a certificate as a one-page PDF (Apache PDFBox): Vietnamese text in an embedded font that has every
 * diacritic (Liberation Sans, which PDFBox ships), and a QR code (ZXing) drawn as vector squares that carries the
 * verification address with the signed token.
 */
@ApplicationScoped
public class CertificateRenderer {

    /** Liberation Sans (SIL Open Font License), bundled in the PDFBox jar; it covers Vietnamese. */
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final float MARGIN = 50;
    private static final List<String> MOTTO = List.of("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** The body's box: from below the title down to the QR code and the signature. */
    private static final float BODY_HEIGHT = 225;
    private static final float BODY_BOTTOM = 195;
    private static final float SIGNER_WIDTH = 290;
    private static final int INFO_LENGTH = 500;

    private final String verifyUrl;

    public CertificateRenderer(CertificateKeys keys) {
        this.verifyUrl = keys.verifyUrl();
    }

    /** Where the certificate's QR code points: the public verification, with the signed token. */
    public String verificationAddress(String token) {
        return verifyUrl + "?token=" + URLEncoder.encode(token, StandardCharsets.US_ASCII);
    }

    public byte[] render(CertificateContent content, String token) {
        try (PDDocument document = new PDDocument(); InputStream font = CertificateRenderer.class.getResourceAsStream(FONT)) {
            PDType0Font sans = PDType0Font.load(document, font);
            PrintableText printable = new PrintableText(sans);
            TextLayout layout = new TextLayout(sans);
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(abbreviated(title(content) + " – " + content.subject()));
            info.setAuthor(abbreviated(content.issuer()));
            info.setSubject(abbreviated("Quyết định số " + content.decisionNumber()));
            float width = page.getMediaBox().getWidth();
            float height = page.getMediaBox().getHeight();
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                out.setLineWidth(2);
                out.addRect(MARGIN / 2, MARGIN / 2, width - MARGIN, height - MARGIN);
                out.stroke();
                Page drawn = new Page(out, sans, layout);
                float top = height - MARGIN - 10;
                // the issuer's name in the left half, the motto in the right half
                drawn.left(layout.fit(List.of(printable.of(upper(content.issuer()))), width / 2 - MARGIN - 20,
                        TextLayout.lines(3, 11), 11, 7), MARGIN, top);
                drawn.right(layout.fit(MOTTO, width / 2, TextLayout.lines(2, 11), 11, 11), width - MARGIN, top);
                drawn.centred(layout.fit(List.of(printable.of(upper(title(content)))), width - 2 * MARGIN,
                        TextLayout.lines(1, 30), 30, 16), width / 2, top - 80);
                List<String> body = body(content).stream().map(printable::of).toList();
                drawn.centred(layout.fit(body, width - 4 * MARGIN, BODY_HEIGHT, 15, 8), width / 2, top - 125,
                        BODY_BOTTOM);
                float signer = width - 180;
                drawn.centred(layout.fit(List.of(printable.of(upper(content.signerTitle()))), SIGNER_WIDTH,
                        TextLayout.lines(3, 12), 12, 8), signer, 150);
                drawn.centred(layout.fit(List.of(printable.of(content.signerName())), SIGNER_WIDTH,
                        TextLayout.lines(2, 13), 13, 8), signer, 80);
                qr(out, verificationAddress(token), MARGIN, MARGIN, 140);
                List<String> caption = List.of("Quét mã để xác thực giấy chứng nhận", "Mã: " + content.id(),
                        printable.of("Khoá ký: " + content.keyId() + " (Ed25519)"));
                drawn.left(layout.fit(caption, 280, TextLayout.lines(3, 8), 8, 6), MARGIN + 150, MARGIN + 40);
            }
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The certificate could not be rendered", e);
        }
    }

    static String title(CertificateContent content) {
        return content.form() != null ? content.form() : "Giấy chứng nhận";
    }

    private static List<String> body(CertificateContent content) {
        List<String> lines = new ArrayList<>();
        if (content.form() == null) {
            lines.add("Công nhận mô hình \"" + content.subject() + "\"");
            lines.add("của " + content.holder());
            lines.add("đạt mô hình \"Dân vận khéo\" cấp " + content.level().vietnamese()
                    + (content.campaign() != null ? " – " + content.campaign() : ""));
        } else {
            lines.add("Tặng " + content.holder() + (content.holderUnit() != null
                    && !content.holderUnit().equals(content.holder()) ? " (" + content.holderUnit() + ")" : ""));
            lines.add("Đã có thành tích: " + content.subject());
        }
        lines.add("Theo Quyết định số " + content.decisionNumber() + " ngày " + DATE.format(content.decisionDate())
                + " của " + content.issuer());
        return lines;
    }

    private static void qr(PDPageContentStream out, String address, float x, float y, float size) throws IOException {
        BitMatrix matrix = QrCode.of(address);
        float cell = size / matrix.getWidth();
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int column = 0; column < matrix.getWidth(); column++) {
                if (matrix.get(column, row)) {
                    out.addRect(x + column * cell, y + size - (row + 1) * cell, cell, cell);
                }
            }
        }
        out.fill();
    }

    private static String upper(String text) {
        return text == null ? null : text.toUpperCase(VIETNAMESE);
    }

    /** The document's properties are metadata, not the certificate: a long achievement is cut there. */
    private static String abbreviated(String text) {
        return text.length() <= INFO_LENGTH ? text
                : text.substring(0, text.offsetByCodePoints(0, text.codePointCount(0, INFO_LENGTH) - 1)) + "…";
    }

    /** Draws laid-out text: lines one leading apart, downwards from a first baseline. */
    private record Page(PDPageContentStream out, PDType0Font font, TextLayout layout) {

        void left(TextLayout.Fitted text, float x, float y) throws IOException {
            for (String line : text.lines()) {
                show(text.size(), x, y, line);
                y -= text.leading();
            }
        }

        void right(TextLayout.Fitted text, float right, float y) throws IOException {
            for (String line : text.lines()) {
                show(text.size(), right - layout.width(line, text.size()), y, line);
                y -= text.leading();
            }
        }

        void centred(TextLayout.Fitted text, float centre, float y) throws IOException {
            centred(text, centre, y, -Float.MAX_VALUE);
        }

        /** Centred lines; a line whose baseline would fall below the floor is a layout bug, not the input's. */
        void centred(TextLayout.Fitted text, float centre, float y, float floor) throws IOException {
            for (String line : text.lines()) {
                if (y < floor) {
                    throw new IllegalStateException("The certificate's text runs below " + floor);
                }
                show(text.size(), centre - layout.width(line, text.size()) / 2, y, line);
                y -= text.leading();
            }
        }

        private void show(float size, float x, float y, String line) throws IOException {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, y);
            out.showText(PrintableText.visual(line));
            out.endText();
        }
    }
}

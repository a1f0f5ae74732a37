package vn.dvk.recognition.certificates;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
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
import java.util.Map;
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
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title(content) + " – " + content.subject());
            info.setAuthor(content.issuer());
            info.setSubject("Quyết định số " + content.decisionNumber());
            float width = page.getMediaBox().getWidth();
            float height = page.getMediaBox().getHeight();
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                out.setLineWidth(2);
                out.addRect(MARGIN / 2, MARGIN / 2, width - MARGIN, height - MARGIN);
                out.stroke();
                float y = height - MARGIN - 10;
                text(out, sans, 11, MARGIN, y, content.issuer().toUpperCase());
                right(out, sans, 11, width - MARGIN, y, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM");
                right(out, sans, 11, width - MARGIN, y - 16, "Độc lập - Tự do - Hạnh phúc");
                y -= 80;
                centred(out, sans, 30, width, y, title(content).toUpperCase());
                y -= 45;
                for (String line : body(content)) {
                    for (String wrapped : wrap(sans, 15, line, width - 4 * MARGIN)) {
                        centred(out, sans, 15, width, y, wrapped);
                        y -= 22;
                    }
                }
                float signerY = 150;
                centredAt(out, sans, 12, width - 180, signerY, content.signerTitle().toUpperCase());
                centredAt(out, sans, 13, width - 180, signerY - 70, content.signerName());
                qr(out, verificationAddress(token), MARGIN, MARGIN, 140);
                text(out, sans, 8, MARGIN + 150, MARGIN + 40, "Quét mã để xác thực giấy chứng nhận");
                text(out, sans, 8, MARGIN + 150, MARGIN + 28, "Mã: " + content.id());
                text(out, sans, 8, MARGIN + 150, MARGIN + 16, "Khoá ký: " + content.keyId() + " (Ed25519)");
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
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(address, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalStateException("The verification address does not fit a QR code", e);
        }
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

    private static List<String> wrap(PDType0Font font, float size, String text, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static void text(PDPageContentStream out, PDType0Font font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }

    private static void right(PDPageContentStream out, PDType0Font font, float size, float right, float y, String text)
            throws IOException {
        text(out, font, size, right - font.getStringWidth(text) / 1000 * size, y, text);
    }

    private static void centred(PDPageContentStream out, PDType0Font font, float size, float width, float y,
            String text) throws IOException {
        centredAt(out, font, size, width / 2, y, text);
    }

    private static void centredAt(PDPageContentStream out, PDType0Font font, float size, float centre, float y,
            String text) throws IOException {
        text(out, font, size, centre - font.getStringWidth(text) / 1000 * size / 2, y, text);
    }
}

package vn.dvk.recognition.certificates;

import com.google.zxing.common.BitMatrix;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.dvk.recognition.documents.PartyFormatTexts;
import vn.dvk.recognition.documents.PartyHeading;
import vn.dvk.recognition.documents.VietnameseFormat;

/**
 * Renders a certificate as a one-page PDF (Apache PDFBox) in the format of a Party committee's documents
 * (Hướng dẫn 36-HD/VPTW): the superior organisation and the issuing committee over a star and the number, top left;
 * "ĐẢNG CỘNG SẢN VIỆT NAM" and the place-and-date line, top right; the body that decides, the title, what is
 * certified; the signature "T/M BAN THƯỜNG VỤ", the signer's title and name. Vietnamese text in an embedded font
 * that has every diacritic (Liberation Sans, which PDFBox ships), and a QR code (ZXing) drawn as vector squares
 * that carries the verification address with the signed token.
 */
@ApplicationScoped
public class CertificateRenderer {

    /** Liberation Sans (SIL Open Font License), bundled in the PDFBox jar; it covers Vietnamese. */
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 50;
    /** The body's box: from below the title down to the QR code and the signature. */
    private static final float BODY_HEIGHT = 150;
    private static final float BODY_BOTTOM = 205;
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

    /** A certificate known only by its content (the heading derived from its issuer's name and level). */
    public byte[] render(CertificateContent content, String token) {
        return render(CertificateDocument.of(content), token);
    }

    public byte[] render(CertificateDocument document, String token) {
        CertificateContent content = document.content();
        PartyHeading heading = document.heading();
        try (PDDocument pdf = new PDDocument(); InputStream font = CertificateRenderer.class.getResourceAsStream(FONT)) {
            PDType0Font sans = PDType0Font.load(pdf, font);
            PrintableText printable = new PrintableText(sans);
            TextLayout layout = new TextLayout(sans);
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            pdf.addPage(page);
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(abbreviated(title(content) + " – " + content.subject()));
            info.setAuthor(abbreviated(content.issuer()));
            info.setSubject(abbreviated(CertificateTexts.DECISION_SUBJECT.formatted(content.decisionNumber())));
            float width = page.getMediaBox().getWidth();
            float height = page.getMediaBox().getHeight();
            try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
                out.setLineWidth(2);
                out.addRect(MARGIN / 2, MARGIN / 2, width - MARGIN, height - MARGIN);
                out.stroke();
                Page drawn = new Page(out, sans, layout);
                float top = height - MARGIN - 10;
                float column = (width - 2 * MARGIN - 20) / 2;
                float leftCentre = MARGIN + column / 2;
                float rightCentre = width - MARGIN - column / 2;
                // top left: the superior organisation, the issuing committee, the star, the number
                List<String> issuer = heading.issuerLines().stream().map(printable::of).toList();
                // one line each, smaller rather than wrapped, as long as that stays legible
                TextLayout.Fitted issuerLines = layout.fit(issuer, column, TextLayout.lines(issuer.size(), 11), 11, 6);
                float below = drawn.centred(issuerLines, leftCentre, top);
                drawn.centred(layout.fit(List.of(printable.of(PartyHeading.numberLine(content.decisionNumber()))),
                        column, TextLayout.lines(1, 11), 11, 6), leftCentre, below);
                // top right: the Party's heading, underlined, then the place and date
                drawn.centred(layout.fit(List.of(PartyFormatTexts.PARTY), column, TextLayout.lines(1, 12), 12, 12),
                        rightCentre, top);
                float party = layout.width(PartyFormatTexts.PARTY, 12);
                out.setLineWidth(0.7f);
                out.moveTo(rightCentre - party / 2, top - 4);
                out.lineTo(rightCentre + party / 2, top - 4);
                out.stroke();
                drawn.centred(layout.fit(List.of(printable.of(VietnameseFormat.placeAndDate(heading.place(),
                        content.decisionDate()))), column, TextLayout.lines(2, 11), 11, 7), rightCentre, top - 22);
                // the body that decides, and the certificate's title
                drawn.centred(layout.fit(List.of(printable.of(VietnameseFormat.upper(heading.decidingBody()))),
                        width - 2 * MARGIN, TextLayout.lines(1, 14), 14, 8), width / 2, top - 92);
                drawn.centred(layout.fit(List.of(printable.of(VietnameseFormat.upper(title(content)))),
                        width - 2 * MARGIN, TextLayout.lines(1, 28), 28, 16), width / 2, top - 140);
                List<String> body = body(document).stream().map(printable::of).toList();
                drawn.centred(layout.fit(body, width - 4 * MARGIN, BODY_HEIGHT, 15, 7), width / 2, top - 178,
                        BODY_BOTTOM);
                float signer = width - 180;
                List<String> signature = List.of(printable.of(heading.onBehalfOfLine()),
                        printable.of(VietnameseFormat.upper(content.signerTitle())));
                drawn.centred(layout.fit(signature, SIGNER_WIDTH, TextLayout.lines(4, 12), 12, 6), signer, 175);
                drawn.centred(layout.fit(List.of(printable.of(content.signerName())), SIGNER_WIDTH,
                        TextLayout.lines(2, 13), 13, 8), signer, 80);
                qr(out, verificationAddress(token), MARGIN, MARGIN, 140);
                List<String> caption = List.of(CertificateTexts.SCAN_TO_VERIFY,
                        CertificateTexts.CODE.formatted(content.id()),
                        printable.of(CertificateTexts.SIGNING_KEY.formatted(content.keyId())));
                drawn.left(layout.fit(caption, 280, TextLayout.lines(3, 8), 8, 6), MARGIN + 150, MARGIN + 40);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The certificate could not be rendered", e);
        }
    }

    static String title(CertificateContent content) {
        return content.form() != null ? content.form() : CertificateTexts.RECOGNITION_TITLE;
    }

    /** What the certificate certifies, in the words of a Party committee's certificate. */
    static List<String> body(CertificateDocument document) {
        CertificateContent content = document.content();
        List<String> lines = new ArrayList<>();
        if (content.form() == null) {
            lines.add((document.exemplar() ? CertificateTexts.RECOGNISES_EXEMPLAR : CertificateTexts.RECOGNISES_MODEL)
                    .formatted(content.subject()));
            if (content.holderUnit() != null) { // a person, then their unit
                lines.add(CertificateTexts.OF_PERSON.formatted(content.holder()));
                lines.add(CertificateTexts.UNIT_OF_INDIVIDUAL.formatted(content.holderUnit()));
            } else {
                lines.add(CertificateTexts.OF_UNIT.formatted(content.holder()));
            }
            lines.add(CertificateTexts.AT_LEVEL.formatted(VietnameseFormat.level(content.level()))
                    + (content.campaign() != null ? CertificateTexts.IN_CAMPAIGN.formatted(content.campaign()) : ""));
        } else if (document.individual()) {
            lines.add(CertificateTexts.AWARDED_TO_INDIVIDUAL.formatted(content.holder()));
            if (content.holderUnit() != null) {
                lines.add(CertificateTexts.UNIT_OF_INDIVIDUAL.formatted(content.holderUnit()));
            }
            lines.add(CertificateTexts.ACHIEVEMENT.formatted(content.subject()));
        } else {
            lines.add(CertificateTexts.AWARDED_TO_COLLECTIVE.formatted(content.holder())
                    + (content.holderUnit() != null && !content.holderUnit().equals(content.holder())
                    ? " (" + content.holderUnit() + ")" : ""));
            lines.add(CertificateTexts.ACHIEVEMENT.formatted(content.subject()));
        }
        lines.add(CertificateTexts.BY_DECISION.formatted(content.decisionNumber(),
                VietnameseFormat.date(content.decisionDate())));
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

        /** Centred lines; the baseline of the line that would follow them. */
        float centred(TextLayout.Fitted text, float centre, float y) throws IOException {
            return centred(text, centre, y, -Float.MAX_VALUE);
        }

        /** Centred lines; a line whose baseline would fall below the floor is a layout bug, not the input's. */
        float centred(TextLayout.Fitted text, float centre, float y, float floor) throws IOException {
            for (String line : text.lines()) {
                if (y < floor) {
                    throw new IllegalStateException("The certificate's text runs below " + floor);
                }
                show(text.size(), centre - layout.width(line, text.size()) / 2, y, line);
                y -= text.leading();
            }
            return y;
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

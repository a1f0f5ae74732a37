package vn.dvk.recognition.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dvk.kit.domain.Level;
import vn.dvk.recognition.CertificatePdfs;

/**
 * Whatever text reaches a certificate, the PDF prints on one page, inside its frame, with a QR code that reads
 * back: the longest text the APIs accept, text the font has no glyph for (emoji, CJK, Arabic), line breaks and tabs,
 * decomposed Vietnamese and stray combining marks, right-to-left text, zero-width and direction-override characters.
 */
class CertificateRendererTest {

    private static final String VERIFY = "https://dvk.example/api/v1/certificates/verification";
    private static final String SENTENCE = "Cán bộ, đảng viên gương mẫu vận động nhân dân tham gia xây dựng nông thôn mới. ";
    /** The page's frame: A4 landscape, less the half-margin the border is drawn at. */
    private static final float FRAME_LEFT = 25;
    private static final float FRAME_RIGHT = 842 - 25;

    private final CertificateRenderer renderer = new CertificateRenderer(StubKeys.verifyingAt(VERIFY));

    static Stream<Arguments> strangeTexts() {
        return Stream.of(
                row("ordinary Vietnamese", "Thực hiện tốt mô hình Dân vận khéo", "Thực hiện tốt mô hình Dân vận khéo"),
                row("1,700 characters", words(1_700), words(1_700)),
                row("2,000 characters, the longest achievement accepted", words(2_000), words(2_000)),
                row("2,000 of the widest letter, no space", "W".repeat(2_000), "WWWWWWWWWW"),
                row("emoji, a ZWJ sequence and a flag", "Mô hình 👩‍⚕️ chăm sóc 🏥 người bệnh 😀🇻🇳 tận tình",
                        "chăm sóc"),
                row("line breaks and tabs", "Dòng một\nDòng hai\r\n\tDòng ba", "Dòng một Dòng hai Dòng ba"),
                row("decomposed Vietnamese, stray marks", Normalizer.normalize("Người dân tin yêu", Normalizer.Form.NFD)
                        + " q\u0323\u0300 x\u20DD", "Người dân tin yêu"),
                row("right to left", "Mô hình שלום עולם مرحبا بالعالم hợp tác", "Mô hình"),
                row("zero-width and direction overrides", "Dân\u200B vận\u200D khéo\uFEFF \u202Eđảo ngược\u202C",
                        "Dân vận khéo"),
                row("CJK and symbols the font lacks", "模型 ∰ ⌘ ✓ mô hình", "mô hình"),
                row("only characters the font lacks", "😀😀😀", "Đã có thành tích"),
                row("far beyond any limit", words(20_000) + "X".repeat(5_000), "Đã có thành tích"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strangeTexts")
    void printsOnOnePageInsideItsFrameWithAQrCodeThatReads(String name, String text, String visible) {
        CertificateContent content = content(text, text.length() > 300 ? text.substring(0, 300) : text);
        String token = UUID.randomUUID() + ".c2lnbmF0dXJl";

        byte[] pdf = renderer.render(content, token);

        CertificatePdfs read = CertificatePdfs.read(pdf);
        assertEquals(1, read.pages(), name);
        assertEquals(renderer.verificationAddress(token), read.qrCode(), name);
        String flowing = read.text().replaceAll("\\s+", " ");
        assertTrue(flowing.contains(visible), name + ": the PDF lacks «" + visible + "»:\n" + read.text());
        assertTrue(flowing.contains("Theo Quyết định số 45-QĐ/ĐU"), name + ": the decision is cut off");
        assertInsideTheFrame(pdf, name);
    }

    /** An achievement at the limit, and every other field at its own limit of the widest letters. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("strangeTexts")
    void printsWithEveryOtherFieldAtItsLimit(String name, String text, String visible) {
        String wide = "Ẅ".repeat(300);
        CertificateContent content = new CertificateContent(UUID.randomUUID(), "COMMENDATION", "demo-2026", wide, wide,
                text, "Bằng khen", Level.PROVINCE, wide, "Ẅ".repeat(64), LocalDate.of(2026, 6, 15), wide,
                "Ẅ".repeat(200), "Ẅ".repeat(200));
        String token = UUID.randomUUID() + ".c2lnbmF0dXJl";

        byte[] pdf = renderer.render(content, token);

        CertificatePdfs read = CertificatePdfs.read(pdf);
        assertEquals(1, read.pages(), name);
        assertEquals(renderer.verificationAddress(token), read.qrCode(), name);
        assertInsideTheFrame(pdf, name);
    }

    private static Arguments row(String name, String text, String visible) {
        return Arguments.of(name, text, visible);
    }

    /** Vietnamese sentences cut at a word to exactly so many characters. */
    private static String words(int length) {
        String text = SENTENCE.repeat(length / SENTENCE.length() + 1).substring(0, length);
        return text.substring(0, length - 1) + "a";
    }

    private static CertificateContent content(String achievement, String title) {
        return new CertificateContent(UUID.randomUUID(), "COMMENDATION", "demo-2026", title, title, achievement,
                "Giấy khen", Level.BASE, null, "45-QĐ/ĐU", LocalDate.of(2026, 6, 15), "Đảng uỷ Sở Y tế",
                "Nguyễn Văn An", "Phó Bí thư Thường trực");
    }

    private static void assertInsideTheFrame(byte[] pdf, String name) {
        List<String> outside = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        float right = p.getXDirAdj() + p.getWidthDirAdj();
                        float top = p.getYDirAdj() - p.getHeightDir();
                        if (p.getXDirAdj() < FRAME_LEFT || right > FRAME_RIGHT || top < FRAME_LEFT
                                || p.getYDirAdj() > p.getPageHeight() - FRAME_LEFT) {
                            outside.add(p.getUnicode() + " at " + p.getXDirAdj() + "," + p.getYDirAdj());
                        }
                    }
                }
            }.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(List.of(), outside.stream().limit(5).toList(), name + ": text outside the frame");
    }
}

package vn.dvk.recognition.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.recognition.CertificatePdfs;

/**
 * A certificate's QR code is found by a scanner whatever its token. ZXing's detector cannot locate the code the
 * standard mask gives for some addresses; the certificate then carries the same text under another mask.
 */
class QrCodeTest {

    private static final String VERIFY = "https://dvk.example/api/v1/certificates/verification";
    /** A token whose code under the standard's mask ZXing's detector does not find, even as a perfect image. */
    private static final String UNFOUND = "0fcf7984-f312-4ed3-d42f-0e39eadc75b2.nZaAzkCbYvjfueh6VXdqsdBfZRnlZCESFF56qDS"
            + "fpc3haPfpwhOt1SrNQyBsmA2KqDK_23Rv1Hoo4PHPItqP6w";

    private final CertificateRenderer renderer = new CertificateRenderer(StubKeys.verifyingAt(VERIFY));

    @Test
    void aCodeTheDetectorCannotFindIsEncodedUnderAnotherMask() throws WriterException {
        String address = renderer.verificationAddress(UNFOUND);
        BitMatrix standard = new QRCodeWriter().encode(address, BarcodeFormat.QR_CODE, 0, 0,
                Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        assertFalse(QrCode.readsBack(standard, address), "the case this test is about: the standard mask's code");

        assertTrue(QrCode.readsBack(QrCode.of(address), address));
        assertEquals(address, CertificatePdfs.read(renderer.render(content(), UNFOUND)).qrCode());
    }

    /**
     * About one random token in fifty gives a code under the standard's mask that the detector does not find: 400
     * tokens meet about eight of them; {@code -Ddvk.qr.tries=20000} for the long run.
     */
    @Test
    void everyTokenGivesACodeThatReadsBack() {
        Random random = new Random(20261205);
        List<String> unread = new ArrayList<>();
        for (int i = 0; i < Integer.getInteger("dvk.qr.tries", 400); i++) {
            String address = renderer.verificationAddress(token(random));
            if (!QrCode.readsBack(QrCode.of(address), address)) {
                unread.add(address);
            }
        }
        assertEquals(List.of(), unread);
    }

    /** As the signer makes them: the certificate's id, a dot, and a 64-byte Ed25519 signature in base64url. */
    private static String token(Random random) {
        byte[] signature = new byte[64];
        random.nextBytes(signature);
        return new UUID(random.nextLong(), random.nextLong()) + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    private static CertificateContent content() {
        return new CertificateContent(UUID.randomUUID(), "COMMENDATION", "demo-2026", "Mô hình", "Mô hình",
                "Thực hiện tốt", "Giấy khen", Level.BASE, null, "45-QĐ/ĐU", LocalDate.of(2026, 6, 15),
                "Đảng uỷ Sở Y tế", "Nguyễn Văn An", "Phó Bí thư Thường trực");
    }
}

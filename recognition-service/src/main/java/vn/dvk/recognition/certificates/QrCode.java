package vn.dvk.recognition.certificates;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.HashMap;
import java.util.Map;

/**
 * The QR code of a certificate, chosen so that a scanner finds it. The mask a QR encoder picks by the standard's
 * penalty score can leave data that a finder-pattern detector mistakes for a corner: about one verification address
 * in 400 gave a code ZXing's detector could not locate even in a perfect bitmap. Every mask is valid QR, so the code
 * is read back once as a scanner would (a clean image with its quiet zone) and, if it does not read, encoded again
 * with the next mask.
 */
public final class QrCode {

    /** Pixels per module and modules of quiet zone in the image the code is checked on. */
    private static final int SCALE = 4;
    private static final int QUIET_ZONE = 4;
    private static final int MASKS = 8;

    private QrCode() {
    }

    /** The modules of a code for the text that reads back; without the quiet zone, which the page provides. */
    public static BitMatrix of(String text) {
        BitMatrix chosen = encode(text, null);
        for (int mask = 0; !readsBack(chosen, text); mask++) {
            if (mask == MASKS) {
                // no mask reads back: the standard's choice is as good as any, and is still valid QR
                return encode(text, null);
            }
            chosen = encode(text, mask);
        }
        return chosen;
    }

    private static BitMatrix encode(String text, Integer mask) {
        Map<EncodeHintType, Object> hints = new HashMap<>();
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 0);
        if (mask != null) {
            hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
        }
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalStateException("The text does not fit a QR code", e);
        }
    }

    static boolean readsBack(BitMatrix code, String text) {
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new Image(code))),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText().equals(text);
        } catch (ReaderException e) {
            return false;
        }
    }

    /** The code as a grey image: black modules of SCALE pixels on white, with the quiet zone around. */
    private static final class Image extends LuminanceSource {

        private static final byte BLACK = 0;
        private static final byte WHITE = (byte) 0xFF;
        private final BitMatrix code;

        Image(BitMatrix code) {
            super((code.getWidth() + 2 * QUIET_ZONE) * SCALE, (code.getHeight() + 2 * QUIET_ZONE) * SCALE);
            this.code = code;
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            byte[] pixels = row != null && row.length >= getWidth() ? row : new byte[getWidth()];
            for (int x = 0; x < getWidth(); x++) {
                pixels[x] = dark(x, y) ? BLACK : WHITE;
            }
            return pixels;
        }

        @Override
        public byte[] getMatrix() {
            byte[] pixels = new byte[getWidth() * getHeight()];
            for (int y = 0; y < getHeight(); y++) {
                System.arraycopy(getRow(y, null), 0, pixels, y * getWidth(), getWidth());
            }
            return pixels;
        }

        private boolean dark(int x, int y) {
            int column = x / SCALE - QUIET_ZONE;
            int row = y / SCALE - QUIET_ZONE;
            return column >= 0 && row >= 0 && column < code.getWidth() && row < code.getHeight()
                    && code.get(column, row);
        }
    }
}

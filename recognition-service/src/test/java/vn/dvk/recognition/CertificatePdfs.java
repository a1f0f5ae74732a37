package vn.dvk.recognition;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** A certificate's PDF read back as a person and a phone read it: its text, and the address its QR code holds. */
public record CertificatePdfs(int pages, String text, String qrCode) {

    public static CertificatePdfs read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new CertificatePdfs(document.getNumberOfPages(), new PDFTextStripper().getText(document),
                    readQrCode(new PDFRenderer(document)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The QR code of the page as a scanner reads it: the page is rendered at a few print-scan resolutions and the
     * first reading wins (ZXing's binarizer misreads some codes' format information at one resolution and not at
     * the next; a CI run failed so at 300 DPI with a code that reads at the others). 200 DPI first: a fax's or an
     * office scanner's resolution, and half the pixels to render and scan of 300 DPI.
     */
    private static String readQrCode(PDFRenderer page) throws IOException {
        List<String> failures = new ArrayList<>();
        for (int dpi : new int[] {200, 300, 400}) {
            BufferedImage image = page.renderImageWithDPI(0, dpi);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            var source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
            try {
                return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                        Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
            } catch (ReaderException e) {
                failures.add(dpi + " DPI: " + e);
            }
        }
        throw new AssertionError("the certificate's QR code reads at no resolution: " + failures);
    }
}

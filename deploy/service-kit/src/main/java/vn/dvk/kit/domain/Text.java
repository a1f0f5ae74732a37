package vn.dvk.kit.domain;

import java.text.Normalizer;

/** Vietnamese text is stored as typed but NFC-normalised, so the same word always compares and sorts the same. */
public final class Text {

    private Text() {
    }

    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }
}

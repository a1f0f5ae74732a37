package vn.dvk.kit.text;

import java.text.Normalizer;
import java.util.Optional;
import vn.dvk.kit.problems.BilingualText;
import vn.dvk.kit.problems.KitMessages;

/**
 * What text the suite accepts and how it keeps it. Vietnamese text is stored as typed but NFC-normalised, so
 * that the same word always compares, searches and sorts the same whichever keyboard produced it. Control
 * characters (NUL above all: PostgreSQL refuses it in text) and lone UTF-16 surrogates (not text at all) are
 * refused wherever text comes in: request bodies, paths and query parameters.
 */
public final class Text {

    private Text() {
    }

    /** NFC-normalised, without surrounding white space. */
    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }

    /** Why the text cannot be accepted, or empty when it can. Tab, line feed and carriage return are allowed. */
    public static Optional<BilingualText> defect(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++; // a well-formed pair: a character outside the Basic Multilingual Plane
            } else if (Character.isSurrogate(c)) {
                return Optional.of(KitMessages.TEXT_LONE_SURROGATE.text(codePoint(c)));
            } else if (isForbiddenControl(c)) {
                return Optional.of(KitMessages.TEXT_CONTROL_CHARACTER.text(codePoint(c)));
            }
        }
        return Optional.empty();
    }

    private static String codePoint(char c) {
        return "U+%04X".formatted((int) c);
    }

    private static boolean isForbiddenControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }
}

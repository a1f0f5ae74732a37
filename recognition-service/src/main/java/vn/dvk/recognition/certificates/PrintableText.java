package vn.dvk.recognition.certificates;

import java.io.IOException;
import java.text.Bidi;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text as one font can print it. What reaches a certificate was accepted by this service or by the registry, which
 * allow any character but controls: line breaks and tabs, emoji, scripts the embedded font lacks, zero-width and
 * direction marks. PDFBox refuses to show a character without a glyph (the whole PDF failed), so each character is
 * kept when the font has it, white space becomes one space, invisible formatting characters and combining marks the
 * font lacks are left out, and any other missing character is printed as a replacement mark. The certificate's
 * verification shows the text exactly as signed.
 */
public final class PrintableText {

    private final PDFont font;
    private final Map<Integer, Boolean> glyphs = new HashMap<>();
    private final String replacement;

    public PrintableText(PDFont font) {
        this.font = font;
        // the replacement character, else a white square (Liberation Sans has it), not a question mark that reads as text
        this.replacement = List.of("\uFFFD", "\u25A1", "?").stream().filter(r -> hasGlyph(r.codePointAt(0))).findFirst()
                .orElseThrow(() -> new IllegalStateException("The certificate font lacks even a question mark"));
    }

    public String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder printable = new StringBuilder();
        Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().forEach(c -> append(printable, c));
        return printable.toString().strip();
    }

    private void append(StringBuilder printable, int c) {
        int type = Character.getType(c);
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            if (!printable.isEmpty() && printable.charAt(printable.length() - 1) != ' ') {
                printable.append(' ');
            }
        } else if (type == Character.CONTROL || type == Character.FORMAT) {
            return; // zero-width spaces and joiners, direction overrides, byte order marks: nothing to print
        } else if (hasGlyph(c)) {
            printable.appendCodePoint(c);
        } else if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK) {
            return; // an accent (or an emoji's variation selector) the font lacks: its letter stands without it
        } else if (!printable.toString().endsWith(replacement)) {
            printable.append(replacement); // one mark for a run of them: an emoji sequence is one picture
        }
    }

    /**
     * A laid-out line in the order its characters are drawn: PDFBox draws left to right, so the runs of a
     * right-to-left script (Hebrew, say) are reversed and the runs put in visual order (Unicode's bidirectional
     * algorithm, as java.text implements it).
     */
    public static String visual(String line) {
        char[] chars = line.toCharArray();
        if (!Bidi.requiresBidi(chars, 0, chars.length)) {
            return line;
        }
        Bidi bidi = new Bidi(line, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        String[] texts = new String[runs];
        for (int i = 0; i < runs; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            String run = line.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            texts[i] = levels[i] % 2 == 0 ? run : new StringBuilder(run).reverse().toString();
        }
        Bidi.reorderVisually(levels, 0, texts, 0, runs);
        return String.join("", texts);
    }

    private boolean hasGlyph(int c) {
        return glyphs.computeIfAbsent(c, code -> {
            try {
                font.encode(new String(Character.toChars(code)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false; // PDFBox's answer for a character without a glyph
            }
        });
    }
}

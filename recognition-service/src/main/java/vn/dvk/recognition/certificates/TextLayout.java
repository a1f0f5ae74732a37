package vn.dvk.recognition.certificates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Lays printable text out in a box of the page: each paragraph wrapped at spaces (a word wider than the line is
 * broken anywhere), at the largest size of a range at which everything fits. When even the smallest size does not
 * fit, the longest paragraph is cut short with an ellipsis: the page must print whatever was accepted, and the
 * verification shows the text in full.
 */
public final class TextLayout {

    public static final float LEADING = 1.45f;
    private static final String ELLIPSIS = "…";

    private final PDFont font;

    public TextLayout(PDFont font) {
        this.font = font;
    }

    /** Paragraphs laid out: the size chosen and each paragraph's lines. */
    public record Fitted(float size, List<List<String>> paragraphs) {
        public float leading() {
            return size * LEADING;
        }

        public List<String> lines() {
            return paragraphs.stream().flatMap(List::stream).toList();
        }
    }

    /**
     * The paragraphs at the largest size in [minSize, maxSize] at which their lines fit the width, and their number
     * times the leading fits the height.
     */
    public Fitted fit(List<String> paragraphs, float width, float height, float maxSize, float minSize) {
        for (float size = maxSize; size > minSize; size -= 0.5f) {
            Fitted fitted = wrap(paragraphs, width, size);
            if (fitted.lines().size() * fitted.leading() <= height) {
                return fitted;
            }
        }
        return shortened(wrap(paragraphs, width, minSize), width, (int) (height / (minSize * LEADING)));
    }

    /** The height of so many lines at a size: a box for them. */
    public static float lines(int count, float size) {
        return count * size * LEADING;
    }

    public float width(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Fitted wrap(List<String> paragraphs, float width, float size) {
        List<List<String>> wrapped = new ArrayList<>();
        for (String paragraph : paragraphs) {
            wrapped.add(wrap(paragraph, width, size));
        }
        return new Fitted(size, wrapped);
    }

    private List<String> wrap(String text, float width, float size) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, size) <= width) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            while (width(word, size) > width) {
                int end = longestFittingPrefix(word, width, size);
                lines.add(word.substring(0, end));
                word = word.substring(end);
            }
            line = word;
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    /** The end of the longest prefix of the text that fits the width: at least one character, whole code points. */
    private int longestFittingPrefix(String text, float width, float size) {
        int end = text.offsetByCodePoints(0, 1);
        while (end < text.length()) {
            int next = text.offsetByCodePoints(end, 1);
            if (width(text.substring(0, next), size) > width) {
                break;
            }
            end = next;
        }
        return end;
    }

    /**
     * Drops the last lines of the longest paragraphs until all fit, marking each cut with an ellipsis. Every
     * paragraph keeps a line, so a box holds at least as many lines as it has paragraphs.
     */
    private Fitted shortened(Fitted fitted, float width, int maxLines) {
        List<List<String>> paragraphs = new ArrayList<>();
        fitted.paragraphs().forEach(p -> paragraphs.add(new ArrayList<>(p)));
        Set<Integer> cut = new HashSet<>();
        int lines = fitted.lines().size();
        while (lines > maxLines) {
            int longest = 0;
            for (int i = 1; i < paragraphs.size(); i++) {
                if (paragraphs.get(i).size() > paragraphs.get(longest).size()) {
                    longest = i;
                }
            }
            List<String> paragraph = paragraphs.get(longest);
            if (paragraph.size() <= 1) {
                throw new IllegalStateException("A box of " + maxLines + " lines cannot hold " + paragraphs.size()
                        + " paragraphs");
            }
            paragraph.remove(paragraph.size() - 1);
            cut.add(longest);
            lines--;
        }
        for (int i : cut) {
            List<String> paragraph = paragraphs.get(i);
            String last = paragraph.remove(paragraph.size() - 1);
            while (!last.isEmpty() && width(last + ELLIPSIS, fitted.size()) > width) {
                last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
            }
            paragraph.add(last.strip() + ELLIPSIS);
        }
        return new Fitted(fitted.size(), paragraphs);
    }
}

package vn.dvk.kit.problems;

import java.util.List;
import java.util.Locale;

/** The languages problems are titled in: Vietnamese unless the client prefers English ({@code Accept-Language}). */
public final class Languages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final List<Locale> SUPPORTED = List.of(VIETNAMESE, ENGLISH);

    private Languages() {
    }

    /** The supported language the client ranks highest (q-values respected), or Vietnamese. */
    public static Locale preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return VIETNAMESE;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return match != null ? match : VIETNAMESE;
        } catch (IllegalArgumentException e) {
            return VIETNAMESE; // a malformed header is no reason to refuse the answer
        }
    }
}

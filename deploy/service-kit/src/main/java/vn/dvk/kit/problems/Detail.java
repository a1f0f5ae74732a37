package vn.dvk.kit.problems;

import java.util.Locale;

/**
 * A problem's {@code detail} in Vietnamese and English. The service kit words every problem it makes itself in
 * both; a problem worded in English only is answered in English whatever the language asked for.
 *
 * @param vietnamese null when the problem is worded in English only
 */
public record Detail(String vietnamese, String english) {

    public static Detail of(String vietnamese, String english) {
        return new Detail(vietnamese, english);
    }

    public static Detail english(String english) {
        return new Detail(null, english);
    }

    /** The wording in the language asked for, English when there is none in it. */
    public String in(Locale language) {
        boolean english = Languages.ENGLISH.getLanguage().equals(language.getLanguage());
        return english || vietnamese == null ? this.english : vietnamese;
    }
}

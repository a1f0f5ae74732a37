package vn.dvk.kit.problems;

import java.util.Locale;

/**
 * Text a client reads, in Vietnamese and English: a problem's {@code detail} and the title of a kind of problem.
 * {@link ProblemLanguage} answers it in the language of {@code Accept-Language}. The service kit words every
 * problem it makes itself in both; a problem worded in English only is answered in English whatever the language
 * asked for.
 *
 * @param vietnamese null when the problem is worded in English only
 */
public record BilingualText(String vietnamese, String english) {

    public static BilingualText of(String vietnamese, String english) {
        return new BilingualText(vietnamese, english);
    }

    public static BilingualText english(String english) {
        return new BilingualText(null, english);
    }

    /** The wording in the language asked for, English when there is none in it. */
    public String in(Locale language) {
        boolean english = Languages.ENGLISH.getLanguage().equals(language.getLanguage());
        return english || vietnamese == null ? this.english : vietnamese;
    }
}

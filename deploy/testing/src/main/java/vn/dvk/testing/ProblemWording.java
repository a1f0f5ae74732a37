package vn.dvk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks that a problem's texts (its {@code title}, its {@code detail} and each violation's {@code message}) are in
 * the language the request asked for: Vietnamese unless {@code Accept-Language} prefers English, as the services
 * answer (the kit's {@code Languages.preferred}).
 *
 * <p>What counts as a sentence of the other language is kept simple, so a failure is easy to read: a text is
 * <em>English</em> when two or more of its words are among {@link #ENGLISH_WORDS}, short words every English
 * sentence of the catalogues has ("must", "be", "is", "the", "of", "not", …) and no Vietnamese text has; it is
 * <em>Vietnamese</em> when two or more of its words are among {@link #VIETNAMESE_WORDS} ("không", "phải", "được",
 * …). Words are what lies between white space and punctuation; a word counts as written or capitalised, so codes
 * in capitals (enum constants), regular expressions and ids never count. Field names ({@code startsOn}) and values
 * a client sent are not sentences and pass either way.
 */
public final class ProblemWording {

    /** Frequent English words; none is a Vietnamese word ("an", "in", "to", "no" are, and are left out). */
    static final Set<String> ENGLISH_WORDS = Set.of("must", "be", "is", "are", "was", "the", "a", "of", "not",
            "at", "least", "one", "has", "have", "this", "that", "with", "for", "and", "or", "than", "can", "cannot",
            "does", "there", "any", "only", "already", "its", "been", "more", "you");
    /** Frequent Vietnamese words, which no English text has. */
    static final Set<String> VIETNAMESE_WORDS = Set.of("không", "phải", "được", "của", "là", "có", "cho", "này",
            "một", "đã", "và", "các", "trong", "với", "đến", "từ", "hãy", "chỉ", "cần", "bị");

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);

    private ProblemWording() {
    }

    /** "vi" or "en": the language a service answers a request with this {@code Accept-Language} (or none) in. */
    public static String expected(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return "vi";
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return match == null ? "vi" : match.getLanguage();
        } catch (IllegalArgumentException e) {
            return "vi";
        }
    }

    /**
     * The texts of a problem body in the wrong language for the request, each as {@code "detail: <text>"}; empty
     * when every text is in the language expected.
     */
    public static List<String> wronglyWorded(JsonNode problem, String acceptLanguage) {
        boolean english = expected(acceptLanguage).equals("en");
        List<String> wrong = new ArrayList<>();
        check("title", problem.path("title"), english, wrong);
        check("detail", problem.path("detail"), english, wrong);
        for (JsonNode violation : problem.path("violations")) {
            check("violations[" + violation.path("field").asText() + "].message", violation.path("message"),
                    english, wrong);
        }
        return wrong;
    }

    private static void check(String where, JsonNode text, boolean english, List<String> wrong) {
        if (text.isTextual() && (english ? isVietnamese(text.asText()) : isEnglish(text.asText()))) {
            wrong.add(where + ": " + text.asText());
        }
    }

    /** Two or more words of {@link #ENGLISH_WORDS}. */
    public static boolean isEnglish(String text) {
        return count(text, ENGLISH_WORDS) >= 2;
    }

    /** Two or more words of {@link #VIETNAMESE_WORDS}. */
    public static boolean isVietnamese(String text) {
        return count(text, VIETNAMESE_WORDS) >= 2;
    }

    private static long count(String text, Set<String> words) {
        long count = 0;
        for (String word : text.split("[\\s,;:.()!?\"'\\[\\]{}/=]+")) {
            if (!word.isEmpty() && (words.contains(word) || words.contains(uncapitalised(word)))) {
                count++;
            }
        }
        return count;
    }

    /** "The" → "the"; "THE" stays as it is, a code. */
    private static String uncapitalised(String word) {
        return word.length() > 1 && word.substring(1).equals(word.substring(1).toLowerCase(Locale.ROOT))
                ? word.substring(0, 1).toLowerCase(Locale.ROOT) + word.substring(1) : word;
    }
}

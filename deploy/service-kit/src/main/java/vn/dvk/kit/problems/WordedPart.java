package vn.dvk.kit.problems;

import java.util.Locale;

/**
 * A part of a problem's {@code current} member that holds text for the client, such as each refused item of a
 * refused batch: {@link ProblemLanguage} words it in the client's language, as it does the detail and violations.
 *
 * @param <T> the part itself
 */
public interface WordedPart<T> {

    /** The same part, its text in the language given. */
    T in(Locale language);
}

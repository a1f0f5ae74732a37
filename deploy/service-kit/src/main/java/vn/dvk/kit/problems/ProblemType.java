package vn.dvk.kit.problems;

import java.net.URI;
import java.util.Locale;

/**
 * A kind of problem, named by a stable {@code type} URI a client can branch on (RFC 9457) and titled in Vietnamese
 * (the default) and English. The URIs name kinds; they are not fetched.
 *
 * <p>The set is open: the kit's own kinds, those of HTTP and of the kit's libraries, are {@link CommonProblems};
 * a service declares the refusals of its own domain as an enum implementing this interface in its own code (the
 * registry's {@code RegistryProblems}, say) and raises them like any other, for instance with
 * {@link ConflictProblem#ConflictProblem(ProblemType, BilingualText)}. The mappers and {@link ProblemLanguage} take
 * any kind.
 */
public interface ProblemType {

    /** Where the kinds are named; the same base as the event schemas' ids. */
    String BASE = "https://dvk.example/problems/";

    /** What makes the kind: the one method an implementing enum writes (it holds a definition per constant). */
    Definition definition();

    /** The status a problem of this kind is answered with. */
    default int status() {
        return definition().status();
    }

    /** The last segment of the kind's URI. */
    default String slug() {
        return definition().slug();
    }

    /** The title in both languages. */
    default BilingualText title() {
        return definition().title();
    }

    default URI uri() {
        return URI.create(BASE + slug());
    }

    default String title(Locale language) {
        return title().in(language);
    }

    /**
     * @param status the status a problem of the kind is answered with
     * @param slug the last segment of the kind's URI: words in lower case joined by hyphens, one kind's alone in
     *     the suite, never changed once published (clients match on the URI)
     * @param title the kind's title in both languages
     */
    record Definition(int status, String slug, BilingualText title) {

        /** A kind titled by its module's message catalogue (see {@link Message}). */
        public static Definition of(int status, String slug, Message title) {
            return new Definition(status, slug, title.text());
        }
    }
}

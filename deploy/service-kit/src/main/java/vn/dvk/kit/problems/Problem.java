package vn.dvk.kit.problems;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * An RFC 9457 problem detail, the body of every error the APIs return. Two extension members: the invalid
 * fields of a refused request ({@code violations}), and, with a conflict, the resource as it stands now
 * ({@code current}), so that a client can show it and decide again without another read. The {@code wording}
 * holds the detail in both languages and {@code kind} the kind {@code type} names, for {@link ProblemLanguage} to
 * answer in the client's language; neither is part of the body.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, URI instance, List<Violation> violations,
        Object current, @JsonIgnore BilingualText wording, @JsonIgnore ProblemType kind) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One invalid field of the request. The {@code wording} holds the message in both languages, for
     * {@link ProblemLanguage} to answer in the client's; it is not part of the body.
     */
    public record Violation(String field, String message, @JsonIgnore BilingualText wording) {

        /** A field refused for the reason worded, shown in Vietnamese until the client's language is known. */
        public Violation(String field, BilingualText wording) {
            this(field, wording.in(Languages.VIETNAMESE), wording);
        }

        /** The same violation, its message in the language given. */
        Violation in(Locale language) {
            return new Violation(field, wording.in(language), wording);
        }
    }
}

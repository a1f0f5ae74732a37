package vn.dvk.kit.problems;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/**
 * Words every problem in the language the client prefers ({@code Accept-Language}: Vietnamese by default, or
 * English) and says which in {@code Content-Language}: its title, its detail, each violation's message and the
 * text of each {@link WordedPart} of its current member.
 */
@Provider
public class ProblemLanguage implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem)) {
            return;
        }
        Locale language = Languages.preferred(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        // the entity alone: its media type stays the one the problem was answered with, and the resource method's
        // annotations are not read, for there is none when RESTEasy refuses a request before choosing among the
        // methods of a path (they threw a NullPointerException, and the refusal became a 500)
        response.setEntity(new Problem(problem.type(), problem.kind().title(language), problem.status(),
                problem.wording().in(language), problem.instance(),
                problem.violations() == null ? null : problem.violations().stream().map(v -> v.in(language)).toList(),
                worded(problem.current(), language),
                problem.wording(), problem.kind()));
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag());
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    }

    /** The problem's current member, each {@link WordedPart} in it (alone or in a list) worded in the language. */
    private static Object worded(Object current, Locale language) {
        if (current instanceof WordedPart<?> part) {
            return part.in(language);
        }
        if (current instanceof List<?> parts && parts.stream().anyMatch(WordedPart.class::isInstance)) {
            return parts.stream().map(part -> part instanceof WordedPart<?> worded ? worded.in(language) : part)
                    .toList();
        }
        return current;
    }
}

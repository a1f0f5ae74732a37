package vn.dvk.kit.problems;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * Titles every problem in the language the client prefers ({@code Accept-Language}: Vietnamese by default, or
 * English) and says which in {@code Content-Language}; the detail too where it is worded in both (the kit's own
 * problems are; a service's are in English until worded in Vietnamese as well).
 */
@Provider
public class ProblemLanguage implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem)) {
            return;
        }
        Locale language = Languages.preferred(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        response.setEntity(new Problem(problem.type(), problem.kind().title(language), problem.status(),
                problem.wording().in(language), problem.instance(), problem.violations(), problem.current(),
                problem.wording(), problem.kind()),
                response.getEntityAnnotations(), response.getMediaType());
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag());
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    }
}

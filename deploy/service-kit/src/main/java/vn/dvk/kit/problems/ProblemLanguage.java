package vn.dvk.kit.problems;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * Words every problem in the language the client prefers ({@code Accept-Language}: Vietnamese by default, or
 * English) and says which in {@code Content-Language}: its title, its detail and each violation's message.
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
                problem.wording().in(language), problem.instance(),
                problem.violations() == null ? null : problem.violations().stream().map(v -> v.in(language)).toList(),
                problem.current(),
                problem.wording(), problem.kind()),
                response.getEntityAnnotations(), response.getMediaType());
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag());
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    }
}

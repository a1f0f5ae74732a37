package vn.dvk.kit.requests;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.dvk.kit.problems.BilingualText;
import vn.dvk.kit.problems.KitMessages;
import vn.dvk.kit.problems.Problems;
import vn.dvk.kit.text.Text;

/**
 * Refuses a request whose path or query parameters decode to text the suite never accepts (NUL, control
 * characters, lone surrogates) before any resource sees it, so no such value reaches a query or the database.
 */
public class TextParameters {

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuseUnacceptableText(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        Optional<BilingualText> defect = Text.defect(uri.getPath()).map(KitMessages.PATH_REFUSED::text);
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
            if (defect.isPresent()) {
                break;
            }
            defect = Text.defect(parameter.getKey())
                    .or(() -> parameter.getValue().stream().map(Text::defect).flatMap(Optional::stream).findFirst())
                    .map(reason -> KitMessages.QUERY_PARAMETER_REFUSED.text(
                            parameter.getKey().replaceAll("\\p{Cntrl}", "?"), reason));
        }
        return defect.map(detail -> Problems.response(Response.Status.BAD_REQUEST, detail, uri));
    }
}

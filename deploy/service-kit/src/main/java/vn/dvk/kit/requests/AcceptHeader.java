package vn.dvk.kit.requests;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.dvk.kit.problems.InvalidRequestProblem;
import vn.dvk.kit.problems.KitMessages;
import vn.dvk.kit.problems.Problem;

/**
 * Refuses an {@code Accept} header that is not a list of media types before any resource runs. Left to the
 * framework, an operation whose answer type is chosen as it is written (a record, a page) meets the header only
 * then, and its parse error surfaced as a 500.
 */
public class AcceptHeader {

    @ServerRequestFilter(preMatching = true)
    public void readable(HttpHeaders headers) {
        List<String> accepts = headers.getRequestHeader(HttpHeaders.ACCEPT);
        if (accepts == null) {
            return;
        }
        for (String accept : accepts) {
            for (String range : accept.split(",")) {
                if (range.isBlank()) {
                    continue;
                }
                try {
                    MediaType.valueOf(range.trim());
                } catch (IllegalArgumentException e) {
                    throw new InvalidRequestProblem(KitMessages.ACCEPT_NOT_MEDIA_TYPES.text(),
                            List.of(new Problem.Violation(HttpHeaders.ACCEPT, KitMessages.NOT_MEDIA_TYPES.text())));
                }
            }
        }
    }
}

package vn.dvk.recognition.security;

import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.dvk.contracts.vocabulary.Roles;
import vn.dvk.kit.security.Caller;
import vn.dvk.recognition.domain.CouncilMember;
import vn.dvk.recognition.domain.ReviewerDirectory;

/**
 * Records each reviewer who calls recognition in the {@link ReviewerDirectory}, from their verified token, so that an
 * admin forming a council can name its members: no API of the suite lists people. Runs after authentication (Quarkus
 * authenticates proactively) and, for recognition's blocking endpoints, on the worker thread.
 */
public class ReviewerSightings {

    /** The directory's columns: sub, org_id, username (V17). */
    private static final int MAX_SUB = 255;
    private static final int MAX_ORG = 64;
    private static final int MAX_NAME = 200;

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    Caller caller;

    @Inject
    ReviewerDirectory directory;

    @ServerRequestFilter
    public void record() {
        // a non-blocking endpoint (recognition has none today) runs its filters on the event loop, where no database
        // is written: its callers are recorded on their next blocking call
        if (identity.isAnonymous() || !identity.hasRole(Roles.REVIEWER)
                || !BlockingOperationControl.isBlockingAllowed()) {
            return;
        }
        String sub = caller.subject();
        String orgId = text("org_id");
        String username = caller.username();
        // a token that could never act on a council (no subject, one shaped like a pre-V7 key, no organisation), or
        // whose values outgrow the directory's columns: nobody to seat, and no reason to fail the request
        if (sub == null || sub.isBlank() || sub.startsWith(CouncilMember.UNBOUND) || sub.length() > MAX_SUB
                || orgId == null || orgId.isBlank() || orgId.length() > MAX_ORG || username.length() > MAX_NAME) {
            return;
        }
        directory.saw(new ReviewerDirectory.Sighting(sub, username,
                DisplayName.of(text("family_name"), text("given_name"), text("name"), username), orgId));
    }

    /** A string claim, or null: a claim of another shape names nobody (the endpoint refuses it where it matters). */
    private String text(String claim) {
        Object value = token.getClaim(claim);
        if (value instanceof JsonString json) {
            return json.getString();
        }
        return value instanceof String string ? string : null;
    }
}

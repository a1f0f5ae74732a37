package vn.dvk.recognition.security;

import io.quarkus.security.ForbiddenException;
import vn.dvk.kit.security.Caller;
import vn.dvk.recognition.domain.CouncilMember;

/**
 * The token's subject, under which recognition keeps who sits on a council, scores and votes: the identity
 * provider never changes nor reuses it, unlike a username.
 */
public final class Subjects {

    private Subjects() {
    }

    /** The caller's subject; a token without one, or with one shaped like a pre-V7 key, may not act on councils. */
    public static String of(Caller caller) {
        String sub = caller.subject();
        if (sub == null || sub.isBlank() || sub.startsWith(CouncilMember.UNBOUND)) {
            throw new ForbiddenException("The access token carries no usable subject");
        }
        return sub;
    }
}

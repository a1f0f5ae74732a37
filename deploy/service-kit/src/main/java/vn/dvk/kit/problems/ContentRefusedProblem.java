package vn.dvk.kit.problems;

import jakarta.ws.rs.core.Response;

/**
 * An uploaded file refused for what it is (415: a type not allowed, whatever its name says), its size (413), or
 * a rule of the service's own, such as the room what it belongs to has left (the registry's 413
 * upload-quota-exceeded).
 */
public class ContentRefusedProblem extends ApiProblem {

    private ContentRefusedProblem(Response.Status status, BilingualText detail) {
        super(status, detail);
    }

    private ContentRefusedProblem(ProblemType type, Response.Status status, BilingualText detail) {
        super(type, status, detail);
    }

    public static ContentRefusedProblem unsupportedType(BilingualText detail) {
        return new ContentRefusedProblem(Response.Status.UNSUPPORTED_MEDIA_TYPE, detail);
    }

    public static ContentRefusedProblem tooLarge(BilingualText detail) {
        return new ContentRefusedProblem(Response.Status.REQUEST_ENTITY_TOO_LARGE, detail);
    }

    /** A refusal of the service's own kind, answered with the kind's status (413 or 415). */
    public static ContentRefusedProblem of(ProblemType type, BilingualText detail) {
        Response.Status status = Response.Status.fromStatusCode(type.status());
        if (status != Response.Status.REQUEST_ENTITY_TOO_LARGE && status != Response.Status.UNSUPPORTED_MEDIA_TYPE) {
            throw new IllegalArgumentException(type + " is no refusal of content: its status is " + type.status());
        }
        return new ContentRefusedProblem(type, status, detail);
    }
}

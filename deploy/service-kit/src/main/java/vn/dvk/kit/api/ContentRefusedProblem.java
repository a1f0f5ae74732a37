package vn.dvk.kit.api;

import jakarta.ws.rs.core.Response;

/** An uploaded file refused for what it is (415: a type not allowed, whatever its name says) or its size (413). */
public class ContentRefusedProblem extends ApiProblem {

    private ContentRefusedProblem(Response.Status status, Detail detail) {
        super(status, detail);
    }

    public static ContentRefusedProblem unsupportedType(Detail detail) {
        return new ContentRefusedProblem(Response.Status.UNSUPPORTED_MEDIA_TYPE, detail);
    }

    public static ContentRefusedProblem tooLarge(Detail detail) {
        return new ContentRefusedProblem(Response.Status.REQUEST_ENTITY_TOO_LARGE, detail);
    }
}

package vn.dvk.kit.problems;

import jakarta.ws.rs.core.Response;

/**
 * An uploaded file refused for what it is (415: a type not allowed, whatever its name says), its size (413), or
 * the room what it belongs to has left (413 upload-quota-exceeded).
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

    /** The file would take what it belongs to (a model, a unit) past the bytes or files it may hold. */
    public static ContentRefusedProblem overQuota(BilingualText detail) {
        return new ContentRefusedProblem(ProblemType.UPLOAD_QUOTA_EXCEEDED, Response.Status.REQUEST_ENTITY_TOO_LARGE,
                detail);
    }
}

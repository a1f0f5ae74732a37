package vn.dvk.kit.security;

/** The realm roles of the identity provider. */
public final class Roles {
    public static final String SUBMITTER = "submitter";
    public static final String REVIEWER = "reviewer";
    public static final String ADMIN = "admin";
    public static final String AUDITOR = "auditor";
    /** Runs the platform (dead letters and their replay); sees no movement data. */
    public static final String OPERATOR = "operator";

    private Roles() {
    }
}

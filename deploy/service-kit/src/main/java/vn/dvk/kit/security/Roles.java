package vn.dvk.kit.security;

/** The realm roles of the identity provider. */
public final class Roles {
    public static final String SUBMITTER = "submitter";
    public static final String REVIEWER = "reviewer";
    public static final String ADMIN = "admin";
    public static final String AUDITOR = "auditor";
    /** Runs the platform (dead letters and their replay); sees no movement data. */
    public static final String OPERATOR = "operator";
    /**
     * Held beside {@link #OPERATOR} by whoever must read what dead-lettered events say (movement text, names of
     * people): without it an operator sees their metadata only.
     */
    public static final String OPERATOR_PAYLOADS = "operator-payloads";

    private Roles() {
    }
}

package vn.dvk.contracts.vocabulary;

/**
 * The realm roles of the identity provider that act in the movement: who registers, reviews, administers and
 * audits models. The roles that run the platform itself (dead letters, rebuilds) belong to the service kit,
 * whose endpoints require them: {@code vn.dvk.kit.security.OperatorRoles}.
 */
public final class Roles {
    public static final String SUBMITTER = "submitter";
    public static final String REVIEWER = "reviewer";
    public static final String ADMIN = "admin";
    public static final String AUDITOR = "auditor";

    private Roles() {
    }
}

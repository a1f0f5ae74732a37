package vn.dvk.contracts.vocabulary;

/**
 * The realm roles of the identity provider that act in the movement: who registers, reviews, administers and
 * audits models, and who leads (reads) them. The roles that run the platform itself (dead letters, rebuilds)
 * belong to the service kit, whose endpoints require them: {@code vn.dvk.kit.security.OperatorRoles}.
 */
public final class Roles {
    public static final String SUBMITTER = "submitter";
    public static final String REVIEWER = "reviewer";
    public static final String ADMIN = "admin";
    public static final String AUDITOR = "auditor";
    /**
     * A leader of a committee (Trưởng ban Dân vận, Bí thư): reads the figures, documents and read views of their own
     * organisation's subtree, and acts on nothing. Reviewing belongs to the committee's cadres ({@link #REVIEWER}),
     * so that a leader who only looks can never nominate, decide or revoke by mistake.
     */
    public static final String LEADER = "leader";

    private Roles() {
    }
}

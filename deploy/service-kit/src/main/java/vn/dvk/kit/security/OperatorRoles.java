package vn.dvk.kit.security;

/**
 * The realm roles of those who run the platform rather than the movement. They stay with the kit, not with the
 * movement's roles (vn.dvk.contracts.vocabulary.Roles), because the kit's own endpoints require them: the dead
 * letters and their replay.
 */
public final class OperatorRoles {
    /** Runs the platform (dead letters and their replay, rebuilds); sees no movement data. */
    public static final String OPERATOR = "operator";
    /**
     * Held beside {@link #OPERATOR} by whoever must read what dead-lettered events say (movement text, names of
     * people): without it an operator sees their metadata only.
     */
    public static final String OPERATOR_PAYLOADS = "operator-payloads";

    private OperatorRoles() {
    }
}

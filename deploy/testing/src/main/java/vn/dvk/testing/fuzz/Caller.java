package vn.dvk.testing.fuzz;

import java.util.ArrayList;
import java.util.List;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.TestTokens;

/**
 * Who sends a request: a role, the caller's position in the organisation tree relative to the demo unit
 * {@code ag-syt-bvdk} (dvk-contracts' {@link vn.dvk.contracts.ContractFiles#DEMO_PROVINCE}), and the bearer
 * token (null: anonymous).
 *
 * <p>Positions: {@code unit} (the unit itself), {@code other unit}, {@code base} (its base committee, ag-syt),
 * {@code other base}, {@code bloc} (its bloc, ag-dukcqdn), {@code other bloc}, {@code province} (ag),
 * {@code other province} (kg), and {@code -} for a caller without a token.
 */
public record Caller(String role, String position, String token) {

    public static final String ANONYMOUS = "none";

    /** Every role at every position that decides something, and no token. */
    public static List<Caller> demo() {
        return List.of(
                new Caller("submitter", "unit", DemoCallers.unitCadre()),
                new Caller("submitter", "other unit", DemoCallers.otherUnitCadre()),
                new Caller("reviewer", "base", DemoCallers.reviewer(DemoCallers.BASE)),
                new Caller("reviewer", "bloc", DemoCallers.reviewer(DemoCallers.BLOC)),
                new Caller("reviewer", "province", DemoCallers.reviewer(DemoCallers.PROVINCE)),
                new Caller("reviewer", "other base", DemoCallers.reviewer(DemoCallers.OTHER_BASE)),
                new Caller("reviewer", "other bloc",
                        TestTokens.token("reviewer.other.bloc", DemoCallers.OTHER_BLOC, "reviewer")),
                new Caller("admin", "province", DemoCallers.admin()),
                new Caller("admin", "other province", TestTokens.token("kg.admin", "kg", "admin")),
                new Caller("auditor", "province", DemoCallers.auditor()),
                new Caller("leader", "province", DemoCallers.leader(DemoCallers.PROVINCE)),
                new Caller("leader", "bloc", DemoCallers.leader(DemoCallers.BLOC)),
                new Caller("leader", "base", DemoCallers.leader(DemoCallers.BASE)),
                new Caller("leader", "other bloc", DemoCallers.leader(DemoCallers.OTHER_BLOC)),
                new Caller("operator", "province", DemoCallers.operator()),
                new Caller(ANONYMOUS, "-", null));
    }

    /** The demo callers and the tokens a fuzzer tries on top: without org_id, every role at once, not a JWT. */
    public static List<Caller> demoAndOdd() {
        List<Caller> callers = new ArrayList<>(demo());
        callers.add(new Caller("submitter", "no org_id", TestTokens.token("no.org", null, "submitter")));
        callers.add(new Caller("every role", "unknown org", TestTokens.token("all.roles", "nowhere",
                "submitter", "reviewer", "admin", "auditor", "leader", "operator")));
        callers.add(new Caller("submitter", "another audience", TestTokens.tokenForAnotherAudience("x",
                DemoCallers.UNIT, "submitter")));
        callers.add(new Caller("forged", "not a token", "not.a.jwt"));
        return callers;
    }

    public String name() {
        return role + "@" + position;
    }

    @Override
    public String toString() {
        return name();
    }
}

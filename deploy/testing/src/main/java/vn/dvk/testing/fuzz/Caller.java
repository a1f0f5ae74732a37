package vn.dvk.testing.fuzz;

import java.util.ArrayList;
import java.util.List;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.TestTokens;

/**
 * Who sends a request: a name for the reports and the bearer token (null: anonymous). The demo callers sit at
 * every position in the demo tree (deploy/local/demo/an-giang.json) relative to its unit {@code ag-syt-bvdk}.
 */
public record Caller(String name, String token) {

    /** Every role, at every position relative to the demo unit, no token, and tokens that must be refused. */
    public static List<Caller> demo() {
        List<Caller> callers = new ArrayList<>(List.of(
                new Caller("unit cadre", DemoCallers.unitCadre()),
                new Caller("other unit's cadre", DemoCallers.otherUnitCadre()),
                new Caller("base reviewer", DemoCallers.reviewer(DemoCallers.BASE)),
                new Caller("bloc reviewer", DemoCallers.reviewer(DemoCallers.BLOC)),
                new Caller("province reviewer", DemoCallers.reviewer(DemoCallers.PROVINCE)),
                new Caller("reviewer of another base", DemoCallers.reviewer(DemoCallers.OTHER_BASE)),
                new Caller("reviewer of another bloc", TestTokens.token("reviewer.other.bloc", "ag-tu-lx", "reviewer")),
                new Caller("admin", DemoCallers.admin()),
                new Caller("admin of another province", TestTokens.token("kg.admin", "kg", "admin")),
                new Caller("auditor", DemoCallers.auditor()),
                new Caller("operator", DemoCallers.operator()),
                new Caller("anonymous", null)));
        return callers;
    }

    /** The demo callers and the tokens a fuzzer tries on top: without org_id, every role at once, not a JWT. */
    public static List<Caller> demoAndOdd() {
        List<Caller> callers = new ArrayList<>(demo());
        callers.add(new Caller("cadre without org_id", TestTokens.token("no.org", null, "submitter")));
        callers.add(new Caller("every role at an unknown org", TestTokens.token("all.roles", "nowhere",
                "submitter", "reviewer", "admin", "auditor", "operator")));
        callers.add(new Caller("another audience", TestTokens.tokenForAnotherAudience("x", DemoCallers.UNIT,
                "submitter")));
        callers.add(new Caller("not a token", "not.a.jwt"));
        return callers;
    }

    @Override
    public String toString() {
        return name;
    }
}

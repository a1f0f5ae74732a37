package vn.dvk.testing;

/**
 * Tokens for callers placed in the demo organisation tree ({@link vn.dvk.contracts.ContractFiles#DEMO_PROVINCE},
 * which DemoCallersTest holds these organisations to).
 */
public final class DemoCallers {

    public static final String UNIT = "ag-syt-bvdk";
    public static final String OTHER_UNIT = "ag-sgddt-thpt-lx";
    public static final String BASE = "ag-syt";
    public static final String OTHER_BASE = "ag-sgddt";
    public static final String BLOC = "ag-dukcqdn";
    public static final String OTHER_BLOC = "ag-tu-lx";
    public static final String PROVINCE = "ag";

    private DemoCallers() {
    }

    public static String unitCadre() {
        return TestTokens.token("unit.cadre", UNIT, "submitter");
    }

    public static String otherUnitCadre() {
        return TestTokens.token("other.unit.cadre", OTHER_UNIT, "submitter");
    }

    public static String reviewer(String orgId) {
        return TestTokens.token("reviewer." + orgId, orgId, "reviewer");
    }

    public static String admin() {
        return TestTokens.token("province.admin", PROVINCE, "admin");
    }

    public static String operator() {
        return TestTokens.token("operator", PROVINCE, "operator");
    }

    /** A leader (Trưởng ban, Bí thư) of the organisation: reads its subtree, acts on nothing. */
    public static String leader(String orgId) {
        return TestTokens.token("leader." + orgId, orgId, "leader");
    }

    public static String auditor() {
        return TestTokens.token("auditor", PROVINCE, "auditor");
    }
}

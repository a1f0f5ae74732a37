package vn.dvk.contracts;

/**
 * Where this module's files are on the class path, so that whoever reads them names them through a dependency
 * Maven knows rather than through a path into another module's folder.
 */
public final class ContractFiles {

    /**
     * The JSON Schema of every event type a service publishes, {@code <type>.schema.json}, beside the schemas they
     * share; each schema's {@code $id} is {@link #EVENT_SCHEMA_ID_PREFIX} followed by its file name.
     */
    public static final String EVENT_SCHEMAS = "vn/dvk/contracts/events/";
    public static final String EVENT_SCHEMA_ID_PREFIX = "https://dvk.example/events/";

    /** The demo province's organisation tree and campaigns: An Giang, its blocs, base committees and units. */
    public static final String DEMO_PROVINCE = "vn/dvk/contracts/demo/an-giang.json";
    /** A few hundred models of the demo province's units, for the launcher's demo. */
    public static final String DEMO_MODELS = "vn/dvk/contracts/demo/an-giang-models.json";
    /**
     * The demo's decisions, which the launcher records through recognition's API: number, date, signer and the
     * demo models (by unit and title) each recognises.
     */
    public static final String DEMO_DECISIONS = "vn/dvk/contracts/demo/an-giang-decisions.json";

    /**
     * Each service's OpenAPI document, {@code <service>.json}: what the service serves at {@code /q/openapi} (its
     * tests compare), and what deploy/web-app lints and generates its client from without waiting for the services'
     * builds.
     */
    public static final String OPENAPI = "vn/dvk/contracts/openapi/";

    /** How the registry's {@code dvk.registry.seed-file} names a file on its class path. */
    public static final String CLASSPATH = "classpath:";

    private ContractFiles() {
    }

    /** The resource holding a service's OpenAPI document, e.g. {@code registry-service}. */
    public static String openApi(String service) {
        return OPENAPI + service + ".json";
    }

    /** The resource holding the schema of an event type, e.g. {@code dvk.registry.model.submitted.v1}. */
    public static String eventSchema(String type) {
        return EVENT_SCHEMAS + type + ".schema.json";
    }
}

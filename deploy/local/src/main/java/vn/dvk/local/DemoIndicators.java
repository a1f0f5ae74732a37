package vn.dvk.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.time.YearMonth;

/**
 * The demo's unit indicators, reported through the registry's API as the province's admin would enter them: for
 * each unit of the province, January to October 2026, directive documents, dialogues and complaints received and
 * resolved. Figures are fixed per unit and month, so a restart reports them again unchanged, which changes nothing.
 */
final class DemoIndicators {

    private static final YearMonth FIRST = YearMonth.of(2026, 1);
    private static final YearMonth LAST = YearMonth.of(2026, 10);

    private final DemoApi registry;

    DemoIndicators(URI issuer, URI registryApi) {
        this.registry = new DemoApi(issuer, registryApi);
    }

    /** Returns what it did, for the console. */
    String run() throws IOException, InterruptedException {
        String admin = registry.token("province.admin");
        int reports = 0;
        int units = 0;
        for (JsonNode unit : registry.get(admin, "/organisations?kind=UNIT&active=true&limit=100").path("items")) {
            String id = unit.path("id").asText();
            int seed = Math.floorMod(id.hashCode(), 97);
            for (YearMonth month = FIRST; !month.isAfter(LAST); month = month.plusMonths(1)) {
                int m = month.getMonthValue();
                int received = 8 + (seed * 7 + m * 3) % 25;
                int resolved = received - ((seed + m) % 4 == 0 ? 1 + seed % 3 : 0);
                registry.send(admin, "PUT", "/organisations/" + id + "/indicators/" + month, """
                        {"directiveDocuments":%d,"dialogues":%d,"complaintsReceived":%d,"complaintsResolved":%d}"""
                        .formatted((seed + m) % 3, 1 + (seed + m) % 4, received, Math.max(resolved, 0)), null, 200);
                reports++;
            }
            units++;
        }
        return reports + " monthly indicator reports of " + units + " units";
    }
}

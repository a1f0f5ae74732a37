package vn.dvk.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The demo's unit indicators, reported through the registry's API as the province's admin would enter them: for
 * each unit of the province, January to October 2026, directive documents, dialogues and complaints received and
 * resolved. Figures are fixed per unit and month, so a restart reports them again unchanged, which changes nothing.
 * Units report side by side, each its months in order: one after the other, the 380 reports were the longest part
 * of the demo data (29 s of a test suite's start on a busy machine).
 */
final class DemoIndicators {

    private static final YearMonth FIRST = YearMonth.of(2026, 1);
    private static final YearMonth LAST = YearMonth.of(2026, 10);
    private static final int UNITS_AT_ONCE = 4;

    private final DemoApi registry;

    DemoIndicators(URI issuer, URI registryApi) {
        this.registry = new DemoApi(issuer, registryApi);
    }

    /** Returns what it did, for the console. */
    String run() throws IOException, InterruptedException {
        String admin = registry.token("province.admin");
        List<String> units = new ArrayList<>();
        for (JsonNode unit : registry.get(admin, "/organisations?kind=UNIT&active=true&limit=100").path("items")) {
            units.add(unit.path("id").asText());
        }
        ExecutorService reporters = Executors.newFixedThreadPool(UNITS_AT_ONCE);
        try {
            List<Future<Integer>> reported = new ArrayList<>();
            for (String unit : units) {
                reported.add(reporters.submit(() -> report(admin, unit)));
            }
            int reports = 0;
            for (Future<Integer> unit : reported) {
                reports += unit.get();
            }
            return reports + " monthly indicator reports of " + units.size() + " units";
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            reporters.shutdownNow();
        }
    }

    /** The unit's months, in order; returns how many. */
    private int report(String admin, String id) throws IOException, InterruptedException {
        int seed = Math.floorMod(id.hashCode(), 97);
        int reports = 0;
        for (YearMonth month = FIRST; !month.isAfter(LAST); month = month.plusMonths(1)) {
            int m = month.getMonthValue();
            int received = 8 + (seed * 7 + m * 3) % 25;
            int resolved = received - ((seed + m) % 4 == 0 ? 1 + seed % 3 : 0);
            registry.send(admin, "PUT", "/organisations/" + id + "/indicators/" + month, """
                    {"directiveDocuments":%d,"dialogues":%d,"complaintsReceived":%d,"complaintsResolved":%d}"""
                    .formatted((seed + m) % 3, 1 + (seed + m) % 4, received, Math.max(resolved, 0)), null, 200);
            reports++;
        }
        return reports;
    }
}

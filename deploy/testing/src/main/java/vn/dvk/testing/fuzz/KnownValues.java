package vn.dvk.testing.fuzz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values that exist in the service under test (seeded organisations, a campaign, models made before the run), by
 * the name of the parameter or body field that takes them. A generator that only sent random ids would stop at the
 * first 404; with these, most requests reach the code behind the lookup.
 *
 * <p>A path parameter is looked up first as {@code "segment/{name}"} (the literal segment before it, e.g.
 * {@code "models/{id}"}), then by its bare name.
 */
public final class KnownValues {

    private final Map<String, List<String>> values = new LinkedHashMap<>();

    public KnownValues with(String name, String... known) {
        values.put(name, List.of(known));
        return this;
    }

    public List<String> forPath(String path, String name) {
        int at = path.indexOf("{" + name + "}");
        String before = path.substring(0, Math.max(at - 1, 0));
        String segment = before.substring(before.lastIndexOf('/') + 1);
        return values.getOrDefault(segment + "/{" + name + "}", forName(name));
    }

    public List<String> forName(String name) {
        return values.getOrDefault(name, List.of());
    }
}

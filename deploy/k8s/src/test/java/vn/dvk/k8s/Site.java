package vn.dvk.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.TreeMap;

/** An overlay's site.env: the per-site settings components/site writes into the manifests. */
final class Site {

    private Site() {
    }

    static Map<String, String> values(String overlay) {
        Map<String, String> values = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(Repo.overlay(overlay).resolve("site.env"))) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.contains("=")) {
                    continue;
                }
                values.put(trimmed.substring(0, trimmed.indexOf('=')).strip(),
                        trimmed.substring(trimmed.indexOf('=') + 1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }
}

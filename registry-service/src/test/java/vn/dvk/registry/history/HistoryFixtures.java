package vn.dvk.registry.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The history files shipped under deploy/local/demo/history (built by generate.py there), read as bytes. */
final class HistoryFixtures {

    static final Path DIRECTORY = Path.of("..", "deploy", "local", "demo", "history");

    private HistoryFixtures() {
    }

    static byte[] read(String name) {
        try {
            return Files.readAllBytes(DIRECTORY.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("The fixture " + name + " is missing: run generate.py beside it", e);
        }
    }
}

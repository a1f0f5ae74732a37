package vn.dvk.local;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import vn.dvk.testing.suite.LaunchFailure;

/** The launcher's own output: numbered steps, one line per part, and a readable failure. */
final class Console {

    private static final int TAIL_LINES = 20;

    private final PrintStream out;

    Console(PrintStream out) {
        this.out = out;
    }

    void line(String text) {
        out.println(text);
        out.flush();
    }

    void step(int number, int of, String text) {
        line(String.format("[%d/%d] %s", number, of, text));
    }

    void part(String part, String text) {
        line(String.format("      %-20s %s", part, text));
    }

    void failure(Throwable failure) {
        line("");
        line("FAILED: " + (failure.getMessage() != null ? failure.getMessage() : failure.toString()));
        if (failure instanceof LaunchFailure launch && launch.log() != null) {
            List<String> tail = tail(launch.log());
            if (!tail.isEmpty()) {
                line("Last lines of " + launch.log() + ":");
                tail.forEach(l -> line("  | " + l));
            }
        } else if (!(failure instanceof LaunchFailure)) {
            failure.printStackTrace(out);
        }
    }

    static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }

    private static List<String> tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size());
        } catch (IOException | RuntimeException e) {
            // A log that cannot be read (or is not UTF-8) only loses the excerpt.
            return List.of();
        }
    }
}

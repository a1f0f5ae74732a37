package vn.dvk.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import vn.dvk.testing.suite.FileTrees;
import vn.dvk.testing.suite.RestartableSuite;
import vn.dvk.testing.suite.SuiteLayout;

/** What every benchmark does before it measures: read its options, clear its work directory, start the suite. */
final class BenchSuite {

    /** The infrastructure's chatter, which would drown the figures. */
    private static final List<Logger> QUIET = Stream.of("org.apache.kafka", "kafka", "com.github.tomakehurst",
            "wiremock", "org.eclipse.jetty").map(Logger::getLogger).toList();

    private BenchSuite() {
    }

    /**
     * The options of the command line (on a bad one: its message, and exit status 2), with the infrastructure's
     * logs quieted and the work directory emptied.
     */
    static BenchOptions prepare(String[] args, String workName, int defaultSamples, int defaultWarmUp)
            throws IOException {
        QUIET.forEach(logger -> logger.setLevel(Level.WARNING));
        BenchOptions options;
        try {
            options = BenchOptions.parse(List.of(args), Path.of("").toAbsolutePath(), workName, defaultSamples,
                    defaultWarmUp);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            throw e; // not reached
        }
        FileTrees.delete(options.workDirectory());
        return options;
    }

    /** The packaged services, one replica each, with their infrastructure, on the options' ports. */
    static RestartableSuite start(BenchOptions options) {
        return RestartableSuite.start(new SuiteLayout(options.repoRoot(), options.workDirectory(), 1,
                options.basePort(), Duration.ofSeconds(180)));
    }
}

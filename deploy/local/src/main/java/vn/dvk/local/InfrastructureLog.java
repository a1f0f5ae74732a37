package vn.dvk.local;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.Logger;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.jboss.logmanager.handlers.FileHandler;

/**
 * Sends what Kafka and PostgreSQL log inside the launcher's JVM (through SLF4J and Log4j 2, both routed to
 * the JBoss LogManager) to a file, so the console shows only the launcher's own steps.
 */
final class InfrastructureLog {

    /** Kept so their levels stay set: the log manager may forget loggers nobody references. */
    private static final List<Logger> CONFIGURED = new ArrayList<>();

    private InfrastructureLog() {
    }

    static synchronized void writeTo(Path file) throws IOException {
        // Let the log manager read its default configuration first, or it would replace ours later.
        java.util.logging.LogManager.getLogManager();
        LogContext context = LogContext.getSystemLogContext();
        FileHandler handler = new FileHandler(file.toString(), false);
        handler.setAutoFlush(true);
        handler.setFormatter(new PatternFormatter("%d{HH:mm:ss,SSS} %-5p [%c] (%t) %s%e%n"));
        Logger root = context.getLogger("");
        for (Handler old : root.clearHandlers()) {
            old.close();
        }
        root.addHandler(handler);
        root.setLevel(Level.INFO);
        CONFIGURED.add(root);
        // About a thousand INFO lines per broker start otherwise.
        for (String noisy : List.of("org.apache.kafka", "kafka", "state.change.logger")) {
            Logger logger = context.getLogger(noisy);
            logger.setLevel(Level.WARNING);
            CONFIGURED.add(logger);
        }
    }
}

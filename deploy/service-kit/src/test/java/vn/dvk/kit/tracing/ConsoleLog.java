package vn.dvk.kit.tracing;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.handlers.ConsoleHandler;

/** How the running application writes its console log: what a line looks like. */
final class ConsoleLog {

    private ConsoleLog() {
    }

    /** A line as the console handler formats it. */
    static String sampleLine() {
        ExtLogRecord record = new ExtLogRecord(Level.INFO, "what a line looks like", ConsoleLog.class.getName());
        record.setLoggerName(ConsoleLog.class.getName());
        return formatter().format(record);
    }

    private static Formatter formatter() {
        List<ConsoleHandler> consoles = new ArrayList<>();
        collect(LogContext.getLogContext().getLogger("").getHandlers(), consoles);
        if (consoles.size() != 1) {
            throw new AssertionError("Expected one console handler, found " + consoles);
        }
        return consoles.get(0).getFormatter();
    }

    /** The console handler sits behind Quarkus' delayed (and possibly an async) handler. */
    private static void collect(Handler[] handlers, List<ConsoleHandler> consoles) {
        for (Handler handler : handlers) {
            if (handler instanceof ConsoleHandler console) {
                consoles.add(console);
            } else if (handler instanceof ExtHandler parent) {
                collect(parent.getHandlers(), consoles);
            }
        }
    }
}

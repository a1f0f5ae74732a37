package vn.dvk.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;
import vn.dvk.testing.suite.LaunchFailure;

/** Checks the suite's ports before starting anything: a busy port is usually a suite that is still running. */
public final class Ports {

    private Ports() {
    }

    /** @param ports part name to port; port 0 (any free port) is skipped */
    static void requireFree(Map<String, Integer> ports) {
        ports.forEach((part, port) -> {
            if (port != 0 && !isFree(port)) {
                throw new LaunchFailure(part, null, "port " + port + " is in use. Is another DVK suite running"
                        + " (or left behind)? See what holds it with: ss -ltnp 'sport = :" + port
                        + "'; or pick other ports (--help)");
            }
        });
    }

    /** Whether a server could listen on the port now. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // As the servers do: a port in TIME_WAIT after the last run counts as free.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}

package vn.dvk.kit.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A TCP proxy to a server whose connections can fall silent: {@link #silence()} makes every connection open at
 * that moment forward nothing more in either direction, for good, and close nothing, as a vanished host or a
 * partitioned network looks to both ends. Connections opened later are forwarded as usual.
 */
final class SilentProxy implements AutoCloseable {

    private final ServerSocket listening;
    private final int targetPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final List<AtomicBoolean> open = new CopyOnWriteArrayList<>();
    private volatile int accepted;

    SilentProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "silent-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listening.getLocalPort();
    }

    /** Connections the proxy has taken so far. */
    int accepted() {
        return accepted;
    }

    void silence() {
        open.forEach(connection -> connection.set(true));
        open.clear();
    }

    private void accept() {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                sockets.add(client);
                sockets.add(server);
                accepted++;
                AtomicBoolean silenced = new AtomicBoolean();
                open.add(silenced);
                pump(client, server, silenced);
                pump(server, client, silenced);
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void pump(Socket from, Socket to, AtomicBoolean silenced) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    if (silenced.get()) {
                        continue; // swallowed: neither end hears anything, nor that anything is wrong
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // one end went away
            }
        }, "silent-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        listening.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }
}

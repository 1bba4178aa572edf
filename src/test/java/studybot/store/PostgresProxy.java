package studybot.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay in front of the run's PostgreSQL, so a test can take "the server" down without stopping the server other
 * tests share: {@link #goDown()} cuts every connection and closes the port, and connecting is then refused, as it is
 * when PostgreSQL is stopped.
 */
public final class PostgresProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int target;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    private PostgresProxy(ServerSocket listener, int target) {
        this.listener = listener;
        this.target = target;
        Thread accepting = new Thread(this::accept, "postgres-proxy");
        accepting.setDaemon(true);
        accepting.start();
    }

    /** A relay on a free local port to the PostgreSQL at {@code url}'s port. */
    public static PostgresProxy to(String url) throws IOException {
        return new PostgresProxy(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), port(url));
    }

    /** {@code url} with its port replaced by the relay's. */
    public String url(String url) {
        return url.replace(":" + target + "/", ":" + listener.getLocalPort() + "/");
    }

    /** Cuts every connection and stops listening: connecting is refused from now on. */
    public void goDown() throws IOException {
        listener.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }

    @Override
    public void close() throws IOException {
        goDown();
    }

    private static int port(String url) {
        String rest = url.substring(url.indexOf("//") + 2);
        return Integer.parseInt(rest.substring(rest.indexOf(':') + 1, rest.indexOf('/')));
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                sockets.add(client);
                sockets.add(server);
                pump(client, server);
                pump(server, client);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(
                () -> {
                    byte[] buffer = new byte[8192];
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                            out.write(buffer, 0, read);
                            out.flush();
                        }
                    } catch (IOException e) {
                        // the other side closed, or the relay went down
                    } finally {
                        close(from);
                        close(to);
                    }
                },
                "postgres-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing twice is fine
        }
    }
}

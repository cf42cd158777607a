package dev.smarter.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;

/**
 * A minimal HTTP/1.1 keep-alive server on the loopback interface that answers every request at once
 * with precomputed bytes ({@link CannedRoutes}), so that a benchmark measures the client, not the
 * server.
 *
 * <p>One thread per connection; TCP_NODELAY on every accepted socket (without it each response
 * stalls about 40 ms on Nagle's algorithm, see DESIGN.md); each response is one {@code write}.
 * Request bodies must carry {@code Content-Length} (OkHttp sends it for every body the SDK makes);
 * they are read and discarded. After warm-up a request allocates nothing on the server's side
 * ({@link #allocatedBytes()} lets a benchmark check that), so JMH's allocation profiler, which
 * counts every thread of the JVM, sees the client's allocations only.
 */
public final class CannedServer implements AutoCloseable {
  private static final byte[] HEAD_END = {'\r', '\n', '\r', '\n'};
  private static final byte[] CONTENT_LENGTH = "content-length:".getBytes(CannedRoutes.ASCII);

  private final ServerSocket serverSocket;
  private final CannedRoutes routes;
  private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
  private final List<Thread> threads = new CopyOnWriteArrayList<>();
  private final LongAdder requests = new LongAdder();

  private CannedServer(ServerSocket serverSocket, CannedRoutes routes) {
    this.serverSocket = serverSocket;
    this.routes = routes;
  }

  /**
   * Starts a server on a free loopback port.
   *
   * @return the running server
   * @throws IOException if no port can be bound
   */
  public static CannedServer start() throws IOException {
    ServerSocket socket = new ServerSocket();
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    CannedServer server = new CannedServer(socket, new CannedRoutes());
    server.spawn("canned-accept", server::acceptLoop);
    return server;
  }

  /**
   * Returns the base URL.
   *
   * @return {@code http://127.0.0.1:<port>/}
   */
  public String url() {
    return "http://127.0.0.1:" + serverSocket.getLocalPort() + "/";
  }

  /**
   * Returns how many requests were answered.
   *
   * @return the count since start
   */
  public long requestCount() {
    return requests.sum();
  }

  /**
   * Returns the bytes allocated so far by the server's live threads.
   *
   * @return bytes, or -1 when the JVM cannot tell
   */
  public long allocatedBytes() {
    if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean)) {
      return -1;
    }
    var mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long total = 0;
    for (Thread thread : threads) {
      long bytes = mx.getThreadAllocatedBytes(thread.getId());
      total += Math.max(0, bytes);
    }
    return total;
  }

  /** Stops accepting, closes every connection and waits briefly for the threads to end. */
  @Override
  public void close() throws IOException {
    serverSocket.close();
    for (Socket connection : connections) {
      connection.close();
    }
    for (Thread thread : threads) {
      try {
        thread.join(1_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void spawn(String name, Runnable task) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    threads.add(thread);
    thread.start();
  }

  private void acceptLoop() {
    while (!serverSocket.isClosed()) {
      try {
        Socket socket = serverSocket.accept();
        socket.setTcpNoDelay(true);
        connections.add(socket);
        spawn("canned-" + socket.getPort(), () -> serve(socket));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      InputStream in = socket.getInputStream();
      OutputStream out = socket.getOutputStream();
      byte[] buffer = new byte[16 * 1024];
      int start = 0;
      int end = 0;
      while (true) {
        int headEnd;
        while ((headEnd = indexOf(buffer, start, end, HEAD_END)) < 0) {
          if (end == buffer.length) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
            if (end == buffer.length) {
              throw new IOException("request head larger than " + buffer.length + " bytes");
            }
          }
          int read = in.read(buffer, end, buffer.length - end);
          if (read < 0) {
            return;
          }
          end += read;
        }
        byte[] response = routes.responseFor(buffer, start);
        long bodyLeft = contentLength(buffer, start, headEnd);
        start = headEnd + HEAD_END.length;
        int buffered = (int) Math.min(bodyLeft, end - start);
        start += buffered;
        bodyLeft -= buffered;
        if (start == end) {
          start = 0;
          end = 0;
        }
        while (bodyLeft > 0) {
          int read = in.read(buffer, 0, (int) Math.min(buffer.length, bodyLeft));
          if (read < 0) {
            return;
          }
          bodyLeft -= read;
        }
        out.write(response);
        requests.increment();
      }
    } catch (SocketException e) {
      // The client or close() dropped the connection.
    } catch (IOException e) {
      throw new IllegalStateException("canned server failed", e);
    } finally {
      connections.remove(socket);
    }
  }

  private static int indexOf(byte[] buffer, int from, int to, byte[] target) {
    outer:
    for (int i = from; i <= to - target.length; i++) {
      for (int j = 0; j < target.length; j++) {
        if (buffer[i + j] != target[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** The value of the {@code Content-Length} header between {@code from} and {@code to}, or 0. */
  private static long contentLength(byte[] buffer, int from, int to) {
    for (int line = from; line < to; ) {
      if (CannedRoutes.startsWithIgnoreCase(buffer, line, to, CONTENT_LENGTH)) {
        long value = 0;
        for (int i = line + CONTENT_LENGTH.length; i < to && buffer[i] != '\r'; i++) {
          if (buffer[i] >= '0' && buffer[i] <= '9') {
            value = value * 10 + (buffer[i] - '0');
          }
        }
        return value;
      }
      while (line < to && buffer[line] != '\n') {
        line++;
      }
      line++;
    }
    return 0;
  }
}

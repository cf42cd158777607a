package dev.smarter.testkit.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;

/**
 * A small HTTP/1.1 server for the fake: one thread accepts, one thread per connection reads
 * requests in a keep-alive loop with blocking I/O (no selector hand-offs, so a request costs little
 * more than its system calls), TCP_NODELAY on every socket. It replaces the JDK's {@code
 * HttpServer}, which rewrites header values (a tab becomes a space) before a handler sees them.
 *
 * <p>Connections idle for {@value #IDLE_TIMEOUT_MILLIS} ms are closed. {@link #close()} closes the
 * listening socket and every open connection, cutting off requests in flight.
 */
public final class HttpTransport implements AutoCloseable {
  static final int IDLE_TIMEOUT_MILLIS = 30_000;
  private static final int BACKLOG = 128;

  private final ServerSocket listener;
  private final ExchangeHandler handler;
  private final HttpResponseWriter writer;
  private final ExecutorService threads;
  private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  /**
   * Binds {@code address} and starts serving; responses are dated by {@code clock}.
   *
   * @throws IOException if the address cannot be bound
   */
  public HttpTransport(
      InetSocketAddress address, ExchangeHandler handler, Clock clock, ThreadFactory threadFactory)
      throws IOException {
    this.handler = handler;
    this.writer = new HttpResponseWriter(clock);
    this.listener = new ServerSocket();
    try {
      listener.bind(address, BACKLOG);
    } catch (IOException e) {
      listener.close();
      throw e;
    }
    this.threads = Executors.newCachedThreadPool(threadFactory);
    threads.execute(this::acceptLoop);
  }

  /** The bound port. */
  public int port() {
    return listener.getLocalPort();
  }

  private void acceptLoop() {
    while (!closed) {
      Socket socket;
      try {
        socket = listener.accept();
      } catch (IOException e) {
        if (closed || !pause()) {
          return;
        }
        continue;
      }
      connections.add(socket);
      try {
        threads.execute(() -> serve(socket));
      } catch (RejectedExecutionException e) {
        closeQuietly(socket);
      }
      if (closed) {
        closeQuietly(socket);
      }
    }
  }

  /** Waits a little after a failed accept (out of file descriptors); false if interrupted. */
  private static boolean pause() {
    try {
      Thread.sleep(10);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(IDLE_TIMEOUT_MILLIS);
      OutputStream out = socket.getOutputStream();
      HttpRequestReader reader = new HttpRequestReader(socket.getInputStream());
      while (!closed && exchange(reader, out)) {
        // next request on the same connection
      }
    } catch (IOException e) {
      // the client went away, timed out, or the server is closing
    } finally {
      connections.remove(socket);
    }
  }

  /** Serves one request; returns whether the connection stays open for another. */
  private boolean exchange(HttpRequestReader reader, OutputStream out) throws IOException {
    HttpRequestHead head;
    byte[] body;
    try {
      head = reader.readHead();
      if (head == null) {
        return false;
      }
      if (HttpRequestReader.expectsContinue(head)) {
        out.write(HttpResponseWriter.continueResponse());
      }
      body = reader.readBody(head);
    } catch (HttpRequestReader.BadRequestException e) {
      out.write(writer.badRequest());
      return false;
    }
    ExchangeHandler.Outcome outcome = handler.handle(head, body);
    ApiResponse response = outcome.response();
    if (response == null) {
      return false;
    }
    if (!outcome.delay().isZero()) {
      try {
        Thread.sleep(outcome.delay().toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    boolean keepAlive = head.keepAlive();
    out.write(writer.render(response, head.method().equals("HEAD"), keepAlive));
    out.flush();
    return keepAlive;
  }

  /** Stops accepting, closes every connection and stops the threads (idempotent). */
  @Override
  public void close() {
    closed = true;
    closeQuietly(listener);
    for (Socket socket : connections) {
      closeQuietly(socket);
    }
    threads.shutdownNow();
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (SocketException e) {
      // already closed
    } catch (Exception e) {
      // nothing useful to do while closing
    }
  }
}

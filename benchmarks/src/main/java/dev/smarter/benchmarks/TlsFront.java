package dev.smarter.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLServerSocket;
import okhttp3.HttpUrl;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * HTTPS in front of a plain HTTP server on this machine, for {@link ColdStart}: it terminates TLS
 * with a certificate for {@code 127.0.0.1} made at start and copies bytes to and from the server.
 *
 * <p>The measured JVMs trust it through {@link #trustStoreOptions()}: a copy of the JDK's own trust
 * store, in the same format and opened the same way (no password, so no integrity check), with this
 * certificate added, so that loading it costs them what loading the default store costs a real
 * client. Thread-safe; {@link #close()} stops accepting and closes open connections.
 */
final class TlsFront implements AutoCloseable {
  private static final String HOST = "127.0.0.1";

  /** The JDK's trust store is stored with this password and read without one. */
  private static final String STORE_PASSWORD = "changeit";

  private final ServerSocket serverSocket;
  private final InetSocketAddress backend;
  private final Path trustStore;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final ExecutorService threads =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "tls-front");
            thread.setDaemon(true);
            return thread;
          });

  private TlsFront(ServerSocket serverSocket, InetSocketAddress backend, Path trustStore) {
    this.serverSocket = serverSocket;
    this.backend = backend;
    this.trustStore = trustStore;
  }

  /**
   * Starts a front for {@code backend}.
   *
   * @param backend the plain HTTP server, on this machine
   * @param workDir where the trust store file is written
   * @return the running front
   * @throws IOException if the port or the trust store cannot be made
   */
  static TlsFront start(HttpUrl backend, Path workDir) throws IOException {
    HeldCertificate certificate =
        new HeldCertificate.Builder()
            .commonName(HOST)
            .addSubjectAlternativeName(HOST)
            .duration(1, TimeUnit.DAYS)
            .build();
    HandshakeCertificates server =
        new HandshakeCertificates.Builder().heldCertificate(certificate).build();
    Path trustStore = workDir.resolve("truststore.p12");
    writeTrustStore(certificate, trustStore);
    SSLServerSocket serverSocket =
        (SSLServerSocket)
            server
                .sslContext()
                .getServerSocketFactory()
                .createServerSocket(0, 50, InetAddress.getLoopbackAddress());
    TlsFront front =
        new TlsFront(
            serverSocket, new InetSocketAddress(backend.host(), backend.port()), trustStore);
    front.threads.execute(front::acceptLoop);
    return front;
  }

  /**
   * Returns the front's base URL.
   *
   * @return {@code https://127.0.0.1:<port>/}
   */
  String url() {
    return "https://" + HOST + ":" + serverSocket.getLocalPort() + "/";
  }

  /**
   * Returns the JVM options that make a JVM trust this front, and everything the JDK trusts.
   *
   * @return the {@code -Djavax.net.ssl.trustStore} option
   */
  List<String> trustStoreOptions() {
    return List.of("-Djavax.net.ssl.trustStore=" + trustStore);
  }

  private static void writeTrustStore(HeldCertificate certificate, Path file) throws IOException {
    Path jdkStore = Path.of(System.getProperty("java.home"), "lib", "security", "cacerts");
    try {
      KeyStore store = KeyStore.getInstance(jdkStore.toFile(), (char[]) null);
      store.setCertificateEntry("smarter-dev-benchmark", certificate.certificate());
      try (OutputStream out = Files.newOutputStream(file)) {
        store.store(out, STORE_PASSWORD.toCharArray());
      }
    } catch (GeneralSecurityException e) {
      throw new IOException("could not write the trust store " + file, e);
    }
  }

  private void acceptLoop() {
    while (!serverSocket.isClosed()) {
      Socket client;
      try {
        client = serverSocket.accept();
      } catch (IOException e) {
        return;
      }
      open.add(client);
      try {
        threads.execute(() -> relay(client));
      } catch (RejectedExecutionException e) {
        closeQuietly(client);
        return;
      }
    }
  }

  private void relay(Socket client) {
    Socket server = new Socket();
    open.add(server);
    try {
      server.setTcpNoDelay(true);
      client.setTcpNoDelay(true);
      server.connect(backend);
      threads.execute(() -> copy(server, client));
      copy(client, server);
    } catch (IOException | RejectedExecutionException e) {
      // The measured JVM closed its connection or exited, or the front is closing.
    } finally {
      closeQuietly(client);
      closeQuietly(server);
    }
  }

  private void closeQuietly(Socket socket) {
    open.remove(socket);
    try {
      socket.close();
    } catch (IOException ignored) {
      // Already closed.
    }
  }

  /** Copies until {@code from} ends, then closes {@code to} so the other direction ends too. */
  private static void copy(Socket from, Socket to) {
    byte[] buffer = new byte[16 * 1024];
    try {
      InputStream in = from.getInputStream();
      OutputStream out = to.getOutputStream();
      for (int read; (read = in.read(buffer)) != -1; ) {
        out.write(buffer, 0, read);
        out.flush();
      }
    } catch (IOException e) {
      // The connection ended, from either side.
    } finally {
      try {
        to.close();
      } catch (IOException ignored) {
        // Already closed.
      }
    }
  }

  @Override
  public void close() throws IOException {
    serverSocket.close();
    for (Socket socket : open) {
      closeQuietly(socket);
    }
    threads.shutdownNow();
    Files.deleteIfExists(trustStore);
  }
}

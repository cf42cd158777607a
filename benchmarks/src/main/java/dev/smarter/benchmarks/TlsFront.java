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
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLServerSocket;
import okhttp3.HttpUrl;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * HTTPS in front of a plain HTTP server on this machine, for {@link ColdStart}: it terminates TLS
 * with a certificate for {@code localhost} made at start and copies bytes to and from the server.
 *
 * <p>The measured JVMs trust it through {@link #trustStoreOptions()}: a copy of the JDK's own trust
 * store with this certificate added, so that loading it costs them what loading the default store
 * costs a real client. Thread-safe; {@link #close()} stops accepting and ends open connections.
 */
final class TlsFront implements AutoCloseable {
  private static final String HOST = "localhost";
  private static final String STORE_PASSWORD = "changeit";

  private final ServerSocket serverSocket;
  private final InetSocketAddress backend;
  private final Path trustStore;
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
   * @return {@code https://localhost:<port>/}
   */
  String url() {
    return "https://" + HOST + ":" + serverSocket.getLocalPort() + "/";
  }

  /**
   * Returns the JVM options that make a JVM trust this front, and everything the JDK trusts.
   *
   * @return {@code -Djavax.net.ssl.trustStore...} options
   */
  List<String> trustStoreOptions() {
    return List.of(
        "-Djavax.net.ssl.trustStore=" + trustStore,
        "-Djavax.net.ssl.trustStoreType=PKCS12",
        "-Djavax.net.ssl.trustStorePassword=" + STORE_PASSWORD);
  }

  private static void writeTrustStore(HeldCertificate certificate, Path file) throws IOException {
    Path jdkStore = Path.of(System.getProperty("java.home"), "lib", "security", "cacerts");
    try {
      KeyStore store = KeyStore.getInstance(jdkStore.toFile(), STORE_PASSWORD.toCharArray());
      store.setCertificateEntry("smarter-dev-benchmark", certificate.certificate());
      KeyStore copy = KeyStore.getInstance("PKCS12");
      copy.load(null, null);
      for (String alias : Collections.list(store.aliases())) {
        copy.setCertificateEntry(alias, store.getCertificate(alias));
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        copy.store(out, STORE_PASSWORD.toCharArray());
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
      threads.execute(() -> relay(client));
    }
  }

  private void relay(Socket client) {
    try (client;
        Socket server = new Socket()) {
      server.setTcpNoDelay(true);
      client.setTcpNoDelay(true);
      server.connect(backend);
      threads.execute(() -> copy(server, client));
      copy(client, server);
    } catch (IOException e) {
      // The measured JVM closed its connection or exited; nothing to report.
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
    threads.shutdownNow();
  }
}

package dev.smarter.bot.e2e.discord;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import javax.net.ServerSocketFactory;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.jspecify.annotations.Nullable;

/**
 * Makes the fake an HTTPS-intercepting HTTP proxy in front of mockwebserver3: each accepted
 * connection must open with {@code CONNECT discord.com:443} or {@code CONNECT
 * gateway.discord.gg:443} (what OkHttp and nv-websocket-client send to an HTTP proxy); the socket
 * answers {@code 200 Connection established}, completes a TLS handshake as the server with the
 * fake's certificate (JDK TLS), and hands the decrypted socket to mockwebserver3, which then serves
 * plain HTTP/1.1 and websocket upgrades on it. A connection to any other host is answered {@code
 * 403} and closed. Accepted sockets get TCP_NODELAY (no 40 ms Nagle stalls).
 */
final class TlsTunnelServerSocketFactory extends ServerSocketFactory {
  private static final int HANDSHAKE_TIMEOUT_MILLIS = 10_000;
  private static final int MAX_HEAD_BYTES = 8192;

  private final SSLSocketFactory tls;
  private final Set<String> hosts;
  private final Consumer<String> problems;

  TlsTunnelServerSocketFactory(SSLSocketFactory tls, Set<String> hosts, Consumer<String> problems) {
    this.tls = tls;
    this.hosts = Set.copyOf(hosts);
    this.problems = problems;
  }

  @Override
  public ServerSocket createServerSocket() throws IOException {
    return new TunnelServerSocket();
  }

  @Override
  public ServerSocket createServerSocket(int port) throws IOException {
    ServerSocket socket = new TunnelServerSocket();
    socket.bind(new InetSocketAddress(port));
    return socket;
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog) throws IOException {
    ServerSocket socket = new TunnelServerSocket();
    socket.bind(new InetSocketAddress(port), backlog);
    return socket;
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog, InetAddress address)
      throws IOException {
    ServerSocket socket = new TunnelServerSocket();
    socket.bind(new InetSocketAddress(address, port), backlog);
    return socket;
  }

  private final class TunnelServerSocket extends ServerSocket {
    private volatile @Nullable Socket handshaking;

    TunnelServerSocket() throws IOException {}

    @Override
    public Socket accept() throws IOException {
      while (true) {
        Socket raw = super.accept();
        handshaking = raw;
        try {
          return tunnel(raw);
        } catch (SocketException e) {
          if (isClosed()) {
            raw.close();
            throw e;
          }
          problems.accept("proxy connection failed: " + e);
          raw.close();
        } catch (IOException e) {
          problems.accept("proxy connection failed: " + e);
          raw.close();
        } finally {
          handshaking = null;
        }
      }
    }

    @Override
    public void close() throws IOException {
      super.close();
      Socket pending = handshaking;
      if (pending != null) {
        pending.close();
      }
    }

    private Socket tunnel(Socket raw) throws IOException {
      raw.setTcpNoDelay(true);
      raw.setSoTimeout(HANDSHAKE_TIMEOUT_MILLIS);
      InputStream in = raw.getInputStream();
      OutputStream out = raw.getOutputStream();
      String head = readHead(in);
      String requestLine = head.lines().findFirst().orElse("");
      int firstSpace = requestLine.indexOf(' ');
      int lastSpace = requestLine.lastIndexOf(' ');
      String target =
          firstSpace > 0 && lastSpace > firstSpace
              ? requestLine.substring(firstSpace + 1, lastSpace).toLowerCase(Locale.ROOT)
              : "";
      if (!requestLine.startsWith("CONNECT ") || !hosts.contains(target)) {
        out.write(
            "HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        throw new IOException("refused proxy request '" + requestLine + "': not Discord");
      }
      out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String host = target.substring(0, target.indexOf(':'));
      SSLSocket secure = (SSLSocket) tls.createSocket(raw, host, raw.getPort(), true);
      secure.setUseClientMode(false);
      secure.startHandshake();
      secure.setSoTimeout(0);
      return secure;
    }

    private String readHead(InputStream in) throws IOException {
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      int matched = 0;
      byte[] end = {'\r', '\n', '\r', '\n'};
      while (matched < end.length) {
        int b = in.read();
        if (b < 0) {
          throw new IOException("connection closed before the proxy request ended");
        }
        if (head.size() >= MAX_HEAD_BYTES) {
          throw new IOException("proxy request head too long");
        }
        head.write(b);
        matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
      }
      return head.toString(StandardCharsets.US_ASCII);
    }
  }
}

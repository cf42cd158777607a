package dev.smarter.testkit;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One TCP connection to the fake, for requests byte by byte as a test writes them. */
final class RawConnection implements AutoCloseable {
  private final Socket socket;
  private final InputStream in;

  RawConnection(int port) throws IOException {
    socket = new Socket(InetAddress.getLoopbackAddress(), port);
    socket.setSoTimeout(5_000);
    in = new BufferedInputStream(socket.getInputStream());
  }

  /** A response as read off the wire: status line, header lines in order, body text. */
  record RawResponse(String statusLine, List<String> headerLines, String body) {
    String header(String name) {
      String prefix = name.toLowerCase(Locale.ROOT) + ":";
      for (String line : headerLines) {
        if (line.toLowerCase(Locale.ROOT).startsWith(prefix)) {
          return line.substring(prefix.length()).strip();
        }
      }
      return null;
    }

    List<String> headerNames() {
      List<String> names = new ArrayList<>();
      for (String line : headerLines) {
        names.add(line.substring(0, line.indexOf(':')));
      }
      return names;
    }
  }

  RawConnection send(String text) throws IOException {
    socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
    socket.getOutputStream().flush();
    return this;
  }

  /** Reads one response; its body is framed by {@code content-length} (none for HEAD). */
  RawResponse read(boolean head) throws IOException {
    String statusLine = line();
    List<String> headers = new ArrayList<>();
    for (String line = line(); !line.isEmpty(); line = line()) {
      headers.add(line);
    }
    RawResponse response = new RawResponse(statusLine, headers, "");
    String length = response.header("content-length");
    if (head || length == null) {
      return response;
    }
    byte[] body = in.readNBytes(Integer.parseInt(length));
    return new RawResponse(statusLine, headers, new String(body, StandardCharsets.UTF_8));
  }

  RawResponse read() throws IOException {
    return read(false);
  }

  /** Whether the server closed the connection (the next read sees the end of the stream). */
  boolean closedByServer() throws IOException {
    return in.read() == -1;
  }

  private String line() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("connection closed after " + line);
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}

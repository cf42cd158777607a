package dev.smarter.testkit.internal;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads HTTP/1.x requests from a connection's input, keeping header values as sent (the JDK's
 * {@code HttpServer} turns a tab inside a value into a space, which hides {@code Bearer<TAB>token}
 * from the server's auth check). Bodies are framed by {@code Content-Length} or {@code
 * Transfer-Encoding: chunked}. Anything malformed is a {@link BadRequestException}, which the
 * transport answers with 400, as uvicorn does.
 */
final class HttpRequestReader {
  static final int MAX_HEAD_BYTES = 64 * 1024;
  static final int MAX_BODY_BYTES = 64 * 1024 * 1024;
  private static final int MAX_CHUNK_LINE_BYTES = 1024;

  private final InputStream in;
  private final byte[] buffer = new byte[16 * 1024];
  private int position;
  private int limit;

  /** Reads from {@code in}, unbuffered: this reader buffers itself. */
  HttpRequestReader(InputStream in) {
    this.in = in;
  }

  /** A request the transport must refuse with 400 and a closed connection. */
  static final class BadRequestException extends Exception {
    private static final long serialVersionUID = 1L;

    BadRequestException(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * The next request's head, or {@code null} at the end of the stream before its first byte.
   *
   * @throws EOFException if the stream ends inside the head
   */
  @Nullable HttpRequestHead readHead() throws IOException, BadRequestException {
    int[] budget = {MAX_HEAD_BYTES};
    String requestLine = readLine(budget, true);
    while (requestLine != null && requestLine.isEmpty()) {
      requestLine = readLine(budget, true);
    }
    if (requestLine == null) {
      return null;
    }
    String[] parts = requestLine.split(" ", -1);
    if (parts.length != 3
        || !isToken(parts[0])
        || parts[1].isEmpty()
        || !(parts[2].equals("HTTP/1.1") || parts[2].equals("HTTP/1.0"))) {
      throw new BadRequestException("malformed request line");
    }
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    for (String line = readLine(budget, false); !line.isEmpty(); line = readLine(budget, false)) {
      char first = line.charAt(0);
      if (first == ' ' || first == '\t') {
        if (headers.isEmpty()) {
          throw new BadRequestException("continuation line before any header");
        }
        Map.Entry<String, String> last = headers.remove(headers.size() - 1);
        headers.add(field(last.getKey(), last.getValue() + " " + strip(line)));
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0 || !isToken(line.substring(0, colon))) {
        throw new BadRequestException("malformed header line");
      }
      headers.add(field(line.substring(0, colon), strip(line.substring(colon + 1))));
    }
    return new HttpRequestHead(parts[0], parts[1], parts[2], headers);
  }

  /** Whether the body must be read after a {@code 100 Continue} (a client waits for one). */
  static boolean expectsContinue(HttpRequestHead head) {
    String expect = head.header("Expect");
    return expect != null
        && expect.equalsIgnoreCase("100-continue")
        && (head.header("Transfer-Encoding") != null || contentLength(head) > 0);
  }

  /** The body of the request whose head was just read. */
  byte[] readBody(HttpRequestHead head) throws IOException, BadRequestException {
    String transferEncoding = head.header("Transfer-Encoding");
    if (transferEncoding != null) {
      if (!transferEncoding.toLowerCase(Locale.ROOT).equals("chunked")) {
        throw new BadRequestException("unsupported transfer coding");
      }
      return readChunked();
    }
    long length = contentLength(head);
    if (length < 0) {
      throw new BadRequestException("malformed Content-Length");
    }
    if (length > MAX_BODY_BYTES) {
      throw new BadRequestException("body too large");
    }
    return readExactly((int) length);
  }

  /** The one {@code Content-Length} of the request (0 if absent); repeated values must agree. */
  private static long contentLength(HttpRequestHead head) {
    long length = 0;
    boolean seen = false;
    for (Map.Entry<String, String> field : head.headers()) {
      if (field.getKey().equalsIgnoreCase("Content-Length")) {
        long value = parseLength(field.getValue());
        if (value < 0 || (seen && value != length)) {
          return -1;
        }
        length = value;
        seen = true;
      }
    }
    return length;
  }

  private static long parseLength(String text) {
    if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return -1;
    }
    return Long.parseLong(text);
  }

  private byte[] readChunked() throws IOException, BadRequestException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String sizeLine = readLine(new int[] {MAX_CHUNK_LINE_BYTES}, false);
      int extension = sizeLine.indexOf(';');
      String size = strip(extension < 0 ? sizeLine : sizeLine.substring(0, extension));
      if (size.isEmpty()
          || size.length() > 7
          || !size.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
        throw new BadRequestException("malformed chunk size");
      }
      int length = Integer.parseInt(size, 16);
      if (length == 0) {
        break;
      }
      if (body.size() + length > MAX_BODY_BYTES) {
        throw new BadRequestException("body too large");
      }
      body.write(readExactly(length));
      if (!readLine(new int[] {MAX_CHUNK_LINE_BYTES}, false).isEmpty()) {
        throw new BadRequestException("chunk longer than its size");
      }
    }
    int[] budget = {MAX_HEAD_BYTES};
    while (!readLine(budget, false).isEmpty()) {
      // trailer fields are read and ignored
    }
    return body.toByteArray();
  }

  /**
   * One line without its CRLF (a bare LF also ends a line), decoded as ISO-8859-1; {@code null} at
   * the end of the stream before any byte when {@code endAllowed}. Lines count against {@code
   * budget}.
   */
  private @Nullable String readLine(int[] budget, boolean endAllowed)
      throws IOException, BadRequestException {
    StringBuilder spill = null;
    while (true) {
      if (position == limit && !fill()) {
        if (endAllowed && spill == null) {
          return null;
        }
        throw new EOFException("request ended inside a line");
      }
      int start = position;
      int newline = -1;
      for (int i = start; i < limit; i++) {
        if (buffer[i] == '\n') {
          newline = i;
          break;
        }
      }
      int end = newline < 0 ? limit : newline;
      budget[0] -= end - start + (newline < 0 ? 0 : 1);
      if (budget[0] < 0) {
        throw new BadRequestException("request head too large");
      }
      position = newline < 0 ? limit : newline + 1;
      String part = new String(buffer, start, end - start, StandardCharsets.ISO_8859_1);
      if (newline < 0) {
        spill = spill == null ? new StringBuilder(part) : spill.append(part);
        continue;
      }
      String line = spill == null ? part : spill.append(part).toString();
      return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
  }

  /** Exactly {@code length} bytes, from the buffer first. */
  private byte[] readExactly(int length) throws IOException {
    byte[] bytes = new byte[length];
    int buffered = Math.min(length, limit - position);
    System.arraycopy(buffer, position, bytes, 0, buffered);
    position += buffered;
    int read = buffered;
    while (read < length) {
      int n = in.read(bytes, read, length - read);
      if (n < 0) {
        throw new EOFException("body ended early");
      }
      read += n;
    }
    return bytes;
  }

  /** Reads more input into the empty buffer; false at the end of the stream. */
  private boolean fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    if (n <= 0) {
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }

  private static Map.Entry<String, String> field(String name, String value) {
    return new AbstractMap.SimpleImmutableEntry<>(name, value);
  }

  /** Removes spaces and tabs (HTTP's optional whitespace) from both ends. */
  private static String strip(String text) {
    return Py.strip(text, c -> isBlank((char) c));
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  /** RFC 9110 {@code token}: one or more visible characters other than delimiters. */
  private static boolean isToken(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c <= ' ' || c >= 0x7f || "\"(),/:;<=>?@[\\]{}".indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }
}

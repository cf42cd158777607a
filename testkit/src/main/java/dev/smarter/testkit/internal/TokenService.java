package dev.smarter.testkit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Issues and checks HS256 JWTs like the server's PyJWT code: payload {@code sub}, {@code name},
 * {@code exp} and {@code iat} (float seconds), valid for 3600 s. The signing secret is random per
 * server; {@link #rotateSecret()} makes every token issued so far invalid.
 */
public final class TokenService {
  /** Seconds a token is valid. */
  static final int LIFETIME_SECONDS = 3600;

  private static final String HEADER = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final ServerTime time;
  private final SecureRandom random = new SecureRandom();
  private volatile byte[] secret;

  /** Creates a token service reading {@code time}. */
  public TokenService(ServerTime time) {
    this.time = time;
    this.secret = newSecret();
  }

  /** Makes every token issued so far invalid ("Invalid or expired token"). */
  public void rotateSecret() {
    secret = newSecret();
  }

  /** A token for API key row {@code keyId} named {@code name}. */
  public String issue(long keyId, String name) {
    double now = time.epochSeconds();
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("sub", Long.toString(keyId));
    payload.put("name", name);
    payload.put("exp", now + LIFETIME_SECONDS);
    payload.put("iat", now);
    String signingInput =
        ENCODER.encodeToString(HEADER.getBytes(StandardCharsets.UTF_8))
            + "."
            + ENCODER.encodeToString(PyJsonWriter.render(payload));
    return signingInput + "." + ENCODER.encodeToString(sign(secret, signingInput));
  }

  /**
   * PyJWT's {@code decode(token, secret, algorithms=["HS256"])} succeeding. The signature is the
   * text after the last dot, decoded as PyJWT decodes it ({@link #pyJwtBase64UrlDecode}), which
   * skips characters outside the alphabet: a valid token with {@code !!!!} appended still passes.
   */
  boolean isValid(String token) {
    int lastDot = token.lastIndexOf('.');
    String signingInput = lastDot < 0 ? "" : token.substring(0, lastDot);
    int firstDot = signingInput.indexOf('.');
    if (firstDot < 0) {
      return false;
    }
    try {
      byte[] signature =
          pyJwtBase64UrlDecode(token.substring(lastDot + 1).getBytes(StandardCharsets.UTF_8));
      byte[] expected = sign(secret, signingInput);
      if (signature == null || !MessageDigest.isEqual(signature, expected)) {
        return false;
      }
      Object header = PyJsonParser.loads(DECODER.decode(signingInput.substring(0, firstDot)));
      Object payload = PyJsonParser.loads(DECODER.decode(signingInput.substring(firstDot + 1)));
      if (!(header instanceof Map)
          || !"HS256".equals(((Map<?, ?>) header).get("alg"))
          || !(payload instanceof Map)) {
        return false;
      }
      Map<?, ?> claims = (Map<?, ?>) payload;
      double now = time.epochSeconds();
      return notExpired(claims.get("exp"), now) && issuedBefore(claims.get("iat"), now);
    } catch (IllegalArgumentException | PyException e) {
      return false;
    }
  }

  private static boolean notExpired(Object exp, double now) {
    if (exp == null) {
      return true;
    }
    return Py.isNumber(exp) && Py.toDouble(Py.toBigInteger(exp)) > now;
  }

  private static boolean issuedBefore(Object iat, double now) {
    if (iat == null) {
      return true;
    }
    return Py.isNumber(iat) && Py.toDouble(Py.toBigInteger(iat)) <= now;
  }

  /**
   * PyJWT's {@code base64url_decode}: pad with {@code =} to a multiple of four, then {@code
   * base64.urlsafe_b64decode}, that is CPython's non-strict {@code binascii.a2b_base64}: bytes
   * outside the alphabet are skipped, {@code -_} and {@code +/} both accepted, and decoding stops
   * at the padding that completes a quad. Returns {@code null} where Python raises {@code
   * binascii.Error}.
   */
  static byte @Nullable [] pyJwtBase64UrlDecode(byte[] segment) {
    int padding = segment.length % 4 == 0 ? 0 : 4 - segment.length % 4;
    ByteArrayOutputStream out = new ByteArrayOutputStream(segment.length);
    int quadPosition = 0;
    int leftBits = 0;
    int pads = 0;
    for (int i = 0; i < segment.length + padding; i++) {
      int c = i < segment.length ? segment[i] & 0xff : '=';
      if (c == '=') {
        if (quadPosition >= 2 && quadPosition + ++pads >= 4) {
          return out.toByteArray();
        }
        continue;
      }
      int value = base64Value(c);
      if (value < 0) {
        continue;
      }
      pads = 0;
      switch (quadPosition) {
        case 0:
          leftBits = value;
          break;
        case 1:
          out.write((leftBits << 2) | (value >> 4));
          leftBits = value & 0x0f;
          break;
        case 2:
          out.write((leftBits << 4) | (value >> 2));
          leftBits = value & 0x03;
          break;
        default:
          out.write((leftBits << 6) | value);
          leftBits = 0;
          break;
      }
      quadPosition = (quadPosition + 1) % 4;
    }
    return quadPosition == 0 ? out.toByteArray() : null;
  }

  private static int base64Value(int c) {
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    } else if (c >= 'a' && c <= 'z') {
      return c - 'a' + 26;
    } else if (c >= '0' && c <= '9') {
      return c - '0' + 52;
    } else if (c == '+' || c == '-') {
      return 62;
    } else if (c == '/' || c == '_') {
      return 63;
    }
    return -1;
  }

  private byte[] newSecret() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return bytes;
  }

  private static byte[] sign(byte[] key, String signingInput) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(signingInput.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}

package dev.smarter.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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

  /** PyJWT's {@code decode(token, secret, algorithms=["HS256"])} succeeding. */
  boolean isValid(String token) {
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3) {
      return false;
    }
    try {
      byte[] signature = DECODER.decode(parts[2]);
      byte[] expected = sign(secret, parts[0] + "." + parts[1]);
      if (!MessageDigest.isEqual(signature, expected)) {
        return false;
      }
      Object header = PyJsonParser.loads(DECODER.decode(parts[0]));
      Object payload = PyJsonParser.loads(DECODER.decode(parts[1]));
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

  private byte[] newSecret() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return bytes;
  }

  private static byte[] sign(byte[] key, String signingInput) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}

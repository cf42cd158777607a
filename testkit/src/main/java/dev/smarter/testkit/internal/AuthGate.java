package dev.smarter.testkit.internal;

import java.util.Optional;

/**
 * The server's {@code api_auth_middleware}, which runs before routing: every {@code /api/} path
 * except the token exchange needs {@code Authorization: Bearer <token>}; in local mode so does
 * nothing under {@code /api/bytes/balance/}.
 */
final class AuthGate {
  private final TokenService tokens;
  private final boolean localMode;

  AuthGate(TokenService tokens, boolean localMode) {
    this.tokens = tokens;
    this.localMode = localMode;
  }

  /** The 401 to send instead of routing, if any. */
  Optional<ApiResponse> check(ApiRequest request) {
    String path = request.path();
    if (!path.startsWith("/api/") || path.equals("/api/auth/token")) {
      return Optional.empty();
    }
    if (localMode && path.startsWith("/api/bytes/balance/")) {
      return Optional.empty();
    }
    String authorization = request.header("Authorization");
    if (authorization == null) {
      return Optional.of(ApiResponse.error(401, "Missing Authorization header"));
    }
    if (!authorization.startsWith("Bearer ")) {
      return Optional.of(ApiResponse.error(401, "Invalid Authorization header format"));
    }
    String token = authorization.replace("Bearer ", "");
    if (!tokens.isValid(token)) {
      return Optional.of(ApiResponse.error(401, "Invalid or expired token"));
    }
    return Optional.empty();
  }
}

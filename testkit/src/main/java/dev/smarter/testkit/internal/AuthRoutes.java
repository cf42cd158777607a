package dev.smarter.testkit.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code POST /api/auth/token}: exchanges an API key for a JWT. */
final class AuthRoutes {
  private final ApiKeys keys;
  private final TokenService tokens;

  AuthRoutes(ApiKeys keys, TokenService tokens) {
    this.keys = keys;
    this.tokens = tokens;
  }

  ApiResponse token(ApiRequest request) {
    Object data = request.json();
    Object apiKey = Py.get(data, "api_key", null);
    if (!Py.truthy(apiKey)) {
      return ApiResponse.error(400, "Missing API key");
    }
    if (keys.localMode() && ApiKeys.LOCAL_KEY.equals(apiKey)) {
      return tokenResponse(tokens.issue(999, "Testing API Key"));
    }
    ApiKeys.Accepted accepted = keys.verify(apiKey);
    if (accepted == null) {
      return ApiResponse.error(401, "Invalid API key");
    }
    return tokenResponse(tokens.issue(accepted.id(), accepted.name()));
  }

  private static ApiResponse tokenResponse(String token) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("token", token);
    body.put("expires_in", TokenService.LIFETIME_SECONDS);
    return ApiResponse.json(200, body);
  }
}

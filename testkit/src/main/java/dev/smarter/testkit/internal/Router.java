package dev.smarter.testkit.internal;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * Starlette's router: the first route matching path and method handles the request; otherwise the
 * first route matching only the path answers 405 with its {@code Allow} header. The site's
 * catch-all {@code GET /{path:path}} (a 302 to {@code /}) comes last, so every GET on an unknown
 * path, a non-integer or negative id, or a trailing slash is redirected.
 */
final class Router {
  private final List<Route> routes;

  Router(List<Route> routes) {
    this.routes = List.copyOf(routes);
  }

  ApiResponse dispatch(ApiRequest request) {
    Route partial = null;
    for (Route route : routes) {
      Optional<List<BigInteger>> match = route.match(request.path());
      if (match.isEmpty()) {
        continue;
      }
      if (route.allows(request.method())) {
        request.pathParameters(match.get());
        return route.endpoint.handle(request);
      }
      if (partial == null) {
        partial = route;
      }
    }
    if (partial != null) {
      return ApiResponse.methodNotAllowed(partial.allowHeader());
    }
    return ApiResponse.text(404, "Not Found");
  }
}

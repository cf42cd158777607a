package dev.smarter.sdk;

import java.util.Objects;

/**
 * The call a {@link CallListener} event is about: one execution of an {@link ApiCall}.
 *
 * <p>{@link #route()} is the endpoint's template as declared on the interface, such as {@code GET
 * /api/guilds/{id}}: it names the endpoint without the ids, so metrics tagged with it stay few.
 * {@link #path()} is the real path and query. Immutable and thread-safe; each execution of a call
 * (each {@code execute()} or {@code executeAsync()}) has its own instance, so listeners may use
 * identity to pair events.
 */
public final class CallInfo {
  private final String route;
  private final String path;

  /**
   * Creates the description of a call.
   *
   * @param route the method and path template, such as {@code GET /api/guilds/{id}}
   * @param path the path and query of the request, such as {@code /api/guilds/7}
   */
  public CallInfo(String route, String path) {
    this.route = Objects.requireNonNull(route, "route == null");
    this.path = Objects.requireNonNull(path, "path == null");
  }

  /**
   * Returns the endpoint's method and path template.
   *
   * @return such as {@code GET /api/guilds/{id}}
   */
  public String route() {
    return route;
  }

  /**
   * Returns the HTTP method.
   *
   * @return such as {@code GET}
   */
  public String method() {
    return route.substring(0, route.indexOf(' '));
  }

  /**
   * Returns the path and query of the request.
   *
   * @return such as {@code /api/guilds/7}
   */
  public String path() {
    return path;
  }

  @Override
  public String toString() {
    return method() + " " + path;
  }
}

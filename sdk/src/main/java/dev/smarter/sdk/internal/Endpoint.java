package dev.smarter.sdk.internal;

import dev.smarter.sdk.Idempotent;
import java.lang.annotation.Annotation;
import org.jspecify.annotations.Nullable;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.HEAD;
import retrofit2.http.HTTP;
import retrofit2.http.OPTIONS;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;

/**
 * What the SDK knows of one interface method, read once from its annotations: its route template
 * ({@code GET /api/guilds/{id}}, used in logs and metrics instead of the raw path), whether it may
 * be sent twice, and whether it needs a token.
 *
 * @param route the HTTP method and path template, such as {@code GET /api/guilds/{id}}
 * @param idempotent whether sending it twice has the same effect as once
 * @param authenticated whether it carries a bearer token and counts against the concurrency limit:
 *     every endpoint of the resource groups does; only the token exchange ({@link TokenExchange})
 *     does not
 * @param create which create it is, when the SDK can find it again after an ambiguous failure
 */
public record Endpoint(
    String route, boolean idempotent, boolean authenticated, @Nullable CreateKind create) {
  /** The endpoint of a resource-group method, from its annotations. */
  static Endpoint of(Annotation[] annotations) {
    String method = null;
    String path = null;
    boolean marked = false;
    CreateKind create = null;
    for (Annotation annotation : annotations) {
      if (annotation instanceof GET) {
        method = "GET";
        path = ((GET) annotation).value();
      } else if (annotation instanceof POST) {
        method = "POST";
        path = ((POST) annotation).value();
      } else if (annotation instanceof PUT) {
        method = "PUT";
        path = ((PUT) annotation).value();
      } else if (annotation instanceof DELETE) {
        method = "DELETE";
        path = ((DELETE) annotation).value();
      } else if (annotation instanceof PATCH) {
        method = "PATCH";
        path = ((PATCH) annotation).value();
      } else if (annotation instanceof HEAD) {
        method = "HEAD";
        path = ((HEAD) annotation).value();
      } else if (annotation instanceof OPTIONS) {
        method = "OPTIONS";
        path = ((OPTIONS) annotation).value();
      } else if (annotation instanceof HTTP) {
        method = ((HTTP) annotation).method();
        path = ((HTTP) annotation).path();
      } else if (annotation instanceof Idempotent) {
        marked = true;
      } else if (annotation instanceof Reconciled) {
        create = ((Reconciled) annotation).value();
      }
    }
    if (method == null) {
      throw new IllegalArgumentException("an ApiCall method needs an HTTP method annotation");
    }
    boolean idempotent =
        marked
            || method.equals("GET")
            || method.equals("HEAD")
            || method.equals("PUT")
            || method.equals("DELETE")
            || method.equals("OPTIONS");
    return new Endpoint(method + " /" + path, idempotent, true, create);
  }

  /**
   * Returns the HTTP method.
   *
   * @return such as {@code GET}
   */
  public String method() {
    return route.substring(0, route.indexOf(' '));
  }
}

package dev.smarter.testkit.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A Starlette {@code Route}: a path template whose {@code {int}} segments match {@code [0-9]+} and
 * a method set ({@code GET} implies {@code HEAD}). {@code {path}} matches the rest of the path.
 */
final class Route {
  private final String[] segments;
  private final Set<String> methods;
  private final String allow;
  final Endpoint endpoint;

  Route(String method, String template, Endpoint endpoint) {
    this.segments = template.split("/", -1);
    this.methods = method.equals("GET") ? Set.of("GET", "HEAD") : Set.of(method);
    this.allow = method.equals("GET") ? "GET, HEAD" : method;
    this.endpoint = endpoint;
  }

  boolean allows(String method) {
    return methods.contains(method);
  }

  String allowHeader() {
    return allow;
  }

  /** The integer path parameters if {@code path} matches the template. */
  Optional<List<BigInteger>> match(String path) {
    if (segments[segments.length - 1].equals("{path}")) {
      String prefix = String.join("/", Arrays.copyOf(segments, segments.length - 1));
      return path.startsWith(prefix + "/") ? Optional.of(List.of()) : Optional.empty();
    }
    String[] parts = path.split("/", -1);
    if (parts.length != segments.length) {
      return Optional.empty();
    }
    List<BigInteger> parameters = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      if (segments[i].equals("{int}")) {
        if (parts[i].isEmpty() || !parts[i].chars().allMatch(c -> c >= '0' && c <= '9')) {
          return Optional.empty();
        }
        parameters.add(new BigInteger(parts[i]));
      } else if (!segments[i].equals(parts[i])) {
        return Optional.empty();
      }
    }
    return Optional.of(parameters);
  }
}

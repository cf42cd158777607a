package dev.smarter.sdk.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import retrofit2.http.Body;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Checks the arguments of an endpoint method when it is called, before its request is built or
 * anything is sent: a request body must be given; the server has no negative ids or limits (it
 * redirects such paths to its home page); and a Discord snowflake where a row id belongs ({@link
 * RowIds}) finds nothing. Row ids are every {@link Path} parameter and the {@link Query} parameters
 * named {@code *_id} but for {@code discord_id}. What each parameter needs is worked out once per
 * method. Thread-safe; one instance serves a client's resource groups.
 */
public final class ArgumentChecks {
  private final Map<Method, Rule[]> rules = new ConcurrentHashMap<>();

  /** Creates the checks of one client; each method's rules are worked out on its first call. */
  public ArgumentChecks() {}

  /**
   * Checks {@code args}, the arguments of a call of {@code method}.
   *
   * @throws NullPointerException if a request body is {@code null}
   * @throws IllegalArgumentException if a number is negative or a row id looks like a snowflake
   */
  void check(Method method, @Nullable Object @Nullable [] args) {
    if (args == null) {
      return;
    }
    Rule[] methodRules = rules.get(method);
    if (methodRules == null) {
      methodRules = rulesOf(method);
      rules.putIfAbsent(method, methodRules);
    }
    for (int i = 0; i < methodRules.length && i < args.length; i++) {
      methodRules[i].check(args[i]);
    }
  }

  private static Rule[] rulesOf(Method method) {
    Parameter[] parameters = method.getParameters();
    Rule[] result = new Rule[parameters.length];
    for (int i = 0; i < parameters.length; i++) {
      result[i] = ruleOf(parameters[i]);
    }
    return result;
  }

  private static Rule ruleOf(Parameter parameter) {
    String name = parameter.getName();
    if (parameter.isAnnotationPresent(Body.class)) {
      return new Rule(Kind.BODY, name);
    }
    Class<?> type = parameter.getType();
    boolean numeric =
        type.isPrimitive() ? type != boolean.class : Number.class.isAssignableFrom(type);
    if (!numeric) {
      return new Rule(Kind.NONE, name);
    }
    Query query = parameter.getAnnotation(Query.class);
    if (parameter.isAnnotationPresent(Path.class)
        || (query != null
            && query.value().endsWith("_id")
            && !query.value().equals("discord_id"))) {
      return new Rule(Kind.ROW_ID, name);
    }
    return new Rule(query != null ? Kind.NON_NEGATIVE : Kind.NONE, name);
  }

  private enum Kind {
    NONE,
    BODY,
    ROW_ID,
    NON_NEGATIVE
  }

  /** What one parameter needs. */
  private static final class Rule {
    final Kind kind;
    final String name;

    Rule(Kind kind, String name) {
      this.kind = kind;
      this.name = name;
    }

    void check(@Nullable Object argument) {
      switch (kind) {
        case BODY:
          if (argument == null) {
            throw new NullPointerException(name + " == null");
          }
          break;
        case ROW_ID:
          if (argument instanceof Number) {
            RowIds.check(((Number) argument).longValue(), name);
          }
          break;
        case NON_NEGATIVE:
          if (argument instanceof Number && ((Number) argument).longValue() < 0) {
            throw new IllegalArgumentException(name + " must be >= 0 but was " + argument);
          }
          break;
        default:
          break;
      }
    }
  }
}

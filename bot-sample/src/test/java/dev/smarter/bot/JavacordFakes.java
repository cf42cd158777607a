package dev.smarter.bot;

import java.lang.reflect.Proxy;
import java.net.MalformedURLException;
import java.net.URL;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.javacord.api.entity.Icon;
import org.javacord.api.entity.server.Server;
import org.javacord.api.entity.user.User;

/**
 * Hand-written fakes of the few Javacord getters the adapters read: each answers a fixed set of
 * methods by name and fails loudly on any other, so a test notices when the adapters start reading
 * something new.
 */
final class JavacordFakes {
  private JavacordFakes() {}

  static Icon icon(String url) {
    return fake(Icon.class, Map.of("getUrl", args -> url(url)));
  }

  static Server server(long id, String name, Optional<Icon> icon, List<User> members) {
    return fake(
        Server.class,
        Map.of(
            "getId", args -> id,
            "getName", args -> name,
            "getIcon", args -> icon,
            "getMembers", args -> new LinkedHashSet<>(members)));
  }

  static User user(
      long id, String name, String avatarUrl, boolean bot, Map<Long, Instant> joinedAtByServer) {
    return fake(
        User.class,
        Map.of(
            "getId", args -> id,
            "getName", args -> name,
            "getDiscriminator", args -> "0",
            "getAvatar", args -> icon(avatarUrl),
            "isBot", args -> bot,
            "getJoinedAtTimestamp",
                args -> Optional.ofNullable(joinedAtByServer.get(((Server) args[0]).getId()))));
  }

  private static URL url(String url) {
    try {
      return new URL(url);
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(url, e);
    }
  }

  static <T> T fake(Class<T> type, Map<String, Answer> answers) {
    Object proxy =
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) -> {
              return switch (method.getName()) {
                case "hashCode" -> System.identityHashCode(self);
                case "equals" -> self == args[0];
                case "toString" -> "fake " + type.getSimpleName();
                default -> {
                  Answer answer = answers.get(method.getName());
                  if (answer == null) {
                    throw new UnsupportedOperationException(
                        type.getSimpleName() + "." + method.getName() + " is not faked");
                  }
                  yield answer.apply(args == null ? new Object[0] : args);
                }
              };
            });
    return type.cast(proxy);
  }

  @FunctionalInterface
  interface Answer {
    Object apply(Object[] args);
  }
}

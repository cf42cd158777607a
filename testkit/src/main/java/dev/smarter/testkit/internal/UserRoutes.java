package dev.smarter.testkit.internal;

import static dev.smarter.testkit.internal.RouteSupport.fields;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** {@code /api/users}: list (with {@code ?discord_id=}), detail, create, update. */
final class UserRoutes {
  private static final String[] UPDATABLE = {"username", "discriminator", "avatar_url"};

  private final Database db;

  UserRoutes(Database db) {
    this.db = db;
  }

  ApiResponse list(ApiRequest request) {
    List<Row> users = new ArrayList<>(db.users.all());
    String discordId = request.query("discord_id");
    if (RouteSupport.present(discordId)) {
      Optional<BigInteger> parsed = PyInt.parse(discordId);
      if (parsed.isPresent()) {
        users = db.users.where(db.users.eq("discord_id", parsed.get(), 1));
      }
    }
    return ApiResponse.json(200, RouteSupport.wrap("users", users));
  }

  ApiResponse detail(ApiRequest request) {
    return db.users
        .byId(RouteSupport.pathId(request, 0))
        .map(user -> ApiResponse.json(200, user.toMap()))
        .orElseGet(() -> ApiResponse.error(404, "User not found"));
  }

  ApiResponse create(ApiRequest request) {
    Object data = request.json();
    Object discordId = Py.getItem(data, "discord_id");
    Optional<Row> existing = db.users.firstWhere(null, "discord_id", discordId);
    if (existing.isPresent()) {
      return ApiResponse.json(200, existing.get().toMap());
    }
    Map<String, @Nullable Object> values = newUser(data);
    Row user = db.transaction(() -> db.users.insert(values));
    return ApiResponse.json(201, user.toMap());
  }

  /** {@code DiscordUser(discord_id=..., username=..., ...)} from a request object. */
  Map<String, @Nullable Object> newUser(@Nullable Object data) {
    return fields(
        "discord_id", Py.getItem(data, "discord_id"),
        "username", Py.getItem(data, "username"),
        "discriminator", Py.get(data, "discriminator", null),
        "avatar_url", Py.get(data, "avatar_url", null),
        "created_at", RouteSupport.parseDatetime(Py.get(data, "created_at", null), db.time()));
  }

  ApiResponse update(ApiRequest request) {
    Object data = request.json();
    Row user =
        db.users
            .byId(RouteSupport.pathId(request, 0))
            .orElseThrow(() -> ResponseException.error(404, "User not found"));
    Map<String, @Nullable Object> changes = new LinkedHashMap<>();
    for (String key : UPDATABLE) {
      if (Py.contains(data, key)) {
        changes.put(key, Py.getItem(data, key));
      }
    }
    db.transaction(() -> db.users.update(user, changes));
    return ApiResponse.json(200, user.toMap());
  }
}

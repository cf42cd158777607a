package dev.smarter.testkit.internal;

import static dev.smarter.testkit.internal.RouteSupport.fields;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** {@code /api/guilds}: list, detail, create (upsert by lookup) and partial update. */
final class GuildRoutes {
  private final Database db;

  GuildRoutes(Database db) {
    this.db = db;
  }

  ApiResponse list(ApiRequest request) {
    return ApiResponse.json(200, RouteSupport.wrap("guilds", List.copyOf(db.guilds.all())));
  }

  ApiResponse detail(ApiRequest request) {
    return db.guilds
        .byId(RouteSupport.pathId(request, 0))
        .map(guild -> ApiResponse.json(200, guild.toMap()))
        .orElseGet(() -> ApiResponse.error(404, "Guild not found"));
  }

  ApiResponse create(ApiRequest request) {
    Object data = request.json();
    Object discordId = Py.getItem(data, "discord_id");
    Optional<Row> existing = db.guilds.firstWhere(null, "discord_id", discordId);
    if (existing.isPresent()) {
      return ApiResponse.json(200, existing.get().toMap());
    }
    Object joinedAt = RouteSupport.parseDatetime(Py.get(data, "joined_at", null), db.time());
    if (!Py.truthy(joinedAt)) {
      joinedAt = db.time().localNow();
    }
    Map<String, @Nullable Object> values =
        fields(
            "discord_id", Py.getItem(data, "discord_id"),
            "name", Py.getItem(data, "name"),
            "icon_url", Py.get(data, "icon_url", null),
            "joined_at", joinedAt);
    Row guild = db.transaction(() -> db.guilds.insert(values));
    return ApiResponse.json(201, guild.toMap());
  }

  ApiResponse update(ApiRequest request) {
    Object data = request.json();
    Row guild =
        db.guilds
            .byId(RouteSupport.pathId(request, 0))
            .orElseThrow(() -> ResponseException.error(404, "Guild not found"));
    Map<String, @Nullable Object> changes = new LinkedHashMap<>();
    for (String key : new String[] {"name", "icon_url"}) {
      if (Py.contains(data, key)) {
        changes.put(key, Py.getItem(data, key));
      }
    }
    db.transaction(() -> db.guilds.update(guild, changes));
    return ApiResponse.json(200, guild.toMap());
  }
}

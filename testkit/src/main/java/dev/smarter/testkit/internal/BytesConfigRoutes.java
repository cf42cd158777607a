package dev.smarter.testkit.internal;

import static dev.smarter.testkit.internal.RouteSupport.fields;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** {@code /api/bytes/config}: get (creating the default row), upsert (always 201), update. */
final class BytesConfigRoutes {
  private static final String[] SETTINGS = {
    "starting_balance", "daily_earning", "max_give_amount", "cooldown_minutes"
  };

  private final Database db;

  BytesConfigRoutes(Database db) {
    this.db = db;
  }

  ApiResponse get(ApiRequest request) {
    long guildId = RouteSupport.pathId(request, 0);
    Row config =
        db.bytesConfigs
            .first(db.bytesConfigs.eq("guild_id", guildId, 1))
            .orElseGet(
                () -> db.transaction(() -> db.bytesConfigs.insert(fields("guild_id", guildId))));
    return ApiResponse.json(200, config.toMap());
  }

  ApiResponse upsert(ApiRequest request) {
    Object data = request.json();
    if (!Py.contains(data, "guild_id")) {
      return ApiResponse.error(400, "Missing required field: guild_id");
    }
    Object guildId = Py.getItem(data, "guild_id");
    Optional<Row> existing = db.bytesConfigs.firstWhere(null, "guild_id", guildId);
    Row config;
    if (existing.isPresent()) {
      config = existing.get();
      Map<String, @Nullable Object> changes = presentSettings(data);
      db.transaction(() -> db.bytesConfigs.update(config, changes));
    } else {
      Map<String, @Nullable Object> values = new LinkedHashMap<>();
      values.put("guild_id", guildId);
      for (String setting : SETTINGS) {
        values.put(setting, Py.get(data, setting, null));
      }
      config = db.transaction(() -> db.bytesConfigs.insert(values));
    }
    return ApiResponse.json(201, config.toMap());
  }

  ApiResponse update(ApiRequest request) {
    Object data = request.json();
    long guildId = RouteSupport.pathId(request, 0);
    Row config =
        db.bytesConfigs
            .first(db.bytesConfigs.eq("guild_id", guildId, 1))
            .orElseThrow(() -> ResponseException.error(404, "Config not found"));
    Map<String, @Nullable Object> changes = presentSettings(data);
    db.transaction(() -> db.bytesConfigs.update(config, changes));
    return ApiResponse.json(200, config.toMap());
  }

  private static Map<String, @Nullable Object> presentSettings(@Nullable Object data) {
    Map<String, @Nullable Object> changes = new LinkedHashMap<>();
    for (String setting : SETTINGS) {
      if (Py.contains(data, setting)) {
        changes.put(setting, Py.getItem(data, setting));
      }
    }
    return changes;
  }
}

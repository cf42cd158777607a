package dev.smarter.testkit.internal;

import static dev.smarter.testkit.internal.RouteSupport.fields;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** {@code /api/warnings}: filtered list (newest first), detail, create. */
final class WarningRoutes {
  private final Database db;

  WarningRoutes(Database db) {
    this.db = db;
  }

  ApiResponse list(ApiRequest request) {
    var rows = ListFilters.apply(db.warnings, request, "guild_id", "user_id", "mod_id");
    return ApiResponse.json(
        200, RouteSupport.wrap("warnings", RouteSupport.newestFirst(rows, "warned_at")));
  }

  ApiResponse detail(ApiRequest request) {
    return db.warnings
        .byId(RouteSupport.pathId(request, 0))
        .map(warning -> ApiResponse.json(200, warning.toMap()))
        .orElseGet(() -> ApiResponse.error(404, "Warning not found"));
  }

  ApiResponse create(ApiRequest request) {
    Object data = request.json();
    RouteSupport.requireFields(data, "user_id", "mod_id", "guild_id");
    Map<String, @Nullable Object> values =
        fields(
            "user_id", Py.getItem(data, "user_id"),
            "mod_id", Py.getItem(data, "mod_id"),
            "guild_id", Py.getItem(data, "guild_id"),
            "reason", Py.get(data, "reason", null),
            "warned_at", RouteSupport.parseDatetime(Py.get(data, "warned_at", null), db.time()));
    Row warning = db.transaction(() -> db.warnings.insert(values));
    return ApiResponse.json(201, warning.toMap());
  }
}

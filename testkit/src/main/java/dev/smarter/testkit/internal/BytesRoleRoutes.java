package dev.smarter.testkit.internal;

import static dev.smarter.testkit.internal.RouteSupport.fields;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** {@code /api/bytes/roles}: list by guild (lowest requirement first), create, update, delete. */
final class BytesRoleRoutes {
  private final Database db;

  BytesRoleRoutes(Database db) {
    this.db = db;
  }

  ApiResponse list(ApiRequest request) {
    long guildId = RouteSupport.pathId(request, 0);
    List<Row> roles = db.bytesRoles.where(db.bytesRoles.eq("guild_id", guildId, 1));
    return ApiResponse.json(
        200, RouteSupport.wrap("roles", Table.orderBy(roles, "bytes_required", false)));
  }

  ApiResponse create(ApiRequest request) {
    Object data = request.json();
    RouteSupport.requireFields(data, "guild_id", "role_id", "role_name", "bytes_required");
    Map<String, @Nullable Object> values =
        fields(
            "guild_id", Py.getItem(data, "guild_id"),
            "role_id", Py.getItem(data, "role_id"),
            "role_name", Py.getItem(data, "role_name"),
            "bytes_required", Py.getItem(data, "bytes_required"));
    Row role = db.transaction(() -> db.bytesRoles.insert(values));
    return ApiResponse.json(201, role.toMap());
  }

  ApiResponse update(ApiRequest request) {
    Object data = request.json();
    Row role =
        db.bytesRoles
            .byId(RouteSupport.pathId(request, 0))
            .orElseThrow(() -> ResponseException.error(404, "Role not found"));
    Map<String, @Nullable Object> changes = new LinkedHashMap<>();
    for (String key : new String[] {"role_name", "bytes_required"}) {
      if (Py.contains(data, key)) {
        changes.put(key, Py.getItem(data, key));
      }
    }
    db.transaction(() -> db.bytesRoles.update(role, changes));
    return ApiResponse.json(200, role.toMap());
  }

  ApiResponse delete(ApiRequest request) {
    Row role =
        db.bytesRoles
            .byId(RouteSupport.pathId(request, 0))
            .orElseThrow(() -> ResponseException.error(404, "Role not found"));
    db.transaction(
        () -> {
          db.bytesRoles.delete(role);
          return null;
        });
    return ApiResponse.json(200, fields("success", true));
  }
}

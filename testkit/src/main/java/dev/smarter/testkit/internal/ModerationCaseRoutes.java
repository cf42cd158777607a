package dev.smarter.testkit.internal;

import static dev.smarter.testkit.internal.RouteSupport.fields;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code /api/moderation-cases}: filtered list, detail, create (per-guild case numbers), update.
 */
final class ModerationCaseRoutes {
  private final Database db;

  ModerationCaseRoutes(Database db) {
    this.db = db;
  }

  ApiResponse list(ApiRequest request) {
    List<Row> rows =
        ListFilters.apply(db.cases, request, "guild_id", "user_id", "mod_id", "action");
    String resolved = request.query("resolved");
    if (resolved != null) {
      String flag = resolved.toLowerCase(Locale.ROOT);
      if (flag.equals("true")) {
        rows.removeIf(row -> row.get("resolved_at") == null);
      } else if (flag.equals("false")) {
        rows.removeIf(row -> row.get("resolved_at") != null);
      }
    }
    return ApiResponse.json(
        200, RouteSupport.wrap("cases", RouteSupport.newestFirst(rows, "created_at")));
  }

  ApiResponse detail(ApiRequest request) {
    return db.cases
        .byId(RouteSupport.pathId(request, 0))
        .map(row -> ApiResponse.json(200, row.toMap()))
        .orElseGet(() -> ApiResponse.error(404, "Moderation case not found"));
  }

  ApiResponse create(ApiRequest request) {
    Object data = request.json();
    RouteSupport.requireFields(data, "guild_id", "user_id", "mod_id", "action");
    Object guildId = Py.getItem(data, "guild_id");
    Optional<Row> lastCase = db.cases.firstWhere("case_number", "guild_id", guildId);
    long caseNumber = lastCase.isPresent() ? (long) lastCase.get().get("case_number") + 1 : 1;
    Map<String, @Nullable Object> values =
        fields(
            "case_number", caseNumber,
            "guild_id", Py.getItem(data, "guild_id"),
            "user_id", Py.getItem(data, "user_id"),
            "mod_id", Py.getItem(data, "mod_id"),
            "action", Py.getItem(data, "action"),
            "reason", Py.get(data, "reason", null),
            "duration_sec", Py.get(data, "duration_sec", null),
            "created_at", RouteSupport.parseDatetime(Py.get(data, "created_at", null), db.time()),
            "resolved_at", RouteSupport.parseDatetime(Py.get(data, "resolved_at", null), db.time()),
            "resolution_note", Py.get(data, "resolution_note", null));
    Row row = db.transaction(() -> db.cases.insert(values));
    return ApiResponse.json(201, row.toMap());
  }

  ApiResponse update(ApiRequest request) {
    Object data = request.json();
    Row row =
        db.cases
            .byId(RouteSupport.pathId(request, 0))
            .orElseThrow(() -> ResponseException.error(404, "Moderation case not found"));
    Map<String, @Nullable Object> changes = new LinkedHashMap<>();
    if (Py.contains(data, "resolved_at")) {
      changes.put(
          "resolved_at", RouteSupport.parseDatetime(Py.getItem(data, "resolved_at"), db.time()));
    } else if (Py.contains(data, "resolve") && Py.truthy(Py.getItem(data, "resolve"))) {
      changes.put("resolved_at", db.time().localNow());
    }
    if (Py.contains(data, "resolution_note")) {
      changes.put("resolution_note", Py.getItem(data, "resolution_note"));
    }
    db.transaction(() -> db.cases.update(row, changes));
    return ApiResponse.json(200, row.toMap());
  }
}

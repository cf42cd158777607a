package dev.smarter.testkit.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/users/batch}: the server's loop over the items with SQLAlchemy's unit of work.
 * Changes to existing users are kept on the objects until the commit; new users are only added to
 * the session, so a second lookup of the same new {@code discord_id} does not see the first and the
 * commit fails on the UNIQUE constraint. Any error or early 400 writes nothing.
 */
final class UserBatchRoute {
  private static final int MAX_BATCH = 500;
  private static final String[] COMPARED = {"username", "discriminator", "avatar_url"};

  private final Database db;
  private final UserRoutes users;

  UserBatchRoute(Database db, UserRoutes users) {
    this.db = db;
    this.users = users;
  }

  ApiResponse create(ApiRequest request) {
    Object data = request.json();
    if (!(data instanceof List)) {
      return ApiResponse.error(400, "Expected a list of users");
    }
    List<?> items = (List<?>) data;
    if (items.size() > MAX_BATCH) {
      return ApiResponse.error(400, "Batch size exceeds maximum of 500 users");
    }
    Map<Row, Map<String, @Nullable Object>> pendingUpdates = new LinkedHashMap<>();
    List<Object> touched = new ArrayList<>();
    int updatedCount = 0;
    for (Object item : items) {
      if (!Py.contains(item, "discord_id") || !Py.contains(item, "username")) {
        return ApiResponse.error(400, "Missing required fields: discord_id, username");
      }
      Object discordId = Py.getItem(item, "discord_id");
      Optional<Row> existing = db.users.firstWhere(null, "discord_id", discordId);
      if (existing.isPresent()) {
        Row row = existing.get();
        Map<String, @Nullable Object> pending =
            pendingUpdates.computeIfAbsent(row, key -> new LinkedHashMap<>());
        boolean updated = false;
        for (String column : COMPARED) {
          if (Py.contains(item, column)) {
            Object current = pending.containsKey(column) ? pending.get(column) : row.get(column);
            Object wanted = Py.get(item, column, null);
            if (!Py.pyEquals(current, wanted)) {
              pending.put(column, wanted);
              updated = true;
            }
          }
        }
        if (updated) {
          updatedCount++;
        }
        touched.add(row);
      } else {
        touched.add(users.newUser(item));
      }
    }
    int updated = updatedCount;
    List<Row> result =
        db.transaction(
            () -> {
              db.users.updateAll(pendingUpdates);
              List<Map<String, @Nullable Object>> newUsers = new ArrayList<>();
              for (Object user : touched) {
                if (!(user instanceof Row)) {
                  newUsers.add(values(user));
                }
              }
              Iterator<Row> inserted = db.users.insertAll(newUsers).iterator();
              List<Row> rows = new ArrayList<>(touched.size());
              for (Object user : touched) {
                rows.add(user instanceof Row ? (Row) user : inserted.next());
              }
              return rows;
            });
    Map<String, @Nullable Object> body = new LinkedHashMap<>();
    body.put("users", RouteSupport.maps(result));
    body.put("created", result.size() - updated);
    body.put("updated", updated);
    body.put("total", result.size());
    return ApiResponse.json(201, body);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, @Nullable Object> values(Object newUser) {
    return (Map<String, @Nullable Object>) newUser;
  }
}

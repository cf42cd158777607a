package dev.smarter.testkit.internal;

import static dev.smarter.testkit.internal.RouteSupport.fields;

import java.math.BigInteger;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** {@code /api/bytes}: list, detail and the give transaction. */
final class BytesRoutes {
  private final Database db;

  BytesRoutes(Database db) {
    this.db = db;
  }

  ApiResponse list(ApiRequest request) {
    Table bytes = db.bytes;
    Predicate<Row> filter = row -> true;
    String guildId = request.query("guild_id");
    if (RouteSupport.present(guildId)) {
      filter = filter.and(bytes.eq("guild_id", guildId, 1));
    }
    String userId = request.query("user_id");
    if (RouteSupport.present(userId)) {
      filter = filter.and(bytes.eq("giver_id", userId, 1).or(bytes.eq("receiver_id", userId, 2)));
    }
    String receiverId = request.query("receiver_id");
    if (RouteSupport.present(receiverId)) {
      filter = filter.and(bytes.eq("receiver_id", receiverId, 1));
    }
    String giverId = request.query("giver_id");
    if (RouteSupport.present(giverId)) {
      filter = filter.and(bytes.eq("giver_id", giverId, 1));
    }
    List<Row> rows = RouteSupport.newestFirst(bytes.where(filter), "awarded_at");
    return ApiResponse.json(200, RouteSupport.wrap("bytes", rows));
  }

  ApiResponse detail(ApiRequest request) {
    return db.bytes
        .byId(RouteSupport.pathId(request, 0))
        .map(row -> ApiResponse.json(200, row.toMap()))
        .orElseGet(() -> ApiResponse.error(404, "Bytes not found"));
  }

  /**
   * The give: both users must exist, the giver needs the balance, the guild's cooldown must have
   * passed (the config row is created, and committed, before that check), then the cooldown, the
   * transaction and both balances are written in one commit.
   */
  ApiResponse give(ApiRequest request) {
    Object data = request.json();
    RouteSupport.requireFields(data, "giver_id", "receiver_id", "guild_id");
    Object giverId = Py.getItem(data, "giver_id");
    Optional<Row> giver = db.users.firstWhere(null, "id", giverId);
    Optional<Row> receiver = db.users.firstWhere(null, "id", Py.getItem(data, "receiver_id"));
    if (giver.isEmpty() || receiver.isEmpty()) {
      return ApiResponse.error(404, "Giver or receiver not found");
    }
    Object amount = Py.get(data, "amount", BigInteger.ONE);
    if (Py.lessThan(giver.get().get("bytes_balance"), amount)) {
      return ApiResponse.error(400, "Insufficient bytes balance");
    }
    Object guildId = Py.getItem(data, "guild_id");
    Optional<Row> cooldown =
        db.bytesCooldowns.firstWhere(null, "user_id", giverId, "guild_id", guildId);
    Row config =
        db.bytesConfigs
            .firstWhere(null, "guild_id", guildId)
            .orElseGet(
                () -> db.transaction(() -> db.bytesConfigs.insert(fields("guild_id", guildId))));
    Row bytes =
        db.transaction(
            () -> {
              LocalDateTime now = db.time().localNow();
              if (cooldown.isPresent()) {
                checkCooldown(cooldown.get(), config, now);
              }
              // The commit flushes the users' UPDATEs before the INSERTs of rows that refer to
              // them: a balance that cannot be stored (NaN is NULL to SQLite) fails first.
              moveBalances(giver.get(), receiver.get(), amount);
              if (cooldown.isPresent()) {
                db.bytesCooldowns.update(cooldown.get(), fields("last_given_at", now));
              } else {
                db.bytesCooldowns.insert(
                    fields(
                        "user_id",
                        Py.getItem(data, "giver_id"),
                        "guild_id",
                        guildId,
                        "last_given_at",
                        now));
              }
              Object awardedAt =
                  RouteSupport.parseDatetime(Py.get(data, "awarded_at", null), db.time());
              Row row =
                  db.bytes.insert(
                      fields(
                          "giver_id",
                          Py.getItem(data, "giver_id"),
                          "receiver_id",
                          Py.getItem(data, "receiver_id"),
                          "guild_id",
                          guildId,
                          "amount",
                          amount,
                          "reason",
                          Py.get(data, "reason", null),
                          "awarded_at",
                          Py.truthy(awardedAt) ? awardedAt : db.time().localNow()));
              return row;
            });
    Object receiverBalance = receiver.get().get("bytes_balance");
    Map<String, @Nullable Object> body = new LinkedHashMap<>();
    body.put("bytes", bytes.toMap());
    body.put("giver_balance", giver.get().get("bytes_balance"));
    body.put("receiver_balance", receiverBalance);
    body.put("earned_roles", RouteSupport.maps(earnedRoles(db, guildId, receiverBalance)));
    return ApiResponse.json(201, body);
  }

  private void checkCooldown(Row cooldown, Row config, LocalDateTime now) {
    Object minutes = config.get("cooldown_minutes");
    double elapsed =
        RouteSupport.secondsBetween((LocalDateTime) cooldown.get("last_given_at"), now);
    if (!Py.isNumber(minutes)) {
      throw PyException.typeError(
          "'<' not supported between instances of 'float' and '" + Py.typeName(minutes) + "'");
    }
    Object window =
        minutes instanceof Double
            ? (Object) ((Double) minutes * 60)
            : Py.toBigInteger(minutes).multiply(BigInteger.valueOf(60));
    if (Py.lessThan(elapsed, window)) {
      BigInteger left = Py.truncate(Py.toDouble(minutes) - elapsed / 60);
      Map<String, @Nullable Object> body = new LinkedHashMap<>();
      body.put("error", "Cooldown still active. Try again in " + left + " minutes.");
      body.put("minutes_left", left);
      throw new ResponseException(ApiResponse.json(400, body));
    }
  }

  /**
   * {@code giver.bytes_balance -= amount; receiver.bytes_balance += amount}, flushed as one UPDATE
   * of both rows (one row when they are the same user).
   */
  private void moveBalances(Row giver, Row receiver, Object amount) {
    Object giverBalance = Py.addNumbers(giver.get("bytes_balance"), amount, -1, "-=");
    Object receiverBalance =
        Py.addNumbers(
            receiver == giver ? giverBalance : receiver.get("bytes_balance"), amount, 1, "+=");
    Map<Row, Map<String, @Nullable Object>> balances = new LinkedHashMap<>();
    balances.put(giver, fields("bytes_balance", giverBalance));
    balances.put(receiver, fields("bytes_balance", receiverBalance));
    db.users.updateAll(balances);
  }

  /** Roles of {@code guildId} with {@code bytes_required <= balance}, highest first. */
  static List<Row> earnedRoles(Database db, @Nullable Object guildId, @Nullable Object balance) {
    Object bound = SqlValues.bind(balance, 2);
    List<Row> roles =
        db.bytesRoles.where(
            db.bytesRoles
                .eq("guild_id", guildId, 1)
                .and(row -> SqlValues.lessOrEqual(row.get("bytes_required"), bound)));
    return Table.orderBy(roles, "bytes_required", true);
  }
}

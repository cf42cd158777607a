package dev.smarter.testkit.internal;

import static dev.smarter.testkit.internal.RouteSupport.fields;

import java.math.BigInteger;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Read-side bytes routes: cooldown, balance (which re-derives the stored balance), leaderboard. */
final class BytesStatsRoutes {
  private static final BigInteger DEFAULT_COOLDOWN = BigInteger.valueOf(1440);
  private static final BigInteger DEFAULT_LIMIT = BigInteger.TEN;

  private final Database db;

  BytesStatsRoutes(Database db) {
    this.db = db;
  }

  ApiResponse cooldown(ApiRequest request) {
    long userId = (Long) SqlValues.bind(request.pathInt(0), 1);
    long guildId = (Long) SqlValues.bind(request.pathInt(1), 2);
    Row cooldown =
        db.bytesCooldowns
            .first(
                db.bytesCooldowns
                    .eq("user_id", userId, 1)
                    .and(db.bytesCooldowns.eq("guild_id", guildId, 2)))
            .orElseThrow(() -> ResponseException.error(404, "Cooldown not found"));
    Object minutes =
        db.bytesConfigs
            .first(db.bytesConfigs.eq("guild_id", guildId, 1))
            .map(config -> config.get("cooldown_minutes"))
            .orElse(DEFAULT_COOLDOWN);
    double passed =
        RouteSupport.secondsBetween(
                (LocalDateTime) cooldown.get("last_given_at"), db.time().localNow())
            / 60;
    if (!Py.isNumber(minutes)) {
      throw PyException.typeError(
          "unsupported operand type(s) for -: '" + Py.typeName(minutes) + "' and 'float'");
    }
    double left = Py.toDouble(minutes) - passed;
    Map<String, @Nullable Object> body = cooldown.toMap();
    body.put("minutes_left", left > 0 ? Py.truncate(left) : BigInteger.ZERO);
    body.put("cooldown_active", left > 0);
    return ApiResponse.json(200, body);
  }

  ApiResponse balance(ApiRequest request) {
    long userId = RouteSupport.pathId(request, 0);
    Row user =
        db.users.byId(userId).orElseThrow(() -> ResponseException.error(404, "User not found"));
    Object received = orZero(sumOfAmounts("receiver_id", userId));
    Object given = orZero(sumOfAmounts("giver_id", userId));
    if (!Py.pyEquals(user.get("discord_id"), 0L)) {
      Object expected = Py.addNumbers(received, given, -1, "-");
      if (!Py.pyEquals(user.get("bytes_balance"), expected)) {
        db.transaction(() -> db.users.update(user, fields("bytes_balance", expected)));
      }
    }
    List<Row> earned = List.of();
    String guildId = request.query("guild_id");
    if (RouteSupport.present(guildId)) {
      earned = BytesRoutes.earnedRoles(db, guildId, user.get("bytes_balance"));
    }
    return ApiResponse.json(
        200,
        fields(
            "user_id",
            user.id,
            "username",
            user.get("username"),
            "bytes_balance",
            user.get("bytes_balance"),
            "bytes_received",
            received,
            "bytes_given",
            given,
            "earned_roles",
            RouteSupport.maps(earned)));
  }

  private @Nullable Object sumOfAmounts(String column, long userId) {
    List<@Nullable Object> amounts = new ArrayList<>();
    for (Row row : db.bytes.where(db.bytes.eq(column, userId, 1))) {
      amounts.add(row.get("amount"));
    }
    try {
      return SqlValues.sum(amounts);
    } catch (PyException e) {
      throw OrmStatement.sumOfAmounts(column, userId).explain(e);
    }
  }

  private static Object orZero(@Nullable Object sum) {
    return Py.truthy(sum) ? sum : (Object) 0L;
  }

  /**
   * The users who gave or received bytes in the guild, as SQLite's {@code SELECT DISTINCT} over the
   * join returns them: the guild's bytes rows in id order, and for each row its giver and receiver,
   * lower user id first, each user where first seen.
   */
  private Collection<Row> usersInOrderOfAppearance(long guildId) {
    Map<Long, Row> users = new LinkedHashMap<>();
    for (Row bytes : db.bytes.where(db.bytes.eq("guild_id", guildId, 1))) {
      List<Row> pair = new ArrayList<>(2);
      db.users.first(db.users.idEq(bytes.get("giver_id"), 1)).ifPresent(pair::add);
      db.users.first(db.users.idEq(bytes.get("receiver_id"), 1)).ifPresent(pair::add);
      pair.sort(Comparator.comparingLong(user -> user.id));
      for (Row user : pair) {
        users.putIfAbsent(user.id, user);
      }
    }
    return users.values();
  }

  ApiResponse leaderboard(ApiRequest request) {
    long guildId = RouteSupport.pathId(request, 0);
    String limitText = request.query("limit");
    BigInteger limit = PyInt.parse(limitText == null ? "10" : limitText).orElse(DEFAULT_LIMIT);
    List<Map<String, @Nullable Object>> entries = new ArrayList<>();
    for (Row user : usersInOrderOfAppearance(guildId)) {
      if (Py.greaterThan(user.get("bytes_balance"), 0L)) {
        entries.add(
            fields(
                "user_id", user.id,
                "username", user.get("username"),
                "bytes_balance", user.get("bytes_balance"),
                "avatar_url", user.get("avatar_url")));
      }
    }
    Comparator<Map<String, @Nullable Object>> byBalance =
        (a, b) -> Py.compareNumbers(a.get("bytes_balance"), b.get("bytes_balance"));
    entries.sort(byBalance.reversed()); // stable: ties keep the order of appearance
    return ApiResponse.json(
        200,
        fields(
            "guild_id",
            request.pathInt(0),
            "leaderboard",
            new ArrayList<>(RouteSupport.slice(entries, limit))));
  }
}

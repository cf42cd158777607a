package dev.smarter.testkit.internal;

import static dev.smarter.testkit.internal.Affinity.DATETIME;
import static dev.smarter.testkit.internal.Affinity.INTEGER;
import static dev.smarter.testkit.internal.Affinity.TEXT;

/** The tables behind the API routes, with the real server's column order, types and defaults. */
final class Schemas {
  private Schemas() {}

  static final TableSchema GUILDS =
      new TableSchema(
          "guilds",
          Column.of("discord_id", INTEGER).notNull().unique(),
          Column.of("name", TEXT).notNull(),
          Column.of("icon_url", TEXT),
          Column.of("joined_at", DATETIME),
          Column.of("created_at", DATETIME).defaultsToNow());

  static final TableSchema USERS =
      new TableSchema(
          "discord_users",
          Column.of("discord_id", INTEGER).notNull().unique(),
          Column.of("username", TEXT).notNull(),
          Column.of("discriminator", TEXT),
          Column.of("avatar_url", TEXT),
          Column.of("created_at", DATETIME).defaultsToNow(),
          Column.of("bytes_balance", INTEGER).notNull().defaultsTo(0));

  static final TableSchema WARNINGS =
      new TableSchema(
          "user_warnings",
          Column.of("user_id", INTEGER).notNull(),
          Column.of("mod_id", INTEGER).notNull(),
          Column.of("guild_id", INTEGER).notNull(),
          Column.of("reason", TEXT),
          Column.of("warned_at", DATETIME).defaultsToNow());

  static final TableSchema CASES =
      new TableSchema(
          "moderation_cases",
          Column.of("case_number", INTEGER).notNull(),
          Column.of("guild_id", INTEGER).notNull(),
          Column.of("user_id", INTEGER).notNull(),
          Column.of("mod_id", INTEGER).notNull(),
          Column.of("action", TEXT).notNull(),
          Column.of("reason", TEXT),
          Column.of("created_at", DATETIME).defaultsToNow(),
          Column.of("duration_sec", INTEGER),
          Column.of("resolved_at", DATETIME),
          Column.of("resolution_note", TEXT));

  static final TableSchema BYTES =
      new TableSchema(
          "bytes",
          Column.of("giver_id", INTEGER).notNull(),
          Column.of("receiver_id", INTEGER).notNull(),
          Column.of("guild_id", INTEGER).notNull(),
          Column.of("amount", INTEGER).notNull().defaultsTo(1),
          Column.of("reason", TEXT),
          Column.of("awarded_at", DATETIME).defaultsToNow());

  static final TableSchema BYTES_CONFIG =
      new TableSchema(
          "bytes_config",
          Column.of("guild_id", INTEGER).notNull().unique(),
          Column.of("starting_balance", INTEGER).notNull().defaultsTo(100),
          Column.of("daily_earning", INTEGER).notNull().defaultsTo(10),
          Column.of("max_give_amount", INTEGER).notNull().defaultsTo(50),
          Column.of("cooldown_minutes", INTEGER).notNull().defaultsTo(1440),
          Column.of("created_at", DATETIME).defaultsToNow(),
          Column.of("updated_at", DATETIME).defaultsToNow().touchedOnUpdate());

  static final TableSchema BYTES_ROLES =
      new TableSchema(
          "bytes_roles",
          Column.of("guild_id", INTEGER).notNull(),
          Column.of("role_id", INTEGER).notNull(),
          Column.of("role_name", TEXT).notNull(),
          Column.of("bytes_required", INTEGER).notNull(),
          Column.of("created_at", DATETIME).defaultsToNow(),
          Column.of("updated_at", DATETIME).defaultsToNow().touchedOnUpdate());

  static final TableSchema BYTES_COOLDOWNS =
      new TableSchema(
          "bytes_cooldowns",
          Column.of("user_id", INTEGER).notNull(),
          Column.of("guild_id", INTEGER).notNull(),
          Column.of("last_given_at", DATETIME).defaultsToNow());
}

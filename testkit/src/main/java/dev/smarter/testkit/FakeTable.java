package dev.smarter.testkit;

/** The fake's tables, for {@link FakeSmarterDevServer#rowCount(FakeTable)}. */
public enum FakeTable {
  /** {@code /api/guilds}. */
  GUILDS("guilds"),
  /** {@code /api/users}. */
  USERS("discord_users"),
  /** {@code /api/warnings}. */
  WARNINGS("user_warnings"),
  /** {@code /api/moderation-cases}. */
  MODERATION_CASES("moderation_cases"),
  /** {@code /api/bytes} transactions. */
  BYTES("bytes"),
  /** {@code /api/bytes/config}. */
  BYTES_CONFIGS("bytes_config"),
  /** {@code /api/bytes/roles}. */
  BYTES_ROLES("bytes_roles"),
  /** {@code /api/bytes/cooldown}. */
  BYTES_COOLDOWNS("bytes_cooldowns");

  private final String tableName;

  FakeTable(String tableName) {
    this.tableName = tableName;
  }

  /**
   * The table's name in the real server's database.
   *
   * @return the SQL table name, such as {@code discord_users}
   */
  public String tableName() {
    return tableName;
  }
}

package dev.smarter.testkit.internal;

/** The storage classes of the server's SQLite columns, as SQLAlchemy declares them. */
enum Affinity {
  /** {@code Integer}/{@code BigInteger}: numeric-looking text becomes a number. */
  INTEGER,
  /** {@code String}/{@code Text}: numbers become text. */
  TEXT,
  /** {@code DateTime}: only datetimes are accepted by SQLAlchemy. */
  DATETIME
}

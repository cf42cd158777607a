package dev.smarter.testkit.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The fake's database: the tables behind the routes, one lock that serializes every request's work
 * (like SQLite's single writer), and transactions that undo every change when they fail.
 */
public final class Database {
  private final ServerTime time;
  private final ReentrantLock lock = new ReentrantLock();
  private @Nullable Deque<Runnable> undoLog;

  final Table guilds;
  final Table users;
  final Table warnings;
  final Table cases;
  final Table bytes;
  final Table bytesConfigs;
  final Table bytesRoles;
  final Table bytesCooldowns;

  /** Creates an empty database whose defaults read {@code time}. */
  public Database(ServerTime time) {
    this.time = time;
    this.guilds = new Table(Schemas.GUILDS, this);
    this.users = new Table(Schemas.USERS, this);
    this.warnings = new Table(Schemas.WARNINGS, this);
    this.cases = new Table(Schemas.CASES, this);
    this.bytes = new Table(Schemas.BYTES, this);
    this.bytesConfigs = new Table(Schemas.BYTES_CONFIG, this);
    this.bytesRoles = new Table(Schemas.BYTES_ROLES, this);
    this.bytesCooldowns = new Table(Schemas.BYTES_COOLDOWNS, this);
  }

  ServerTime time() {
    return time;
  }

  /** Runs {@code work} holding the database lock. */
  <T> T locked(Supplier<T> work) {
    lock.lock();
    try {
      return work.get();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Runs {@code work} as one transaction (the caller holds the lock): if it throws, every change it
   * made is undone.
   */
  <T> T transaction(Supplier<T> work) {
    if (!lock.isHeldByCurrentThread()) {
      throw new IllegalStateException("transaction without the database lock");
    }
    Deque<Runnable> outer = undoLog;
    Deque<Runnable> log = new ArrayDeque<>();
    undoLog = log;
    try {
      T result = work.get();
      if (outer != null) {
        log.descendingIterator().forEachRemaining(outer::push);
      }
      return result;
    } catch (RuntimeException | Error e) {
      log.forEach(Runnable::run);
      throw e;
    } finally {
      undoLog = outer;
    }
  }

  void onUndo(Runnable undo) {
    if (undoLog != null) {
      undoLog.push(undo);
    }
  }

  /** Number of rows in the table named like the server's ({@code guilds}, {@code bytes}...). */
  public int rowCount(String tableName) {
    return locked(() -> table(tableName).size());
  }

  Table table(String tableName) {
    for (Table table : tables()) {
      if (table.schema.name.equals(tableName)) {
        return table;
      }
    }
    throw new IllegalArgumentException("no table " + tableName);
  }

  private Table[] tables() {
    return new Table[] {
      guilds, users, warnings, cases, bytes, bytesConfigs, bytesRoles, bytesCooldowns
    };
  }

  /** Deletes every row of every table. */
  public void clear() {
    locked(
        () -> {
          for (Table table : tables()) {
            table.clear();
          }
          return null;
        });
  }
}

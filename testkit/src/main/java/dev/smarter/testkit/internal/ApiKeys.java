package dev.smarter.testkit.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The server's {@code api_keys} table: configured keys that can be revoked (made inactive) and
 * restored, plus the local-development key {@code TESTING} when local mode is on. Thread-safe.
 */
public final class ApiKeys {
  /** The key accepted in local mode. */
  public static final String LOCAL_KEY = "TESTING";

  private final boolean localMode;
  private final List<Entry> entries = new ArrayList<>();

  private static final class Entry {
    final long id;
    final String key;
    volatile boolean active = true;

    Entry(long id, String key) {
      this.id = id;
      this.key = key;
    }
  }

  /** A key the exchange accepted: its row id and name. */
  record Accepted(long id, String name) {}

  /** Creates the registry; keys get row ids 1, 2, ... in order. */
  public ApiKeys(List<String> keys, boolean localMode) {
    this.localMode = localMode;
    long id = 1;
    for (String key : new LinkedHashSet<>(keys)) {
      entries.add(new Entry(id++, key));
    }
  }

  /** Whether the local-development key is accepted. */
  public boolean localMode() {
    return localMode;
  }

  /** The keys an exchange currently accepts. */
  public Set<String> acceptedKeys() {
    Set<String> keys = new LinkedHashSet<>();
    for (Entry entry : entries) {
      if (entry.active) {
        keys.add(entry.key);
      }
    }
    if (localMode) {
      keys.add(LOCAL_KEY);
    }
    return keys;
  }

  /** Makes {@code key} inactive; returns whether it was a configured key. */
  public boolean revoke(String key) {
    return setActive(key, false);
  }

  /** Makes {@code key} active again; returns whether it was a configured key. */
  public boolean restore(String key) {
    return setActive(key, true);
  }

  /** Makes every configured key active again. */
  public void restoreAll() {
    for (Entry entry : entries) {
      entry.active = true;
    }
  }

  private boolean setActive(String key, boolean active) {
    boolean found = false;
    for (Entry entry : entries) {
      if (entry.key.equals(key)) {
        entry.active = active;
        found = true;
      }
    }
    return found;
  }

  /**
   * {@code db.query(APIKey).filter(APIKey.key == value, APIKey.is_active == True).first()}: the
   * value is compared like SQLite compares a bound parameter with a text column.
   */
  @Nullable Accepted verify(@Nullable Object value) {
    Object bound = SqlValues.bind(value, 1);
    for (Entry entry : entries) {
      if (entry.active && SqlValues.matches(entry.key, bound, Affinity.TEXT)) {
        return new Accepted(entry.id, "API key " + entry.id);
      }
    }
    return null;
  }
}

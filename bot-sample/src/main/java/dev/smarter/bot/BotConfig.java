package dev.smarter.bot;

import dev.smarter.sdk.SmarterDevClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The bot's settings, read from environment variables: {@value #BOT_TOKEN}, {@value #SHARDS} and
 * {@value #SHARD} for Discord, and {@code SMARTER_DEV_API_URL}, {@code SMARTER_DEV_API_KEY} and
 * {@code SMARTER_DEV_LOCAL} for the SDK (see {@link SmarterDevClient.Builder#environment(Map)}).
 * Immutable; {@link #toString()} never shows a secret.
 */
public final class BotConfig {
  /** The variable holding the Discord bot token. */
  public static final String BOT_TOKEN = "SMARTER_DEV_BOT_TOKEN";

  /** The variable holding the API's base URL. */
  public static final String API_URL = "SMARTER_DEV_API_URL";

  /** The variable holding the API key. */
  public static final String API_KEY = "SMARTER_DEV_API_KEY";

  /** The variable holding the bot's total number of gateway shards (default 1). */
  public static final String SHARDS = "SMARTER_DEV_BOT_SHARDS";

  /** The variable holding the one shard this process runs (default: all of them). */
  public static final String SHARD = "SMARTER_DEV_BOT_SHARD";

  private final Map<String, String> environment;

  private BotConfig(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  /**
   * Reads the settings from a set of variables (normally {@link System#getenv()}).
   *
   * @param environment the variables
   * @return the settings
   */
  public static BotConfig fromEnvironment(Map<String, String> environment) {
    Objects.requireNonNull(environment, "environment == null");
    return new BotConfig(environment);
  }

  /**
   * Returns the Discord bot token.
   *
   * @return the token, or empty when {@value #BOT_TOKEN} is unset or blank
   */
  public Optional<String> botToken() {
    return nonBlank(BOT_TOKEN);
  }

  /**
   * Returns the shards this process runs: {@value #SHARDS} in all (default 1), and only shard
   * {@value #SHARD} when that is set.
   *
   * @return the plan
   * @throws IllegalArgumentException with a message naming the variable, if a value is not a whole
   *     number, {@value #SHARDS} is below 1, or {@value #SHARD} is not below {@value #SHARDS}
   */
  public ShardPlan shards() {
    int total = nonBlank(SHARDS).map(value -> number(SHARDS, value)).orElse(1);
    if (total < 1) {
      throw new IllegalArgumentException(SHARDS + " must be at least 1 but was " + total + ".");
    }
    OptionalInt only = OptionalInt.empty();
    Optional<String> shard = nonBlank(SHARD);
    if (shard.isPresent()) {
      int index = number(SHARD, shard.get());
      if (index < 0 || index >= total) {
        throw new IllegalArgumentException(
            SHARD
                + " must be between 0 and "
                + (total - 1)
                + " ("
                + SHARDS
                + " is "
                + total
                + ") but was "
                + index
                + ".");
      }
      only = OptionalInt.of(index);
    }
    return new ShardPlan(total, only);
  }

  private static int number(String name, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          name + " must be a whole number but was \"" + value + "\".", e);
    }
  }

  /**
   * Returns whether {@value #API_URL} names an API server to use.
   *
   * @return {@code true} when the variable is set and not blank
   */
  public boolean hasApiUrl() {
    return nonBlank(API_URL).isPresent();
  }

  /**
   * Returns an SDK client builder configured from these variables.
   *
   * @return a new builder
   * @throws IllegalArgumentException if {@value #API_URL} is not an http(s) URL
   */
  public SmarterDevClient.Builder apiClient() {
    return SmarterDevClient.builder().environment(environment);
  }

  /**
   * Returns the secret values (bot token, API key) that must never be printed, for redaction.
   *
   * @return the secrets that are set
   */
  public List<String> secrets() {
    List<String> secrets = new ArrayList<>();
    botToken().ifPresent(secrets::add);
    nonBlank(API_KEY).map(String::trim).ifPresent(secrets::add);
    return secrets;
  }

  /**
   * Replaces every secret in {@code text} with {@code ****}.
   *
   * @param text a message about to be printed
   * @return the text without secrets
   */
  public String redact(String text) {
    String result = text;
    for (String secret : secrets()) {
      result = result.replace(secret, "****");
    }
    return result;
  }

  private Optional<String> nonBlank(String name) {
    String value = environment.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  @Override
  public String toString() {
    return "BotConfig{botToken="
        + (botToken().isPresent() ? "****" : "unset")
        + ", apiUrl="
        + nonBlank(API_URL).orElse("default")
        + ", apiKey="
        + (nonBlank(API_KEY).isPresent() ? "****" : "unset")
        + "}";
  }
}

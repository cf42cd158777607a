package dev.smarter.bot;

import dev.smarter.sdk.SmarterDevClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The bot's settings, read from environment variables: {@value #BOT_TOKEN} for Discord, and {@code
 * SMARTER_DEV_API_URL}, {@code SMARTER_DEV_API_KEY} and {@code SMARTER_DEV_LOCAL} for the SDK (see
 * {@link SmarterDevClient.Builder#environment(Map)}). Immutable; {@link #toString()} never shows a
 * secret.
 */
public final class BotConfig {
  /** The variable holding the Discord bot token. */
  public static final String BOT_TOKEN = "SMARTER_DEV_BOT_TOKEN";

  /** The variable holding the API's base URL. */
  public static final String API_URL = "SMARTER_DEV_API_URL";

  /** The variable holding the API key. */
  public static final String API_KEY = "SMARTER_DEV_API_KEY";

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

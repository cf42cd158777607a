package dev.smarter.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BotConfigTest {
  private final BotConfig config =
      BotConfig.fromEnvironment(
          Map.of(
              "SMARTER_DEV_BOT_TOKEN", " bot-token-123 ",
              "SMARTER_DEV_API_KEY", "api-key-456",
              "SMARTER_DEV_API_URL", "http://api.example:8000"));

  @Test
  void readsTheTokenAndTheApiSettings() {
    assertThat(config.botToken()).contains("bot-token-123");
    assertThat(config.hasApiUrl()).isTrue();
    assertThat(config.apiClient().build().baseUrl()).isEqualTo("http://api.example:8000/");
  }

  @Test
  void toStringAndRedactNeverShowASecret() {
    assertThat(config.toString())
        .doesNotContain("bot-token-123")
        .doesNotContain("api-key-456")
        .contains("http://api.example:8000");
    assertThat(config.redact("token bot-token-123 and key api-key-456"))
        .isEqualTo("token **** and key ****");
  }

  @Test
  void localModeNeedsNoKey() {
    BotConfig local = BotConfig.fromEnvironment(Map.of("SMARTER_DEV_LOCAL", "1"));

    assertThat(local.botToken()).isEmpty();
    assertThat(local.hasApiUrl()).isFalse();
    assertThat(local.apiClient().build().baseUrl()).isEqualTo("http://localhost:8000/");
  }
}

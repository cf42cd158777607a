package dev.smarter.examples;

import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.model.DiscordUser;
import dev.smarter.sdk.model.Guild;
import dev.smarter.sdk.model.ModerationCase;
import dev.smarter.sdk.model.ModerationCaseQuery;
import dev.smarter.sdk.model.NewGuild;
import dev.smarter.sdk.model.NewModerationCase;
import dev.smarter.sdk.model.NewUser;
import dev.smarter.sdk.model.NewWarning;
import dev.smarter.sdk.model.UserWarning;
import dev.smarter.sdk.model.WarningQuery;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * Moderation: warn a user, open a mute case, list the guild's open cases, resolve the case, and
 * list the user's warnings.
 */
public final class Moderation {
  private Moderation() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    try (ExampleEnvironment environment = ExampleEnvironment.open()) {
      run(environment.client(), System.out);
    }
  }

  /**
   * Walks through a moderation flow.
   *
   * @param client the client to use
   * @param out where to print
   */
  public static void run(SmarterDevClient client, PrintStream out) {
    Guild guild =
        client.guilds().create(NewGuild.of(1_160_000_000_000_000_001L, "Smarter Dev")).execute();
    DiscordUser moderator =
        client.users().create(NewUser.of(1_160_000_000_000_000_201L, "mod-maria")).execute();
    DiscordUser member =
        client.users().create(NewUser.of(1_160_000_000_000_000_202L, "spammy-sam")).execute();

    UserWarning warning =
        client
            .warnings()
            .create(
                NewWarning.builder()
                    .guildId(guild.id())
                    .userId(member.id())
                    .modId(moderator.id())
                    .reason("Posting invite links in #general")
                    .build())
            .execute();
    out.printf(
        "Warned %s (warning #%d at %s): %s%n",
        member.username(), warning.id(), warning.warnedAt(), warning.reason().orElse(""));

    ModerationCase opened =
        client
            .moderationCases()
            .create(
                NewModerationCase.builder()
                    .guildId(guild.id())
                    .userId(member.id())
                    .modId(moderator.id())
                    .action("mute")
                    .reason("Kept posting after a warning")
                    .durationSec(Duration.ofHours(1).toSeconds())
                    .build())
            .execute();
    out.printf(
        "Opened case %d in %s: %s %s for %d s%n",
        opened.caseNumber(),
        guild.name(),
        opened.action(),
        member.username(),
        opened.durationSec().orElse(0L));

    ModerationCaseQuery openInGuild =
        ModerationCaseQuery.builder().guildId(guild.id()).resolved(false).build();
    List<ModerationCase> open = client.moderationCases().list(openInGuild).execute();
    out.println("Open cases in " + guild.name() + ": " + open.size());
    for (ModerationCase moderationCase : open) {
      out.printf(
          "  case %d: %s, %s%n",
          moderationCase.caseNumber(),
          moderationCase.action(),
          moderationCase.reason().orElse("no reason"));
    }

    ModerationCase resolved =
        client.moderationCases().resolve(opened.id(), "Apologised in #mod-talk").execute();
    out.printf(
        "Resolved case %d at %s: %s%n",
        resolved.caseNumber(),
        resolved.resolvedAt().map(Object::toString).orElse("?"),
        resolved.resolutionNote().orElse(""));
    out.println("Open cases now: " + client.moderationCases().list(openInGuild).execute().size());

    List<UserWarning> warnings =
        client
            .warnings()
            .list(WarningQuery.builder().guildId(guild.id()).userId(member.id()).build())
            .execute();
    out.println(member.username() + " has " + warnings.size() + " warning(s) in " + guild.name());
  }
}

package dev.smarter.examples;

import dev.smarter.sdk.BadRequestException;
import dev.smarter.sdk.CooldownException;
import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.model.BytesAward;
import dev.smarter.sdk.model.BytesBalance;
import dev.smarter.sdk.model.BytesConfig;
import dev.smarter.sdk.model.BytesConfigUpsert;
import dev.smarter.sdk.model.BytesRole;
import dev.smarter.sdk.model.DiscordUser;
import dev.smarter.sdk.model.Guild;
import dev.smarter.sdk.model.LeaderboardEntry;
import dev.smarter.sdk.model.NewBytesAward;
import dev.smarter.sdk.model.NewBytesRole;
import dev.smarter.sdk.model.NewGuild;
import dev.smarter.sdk.model.NewUser;
import dev.smarter.testkit.FakeSmarterDevServer;
import dev.smarter.testkit.SeededUser;
import java.io.PrintStream;
import java.util.Optional;

/**
 * Bytes, the community's kudos currency: configure a guild, add role rewards, give bytes, show the
 * leaderboard, and handle the cooldown that stops a member from giving twice in a row.
 *
 * <p>No API route grants bytes, so on the in-process fake the example funds a "bank" user directly;
 * against a real server without funds the first award fails with "Insufficient bytes balance",
 * which the example reports.
 */
public final class BytesDemo {
  private BytesDemo() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    try (ExampleEnvironment environment = ExampleEnvironment.open()) {
      run(environment.client(), environment.fake(), System.out);
    }
  }

  /**
   * Walks through configuring and giving bytes.
   *
   * @param client the client to use
   * @param fake the in-process fake, used to fund the bank user, or empty
   * @param out where to print
   */
  public static void run(
      SmarterDevClient client, Optional<FakeSmarterDevServer> fake, PrintStream out) {
    Guild guild =
        client.guilds().create(NewGuild.of(1_160_000_000_000_000_001L, "Smarter Dev")).execute();
    BytesConfig config =
        client
            .bytes()
            .upsertConfig(
                BytesConfigUpsert.builder()
                    .guildId(guild.id())
                    .maxGiveAmount(100)
                    .cooldownMinutes(60)
                    .build())
            .execute();
    out.printf(
        "Configured %s: start %d, max give %d, cooldown %d min%n",
        guild.name(), config.startingBalance(), config.maxGiveAmount(), config.cooldownMinutes());

    client.bytes().createRole(role(guild, 1_180_000_000_000_000_001L, "Byte Sized", 10)).execute();
    client.bytes().createRole(role(guild, 1_180_000_000_000_000_002L, "Kilobyte", 50)).execute();
    for (BytesRole role : client.bytes().roles(guild.id()).execute()) {
      out.printf("  role %s at %d bytes%n", role.roleName(), role.bytesRequired());
    }

    DiscordUser ada =
        client.users().create(NewUser.of(1_160_000_000_000_000_301L, "ada")).execute();
    DiscordUser grace =
        client.users().create(NewUser.of(1_160_000_000_000_000_302L, "grace")).execute();
    long bank = fake.map(BytesDemo::fundBank).orElse(ada.id());

    try {
      give(client, out, bank, ada.id(), guild.id(), 80, "Welcome bonus");
      give(client, out, ada.id(), grace.id(), guild.id(), 25, "Great code review");
      give(client, out, ada.id(), grace.id(), guild.id(), 5, "And another one");
    } catch (CooldownException e) {
      out.printf(
          "ada must wait %d more minutes before giving again (%s)%n",
          e.minutesLeft(), e.errorMessage());
    } catch (BadRequestException e) {
      out.println("The award was refused: " + e.errorMessage());
    }

    BytesBalance balance = client.bytes().balance(grace.id(), guild.id()).execute();
    out.printf(
        "grace: balance %d, received %d, earned roles %s%n",
        balance.bytesBalance(),
        balance.bytesReceived(),
        balance.earnedRoles().stream().map(BytesRole::roleName).toList());
    out.println("Leaderboard of " + guild.name() + ":");
    int rank = 1;
    for (LeaderboardEntry entry : client.bytes().leaderboard(guild.id(), 5).execute()) {
      out.printf("  %d. %s with %d bytes%n", rank++, entry.username(), entry.bytesBalance());
    }
  }

  private static long fundBank(FakeSmarterDevServer server) {
    SeededUser bank = server.seedUser(0, "bytes-bank");
    server.setBytesBalance(bank.id(), 1_000);
    return bank.id();
  }

  private static NewBytesRole role(Guild guild, long roleId, String name, long required) {
    return NewBytesRole.builder()
        .guildId(guild.id())
        .roleId(roleId)
        .roleName(name)
        .bytesRequired(required)
        .build();
  }

  private static void give(
      SmarterDevClient client,
      PrintStream out,
      long giver,
      long receiver,
      long guild,
      long amount,
      String reason) {
    BytesAward award =
        client
            .bytes()
            .give(
                NewBytesAward.builder()
                    .giverId(giver)
                    .receiverId(receiver)
                    .guildId(guild)
                    .amount(amount)
                    .reason(reason)
                    .build())
            .execute();
    out.printf(
        "Gave %d bytes (%s): giver now has %s, receiver %s, receiver earns %s%n",
        award.bytes().amount(),
        reason,
        award.giverBalance().map(balance -> Long.toString(balance)).orElse("(not known)"),
        award.receiverBalance().map(balance -> Long.toString(balance)).orElse("(not known)"),
        award
            .earnedRoles()
            .map(roles -> roles.stream().map(BytesRole::roleName).toList().toString())
            .orElse("(not known)"));
  }
}

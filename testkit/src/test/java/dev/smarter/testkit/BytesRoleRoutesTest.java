package dev.smarter.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BytesRoleRoutesTest {
  @RegisterExtension static final FakeServerExtension fake = new FakeServerExtension();

  private Reply role(long guildId, String name, long required) {
    return fake.api()
        .post(
            "/api/bytes/roles",
            "{\"guild_id\": "
                + guildId
                + ", \"role_id\": 9223372036854775807, \"role_name\": \""
                + name
                + "\", \"bytes_required\": "
                + required
                + "}");
  }

  @Test
  void createReturns201WithEveryFieldInOrder() {
    Reply reply = role(1, "Gold", 50);

    assertThat(reply.code()).isEqualTo(201);
    assertThat(reply.body())
        .isEqualTo(
            "{\"id\":1,\"guild_id\":1,\"role_id\":9223372036854775807,\"role_name\":\"Gold\","
                + "\"bytes_required\":50,\"created_at\":\"2026-11-24T03:10:00\","
                + "\"updated_at\":\"2026-11-24T03:10:00\"}");
  }

  @Test
  void missingFieldsAreReportedInServerOrder() {
    Reply reply =
        fake.api()
            .post("/api/bytes/roles", "{\"guild_id\": 1, \"role_id\": 2, \"bytes_required\": 3}");

    assertThat(reply.code()).isEqualTo(400);
    assertThat(reply.body()).isEqualTo("{\"error\":\"Missing required field: role_name\"}");
  }

  @Test
  void listIsWrappedInRolesLowestRequirementFirst() {
    role(1, "Gold", 50);
    role(1, "Bronze", 5);
    role(2, "Elsewhere", 1);

    Reply reply = fake.api().get("/api/bytes/roles/1");

    assertThat(reply.body())
        .startsWith("{\"roles\":[{\"id\":2,")
        .contains("\"role_name\":\"Gold\"")
        .doesNotContain("Elsewhere");
  }

  @Test
  void updateChangesNameAndRequirement() {
    role(1, "Gold", 50);

    Reply reply = fake.api().put("/api/bytes/roles/1", "{\"role_name\": \"Platinum\"}");

    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.body()).contains("\"role_name\":\"Platinum\",\"bytes_required\":50,");
  }

  @Test
  void updateOfMissingRoleGives404() {
    Reply reply = fake.api().put("/api/bytes/roles/3", "{\"role_name\": \"x\"}");

    assertThat(reply.code()).isEqualTo(404);
    assertThat(reply.body()).isEqualTo("{\"error\":\"Role not found\"}");
  }

  @Test
  void deleteGivesSuccessTrueThen404() {
    role(1, "Gold", 50);

    Reply first = fake.api().delete("/api/bytes/roles/1");
    Reply second = fake.api().delete("/api/bytes/roles/1");

    assertThat(first.code()).isEqualTo(200);
    assertThat(first.body()).isEqualTo("{\"success\":true}");
    assertThat(second.code()).isEqualTo(404);
    assertThat(second.body()).isEqualTo("{\"error\":\"Role not found\"}");
  }

  @Test
  void deletingTheNewestRoleFreesItsIdLikeSqliteRowids() {
    role(1, "Gold", 50);
    role(1, "Silver", 10);
    fake.api().delete("/api/bytes/roles/2");

    assertThat(role(1, "Bronze", 5).body()).startsWith("{\"id\":2,");
  }
}

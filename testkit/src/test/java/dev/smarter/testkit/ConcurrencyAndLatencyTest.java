package dev.smarter.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConcurrencyAndLatencyTest {
  @RegisterExtension static final FakeServerExtension fake = new FakeServerExtension();

  /**
   * A regression guard against the ~44 ms Nagle/delayed-ACK stall per response (TCP_NODELAY off):
   * 500 sequential keep-alive requests must average well under 10 ms each.
   */
  @Test
  void sequentialRequestsOnLoopbackAverageWellUnderTenMilliseconds() {
    fake.server().seedGuild(1, "G");
    RawApi api = fake.api();
    for (int i = 0; i < 50; i++) {
      api.get("/api/guilds/1");
    }

    int requests = 500;
    long start = System.nanoTime();
    for (int i = 0; i < requests; i++) {
      api.get("/api/guilds/1");
    }
    double averageMillis = (System.nanoTime() - start) / 1e6 / requests;

    assertThat(averageMillis).isLessThan(10.0);
  }

  @Test
  void concurrentCreatesGetDistinctIdsAndCaseNumbers() throws Exception {
    RawApi api = fake.api();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<Reply>> replies = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        replies.add(
            pool.submit(
                () ->
                    api.post(
                        "/api/moderation-cases",
                        "{\"guild_id\": 1, \"user_id\": 2, \"mod_id\": 3, \"action\": \"ban\"}")));
      }
      Set<String> caseNumbers = new HashSet<>();
      for (Future<Reply> reply : replies) {
        String body = reply.get().body();
        caseNumbers.add(
            body.substring(body.indexOf("\"case_number\":"), body.indexOf(",\"guild_id\"")));
      }

      assertThat(caseNumbers).hasSize(64);
      assertThat(fake.server().rowCount(FakeTable.MODERATION_CASES)).isEqualTo(64);
    } finally {
      pool.shutdownNow();
    }
  }
}

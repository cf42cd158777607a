package dev.smarter.bot;

import dev.smarter.sdk.UpsertProgress;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A full sync stopped between batches because the bot is shutting down ({@link
 * GuildSynchronizer#stop()}). The batches sent so far are stored; running the sync again completes
 * it.
 */
public final class SyncStoppedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient @Nullable UpsertProgress progress;

  /**
   * Creates the exception.
   *
   * @param progress the report of the last finished batch, or {@code null} when the sync did not
   *     start
   */
  public SyncStoppedException(@Nullable UpsertProgress progress) {
    super(
        progress == null
            ? "sync not started: the bot is shutting down"
            : "sync stopped after batch "
                + progress.batchesDone()
                + "/"
                + progress.batchesTotal()
                + ": the bot is shutting down");
    this.progress = progress;
  }

  /**
   * Returns how far the sync had come.
   *
   * @return the report of the last finished batch, or empty when the sync did not start
   */
  public Optional<UpsertProgress> progress() {
    return Optional.ofNullable(progress);
  }
}

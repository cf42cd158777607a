package dev.smarter.sdk;

import dev.smarter.sdk.internal.Envelope;
import dev.smarter.sdk.internal.UserUpsert;
import dev.smarter.sdk.model.DiscordUser;
import dev.smarter.sdk.model.NewUser;
import dev.smarter.sdk.model.UserBatch;
import dev.smarter.sdk.model.UserBatchResult;
import dev.smarter.sdk.model.UserUpdate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * The user endpoints ({@code /api/users}). Get it from {@link SmarterDevClient#users()}.
 *
 * <p>Ids are the server's row ids ({@link DiscordUser#id()}), not Discord snowflakes. Every method
 * returns an {@link ApiCall} that sends nothing until executed; a negative id is rejected with
 * {@link IllegalArgumentException} when the method is called. Thread-safe.
 */
public interface UsersApi {
  /**
   * Lists every user ({@code GET /api/users}).
   *
   * @return a call yielding all users
   */
  @GET("api/users")
  @Envelope("users")
  ApiCall<List<DiscordUser>> list();

  /**
   * Lists the users with a Discord id ({@code GET /api/users?discord_id=N}): one user or none.
   *
   * @param discordId the Discord snowflake to look up
   * @return a call yielding the matching users
   */
  @GET("api/users")
  @Envelope("users")
  ApiCall<List<DiscordUser>> listByDiscordId(@Query("discord_id") long discordId);

  /**
   * Finds the user with a Discord id ({@code GET /api/users?discord_id=N}).
   *
   * @param discordId the Discord snowflake to look up
   * @return a call yielding the user, or empty when the server knows none
   */
  default ApiCall<Optional<DiscordUser>> findByDiscordId(long discordId) {
    return listByDiscordId(discordId).map(users -> users.stream().findFirst());
  }

  /**
   * Gets one user ({@code GET /api/users/{id}}).
   *
   * @param id the user's row id, {@code >= 0}
   * @return a call yielding the user; it throws {@link NotFoundException} ("User not found") when
   *     there is none
   */
  @GET("api/users/{id}")
  ApiCall<DiscordUser> get(@Path("id") long id);

  /**
   * Creates a user, or returns the existing one with the same Discord id unchanged ({@code POST
   * /api/users}). Safe to repeat. To change an existing user, use {@link #update} or {@link
   * #batch}.
   *
   * @param user the user to create
   * @return a call yielding the created or existing user
   */
  @POST("api/users")
  @Idempotent
  ApiCall<DiscordUser> create(@Body NewUser user);

  /**
   * Changes a user's username, discriminator and/or avatar ({@code PUT /api/users/{id}}); fields
   * not set in {@code update} keep their values.
   *
   * @param id the user's row id, {@code >= 0}
   * @param update the changes
   * @return a call yielding the updated user; it throws {@link NotFoundException} when there is
   *     none
   */
  @PUT("api/users/{id}")
  ApiCall<DiscordUser> update(@Path("id") long id, @Body UserUpdate update);

  /**
   * Creates the new users of a batch and updates the username, discriminator and avatar of the
   * existing ones, in one request ({@code POST /api/users/batch}). Safe to repeat. See {@link
   * UserBatchResult} for what the server's counts mean.
   *
   * @param batch at most {@value UserBatch#MAX_SIZE} users with distinct Discord ids
   * @return a call yielding the stored users and the server's counts
   */
  @POST("api/users/batch")
  @Idempotent
  ApiCall<UserBatchResult> batch(@Body UserBatch batch);

  /**
   * Syncs any number of users in batches of {@value UpsertOptions#DEFAULT_BATCH_SIZE}, one batch at
   * a time. See {@link #upsertAll(Collection, UpsertOptions)}.
   *
   * @param users the users to create or update; duplicates are allowed
   * @return what was done
   * @throws SmarterDevException if the existing users cannot be listed (nothing was sent then)
   * @throws UpsertInterruptedException if the thread is interrupted, with what was written
   */
  default UpsertSummary upsertAll(Collection<? extends NewUser> users) {
    return upsertAll(users, UpsertOptions.defaults());
  }

  /**
   * Syncs any number of users: creates the new ones and updates the username, discriminator and
   * avatar of the existing ones, blocking until done.
   *
   * <p>It lists the existing users once ({@code GET /api/users}), leaves out the users that already
   * match (so the counts of the {@link UpsertSummary} are exact), keeps only the last of several
   * users with the same Discord id (the server would fail a batch holding both), and sends the rest
   * in batches ({@code POST /api/users/batch}) of {@link UpsertOptions#batchSize()}, up to {@link
   * UpsertOptions#concurrency()} at once. A batch that fails (after the client's retries) is
   * recorded in {@link UpsertSummary#failures()} and the others still run. Not atomic; safe to run
   * again. Every user was checked when it was built, so nothing in the input can fail half-way.
   *
   * <p>Stopping it: interrupting the calling thread launches no further batch, cancels the batches
   * in flight and throws {@link UpsertInterruptedException} with what was written; a progress
   * listener that throws stops it the same way and its exception is thrown here. The listener is
   * called after each batch on the thread that completed it.
   *
   * @param users the users to create or update; duplicates are allowed
   * @param options batch size, concurrency and progress listener
   * @return what was done
   * @throws SmarterDevException if the existing users cannot be listed (nothing was sent then)
   * @throws UpsertInterruptedException if the thread is interrupted, with what was written
   */
  default UpsertSummary upsertAll(Collection<? extends NewUser> users, UpsertOptions options) {
    return UserUpsert.run(this, users, options);
  }

  /**
   * Starts {@link #upsertAll(Collection, UpsertOptions)} without blocking.
   *
   * <p>The future completes with the summary, or exceptionally with what {@code upsertAll} would
   * throw. Cancelling it stops the upsert between batches: no further batch is launched and the
   * batches in flight are cancelled (they may have been written; each finished batch was reported
   * to the progress listener). The upsert holds no thread while batches are in flight.
   *
   * @param users the users to create or update; duplicates are allowed
   * @param options batch size, concurrency and progress listener
   * @return the future summary
   */
  default CompletableFuture<UpsertSummary> upsertAllAsync(
      Collection<? extends NewUser> users, UpsertOptions options) {
    return UserUpsert.runAsync(this, users, options);
  }
}

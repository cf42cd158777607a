package dev.smarter.sdk;

import dev.smarter.sdk.internal.CreateKind;
import dev.smarter.sdk.internal.Envelope;
import dev.smarter.sdk.internal.Reconciled;
import dev.smarter.sdk.model.NewWarning;
import dev.smarter.sdk.model.UserWarning;
import dev.smarter.sdk.model.WarningQuery;
import java.util.List;
import org.jspecify.annotations.Nullable;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * The warning endpoints ({@code /api/warnings}). Get it from {@link SmarterDevClient#warnings()}.
 *
 * <p>Ids are the server's row ids. Every method returns an {@link ApiCall} that sends nothing until
 * executed; a negative id is rejected with {@link IllegalArgumentException} when the method is
 * called. Thread-safe.
 */
public interface WarningsApi {
  /**
   * Lists every warning, newest first ({@code GET /api/warnings}).
   *
   * @return a call yielding the warnings
   */
  default ApiCall<List<UserWarning>> list() {
    return list(null, null, null);
  }

  /**
   * Lists the warnings that match a query, newest first.
   *
   * @param query the filters
   * @return a call yielding the matching warnings
   */
  default ApiCall<List<UserWarning>> list(WarningQuery query) {
    return list(query.guildId(), query.userId(), query.modId());
  }

  /**
   * Lists the warnings that match every non-null filter, newest first ({@code GET
   * /api/warnings?guild_id=&user_id=&mod_id=}). {@link #list(WarningQuery)} names the filters.
   *
   * @param guildId the guild's row id, or {@code null} for any
   * @param userId the warned user's row id, or {@code null} for any
   * @param modId the moderator's row id, or {@code null} for any
   * @return a call yielding the matching warnings
   */
  @GET("api/warnings")
  @Envelope("warnings")
  ApiCall<List<UserWarning>> list(
      @Query("guild_id") @Nullable Long guildId,
      @Query("user_id") @Nullable Long userId,
      @Query("mod_id") @Nullable Long modId);

  /**
   * Gets one warning ({@code GET /api/warnings/{id}}).
   *
   * @param id the warning's row id, {@code >= 0}
   * @return a call yielding the warning; it throws {@link NotFoundException} ("Warning not found")
   *     when there is none
   */
  @GET("api/warnings/{id}")
  ApiCall<UserWarning> get(@Path("id") long id);

  /**
   * Records a warning ({@code POST /api/warnings}). Not idempotent: each create adds a warning, so
   * it is never replayed automatically once it may have reached the server.
   *
   * @param warning the warning
   * @return a call yielding the stored warning
   */
  @POST("api/warnings")
  @Reconciled(CreateKind.WARNING)
  ApiCall<UserWarning> create(@Body NewWarning warning);
}

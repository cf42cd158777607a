package dev.smarter.sdk;

import dev.smarter.sdk.internal.CreateKind;
import dev.smarter.sdk.internal.Envelope;
import dev.smarter.sdk.internal.Reconciled;
import dev.smarter.sdk.model.CaseUpdate;
import dev.smarter.sdk.model.ModerationCase;
import dev.smarter.sdk.model.ModerationCaseQuery;
import dev.smarter.sdk.model.NewModerationCase;
import java.util.List;
import org.jspecify.annotations.Nullable;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * The moderation case endpoints ({@code /api/moderation-cases}). Get it from {@link
 * SmarterDevClient#moderationCases()}.
 *
 * <p>Ids are the server's row ids. Every method returns an {@link ApiCall} that sends nothing until
 * executed; a negative id is rejected with {@link IllegalArgumentException} when the method is
 * called. Thread-safe.
 */
public interface ModerationCasesApi {
  /**
   * Lists every case, newest first ({@code GET /api/moderation-cases}).
   *
   * @return a call yielding the cases
   */
  default ApiCall<List<ModerationCase>> list() {
    return list(null, null, null, null, null);
  }

  /**
   * Lists the cases that match a query, newest first.
   *
   * @param query the filters
   * @return a call yielding the matching cases
   */
  default ApiCall<List<ModerationCase>> list(ModerationCaseQuery query) {
    return list(query.guildId(), query.userId(), query.modId(), query.action(), query.resolved());
  }

  /**
   * Lists the cases that match every non-null filter, newest first ({@code GET
   * /api/moderation-cases?guild_id=&user_id=&mod_id=&action=&resolved=}). {@link
   * #list(ModerationCaseQuery)} names the filters.
   *
   * @param guildId the guild's row id, or {@code null} for any
   * @param userId the row id of the user the case is about, or {@code null} for any
   * @param modId the moderator's row id, or {@code null} for any
   * @param action the action to match exactly, or {@code null} for any
   * @param resolved {@code true} for resolved cases only, {@code false} for open ones, or {@code
   *     null} for both
   * @return a call yielding the matching cases
   */
  @GET("api/moderation-cases")
  @Envelope("cases")
  ApiCall<List<ModerationCase>> list(
      @Query("guild_id") @Nullable Long guildId,
      @Query("user_id") @Nullable Long userId,
      @Query("mod_id") @Nullable Long modId,
      @Query("action") @Nullable String action,
      @Query("resolved") @Nullable Boolean resolved);

  /**
   * Gets one case ({@code GET /api/moderation-cases/{id}}).
   *
   * @param id the case's row id, {@code >= 0}
   * @return a call yielding the case; it throws {@link NotFoundException} ("Moderation case not
   *     found") when there is none
   */
  @GET("api/moderation-cases/{id}")
  ApiCall<ModerationCase> get(@Path("id") long id);

  /**
   * Opens a case ({@code POST /api/moderation-cases}); the server gives it the next case number of
   * its guild. Not idempotent: it is never replayed automatically once it may have reached the
   * server.
   *
   * @param moderationCase the case
   * @return a call yielding the stored case
   */
  @POST("api/moderation-cases")
  @Reconciled(CreateKind.MODERATION_CASE)
  ApiCall<ModerationCase> create(@Body NewModerationCase moderationCase);

  /**
   * Resolves, reopens or annotates a case ({@code PUT /api/moderation-cases/{id}}).
   *
   * @param id the case's row id, {@code >= 0}
   * @param update the changes
   * @return a call yielding the updated case; it throws {@link NotFoundException} when there is
   *     none
   */
  @PUT("api/moderation-cases/{id}")
  ApiCall<ModerationCase> update(@Path("id") long id, @Body CaseUpdate update);

  /**
   * Resolves a case at the server's current time.
   *
   * @param id the case's row id, {@code >= 0}
   * @param resolutionNote the note to store, or {@code null} to leave the note unchanged
   * @return a call yielding the resolved case
   */
  default ApiCall<ModerationCase> resolve(long id, @Nullable String resolutionNote) {
    return update(id, CaseUpdate.resolveNow(resolutionNote));
  }
}

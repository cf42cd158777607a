package dev.smarter.sdk;

import dev.smarter.sdk.internal.CreateKind;
import dev.smarter.sdk.internal.Envelope;
import dev.smarter.sdk.internal.Reconciled;
import dev.smarter.sdk.model.Bytes;
import dev.smarter.sdk.model.BytesAward;
import dev.smarter.sdk.model.BytesBalance;
import dev.smarter.sdk.model.BytesConfig;
import dev.smarter.sdk.model.BytesConfigUpdate;
import dev.smarter.sdk.model.BytesConfigUpsert;
import dev.smarter.sdk.model.BytesCooldown;
import dev.smarter.sdk.model.BytesQuery;
import dev.smarter.sdk.model.BytesRole;
import dev.smarter.sdk.model.BytesRoleUpdate;
import dev.smarter.sdk.model.LeaderboardEntry;
import dev.smarter.sdk.model.NewBytesAward;
import dev.smarter.sdk.model.NewBytesRole;
import java.util.List;
import org.jspecify.annotations.Nullable;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * The bytes endpoints ({@code /api/bytes}): awards of the community's kudos currency, each guild's
 * settings and role rewards, cooldowns, balances and the leaderboard. Get it from {@link
 * SmarterDevClient#bytes()}.
 *
 * <p>Ids are the server's row ids, except {@link NewBytesRole#roleId()}. Every method returns an
 * {@link ApiCall} that sends nothing until executed; a negative id or limit is rejected with {@link
 * IllegalArgumentException} when the method is called. Thread-safe.
 */
public interface BytesApi {
  /**
   * Lists every award, newest first ({@code GET /api/bytes}).
   *
   * @return a call yielding the awards
   */
  default ApiCall<List<Bytes>> list() {
    return list(null, null, null, null);
  }

  /**
   * Lists the awards that match a query, newest first.
   *
   * @param query the filters
   * @return a call yielding the matching awards
   */
  default ApiCall<List<Bytes>> list(BytesQuery query) {
    return list(query.guildId(), query.userId(), query.giverId(), query.receiverId());
  }

  /**
   * Lists the awards that match every non-null filter, newest first ({@code GET
   * /api/bytes?guild_id=&user_id=&giver_id=&receiver_id=}). {@link #list(BytesQuery)} names the
   * filters.
   *
   * @param guildId the guild's row id, or {@code null} for any
   * @param userId a user's row id that must be the giver or the receiver, or {@code null}
   * @param giverId the giver's row id, or {@code null} for any
   * @param receiverId the receiver's row id, or {@code null} for any
   * @return a call yielding the matching awards
   */
  @GET("api/bytes")
  @Envelope("bytes")
  ApiCall<List<Bytes>> list(
      @Query("guild_id") @Nullable Long guildId,
      @Query("user_id") @Nullable Long userId,
      @Query("giver_id") @Nullable Long giverId,
      @Query("receiver_id") @Nullable Long receiverId);

  /**
   * Gets one award ({@code GET /api/bytes/{id}}).
   *
   * @param id the award's row id, {@code >= 0}
   * @return a call yielding the award; it throws {@link NotFoundException} ("Bytes not found") when
   *     there is none
   */
  @GET("api/bytes/{id}")
  ApiCall<Bytes> get(@Path("id") long id);

  /**
   * Gives bytes from one user to another ({@code POST /api/bytes}). Not idempotent: it moves
   * balance, so it is never replayed automatically once it may have reached the server.
   *
   * <p>The call throws {@link BadRequestException} ("Insufficient bytes balance"), {@link
   * CooldownException} when the giver must wait, or {@link NotFoundException} ("Giver or receiver
   * not found").
   *
   * @param award the award
   * @return a call yielding the stored award, both new balances and the roles the receiver earns
   */
  @POST("api/bytes")
  @Reconciled(CreateKind.BYTES_AWARD)
  ApiCall<BytesAward> give(@Body NewBytesAward award);

  /**
   * Gets a guild's bytes settings ({@code GET /api/bytes/config/{guild_id}}); the server creates
   * them with its defaults the first time.
   *
   * @param guildId the guild's row id, {@code >= 0}
   * @return a call yielding the settings
   */
  @GET("api/bytes/config/{guild_id}")
  ApiCall<BytesConfig> config(@Path("guild_id") long guildId);

  /**
   * Creates a guild's bytes settings, or changes the fields set in {@code config} when they exist
   * ({@code POST /api/bytes/config}). Safe to repeat.
   *
   * @param config the settings
   * @return a call yielding the stored settings
   */
  @POST("api/bytes/config")
  @Idempotent
  ApiCall<BytesConfig> upsertConfig(@Body BytesConfigUpsert config);

  /**
   * Changes an existing guild's bytes settings ({@code PUT /api/bytes/config/{guild_id}}).
   *
   * @param guildId the guild's row id, {@code >= 0}
   * @param update the changes
   * @return a call yielding the stored settings; it throws {@link NotFoundException} ("Config not
   *     found") when the guild has none yet
   */
  @PUT("api/bytes/config/{guild_id}")
  ApiCall<BytesConfig> updateConfig(@Path("guild_id") long guildId, @Body BytesConfigUpdate update);

  /**
   * Lists a guild's role rewards, lowest threshold first ({@code GET /api/bytes/roles/{guild_id}}).
   *
   * @param guildId the guild's row id, {@code >= 0}
   * @return a call yielding the role rewards
   */
  @GET("api/bytes/roles/{guild_id}")
  @Envelope("roles")
  ApiCall<List<BytesRole>> roles(@Path("guild_id") long guildId);

  /**
   * Adds a role reward ({@code POST /api/bytes/roles}). Each create adds a row.
   *
   * @param role the role reward
   * @return a call yielding the stored role reward
   */
  @POST("api/bytes/roles")
  ApiCall<BytesRole> createRole(@Body NewBytesRole role);

  /**
   * Changes a role reward's name and/or threshold ({@code PUT /api/bytes/roles/{id}}).
   *
   * @param id the role reward's row id, {@code >= 0}
   * @param update the changes
   * @return a call yielding the stored role reward; it throws {@link NotFoundException} ("Role not
   *     found") when there is none
   */
  @PUT("api/bytes/roles/{id}")
  ApiCall<BytesRole> updateRole(@Path("id") long id, @Body BytesRoleUpdate update);

  /**
   * Deletes a role reward ({@code DELETE /api/bytes/roles/{id}}).
   *
   * <p>A delete is retried like every idempotent request; if the answer to a delete that worked is
   * lost, the retry finds nothing and the call throws {@link NotFoundException}: either way the
   * role is gone.
   *
   * @param id the role reward's row id, {@code >= 0}
   * @return a call yielding {@code null} once deleted; it throws {@link NotFoundException} ("Role
   *     not found") when there is none
   */
  @DELETE("api/bytes/roles/{id}")
  ApiCall<Void> deleteRole(@Path("id") long id);

  /**
   * Gets when a user last gave bytes in a guild and whether they must still wait ({@code GET
   * /api/bytes/cooldown/{user_id}/{guild_id}}).
   *
   * @param userId the giver's row id, {@code >= 0}
   * @param guildId the guild's row id, {@code >= 0}
   * @return a call yielding the cooldown; it throws {@link NotFoundException} ("Cooldown not
   *     found") when the user never gave bytes there
   */
  @GET("api/bytes/cooldown/{user_id}/{guild_id}")
  ApiCall<BytesCooldown> cooldown(@Path("user_id") long userId, @Path("guild_id") long guildId);

  /**
   * Gets a user's balance and all-time totals ({@code GET /api/bytes/balance/{user_id}}).
   *
   * <p><b>Not a pure read:</b> unless the user's Discord id is 0 (the system account that funds
   * others), the server first rewrites the user's stored {@code bytes_balance} to bytes received
   * minus bytes given in all guilds, and returns that. A balance set any other way (an admin tool,
   * a migration) is lost by this call, and the leaderboard changes with it.
   *
   * @param userId the user's row id, {@code >= 0}
   * @return a call yielding the balance; it throws {@link NotFoundException} ("User not found")
   *     when there is no such user
   */
  @GET("api/bytes/balance/{user_id}")
  ApiCall<BytesBalance> balance(@Path("user_id") long userId);

  /**
   * Gets a user's balance with the totals and earned roles of one guild ({@code GET
   * /api/bytes/balance/{user_id}?guild_id=}).
   *
   * <p><b>Not a pure read:</b> like {@link #balance(long)}, it first rewrites the stored balance of
   * a user whose Discord id is not 0 to bytes received minus bytes given.
   *
   * @param userId the user's row id, {@code >= 0}
   * @param guildId the guild's row id, {@code >= 0}
   * @return a call yielding the balance; it throws {@link NotFoundException} ("User not found")
   *     when there is no such user
   */
  @GET("api/bytes/balance/{user_id}")
  ApiCall<BytesBalance> balance(@Path("user_id") long userId, @Query("guild_id") long guildId);

  /**
   * Gets a guild's ten highest positive balances, highest first ({@code GET
   * /api/bytes/leaderboard/{guild_id}}).
   *
   * @param guildId the guild's row id, {@code >= 0}
   * @return a call yielding the leaderboard
   */
  @GET("api/bytes/leaderboard/{guild_id}")
  @Envelope("leaderboard")
  ApiCall<List<LeaderboardEntry>> leaderboard(@Path("guild_id") long guildId);

  /**
   * Gets a guild's highest positive balances, highest first ({@code GET
   * /api/bytes/leaderboard/{guild_id}?limit=}).
   *
   * @param guildId the guild's row id, {@code >= 0}
   * @param limit how many entries at most, {@code >= 0}
   * @return a call yielding the leaderboard
   */
  @GET("api/bytes/leaderboard/{guild_id}")
  @Envelope("leaderboard")
  ApiCall<List<LeaderboardEntry>> leaderboard(
      @Path("guild_id") long guildId, @Query("limit") int limit);
}

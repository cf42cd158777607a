package dev.smarter.sdk;

import dev.smarter.sdk.internal.Envelope;
import dev.smarter.sdk.model.Guild;
import dev.smarter.sdk.model.GuildUpdate;
import dev.smarter.sdk.model.NewGuild;
import java.util.List;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;

/**
 * The guild endpoints ({@code /api/guilds}). Get it from {@link SmarterDevClient#guilds()}.
 *
 * <p>Ids are the server's row ids ({@link Guild#id()}), not Discord snowflakes. Every method
 * returns an {@link ApiCall} that sends nothing until executed; a negative id is rejected with
 * {@link IllegalArgumentException} when the method is called. Thread-safe.
 */
public interface GuildsApi {
  /**
   * Lists every guild ({@code GET /api/guilds}).
   *
   * @return a call yielding all guilds
   */
  @GET("api/guilds")
  @Envelope("guilds")
  ApiCall<List<Guild>> list();

  /**
   * Gets one guild ({@code GET /api/guilds/{id}}).
   *
   * @param id the guild's row id, {@code >= 0}
   * @return a call yielding the guild; it throws {@link NotFoundException} ("Guild not found") when
   *     there is none
   */
  @GET("api/guilds/{id}")
  ApiCall<Guild> get(@Path("id") long id);

  /**
   * Creates a guild, or returns the existing one with the same Discord id unchanged ({@code POST
   * /api/guilds}). Safe to repeat.
   *
   * @param guild the guild to create
   * @return a call yielding the created or existing guild
   */
  @POST("api/guilds")
  @Idempotent
  ApiCall<Guild> create(@Body NewGuild guild);

  /**
   * Changes a guild's name and/or icon ({@code PUT /api/guilds/{id}}); fields not set in {@code
   * update} keep their values.
   *
   * @param id the guild's row id, {@code >= 0}
   * @param update the changes
   * @return a call yielding the updated guild; it throws {@link NotFoundException} when there is
   *     none
   */
  @PUT("api/guilds/{id}")
  ApiCall<Guild> update(@Path("id") long id, @Body GuildUpdate update);
}

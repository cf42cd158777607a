package dev.smarter.sdk;

/**
 * The Smarter Dev API as five groups of endpoints: what code that uses the SDK needs, without the
 * client's lifecycle. {@link SmarterDevClient} implements it.
 *
 * <p>Depend on this interface in your services so that their unit tests can pass a stub instead of
 * a client: each group is an interface too, and the testkit's {@code ApiCalls} makes the {@link
 * ApiCall}s a stub returns (a value, a typed failure, a delayed result) without any server.
 * Implementations must be thread-safe.
 */
public interface SmarterDevApi {
  /**
   * Returns the guild endpoints.
   *
   * @return the guilds group
   */
  GuildsApi guilds();

  /**
   * Returns the user endpoints.
   *
   * @return the users group
   */
  UsersApi users();

  /**
   * Returns the warning endpoints.
   *
   * @return the warnings group
   */
  WarningsApi warnings();

  /**
   * Returns the moderation case endpoints.
   *
   * @return the moderation cases group
   */
  ModerationCasesApi moderationCases();

  /**
   * Returns the bytes endpoints.
   *
   * @return the bytes group
   */
  BytesApi bytes();
}

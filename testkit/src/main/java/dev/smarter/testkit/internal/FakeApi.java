package dev.smarter.testkit.internal;

import java.util.List;
import java.util.Optional;

/**
 * The fake Smarter Dev application: the auth middleware, then Starlette's routing over the real
 * server's route table (in its order), each route wrapped like {@code api_error_handler}: any
 * Python exception becomes a 500 {@code {"error": str(e)}}. Thread-safe; each request's work runs
 * holding the database lock.
 */
public final class FakeApi {
  private static final String HOME_PAGE =
      "<!DOCTYPE html><html><head><title>Smarter Dev</title></head>"
          + "<body><h1>Smarter Dev</h1><p>Fake Smarter Dev API (testkit).</p></body></html>";

  private final Database db;
  private final AuthGate authGate;
  private final Router router;

  /** Wires the routes over {@code db}, accepting {@code keys} and issuing {@code tokens}. */
  public FakeApi(Database db, ApiKeys keys, TokenService tokens) {
    this.db = db;
    this.authGate = new AuthGate(tokens, keys.localMode());
    this.router = new Router(routes(db, keys, tokens));
  }

  /** Handles one request. Never throws for bad input: that is a 4xx/5xx response. */
  ApiResponse handle(ApiRequest request) {
    Optional<ApiResponse> denied = authGate.check(request);
    if (denied.isPresent()) {
      return denied.get();
    }
    return db.locked(() -> router.dispatch(request));
  }

  private static List<Route> routes(Database db, ApiKeys keys, TokenService tokens) {
    AuthRoutes auth = new AuthRoutes(keys, tokens);
    GuildRoutes guilds = new GuildRoutes(db);
    UserRoutes users = new UserRoutes(db);
    UserBatchRoute batch = new UserBatchRoute(db, users);
    BytesRoutes bytes = new BytesRoutes(db);
    BytesConfigRoutes config = new BytesConfigRoutes(db);
    BytesRoleRoutes roles = new BytesRoleRoutes(db);
    BytesStatsRoutes stats = new BytesStatsRoutes(db);
    WarningRoutes warnings = new WarningRoutes(db);
    ModerationCaseRoutes cases = new ModerationCaseRoutes(db);
    return List.of(
        new Route("GET", "/", request -> ApiResponse.html(HOME_PAGE)),
        route("POST", "/api/auth/token", auth::token),
        route("GET", "/api/guilds", guilds::list),
        route("GET", "/api/guilds/{int}", guilds::detail),
        route("POST", "/api/guilds", guilds::create),
        route("PUT", "/api/guilds/{int}", guilds::update),
        route("GET", "/api/users", users::list),
        route("GET", "/api/users/{int}", users::detail),
        route("POST", "/api/users", users::create),
        route("PUT", "/api/users/{int}", users::update),
        route("POST", "/api/users/batch", batch::create),
        route("GET", "/api/bytes", bytes::list),
        route("GET", "/api/bytes/{int}", bytes::detail),
        route("POST", "/api/bytes", bytes::give),
        route("GET", "/api/bytes/config/{int}", config::get),
        route("POST", "/api/bytes/config", config::upsert),
        route("PUT", "/api/bytes/config/{int}", config::update),
        route("GET", "/api/bytes/roles/{int}", roles::list),
        route("POST", "/api/bytes/roles", roles::create),
        route("PUT", "/api/bytes/roles/{int}", roles::update),
        route("DELETE", "/api/bytes/roles/{int}", roles::delete),
        route("GET", "/api/bytes/cooldown/{int}/{int}", stats::cooldown),
        route("GET", "/api/bytes/balance/{int}", stats::balance),
        route("GET", "/api/bytes/leaderboard/{int}", stats::leaderboard),
        route("GET", "/api/warnings", warnings::list),
        route("GET", "/api/warnings/{int}", warnings::detail),
        route("POST", "/api/warnings", warnings::create),
        route("GET", "/api/moderation-cases", cases::list),
        route("GET", "/api/moderation-cases/{int}", cases::detail),
        route("POST", "/api/moderation-cases", cases::create),
        route("PUT", "/api/moderation-cases/{int}", cases::update),
        new Route("GET", "/{path}", request -> ApiResponse.redirectHome()));
  }

  private static Route route(String method, String template, Endpoint endpoint) {
    return new Route(method, template, guarded(endpoint));
  }

  /** {@code api_error_handler}: exceptions become 500s; early returns roll back first. */
  private static Endpoint guarded(Endpoint endpoint) {
    return request -> {
      try {
        return endpoint.handle(request);
      } catch (ResponseException e) {
        return e.response();
      } catch (PyException e) {
        return ApiResponse.error(500, e.getMessage());
      }
    };
  }
}

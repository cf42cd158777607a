package dev.smarter.testkit.internal;

/**
 * An early {@code return JSONResponse(...)} from inside a route: thrown so that the enclosing
 * transaction is rolled back (the Python session is closed without a commit), then sent.
 */
final class ResponseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ApiResponse response;

  ResponseException(ApiResponse response) {
    super(null, null, false, false);
    this.response = response;
  }

  static ResponseException error(int status, String message) {
    return new ResponseException(ApiResponse.error(status, message));
  }

  ApiResponse response() {
    return response;
  }
}

package dev.smarter.testkit.internal;

/**
 * An exception raised by the emulated Python server code. Its message is what Python's {@code
 * str(e)} gives, which the real server's handlers put into a 500 {@code {"error": ...}} body.
 */
public final class PyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  PyException(String message) {
    super(message, null, false, false);
  }

  static PyException keyError(String key) {
    return new PyException(Py.repr(key));
  }

  static PyException typeError(String message) {
    return new PyException(message);
  }
}

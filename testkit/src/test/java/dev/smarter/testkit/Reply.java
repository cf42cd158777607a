package dev.smarter.testkit;

import okhttp3.Headers;

/** A raw HTTP answer: status, body text and headers. */
record Reply(int code, String body, Headers headers) {
  String header(String name) {
    return headers.get(name);
  }
}

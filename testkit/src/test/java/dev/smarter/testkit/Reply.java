package dev.smarter.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Headers;

/** A raw HTTP answer: status, body text and headers. */
record Reply(int code, String body, Headers headers) {
  private static final Pattern OBJECT_ID = Pattern.compile("\\{\"id\":(\\d+),");

  String header(String name) {
    return headers.get(name);
  }

  /** The {@code id} of every JSON object in the body whose first key is {@code id}, in order. */
  List<Long> ids() {
    return numbersOf(OBJECT_ID);
  }

  /** Every value of the numeric field {@code field} in the body, in order. */
  List<Long> values(String field) {
    return numbersOf(Pattern.compile("\"" + Pattern.quote(field) + "\":(-?\\d+)"));
  }

  private List<Long> numbersOf(Pattern pattern) {
    List<Long> numbers = new ArrayList<>();
    Matcher matcher = pattern.matcher(body);
    while (matcher.find()) {
      numbers.add(Long.parseLong(matcher.group(1)));
    }
    return numbers;
  }
}

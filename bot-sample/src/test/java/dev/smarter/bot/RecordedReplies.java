package dev.smarter.bot;

import java.util.ArrayList;
import java.util.List;

/** Records a command's answers with their visibility, in order. Not thread-safe. */
final class RecordedReplies implements Replies {
  /** One answer: {@code privately} when only the author sees it. */
  record Reply(boolean privately, String text) {
    static Reply shown(String text) {
      return new Reply(false, text);
    }

    static Reply hidden(String text) {
      return new Reply(true, text);
    }
  }

  private final List<Reply> replies = new ArrayList<>();

  @Override
  public void post(String text) {
    replies.add(Reply.shown(text));
  }

  @Override
  public void postPrivately(String text) {
    replies.add(Reply.hidden(text));
  }

  List<Reply> all() {
    return List.copyOf(replies);
  }

  List<String> texts() {
    return replies.stream().map(Reply::text).toList();
  }

  String last() {
    return replies.get(replies.size() - 1).text();
  }

  void clear() {
    replies.clear();
  }
}

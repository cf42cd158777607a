package dev.smarter.sdk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import okhttp3.Call;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

class RequestCaptureTest {
  private final Request request = new Request.Builder().url("http://localhost/api/guilds").build();

  @Test
  void capturedCallCarriesTheRequestAndNamesIt() {
    Call call = new RequestCapture().newCall(request);

    assertThat(call.request()).isSameAs(request);
    assertThat(call).hasToString("RequestCapture{GET /api/guilds}");
  }

  @Test
  void capturedCallIsNeverSent() {
    Call call = new RequestCapture().newCall(request);

    assertThatThrownBy(call::execute)
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessage("execute on a captured request: the SDK sends requests itself");
    assertThatThrownBy(() -> call.enqueue(null)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(call::clone).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(call::cancel).isInstanceOf(UnsupportedOperationException.class);
  }
}

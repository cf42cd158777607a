package dev.smarter.sdk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.Retrofit;
import retrofit2.http.GET;
import retrofit2.http.Path;

class DefaultMethodProxyTest {
  @StartStop final MockWebServer server = new MockWebServer();

  interface Greeter {
    String name(String salutation);

    default String greet() {
      return "Hello, " + name("Dr.");
    }

    default String fail() {
      throw new IllegalStateException("from the default method");
    }
  }

  interface Echo {
    @GET("echo/{word}")
    Call<ResponseBody> echo(@Path("word") String word);

    default String shout(String word) throws IOException {
      try (ResponseBody body = Objects.requireNonNull(echo(word).execute().body())) {
        return body.string().toUpperCase(Locale.ROOT) + "!";
      }
    }
  }

  /**
   * A delegate that answers the abstract methods and fails the default ones the way Retrofit does
   * from a fat jar without {@code Multi-Release: true}.
   */
  private static Greeter retrofitLikeDelegate(List<String> calls) {
    return (Greeter)
        Proxy.newProxyInstance(
            Greeter.class.getClassLoader(),
            new Class<?>[] {Greeter.class},
            (proxy, method, args) -> {
              calls.add(method.getName());
              if (method.isDefault()) {
                throw new UndeclaredThrowableException(
                    new NoSuchMethodException("java.lang.invoke.MethodHandles$Lookup.<init>"));
              }
              return args[0] + " Ada";
            });
  }

  @Test
  void runsDefaultMethodsItselfAndSendsTheirEndpointCallsToTheDelegate() {
    List<String> calls = new ArrayList<>();
    Greeter greeter = DefaultMethodProxy.wrap(Greeter.class, retrofitLikeDelegate(calls));

    assertThat(greeter.greet()).isEqualTo("Hello, Dr. Ada");
    assertThat(calls).containsExactly("name");
  }

  @Test
  void passesAbstractMethodsAndTheirArgumentsToTheDelegate() {
    List<String> calls = new ArrayList<>();
    Greeter greeter = DefaultMethodProxy.wrap(Greeter.class, retrofitLikeDelegate(calls));

    assertThat(greeter.name("Prof.")).isEqualTo("Prof. Ada");
    assertThat(calls).containsExactly("name");
  }

  @Test
  void exceptionsOfTheDelegateArriveUnwrapped() {
    IllegalArgumentException refused = new IllegalArgumentException("id must be >= 0");
    Greeter greeter =
        DefaultMethodProxy.wrap(
            Greeter.class,
            salutation -> {
              throw refused;
            });

    assertThatThrownBy(greeter::greet).isSameAs(refused);
  }

  @Test
  void exceptionsOfDefaultMethodsArriveUnwrapped() {
    Greeter greeter = DefaultMethodProxy.wrap(Greeter.class, salutation -> "unused");

    assertThatThrownBy(greeter::fail)
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("from the default method");
  }

  @Test
  void equalityIsIdentityAndToStringNamesTheService() {
    Greeter delegate = salutation -> "unused";
    Greeter one = DefaultMethodProxy.wrap(Greeter.class, delegate);
    Greeter other = DefaultMethodProxy.wrap(Greeter.class, delegate);

    Object sameProxy = one;

    assertThat(one.equals(sameProxy)).isTrue();
    assertThat(one).isNotEqualTo(other).isNotEqualTo(null);
    assertThat(one.hashCode()).isEqualTo(System.identityHashCode(one));
    assertThat(one.toString()).startsWith("Greeter@");
  }

  @Test
  void refusesAClass() {
    assertThatThrownBy(() -> DefaultMethodProxy.wrap(String.class, "not a service"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("java.lang.String is not an interface");
  }

  @Test
  void aRetrofitServiceKeepsItsEndpointsAndGainsItsDefaultMethods() throws Exception {
    server.enqueue(new MockResponse.Builder().body("ab").build());
    Retrofit retrofit = new Retrofit.Builder().baseUrl(server.url("/")).build();

    Echo echo = DefaultMethodProxy.create(retrofit, Echo.class, new ArgumentChecks());

    assertThat(echo.shout("ab")).isEqualTo("AB!");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/echo/ab");
  }
}

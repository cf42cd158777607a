/**
 * The Smarter Dev SDK: {@link dev.smarter.sdk.SmarterDevClient}, its resource groups and the models
 * in {@code dev.smarter.sdk.model}.
 *
 * <p>A consumer module needs only {@code requires dev.smarter.sdk;}. What the SDK's API shows comes
 * with it: OkHttp ({@code okhttp3}, for {@code SmarterDevClient.Builder.okHttpClient}), the
 * JSpecify nullness annotations, and Retrofit ({@code retrofit2}), whose annotations mark the
 * endpoints of the resource groups. Moshi, Okio, SLF4J and the Kotlin standard library are used
 * inside only. Retrofit, Moshi and Okio are automatic modules, named by their {@code
 * Automatic-Module-Name}.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module dev.smarter.sdk {
  requires transitive okhttp3;
  requires transitive org.jspecify;
  requires transitive retrofit2;
  requires com.squareup.moshi;
  requires okio;
  requires org.slf4j;
  // okhttp3.Call, implemented inside to capture requests, names KClass and Function0.
  requires kotlin.stdlib;
  // Immutables' annotations have source retention: needed to compile the SDK, never at run time.
  requires static org.immutables.value.annotations;

  exports dev.smarter.sdk;
  exports dev.smarter.sdk.model;

  // Moshi calls the @ToJson/@FromJson methods of the SDK's JSON adapters reflectively.
  opens dev.smarter.sdk.internal to
      com.squareup.moshi;
}

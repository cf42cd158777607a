package dev.smarter.sdk.internal;

import dev.smarter.sdk.ApiCall;
import dev.smarter.sdk.Idempotent;
import retrofit2.http.Body;
import retrofit2.http.POST;

/** The token exchange. Sent without an {@code Authorization} header. */
interface AuthApi {
  @POST("api/auth/token")
  @Idempotent
  ApiCall<TokenResponse> exchange(@Body TokenRequest request);
}

package dev.smarter.sdk.internal;

import dev.smarter.sdk.ApiCall;
import dev.smarter.sdk.Idempotent;
import retrofit2.http.Body;
import retrofit2.http.POST;

/** The token exchange: sent without an {@code Authorization} header and outside the limit. */
interface AuthApi {
  @POST("api/auth/token")
  @Idempotent
  @Unauthenticated
  ApiCall<TokenResponse> exchange(@Body TokenRequest request);
}

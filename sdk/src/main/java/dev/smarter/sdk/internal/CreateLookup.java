package dev.smarter.sdk.internal;

import dev.smarter.sdk.ApiCall;
import dev.smarter.sdk.BytesApi;
import dev.smarter.sdk.ModerationCasesApi;
import dev.smarter.sdk.WarningsApi;
import dev.smarter.sdk.model.Bytes;
import dev.smarter.sdk.model.BytesAward;
import dev.smarter.sdk.model.ModerationCase;
import dev.smarter.sdk.model.NewBytesAward;
import dev.smarter.sdk.model.NewModerationCase;
import dev.smarter.sdk.model.NewWarning;
import dev.smarter.sdk.model.UserWarning;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * How the SDK finds a create it sent: it stamps the create with a unique time (when the caller left
 * the time unset), lists the rows that share the create's ids, and looks for the one with the same
 * time and fields.
 *
 * @param <B> the create's body
 * @param <R> the row the list endpoint returns
 */
public abstract class CreateLookup<B, R> {
  private final Class<B> bodyType;

  private CreateLookup(Class<B> bodyType) {
    this.bodyType = bodyType;
  }

  /**
   * The lookups of the three creates, over one client's endpoints, each made when a create of its
   * kind is first called. Thread-safe.
   */
  public static final class Registry {
    private final Supplier<WarningsApi> warnings;
    private final Supplier<ModerationCasesApi> cases;
    private final Supplier<BytesApi> bytes;
    private final Map<CreateKind, CreateLookup<?, ?>> lookups = new EnumMap<>(CreateKind.class);

    /**
     * Creates the registry.
     *
     * @param warnings the client's warning endpoints, made on first use
     * @param cases the client's moderation case endpoints, made on first use
     * @param bytes the client's bytes endpoints, made on first use
     */
    public Registry(
        Supplier<WarningsApi> warnings,
        Supplier<ModerationCasesApi> cases,
        Supplier<BytesApi> bytes) {
      this.warnings = warnings;
      this.cases = cases;
      this.bytes = bytes;
    }

    synchronized CreateLookup<?, ?> of(CreateKind kind) {
      CreateLookup<?, ?> lookup = lookups.get(kind);
      if (lookup == null) {
        lookup = create(kind);
        lookups.put(kind, lookup);
      }
      return lookup;
    }

    private CreateLookup<?, ?> create(CreateKind kind) {
      switch (kind) {
        case WARNING:
          return new Warnings(warnings);
        case MODERATION_CASE:
          return new Cases(cases);
        case BYTES_AWARD:
          return new Awards(bytes);
        default:
          throw new IllegalArgumentException("no lookup for " + kind);
      }
    }
  }

  /**
   * The body to send: {@code body} with its time set to {@code stamp} if the caller left it unset.
   */
  final Object stamped(Object body, Instant stamp) {
    B typed = bodyType.cast(body);
    return time(typed) == null ? withTime(typed, stamp) : typed;
  }

  /** Whether {@code argument} is this create's body. */
  final boolean isBody(@Nullable Object argument) {
    return bodyType.isInstance(argument);
  }

  /**
   * Whether the caller chose the body's time (the SDK can then match only on it and the fields).
   */
  final boolean timeChosenByCaller(Object original) {
    return time(bodyType.cast(original)) != null;
  }

  /** The list call that returns the rows this create would be among. */
  final ApiCall<? extends List<?>> candidates(Object body) {
    return list(bodyType.cast(body));
  }

  /** What the create's call yields, if {@code rows} hold this create; else {@code null}. */
  final @Nullable Object find(List<?> rows, Object body) {
    B typed = bodyType.cast(body);
    for (Object row : rows) {
      @SuppressWarnings("unchecked")
      R candidate = (R) row;
      if (matches(candidate, typed)) {
        return result(candidate);
      }
    }
    return null;
  }

  /** What the create's call yields when it was found as {@code row}. */
  abstract Object result(R row);

  abstract @Nullable Instant time(B body);

  abstract B withTime(B body, Instant time);

  abstract ApiCall<List<R>> list(B body);

  abstract boolean matches(R row, B body);

  static boolean sameTime(Instant stored, @Nullable Instant sent) {
    return sent != null && stored.equals(sent.truncatedTo(ChronoUnit.MICROS));
  }

  static <T> boolean same(Optional<T> stored, @Nullable T sent) {
    return Objects.equals(stored.orElse(null), sent);
  }

  private static final class Warnings extends CreateLookup<NewWarning, UserWarning> {
    private final Supplier<WarningsApi> api;

    Warnings(Supplier<WarningsApi> api) {
      super(NewWarning.class);
      this.api = api;
    }

    @Override
    @Nullable Instant time(NewWarning body) {
      return body.warnedAt();
    }

    @Override
    NewWarning withTime(NewWarning body, Instant time) {
      return NewWarning.builder().from(body).warnedAt(time).build();
    }

    @Override
    ApiCall<List<UserWarning>> list(NewWarning body) {
      return api.get().list(body.guildId(), body.userId(), body.modId());
    }

    @Override
    boolean matches(UserWarning row, NewWarning body) {
      return sameTime(row.warnedAt(), body.warnedAt()) && same(row.reason(), body.reason());
    }

    @Override
    Object result(UserWarning row) {
      return row;
    }
  }

  private static final class Cases extends CreateLookup<NewModerationCase, ModerationCase> {
    private final Supplier<ModerationCasesApi> api;

    Cases(Supplier<ModerationCasesApi> api) {
      super(NewModerationCase.class);
      this.api = api;
    }

    @Override
    @Nullable Instant time(NewModerationCase body) {
      return body.createdAt();
    }

    @Override
    NewModerationCase withTime(NewModerationCase body, Instant time) {
      return NewModerationCase.builder().from(body).createdAt(time).build();
    }

    @Override
    ApiCall<List<ModerationCase>> list(NewModerationCase body) {
      return api.get().list(body.guildId(), body.userId(), body.modId(), body.action(), null);
    }

    @Override
    boolean matches(ModerationCase row, NewModerationCase body) {
      Instant resolvedAt = body.resolvedAt();
      return sameTime(row.createdAt(), body.createdAt())
          && same(row.reason(), body.reason())
          && same(row.durationSec(), body.durationSec())
          && same(row.resolutionNote(), body.resolutionNote())
          && (resolvedAt == null
              ? row.resolvedAt().isEmpty()
              : row.resolvedAt().filter(stored -> sameTime(stored, resolvedAt)).isPresent());
    }

    @Override
    Object result(ModerationCase row) {
      return row;
    }
  }

  private static final class Awards extends CreateLookup<NewBytesAward, Bytes> {
    private final Supplier<BytesApi> api;

    Awards(Supplier<BytesApi> api) {
      super(NewBytesAward.class);
      this.api = api;
    }

    @Override
    @Nullable Instant time(NewBytesAward body) {
      return body.awardedAt();
    }

    @Override
    NewBytesAward withTime(NewBytesAward body, Instant time) {
      return NewBytesAward.builder().from(body).awardedAt(time).build();
    }

    @Override
    ApiCall<List<Bytes>> list(NewBytesAward body) {
      return api.get().list(body.guildId(), null, body.giverId(), body.receiverId());
    }

    @Override
    boolean matches(Bytes row, NewBytesAward body) {
      return sameTime(row.awardedAt(), body.awardedAt())
          && row.amount() == body.amount()
          && same(row.reason(), body.reason());
    }

    /** The award as found: the row only; the balances and roles of the answer were not read. */
    @Override
    Object result(Bytes row) {
      return BytesAward.builder().bytes(row).build();
    }
  }
}

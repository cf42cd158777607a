package dev.smarter.testkit.internal;

import dev.smarter.testkit.Fault;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the transport saw of one exchange, handed to the recorder before any response byte is
 * written (so a client that got its answer always finds its request recorded).
 *
 * @param status the status the fake produced, or -1 if the request was dropped unprocessed
 * @param fault the injected fault, if any
 * @param responseSent false when the connection was dropped instead of answering
 */
@SuppressWarnings("ArrayRecordComponent") // internal; the body array is never modified
public record ExchangeRecord(
    String method,
    String path,
    @Nullable String rawQuery,
    Map<String, List<String>> headers,
    byte[] body,
    int status,
    Fault.@Nullable Kind fault,
    boolean responseSent) {}

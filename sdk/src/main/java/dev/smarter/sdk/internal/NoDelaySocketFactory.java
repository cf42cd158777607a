package dev.smarter.sdk.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.channels.SocketChannel;
import javax.net.SocketFactory;

/**
 * Turns Nagle's algorithm off on every socket a delegate makes. Without it a request written in two
 * parts (headers, then body) can stall about 40 ms on the server's delayed ACK.
 *
 * <p>In place of the JDK's default factory, the unconnected sockets OkHttp asks for are made from a
 * {@link SocketChannel}: a thread blocked reading such a socket wakes up when it is interrupted
 * (the channel closes with {@link java.nio.channels.ClosedByInterruptException}), where a classic
 * socket would keep it blocked until the read timeout. That is what lets {@code execute()} end
 * promptly when its thread is interrupted with a request in flight. Sockets from any other delegate
 * (a caller's own factory) are left as the delegate makes them.
 */
public final class NoDelaySocketFactory extends SocketFactory {
  private final SocketFactory delegate;

  /**
   * Wraps {@code delegate}.
   *
   * @param delegate the factory that makes the sockets
   */
  public NoDelaySocketFactory(SocketFactory delegate) {
    this.delegate = delegate;
  }

  @Override
  public Socket createSocket() throws IOException {
    return noDelay(
        delegate == SocketFactory.getDefault()
            ? SocketChannel.open().socket()
            : delegate.createSocket());
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return noDelay(delegate.createSocket(host, port));
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
      throws IOException {
    return noDelay(delegate.createSocket(host, port, localHost, localPort));
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return noDelay(delegate.createSocket(host, port));
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
      throws IOException {
    return noDelay(delegate.createSocket(address, port, localAddress, localPort));
  }

  private static Socket noDelay(Socket socket) throws IOException {
    socket.setTcpNoDelay(true);
    return socket;
  }
}

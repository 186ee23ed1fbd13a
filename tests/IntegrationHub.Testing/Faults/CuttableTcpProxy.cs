using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using IntegrationHub.Testing.Emulators;

namespace IntegrationHub.Testing.Faults;

/// <summary>
/// A loopback TCP relay in front of an emulator whose line can be cut: open connections are reset and new ones
/// refused, exactly what a crashed server looks like to a client, then restored. Used for the Cosmos DB API server,
/// which keeps its data only in memory, so killing its process would test the emulator's data loss rather than
/// the hub's recovery. TLS passes through untouched.
/// </summary>
public sealed class CuttableTcpProxy : IDisposable
{
    private readonly int targetPort;
    private readonly ConcurrentDictionary<TcpClient, byte> open = new();
    private readonly CancellationTokenSource disposed = new();
    private TcpListener? listener;

    public CuttableTcpProxy(int targetPort)
    {
        this.targetPort = targetPort;
        Port = FreePort.Next();
        Restore();
    }

    public int Port { get; }

    /// <summary>Resets every open connection and refuses new ones until <see cref="Restore"/>.</summary>
    public void Cut()
    {
        lock (open)
        {
            listener?.Stop();
            listener = null;
            foreach (var client in open.Keys)
            {
                Reset(client);
            }

            open.Clear();
        }
    }

    public void Restore()
    {
        lock (open)
        {
            if (listener is not null)
            {
                return;
            }

            var started = new TcpListener(IPAddress.Loopback, Port);
            started.Start();
            listener = started;
            _ = AcceptLoopAsync(started);
        }
    }

    public void Dispose()
    {
        disposed.Cancel();
        Cut();
        disposed.Dispose();
    }

    /// <summary>Closes with a TCP reset, as a crashed peer would; the relay may be closing the same connection at once.</summary>
    private static void Reset(TcpClient client)
    {
        try
        {
            if (client.Client is { } socket)
            {
                socket.LingerState = new LingerOption(true, 0);
            }
        }
        catch (Exception ex) when (ex is ObjectDisposedException or SocketException)
        {
            // Already closed by its relay.
        }

        client.Dispose();
    }

    private async Task AcceptLoopAsync(TcpListener from)
    {
        while (!disposed.IsCancellationRequested)
        {
            TcpClient inbound;
            try
            {
                inbound = await from.AcceptTcpClientAsync(disposed.Token);
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
            {
                return;
            }

            _ = RelayAsync(inbound);
        }
    }

    private async Task RelayAsync(TcpClient inbound)
    {
        var outbound = new TcpClient();
        try
        {
            await outbound.ConnectAsync(IPAddress.Loopback, targetPort, disposed.Token);
            open[inbound] = 0;
            open[outbound] = 0;
            using var streams = CancellationTokenSource.CreateLinkedTokenSource(disposed.Token);
            var up = inbound.GetStream().CopyToAsync(outbound.GetStream(), streams.Token);
            var down = outbound.GetStream().CopyToAsync(inbound.GetStream(), streams.Token);
            await Task.WhenAny(up, down);
            await streams.CancelAsync();
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The line was cut (or one side closed): both ends are dropped below.
        }
        finally
        {
            open.TryRemove(inbound, out _);
            open.TryRemove(outbound, out _);
            inbound.Dispose();
            outbound.Dispose();
        }
    }
}

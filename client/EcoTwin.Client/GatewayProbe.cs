using System.Net;
using System.Net.Sockets;

namespace EcoTwin.Client;

/// <summary>Checks that a gateway accepts TCP connections before the Orleans client starts waiting on it.</summary>
internal static class GatewayProbe
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    /// <summary>Returns when one of <paramref name="gateways"/> accepts a connection.</summary>
    /// <exception cref="EcoTwinUnreachableException">None did.</exception>
    public static async Task EnsureOneAnswersAsync(IReadOnlyList<IPEndPoint> gateways, CancellationToken cancellationToken)
    {
        SocketException? last = null;
        foreach (var gateway in gateways)
        {
            using var socket = new Socket(gateway.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Timeout);
            try
            {
                await socket.ConnectAsync(gateway, timeout.Token);
                return;
            }
            catch (SocketException ex)
            {
                last = ex;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                last = new SocketException((int)SocketError.TimedOut);
            }
        }

        throw new EcoTwinUnreachableException(last?.Message ?? "no gateway given", last);
    }
}

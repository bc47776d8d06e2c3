using System.Buffers;
using System.IO.Pipelines;
using System.Threading.Channels;
using EcoTwin.Domain.Hj212;
using EcoTwin.Storage.Devices;
using EcoTwin.Storage.Quarantine;
using EcoTwin.Storage.RawLog;
using Microsoft.AspNetCore.Connections;
using Npgsql;

namespace EcoTwin.Silo.Gateway;

/// <summary>
/// One device's TCP connection. Three loops: reading frames and queueing admitted packets for the
/// raw log; answering each packet that asks for it (9014) only after its commit, in order; handing
/// committed packets to the twin, in order. See README "HJ 212 gateway" for the garbage policy.
/// </summary>
internal sealed partial class DeviceConnection
{
    private readonly ConnectionContext _connection;
    private readonly GatewayServices _services;
    private readonly ILogger _logger;
    private readonly string _peer;
    private readonly Channel<PendingAck> _acks = Channel.CreateBounded<PendingAck>(new BoundedChannelOptions(4096) { SingleReader = true, SingleWriter = true });
    private readonly TwinFeed _feed;
    private int _badInARow;
    private int _acksWritten;

    public DeviceConnection(ConnectionContext connection, GatewayServices services)
    {
        _connection = connection;
        _services = services;
        _logger = services.Loggers.CreateLogger<DeviceConnection>();
        _peer = connection.RemoteEndPoint?.ToString() ?? "unknown";
        _feed = new TwinFeed(services.Delivery);
    }

    /// <summary>Serves the connection until the device closes it, it idles out, misbehaves or the gateway stops.</summary>
    public async Task RunAsync(CancellationToken stopping)
    {
        var acking = AckLoopAsync();
        var feeding = _feed.RunAsync();
        try
        {
            await ReadLoopAsync(stopping);
        }
        catch (Exception ex) when (ex is OperationCanceledException or ConnectionResetException or IOException)
        {
            // The device went away, idled out, or the gateway is stopping.
        }
        finally
        {
            _acks.Writer.TryComplete();
            await acking;
            _feed.Complete();
            await feeding;
        }
    }

    private async Task ReadLoopAsync(CancellationToken stopping)
    {
        var input = _connection.Transport.Input;
        while (true)
        {
            await _services.Readings.WhenBacklogAtMostAsync(_services.Options.MaxReadingsBacklog, stopping);
            using var idle = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            idle.CancelAfter(_services.Options.IdleTimeout);
            var read = await input.ReadAsync(idle.Token);
            var buffer = read.Buffer;
            var keepReading = await ConsumeFramesAsync(ref buffer, stopping);
            input.AdvanceTo(buffer.Start, buffer.End);
            if (!keepReading || read.IsCompleted)
            {
                return;
            }
        }
    }

    /// <summary>Handles every whole frame in <paramref name="buffer"/>; false when the connection must close.</summary>
    private ValueTask<bool> ConsumeFramesAsync(ref ReadOnlySequence<byte> buffer, CancellationToken stopping)
    {
        var frames = new List<ReadFrame>();
        while (true)
        {
            var frame = Hj212Framer.ReadFrame(buffer, _services.Codec);
            if (frame.Consumed > 0)
            {
                // The frame's slices point into the pipe's memory; copy what outlives this read.
                // On NeedMoreData, what is consumed is junk that can already be dropped (and kept).
                frames.Add(ReadFrame.Copy(frame, buffer));
                buffer = buffer.Slice(frame.Consumed);
            }

            if (frame.Kind == Hj212FrameKind.NeedMoreData)
            {
                break;
            }
        }

        return frames.Count == 0 ? ValueTask.FromResult(true) : HandleFramesAsync(frames, stopping);
    }

    private async ValueTask<bool> HandleFramesAsync(List<ReadFrame> frames, CancellationToken stopping)
    {
        foreach (var (frame, junk, raw) in frames)
        {
            var receivedAt = _services.Time.GetUtcNow();
            if (frame.JunkSkipped > 0)
            {
                Quarantine(receivedAt, null, "junk", $"{frame.JunkSkipped} bytes before a frame start", junk);
            }

            if (frame.Kind == Hj212FrameKind.Frame)
            {
                await HandleFrameAsync(frame, raw, receivedAt, stopping);
            }
            else if (frame.Error is { } error)
            {
                Quarantine(receivedAt, null, error.Code, error.Message, raw);
            }

            if (_badInARow >= _services.Options.MaxBadFramesInARow)
            {
                LogClosingGarbage(_logger, _peer, _badInARow);
                return false;
            }
        }

        return true;
    }

    private async Task HandleFrameAsync(Hj212FrameResult frame, byte[] raw, DateTimeOffset receivedAt, CancellationToken stopping)
    {
        _services.Metrics.Received();
        var segment = frame.Segment.ToArray();
        var parsed = Hj212Parser.Parse(segment, _services.Codec);
        if (parsed.Packet is not { } packet)
        {
            Quarantine(receivedAt, null, parsed.Error!.Code, parsed.Error.Message, raw);
            return;
        }

        DeviceRecord? device;
        try
        {
            device = await _services.Devices.FindAsync(packet.Mn, stopping);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            _services.Metrics.NotCommitted();
            return; // the registry is unreachable (database down): not stored, not answered, the device resends
        }

        var verdict = PacketAdmission.Judge(frame, packet, device);
        if (!verdict.Admitted)
        {
            Quarantine(receivedAt, packet.Mn, verdict.Reason!, verdict.Detail!, raw);
            return;
        }

        if (verdict.LenientCrc)
        {
            _services.Metrics.Lenient(device!.CrcMode);
        }

        _badInARow = 0;
        var rawPacket = RawPackets.From(packet, segment, receivedAt, _peer, device!);
        var commit = await _services.RawLog.EnqueueAsync(rawPacket, stopping);
        await _acks.Writer.WriteAsync(new PendingAck(packet, device!, rawPacket, commit), stopping);
    }

    private async Task AckLoopAsync()
    {
        var output = _connection.Transport.Output;
        var unflushed = false;
        var reader = _acks.Reader;
        await foreach (var pending in reader.ReadAllAsync())
        {
            if (await CommittedAsync(pending) is { } receipt)
            {
                if (pending.Packet.AckRequested && pending.Packet.Edition == Hj212Edition.Hj2017)
                {
                    output.Write(Hj212Encoder.EncodeFrame(Hj212Replies.DataResponse(pending.Packet)));
                    _acksWritten++;
                    unflushed = true;
                }

                if (!receipt.Duplicate)
                {
                    _feed.Add(pending.Device, new(receipt.Seq, pending.Raw.ReceivedAt, pending.Raw.Segment));
                }
            }

            // Answers of one group commit go out in one send; flush when the next one is not committed yet.
            if (unflushed && !(reader.TryPeek(out var next) && next.Commit.IsCompleted))
            {
                await FlushAcksAsync(output);
                unflushed = false;
            }
        }

        if (unflushed)
        {
            await FlushAcksAsync(output);
        }
    }

    private async Task<RawLogReceipt?> CommittedAsync(PendingAck pending)
    {
        try
        {
            var receipt = await pending.Commit;
            _services.Metrics.Committed();
            return receipt;
        }
        catch (RawLogUnavailableException)
        {
            _services.Metrics.NotCommitted();
            return null; // not stored, so not acknowledged: the device resends
        }
    }

    private async Task FlushAcksAsync(PipeWriter output)
    {
        try
        {
            var result = await output.FlushAsync();
            if (!result.IsCanceled && !result.IsCompleted)
            {
                _services.Metrics.Acked(_acksWritten);
            }
        }
        catch (Exception ex) when (ex is IOException or ConnectionResetException or InvalidOperationException or OperationCanceledException)
        {
            // The device left before its answers; the packets are stored, and a resend is stored once.
        }

        _acksWritten = 0;
    }

    private void Quarantine(DateTimeOffset receivedAt, string? mn, string reason, string detail, byte[] bytes)
    {
        _badInARow++;
        _services.Metrics.Quarantined(reason);
        _services.Quarantine.Add(new QuarantinedInput(receivedAt, _peer, mn, reason, detail, bytes));
        LogQuarantined(_logger, _peer, mn, reason, detail);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Quarantined input from {Peer} (MN {Mn}): {Reason}: {Detail}")]
    private static partial void LogQuarantined(ILogger logger, string peer, string? mn, string reason, string detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Closing connection from {Peer}: {Count} bad frames in a row")]
    private static partial void LogClosingGarbage(ILogger logger, string peer, int count);

    /// <summary>
    /// One framer result with the bytes kept from the pipe: the junk before it and the frame (or the
    /// bad bytes) itself. Junk and bad bytes are cut to what the quarantine keeps, so a flood of
    /// garbage is not copied whole only to be cut later.
    /// </summary>
    private readonly record struct ReadFrame(Hj212FrameResult Frame, byte[] Junk, byte[] Raw)
    {
        public static ReadFrame Copy(in Hj212FrameResult frame, in ReadOnlySequence<byte> buffer)
        {
            var junk = frame.JunkSkipped > 0 ? buffer.Slice(0, Math.Min(frame.JunkSkipped, QuarantineWriter.MaxKeptBytes)).ToArray() : [];
            var rest = buffer.Slice(frame.JunkSkipped, frame.Consumed - frame.JunkSkipped);
            var raw = frame.Kind == Hj212FrameKind.Frame ? rest.ToArray() : rest.Slice(0, Math.Min(rest.Length, QuarantineWriter.MaxKeptBytes)).ToArray();
            return new(frame, junk, raw);
        }
    }

    private sealed record PendingAck(Hj212Packet Packet, DeviceRecord Device, RawPacket Raw, Task<RawLogReceipt> Commit);
}

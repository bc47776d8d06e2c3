using System.Collections.Immutable;
using System.Threading.Channels;
using EcoTwin.Contracts.Devices;
using EcoTwin.Storage.Devices;

namespace EcoTwin.Silo.Gateway;

/// <summary>
/// The committed packets of one connection on their way to their twins: in order, in batches of what
/// has piled up, one twin call at a time, each telling the twin which packet this connection gave it
/// last so it can notice a gap and read it from the raw log.
/// </summary>
internal sealed class TwinFeed(TwinDelivery delivery)
{
    private const int MaxBatch = 256;
    private readonly Channel<(DeviceRecord Device, RawRecord Record)> _queue =
        Channel.CreateUnbounded<(DeviceRecord, RawRecord)>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });

    private readonly Dictionary<string, long> _lastSeqByMn = new(StringComparer.Ordinal);

    /// <summary>Queues a committed record for its device's twin.</summary>
    public void Add(DeviceRecord device, RawRecord record) => _queue.Writer.TryWrite((device, record));

    /// <summary>No more records will come.</summary>
    public void Complete() => _queue.Writer.TryComplete();

    /// <summary>Delivers until <see cref="Complete"/> and the queue is empty.</summary>
    public async Task RunAsync()
    {
        var reader = _queue.Reader;
        var batch = ImmutableArray.CreateBuilder<RawRecord>(MaxBatch);
        while (await reader.WaitToReadAsync())
        {
            DeviceRecord? device = null;
            while (batch.Count < MaxBatch && reader.TryPeek(out var next) && (device is null || next.Device.Mn == device.Mn))
            {
                reader.TryRead(out next);
                device = next.Device;
                batch.Add(next.Record);
            }

            var records = batch.DrainToImmutable();
            long? previous = _lastSeqByMn.TryGetValue(device!.Mn, out var last) ? last : null;
            _lastSeqByMn[device.Mn] = records[^1].Seq;
            await delivery.DeliverAsync(device, records, previous);
        }
    }
}

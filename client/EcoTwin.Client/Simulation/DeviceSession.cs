using System.Globalization;
using System.Text;
using System.Threading.Channels;

namespace EcoTwin.Client.Simulation;

/// <summary>
/// One simulated device: its packets (produced by the run's single pacing loop), what awaits an
/// answer, and its TCP connection (see the Connection part). No thread and no timer of its own.
/// </summary>
internal sealed partial class DeviceSession
{
    private readonly Lock _sync = new();
    private readonly SimulationContext _context;
    private readonly UploadTemplate _template;
    private readonly PendingPackets _pending;
    private readonly OutgoingBuffer _outgoing = new();
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    private readonly List<byte[]> _resend = [];
    private readonly List<string>? _ackedQns;
    private volatile bool _connected;
    private DateTime _lastQn;
    private DateTime _cpSecond = DateTime.MinValue;
    private byte[] _cp = [];

    public DeviceSession(SimulatedDevice device, int index, SimulationContext context)
    {
        Device = device;
        _context = context;
        _template = new UploadTemplate(device.St, "2011", device.Password, device.Mn);
        var timeout = (long)(context.Options.AckTimeout.TotalSeconds * context.Time.TimestampFrequency);
        _pending = new PendingPackets(context.Options.Retries, timeout, context.Options.MaxPendingPerDevice);
        _ackedQns = context.Options.RecordAckedQns ? [] : null;
        _gatewayIndex = index % context.Gateways.Count;
    }

    public SimulatedDevice Device { get; }

    public bool Connected => _connected;

    public int Pending
    {
        get
        {
            lock (_sync)
            {
                return _pending.Count;
            }
        }
    }

    /// <summary>The QNs answered so far, in answer order (empty unless recorded).</summary>
    public IReadOnlyList<string> AckedQns
    {
        get
        {
            lock (_sync)
            {
                return _ackedQns is null ? [] : [.. _ackedQns];
            }
        }
    }

    /// <summary>Produces the device's next real-time upload at local time <paramref name="local"/> and sends it when connected.</summary>
    public void Produce(DateTime local, long timestamp)
    {
        var second = new DateTime(local.Ticks - (local.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Unspecified);
        if (second != _cpSecond)
        {
            _cp = _context.Readings.CpBytes(Device, second);
            _cpSecond = second;
        }

        // QN must be unique per device: several packets in one millisecond take the next ones.
        var qnTime = new DateTime(local.Ticks - (local.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Unspecified);
        _lastQn = qnTime > _lastQn ? qnTime : _lastQn.AddMilliseconds(1);
        Span<byte> qn = stackalloc byte[17];
        _lastQn.TryFormat(qn, out _, "yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        var frame = _template.Frame(qn, _cp);
        _context.Counters.AddSent();
        int pushedOut;
        bool connected;
        lock (_sync)
        {
            connected = _connected;
            pushedOut = _pending.Add(Encoding.ASCII.GetString(qn), frame, timestamp, connected);
            if (connected)
            {
                _outgoing.Append(frame);
            }
        }

        _context.Counters.AddRejected(pushedOut);
        if (connected)
        {
            _wake.Writer.TryWrite(true);
        }
    }

    /// <summary>Applies OverTime: resends what waited too long, gives up on what ran out of resends.</summary>
    public void Expire(long timestamp)
    {
        if (!_connected)
        {
            return; // offline, the device keeps its packets until it is back
        }

        int rejected;
        int resent;
        lock (_sync)
        {
            _resend.Clear();
            rejected = _pending.Expire(timestamp, _resend);
            resent = _resend.Count;
            foreach (var frame in _resend)
            {
                _outgoing.Append(frame);
            }
        }

        _context.Counters.AddRejected(rejected);
        if (resent > 0)
        {
            _context.Counters.AddRetried(resent);
            _wake.Writer.TryWrite(true);
        }
    }

    private void Answered(string qn)
    {
        long producedAt;
        lock (_sync)
        {
            if (!_pending.TryAnswer(qn, out producedAt))
            {
                return; // a second answer to a resend, or not ours
            }

            _ackedQns?.Add(qn);
        }

        _context.Counters.AddAcked(_context.Time.GetElapsedTime(producedAt));
    }
}

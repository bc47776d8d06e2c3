using System.Buffers;

namespace EcoTwin.Client.Simulation;

/// <summary>
/// Frames waiting for one connection's send loop: the pacing loop appends, the send loop swaps the
/// two buffers and writes what was filled in one send. Capped, so a stalled connection cannot eat
/// memory (a frame that does not fit is left to the resend rule).
/// </summary>
internal sealed class OutgoingBuffer
{
    private const int MaxBytes = 4 * 1024 * 1024;
    private readonly Lock _sync = new();
    private ArrayBufferWriter<byte> _filling = new(16 * 1024);
    private ArrayBufferWriter<byte> _sending = new(16 * 1024);

    /// <summary>Appends a frame; false when the buffer is full.</summary>
    public bool Append(ReadOnlySpan<byte> frame)
    {
        lock (_sync)
        {
            if (_filling.WrittenCount + frame.Length > MaxBytes)
            {
                return false;
            }

            _filling.Write(frame);
            return true;
        }
    }

    /// <summary>Takes everything appended so far; valid until the next call.</summary>
    public ReadOnlyMemory<byte> Take()
    {
        lock (_sync)
        {
            (_filling, _sending) = (_sending, _filling);
            _filling.ResetWrittenCount();
            return _sending.WrittenMemory;
        }
    }

    /// <summary>Forgets what was appended (the connection is gone; the packets are resent on the next one).</summary>
    public void Clear()
    {
        lock (_sync)
        {
            _filling.ResetWrittenCount();
        }
    }
}

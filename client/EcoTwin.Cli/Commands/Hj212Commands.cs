using System.CommandLine;

namespace EcoTwin.Cli.Commands;

/// <summary>`ecotwin hj212 ...`: the HJ 212 codec for scripts and tests (no cluster needed).</summary>
public static class Hj212Commands
{
    /// <summary>Builds the `hj212` command with `decode` and `encode`.</summary>
    public static Command Build() => new("hj212", "Decode and encode HJ 212 packets (the gateway's codec).")
    {
        Hj212DecodeCommand.Build(),
        Hj212EncodeCommand.Build(),
    };
}

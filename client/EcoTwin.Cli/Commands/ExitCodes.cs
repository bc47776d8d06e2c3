namespace EcoTwin.Cli.Commands;

/// <summary>The exit codes of `ecotwin`.</summary>
public static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Ok = 0;

    /// <summary>The thing asked for does not exist.</summary>
    public const int NotFound = 1;

    /// <summary>Bad or missing input.</summary>
    public const int BadInput = 2;

    /// <summary>No silo could be reached.</summary>
    public const int Unreachable = 3;

    /// <summary>Not signed in, or not allowed (a missing, wrong or revoked API key; a role without the permission).</summary>
    public const int Denied = 4;
}

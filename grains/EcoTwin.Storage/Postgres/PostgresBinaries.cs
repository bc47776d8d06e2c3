namespace EcoTwin.Storage.Postgres;

/// <summary>Locates the PostgreSQL server programs (initdb, pg_ctl) on this machine.</summary>
public sealed record PostgresBinaries(string Folder)
{
    /// <summary>Where Debian and Ubuntu put the server programs, one folder per major version.</summary>
    public const string DebianRoot = "/usr/lib/postgresql";

    /// <summary>The message shown when no server programs are found.</summary>
    public const string NotFoundMessage =
        "PostgreSQL server programs (initdb, pg_ctl) were not found on PATH or under /usr/lib/postgresql/*/bin. " +
        "Install them (Debian/Ubuntu: sudo apt-get install -y postgresql) or point EcoTwin at an existing server " +
        "with the connection string ConnectionStrings:EcoTwin (e.g. environment variable ConnectionStrings__EcoTwin).";

    /// <summary>The path of initdb.</summary>
    public string InitDb => Path.Combine(Folder, "initdb");

    /// <summary>The path of pg_ctl.</summary>
    public string PgCtl => Path.Combine(Folder, "pg_ctl");

    /// <summary>Finds the programs in <paramref name="configuredFolder"/>, on PATH, or in the newest Debian folder.</summary>
    public static PostgresBinaries? Find(string? configuredFolder, string? pathVariable = null, string debianRoot = DebianRoot)
    {
        if (!string.IsNullOrWhiteSpace(configuredFolder))
        {
            return HasPrograms(configuredFolder) ? new PostgresBinaries(configuredFolder) : null;
        }

        var path = pathVariable ?? Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (HasPrograms(folder))
            {
                return new PostgresBinaries(folder);
            }
        }

        if (!Directory.Exists(debianRoot))
        {
            return null;
        }

        var newest = Directory.GetDirectories(debianRoot)
            .Select(dir => (Dir: dir, Version: int.TryParse(Path.GetFileName(dir), out var v) ? v : -1))
            .Where(candidate => candidate.Version >= 0 && HasPrograms(Path.Combine(candidate.Dir, "bin")))
            .OrderByDescending(candidate => candidate.Version)
            .FirstOrDefault();
        return newest.Dir is null ? null : new PostgresBinaries(Path.Combine(newest.Dir, "bin"));
    }

    private static bool HasPrograms(string folder) =>
        File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl"));
}

namespace EcoTwin.Storage.Postgres;

/// <summary>
/// The layout of a managed instance's folder: <c>data/</c> (the cluster), <c>run/</c> (the socket),
/// <c>run/postgres.log</c>, and <c>password</c> (readable by the owner only).
/// </summary>
internal sealed class ClusterFolder(string root)
{
    public string Data => Path.Combine(root, "data");

    public string Sockets => Path.Combine(root, "run");

    public string Log => Path.Combine(Sockets, "postgres.log");

    public string PasswordFile => Path.Combine(root, "password");

    /// <summary>Runs initdb once; returns the superuser password.</summary>
    public async Task<string> EnsureInitialisedAsync(PostgresBinaries binaries, string superUser, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Sockets);
        if (File.Exists(Path.Combine(Data, "PG_VERSION")) && File.Exists(PasswordFile))
        {
            ServerProcessRunner.GiveToServerUser(Sockets);
            return (await File.ReadAllTextAsync(PasswordFile, cancellationToken)).Trim();
        }

        if (Directory.Exists(Data))
        {
            Directory.Delete(Data, recursive: true); // an initdb that never finished
        }

        var password = ManagedPostgres.NewPassword();
        var handover = Path.Combine(root, "initdb.pw");
        await File.WriteAllTextAsync(handover, password, cancellationToken);
        Directory.CreateDirectory(Data);
        ServerProcessRunner.GiveToServerUser(Data);
        ServerProcessRunner.GiveToServerUser(Sockets);
        ServerProcessRunner.GiveToServerUser(handover);
        try
        {
            var (exitCode, output) = await ServerProcessRunner.RunAsync(
                binaries.InitDb,
                ["-D", Data, "-U", superUser, "--pwfile", handover, "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C.UTF-8"],
                cancellationToken);
            if (exitCode != 0)
            {
                throw new ManagedPostgresException($"initdb failed in {Data} (exit {exitCode}): {output}");
            }
        }
        finally
        {
            File.Delete(handover);
        }

        await File.WriteAllTextAsync(PasswordFile, password, cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(PasswordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return password;
    }
}

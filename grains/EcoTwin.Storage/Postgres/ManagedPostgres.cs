using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace EcoTwin.Storage.Postgres;

/// <summary>
/// A private PostgreSQL instance in a folder of its own, listening on loopback, started from the
/// machine's server programs and stopped on dispose. One process at a time owns a data folder: it
/// holds an exclusive lock on <c>owner.lock</c> for its whole life, so a second silo pointed at the
/// same folder is refused instead of corrupting it, and a crashed owner releases the lock with its death.
/// </summary>
public sealed partial class ManagedPostgres : IAsyncDisposable
{
    private const string SuperUser = "ecotwin";
    private readonly PostgresBinaries _binaries;
    private readonly string _clusterFolder;
    private readonly FileStream _ownerLock;
    private readonly ILogger _logger;
    private bool _stopped;

    private ManagedPostgres(PostgresBinaries binaries, string root, FileStream ownerLock, int port, string connectionString, ILogger logger)
    {
        _binaries = binaries;
        _clusterFolder = Path.Combine(root, "data");
        _ownerLock = ownerLock;
        _logger = logger;
        Port = port;
        ConnectionString = connectionString;
    }

    /// <summary>The loopback port the instance listens on.</summary>
    public int Port { get; }

    /// <summary>A connection string to the platform's database inside the instance.</summary>
    public string ConnectionString { get; }

    /// <summary>Initialises the folder on first use, starts the server and creates the database.</summary>
    /// <exception cref="ManagedPostgresException">The programs are missing, the folder is in use, or the server failed.</exception>
    public static async Task<ManagedPostgres> StartAsync(ManagedPostgresOptions options, ILogger logger, CancellationToken cancellationToken = default)
    {
        var binaries = PostgresBinaries.Find(options.BinFolder)
            ?? throw new ManagedPostgresException(PostgresBinaries.NotFoundMessage);
        var root = Path.GetFullPath(options.DataFolder);
        Directory.CreateDirectory(root);
        var ownerLock = TakeOwnership(root);
        try
        {
            var folder = new ClusterFolder(root);
            await StopOrphanAsync(binaries, folder, logger, cancellationToken);
            var password = await folder.EnsureInitialisedAsync(binaries, SuperUser, cancellationToken);
            var port = options.Port > 0 ? options.Port : FreeLoopbackPort();
            await StartServerAsync(binaries, folder, port, cancellationToken);
            var admin = BuildConnectionString(port, password, "postgres");
            await EnsureDatabaseAsync(admin, options.Database, cancellationToken);
            LogStarted(logger, port, root, binaries.Folder);
            return new ManagedPostgres(binaries, root, ownerLock, port, BuildConnectionString(port, password, options.Database), logger);
        }
        catch
        {
            await ownerLock.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// For tools (<c>ecotwin user add</c>): the database of a managed folder. While a silo owns the
    /// folder, a connection string to its running server (port from <c>postmaster.pid</c>) and no
    /// instance; otherwise the server is started here, and the caller stops it by disposing it.
    /// </summary>
    /// <exception cref="ManagedPostgresException">The folder was never initialised, or the server cannot start.</exception>
    public static async Task<(string ConnectionString, ManagedPostgres? Started)> OpenAsync(ManagedPostgresOptions options, ILogger logger, CancellationToken cancellationToken = default)
    {
        var root = Path.GetFullPath(options.DataFolder);
        var folder = new ClusterFolder(root);
        if (!File.Exists(folder.PasswordFile))
        {
            throw new ManagedPostgresException($"No managed database in {root}: start the silo once (it creates it there), or give a connection string.");
        }

        try
        {
            await TakeOwnership(root).DisposeAsync();
        }
        catch (ManagedPostgresException)
        {
            // A silo owns the folder: its server runs; the fourth line of postmaster.pid is the port.
            var pid = await File.ReadAllLinesAsync(Path.Combine(folder.Data, "postmaster.pid"), cancellationToken);
            var password = (await File.ReadAllTextAsync(folder.PasswordFile, cancellationToken)).Trim();
            return (BuildConnectionString(int.Parse(pid[3], System.Globalization.CultureInfo.InvariantCulture), password, options.Database), null);
        }

        var started = await StartAsync(options, logger, cancellationToken);
        return (started.ConnectionString, started);
    }

    /// <summary>Stops the server (fast shutdown: open sessions are closed, committed data is safe).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        var (exitCode, output) = await ServerProcessRunner.RunAsync(
            _binaries.PgCtl, ["stop", "-D", _clusterFolder, "-m", "fast", "-w", "-t", "60"], CancellationToken.None);
        if (exitCode == 0)
        {
            LogStopped(_logger, Port);
        }
        else
        {
            LogStopFailed(_logger, exitCode, output);
        }

        await _ownerLock.DisposeAsync();
    }

    private static FileStream TakeOwnership(string root)
    {
        // The lock file is held exclusively (flock) for the owner's life; its pid goes beside it,
        // because nobody else can open the locked file even to read it.
        var lockPath = Path.Combine(root, "owner.lock");
        var pidPath = Path.Combine(root, "owner.pid");
        try
        {
            var stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            File.WriteAllText(pidPath, Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return stream;
        }
        catch (IOException)
        {
            var owner = File.Exists(pidPath) ? "pid " + File.ReadAllText(pidPath).Trim() : "another process";
            throw new ManagedPostgresException(
                $"The database folder {root} is in use by another EcoTwin silo ({owner}). " +
                "To run several silos on one machine, start the first one normally and give the others its server " +
                "with ConnectionStrings:EcoTwin (see README, 'A cluster on one machine'), or give each its own " +
                "EcoTwin:Database:DataFolder for separate clusters.");
        }
    }

    private static async Task StopOrphanAsync(PostgresBinaries binaries, ClusterFolder folder, ILogger logger, CancellationToken cancellationToken)
    {
        // We hold the owner lock, so a server still running here was left behind by a silo that died.
        if (!File.Exists(Path.Combine(folder.Data, "postmaster.pid")))
        {
            return;
        }

        var (status, _) = await ServerProcessRunner.RunAsync(binaries.PgCtl, ["status", "-D", folder.Data], cancellationToken);
        if (status == 0)
        {
            LogOrphan(logger, folder.Data);
            await ServerProcessRunner.RunAsync(binaries.PgCtl, ["stop", "-D", folder.Data, "-m", "fast", "-w", "-t", "60"], cancellationToken);
        }
    }

    private static async Task StartServerAsync(PostgresBinaries binaries, ClusterFolder folder, int port, CancellationToken cancellationToken)
    {
        var settings = $"-c listen_addresses=127.0.0.1 -p {port} -k {folder.Sockets} -c max_connections=300 " +
            "-c shared_buffers=256MB -c max_wal_size=2GB -c checkpoint_timeout=15min";
        var (exitCode, output) = await ServerProcessRunner.RunAsync(
            binaries.PgCtl, ["start", "-D", folder.Data, "-l", folder.Log, "-w", "-t", "60", "-o", settings], cancellationToken);
        if (exitCode != 0)
        {
            var tail = File.Exists(folder.Log) ? string.Join('\n', File.ReadLines(folder.Log).TakeLast(10)) : string.Empty;
            throw new ManagedPostgresException($"PostgreSQL did not start on 127.0.0.1:{port} (pg_ctl exit {exitCode}): {output}\n{tail}");
        }
    }

    private static async Task EnsureDatabaseAsync(string adminConnectionString, string database, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        exists.Parameters.AddWithValue(database);
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "\"\"")}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static string BuildConnectionString(int port, string password, string database) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = IPAddress.Loopback.ToString(),
            Port = port,
            Username = SuperUser,
            Password = password,
            Database = database,
            MaxPoolSize = 100,
        }.ConnectionString;

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    internal static string NewPassword() => Convert.ToHexString(RandomNumberGenerator.GetBytes(18));

    [LoggerMessage(Level = LogLevel.Information, Message = "Managed PostgreSQL listening on 127.0.0.1:{Port} (folder {Folder}, programs {Programs})")]
    private static partial void LogStarted(ILogger logger, int port, string folder, string programs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Managed PostgreSQL on port {Port} stopped")]
    private static partial void LogStopped(ILogger logger, int port);

    [LoggerMessage(Level = LogLevel.Error, Message = "Managed PostgreSQL did not stop cleanly (pg_ctl exit {ExitCode}): {Output}")]
    private static partial void LogStopFailed(ILogger logger, int exitCode, string output);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A PostgreSQL server left behind by a silo that died was running in {Folder}; stopping it before starting afresh")]
    private static partial void LogOrphan(ILogger logger, string folder);
}

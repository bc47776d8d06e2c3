using System.CommandLine;
using EcoTwin.Cli.Output;
using EcoTwin.Domain.Auth;
using EcoTwin.Domain.MasterData;
using EcoTwin.Storage.Audit;
using EcoTwin.Storage.Migrations;
using EcoTwin.Storage.Postgres;
using EcoTwin.Storage.Users;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace EcoTwin.Cli.Commands;

/// <summary>
/// `ecotwin user add NAME --role admin [--districts 320402,320404] [--password ...] [--api-key] --connection ...`:
/// creates a user straight in the database (so the first admin exists before anyone can sign in),
/// applying the schema first; prints an API key when asked (shown once).
/// </summary>
public static class UserCommands
{
    /// <summary>Builds the `user` command.</summary>
    public static Command Build()
    {
        var name = new Argument<string>("name") { Description = "The user name (a-z, 0-9, '.', '-', '_')." };
        var role = new Option<string>("--role") { Description = $"The role: {RoleNames.All}.", Required = true };
        var districts = new Option<string?>("--districts") { Description = "Limit the user to these districts (comma-separated division codes); default the whole city." };
        var password = new Option<string?>("--password") { Description = "The password for signing in to the UI (at least 8 characters)." };
        var displayName = new Option<string?>("--display-name") { Description = "The name shown in the UI." };
        var apiKey = new Option<bool>("--api-key") { Description = "Also make an API key for scripts and print it (shown once)." };
        var database = new Option<string?>("--connection") { Description = "The platform's PostgreSQL connection string. Env ECOTWIN_CONNECTION." };
        var dataFolder = new Option<string?>("--data-folder")
        {
            Description = $"Without a connection string: the managed PostgreSQL folder of a silo on this machine (default ./{ManagedPostgresOptions.DefaultDataFolder}, or {RepoSiloFolder} from the repository root); its running server is used, or it is started for the moment.",
        };
        var add = new Command("add", "Create a user directly in the platform's database: --connection (env ECOTWIN_CONNECTION), or the local silo's managed one.")
        {
            name, role, districts, password, displayName, apiKey, database, dataFolder,
        };
        add.SetAction(async (parse, cancellationToken) =>
        {
            var user = parse.GetValue(name)!;
            var codes = (parse.GetValue(districts) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var secret = parse.GetValue(password);
            var errors = new List<FieldError?> { UserNames.Check("name", user) };
            errors.Add(RoleNames.TryParse(parse.GetValue(role), out var parsedRole) ? null : new FieldError("--role", $"'{parse.GetValue(role)}' is not a role; use one of {RoleNames.All}"));
            errors.AddRange(codes.Select(code => FieldRules.DivisionCode("--districts", code)));
            errors.Add(secret is null ? null : UserNames.CheckPassword("--password", secret, user));
            errors.Add(secret is null && !parse.GetValue(apiKey) ? new FieldError("--password", "give --password or --api-key (a user with neither cannot sign in)") : null);
            var connection = parse.GetValue(database) ?? Environment.GetEnvironmentVariable("ECOTWIN_CONNECTION");
            if (errors.OfType<FieldError>().ToList() is { Count: > 0 } bad)
            {
                bad.ForEach(e => Console.Error.WriteLine($"ecotwin: {e.Field}: {e.Message}"));
                return ExitCodes.BadInput;
            }

            ManagedPostgres? started = null;
            try
            {
                if (string.IsNullOrWhiteSpace(connection))
                {
                    (connection, started) = await ManagedPostgres.OpenAsync(
                        new ManagedPostgresOptions { DataFolder = parse.GetValue(dataFolder) ?? DefaultDataFolder() }, NullLogger.Instance, cancellationToken);
                }

                await SchemaMigrator.ApplyAsync(connection!, NullLogger.Instance, cancellationToken);
                await using var dataSource = NpgsqlDataSource.Create(connection!);
                var record = new UserRecord(user, parse.GetValue(displayName), RoleNames.Of(parsedRole), codes, secret is null ? null : Passwords.Hash(user, secret));
                if (!await new UserStore(dataSource).CreateAsync(record, cancellationToken))
                {
                    await Console.Error.WriteLineAsync($"ecotwin: user '{user}' exists already; change it through /api/users");
                    return ExitCodes.BadInput;
                }

                string? key = null;
                if (parse.GetValue(apiKey))
                {
                    var (text, id, hash) = ApiKeys.Generate();
                    await new ApiKeyStore(dataSource).AddAsync(id, user, hash, "created by ecotwin user add", cancellationToken);
                    key = text;
                }

                await using (var audit = new AuditWriter(dataSource, NullLogger<AuditWriter>.Instance))
                {
                    audit.Post([new AuditEntry(DateTimeOffset.UtcNow, Environment.UserName, null, "cli.user.add", $"user/{user}", null, null,
                        $"role {record.Role}, districts [{string.Join(",", codes)}]{(key is null ? string.Empty : ", with an API key")}")]);
                }

                JsonOutput.Write(new { name = user, role = record.Role, districts = codes, apiKey = key });
                return ExitCodes.Ok;
            }
            catch (Exception ex) when (ex is NpgsqlException or ArgumentException or InvalidOperationException or ManagedPostgresException)
            {
                await Console.Error.WriteLineAsync($"ecotwin: cannot write to the platform's database: {ex.Message}");
                return ExitCodes.Unreachable;
            }
            finally
            {
                if (started is not null)
                {
                    await started.DisposeAsync();
                }
            }
        });
        return new Command("user", "Platform users.") { add };
    }

    /// <summary>Where `dotnet run --project silo/EcoTwin.Silo` keeps its database (the Web SDK runs it in its project folder).</summary>
    private static readonly string RepoSiloFolder = Path.Combine("silo", "EcoTwin.Silo", ManagedPostgresOptions.DefaultDataFolder);

    /// <summary>The silo's default folder here, or the one a repository checkout's `dotnet run` uses.</summary>
    private static string DefaultDataFolder() =>
        !Directory.Exists(ManagedPostgresOptions.DefaultDataFolder) && Directory.Exists(RepoSiloFolder) ? RepoSiloFolder : ManagedPostgresOptions.DefaultDataFolder;
}

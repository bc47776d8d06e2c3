using System.CommandLine;

namespace EcoTwin.Cli.Commands;

/// <summary>The `ecotwin` command tree.</summary>
public static class EcoTwinCommandLine
{
    /// <summary>Builds the root command with every verb.</summary>
    public static RootCommand Build()
    {
        var root = new RootCommand("ecotwin — drive the EcoTwin platform's twins from scripts and the shell.");
        root.Subcommands.Add(StationCommands.Build());
        root.Subcommands.Add(AqiCommand.Build());
        root.Subcommands.Add(WatchCommand.Build());
        root.Subcommands.Add(Hj212Commands.Build());
        root.Subcommands.Add(WithApiKey(SimulateCommand.Build()));
        var import = ImportCommand.Build();
        import.Subcommands.Add(ImportRecordsCommand.Build());
        import.Options.Add(ApiKeyOption.ApiKey);
        root.Subcommands.Add(import);
        root.Subcommands.Add(WithApiKey(DemoCommand.Build()));
        root.Subcommands.Add(UserCommands.Build());
        return root;
    }

    private static Command WithApiKey(Command command)
    {
        command.Options.Add(ApiKeyOption.ApiKey);
        return command;
    }
}

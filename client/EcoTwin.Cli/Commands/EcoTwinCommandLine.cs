using System.CommandLine;

namespace EcoTwin.Cli.Commands;

/// <summary>The `ecotwin` command tree.</summary>
public static class EcoTwinCommandLine
{
    /// <summary>Builds the root command with every verb.</summary>
    public static RootCommand Build()
    {
        var root = new RootCommand("ecotwin — drive the EcoTwin platform's twins from scripts and the shell.");
        ConnectionOptions.AddTo(root);
        root.Subcommands.Add(StationCommands.Build());
        root.Subcommands.Add(AqiCommand.Build());
        root.Subcommands.Add(WatchCommand.Build());
        root.Subcommands.Add(UserCommands.Build());
        root.Subcommands.Add(new Command("import", "Import data from files.") { ImportRecordsCommand.Build() });
        return root;
    }
}

using EcoTwin.Cli.Commands;

return await EcoTwinCommandLine.Build().Parse(args).InvokeAsync();

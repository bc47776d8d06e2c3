using EcoTwin.Cli.Commands;

var parse = EcoTwinCommandLine.Build().Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine($"ecotwin: {error.Message}");
    }

    return ExitCodes.BadInput;
}

return await parse.InvokeAsync();

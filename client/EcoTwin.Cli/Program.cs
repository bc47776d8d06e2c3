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

if (parse.GetResult(ApiKeyOption.ApiKey)?.GetValueOrDefault<string?>() is { Length: > 0 } key)
{
    Environment.SetEnvironmentVariable(EcoTwin.Client.ApiKey.EnvironmentVariable, key); // --api-key for every HTTP verb
}

return await parse.InvokeAsync();

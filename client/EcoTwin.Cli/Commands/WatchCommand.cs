using System.CommandLine;
using EcoTwin.Cli.Output;
using EcoTwin.Client.Live;

namespace EcoTwin.Cli.Commands;

/// <summary>`ecotwin watch district/320402`: prints twin changes as they come, one JSON line each.</summary>
public static class WatchCommand
{
    /// <summary>Builds the `watch` command.</summary>
    public static Command Build()
    {
        var target = new Argument<string>("target") { Description = "city, district/<code>, station/<code>, source/<mn>, enterprise/<code>" };
        var command = new Command("watch", "Print the current state and then every change of the city, a district or a twin, one JSON line per twin change.") { target };
        command.Options.Add(ApiOption.Api);
        command.Options.Add(ApiKeyOption.ApiKey);
        command.SetAction(async (parse, cancellationToken) =>
        {
            WatchTarget watched;
            try
            {
                watched = WatchTarget.Parse(parse.GetValue(target)!);
            }
            catch (ArgumentException ex)
            {
                await Console.Error.WriteLineAsync($"ecotwin: {ex.Message}");
                return ExitCodes.BadInput;
            }

            var api = ApiOption.Read(parse);
            try
            {
                await using var feed = await LiveTwinFeed.StartAsync(api, ApiKeyOption.Read(parse), watched, JsonOutput.Write, cancellationToken);
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C
            }
            catch (HttpRequestException ex) when (ex.StatusCode is System.Net.HttpStatusCode.Unauthorized or System.Net.HttpStatusCode.Forbidden)
            {
                await Console.Error.WriteLineAsync($"ecotwin: the web front at {api} refused access ({(int)ex.StatusCode}): give an API key with --api-key or ECOTWIN_API_KEY");
                return ExitCodes.Denied;
            }
            catch (HttpRequestException ex)
            {
                await Console.Error.WriteLineAsync($"ecotwin: cannot reach the EcoTwin web front at {api}: {ex.Message}");
                return ExitCodes.Unreachable;
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}

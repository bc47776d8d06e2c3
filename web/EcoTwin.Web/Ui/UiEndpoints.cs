using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace EcoTwin.Web.Ui;

/// <summary>
/// Serves the command UI built from ClientApp into the host's output folder (<c>ui/</c>): hashed assets
/// under <c>/assets</c> cached for a year, and <c>index.html</c> (never cached) for the UI's own URLs.
/// </summary>
public static class UiEndpoints
{
    /// <summary>The UI's folder name in the host's output.</summary>
    public const string Folder = "ui";

    /// <summary>The UI's routes, answered with index.html; the client-side router takes over from there.</summary>
    private static readonly string[] Routes = ["/", "/map", "/table", "/flow", "/profile/{kind:regex(^(enterprise|source)$)}/{key}"];

    /// <summary>Maps the UI on <paramref name="endpoints"/> from <paramref name="root"/> (default: the output folder's ui/).</summary>
    public static IEndpointRouteBuilder MapEcoTwinUi(this IEndpointRouteBuilder endpoints, string? root = null)
    {
        root ??= Path.Combine(AppContext.BaseDirectory, Folder);
        var index = Path.Combine(root, "index.html");
        if (!File.Exists(index))
        {
            foreach (var route in Routes)
            {
                endpoints.MapGet(route, () => Results.Text(
                    "The command UI was not built (web/EcoTwin.Web/ClientApp; build without -p:EcoTwinSkipClientApp=true, with Node.js and npm).",
                    "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable)).ExcludeFromDescription();
            }

            return endpoints;
        }

        var files = new PhysicalFileProvider(root);
        var contentTypes = new FileExtensionContentTypeProvider();
        contentTypes.Mappings[".mjs"] = "text/javascript";
        endpoints.MapGet("/assets/{*path}", (string path, HttpContext context) =>
        {
            // The provider refuses paths that leave its root.
            var file = files.GetFileInfo("assets/" + path);
            if (!file.Exists || file.IsDirectory || file.PhysicalPath is null)
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            var type = contentTypes.TryGetContentType(file.Name, out var known) ? known : "application/octet-stream";
            return Results.File(file.PhysicalPath, type, lastModified: file.LastModified);
        }).ExcludeFromDescription();
        foreach (var route in Routes)
        {
            endpoints.MapGet(route, (HttpContext context) =>
            {
                context.Response.Headers.CacheControl = "no-cache";
                return Results.File(index, "text/html; charset=utf-8");
            }).ExcludeFromDescription();
        }

        return endpoints;
    }
}

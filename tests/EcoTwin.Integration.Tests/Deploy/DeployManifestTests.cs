using System.Reflection;
using System.Text.RegularExpressions;
using EcoTwin.Grains.Twins;
using EcoTwin.Integration.Tests.Infrastructure;
using EcoTwin.Silo.Cluster;
using EcoTwin.Silo.Gateway;
using EcoTwin.Storage.Postgres;
using EcoTwin.Storage.RawLog;
using EcoTwin.Web.Map;
using YamlDotNet.RepresentationModel;

namespace EcoTwin.Integration.Tests.Deploy;

/// <summary>
/// The deployment files cannot be run here; these checks keep them well-formed and using only
/// settings the silo really has, so they stay in step with the code and the README.
/// </summary>
public sealed partial class DeployManifestTests
{
    private static readonly string[] ForeignVariables =
        ["ConnectionStrings__EcoTwin", "Urls", "ASPNETCORE_ENVIRONMENT", "ORLEANS_SERVICE_ID", "ORLEANS_CLUSTER_ID", "POD_NAMESPACE", "POD_NAME", "POD_IP"];

    public static TheoryData<string> YamlFiles => [.. Directory.GetFiles(Path.Combine(Repository.Root, "deploy"), "*.yaml", SearchOption.AllDirectories)
        .Select(path => Path.GetRelativePath(Repository.Root, path))];

    [Theory]
    [MemberData(nameof(YamlFiles))]
    public void Yaml_file_parses(string file)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(Repository.Root, file))));

        Assert.NotEmpty(stream.Documents);
    }

    [Fact]
    public void Every_ecotwin_setting_the_deployment_files_use_exists_in_the_silo()
    {
        var known = Settings(ClusterSettings.SectionName, typeof(ClusterSettings))
            .Concat(Settings(GatewayOptions.SectionName, typeof(GatewayOptions)))
            .Concat(Settings(TwinOptions.SectionName, typeof(TwinOptions)))
            .Concat(Settings(RawLogWriterOptions.SectionName, typeof(RawLogWriterOptions)))
            .Concat(Settings(ManagedPostgresOptions.SectionName, typeof(ManagedPostgresOptions)))
            .Concat(Settings(MapOptions.SectionName, typeof(MapOptions)))
            .Concat(ForeignVariables)
            .ToHashSet(StringComparer.Ordinal);
        var files = new[] { "deploy/compose/compose.yaml", "deploy/k8s/silo.yaml", "deploy/systemd/ecotwin.env.sample" };

        var used = files.SelectMany(file => Variable().Matches(File.ReadAllText(Path.Combine(Repository.Root, file))).Select(m => (file, name: m.Value)));

        Assert.All(used, u => Assert.True(known.Contains(u.name), $"{u.file} sets {u.name}, which the silo does not read"));
    }

    [Fact]
    public void Image_exposes_the_default_ports()
    {
        var dockerfile = File.ReadAllText(Path.Combine(Repository.Root, "deploy", "Dockerfile"));

        Assert.Contains($"EXPOSE 8080 {GatewayOptions.DefaultPort} {ClusterSettings.DefaultSiloPort} {ClusterSettings.DefaultGatewayPort}", dockerfile);
    }

    private static IEnumerable<string> Settings(string section, Type options) =>
        options.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => $"{section.Replace(":", "__")}__{p.Name}");

    [GeneratedRegex(@"\b(?:EcoTwin__\w+|ConnectionStrings__\w+|ORLEANS_\w+|POD_\w+|Urls|ASPNETCORE_\w+)(?=\s*[:=]|\s*,\s*value|\s*})")]
    private static partial Regex Variable();
}

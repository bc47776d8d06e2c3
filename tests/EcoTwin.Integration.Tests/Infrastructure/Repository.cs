namespace EcoTwin.Integration.Tests.Infrastructure;

/// <summary>The repository the tests run from.</summary>
public static class Repository
{
    /// <summary>The folder holding EcoTwin.sln.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EcoTwin.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("EcoTwin.sln not found above " + AppContext.BaseDirectory);
    }
}

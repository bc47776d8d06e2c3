namespace EcoTwin.Web.Auth;

/// <summary>The claim types of an EcoTwin user.</summary>
public static class EcoTwinClaims
{
    /// <summary>One claim per district the user is limited to.</summary>
    public const string District = "ecotwin:district";

    /// <summary>How the user signed in: password, apiKey or bootstrap.</summary>
    public const string Method = "ecotwin:method";

    /// <summary>The display name.</summary>
    public const string DisplayName = "ecotwin:displayName";

    /// <summary>The name of the built-in administrator of the bootstrap key.</summary>
    public const string BootstrapUser = "bootstrap";
}

using System.Security.Cryptography;
using System.Text;

namespace EcoTwin.Domain.Auth;

/// <summary>
/// API keys for scripts and the CLI: <c>etk_&lt;id&gt;_&lt;secret&gt;</c>, where the id (12 hex
/// characters) finds the stored key and the secret (43 characters, 256 random bits) is stored only
/// as its SHA-256 hash. A key is shown once, when it is made.
/// </summary>
public static class ApiKeys
{
    /// <summary>The prefix of every key.</summary>
    public const string Prefix = "etk_";

    /// <summary>Makes a new key: the text to hand to its owner, its id and the hash to store.</summary>
    public static (string Key, string Id, string Hash) Generate()
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        return ($"{Prefix}{id}_{secret}", id, Hash(secret));
    }

    /// <summary>Splits a key into its id and secret; false when it is not of the form.</summary>
    public static bool TryParse(string? key, out string id, out string secret)
    {
        id = secret = string.Empty;
        if (key is null || !key.StartsWith(Prefix, StringComparison.Ordinal) || key.Length != Prefix.Length + 12 + 1 + 43 || key[Prefix.Length + 12] != '_')
        {
            return false;
        }

        id = key.Substring(Prefix.Length, 12);
        secret = key[(Prefix.Length + 13)..];
        return id.All(char.IsAsciiHexDigitLower);
    }

    /// <summary>The stored form of a secret (or of any bearer token): SHA-256, lower-case hex.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Compares a presented secret with a stored hash in constant time.</summary>
    public static bool Matches(string secret, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(storedHash));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

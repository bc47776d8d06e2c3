using Microsoft.AspNetCore.Identity;

namespace EcoTwin.Storage.Users;

/// <summary>Password hashing with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> (PBKDF2, salted, versioned).</summary>
public static class Passwords
{
    private static readonly PasswordHasher<string> Hasher = new();

    /// <summary>The hash to store for <paramref name="password"/>.</summary>
    public static string Hash(string userName, string password) => Hasher.HashPassword(userName, password);

    /// <summary>Whether <paramref name="password"/> matches <paramref name="hash"/>; <paramref name="rehash"/> when the hash should be upgraded.</summary>
    public static bool Verify(string userName, string hash, string password, out bool rehash)
    {
        var result = Hasher.VerifyHashedPassword(userName, hash, password);
        rehash = result == PasswordVerificationResult.SuccessRehashNeeded;
        return result != PasswordVerificationResult.Failed;
    }
}

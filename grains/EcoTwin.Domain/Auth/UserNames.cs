using EcoTwin.Domain.MasterData;

namespace EcoTwin.Domain.Auth;

/// <summary>Rules for user names and passwords.</summary>
public static class UserNames
{
    /// <summary>The shortest password accepted.</summary>
    public const int MinPasswordLength = 8;

    /// <summary>A user name: 1-64 characters of lower-case ASCII letters, digits, '.', '-' or '_', starting with a letter or digit.</summary>
    public static FieldError? Check(string field, string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return new FieldError(field, "is required");
        }

        if (name.Length > 64)
        {
            return new FieldError(field, "is longer than 64 characters");
        }

        if (!char.IsAsciiLetterLower(name[0]) && !char.IsAsciiDigit(name[0]))
        {
            return new FieldError(field, $"'{name}' must start with a lower-case letter or a digit");
        }

        var bad = name.FirstOrDefault(c => !char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c is not ('.' or '-' or '_'));
        return bad == default ? null : new FieldError(field, $"contains '{bad}'; only a-z, 0-9, '.', '-' and '_' are allowed");
    }

    /// <summary>A password: at least <see cref="MinPasswordLength"/> characters, not all the same, not the user name.</summary>
    public static FieldError? CheckPassword(string field, string? password, string userName) =>
        password is null || password.Length < MinPasswordLength ? new FieldError(field, $"needs at least {MinPasswordLength} characters")
        : password.Distinct().Count() == 1 ? new FieldError(field, "is one character repeated")
        : string.Equals(password, userName, StringComparison.OrdinalIgnoreCase) ? new FieldError(field, "must not be the user name")
        : null;
}

using EcoTwin.Domain.Auth;
using EcoTwin.Domain.MasterData;
using EcoTwin.Storage.Users;

namespace EcoTwin.Web.Auth;

/// <summary>The body of <c>POST /api/users</c> and <c>PUT /api/users/{name}</c>.</summary>
public sealed record UserBody(string? Name, string? DisplayName, string? Role, string[]? Districts, string? Password, bool? Disabled)
{
    /// <summary>The user record for <paramref name="name"/>, or the field errors; the password is hashed when given.</summary>
    public (UserRecord? User, IReadOnlyList<FieldError> Errors) ToRecord(string name, bool passwordAllowed)
    {
        var errors = new List<FieldError>();
        if (UserNames.Check("name", name) is { } nameError)
        {
            errors.Add(nameError);
        }

        if (!RoleNames.TryParse(Role, out var role))
        {
            errors.Add(new FieldError("role", $"'{Role}' is not a role; use one of {RoleNames.All}"));
        }

        var districts = (Districts ?? []).Select(d => d.Trim()).Distinct().ToArray();
        errors.AddRange(districts.Select((d, i) => FieldRules.DivisionCode($"districts[{i}]", d)).OfType<FieldError>());
        if (Password is not null && (!passwordAllowed || UserNames.CheckPassword("password", Password, name) is not null))
        {
            errors.Add(passwordAllowed ? UserNames.CheckPassword("password", Password, name)! : new FieldError("password", "set it with POST /api/users/{name}/password"));
        }

        if (DisplayName is { Length: > 100 })
        {
            errors.Add(new FieldError("displayName", "is longer than 100 characters"));
        }

        return errors.Count > 0
            ? (null, errors)
            : (new UserRecord(name, DisplayName, RoleNames.Of(role), districts, Password is null ? null : Passwords.Hash(name, Password), Disabled ?? false), errors);
    }
}

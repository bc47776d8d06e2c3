using EcoTwin.Domain.MasterData;

namespace EcoTwin.Domain.Cases;

/// <summary>Who a case is dispatched to: an officer (user name) or a district team (division code).</summary>
public static class CaseAssignee
{
    /// <summary>The prefix of a team assignee: <c>team:320402</c>.</summary>
    public const string TeamPrefix = "team:";

    /// <summary>The assignee text of a district team.</summary>
    public static string Team(string districtCode) => TeamPrefix + districtCode;

    /// <summary>The district of a team assignee; null for an officer.</summary>
    public static string? TeamDistrict(string? assignee) =>
        assignee is not null && assignee.StartsWith(TeamPrefix, StringComparison.Ordinal) ? assignee[TeamPrefix.Length..] : null;

    /// <summary>Checks that exactly one of officer and team is given, each well-formed.</summary>
    public static FieldError? Check(string? officer, string? team) =>
        (officer, team) switch
        {
            (null, null) => new FieldError("officer", "give an officer (user name) or a team (district code)"),
            ({ }, { }) => new FieldError("team", "give an officer or a team, not both"),
            (null, { } code) => FieldRules.DivisionCode("team", code),
            ({ } name, null) => Auth.UserNames.Check("officer", name),
        };

    /// <summary>
    /// Whether <paramref name="user"/> may take up a case given to <paramref name="assignee"/>: the
    /// officer named, or an officer whose districts include the team's district (every district when
    /// <paramref name="userDistricts"/> is empty).
    /// </summary>
    public static bool MayTakeUp(string? assignee, string user, IReadOnlyCollection<string> userDistricts) =>
        TeamDistrict(assignee) is { } district
            ? userDistricts.Count == 0 || userDistricts.Contains(district)
            : string.Equals(assignee, user, StringComparison.Ordinal);
}

using EcoTwin.Domain.MasterData;
using EcoTwin.Storage.Queries;

namespace EcoTwin.Web.Twins;

/// <summary>The query string of a twin list: <c>?district=&amp;kind=&amp;status=&amp;enterprise=&amp;q=&amp;page=1&amp;pageSize=50</c>.</summary>
public sealed record TwinListQuery(string? District, string? Kind, string? Status, string? Enterprise, string? Q, int? Page, int? PageSize)
{
    /// <summary>The largest page.</summary>
    public const int MaxPageSize = 1000;

    private static readonly string[] Statuses = ["normal", "maintenance", "fault", "exceeding", "offline"];

    /// <summary>The storage query for twins of <paramref name="twinKind"/>, or the field errors.</summary>
    public (TwinQuery? Query, IReadOnlyList<FieldError> Errors) ToQuery(string twinKind)
    {
        var errors = new List<FieldError>();
        if (District is not null && FieldRules.DivisionCode("district", District) is { } district)
        {
            errors.Add(district);
        }

        if (Status is not null && !Statuses.Contains(Status))
        {
            errors.Add(new FieldError("status", $"'{Status}' is not one of {string.Join(", ", Statuses)}"));
        }

        if (Page is < 1)
        {
            errors.Add(new FieldError("page", "must be 1 or more"));
        }

        if (PageSize is < 1 or > MaxPageSize)
        {
            errors.Add(new FieldError("pageSize", $"must be 1-{MaxPageSize}"));
        }

        return errors.Count > 0
            ? (null, errors)
            : (new TwinQuery(twinKind, District, Kind, Status, Enterprise, string.IsNullOrWhiteSpace(Q) ? null : Q.Trim(), Page ?? 1, PageSize ?? 50), errors);
    }
}

using System.Collections.Immutable;

namespace EcoTwin.Contracts.Cases;

/// <summary>Everything about one case: its summary, description, what may be done now, its history and files.</summary>
/// <param name="Summary">The summary.</param>
/// <param name="Description">What the case is about.</param>
/// <param name="Allowed">The actions its stage allows now (dispatch, accept, note ...).</param>
/// <param name="Steps">Its history, oldest first.</param>
/// <param name="Attachments">Its files.</param>
/// <param name="AlarmIds">The alarms it collected, oldest first.</param>
[GenerateSerializer, Immutable, Alias("EcoTwin.CaseView")]
public sealed record CaseView(
    [property: Id(0)] CaseSummary Summary,
    [property: Id(1)] string? Description,
    [property: Id(2)] ImmutableArray<string> Allowed,
    [property: Id(3)] ImmutableArray<CaseStep> Steps,
    [property: Id(4)] ImmutableArray<CaseAttachmentInfo> Attachments,
    [property: Id(5)] ImmutableArray<string> AlarmIds);

namespace EcoTwin.Contracts.Cases;

/// <summary>A file attached to a case; its bytes are in the case_attachments table.</summary>
/// <param name="Id">The attachment id.</param>
/// <param name="FileName">The file name.</param>
/// <param name="ContentType">Its media type.</param>
/// <param name="Size">Its size in bytes.</param>
/// <param name="UploadedBy">Who attached it.</param>
/// <param name="UploadedAt">When (UTC).</param>
[GenerateSerializer, Immutable, Alias("EcoTwin.CaseAttachmentInfo")]
public sealed record CaseAttachmentInfo(
    [property: Id(0)] string Id,
    [property: Id(1)] string FileName,
    [property: Id(2)] string ContentType,
    [property: Id(3)] int Size,
    [property: Id(4)] string UploadedBy,
    [property: Id(5)] DateTimeOffset UploadedAt);

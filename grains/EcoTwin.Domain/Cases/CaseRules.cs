using EcoTwin.Domain.MasterData;

namespace EcoTwin.Domain.Cases;

/// <summary>Checks of what people give with a case action: texts, deadlines, attachments.</summary>
public static class CaseRules
{
    /// <summary>The longest note, finding or reason.</summary>
    public const int MaxText = 4000;

    /// <summary>The largest attachment (10 MiB).</summary>
    public const int MaxAttachmentBytes = 10 * 1024 * 1024;

    /// <summary>The shortest deadline a dispatch may set from now.</summary>
    public static readonly TimeSpan MinimumLead = TimeSpan.FromSeconds(1);

    /// <summary>The attachment types accepted: photos, PDF, plain text, office documents.</summary>
    public static readonly IReadOnlySet<string> ContentTypes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "image/jpeg", "image/png", "image/webp", "application/pdf", "text/plain",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    /// <summary>A required text (note, finding, reason, title): not blank, at most <see cref="MaxText"/> characters.</summary>
    public static FieldError? Text(string field, string? value) =>
        string.IsNullOrWhiteSpace(value) ? new FieldError(field, "is required")
        : value.Length > MaxText ? new FieldError(field, $"is longer than {MaxText} characters")
        : null;

    /// <summary>An optional text: at most <see cref="MaxText"/> characters.</summary>
    public static FieldError? OptionalText(string field, string? value) =>
        value is { Length: > MaxText } ? new FieldError(field, $"is longer than {MaxText} characters") : null;

    /// <summary>A deadline: required, in the future.</summary>
    public static FieldError? Deadline(string field, DateTimeOffset? deadline, DateTimeOffset now) =>
        deadline is null ? new FieldError(field, "is required")
        : deadline.Value - now < MinimumLead ? new FieldError(field, $"{deadline.Value:O} is not in the future")
        : null;

    /// <summary>An attachment: a file name, an accepted content type, 1 byte to <see cref="MaxAttachmentBytes"/>.</summary>
    public static IReadOnlyList<FieldError> Attachment(string? fileName, string? contentType, long length)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(fileName) || fileName.Length > 200)
        {
            errors.Add(new FieldError("file", "needs a file name of 1-200 characters"));
        }

        if (contentType is null || !ContentTypes.Contains(contentType))
        {
            errors.Add(new FieldError("contentType", $"'{contentType}' is not accepted; use one of {string.Join(", ", ContentTypes.Order())}"));
        }

        if (length <= 0 || length > MaxAttachmentBytes)
        {
            errors.Add(new FieldError("file", $"is {length} bytes; 1 to {MaxAttachmentBytes} bytes are accepted"));
        }

        return errors;
    }

    /// <summary>Whether a case with <paramref name="deadline"/> in <paramref name="stage"/> is overdue at <paramref name="now"/>.</summary>
    public static bool IsOverdue(CaseStage stage, DateTimeOffset? deadline, DateTimeOffset now) =>
        CaseWorkflow.DeadlineRuns(stage) && deadline is { } due && now >= due;

    /// <summary>
    /// Whether a case raised from an alarm may be approved: its alarm cleared (the twin is back to
    /// normal), or the reviewer gives a reason to close it anyway.
    /// </summary>
    public static FieldError? MayClose(bool alarmStillOpen, string? reason) =>
        alarmStillOpen && string.IsNullOrWhiteSpace(reason)
            ? new FieldError("reason", "the case's alarm is still open (the twin is not back to normal); give a reason to close it anyway")
            : null;
}

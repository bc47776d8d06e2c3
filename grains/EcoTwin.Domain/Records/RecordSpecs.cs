namespace EcoTwin.Domain.Records;

/// <summary>The catalogue of record kinds and their fields.</summary>
public static class RecordSpecs
{
    /// <summary>Every kind's spec, in <see cref="RecordKind"/> order.</summary>
    public static IReadOnlyList<RecordKindSpec> All { get; } =
    [
        new(RecordKind.Permit, "permit", "排污许可证", true, true,
        [
            Text("issuer", true), Choice("category", false, "key", "simplified", "registration"), new RecordField("limits", RecordFieldType.Limits, false),
        ]),
        new(RecordKind.Eia, "eia", "环评批复", true, false,
            [Text("project", true), Text("authority", true), Choice("conclusion", false, "approved", "conditional", "rejected")]),
        new(RecordKind.Inspection, "inspection", "现场检查", false, false,
            [Text("inspectors", true), Choice("result", true, "compliant", "rectify", "violation"), Text("findings", false)]),
        new(RecordKind.Complaint, "complaint", "信访", false, false,
        [
            Choice("channel", true, "phone", "12345", "letter", "online", "visit"), Text("content", true),
            Choice("status", true, "received", "verified", "unfounded", "resolved"), Text("reply", false),
        ]),
        new(RecordKind.Penalty, "penalty", "行政处罚", true, false,
            [Text("violation", true), new RecordField("amount", RecordFieldType.Number, true), Text("basis", false), Choice("status", false, "decided", "paid", "enforced", "appealed")]),
        new(RecordKind.HazardousWaste, "hazardous-waste", "危险废物", false, false,
        [
            Text("wasteCode", true), new RecordField("quantity", RecordFieldType.Number, true), Choice("unit", false, "t", "kg"),
            Text("receiver", false), Text("manifestNo", false),
        ]),
        new(RecordKind.EmergencyPlan, "emergency-plan", "应急预案", true, false,
            [Choice("riskLevel", true, "general", "larger", "major"), Text("authority", false)]),
        new(RecordKind.CreditRating, "credit-rating", "信用评价", false, false,
            [new RecordField("year", RecordFieldType.Number, true), Choice("rating", true, "green", "blue", "yellow", "red", "black"), Text("ratedBy", false)]),
        new(RecordKind.CleanerProduction, "cleaner-production", "清洁生产审核", false, false,
            [Choice("stage", true, "started", "assessed", "accepted"), Text("auditor", false), Text("result", false)]),
    ];

    /// <summary>The spec of <paramref name="kind"/>.</summary>
    public static RecordKindSpec Of(RecordKind kind) => All[(int)kind];

    /// <summary>Finds a kind by its name (<c>permit</c>, <c>hazardous-waste</c> ...), case-insensitive.</summary>
    public static RecordKindSpec? Find(string? name) =>
        All.FirstOrDefault(spec => string.Equals(spec.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Every kind name, for messages.</summary>
    public static string Names => string.Join(", ", All.Select(spec => spec.Name));

    private static RecordField Text(string name, bool required) => new(name, RecordFieldType.Text, required);

    private static RecordField Choice(string name, bool required, params string[] choices) => new(name, RecordFieldType.Choice, required, choices);
}

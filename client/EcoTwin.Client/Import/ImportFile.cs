namespace EcoTwin.Client.Import;

/// <summary>Reads an import file of any kind: GeoJSON districts (the text starts with '{'), else CSV.</summary>
public static class ImportFile
{
    /// <summary>Reads <paramref name="text"/> as <paramref name="kind"/>, or as the kind its content shows.</summary>
    /// <exception cref="ImportFormatException">The content is not a known import format.</exception>
    public static ImportPlan Read(string text, ImportKind? kind = null) =>
        kind == ImportKind.Districts || (kind is null && text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith('{'))
            ? GeoJsonImport.Read(text)
            : CsvImport.Read(text, kind);
}

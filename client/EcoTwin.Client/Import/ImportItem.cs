using System.Text.Json.Nodes;

namespace EcoTwin.Client.Import;

/// <summary>One twin to write: where it came from, its key, and the PUT that writes it.</summary>
/// <param name="Line">The line (CSV) or feature number (GeoJSON) it came from; 0 when generated.</param>
/// <param name="Key">The twin's key.</param>
/// <param name="Path">The API path to PUT to, e.g. /api/stations/320402AQ000001.</param>
/// <param name="Body">The JSON body.</param>
public sealed record ImportItem(int Line, string Key, string Path, JsonNode Body);

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using EcoTwin.Domain.Codes;
using EcoTwin.Domain.MasterData;

namespace EcoTwin.Domain.Records;

/// <summary>Validates business records per kind, naming every bad field.</summary>
public static class RecordValidation
{
    /// <summary>The date format of records.</summary>
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>The valid record, or every field error of <paramref name="input"/>.</summary>
    public static (ValidRecord? Record, IReadOnlyList<FieldError> Errors) Validate(RecordInput input)
    {
        var errors = new List<FieldError>();
        var spec = RecordSpecs.Find(input.Kind);
        if (spec is null)
        {
            return (null, [new FieldError("kind", $"'{input.Kind}' is not a record kind; use one of {RecordSpecs.Names}")]);
        }

        var credit = CreditCode.Validate(input.EnterpriseCode);
        if (!credit.IsValid)
        {
            errors.Add(new FieldError("enterpriseCode", credit.Message));
        }

        var outlet = Blank(input.OutletMn);
        if (outlet is not null && FieldRules.Key("outletMn", outlet) is { } outletError)
        {
            errors.Add(outletError);
        }

        var documentNo = Blank(input.DocumentNo);
        if (documentNo is null && spec.DocumentNoRequired)
        {
            errors.Add(new FieldError("documentNo", $"is required for a {spec.Name} record"));
        }
        else if (documentNo is { Length: > 100 })
        {
            errors.Add(new FieldError("documentNo", "is longer than 100 characters"));
        }

        var date = ParseDate("date", input.Date, required: true, errors);
        var from = ParseDate("validFrom", input.ValidFrom, spec.ValidityRequired, errors);
        var to = ParseDate("validTo", input.ValidTo, spec.ValidityRequired, errors);
        if (from is { } start && to is { } end && end < start)
        {
            errors.Add(new FieldError("validTo", $"{end:yyyy-MM-dd} is before validFrom {start:yyyy-MM-dd}"));
        }

        var details = new JsonObject();
        var limits = new List<PermitLimit>();
        var given = input.Details ?? [];
        foreach (var (name, _) in given)
        {
            if (spec.Fields.All(field => field.Name != name))
            {
                errors.Add(new FieldError($"details.{name}", $"is not a field of a {spec.Name} record; its fields are {string.Join(", ", spec.Fields.Select(f => f.Name))}"));
            }
        }

        foreach (var field in spec.Fields)
        {
            var node = given[field.Name];
            if (node is null || (node is JsonValue v && v.GetValueKind() == JsonValueKind.String && string.IsNullOrWhiteSpace(v.GetValue<string>())))
            {
                if (field.Required)
                {
                    errors.Add(new FieldError($"details.{field.Name}", $"is required for a {spec.Name} record"));
                }

                continue;
            }

            if (field.Type == RecordFieldType.Limits)
            {
                limits.AddRange(Limits(node, errors));
                details[field.Name] = node.DeepClone();
            }
            else if (Value(field, node, errors) is { } value)
            {
                details[field.Name] = value;
            }
        }

        return errors.Count > 0 || date is null
            ? (null, errors)
            : (new ValidRecord(spec.Kind, input.EnterpriseCode!, outlet, documentNo, date.Value, from, to, details, limits), errors);
    }

    private static JsonNode? Value(RecordField field, JsonNode node, List<FieldError> errors)
    {
        var path = $"details.{field.Name}";
        var kind = node.GetValueKind();
        switch (field.Type)
        {
            case RecordFieldType.Number:
                double? number = kind == JsonValueKind.Number ? node.GetValue<double>()
                    : kind == JsonValueKind.String && double.TryParse(node.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed
                    : null;
                if (number is not { } n || !double.IsFinite(n) || n < 0)
                {
                    errors.Add(new FieldError(path, $"'{node.ToJsonString()}' is not a number of zero or more"));
                    return null;
                }

                return JsonValue.Create(n);
            case RecordFieldType.Date:
                return ParseDate(path, kind == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString(), true, errors) is { } day
                    ? JsonValue.Create(day.ToString(DateFormat, CultureInfo.InvariantCulture)) : null;
            case RecordFieldType.Choice:
                var code = kind == JsonValueKind.String ? node.GetValue<string>().Trim() : node.ToJsonString();
                if (!field.Choices!.Contains(code))
                {
                    errors.Add(new FieldError(path, $"'{code}' is not one of {string.Join(", ", field.Choices!)}"));
                    return null;
                }

                return JsonValue.Create(code);
            default:
                var text = kind == JsonValueKind.String ? node.GetValue<string>().Trim() : node.ToJsonString();
                if (text.Length > 4000)
                {
                    errors.Add(new FieldError(path, "is longer than 4000 characters"));
                    return null;
                }

                return JsonValue.Create(text);
        }
    }

    private static List<PermitLimit> Limits(JsonNode node, List<FieldError> errors)
    {
        var limits = new List<PermitLimit>();
        if (node is not JsonArray array)
        {
            errors.Add(new FieldError("details.limits", "must be a list of {outlet, factor, max, min, unit}"));
            return limits;
        }

        for (var i = 0; i < array.Count; i++)
        {
            var path = $"details.limits[{i}]";
            var item = array[i] as JsonObject;
            var outlet = Text(item?["outlet"]);
            var factor = Text(item?["factor"]);
            var before = errors.Count;
            var max = Number(item?["max"], $"{path}.max", errors);
            var min = Number(item?["min"], $"{path}.min", errors);
            if (FieldRules.Key($"{path}.outlet", outlet) is { } outletError)
            {
                errors.Add(outletError);
            }

            if (FieldRules.FactorCode($"{path}.factor", factor) is { } factorError)
            {
                errors.Add(factorError);
            }

            if (max is null && min is null && errors.Count == before)
            {
                errors.Add(new FieldError(path, "gives neither max nor min"));
            }
            else if (max is { } high && min is { } low && low > high)
            {
                errors.Add(new FieldError(path, $"min {low} is above max {high}"));
            }

            if (errors.Count == before)
            {
                if (limits.Any(l => l.Outlet == outlet && l.Factor == factor))
                {
                    errors.Add(new FieldError(path, $"limits {outlet} {factor} twice"));
                }
                else
                {
                    limits.Add(new PermitLimit(outlet!, factor!, max, min, Text(item?["unit"])));
                }
            }
        }

        return limits;
    }

    private static string? Text(JsonNode? node) =>
        node is null ? null : Blank(node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString());

    private static double? Number(JsonNode? node, string path, List<FieldError> errors)
    {
        if (node is null || (node.GetValueKind() == JsonValueKind.String && string.IsNullOrWhiteSpace(node.GetValue<string>())))
        {
            return null;
        }

        if (node.GetValueKind() == JsonValueKind.Number)
        {
            return node.GetValue<double>();
        }

        if (node.GetValueKind() == JsonValueKind.String && double.TryParse(node.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        errors.Add(new FieldError(path, $"'{node.ToJsonString()}' is not a number"));
        return null;
    }

    private static DateOnly? ParseDate(string field, string? text, bool required, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add(new FieldError(field, "is required (yyyy-MM-dd)"));
            }

            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors.Add(new FieldError(field, $"'{text}' is not a date of the form yyyy-MM-dd"));
        return null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

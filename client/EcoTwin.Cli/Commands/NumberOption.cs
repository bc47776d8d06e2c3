using System.CommandLine;
using System.Globalization;

namespace EcoTwin.Cli.Commands;

/// <summary>Options holding a decimal number, with a plain error message when the value is not one.</summary>
public static class NumberOption
{
    /// <summary>Creates <c>--name</c> taking a decimal in invariant culture (e.g. 80 or 1.2).</summary>
    public static Option<decimal?> Create(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            result.AddError($"{name}: '{text}' is not a number");
            return null;
        },
    };
}

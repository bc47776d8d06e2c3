namespace EcoTwin.Domain.Quality;

/// <summary>Parsing, letters, names and validity of <see cref="DataFlag"/>s.</summary>
public static class DataFlags
{
    /// <summary>All flags in HJ 212-2017 table 8 order: N F M S D C T B.</summary>
    public static IReadOnlyList<DataFlag> All { get; } =
    [
        DataFlag.Normal, DataFlag.Stopped, DataFlag.Maintenance, DataFlag.ManualValue,
        DataFlag.Fault, DataFlag.Calibration, DataFlag.AboveUpperLimit, DataFlag.CommunicationFault,
    ];

    /// <summary>
    /// Parses a flag letter. Only the eight upper-case letters of table 8 parse: the field's
    /// character set is A-Z/0-9, and table 8 may be extended, so an unknown letter (or a
    /// lower-case one) is reported as unknown rather than guessed; such data counts as invalid.
    /// </summary>
    public static bool TryParse(char letter, out DataFlag flag)
    {
        flag = (DataFlag)letter;
        return letter is 'N' or 'F' or 'M' or 'S' or 'D' or 'C' or 'T' or 'B';
    }

    /// <summary>Parses a one-letter flag string such as "N"; null, empty or longer strings do not parse.</summary>
    public static bool TryParse(string? text, out DataFlag flag)
    {
        if (text is { Length: 1 })
        {
            return TryParse(text[0], out flag);
        }

        flag = default;
        return false;
    }

    /// <summary>The flag letter, e.g. 'N'.</summary>
    public static char Letter(this DataFlag flag) => (char)flag;

    /// <summary>True only for <see cref="DataFlag.Normal"/>: only N data enters valid averages.</summary>
    public static bool IsValid(this DataFlag flag) => flag == DataFlag.Normal;

    /// <summary>True only for the flag text "N"; any other text, unknown or missing, is not valid.</summary>
    public static bool IsValidFlag(string? text) => TryParse(text, out var flag) && flag.IsValid();

    /// <summary>The meaning in Chinese, as in HJ 212-2017 table 8 (shortened).</summary>
    public static string NameZh(this DataFlag flag) => flag switch
    {
        DataFlag.Normal => "正常",
        DataFlag.Stopped => "停运",
        DataFlag.Maintenance => "维护",
        DataFlag.ManualValue => "手工输入设定值",
        DataFlag.Fault => "故障",
        DataFlag.Calibration => "校准",
        DataFlag.AboveUpperLimit => "超测量上限",
        DataFlag.CommunicationFault => "通讯异常",
        _ => throw new ArgumentOutOfRangeException(nameof(flag), flag, "Unknown data flag."),
    };

    /// <summary>The meaning in English.</summary>
    public static string NameEn(this DataFlag flag) => flag switch
    {
        DataFlag.Normal => "normal",
        DataFlag.Stopped => "stopped",
        DataFlag.Maintenance => "maintenance",
        DataFlag.ManualValue => "manual value",
        DataFlag.Fault => "fault",
        DataFlag.Calibration => "calibration",
        DataFlag.AboveUpperLimit => "above upper limit",
        DataFlag.CommunicationFault => "communication fault",
        _ => throw new ArgumentOutOfRangeException(nameof(flag), flag, "Unknown data flag."),
    };
}

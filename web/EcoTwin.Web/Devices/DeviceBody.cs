using EcoTwin.Domain.MasterData;
using EcoTwin.Storage.Devices;

namespace EcoTwin.Web.Devices;

/// <summary>The JSON body of <c>PUT /api/devices/{mn}</c>.</summary>
public sealed record DeviceBody(string? Kind, string? Password, int? RealtimeInterval, int? MinuteInterval, string? TimeZone, string? CrcMode)
{
    /// <summary>Builds the registry entry for <paramref name="mn"/>, or says which fields are wrong.</summary>
    public (DeviceRecord? Device, IReadOnlyList<FieldError> Errors) ToRecord(string mn)
    {
        var errors = new List<FieldError>();
        void Add(FieldError? error)
        {
            if (error is not null)
            {
                errors.Add(error);
            }
        }

        Add(FieldRules.Key("mn", mn));
        Add(Kind is DeviceRecord.Station or DeviceRecord.Source ? null : new FieldError("kind", $"'{Kind}' is not station or source"));
        Add(Password is { Length: >= 1 and <= 16 } && Password.All(c => c is > ' ' and < '\u007f' and not (';' or ',' or '=' or '&'))
            ? null : new FieldError("password", "is required: 1-16 printable ASCII characters, none of ; , = &"));
        Add(RealtimeInterval is null or (>= 1 and <= 86_400) ? null : new FieldError("realtimeInterval", "must be 1-86400 seconds"));
        Add(MinuteInterval is null or (>= 1 and <= 86_400) ? null : new FieldError("minuteInterval", "must be 1-86400 seconds"));
        Add(TimeZone is null || IsZone(TimeZone) ? null : new FieldError("timeZone", $"'{TimeZone}' is not an IANA time zone (e.g. Asia/Shanghai)"));
        Add(CrcMode is null or DeviceRecord.Strict or DeviceRecord.ModbusSwapped ? null : new FieldError("crcMode", $"'{CrcMode}' is not strict or modbus-swapped"));
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new DeviceRecord(mn, Kind!, mn, Password!, RealtimeInterval ?? 30, MinuteInterval ?? 60, TimeZone ?? "Asia/Shanghai", CrcMode ?? DeviceRecord.Strict), errors);
    }

    private static bool IsZone(string zone) => TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _);
}

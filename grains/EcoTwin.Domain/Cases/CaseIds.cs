using System.Security.Cryptography;
using System.Text;

namespace EcoTwin.Domain.Cases;

/// <summary>
/// Case ids: <c>C20261125-7K3QX9</c> (C, the UTC day, six characters). A case raised from an alarm
/// takes its characters from the alarm id, so the same alarm delivered twice opens the same case.
/// </summary>
public static class CaseIds
{
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    /// <summary>A new random id for a case opened at <paramref name="at"/>.</summary>
    public static string New(DateTimeOffset at) => Make(at, RandomNumberGenerator.GetBytes(6));

    /// <summary>The id of the case raised from alarm <paramref name="alarmId"/>.</summary>
    public static string ForAlarm(string alarmId, DateTimeOffset raisedAt) => Make(raisedAt, SHA256.HashData(Encoding.UTF8.GetBytes(alarmId)));

    private static string Make(DateTimeOffset at, byte[] bytes) =>
        $"C{at.UtcDateTime:yyyyMMdd}-" + new string([.. bytes.Take(6).Select(b => Alphabet[b % Alphabet.Length])]);
}

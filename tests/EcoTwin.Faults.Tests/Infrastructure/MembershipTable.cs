using System.Globalization;
using EcoTwin.Integration.Tests.Infrastructure;

namespace EcoTwin.Faults.Tests.Infrastructure;

/// <summary>Reads Orleans' membership table (ADO.NET clustering) to see what the cluster thinks of a silo.</summary>
public static class MembershipTable
{
    /// <summary>Orleans' SiloStatus.Dead.</summary>
    public const int Dead = 6;

    /// <summary>Orleans' SiloStatus.Active.</summary>
    public const int Active = 3;

    /// <summary>The status of the newest generation of the silo on <paramref name="siloPort"/> in <paramref name="clusterId"/>; null when absent.</summary>
    public static async Task<int?> StatusAsync(string database, string clusterId, int siloPort)
    {
        var rows = await Sql.ColumnAsync(database, string.Create(CultureInfo.InvariantCulture,
            $"SELECT status FROM orleansmembershiptable WHERE deploymentid = '{clusterId}' AND port = {siloPort} ORDER BY generation DESC LIMIT 1"));
        return rows.Count == 0 ? null : int.Parse(rows[0], CultureInfo.InvariantCulture);
    }
}

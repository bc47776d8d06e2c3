using Npgsql;

namespace EcoTwin.Storage.Devices;

/// <summary>Reads and writes the device registry table.</summary>
public sealed class DeviceStore(NpgsqlDataSource dataSource)
{
    private const string Columns = "mn, twin_kind, twin_key, password, realtime_interval, minute_interval, time_zone, crc_mode";

    /// <summary>Adds or replaces a device; returns true when it was new.</summary>
    public async Task<bool> UpsertAsync(DeviceRecord device, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"""
            INSERT INTO devices ({Columns}, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())
            ON CONFLICT (mn) DO UPDATE SET twin_kind = $2, twin_key = $3, password = $4, realtime_interval = $5,
                minute_interval = $6, time_zone = $7, crc_mode = $8, updated_at = now()
            RETURNING (xmax = 0)
            """);
        command.Parameters.AddWithValue(device.Mn);
        command.Parameters.AddWithValue(device.TwinKind);
        command.Parameters.AddWithValue(device.TwinKey);
        command.Parameters.AddWithValue(device.Password);
        command.Parameters.AddWithValue(device.RealtimeInterval);
        command.Parameters.AddWithValue(device.MinuteInterval);
        command.Parameters.AddWithValue(device.TimeZone);
        command.Parameters.AddWithValue(device.CrcMode);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>The device with id <paramref name="mn"/>, or null.</summary>
    public async Task<DeviceRecord?> GetAsync(string mn, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM devices WHERE mn = $1");
        command.Parameters.AddWithValue(mn);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    /// <summary>Every device, for warming a cache.</summary>
    public async Task<List<DeviceRecord>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM devices");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var devices = new List<DeviceRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            devices.Add(Read(reader));
        }

        return devices;
    }

    private static DeviceRecord Read(NpgsqlDataReader reader) => new(
        reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
        reader.GetInt32(4), reader.GetInt32(5), reader.GetString(6), reader.GetString(7));
}

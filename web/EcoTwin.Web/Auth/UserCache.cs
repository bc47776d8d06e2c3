using System.Collections.Concurrent;
using EcoTwin.Storage.Users;
using Microsoft.Extensions.Options;

namespace EcoTwin.Web.Auth;

/// <summary>Users and API keys read from the database, trusted for <see cref="AuthOptions.CacheFor"/> (so a change or revocation applies within that time).</summary>
public sealed class UserCache(UserStore users, ApiKeyStore keys, IOptions<AuthOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, (UserRecord? User, DateTimeOffset ReadAt)> _users = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (ApiKeyRecord? Key, DateTimeOffset ReadAt)> _keys = new(StringComparer.Ordinal);

    /// <summary>The user <paramref name="name"/> (or null), read at most every <see cref="AuthOptions.CacheFor"/>.</summary>
    public async Task<UserRecord?> UserAsync(string name, CancellationToken cancellationToken)
    {
        if (_users.TryGetValue(name, out var cached) && time.GetUtcNow() - cached.ReadAt < options.Value.CacheFor)
        {
            return cached.User;
        }

        var user = await users.GetAsync(name, cancellationToken);
        _users[name] = (user, time.GetUtcNow());
        return user;
    }

    /// <summary>The API key <paramref name="id"/> (or null), read at most every <see cref="AuthOptions.CacheFor"/>.</summary>
    public async Task<ApiKeyRecord?> KeyAsync(string id, CancellationToken cancellationToken)
    {
        if (_keys.TryGetValue(id, out var cached) && time.GetUtcNow() - cached.ReadAt < options.Value.CacheFor)
        {
            return cached.Key;
        }

        var key = await keys.FindAsync(id, cancellationToken);
        _keys[id] = (key, time.GetUtcNow());
        if (key is { RevokedAt: null })
        {
            await keys.TouchAsync(id, cancellationToken);
        }

        return key;
    }

    /// <summary>Forgets what is cached about <paramref name="name"/> and its keys (after this silo changed them).</summary>
    public void Forget(string name)
    {
        _users.TryRemove(name, out _);
        foreach (var key in _keys.Where(pair => pair.Value.Key?.UserName == name).Select(pair => pair.Key).ToList())
        {
            _keys.TryRemove(key, out _);
        }
    }
}

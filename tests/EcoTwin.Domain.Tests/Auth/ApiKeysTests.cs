using EcoTwin.Domain.Auth;

namespace EcoTwin.Domain.Tests.Auth;

public sealed class ApiKeysTests
{
    [Fact]
    public void Generated_key_parses_back_to_its_id_and_matches_its_stored_hash_only()
    {
        var (key, id, hash) = ApiKeys.Generate();

        Assert.True(ApiKeys.TryParse(key, out var parsedId, out var secret));
        Assert.Equal(id, parsedId);
        Assert.True(ApiKeys.Matches(secret, hash));
        Assert.False(ApiKeys.Matches(secret + "x", hash));
        Assert.DoesNotContain(secret, hash, StringComparison.Ordinal);
        Assert.Equal(64, hash.Length);
    }

    [Fact]
    public void Keys_are_unique()
    {
        var keys = Enumerable.Range(0, 100).Select(_ => ApiKeys.Generate().Key).ToHashSet();
        Assert.Equal(100, keys.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Bearer abc")]
    [InlineData("etk_0123456789ab_short")]
    [InlineData("etk_0123456789AB_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void Malformed_keys_do_not_parse(string key) => Assert.False(ApiKeys.TryParse(key, out _, out _));
}

using EcoTwin.Domain.Auth;

namespace EcoTwin.Domain.Tests.Auth;

public sealed class PermissionMatrixTests
{
    [Theory]
    [InlineData(Role.Viewer, "read")]
    [InlineData(Role.Operator, "read actOnCases")]
    [InlineData(Role.Officer, "read handleCases")]
    [InlineData(Role.Steward, "read writeMasterData writeRecords")]
    [InlineData(Role.Admin, "read actOnCases handleCases writeMasterData writeRecords manageUsers readAudit")]
    public void Each_role_has_exactly_its_permissions(Role role, string permissions) =>
        Assert.Equal(permissions, string.Join(' ', PermissionMatrix.Of(role).Select(RoleNames.Of)));

    [Theory]
    [InlineData("admin", Role.Admin)]
    [InlineData("Officer", Role.Officer)]
    [InlineData("data-steward", Role.Steward)]
    [InlineData("steward", Role.Steward)]
    public void Role_names_parse(string text, Role role)
    {
        Assert.True(RoleNames.TryParse(text, out var parsed));
        Assert.Equal(role, parsed);
    }

    [Theory]
    [InlineData("root")]
    [InlineData("4")]
    [InlineData("")]
    public void Unknown_role_names_do_not_parse(string text) => Assert.False(RoleNames.TryParse(text, out _));

    [Theory]
    [InlineData("zhang.san", true)]
    [InlineData("Zhang", false)]
    [InlineData("-x", false)]
    [InlineData("a b", false)]
    public void User_names_are_lower_case_ascii(string name, bool valid) => Assert.Equal(valid, UserNames.Check("name", name) is null);

    [Fact]
    public void Passwords_are_long_enough_and_not_trivial()
    {
        Assert.NotNull(UserNames.CheckPassword("password", "short", "x"));
        Assert.NotNull(UserNames.CheckPassword("password", "aaaaaaaaaa", "x"));
        Assert.NotNull(UserNames.CheckPassword("password", "zhangsan1", "zhangsan1"));
        Assert.Null(UserNames.CheckPassword("password", "绿水青山就是金山银山", "x"));
    }
}

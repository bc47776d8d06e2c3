using EcoTwin.Contracts.Enterprises;
using EcoTwin.Contracts.Geo;
using EcoTwin.Contracts.MasterData;
using EcoTwin.Grains.Tests.Infrastructure;

namespace EcoTwin.Grains.Tests.Enterprises;

[Collection(ClusterCollection.Name)]
public sealed class EnterpriseGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Every_change_is_a_version_with_who_and_when_and_an_equal_registration_changes_nothing()
    {
        var code = TestKeys.Enterprise();
        var enterprise = Enterprise(code);

        var created = await enterprise.RegisterAsync(Info(code), "importer");
        var again = await enterprise.RegisterAsync(Info(code), "importer");
        var updated = await enterprise.UpdateAsync(Info(code) with { Contact = "王工 13800000000" }, "张三");
        await enterprise.ApproveAsync("李四");
        await enterprise.ApproveAsync("李四");
        var distributed = await enterprise.DistributeAsync("李四");
        var history = await enterprise.GetHistoryAsync();

        Assert.Equal([MasterDataChange.Created, MasterDataChange.Unchanged, MasterDataChange.Updated], [created, again, updated]);
        Assert.Equal(
            [(1, EnterpriseEventKind.Created, 1, "importer"), (2, EnterpriseEventKind.Updated, 2, "张三"), (3, EnterpriseEventKind.Approved, 2, "李四"), (4, EnterpriseEventKind.Distributed, 2, "李四")],
            history.Select(e => (e.Seq, e.Kind, e.Version, e.By)));
        Assert.Null(history[0].Info!.Contact);
        Assert.Equal("王工 13800000000", history[1].Info!.Contact);
        Assert.All(history, e => Assert.Equal(ClusterFixture.Time.GetUtcNow(), e.At));
        Assert.Equal((2, EnterpriseStage.Distributed, "李四"), (distributed.Version, distributed.Stage, distributed.ChangedBy));
    }

    [Fact]
    public async Task Distributing_an_unapproved_version_is_refused_and_a_change_needs_approval_again()
    {
        var code = TestKeys.Enterprise();
        var enterprise = Enterprise(code);
        await enterprise.RegisterAsync(Info(code), "importer");
        await enterprise.ApproveAsync("李四");

        await enterprise.RegisterAsync(Info(code) with { Address = "新北区汉江路2号" }, "importer");

        Assert.Equal(EnterpriseStage.Pending, (await enterprise.GetAsync())!.Stage);
        var refused = await Assert.ThrowsAsync<MasterDataConflictException>(() => enterprise.DistributeAsync("李四"));
        Assert.Contains("version 2 is not approved", refused.Message);
    }

    [Fact]
    public async Task Key_that_is_not_a_credit_code_is_rejected_naming_the_code()
    {
        const string Bad = "91320411MA1MXXXX01";

        var error = await Assert.ThrowsAsync<InvalidMasterDataException>(() => Enterprise(Bad).RegisterAsync(Info(Bad), "importer"));

        Assert.Equal("code", error.Field);
        Assert.Contains("Check character expected", error.Reason);
        Assert.Null(await Enterprise(Bad).GetAsync());
    }

    [Fact]
    public async Task Updating_an_enterprise_never_registered_is_refused()
    {
        var code = TestKeys.Enterprise();

        await Assert.ThrowsAsync<MasterDataConflictException>(() => Enterprise(code).UpdateAsync(Info(code), "张三"));
        await Assert.ThrowsAsync<MasterDataConflictException>(() => Enterprise(code).ApproveAsync("张三"));
    }

    [Fact]
    public async Task Who_is_required()
    {
        var code = TestKeys.Enterprise();

        var error = await Assert.ThrowsAsync<InvalidMasterDataException>(() => Enterprise(code).RegisterAsync(Info(code), " "));

        Assert.Equal("by", error.Field);
    }

    internal static EnterpriseInfo Info(string code) =>
        new(code, "常州市华达化工有限公司", "chemical", "新北区汉江路1号", new GeoPoint(119.95, 31.86), "320411", "周建国");

    private IEnterpriseGrain Enterprise(string code) => fixture.Client.GetGrain<IEnterpriseGrain>(code);
}

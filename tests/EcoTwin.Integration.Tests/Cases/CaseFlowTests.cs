using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EcoTwin.Domain.Hj212;
using EcoTwin.Integration.Tests.Infrastructure;

namespace EcoTwin.Integration.Tests.Cases;

/// <summary>The closed loop on the real silo: alarms become cases, actions over REST, files in PostgreSQL, deadlines across restarts.</summary>
[Collection(PostgresCollection.Name)]
public sealed class CaseFlowTests(PostgresServer postgres)
{
    [Fact]
    public async Task Offline_alarm_opens_one_case_that_notes_the_clear_and_takes_the_repeat()
    {
        const string Mn = "320402AQ000501";
        await using var silo = await TestSilo.StartAsync(await postgres.CreateDatabaseAsync());
        await Accounts.StationAsync(silo, Mn, "320402", interval: 1); // offline after 3 silent seconds

        var first = await WaitForCaseAsync(silo, Mn, c => c.GetProperty("alarmOpen").GetBoolean());
        await using (var device = await DeviceClient.ConnectAsync(silo.DevicePort))
        {
            var now = DateTime.UtcNow.AddHours(8);
            await device.SendAsync(Hj212Uploads.RealTime(now, "22", "123456", Mn, now, [Hj212CpItem.Of("a34004", "Rtd", 30m), Hj212CpItem.Of("a34004", "Flag", "N")]));
            await device.ReceiveAsync(TimeSpan.FromSeconds(10));
        }

        await WaitForCaseAsync(silo, Mn, c => !c.GetProperty("alarmOpen").GetBoolean());
        var repeated = await WaitForCaseAsync(silo, Mn, c => c.GetProperty("alarmCount").GetInt32() == 2);
        var all = await silo.Http.GetFromJsonAsync<JsonElement>($"/api/cases?twin=station/{Mn}");
        var view = await silo.Http.GetFromJsonAsync<JsonElement>($"/api/cases/{first.GetProperty("id").GetString()}");

        Assert.Equal(1, all.GetProperty("total").GetInt32());
        Assert.Equal(first.GetProperty("id").GetString(), repeated.GetProperty("id").GetString());
        Assert.Equal("offline", repeated.GetProperty("cause").GetString());
        Assert.Equal("320402", repeated.GetProperty("districtCode").GetString());
        Assert.Equal(["raised", "alarmCleared", "alarmRepeated"], view.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("action").GetString()).Take(3));
    }

    [Fact]
    public async Task Case_is_worked_over_rest_with_files_and_an_illegal_action_is_409_naming_state_and_allowed_actions()
    {
        await using var silo = await TestSilo.StartAsync(await postgres.CreateDatabaseAsync());
        var (op, _) = await Accounts.CreateAsync(silo, "wang", "operator", "320402");
        var (officer, _) = await Accounts.CreateAsync(silo, "zhang", "officer", "320402");
        var id = await OpenAsync(op, "320402");

        var early = await op.PostAsJsonAsync($"/api/cases/{id}/approve", new { });
        (await op.PostAsJsonAsync($"/api/cases/{id}/dispatch", new { officer = "zhang", deadline = DateTimeOffset.UtcNow.AddDays(2) })).EnsureSuccessStatusCode();
        (await officer.PostAsync($"/api/cases/{id}/accept", null)).EnsureSuccessStatusCode();
        (await officer.PostAsJsonAsync($"/api/cases/{id}/findings", new { text = "雨污管网混接" })).EnsureSuccessStatusCode();
        var photo = new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 4 };
        var upload = await officer.PostAsync($"/api/cases/{id}/attachments", File("site.jpg", "image/jpeg", photo));
        var badType = await officer.PostAsync($"/api/cases/{id}/attachments", File("run.exe", "application/x-msdownload", photo));
        var attachment = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("attachments")[0].GetProperty("id").GetString();
        var download = await officer.GetByteArrayAsync($"/api/cases/{id}/attachments/{attachment}");
        (await officer.PostAsJsonAsync($"/api/cases/{id}/submit", new { text = "已整改" })).EnsureSuccessStatusCode();
        var closed = await (await op.PostAsJsonAsync($"/api/cases/{id}/approve", new { })).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        var problem = await early.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal("raised", problem.GetProperty("status").GetString());
        Assert.Equal(["dispatch", "note"], problem.GetProperty("allowed").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains("Cannot approve a case that is raised", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, badType.StatusCode);
        Assert.Equal(photo, download);
        Assert.Equal("closed", closed.GetProperty("summary").GetProperty("status").GetString());
        Assert.Equal(["wang", "wang", "zhang", "zhang", "zhang", "zhang", "wang"], closed.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("by").GetString()));
    }

    [Fact]
    public async Task Case_and_its_deadline_reminder_survive_a_silo_restart_and_an_overdue_one_is_escalated_after_it()
    {
        var database = await postgres.CreateDatabaseAsync();
        var silo = await TestSilo.StartAsync(database);
        var clusterId = silo.ClusterId;
        var later = await OpenAsync(silo.Http, "320402");
        var soon = await OpenAsync(silo.Http, "320402");
        var deadline = DateTimeOffset.UtcNow.AddDays(3);
        (await silo.Http.PostAsJsonAsync($"/api/cases/{later}/dispatch", new { team = "320402", deadline })).EnsureSuccessStatusCode();
        (await silo.Http.PostAsJsonAsync($"/api/cases/{soon}/dispatch", new { team = "320402", deadline = DateTimeOffset.UtcNow.AddSeconds(3) })).EnsureSuccessStatusCode();
        await silo.DisposeAsync();
        await Task.Delay(TimeSpan.FromSeconds(4));

        await using var restarted = await TestSilo.StartAsync(database, clusterId);
        var (supervisor, _) = await Accounts.CreateAsync(restarted, "sup", "operator", "320402");
        var kept = await restarted.Http.GetFromJsonAsync<JsonElement>($"/api/cases/{later}");
        var reminders = await Sql.ColumnAsync(database, "SELECT grainid FROM orleansreminderstable WHERE remindername = 'deadline'");
        var overdue = await restarted.Http.GetFromJsonAsync<JsonElement>($"/api/cases/{soon}"); // the reminder, or this activation, escalates it
        JsonElement notes = default;
        await Eventually.TrueAsync(async () =>
        {
            notes = (await supervisor.GetFromJsonAsync<JsonElement>("/api/notifications")).GetProperty("items");
            return notes.GetArrayLength() > 0;
        }, TimeSpan.FromSeconds(30), "the supervisors' notification");

        Assert.Equal("dispatched", kept.GetProperty("summary").GetProperty("status").GetString());
        Assert.Equal(deadline.ToUnixTimeMilliseconds(), kept.GetProperty("summary").GetProperty("deadline").GetDateTimeOffset().ToUnixTimeMilliseconds());
        Assert.Contains(reminders, grain => grain.Contains(later, StringComparison.Ordinal));
        Assert.True(overdue.GetProperty("summary").GetProperty("overdue").GetBoolean());
        Assert.Equal("escalated", overdue.GetProperty("steps").EnumerateArray().Last().GetProperty("action").GetString());
        Assert.Equal(soon, notes[0].GetProperty("caseId").GetString());
        Assert.Equal("overdue", notes[0].GetProperty("kind").GetString());
        Assert.DoesNotContain(await Sql.ColumnAsync(database, "SELECT grainid FROM orleansreminderstable WHERE remindername = 'deadline'"), grain => grain.Contains(soon, StringComparison.Ordinal));
        Assert.Equal(["True"], await Sql.ColumnAsync(database, $"SELECT overdue FROM cases WHERE id = '{soon}'"));
    }

    private static async Task<string> OpenAsync(HttpClient http, string district) =>
        (await (await http.PostAsJsonAsync("/api/cases", new { title = "夜间偷排", description = "群众举报", districtCode = district })).EnsureSuccessStatusCode()
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("summary").GetProperty("id").GetString()!;

    private static MultipartFormDataContent File(string name, string type, byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return new MultipartFormDataContent { { content, "file", name } };
    }

    private static async Task<JsonElement> WaitForCaseAsync(TestSilo silo, string mn, Func<JsonElement, bool> condition)
    {
        JsonElement found = default;
        await Eventually.TrueAsync(async () =>
        {
            var items = (await silo.Http.GetFromJsonAsync<JsonElement>($"/api/cases?twin=station/{mn}")).GetProperty("items");
            found = items.EnumerateArray().FirstOrDefault();
            return items.GetArrayLength() > 0 && condition(found);
        }, TimeSpan.FromSeconds(30), $"a case of {mn}");
        return found;
    }
}

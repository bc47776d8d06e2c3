using EcoTwin.Storage.Cases;
using EcoTwin.Storage.Records;
using EcoTwin.Web.Auth;
using EcoTwin.Web.Records;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EcoTwin.Web.Cases;

/// <summary>Composes the closed-loop flow, business records and access control into the web front.</summary>
public static class CaseWebExtensions
{
    /// <summary>Registers auth, the case and record stores, the live case observer and the case error answers.</summary>
    public static TBuilder AddEcoTwinCasesAndAccess<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.AddEcoTwinAuth();
        builder.Services.AddExceptionHandler<CaseExceptionHandler>();
        builder.Services.AddSingleton<CaseTable>();
        builder.Services.AddSingleton<CaseAttachmentStore>();
        builder.Services.AddSingleton<NotificationStore>();
        builder.Services.AddSingleton<RecordStore>();
        builder.Services.AddSingleton<HubCaseObserver>();
        builder.Services.AddHostedService<CaseObserverRegistration>();
        return builder;
    }

    /// <summary>Maps auth, users, audit, cases, notifications and records on the (already protected) API group.</summary>
    public static RouteGroupBuilder MapEcoTwinCasesAndAccess(this RouteGroupBuilder api)
    {
        api.MapAuthApi();
        api.MapUsersApi();
        api.MapAuditApi();
        api.MapCasesApi();
        api.MapNotificationsApi();
        api.MapRecordsApi();
        return api;
    }
}

using EcoTwin.Contracts.MasterData;
using Microsoft.AspNetCore.Http;

namespace EcoTwin.Web.Api;

/// <summary>The answers of the master-data PUT endpoints, which tell an importer what happened.</summary>
public static class MasterDataResults
{
    /// <summary>201 Created (with Location) or 200 OK, each with the stored master data; 204 No Content when nothing changed.</summary>
    public static IResult Of<T>(MasterDataChange change, string location, T stored) => change switch
    {
        MasterDataChange.Created => Results.Created(location, stored),
        MasterDataChange.Updated => Results.Ok(stored),
        _ => Results.NoContent(),
    };

    /// <summary>409 Conflict: the twin is not in a state that allows the step.</summary>
    public static IResult Conflict(MasterDataConflictException conflict) =>
        Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: conflict.Message);
}

using EcoTwin.Contracts.Cases;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace EcoTwin.Web.Cases;

/// <summary>Answers an illegal case transition with 409 naming the current state and the allowed actions, and a forbidden one with 403.</summary>
public sealed class CaseExceptionHandler : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var result = exception switch
        {
            CaseTransitionException refused => Results.Problem(
                statusCode: StatusCodes.Status409Conflict, title: "Not allowed in the case's current state", detail: refused.Message,
                extensions: new Dictionary<string, object?> { ["caseId"] = refused.CaseId, ["status"] = CamelCase(refused.Status.ToString()), ["action"] = refused.Action, ["allowed"] = refused.Allowed }),
            CaseForbiddenException forbidden => Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not yours to do", detail: forbidden.Message),
            _ => null,
        };
        if (result is null)
        {
            return false;
        }

        await result.ExecuteAsync(httpContext);
        return true;
    }

    private static string CamelCase(string text) => char.ToLowerInvariant(text[0]) + text[1..];
}

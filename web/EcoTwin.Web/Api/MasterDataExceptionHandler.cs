using EcoTwin.Contracts.MasterData;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace EcoTwin.Web.Api;

/// <summary>Answers master data a twin refused with 400 and a problem-details body naming the field.</summary>
public sealed class MasterDataExceptionHandler : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not InvalidMasterDataException invalid)
        {
            return false;
        }

        await ApiResults.Invalid([new(invalid.Field, invalid.Reason)]).ExecuteAsync(httpContext);
        return true;
    }
}

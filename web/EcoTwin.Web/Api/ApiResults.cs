using EcoTwin.Domain.MasterData;
using Microsoft.AspNetCore.Http;

namespace EcoTwin.Web.Api;

/// <summary>Problem-details answers shared by the API endpoints.</summary>
public static class ApiResults
{
    /// <summary>400 with a problem-details body whose <c>errors</c> name each offending field.</summary>
    public static IResult Invalid(IEnumerable<FieldError> errors) =>
        Results.ValidationProblem(
            errors.GroupBy(error => error.Field).ToDictionary(group => group.Key, group => group.Select(error => error.Message).ToArray()),
            title: "The request has invalid fields.");

    /// <summary>404 naming what was not found.</summary>
    public static IResult NotFound(string what) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"{what} does not exist.");
}

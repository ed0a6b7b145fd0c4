using GeoOpgave.Application.Profiles;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Validation;
using GeoOpgave.Web.Api.Errors;
using GeoOpgave.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoOpgave.Web.Api;

/// <summary>
/// The profiles: <c>GET /api/profielen</c> lists the file profiles and the saved versions; <c>POST /api/profielen</c>
/// (planner) saves a profile document as the next version of the family its <c>id</c> names. A refused document is
/// 422 problem+json with code <c>profiel-ongeldig</c> and an <c>errors</c> list naming the JSON path of each bad value.
/// </summary>
public static class ProfielenEndpoints
{
    /// <summary>Larger than any real profile (a few kB), small enough that nobody fills the store through it.</summary>
    public const int MaxDocumentBytes = 256 * 1024;

    public static IEndpointRouteBuilder MapProfielen(this IEndpointRouteBuilder app)
    {
        var profielen = app.MapGroup("/api/profielen").WithTags("Profielen").RequireAuthorization(Policies.Lezen);
        profielen.MapGet("/", ListAsync)
            .Describe(
                "ListProfielen",
                "Alle profielen: de bestanden en de in de app bewaarde versies (id voor ?profiel=)."
            );
        profielen.MapPost("/", SaveAsync).RequireAuthorization(Policies.Planner).Describe(
            "SaveProfielVersie",
            "Bewaar een profiel (JSON, zoals in data/profiles) als nieuwe versie; ?notities= voor een toelichting.",
            StatusCodes.Status413PayloadTooLarge,
            StatusCodes.Status415UnsupportedMediaType,
            StatusCodes.Status422UnprocessableEntity
        );
        return app;
    }

    public static async Task<Ok<IReadOnlyList<ProfileListing>>> ListAsync(
        ProfileVersionService profiles,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(profiles);
        return TypedResults.Ok(await profiles.ListAsync(cancellationToken));
    }

    public static async Task<Results<Created<ProfileListing>, ProblemHttpResult>> SaveAsync(
        HttpRequest request, string? notities, ProfileVersionService profiles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(profiles);
        // Only JSON: a cross-site form cannot send that without a CORS preflight, which this API never grants.
        if (!request.HasJsonContentType())
        {
            return Problems.Of(
                StatusCodes.Status415UnsupportedMediaType,
                "profiel-geen-json",
                "Stuur het profiel als application/json."
            );
        }

        if (request.ContentLength > MaxDocumentBytes)
        {
            return TooLarge();
        }

        using var reader = new StreamReader(request.Body);
        var buffer = new char[MaxDocumentBytes + 1];
        var length = await reader.ReadBlockAsync(buffer.AsMemory(), cancellationToken);
        if (length > MaxDocumentBytes)
        {
            return TooLarge();
        }

        var result = await profiles.SaveAsync(new string(buffer, 0, length), notities, cancellationToken);
        return result.Succeeded
            ? TypedResults.Created($"/api/buurten?profiel={Uri.EscapeDataString(result.Saved.Id)}", result.Saved)
            : Invalid(result.Issues);
    }

    private static ProblemHttpResult Invalid(IReadOnlyList<ImportIssue> issues)
    {
        var errors = issues
            .Where(i => i.Severity == IssueSeverity.Error)
            .Select(i => new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["path"] = i.Field ?? "$",
                ["message"] = i.Message,
            })
            .ToList();
        return Problems.Of(
            StatusCodes.Status422UnprocessableEntity,
            "profiel-ongeldig",
            "Het profiel is niet bewaard: " + string.Join(" ", errors.Select(e => $"{e["path"]}: {e["message"]}")),
            extra: new Dictionary<string, object?>(StringComparer.Ordinal) { ["errors"] = errors }
        );
    }

    private static ProblemHttpResult TooLarge() =>
        Problems.Of(
            StatusCodes.Status413PayloadTooLarge,
            "profiel-te-groot",
            $"Een profiel is hoogstens {MaxDocumentBytes / 1024} kB."
        );
}

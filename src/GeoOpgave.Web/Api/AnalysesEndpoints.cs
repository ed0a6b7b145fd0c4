using System.Globalization;
using System.Numerics;
using GeoOpgave.Application.Analysis;
using GeoOpgave.Web.Api.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using GeoOpgave.Web.Security;

namespace GeoOpgave.Web.Api;

/// <summary>
/// The route table of the analyses: the summary of an analysis, its sensitivity to the weights and the comparison of
/// two profiles. Errors are problem+json with a stable <c>code</c> (and the offending <c>parameter</c>).
/// </summary>
public static class AnalysesEndpoints
{
    public const int MaxTop = 100;

    // Every analysis route refuses a bad parameter (400) and an unknown profiel or empty workspace (404).
    private static readonly int[] BadRequestOrNotFound =
        [StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound];

    /// <summary>Maps <c>GET /api/analyses</c>, <c>/api/analyses/sensitivity</c>, <c>/api/analyses/diagnostiek</c> and
    /// <c>/api/analyses/compare</c>.</summary>
    public static IEndpointRouteBuilder MapAnalyses(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/analyses").WithTags("Analyses").RequireAuthorization(Policies.Lezen);
        api.MapGet("/", GetSummaryAsync)
            .Describe(
                "GetAnalysis",
                "Samenvatting van de analyse: overlap, roll-up per wijk, prioriteit, overlapmatrix en hotspots.",
                BadRequestOrNotFound
            );
        api.MapGet("/sensitivity", GetSensitivityAsync)
            .RequireRateLimiting(SecurityServiceCollectionExtensions.HeavyRateLimit)
            .Describe(
                "GetSensitivity",
                "Gevoeligheid: hoe vaak elke buurt in de top blijft als de gewichten verschuiven.",
                BadRequestOrNotFound
            );
        api.MapGet("/diagnostiek", GetDiagnosticsAsync)
            .Describe(
                "GetDiagnostics",
                "Diagnose van het profiel: aandeel urgente buurten per opgave, overlap tegenover toeval per paar en waarschuwingen.",
                BadRequestOrNotFound
            );
        api.MapGet("/compare", GetComparisonAsync)
            .RequireRateLimiting(SecurityServiceCollectionExtensions.HeavyRateLimit)
            .Describe(
                "CompareProfiles",
                "Twee profielen naast elkaar: overlap en prioriteit per buurt en de verschillen.",
                BadRequestOrNotFound
            );
        return app;
    }

    /// <summary>The summary on boundary <paramref name="year"/> (latest); <paramref name="top"/> buurten by priority
    /// (1–100, default 10), <paramref name="fdr"/> true (default) or false.</summary>
    public static async Task<Results<Ok<AnalysisSummary>, ProblemHttpResult>> GetSummaryAsync(
        string? profiel,
        string? year,
        string? top,
        string? fdr,
        AnalysisService analysis,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var parsedTop = ParseInt(top, 10, "top", 1, MaxTop);
        var parsedYear = ParseYear(year);
        if ((parsedTop.Problem ?? parsedYear.Problem) is { } problem)
        {
            return problem;
        }

        if (!TryParseBool(fdr, out var falseDiscoveryRate))
        {
            return Problems.BadParameter(
                "parameter-ongeldig",
                "fdr",
                $"'{fdr}' is geen geldige waarde voor fdr; kies true of false."
            );
        }

        var request = new AnalysisRequest(profiel)
        {
            Year = parsedYear.Value,
            HotSpots = new HotSpotOptions(FalseDiscoveryRate: falseDiscoveryRate),
        };
        var result = await analysis.RunAsync(request, cancellationToken);
        return TypedResults.Ok(AnalysisSummaries.Summarise(result, parsedTop.Value));
    }

    /// <summary>The sensitivity report: runs 1–10,000 (1,000), perturbation 0–0.9 (0.25), top 1–1,000 (10).</summary>
    public static async Task<Results<Ok<SensitivityReport>, ProblemHttpResult>> GetSensitivityAsync(
        string? profiel,
        string? runs,
        string? perturbation,
        string? top,
        SensitivityService sensitivity,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(sensitivity);
        var parsedRuns = ParseInt(runs, 1000, "runs", 1, SensitivityRequest.MaxRuns);
        var parsedTop = ParseInt(top, 10, "top", 1, SensitivityRequest.MaxTopK);
        var parsedPerturbation = ParseDouble(perturbation, 0.25, "perturbation", SensitivityRequest.MaxPerturbation);
        if ((parsedRuns.Problem ?? parsedPerturbation.Problem ?? parsedTop.Problem) is { } problem)
        {
            return problem;
        }

        var request = new SensitivityRequest(profiel)
        {
            Runs = parsedRuns.Value,
            Perturbation = parsedPerturbation.Value,
            TopK = parsedTop.Value,
        };
        return TypedResults.Ok(await sensitivity.RunAsync(request, cancellationToken));
    }

    /// <summary>The diagnostics of <paramref name="profiel"/> (default profile) on boundary <paramref name="year"/>
    /// (latest).</summary>
    public static async Task<Results<Ok<DiagnosticsReport>, ProblemHttpResult>> GetDiagnosticsAsync(
        string? profiel, string? year, AnalysisService analysis, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var parsedYear = ParseYear(year);
        if (parsedYear.Problem is { } problem)
        {
            return problem;
        }

        return TypedResults.Ok(
            await analysis.DiagnoseAsync(new AnalysisRequest(profiel) { Year = parsedYear.Value }, cancellationToken)
        );
    }

    /// <summary>Scenario A (<paramref name="profiel"/>) against B (<paramref name="met"/>, required); top 1–1,000
    /// (10).</summary>
    public static async Task<Results<Ok<ScenarioReport>, ProblemHttpResult>> GetComparisonAsync(
        string? profiel, string? met, string? top, ScenarioService scenarios, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        var parsedTop = ParseInt(top, 10, "top", 1, SensitivityRequest.MaxTopK);
        if (parsedTop.Problem is { } problem)
        {
            return problem;
        }

        var request = new ScenarioRequest(profiel, met) { TopK = parsedTop.Value };
        if (request.Validate() is [var issue, ..])
        {
            return Problems.BadParameter("parameter-ongeldig", issue.Parameter, issue.Message);
        }

        return TypedResults.Ok((await scenarios.CompareAsync(request, cancellationToken)).Report);
    }

    /// <summary>A boundary year (1900–2200), or null when absent: the latest year in the workspace.</summary>
    internal static (int? Value, ProblemHttpResult? Problem) ParseYear(string? text) =>
        ParseNumber(text, "year", 1900, 2200, NumberStyles.Integer, "een jaartal zijn, zoals 2024");

    private static (int Value, ProblemHttpResult? Problem) ParseInt(
        string? text,
        int fallback,
        string parameter,
        int min,
        int max
    )
    {
        var expected = string.Create(CultureInfo.InvariantCulture, $"een geheel getal van {min} tot en met {max} zijn");
        var (value, problem) = ParseNumber(text, parameter, min, max, NumberStyles.Integer, expected);
        return (value ?? fallback, problem);
    }

    private static (double Value, ProblemHttpResult? Problem) ParseDouble(
        string? text,
        double fallback,
        string parameter,
        double max
    )
    {
        var expected = string.Create(
            CultureInfo.InvariantCulture,
            $"een getal van 0 tot en met {max} zijn (0.25 = ±25 %)"
        );
        var (value, problem) = ParseNumber(text, parameter, 0, max, NumberStyles.Float, expected);
        return (value ?? fallback, problem);
    }

    /// <summary>
    /// A number from <paramref name="min"/> to <paramref name="max"/>: null without a problem when absent, null with
    /// a 400 that says what <paramref name="parameter"/> must be (<paramref name="expected"/>) when it is not one.
    /// </summary>
    private static (T? Value, ProblemHttpResult? Problem) ParseNumber<T>(
        string? text,
        string parameter,
        T min,
        T max,
        NumberStyles styles,
        string expected
    )
        where T : struct, INumber<T>
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        return T.TryParse(text, styles, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? (value, null)
            : (
                null,
                Problems.BadParameter(
                    "parameter-buiten-bereik",
                    parameter,
                    $"{parameter} moet {expected}, niet '{text}'."
                )
            );
    }

    // Absent means the default of HotSpotOptions: false-discovery-rate correction on.
    private static bool TryParseBool(string? text, out bool value)
    {
        value = new HotSpotOptions().FalseDiscoveryRate;
        return string.IsNullOrWhiteSpace(text) || bool.TryParse(text, out value);
    }
}

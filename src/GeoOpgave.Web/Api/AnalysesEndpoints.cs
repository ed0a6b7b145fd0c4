using System.Globalization;
using GeoOpgave.Application.Analysis;
using GeoOpgave.Web.Api.Ogc;
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

    /// <summary>Maps <c>GET /api/analyses</c>, <c>/api/analyses/sensitivity</c>, <c>/api/analyses/diagnostiek</c> and
    /// <c>/api/analyses/compare</c>.</summary>
    public static IEndpointRouteBuilder MapAnalyses(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/analyses").WithTags("Analyses").RequireAuthorization(Policies.Lezen);
        api.MapGet("/", GetSummaryAsync)
            .WithName("GetAnalysis")
            .WithSummary(
                "Samenvatting van de analyse: overlap, roll-up per wijk, prioriteit, overlapmatrix en hotspots."
            )
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        api.MapGet("/sensitivity", GetSensitivityAsync)
            .RequireRateLimiting(SecurityServiceCollectionExtensions.HeavyRateLimit)
            .WithName("GetSensitivity")
            .WithSummary("Gevoeligheid: hoe vaak elke buurt in de top blijft als de gewichten verschuiven.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        api.MapGet("/diagnostiek", GetDiagnosticsAsync)
            .WithName("GetDiagnostics")
            .WithSummary(
                "Diagnose van het profiel: aandeel urgente buurten per opgave, overlap tegenover toeval per paar en waarschuwingen."
            )
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        api.MapGet("/compare", GetComparisonAsync)
            .RequireRateLimiting(SecurityServiceCollectionExtensions.HeavyRateLimit)
            .WithName("CompareProfiles")
            .WithSummary("Twee profielen naast elkaar: overlap en prioriteit per buurt en de verschillen.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>The summary; <paramref name="top"/> buurten by priority (1–100, default 10), <paramref name="fdr"/>
    /// true (default) or false.</summary>
    public static async Task<Results<Ok<AnalysisSummary>, ProblemHttpResult>> GetSummaryAsync(
        string? profiel, string? top, string? fdr, AnalysisService analysis, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var parsedTop = ParseInt(top, 10, "top", 1, MaxTop);
        if (parsedTop.Problem is { } topProblem)
        {
            return topProblem;
        }

        if (!TryParseBool(fdr, out var falseDiscoveryRate))
        {
            return OgcProblems.BadParameter(
                "parameter-ongeldig",
                "fdr",
                $"'{fdr}' is geen geldige waarde voor fdr; kies true of false."
            );
        }

        var request = new AnalysisRequest(profiel)
        {
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
            return OgcProblems.BadParameter("parameter-ongeldig", issue.Parameter, issue.Message);
        }

        return TypedResults.Ok((await scenarios.CompareAsync(request, cancellationToken)).Report);
    }

    /// <summary>A boundary year (1900–2200), or null when absent: the latest year in the workspace.</summary>
    internal static (int? Value, ProblemHttpResult? Problem) ParseYear(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        return
            int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var year)
            && year is >= 1900 and <= 2200
            ? (year, null)
            : (
                null,
                OgcProblems.BadParameter(
                    "parameter-buiten-bereik",
                    "year",
                    $"year moet een jaartal zijn, zoals 2024, niet '{text}'."
                )
            );
    }

    private static (int Value, ProblemHttpResult? Problem) ParseInt(
        string? text,
        int fallback,
        string parameter,
        int min,
        int max
    )
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (fallback, null);
        }

        return
            int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            && value >= min
            && value <= max
            ? (value, null)
            : (
                fallback,
                OgcProblems.BadParameter(
                    "parameter-buiten-bereik",
                    parameter,
                    $"{parameter} moet een geheel getal van {min.ToString(CultureInfo.InvariantCulture)} tot en met {max.ToString(CultureInfo.InvariantCulture)} zijn, niet '{text}'."
                )
            );
    }

    private static (double Value, ProblemHttpResult? Problem) ParseDouble(
        string? text,
        double fallback,
        string parameter,
        double max
    )
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (fallback, null);
        }

        return
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && value >= 0
            && value <= max
            ? (value, null)
            : (
                fallback,
                OgcProblems.BadParameter(
                    "parameter-buiten-bereik",
                    parameter,
                    $"{parameter} moet een getal van 0 tot en met {max.ToString(CultureInfo.InvariantCulture)} zijn (0.25 = ±25 %), niet '{text}'."
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

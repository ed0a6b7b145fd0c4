namespace GeoOpgave.Web.Api;

/// <summary>
/// Describes a route for the OpenAPI document: its operation name, its summary and the problem+json answers it can
/// give, so that every route table says them the same way.
/// </summary>
public static class RouteDescriptionExtensions
{
    /// <summary>
    /// Names the route <paramref name="name"/>, summarises it as <paramref name="summary"/> and declares that it can
    /// answer each of <paramref name="problemStatusCodes"/> with problem+json.
    /// </summary>
    public static RouteHandlerBuilder Describe(
        this RouteHandlerBuilder builder,
        string name,
        string summary,
        params int[] problemStatusCodes
    ) => builder.WithName(name).WithSummary(summary).ProducesProblems(problemStatusCodes);

    /// <summary>The route can answer each of <paramref name="statusCodes"/> with problem+json.</summary>
    public static RouteHandlerBuilder ProducesProblems(this RouteHandlerBuilder builder, params int[] statusCodes)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(statusCodes);
        foreach (var statusCode in statusCodes)
        {
            builder.ProducesProblem(statusCode);
        }

        return builder;
    }
}

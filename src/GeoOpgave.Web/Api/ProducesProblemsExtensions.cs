namespace GeoOpgave.Web.Api;

/// <summary>Declares in one call the problem+json answers a route can give, for the OpenAPI document.</summary>
public static class ProducesProblemsExtensions
{
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

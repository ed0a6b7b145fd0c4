namespace GeoOpgave.Web.Api.Errors;

/// <summary>Declares, in the route table, where a route answers a refusal differently from the general table.</summary>
public static class ErrorStatusExtensions
{
    /// <summary>On these routes the refusal <paramref name="code"/> is answered with
    /// <paramref name="status"/>.</summary>
    public static TBuilder WithErrorStatus<TBuilder>(
        this TBuilder builder,
        string code,
        int status,
        string? parameter = null
    )
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new ErrorStatus(code, status, parameter));
}

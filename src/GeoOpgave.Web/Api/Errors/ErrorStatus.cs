namespace GeoOpgave.Web.Api.Errors;

/// <summary>
/// Route metadata: on this route the application's refusal <paramref name="Code"/> is answered with
/// <paramref name="Status"/> instead of the status in <see cref="ApiExceptionHandler"/>'s table, and names
/// <paramref name="Parameter"/> when the refusal does not name its input itself.
/// </summary>
/// <param name="Code">The <see cref="Application.GeoOpgaveException.Code"/>, e.g. "profiel-onbekend".</param>
/// <param name="Status">The HTTP status on this route.</param>
/// <param name="Parameter">The query parameter or field that caused it on this route; null for none.</param>
public sealed record ErrorStatus(string Code, int Status, string? Parameter = null);

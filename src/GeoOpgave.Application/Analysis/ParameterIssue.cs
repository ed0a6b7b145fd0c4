namespace GeoOpgave.Application.Analysis;

/// <summary>A request parameter with a value the use case cannot take, named as the API and CLI name it.</summary>
/// <param name="Parameter">E.g. "runs", "perturbation", "top", "met".</param>
/// <param name="Message">Dutch, for the user.</param>
public sealed record ParameterIssue(string Parameter, string Message);

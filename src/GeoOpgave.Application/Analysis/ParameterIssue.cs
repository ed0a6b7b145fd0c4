namespace GeoOpgave.Application.Analysis;

/// <summary>A request parameter with a value the use case cannot take, named as the API and CLI name it.</summary>
/// <param name="Parameter">E.g. "runs", "perturbation", "top", "met".</param>
/// <param name="Message">Dutch, for the user.</param>
public sealed record ParameterIssue(string Parameter, string Message)
{
    /// <summary>Refuses a request with <paramref name="issues"/>: the first of them as a
    /// <see cref="GeoOpgaveException"/> with code "parameter-ongeldig"; nothing when there are none.</summary>
    public static void ThrowIfAny(IReadOnlyList<ParameterIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        if (issues is [var first, ..])
        {
            throw new GeoOpgaveException("parameter-ongeldig", first.Message) { Parameter = first.Parameter };
        }
    }
}

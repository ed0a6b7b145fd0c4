namespace GeoOpgave.Application;

/// <summary>
/// A use case could not be carried out for a reason the user can act on (a missing profile, demo
/// files that do not read). Its message is Dutch and meant for the user; hosts show it without a stack.
/// </summary>
public sealed class GeoOpgaveException : Exception
{
    public GeoOpgaveException(string code, string message)
        : base(message) => Code = code;

    public GeoOpgaveException()
        : this("onbekend", "Onbekende fout.")
    {
    }

    public GeoOpgaveException(string message)
        : this("onbekend", message)
    {
    }

    public GeoOpgaveException(string message, Exception innerException)
        : base(message, innerException) => Code = "onbekend";

    /// <summary>A stable code for the API's problem+json and the CLI's exit code, e.g. "profiel-onbekend".</summary>
    public string Code { get; } = "onbekend";

    /// <summary>
    /// The one input the user should change, named as the API and CLI name it (e.g. "profiel", "year", "codes");
    /// null when the refusal is not about one input.
    /// </summary>
    public string? Parameter { get; init; }

    /// <summary>
    /// The message for a user in the browser when it differs from <see cref="Exception.Message"/>, which may name a
    /// CLI command ("importeer … op de pagina Lagen" instead of "met 'geoopgave import'"); null: the same.
    /// </summary>
    public string? BrowserMessage { get; init; }
}

namespace GeoOpgave.IO.Esdl;

/// <summary>The raw values one ESDL area holds directly (not those of the areas inside it), by column.</summary>
internal sealed class EsdlAreaValues(string? code, string shownId, int line)
{
    /// <summary>The CBS code of the area (its id, else its name), or null when it has none.</summary>
    public string? Code { get; } = code;

    /// <summary>The id as the file writes it, for messages.</summary>
    public string ShownId { get; } = shownId;

    /// <summary>The line of the area's start tag.</summary>
    public int Line { get; } = line;

    /// <summary>Per column the text of its value and the line it stands on, in the order the file gives them.</summary>
    public Dictionary<string, (string Text, int Line)> Values { get; } = new(StringComparer.Ordinal);
}

namespace GeoOpgave.Application.Status;

/// <summary>A gemeente of the workspace that the analysis of the status's year leaves out: it has no buurten of that
/// year.</summary>
/// <param name="Code">The gemeente (GM code).</param>
/// <param name="Name">Its name, or its code when the workspace does not name it.</param>
/// <param name="BuurtYears">The years of which it does have buurten, ascending; empty when it has none at all (only
/// wijken or the gemeente itself).</param>
/// <param name="Message">What that means and what to do, in Dutch.</param>
public sealed record GemeenteGap(string Code, string Name, IReadOnlyList<int> BuurtYears, string Message);

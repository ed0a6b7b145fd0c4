namespace GeoOpgave.Application.Status;

/// <summary>How many buurten an opgave could be scored in.</summary>
/// <param name="Id">The opgave.</param>
/// <param name="Name">Its Dutch name.</param>
/// <param name="Scored">Buurten with a score (not onbekend).</param>
/// <param name="Buurten">Every buurt of the year.</param>
public sealed record OpgaveStatus(string Id, string Name, int Scored, int Buurten)
{
    /// <summary>Below this share of scored buurten the overview warns that the opgave's map is incomplete.</summary>
    public const double WarningShare = 0.8;

    /// <summary>The share (0–1) of buurten scored.</summary>
    public double Share => Buurten == 0 ? 0 : (double)Scored / Buurten;

    /// <summary>True when fewer than <see cref="WarningShare"/> of the buurten are scored.</summary>
    public bool Incomplete => Share < WarningShare;
}

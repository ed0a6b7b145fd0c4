namespace GeoOpgave.Core.Diagnostics;

/// <summary>How many buurten fall in each urgency class of one opgave.</summary>
/// <param name="Buurten">All buurten looked at; the shares are of this number.</param>
public sealed record OpgaveRates(string OpgaveId, int Buurten, int Hoog, int Midden, int Laag, int Onbekend)
{
    /// <summary>Buurten where the opgave has a score (every class but onbekend).</summary>
    public int WithData => Buurten - Onbekend;

    public double ShareHoog => Share(Hoog);

    public double ShareMidden => Share(Midden);

    public double ShareLaag => Share(Laag);

    public double ShareOnbekend => Share(Onbekend);

    private double Share(int count) => Buurten == 0 ? 0 : (double)count / Buurten;
}

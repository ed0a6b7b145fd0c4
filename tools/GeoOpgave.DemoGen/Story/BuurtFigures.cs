using GeoOpgave.DemoGen.Layout;

namespace GeoOpgave.DemoGen.Story;

/// <summary>
/// The true figures of an area, before CBS rounds or hides anything. Wijk and gemeente figures are aggregated from
/// these, so a buurt kept secret still counts in its wijk, as in the real kerncijfers.
/// </summary>
internal sealed record BuurtFigures(
    double LandHa,
    double Inwoners,
    double Huishoudens,
    double Woningen,
    double WozThousands,
    double Koop,
    double Huur,
    double Corporatie,
    double Tot2000,
    double Leegstand,
    double GasM3,
    double ElektriciteitKwh,
    double Stadsverwarming,
    double LaagInkomen,
    double SociaalMinimum,
    double Ouderen65,
    double Kinderen0Tot15,
    double Bijstand,
    double Jeugdzorg,
    double AdresDichtheid)
{
    /// <summary>Draws a buurt's figures around its wijk type's profile; <paramref name="landM2"/> is its area without
    /// water.</summary>
    public static BuurtFigures Draw(BuurtShape buurt, double landM2, DemoRandom random)
    {
        var p = TypeProfile.Of(buurt.Wijk.Type);
        var landHa = landM2 / 10_000;
        var density =
            buurt.Kind == BuurtKind.Enclave
                ? 20
                : p.Density * (buurt.Name.StartsWith("Bedrijventerrein", StringComparison.Ordinal) ? 0.08 : 1);
        var inwoners = Math.Max(15, density * landHa / 100 * LogNormal(random, 0.2));
        var huishoudens = inwoners / (p.HouseholdSize * random.Normal(1, 0.05));
        var leegstand = Clamp(random.Normal(p.Leegstand, 1), 0.5, 12);
        var koop = Clamp(random.Normal(p.Koop, 6), 3, 97);
        var laagInkomen = Clamp(random.Normal(p.LaagInkomen, 2.5), 0.5, 60);
        return new BuurtFigures(
            landHa,
            inwoners,
            huishoudens,
            huishoudens / (1 - (leegstand / 100)),
            p.WozThousands * LogNormal(random, 0.12),
            koop,
            99 - koop,
            Clamp(random.Normal(p.Corporatie, 5), 0, 99 - koop),
            Clamp(random.Normal(p.Tot2000, 4), 0, 100),
            leegstand,
            p.GasM3 * LogNormal(random, 0.10),
            p.ElektriciteitKwh * LogNormal(random, 0.07),
            Clamp(random.Normal(p.Stadsverwarming, 1 + (0.15 * p.Stadsverwarming)), 0, 100),
            laagInkomen,
            Clamp(laagInkomen * p.SociaalMinimum / p.LaagInkomen * random.Normal(1, 0.08), 0.3, laagInkomen),
            Clamp(random.Normal(p.Ouderen65, 3), 2, 60),
            Clamp(random.Normal(p.Kinderen0Tot15, 2.5), 2, 40),
            huishoudens * p.BijstandPerHuishouden * LogNormal(random, 0.2),
            Clamp(random.Normal(p.Jeugdzorg, 1.5), 1, 30),
            p.AdresDichtheid * LogNormal(random, 0.15));
    }

    /// <summary>The figures of a wijk or gemeente: counts summed, averages and shares weighted by their base.</summary>
    public static BuurtFigures Aggregate(IReadOnlyList<BuurtFigures> parts)
    {
        double Sum(Func<BuurtFigures, double> f) => parts.Sum(f);
        double Mean(Func<BuurtFigures, double> value, Func<BuurtFigures, double> weight) =>
            Sum(b => value(b) * weight(b)) / Sum(weight);
        static double W(BuurtFigures b) => b.Woningen;
        static double H(BuurtFigures b) => b.Huishoudens;
        static double I(BuurtFigures b) => b.Inwoners;
        return new BuurtFigures(
            Sum(b => b.LandHa), Sum(I), Sum(H), Sum(W),
            Mean(b => b.WozThousands, W), Mean(b => b.Koop, W), Mean(b => b.Huur, W), Mean(b => b.Corporatie, W),
            Mean(b => b.Tot2000, W), Mean(b => b.Leegstand, W), Mean(b => b.GasM3, W), Mean(b => b.ElektriciteitKwh, W),
            Mean(b => b.Stadsverwarming, W), Mean(b => b.LaagInkomen, H), Mean(b => b.SociaalMinimum, H),
            Mean(b => b.Ouderen65, I), Mean(b => b.Kinderen0Tot15, I), Sum(b => b.Bijstand),
            Mean(b => b.Jeugdzorg, b => b.Inwoners * b.Kinderen0Tot15), Mean(b => b.AdresDichtheid, W));
    }

    private static double LogNormal(DemoRandom random, double sd) => Math.Exp(random.Normal(0, sd));

    private static double Clamp(double v, double min, double max) => Math.Clamp(v, min, Math.Max(min, max));
}

using GeoOpgave.Core.Scoring;
using GeoOpgave.Core.Spatial;

namespace GeoOpgave.Core.Tests.Spatial;

public class GetisOrdGiStarTests
{
    // 5 × 5 grid, queen contiguity; the 2 × 2 block in the lower-left corner (cells 0, 1, 5, 6) is 10,
    // the other 21 cells are 1. By hand, over n = 25:
    //   X̄ = (4·10 + 21·1) / 25 = 2.44
    //   S = √(Σx²/n − X̄²) = √((4·100 + 21) / 25 − 2.44²) = √10.8864
    //   Gi* = (Σⱼ wᵢⱼ xⱼ − X̄ Wᵢ) / (S √((n Wᵢ − Wᵢ²) / (n − 1)))   (binary weights, self included: S1ᵢ = Wᵢ)
    private const double Mean = 2.44;
    private static readonly double S = Math.Sqrt(10.8864);

    [Fact]
    public void Run_HotCorner_MatchesHandComputedZScores()
    {
        var result = Run(fdr: false);

        // Cell 0 (corner): itself + 1, 5, 6 → W = 4, Σwx = 40.
        Assert.Equal((40 - (Mean * 4)) / (S * Math.Sqrt(((25 * 4) - 16) / 24.0)), result.Areas[0].Z!.Value, 1e-9);
        // Cell 6: itself + 0, 1, 2, 5, 7, 10, 11, 12 → W = 9, Σwx = 4·10 + 5·1 = 45.
        Assert.Equal((45 - (Mean * 9)) / (S * Math.Sqrt(((25 * 9) - 81) / 24.0)), result.Areas[6].Z!.Value, 1e-9);
        // Cell 12 (centre): neighbours include hot cell 6 → Σwx = 10 + 8 = 18.
        Assert.Equal((18 - (Mean * 9)) / (S * Math.Sqrt(6)), result.Areas[12].Z!.Value, 1e-9);
        // Cell 24 (far corner): W = 4, Σwx = 4.
        Assert.Equal((4 - (Mean * 4)) / (S * Math.Sqrt(3.5)), result.Areas[24].Z!.Value, 1e-9);
        Assert.Equal(StandardNormal.TwoSidedP(result.Areas[0].Z!.Value), result.Areas[0].P!.Value, 1e-15);
        Assert.Equal(25, result.ValidCount);
    }

    [Fact]
    public void Run_HotCorner_IsAHotSpotAndTheRestIsNot()
    {
        // Cell 2 borders two hot cells but W = 6, Σwx = 24 gives z = 9.36 / (S · √4.75) ≈ 1.30: not significant.
        var result = Run(fdr: false);

        var hot = result.Areas.Where(a => a.Class == HotSpotClass.HotSpot).Select(a => a.Index).ToArray();
        Assert.Equal([0, 1, 5, 6], hot);
        Assert.DoesNotContain(result.Areas, a => a.Class == HotSpotClass.ColdSpot);
    }

    [Fact]
    public void Run_FalseDiscoveryRate_KeepsFewerOrEqualHotSpots()
    {
        var raw = Run(fdr: false).Areas.Count(a => a.Class == HotSpotClass.HotSpot);
        var fdr = Run(fdr: true);

        Assert.InRange(fdr.Areas.Count(a => a.Class == HotSpotClass.HotSpot), 1, raw);
        Assert.All(fdr.Areas, a => Assert.True(a.AdjustedP >= a.P));
    }

    [Fact]
    public void Run_FewerAreasThanTheMinimum_NothingIsTestedButZIsKept()
    {
        var contiguity = BuildContiguity.Run(new ContiguityParameters(Grid.Squares(5)));
        var values = Enumerable.Range(0, 25).Select(i => (double?)(i is 0 or 1 or 5 or 6 ? 10 : 1)).ToArray();

        var result = GetisOrdGiStar.Run(new HotSpotParameters(contiguity, values) { FalseDiscoveryRate = false });

        Assert.Equal(30, HotSpotParameters.DefaultMinimumAreas);
        Assert.All(result.Areas, a => Assert.Equal(HotSpotClass.Unknown, a.Class));
        Assert.Equal(Run(fdr: false).Areas[0].Z, result.Areas[0].Z);
    }

    [Fact]
    public void New_Defaults_FalseDiscoveryRateOn()
    {
        var contiguity = BuildContiguity.Run(new ContiguityParameters(Grid.Squares(2)));

        Assert.True(new HotSpotParameters(contiguity, [1, 2, 3, 4]).FalseDiscoveryRate);
    }

    [Fact]
    public void Run_MissingValue_LeftOutOfNAndNeighbourhoods()
    {
        var contiguity = BuildContiguity.Run(new ContiguityParameters(Grid.Squares(3)));
        double?[] values = [null, 2, 3, 4, 5, 6, 7, 8, 9];

        var result = GetisOrdGiStar.Run(new HotSpotParameters(contiguity, values));

        // Over n = 8 (2…9): X̄ = 5.5, S = √(Σx²/8 − 30.25) = √(284/8 − 30.25) = √5.25.
        // Cell 1: itself + 2, 3, 4, 5 (cell 0 has no value) → W = 5, Σwx = 2 + 3 + 4 + 5 + 6 = 20.
        Assert.Null(result.Areas[0].Z);
        Assert.Equal(HotSpotClass.Unknown, result.Areas[0].Class);
        Assert.Equal(8, result.ValidCount);
        Assert.Equal(
            (20 - (5.5 * 5)) / (Math.Sqrt(5.25) * Math.Sqrt(((8 * 5) - 25) / 7.0)),
            result.Areas[1].Z!.Value,
            1e-9
        );
    }

    [Fact]
    public void Run_AllValuesEqual_ZIsUnknown()
    {
        var contiguity = BuildContiguity.Run(new ContiguityParameters(Grid.Squares(3)));

        var result = GetisOrdGiStar.Run(new HotSpotParameters(contiguity, Enumerable.Repeat<double?>(4, 9).ToArray()));

        Assert.All(result.Areas, a => Assert.Equal(HotSpotClass.Unknown, a.Class));
    }

    private static HotSpotResult Run(bool fdr)
    {
        var contiguity = BuildContiguity.Run(new ContiguityParameters(Grid.Squares(5)));
        var values = Enumerable.Range(0, 25).Select(i => (double?)(i is 0 or 1 or 5 or 6 ? 10 : 1)).ToArray();
        return GetisOrdGiStar.Run(
            new HotSpotParameters(contiguity, values) { FalseDiscoveryRate = fdr, MinimumAreas = 25 }
        );
    }
}

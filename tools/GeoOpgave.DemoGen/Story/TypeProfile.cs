namespace GeoOpgave.DemoGen.Story;

/// <summary>
/// The typical buurt of a <see cref="WijkType"/>: the means the buurt figures scatter around. Units as CBS publishes
/// them: inhabitants per km², WOZ in € 1000, gas in m³ and electricity in kWh per dwelling per year, percentages 0–100,
/// benefits per household, felt-temperature offset in °C.
/// </summary>
internal sealed record TypeProfile(
    double Density,
    double HouseholdSize,
    double WozThousands,
    double Koop,
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
    double BijstandPerHuishouden,
    double Jeugdzorg,
    double AdresDichtheid,
    double HeatOffsetC)
{
    public static TypeProfile Of(WijkType type) =>
        type switch
        {
            WijkType.OudeKern => new(
                7_500,
                1.7,
                335,
                42,
                22,
                95,
                6,
                1_700,
                2_250,
                3,
                17,
                10,
                21,
                10,
                0.050,
                9.0,
                4_800,
                4.0
            ),
            WijkType.Naoorlogs => new(
                6_200,
                2.1,
                235,
                28,
                60,
                97,
                3,
                1_500,
                2_450,
                6,
                26,
                16,
                23,
                17,
                0.095,
                14.5,
                3_200,
                2.4
            ),
            WijkType.Nieuwbouw => new(
                4_300,
                2.6,
                485,
                80,
                9,
                6,
                2,
                420,
                2_950,
                75,
                4,
                2,
                9,
                24,
                0.006,
                6.5,
                2_100,
                1.2
            ),
            WijkType.Polder => new(90, 2.6, 530, 82, 5, 86, 4, 2_150, 3_700, 0, 5, 3, 24, 15, 0.010, 6.0, 110, -1.2),
            _ => new(3_600, 2.2, 365, 62, 24, 82, 3, 1_250, 2_700, 2, 9, 6, 20, 16, 0.022, 9.0, 1_700, 1.5),
        };
}

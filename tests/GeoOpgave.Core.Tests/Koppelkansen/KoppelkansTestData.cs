using GeoOpgave.Core.Koppelkansen;
using GeoOpgave.Core.Profiles;
using GeoOpgave.Core.Scoring;
using GeoOpgave.Core.Werken;

namespace GeoOpgave.Core.Tests.Koppelkansen;

/// <summary>A two-opgave profile with the shipped kinds of koppelkans, and scores for the two test squares.</summary>
internal static class KoppelkansTestData
{
    public static readonly KoppelkansDefinition StraatEenKeerOpen = new(
        "straat-een-keer-open",
        "Straat één keer open",
        [],
        "Eén keer open."
    )
    {
        Werken = new KoppelkansWerken([["riolering"], ["warmtenet", "herinrichting-openbare-ruimte"]], 3),
    };

    public static readonly KoppelkansDefinition RenovatiePlusIsolatie = new(
        "renovatie-plus-isolatie",
        "Renovatie en isolatie",
        ["energie"],
        "Samen."
    )
    {
        Werken = new KoppelkansWerken([["renovatie-corporatie"]], 0),
    };

    public static readonly KoppelkansDefinition Energiearmoede = new(
        "energiearmoede",
        "Energiearmoede",
        ["energie", "sociaal"],
        "Samen."
    );

    public static Profile Profile() =>
        new(
            "test",
            1,
            "Test",
            65,
            45,
            0.5,
            [Opgave("energie"), Opgave("sociaal")],
            [Energiearmoede, StraatEenKeerOpen, RenovatiePlusIsolatie]
        )
        {
            Werksoorten =
            [
                new Werksoort("riolering", "Riolering", []) { OpensStreet = true },
                new Werksoort("warmtenet", "Warmtenet", []) { OpensStreet = true },
                new Werksoort("herinrichting-openbare-ruimte", "Herinrichting", []) { OpensStreet = true },
                new Werksoort("gasnet-vervangen", "Gasnet vervangen", []) { OpensStreet = true },
                new Werksoort("renovatie-corporatie", "Renovatie", []),
            ],
        };

    /// <summary>Scores of the two squares: the urgent opgaven per buurt as given; every koppelkans of opgaven alone
    /// already applied.</summary>
    public static ScoringResult Scores(
        Profile profile,
        IReadOnlyList<string> urgentWest,
        IReadOnlyList<string> urgentEast
    ) => new(profile, [Buurt(profile, "BU99990001", urgentWest), Buurt(profile, "BU99990002", urgentEast)]);

    public static MatchKoppelkansenResult Match(ScoringResult scores, params PlannedWork[] works) =>
        MatchKoppelkansen.Run(
            new MatchKoppelkansenParameters(
                scores,
                MatchWorks.Run(new MatchWorksParameters(TestAreas.TwoSquares(), works))
            )
        );

    public static PlannedWork Work(string id, string soort, string wkt, int start, string eigenaar = "gemeente") =>
        new(id, TestAreas.Wkt(wkt), soort, null, start, start, eigenaar, "gepland");

    private static OpgaveDefinition Opgave(string id) =>
        new(id, id, "#000", [new OpgaveIndicator(id, 1, IndicatorDirection.HigherIsMoreUrgent)]);

    private static BuurtScore Buurt(Profile profile, string code, IReadOnlyList<string> urgent)
    {
        var opgaven = profile
            .Opgaven.Select(o => new OpgaveScore(
                o.Id,
                urgent.Contains(o.Id) ? 90 : 10,
                urgent.Contains(o.Id) ? UrgencyClass.Hoog : UrgencyClass.Laag,
                1,
                []
            ))
            .ToArray();
        var set = urgent.ToHashSet(StringComparer.Ordinal);
        var kansen = profile.Koppelkansen.Where(k => k.Werken is null && k.OpgavenUrgent(set)).ToArray();
        return new BuurtScore(code, opgaven, urgent.Count, kansen);
    }
}

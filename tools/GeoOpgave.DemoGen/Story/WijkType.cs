namespace GeoOpgave.DemoGen.Story;

/// <summary>The kinds of wijk the Demodam story is built from.</summary>
internal enum WijkType
{
    /// <summary>Pre-1945 centre on the river: dense, paved, hot, high gas use, few heat-network connections.</summary>
    OudeKern,

    /// <summary>1950–1970 district: corporation housing, low incomes, high gas use, benefits, youth care.</summary>
    Naoorlogs,

    /// <summary>Post-2000 extension: heat network, low gas use, high WOZ, owner-occupied.</summary>
    Nieuwbouw,

    /// <summary>Low-lying rural polder along the river: flood-prone, sparse.</summary>
    Polder,

    /// <summary>Ordinary mixed wijk.</summary>
    Gemengd,
}

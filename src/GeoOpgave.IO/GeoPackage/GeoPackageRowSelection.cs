using NetTopologySuite.Features;

namespace GeoOpgave.IO.GeoPackage;

/// <summary>Which rows of a feature table a read returns, and with or without their geometry.</summary>
/// <param name="KeepFeaturesWithoutGeometry">Whether a row without a usable (or wanted) geometry stays in the list,
/// so that feature indices match the table's rows.</param>
/// <param name="MaxFeatures">The most rows to read; one more stops the read with an issue.</param>
/// <param name="WantsGeometry">Whether to parse a row's geometry, judged on its attributes; null: every row's.</param>
internal sealed record GeoPackageRowSelection(
    bool KeepFeaturesWithoutGeometry,
    int MaxFeatures,
    Func<IAttributesTable, bool>? WantsGeometry
);

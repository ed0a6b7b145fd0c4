using System.Globalization;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Features;
using GeoOpgave.IO.Validation;
using NetTopologySuite.Features;

namespace GeoOpgave.IO.Cbs;

/// <summary>Finds the year of each area of a layer: the option when given, else the jaar field, else the jrstatcode
/// prefix.</summary>
internal static class CbsYear
{
    private const int Earliest = DataYears.Earliest;
    private const int Latest = DataYears.Latest;

    /// <summary>False, with an error logged, when the year given for the kaart cannot be an indeling's.</summary>
    public static bool CheckOption(int? option, IssueLog log)
    {
        if (option is null || DataYears.Contains(option.Value))
        {
            return true;
        }

        // A typo such as 3000 would otherwise become the newest year and so the default of every analysis.
        log.Error(
            IssueKind.YearOutOfRange,
            $"Het opgegeven jaar {option} kan geen jaar van de wijk- en buurtindeling zijn; "
                + $"geef een jaar van {Earliest} tot en met {Latest} op.");
        return false;
    }

    /// <summary>The year of each feature, or null (with an error logged) when some feature has no year and no option
    /// was given.</summary>
    public static Func<IFeature, int>? Of(VectorLayer layer, CbsLayerSchema schema, int? option, IssueLog log)
    {
        var years = layer.Features.Select(f => FromFeature(f, schema)).ToArray();
        if (option is { } year)
        {
            var differs = Array.FindIndex(years, y => y is { } y2 && y2 != year);
            if (differs >= 0)
            {
                log.Warning(
                    IssueKind.YearMismatch,
                    $"Het bestand noemt jaar {years[differs]}, maar het opgegeven jaar {year} wordt gebruikt.",
                    differs,
                    schema.Field(CbsFieldAliases.Jaar) ?? schema.Field(CbsFieldAliases.JrStatCode));
            }

            return _ => year;
        }

        var missing = Enumerable
            .Range(0, years.Length)
            .FirstOrDefault(i => years[i] is null && layer.Features[i].Geometry is not null, -1);
        if (missing >= 0)
        {
            // Both routes of an areas import read this: the command line has --year, the upload page a field Jaar.
            log.Error(
                IssueKind.MissingYear,
                "Het jaar van de indeling staat niet in het bestand (geen veld jaar of jrstatcode); geef het op met --year, bijvoorbeeld --year 2024, of in het veld Jaar op de pagina Lagen.",
                missing,
                CbsFieldAliases.Jaar);
            return null;
        }

        return feature => FromFeature(feature, schema) ?? 0;
    }

    private static int? FromFeature(IFeature feature, CbsLayerSchema schema)
    {
        if (Value(feature, schema.Field(CbsFieldAliases.Jaar)) is { } jaar)
        {
            switch (jaar)
            {
                case long l when l is >= Earliest and <= Latest:
                    return (int)l;
                case double d when d is >= Earliest and <= Latest && d == Math.Floor(d):
                    return (int)d;
                case string s
                    when int.TryParse(s.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
                        && parsed is >= Earliest and <= Latest:
                    return parsed;
            }
        }

        // jrstatcode looks like "2024BU03080000": the year, then the area code.
        return Value(feature, schema.Field(CbsFieldAliases.JrStatCode)) is string statcode && statcode.Length >= 4
            && int.TryParse(statcode.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is >= Earliest and <= Latest
                ? year
                : null;
    }

    private static object? Value(IFeature feature, string? field) =>
        field is not null && feature.Attributes.Exists(field) ? feature.Attributes[field] : null;
}

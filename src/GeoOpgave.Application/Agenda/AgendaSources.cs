using System.Globalization;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Profiles;
using GeoOpgave.Storage.Indicators;

namespace GeoOpgave.Application.Agenda;

/// <summary>
/// The source line of an indicator in the gebiedsagenda: the catalogue's source, and for an indicator computed from a
/// stored layer also where, how, with which engine and when, so a reader can trace a number back to its data.
/// </summary>
internal sealed class AgendaSources(IReadOnlyDictionary<string, IndicatorProvenance> provenance)
{
    public static AgendaSources Of(IEnumerable<IndicatorProvenance> provenance) =>
        new(
            provenance
                .GroupBy(p => p.IndicatorId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal)
        );

    public string For(IndicatorInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        if (!provenance.TryGetValue(info.Id, out var p))
        {
            return info.Source;
        }

        var engine = p.Engine == "postgis" ? "PostGIS" : ".NET";
        var computed = p.ComputedAt.ToUniversalTime().ToString("d-M-yyyy HH:mm", CultureInfo.InvariantCulture);
        return $"{info.Source}; berekend uit laag '{p.LayerName}': {p.Method} ({engine}, {computed} UTC)";
    }
}

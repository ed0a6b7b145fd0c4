using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Layers;
using GeoOpgave.Core.Werken;
using GeoOpgave.Storage.Layers;
using GeoOpgave.Storage.Workspace;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Application.Werken;

/// <summary>The planned works of every works layer, filtered by period and place, and measured per buurt.</summary>
public sealed class WerkenService(LayerStore layers, WorkspaceStore workspace)
{
    /// <summary>
    /// The works whose period overlaps <paramref name="van"/>–<paramref name="tot"/> (either open; a work without a
    /// period always does) and, when <paramref name="bboxRd"/> is given, whose geometry meets that RD New box;
    /// ordered by id.
    /// </summary>
    public async Task<IReadOnlyList<PlannedWork>> ListAsync(
        int? van,
        int? tot,
        Envelope? bboxRd,
        CancellationToken cancellationToken
    )
    {
        var works = new List<PlannedWork>();
        foreach (var layer in (await layers.ListLayersAsync(cancellationToken)).Where(l => l.Kind == LayerKind.Werken))
        {
            foreach (var feature in await layers.GetFeaturesAsync(layer.Id, cancellationToken))
            {
                var work = WerkenRecords.ToWork(layer.Name, feature);
                if (work.Overlaps(van, tot) && (bboxRd is null || bboxRd.Intersects(work.Geometry.EnvelopeInternal)))
                {
                    works.Add(work);
                }
            }
        }

        return works.OrderBy(w => w.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Per buurt of boundary year <paramref name="year"/> (null: the latest) the works of the period that touch it,
    /// with the length, area share or point count inside it.
    /// </summary>
    public async Task<MeasureWorksResult> PerBuurtAsync(
        int? van,
        int? tot,
        int? year,
        CancellationToken cancellationToken
    )
    {
        var works = await ListAsync(van, tot, null, cancellationToken);
        var buurten = await workspace.GetAreasAsync(AreaLevel.Buurt, year, cancellationToken);
        return MeasureWorks.Measure(new MeasureWorksParameters(buurten, works));
    }
}

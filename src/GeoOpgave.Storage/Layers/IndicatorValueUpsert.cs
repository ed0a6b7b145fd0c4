using GeoOpgave.Core.Indicators;
using GeoOpgave.Storage.Areas;
using GeoOpgave.Storage.Context;
using GeoOpgave.Storage.Workspace;
using Microsoft.EntityFrameworkCore;

namespace GeoOpgave.Storage.Layers;

/// <summary>Replaces indicator values by (area, indicator, year) inside the caller's transaction, moving the
/// workspace version with them.</summary>
internal static class IndicatorValueUpsert
{
    public static async Task ApplyAsync(
        GeoOpgaveDbContext db,
        IReadOnlyList<IndicatorValue> values,
        CancellationToken cancellationToken
    )
    {
        if (values.Count == 0)
        {
            return;
        }

        foreach (var group in values.GroupBy(v => (v.IndicatorId, v.Year)))
        {
            var (indicator, year) = group.Key;
            var codes = group.Select(v => v.AreaCode).Distinct(StringComparer.Ordinal).ToList();
            await db.IndicatorValues
                .Where(v => v.IndicatorId == indicator && v.Year == year && codes.Contains(v.AreaCode))
                .ExecuteDeleteAsync(cancellationToken);
        }

        db.IndicatorValues.AddRange(values.Select(AreaMapping.ToEntity));
        await db.SaveChangesAsync(cancellationToken);
        await WorkspaceVersion.BumpAsync(db, cancellationToken);
    }
}

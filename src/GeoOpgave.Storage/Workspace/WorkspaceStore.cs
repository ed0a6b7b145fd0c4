using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Storage.Areas;
using GeoOpgave.Storage.Context;
using Microsoft.EntityFrameworkCore;

namespace GeoOpgave.Storage.Workspace;

/// <summary>
/// The workspace's areas and indicator values, the same on every provider. Scoped: one per request or
/// unit of work, as its <see cref="GeoOpgaveDbContext"/>.
/// </summary>
public sealed class WorkspaceStore
{
    /// <summary>The source a caller may record with the kerncijfers of a wijk- en buurtkaart; like none, it marks them
    /// as the kaart's own, which a new kaart of the same year replaces.</summary>
    public const string KaartSource = "CBS wijk- en buurtkaart";

    private readonly GeoOpgaveDbContext _db;
    private readonly SchemaMigration? _migration;

    public WorkspaceStore(GeoOpgaveDbContext db, SchemaMigration? migration = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
        _migration = migration;
    }

    /// <summary>
    /// Creates or upgrades the schema (and on PostgreSQL the postgis extension); in a host only the first call does
    /// (<see cref="SchemaMigration"/>).
    /// </summary>
    public Task MigrateAsync(CancellationToken cancellationToken) =>
        _migration is null
            ? _db.Database.MigrateAsync(cancellationToken)
            : _migration.EnsureAsync(_db, cancellationToken);

    /// <summary>What <paramref name="read"/> reads once the schema is migrated (<see cref="MigrateAsync"/>).</summary>
    public async Task<T> ReadMigratedAsync<T>(
        Func<CancellationToken, Task<T>> read,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(read);
        await MigrateAsync(cancellationToken);
        return await read(cancellationToken);
    }

    /// <summary>The workspace version (see <see cref="WorkspaceVersion.ReadAsync"/>): read it before the data it
    /// keys.</summary>
    public Task<long> GetVersionAsync(CancellationToken cancellationToken) =>
        WorkspaceVersion.ReadAsync(_db, cancellationToken);

    public Task<bool> HasAreasAsync(CancellationToken cancellationToken) => _db.Areas.AnyAsync(cancellationToken);

    /// <summary>Whether any area of this level exists in <paramref name="year"/> (null: in any year), without reading
    /// geometry.</summary>
    public Task<bool> HasAreasAsync(AreaLevel level, int? year, CancellationToken cancellationToken) =>
        _db.Areas.AnyAsync(a => a.Level == level && (year == null || a.Year == year), cancellationToken);

    /// <summary>The codes of the areas of one level and year, without reading geometry; <paramref name="year"/> null
    /// means the latest year that has areas of that level. Empty when there are none.</summary>
    public async Task<IReadOnlySet<string>> GetAreaCodesAsync(
        AreaLevel level,
        int? year,
        CancellationToken cancellationToken
    )
    {
        var levelAreas = _db.Areas.AsNoTracking().Where(a => a.Level == level);
        var selectedYear = year ?? await levelAreas.MaxAsync(a => (int?)a.Year, cancellationToken);
        var codes = await levelAreas
            .Where(a => a.Year == selectedYear)
            .Select(a => a.Code)
            .ToListAsync(cancellationToken);
        return codes.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The codes of every area of any level and year, without reading geometry.</summary>
    public async Task<IReadOnlySet<string>> GetAllAreaCodesAsync(CancellationToken cancellationToken)
    {
        var codes = await _db.Areas.AsNoTracking().Select(a => a.Code).Distinct().ToListAsync(cancellationToken);
        return codes.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The years that hold areas of this level, ascending, without reading geometry.</summary>
    public async Task<IReadOnlyList<int>> GetAreaYearsAsync(AreaLevel level, CancellationToken cancellationToken)
    {
        var years = await _db
            .Areas.AsNoTracking()
            .Where(a => a.Level == level)
            .Select(a => a.Year)
            .Distinct()
            .ToListAsync(cancellationToken);
        return years.Order().ToList();
    }

    /// <summary>Per gemeente, level and year how many areas the workspace holds, with the gemeente's name where the
    /// workspace has the gemeente itself; without reading geometry.</summary>
    public async Task<IReadOnlyList<AreaCount>> GetAreaCountsAsync(CancellationToken cancellationToken)
    {
        var counts = await _db
            .Areas.AsNoTracking()
            .GroupBy(a => new { a.GemeenteCode, a.Level, a.Year })
            .Select(g => new { g.Key.GemeenteCode, g.Key.Level, g.Key.Year, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var names = (await _db
            .Areas.AsNoTracking()
            .Where(a => a.Level == AreaLevel.Gemeente)
            .OrderBy(a => a.Year)
            .Select(a => new { a.Code, a.Name })
            .ToListAsync(cancellationToken))
            .GroupBy(a => a.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Name, StringComparer.Ordinal);
        return counts
            .Select(c =>
                new AreaCount(c.GemeenteCode, names.GetValueOrDefault(c.GemeenteCode), c.Level, c.Year, c.Count))
            .ToList();
    }

    /// <summary>
    /// Replaces the areas and kerncijfers of every year that occurs in the input by the input, in one
    /// transaction: on any failure (a duplicate code, a lost connection, cancellation) nothing changes.
    /// Other years, and values that tables or layers brought (with their own source), stay as they are.
    /// </summary>
    /// <param name="parts">Which areas of those years give way, with their kerncijfers: the levels per gemeente as
    /// <see cref="AreaCode.PartOf"/> gives them ("BU0308": the buurten of GM0308). Null: every area of those years.
    /// </param>
    /// <param name="goneInEveryYear">Parts that give way in every year, with every value of their areas (the demo
    /// gemeente when a real kaart arrives).</param>
    public async Task ReplaceWorkspaceAsync(
        IReadOnlyList<Area> areas,
        IReadOnlyList<IndicatorValue> values,
        CancellationToken cancellationToken,
        IReadOnlyCollection<string>? parts = null,
        IReadOnlyCollection<string>? goneInEveryYear = null)
    {
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(values);
        var areaEntities = areas.Select(AreaMapping.ToEntity).ToList();
        var valueEntities = values.Select(AreaMapping.ToEntity).ToList();
        var years = areas.Select(a => a.Year).Concat(values.Select(v => v.Year)).Distinct().ToList();

        try
        {
            await using var transaction = await WriteTransaction.BeginOrJoinAsync(_db, cancellationToken);
            // Values that a table or layer brought keep their own source and stay; only the kaart's own are replaced.
            var kaartValues = _db.IndicatorValues.Where(v =>
                years.Contains(v.Year) && (v.Source == null || v.Source == KaartSource));
            var yearAreas = _db.Areas.Where(a => years.Contains(a.Year));
            if (parts is not null)
            {
                // A code's first six characters are its level and gemeente; the same on both providers.
                var prefixes = parts.ToList();
                kaartValues = kaartValues.Where(v => prefixes.Contains(v.AreaCode.Substring(0, 6)));
                yearAreas = yearAreas.Where(a => prefixes.Contains(a.Code.Substring(0, 6)));
            }

            await kaartValues.ExecuteDeleteAsync(cancellationToken);
            if (goneInEveryYear is { Count: > 0 })
            {
                var gone = goneInEveryYear.ToList();
                await _db.IndicatorValues.Where(v => gone.Contains(v.AreaCode.Substring(0, 6)))
                    .ExecuteDeleteAsync(cancellationToken);
                await _db.Areas.Where(a => gone.Contains(a.Code.Substring(0, 6))).ExecuteDeleteAsync(cancellationToken);
            }

            // Provenance is per indicator and year, across gemeenten: it goes only with a whole year. A kaart of some
            // gemeenten leaves the computed values of the others, so their provenance stays with them.
            if (parts is null)
            {
                await _db.Set<Indicators.IndicatorProvenanceEntity>()
                    .Where(p => years.Contains(p.Year))
                    .ExecuteDeleteAsync(cancellationToken);
            }
            await yearAreas.ExecuteDeleteAsync(cancellationToken);
            // A table's own figure of the same year stays; the kaart's value gives way to it.
            var kept = (await _db.IndicatorValues.AsNoTracking().Where(v => years.Contains(v.Year))
                    .Select(v => new { v.AreaCode, v.IndicatorId, v.Year }).ToListAsync(cancellationToken))
                .Select(k => (k.AreaCode, k.IndicatorId, k.Year)).ToHashSet();
            _db.Areas.AddRange(areaEntities);
            _db.IndicatorValues.AddRange(valueEntities.Where(v => !kept.Contains((v.AreaCode, v.IndicatorId, v.Year))));
            await _db.SaveChangesAsync(cancellationToken);
            await WorkspaceVersion.BumpAsync(_db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            // Whether it landed or not, the context must not keep thousands of entities (or failed ones) tracked.
            _db.ChangeTracker.Clear();
        }
    }

    /// <summary>The areas of one level and year ordered by code; <paramref name="year"/> null means the latest
    /// year that has areas of that level. Empty when there are none.</summary>
    public async Task<IReadOnlyList<Area>> GetAreasAsync(
        AreaLevel level,
        int? year,
        CancellationToken cancellationToken
    )
    {
        var levelAreas = _db.Areas.AsNoTracking().Where(a => a.Level == level);
        var selectedYear = year ?? await levelAreas.MaxAsync(a => (int?)a.Year, cancellationToken);
        if (selectedYear is null)
        {
            return [];
        }

        var entities = await levelAreas.Where(a => a.Year == selectedYear).ToListAsync(cancellationToken);
        // Sorted here, not in SQL, so that the order does not hang on the database's collation.
        return entities.Select(AreaMapping.ToArea).OrderBy(a => a.Code, StringComparer.Ordinal).ToList();
    }

    /// <summary>The indicator values of one year ordered by area code and indicator; <paramref name="year"/> null
    /// means the latest year that has values. Unknown values are null. Empty when there are none.</summary>
    public async Task<IReadOnlyList<IndicatorValue>> GetIndicatorValuesAsync(
        int? year,
        CancellationToken cancellationToken
    )
    {
        var selectedYear = year ?? await _db.IndicatorValues.MaxAsync(v => (int?)v.Year, cancellationToken);
        if (selectedYear is null)
        {
            return [];
        }

        var entities = await _db.IndicatorValues.AsNoTracking()
            .Where(v => v.Year == selectedYear)
            .ToListAsync(cancellationToken);
        return entities.Select(AreaMapping.ToIndicatorValue)
            .OrderBy(v => v.AreaCode, StringComparer.Ordinal)
            .ThenBy(v => v.IndicatorId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Per source (layer or file; null for values stored before sources were recorded) a stamp of its values of every
    /// year: how many there are and their highest row id. Values are only ever inserted and deleted, never updated, and
    /// row ids are never reused, so an equal stamp means the very same values and a cache may keep them.
    /// </summary>
    public async Task<IReadOnlyList<(string? Source, int Count, long MaxId)>> GetIndicatorValueStampsAsync(
        CancellationToken cancellationToken
    )
    {
        // Over every year, so that the source index covers the query: a year range makes the planners scan all rows.
        var stamps = await _db.IndicatorValues.AsNoTracking()
            .GroupBy(v => v.Source)
            .Select(g => new { Source = g.Key, Count = g.Count(), MaxId = g.Max(v => v.Id) })
            .ToListAsync(cancellationToken);
        return stamps.Select(s => (s.Source, s.Count, s.MaxId)).ToList();
    }

    /// <summary>
    /// The values of one source (null: those without a recorded source) with a reference year from
    /// <paramref name="fromYear"/> to <paramref name="toYear"/>, with their row ids, in the order they were stored.
    /// </summary>
    public async Task<(long[] Ids, IndicatorValue[] Values)> GetIndicatorValuesOfSourceAsync(
        string? source, int fromYear, int toYear, CancellationToken cancellationToken)
    {
        var entities = await _db.IndicatorValues.AsNoTracking()
            .Where(v => v.Year >= fromYear && v.Year <= toYear && v.Source == source)
            .OrderBy(v => v.Id)
            .ToListAsync(cancellationToken);
        return (entities.Select(e => e.Id).ToArray(), entities.Select(AreaMapping.ToIndicatorValue).ToArray());
    }

    /// <summary>
    /// Which known values of <paramref name="year"/> for these indicators another source than
    /// <paramref name="source"/> gave: what a write of that year by <paramref name="source"/> would replace. Only the
    /// keys and the source are read, never the values.
    /// </summary>
    public async Task<IReadOnlyList<(string AreaCode, string IndicatorId, string? Source)>> GetOtherSourceKeysAsync(
        int year,
        IReadOnlyCollection<string> indicatorIds,
        string source,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(indicatorIds);
        var keys = await _db.IndicatorValues.AsNoTracking()
            .Where(v => v.Year == year && v.Value != null && v.Source != source && indicatorIds.Contains(v.IndicatorId))
            .Select(v => new { v.AreaCode, v.IndicatorId, v.Source })
            .ToListAsync(cancellationToken);
        return keys.Select(k => (k.AreaCode, k.IndicatorId, k.Source)).ToList();
    }

    /// <summary>The areas of other years than <paramref name="exceptYear"/> that carry one of these codes, every year
    /// each code occurs in; empty when there are none.</summary>
    public async Task<IReadOnlyList<Area>> GetAreasByCodeAsync(
        IReadOnlyCollection<string> codes,
        int exceptYear,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(codes);
        var found = new List<Area>();
        // In chunks, so that a national set of changed codes stays under the providers' parameter limits.
        foreach (var chunk in codes.Chunk(500))
        {
            var entities = await _db.Areas.AsNoTracking()
                .Where(a => a.Year != exceptYear && chunk.Contains(a.Code))
                .ToListAsync(cancellationToken);
            found.AddRange(entities.Select(AreaMapping.ToArea));
        }

        return found;
    }

    /// <summary>The indicator values a layer or file brought (its <see cref="IndicatorValue.Source"/>),
    /// unordered.</summary>
    public async Task<IReadOnlyList<IndicatorValue>> GetIndicatorValuesBySourceAsync(
        string source,
        CancellationToken cancellationToken
    )
    {
        var entities = await _db
            .IndicatorValues.AsNoTracking()
            .Where(v => v.Source == source)
            .ToListAsync(cancellationToken);
        return entities.Select(AreaMapping.ToIndicatorValue).ToList();
    }

    /// <summary>The latest year that has areas of <paramref name="level"/> (null: of any level), the newest boundary
    /// year; null when there are none.</summary>
    public Task<int?> GetLatestAreaYearAsync(AreaLevel? level, CancellationToken cancellationToken) =>
        _db
            .Areas.AsNoTracking()
            .Where(a => level == null || a.Level == level)
            .MaxAsync(a => (int?)a.Year, cancellationToken);

    /// <summary>
    /// A stamp of the areas of one year that changes whenever they do: how many there are and their highest row id.
    /// Areas are only ever replaced (deleted, then inserted), and row ids are never reused (SQLite AUTOINCREMENT, a
    /// PostgreSQL identity), so an equal stamp means the very same areas and a cache may keep their geometry.
    /// </summary>
    public async Task<(int Count, long MaxId)> GetAreaStampAsync(int year, CancellationToken cancellationToken)
    {
        var ids = _db.Areas.AsNoTracking().Where(a => a.Year == year).Select(a => a.Id);
        return (await ids.CountAsync(cancellationToken), await ids.MaxAsync(id => (long?)id, cancellationToken) ?? 0);
    }

    /// <summary>Every year that has areas or indicator values, ascending.</summary>
    public async Task<IReadOnlyList<int>> GetYearsAsync(CancellationToken cancellationToken)
    {
        var areaYears = await _db.Areas.Select(a => a.Year).Distinct().ToListAsync(cancellationToken);
        var valueYears = await _db.IndicatorValues.Select(v => v.Year).Distinct().ToListAsync(cancellationToken);
        return areaYears.Union(valueYears).Order().ToList();
    }
}

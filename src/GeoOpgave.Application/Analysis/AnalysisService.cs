using GeoOpgave.Application.Profiles;
using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Application.Indicators;
using GeoOpgave.Application.Werken;
using GeoOpgave.Application.Workspace;
using GeoOpgave.Core.Profiles;
using GeoOpgave.IO.Cbs;
using GeoOpgave.Storage.Layers;
using GeoOpgave.Storage.Workspace;

namespace GeoOpgave.Application.Analysis;

/// <summary>
/// Scores the stored buurten with a profile: the use case behind the map, the API and <c>geoopgave analyse</c>. Loaded
/// workspaces and results are shared through <see cref="AnalysisCache"/> until the workspace version moves.
/// </summary>
public sealed class AnalysisService(
    WorkspaceStore store,
    LayerStore layers,
    WerkenService werken,
    ProfileCatalog profiles,
    ContiguityCache contiguity,
    AnalysisCache cache
)
{
    /// <param name="profielId">The profile id; null for the default profile.</param>
    /// <param name="year">The CBS year; null for the latest year in the workspace.</param>
    /// <exception cref="GeoOpgaveException">The profile does not exist, or the workspace holds no buurten.</exception>
    public Task<AnalysisResult> AnalyseAsync(
        string? profielId,
        CancellationToken cancellationToken,
        int? year = null
    ) => RunAsync(new AnalysisRequest(profielId) { Year = year }, cancellationToken);

    /// <summary>The full analysis: scores, roll-ups per wijk and gemeente, and hot spots as the request says.</summary>
    /// <exception cref="GeoOpgaveException">The profile does not exist, or the workspace holds no buurten.</exception>
    public async Task<AnalysisResult> RunAsync(AnalysisRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var profile = profiles.Get(request.Profiel);
        var version = await store.GetVersionAsync(cancellationToken);
        return await cache.ResultAsync(
            version,
            profile,
            request,
            async token => Build(await SnapshotAsync(version, request.Year, token), profile, request.HotSpots),
            cancellationToken);
    }

    /// <summary>
    /// The diagnostics of the analysis the request names (urgency rates, overlap against chance, warnings), computed
    /// from the very same cached analysis that the map and the summary show.
    /// </summary>
    /// <exception cref="GeoOpgaveException">The profile does not exist, or the workspace holds no buurten.</exception>
    public async Task<DiagnosticsReport> DiagnoseAsync(AnalysisRequest request, CancellationToken cancellationToken) =>
        AnalysisDiagnostics.Report(await RunAsync(request, cancellationToken));

    /// <summary>Analyses an already loaded snapshot, so that several profiles can score the very same data.</summary>
    internal AnalysisResult Build(WorkspaceSnapshot snapshot, Profile profile, HotSpotOptions hotSpots)
    {
        var result = AnalysisBuilder.Build(
            snapshot,
            profile,
            hotSpots,
            contiguity,
            cache.Latest(profile, snapshot.Year)
        );
        cache.Remember(result);
        return result;
    }

    /// <summary>The profile with this id (null: the default profile).</summary>
    /// <exception cref="GeoOpgaveException">No profile has that id (code "profiel-onbekend").</exception>
    internal Profile Profile(string? id) => profiles.Get(id);

    /// <exception cref="GeoOpgaveException">The workspace holds no buurten of that year (code
    /// "geen-buurten").</exception>
    internal async Task<WorkspaceSnapshot> LoadAsync(int? year, CancellationToken cancellationToken) =>
        await SnapshotAsync(await store.GetVersionAsync(cancellationToken), year, cancellationToken);

    // The version is read before the data, so an entry is never filed under a newer version than what it holds.
    private Task<WorkspaceSnapshot> SnapshotAsync(long version, int? year, CancellationToken cancellationToken) =>
        cache.SnapshotAsync(version, year, token => ReadAsync(year, token), cancellationToken);

    private async Task<WorkspaceSnapshot> ReadAsync(int? year, CancellationToken cancellationToken)
    {
        var actualYear = year ?? await store.GetLatestAreaYearAsync(AreaLevel.Buurt, cancellationToken);
        var areas = actualYear is { } y
            ? await cache.AreasAsync(
                y,
                await store.GetAreaStampAsync(y, cancellationToken),
                token => ReadAreasAsync(y, token),
                cancellationToken
            )
            : null;
        if (areas is null || areas.Buurten.Count == 0)
        {
            throw await NoBuurten.RefusalAsync(store, year, cancellationToken);
        }

        var values = await cache.Values.GetAsync(
            store,
            actualYear!.Value - Core.Profiles.Profile.MaximumAgeLimitYears,
            actualYear.Value,
            cancellationToken
        );
        return new WorkspaceSnapshot(
            actualYear.Value,
            areas.Gemeenten,
            areas.Wijken,
            areas.Buurten,
            await ResolverAsync(areas, values, cancellationToken)
        )
        {
            Works = await werken.ListAsync(null, null, null, cancellationToken),
        };
    }

    private async Task<WorkspaceAreas> ReadAreasAsync(int year, CancellationToken cancellationToken) => new(
        await store.GetAreasAsync(AreaLevel.Gemeente, year, cancellationToken),
        await store.GetAreasAsync(AreaLevel.Wijk, year, cancellationToken),
        await store.GetAreasAsync(AreaLevel.Buurt, year, cancellationToken));

    // Buurt values whose code is not in this indeling are converted when the workspace knows the old buurt's shape;
    // so are older values of a buurt that kept its code while CBS marks its indeling as changed since their year.
    // Where nothing needs converting, the table comes from the value cache, which resolves only changed indicators.
    private async Task<Func<int, IndicatorTable>> ResolverAsync(
        WorkspaceAreas areas,
        StoredValues stored,
        CancellationToken cancellationToken
    )
    {
        var buurten = areas.Buurten;
        var year = buurten[0].Year;
        var codes = areas.BuurtCodes;
        var marks = stored.Of(CbsFieldAliases.IndelingsWijziging).Where(v => v.Value is not null).ToList();
        var except = marks.Count == 0 ? null : CbsFieldAliases.IndelingsWijziging;
        var reshapedIn = LatestIndelingChanges(marks, year);
        bool Reshaped(IndicatorValue v) =>
            v.Year < year
            && reshapedIn.TryGetValue(v.AreaCode, out var changedIn)
            && changedIn > v.Year
            && codes.Contains(v.AreaCode);
        bool Changed(IndicatorValue v) =>
            v.IndicatorId != except
            && ((!codes.Contains(v.AreaCode) && AreaCode.LevelOf(v.AreaCode) == AreaLevel.Buurt) || Reshaped(v));
        IndicatorTable Cached(int age) => cache.Values.Resolve(stored, year, age, except);
        // Without indeling marks only codes outside this indeling need converting, which each source knows per kaart.
        var mayChange = reshapedIn.Count == 0
            ? stored.Sources.Any(s => s.HasCodesOutside(areas.BuurtCodes))
            : stored.Sources.Any(s => s.All.Values.Any(Changed));
        if (!mayChange)
        {
            return Cached;
        }

        var values = stored.All.Where(v => v.IndicatorId != except).ToList();
        var changed = values.Where(Changed).ToList();
        var oldAreas = await store.GetAreasByCodeAsync(
            changed.Select(v => v.AreaCode).ToHashSet(StringComparer.Ordinal),
            year,
            cancellationToken
        );
        if (oldAreas.Count == 0)
        {
            return Cached;
        }

        // A reshaped buurt's own older values give way to their conversion where its older shape is known.
        var known = oldAreas.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        var kept = values.Where(v => !(known.Contains(v.AreaCode) && codes.Contains(v.AreaCode) && Reshaped(v)));
        // Where an address or grid layer is loaded, values follow the addresses instead of the square metres.
        var weights = await ConversionWeights.LoadAsync(layers, cancellationToken);
        IReadOnlyList<IndicatorValue> converted =
        [
            .. kept,
            .. BoundaryConversion.Run(
                buurten,
                changed.Where(v => known.Contains(v.AreaCode)),
                oldAreas,
                weights?.Points
            ),
        ];
        return age => IndicatorTable.Resolve(converted, year, age);
    }

    // Per buurt code the latest year up to the boundary year in which CBS marks its indeling as changed (a mark other
    // than 1); the last mark stored for a code and year counts.
    private static Dictionary<string, int> LatestIndelingChanges(IReadOnlyList<IndicatorValue> marks, int year)
    {
        var last = new Dictionary<(string Code, int Year), double>();
        foreach (var mark in marks)
        {
            last[(mark.AreaCode, mark.Year)] = mark.Value!.Value;
        }

        var latest = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var ((code, markYear), value) in last)
        {
            if (value != 1 && markYear <= year && (!latest.TryGetValue(code, out var current) || markYear > current))
            {
                latest[code] = markYear;
            }
        }

        return latest;
    }
}

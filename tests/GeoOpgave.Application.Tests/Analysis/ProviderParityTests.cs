using GeoOpgave.Application.Analysis;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Application.Tests.Analysis;

/// <summary>The same demo analysed on SQLite and on PostGIS gives the same answer: only the connection string
/// differs.</summary>
public class ProviderParityTests(DemoWorkspaceFixture sqlite, PostgisDemoWorkspaceFixture postgis)
    : IClassFixture<DemoWorkspaceFixture>, IClassFixture<PostgisDemoWorkspaceFixture>
{
    [Fact]
    public async Task Analyse_SqliteAndPostgis_SameBuurtenScoresAndGeometry()
    {
        var onSqlite = await Analyse(sqlite.Services);
        var onPostgis = await Analyse(postgis.Services);

        Assert.Equal(onSqlite.Buurten.Select(b => b.Buurt.Code), onPostgis.Buurten.Select(b => b.Buurt.Code));
        for (var i = 0; i < onSqlite.Buurten.Count; i++)
        {
            var (a, b) = (onSqlite.Buurten[i], onPostgis.Buurten[i]);
            Assert.Equal(a.Score.Overlap, b.Score.Overlap);
            Assert.Equal(
                a.Score.Opgaven.Select(o => (o.Class, o.Score)),
                b.Score.Opgaven.Select(o => (o.Class, o.Score))
            );
            Assert.True(a.Buurt.Geometry.EqualsExact(b.Buurt.Geometry), a.Buurt.Code);
            // The demo's layer indicators are computed by the .NET engine on SQLite and by PostGIS on PostgreSQL:
            // the two engines agree within 1e-6 relative, not to the last bit.
            Assert.Equal(a.Indicators.Keys, b.Indicators.Keys);
            foreach (var (id, value) in a.Indicators)
            {
                Assert.True(Same(value, b.Indicators[id]), $"{a.Buurt.Code} {id}: {value} vs {b.Indicators[id]}");
            }
        }
    }

    private static bool Same(double? x, double? y) =>
        x is null || y is null ? x == y : Math.Abs(x.Value - y.Value) <= 1e-6 * Math.Max(1, Math.Abs(x.Value));

    private static async Task<AnalysisResult> Analyse(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope
            .ServiceProvider.GetRequiredService<AnalysisService>()
            .AnalyseAsync(null, CancellationToken.None);
    }
}

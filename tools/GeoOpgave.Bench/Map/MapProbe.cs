using System.Diagnostics;
using System.Globalization;
using GeoOpgave.Bench.Measure;

namespace GeoOpgave.Bench.Map;

/// <summary>The HTTP side of W6: cold/warm tiles, 1,000-buurt items pages and 32 concurrent clients, on
/// loopback.</summary>
internal sealed class MapProbe(Uri baseAddress, TextWriter output)
{
    private const int Clients = 32;
    private static readonly TimeSpan LoadDuration = TimeSpan.FromSeconds(20);

    private readonly HttpClient _client = new(
        new SocketsHttpHandler
        {
            MaxConnectionsPerServer = Clients * 2,
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
        }
    )
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(120),
    };

    private readonly List<string> _table = [];

    public async Task<IReadOnlyList<Measurement>> RunAsync(
        IReadOnlyList<(int Z, int X, int Y)> tiles,
        IReadOnlyList<(int Z, int X, int Y)> sizeScan
    )
    {
        var (first, cold, warm) = await TilesAsync(tiles);
        var scan = new Latencies();
        foreach (var tile in sizeScan)
        {
            await GetAsync(TilePath(tile), scan);
        }

        output.WriteLine($"alle tegels z0–{sizeScan.Max(t => t.Z)}: {scan}");
        var items = new Latencies();
        for (var i = 0; i < 20; i++)
        {
            await GetAsync(ItemsPath(i % 14), items);
        }

        output.WriteLine($"items limit=1000: {items}");
        var (load, errors, perSecond) = await LoadAsync(tiles);
        output.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"{Clients} clients {LoadDuration.TotalSeconds:F0} s: {perSecond:F2} req/s, {errors} fouten, {load}"
            )
        );

        Row("eerste verzoek (analyse)", first.Percentile(0.5), "", "");
        Row("tegel koud p50 / p95", cold.Percentile(0.5), cold.Percentile(0.95), "p95 < 150 ms");
        Row("tegel warm p50 / p95", warm.Percentile(0.5), warm.Percentile(0.95), "p95 < 20 ms");
        Row(
            string.Create(
                CultureInfo.InvariantCulture,
                $"alle {scan.Count} tegels z0–{sizeScan.Max(t => t.Z)}: grootste {scan.MaxBytes / 1024.0:F0} KB; p50 / p95"
            ),
            scan.Percentile(0.5),
            scan.Percentile(0.95),
            "< 500 KB"
        );
        Row("items 1.000 buurten p50 / p95", items.Percentile(0.5), items.Percentile(0.95), "< 150 ms");
        Row(
            string.Create(
                CultureInfo.InvariantCulture,
                $"32 clients: {perSecond:F2} req/s, {errors} fouten; p50 / p95"
            ),
            load.Percentile(0.5),
            load.Percentile(0.95),
            "0 fouten"
        );
        output.WriteLine();
        output.WriteLine("| W6 | ms | ms | doel |");
        output.WriteLine("|---|---|---|---|");
        _table.ForEach(output.WriteLine);
        output.WriteLine();

        return
        [
            new Measurement("w6-tile-cold-p95", cold.Percentile(0.95) / 1000, null, 0, $"{cold.Count} tegels z7–12"),
            new Measurement("w6-tile-warm-p95", warm.Percentile(0.95) / 1000, null, 0, $"{warm.Count} tegels"),
            new Measurement(
                "w6-tile-scan-p95",
                scan.Percentile(0.95) / 1000,
                null,
                0,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{scan.Count} tegels, grootste {scan.MaxBytes / 1024.0:F0} KB"
                )
            ),
            new Measurement("w6-items-1000-p95", items.Percentile(0.95) / 1000, null, 0, $"{items.Count} pagina's"),
            new Measurement(
                "w6-32-clients-p95",
                load.Percentile(0.95) / 1000,
                null,
                0,
                string.Create(CultureInfo.InvariantCulture, $"{perSecond:F2} req/s, {errors} fouten")
            ),
        ];
    }

    // The last tile is asked first, alone: it pays the app's first analysis, which is not a tile's cost.
    private async Task<(Latencies First, Latencies Cold, Latencies Warm)> TilesAsync(
        IReadOnlyList<(int Z, int X, int Y)> tiles
    )
    {
        var first = new Latencies();
        await GetAsync(TilePath(tiles[^1]), first);
        output.WriteLine($"eerste tegel (start, analyse opbouwen): {first}");
        var (cold, warm) = (new Latencies(), new Latencies());
        var coldPerZoom = new SortedDictionary<int, Latencies>();
        foreach (var tile in tiles.Take(tiles.Count - 1))
        {
            var single = new Latencies();
            await GetAsync(TilePath(tile), single);
            cold.AddRange(single);
            (coldPerZoom.TryGetValue(tile.Z, out var l) ? l : coldPerZoom[tile.Z] = new Latencies()).AddRange(single);
        }

        foreach (var tile in tiles)
        {
            await GetAsync(TilePath(tile), warm);
        }

        foreach (var (z, l) in coldPerZoom)
        {
            output.WriteLine($"koud z{z}: {l}");
        }

        output.WriteLine($"tegels koud: {cold}");
        output.WriteLine($"tegels warm: {warm}");
        return (first, cold, warm);
    }

    private void Row(string what, double p50, object p95, string target) =>
        _table.Add(
            string.Create(
                CultureInfo.InvariantCulture,
                $"| {what} | {p50:F1} | {(p95 is double d ? d.ToString("F1", CultureInfo.InvariantCulture) : p95)} | {target} |"
            )
        );

    private static string TilePath((int Z, int X, int Y) t) =>
        string.Create(CultureInfo.InvariantCulture, $"/tiles/buurten/{t.Z}/{t.X}/{t.Y}.mvt");

    private static string ItemsPath(int page) =>
        string.Create(CultureInfo.InvariantCulture, $"/ogc/collections/buurten/items?limit=1000&offset={page * 1000}");

    private async Task<bool> GetAsync(string path, Latencies latencies)
    {
        var clock = Stopwatch.StartNew();
        using var response = await _client.GetAsync(
            new Uri(path, UriKind.Relative),
            HttpCompletionOption.ResponseContentRead
        );
        var body = await response.Content.ReadAsByteArrayAsync();
        latencies.Add(clock.Elapsed.TotalMilliseconds, body.Length);
        if (!response.IsSuccessStatusCode)
        {
            output.WriteLine(
                $"{path}: {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 300))}"
            );
        }

        return response.IsSuccessStatusCode;
    }

    private async Task<(Latencies All, int Errors, double PerSecond)> LoadAsync(
        IReadOnlyList<(int Z, int X, int Y)> tiles
    )
    {
        var errors = 0;
        var clock = Stopwatch.StartNew();
        var perClient = await Task.WhenAll(Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
        {
            var random = new Random(c);
            var latencies = new Latencies();
            while (clock.Elapsed < LoadDuration)
            {
                // Mostly tiles, as a map client pans; every fifth request an items page of 1,000 buurten.
                var path = random.Next(5) == 0 ? ItemsPath(random.Next(14)) : TilePath(tiles[random.Next(tiles.Count)]);
                try
                {
                    if (!await GetAsync(path, latencies))
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref errors);
                }
            }

            return latencies;
        })));
        var elapsed = clock.Elapsed.TotalSeconds;
        var all = new Latencies();
        foreach (var l in perClient)
        {
            all.AddRange(l);
        }

        return (all, errors, all.Count / elapsed);
    }
}

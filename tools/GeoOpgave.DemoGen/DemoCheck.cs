using GeoOpgave.DemoGen.Layout;
using GeoOpgave.DemoGen.Output;
using Microsoft.Data.Sqlite;
using NetTopologySuite.IO;

namespace GeoOpgave.DemoGen;

/// <summary>
/// Checks committed demo data: regenerates it into a scratch folder and compares every file byte for byte, then
/// re-reads the buurten and wijken from the GeoPackage and runs the coverage rules on what was actually written.
/// </summary>
internal static class DemoCheck
{
    /// <summary>The problems found; empty when the data is current and sound.</summary>
    public static IReadOnlyList<string> Run(string directory, Action<string> generate)
    {
        var problems = new List<string>();
        var scratch = Directory.CreateTempSubdirectory("demogen-check").FullName;
        try
        {
            generate(scratch);
            foreach (var fresh in Directory.GetFiles(scratch).Order(StringComparer.Ordinal))
            {
                var committed = Path.Combine(directory, Path.GetFileName(fresh));
                if (
                    !File.Exists(committed)
                    || !File.ReadAllBytes(committed).AsSpan().SequenceEqual(File.ReadAllBytes(fresh))
                )
                {
                    problems.Add($"{Path.GetFileName(fresh)} differs from what the generator writes; rerun it.");
                }
            }

            CheckCoverage(Path.Combine(directory, WijkenBuurtenFile.FileName), problems);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }

        return problems;
    }

    private static void CheckCoverage(string gpkg, List<string> problems)
    {
        if (!File.Exists(gpkg))
        {
            problems.Add($"{gpkg} is missing.");
            return;
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = gpkg,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        };
        using var connection = new SqliteConnection(builder.ConnectionString);
        connection.Open();
        var buurten = Read(connection, "SELECT buurtcode, wijkcode, geom FROM buurten ORDER BY fid")
            .Select(r => new CoverageArea(r.Code, r.Parent, r.Geometry))
            .ToList();
        var wijken = Read(connection, "SELECT wijkcode, gemeentecode, geom FROM wijken ORDER BY fid")
            .ToDictionary(r => r.Code, r => r.Geometry);
        var gemeente = Read(connection, "SELECT gemeentecode, gemeentecode, geom FROM gemeenten").Single().Geometry;
        try
        {
            CoverageValidator.Validate(buurten, wijken, gemeente);
        }
        catch (InvalidOperationException e)
        {
            problems.Add(e.Message);
        }
    }

    private static List<(string Code, string Parent, NetTopologySuite.Geometries.Geometry Geometry)> Read(
        SqliteConnection connection,
        string sql
    )
    {
        var reader = new GeoPackageGeoReader();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var rows = command.ExecuteReader();
        var result = new List<(string, string, NetTopologySuite.Geometries.Geometry)>();
        while (rows.Read())
        {
            result.Add((rows.GetString(0), rows.GetString(1), reader.Read((byte[])rows.GetValue(2))));
        }

        return result;
    }
}

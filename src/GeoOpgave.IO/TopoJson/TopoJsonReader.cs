using System.Globalization;
using System.Text.Json;
using GeoOpgave.Core.Crs;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Features;
using GeoOpgave.IO.GeoJson;
using GeoOpgave.IO.Validation;
using NetTopologySuite;

namespace GeoOpgave.IO.TopoJson;

/// <summary>
/// Reads the objects of a TopoJSON topology (<c>"type": "Topology"</c>) as layers: a GeometryCollection object gives
/// a layer of its geometries, any other object a layer of one feature. The geometries' <c>properties</c> become the
/// attributes, as in GeoJSON; coordinates are WGS84 unless the options name another CRS. One object gives a layer
/// named after the file; of several, each is named after its object.
/// </summary>
internal static class TopoJsonReader
{
    public static bool IsTopology(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object
        && root.TryGetProperty("type", out var type)
        && type.ValueKind == JsonValueKind.String
        && type.GetString() == "Topology";

    /// <summary>
    /// The layer <see cref="GeoJsonReadOptions.Layer"/> names; without a name the only object, or with
    /// <paramref name="all"/> every object. A topology of several objects without a name and without
    /// <paramref name="all"/> is an error that lists them.
    /// </summary>
    public static List<ReadResult<VectorLayer>> Read(
        JsonElement root,
        string path,
        GeoJsonReadOptions options,
        bool keep,
        bool all
    )
    {
        var log = new IssueLog(path);
        if (!root.TryGetProperty("objects", out var objects) || objects.ValueKind != JsonValueKind.Object)
        {
            log.Error(IssueKind.UnsupportedFormat, "De TopoJSON-topologie heeft geen objecten ('objects').");
            return [log.Result<VectorLayer>(null)];
        }

        var names = objects.EnumerateObject().Select(o => o.Name).ToList();
        if (Choose(names, options.Layer, all, log) is not { } chosen)
        {
            return [log.Result<VectorLayer>(null)];
        }

        var arcs = TopoJsonArcs.Read(root, out var error);
        if (arcs is null)
        {
            log.Error(IssueKind.UnsupportedFormat, error!, field: "arcs");
            return [log.Result<VectorLayer>(null)];
        }

        if (
            GeoJsonReader.ResolveSrid(root, options, log) is not { } srid
            || LayerProjection.For(srid, log) is not { } projection
        )
        {
            return [log.Result<VectorLayer>(null)];
        }

        var fileName = Path.GetFileNameWithoutExtension(path);
        return
        [
            .. chosen.Select(name => ReadObject(
                objects.GetProperty(name),
                names.Count == 1 ? fileName : name,
                new Decoding(path, arcs, srid, projection, keep))),
        ];
    }

    private static List<string>? Choose(List<string> names, string? wanted, bool all, IssueLog log)
    {
        var list = string.Join(", ", names);
        if (wanted is not null)
        {
            var match = names.Find(n => string.Equals(n, wanted, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                log.Error(IssueKind.LayerNotFound, $"De TopoJSON heeft geen object '{wanted}'; wel: {list}.");
                return null;
            }

            return [match];
        }

        if (names.Count == 0)
        {
            log.Error(IssueKind.EmptyLayer, "De TopoJSON-topologie bevat geen objecten.");
            return null;
        }

        if (names.Count > 1 && !all)
        {
            log.Error(
                IssueKind.LayerNotFound,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"De TopoJSON bevat {names.Count} objecten ({list}); kies er één met --layer."));
            return null;
        }

        return names;
    }

    private static ReadResult<VectorLayer> ReadObject(JsonElement topoObject, string layerName, Decoding decoding)
    {
        var log = new IssueLog(decoding.Path) { Layer = layerName };
        var members = topoObject.ValueKind == JsonValueKind.Object
            && topoObject.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
            && type.GetString() == "GeometryCollection"
            && topoObject.TryGetProperty("geometries", out var geometries)
            && geometries.ValueKind == JsonValueKind.Array
                ? geometries.EnumerateArray().ToList()
                : [topoObject];
        var decoder = new TopoJsonGeometry(
            decoding.Arcs,
            NtsGeometryServices.Instance.CreateGeometryFactory(decoding.Srid));
        var read = new List<ReadFeature>(members.Count);
        for (var index = 0; index < members.Count; index++)
        {
            if (members[index].ValueKind != JsonValueKind.Object)
            {
                log.Error(IssueKind.UnsupportedFormat, "Dit element van 'geometries' is geen object.", index);
                continue;
            }

            var geometry = Decode(decoder, members[index], index, log);
            read.Add(new ReadFeature(geometry, GeoJsonFeatureParser.ReadProperties(members[index]), index));
        }

        if (decoder.CollapsedRings > 0)
        {
            log.Warning(
                IssueKind.Repaired,
                string.Create(CultureInfo.InvariantCulture, $"{decoder.CollapsedRings} ringen hebben ")
                    + "door de kwantisering van de TopoJSON minder dan drie punten en zijn weggelaten "
                    + "(een gat verdwijnt, een vlak zonder buitenring ook).",
                field: "arcs");
        }

        if (GeoJsonFeatureParser.Place(read, decoding.Srid, decoding.Projection, decoding.Keep, log) is not { } list)
        {
            return log.Result<VectorLayer>(null);
        }

        var layer = new VectorLayer(layerName, Srid.RdNew, list);
        NetherlandsExtent.Check(layer, log);
        return log.Result(layer);
    }

    private static NetTopologySuite.Geometries.Geometry? Decode(
        TopoJsonGeometry decoder,
        JsonElement member,
        int index,
        IssueLog log
    )
    {
        try
        {
            var geometry = decoder.Decode(member);
            if (geometry is null)
            {
                log.Warning(IssueKind.MissingGeometry, "Object zonder geometrie; het wordt overgeslagen.", index);
            }
            else if (geometry.IsEmpty)
            {
                log.Warning(
                    IssueKind.EmptyGeometry,
                    "Object met lege geometrie; het wordt overgeslagen.",
                    index,
                    "arcs");
                return null;
            }

            return geometry;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            log.Error(
                IssueKind.BrokenGeometry,
                $"De geometrie is geen geldige TopoJSON-geometrie: {ex.Message}.",
                index,
                "arcs");
            return null;
        }
    }

    private sealed record Decoding(string Path, TopoJsonArcs Arcs, int Srid, LayerProjection Projection, bool Keep);
}

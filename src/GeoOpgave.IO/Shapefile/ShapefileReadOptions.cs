using System.Text;

namespace GeoOpgave.IO.Shapefile;

/// <summary>Options of <see cref="ShapefileReader"/>.</summary>
public sealed record ShapefileReadOptions
{
    /// <summary>The EPSG code of the coordinates when there is no .prj (or it is wrong); null: use the .prj.</summary>
    public int? Srid { get; init; }

    /// <summary>The DBF encoding; null: the .cpg file decides, else the DBF's language driver byte.</summary>
    public Encoding? Encoding { get; init; }
}

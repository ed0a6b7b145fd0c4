namespace GeoOpgave.Application.Indicators;

/// <summary>Which engine derives an indicator: in-process NetTopologySuite or the PostGIS twin (PostgreSQL workspaces
/// only).</summary>
public enum IndicatorEngine
{
    Dotnet,
    Postgis,
}

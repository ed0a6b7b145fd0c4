using GeoOpgave.IO.Cbs;

namespace GeoOpgave.Application.Workspace;

/// <summary>
/// Reads the demo municipality's wijk- en buurtkaart through the reader an analyst's own kaart goes through. Its
/// layers are not read here: they are imported and turned into indicators by the same route as a gemeente's own
/// (see <see cref="WorkspaceInitializer"/>).
/// </summary>
public static class DemoLoader
{
    /// <exception cref="GeoOpgaveException">The kaart is missing or does not read (code "demo-ongeldig").</exception>
    public static CbsWijkBuurtKaart ReadAreas(string demoFolder)
    {
        var result = CbsWijkBuurtKaartReader.Read(Path.Combine(demoFolder, DemoDataset.WijkenBuurten));
        if (result.IsSuccess)
        {
            return result.Value;
        }

        var errors = string.Join(Environment.NewLine, result.Errors.Select(e => e.ToString()));
        throw new GeoOpgaveException(
            "demo-ongeldig",
            $"De demogegevens zijn niet te lezen:{Environment.NewLine}{errors}"
        );
    }
}

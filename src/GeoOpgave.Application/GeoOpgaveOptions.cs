namespace GeoOpgave.Application;

/// <summary>Where GeoOpgave finds its data files (the demo municipality and the profiles).</summary>
public sealed class GeoOpgaveOptions
{
    public const string SectionName = "GeoOpgave";

    /// <summary>
    /// The folder that holds <c>demo/</c> and <c>profiles/</c>; empty means the <c>data</c> folder next
    /// to the program, where the build puts it.
    /// </summary>
    public string DataDirectory { get; set; } = string.Empty;

    /// <summary>The data folder to use: the configured one, or the one next to the program.</summary>
    public string ResolveDataDirectory() =>
        string.IsNullOrWhiteSpace(DataDirectory)
            ? Path.Combine(AppContext.BaseDirectory, "data")
            : Path.GetFullPath(DataDirectory);
}

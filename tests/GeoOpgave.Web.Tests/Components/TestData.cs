using GeoOpgave.Application;
using GeoOpgave.Application.Profiles;
using GeoOpgave.Core.Profiles;
using Microsoft.Extensions.Options;

namespace GeoOpgave.Web.Tests.Components;

/// <summary>The real data folder the build copies next to the tests (profiles and demo).</summary>
internal static class TestData
{
    public static GeoOpgaveOptions Options { get; } =
        new() { DataDirectory = Path.Combine(AppContext.BaseDirectory, "data") };

    public static Profile Standaard { get; } =
        new ProfileCatalog(Microsoft.Extensions.Options.Options.Create(Options)).Get("standaard");

    public static IOptions<GeoOpgaveOptions> AsOptions() => Microsoft.Extensions.Options.Options.Create(Options);
}

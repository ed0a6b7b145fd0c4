using Spectre.Console;

namespace GeoOpgave.Cli.Tests;

/// <summary>Runs <c>geoopgave</c> in-process and captures what it prints.</summary>
internal static class CliRun
{
    public static Task<(int ExitCode, string Output)> RunAsync(params string[] args) => RunAsync(200, args);

    /// <summary>As <see cref="RunAsync(string[])"/>, on a console <paramref name="width"/> characters wide (a
    /// terminal is often 80).</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(int width, params string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = width;
        var exitCode = await GeoOpgaveCli.RunAsync(args, console);
        return (exitCode, writer.ToString());
    }
}

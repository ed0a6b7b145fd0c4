using GeoOpgave.Cli.Commands;
using GeoOpgave.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoOpgave.Cli;

/// <summary>The <c>geoopgave</c> command line; tests drive it through <see cref="RunAsync"/>.</summary>
public static class GeoOpgaveCli
{
    public static Task<int> RunAsync(string[] args, IAnsiConsole? console = null)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("geoopgave");
            if (console is not null)
            {
                config.ConfigureConsole(console);
            }

            config.SetExceptionHandler((exception, _) => ExceptionReporter.Report(console ?? AnsiConsole.Console, exception, args));
            config.AddCommand<DemoCommand>("demo")
                .WithDescription("Maak een nieuwe werkruimte met de demogemeente Demodam.");
            config.AddCommand<AnalyseCommand>("analyse")
                .WithDescription("Bereken urgentie en overlap per buurt en schrijf het resultaat weg.")
                .WithExample("analyse", "--profiel", "standaard", "--out", "overlap.geojson");
        });
        return app.RunAsync(args);
    }
}

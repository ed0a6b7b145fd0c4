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
        ArgumentNullException.ThrowIfNull(args);
        args = [.. args.Select(SpellOutCoordinateOptions)];
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("geoopgave");
            if (console is not null)
            {
                config.ConfigureConsole(console);
            }

            config.SetExceptionHandler(
                (exception, _) => ExceptionReporter.Report(console ?? AnsiConsole.Console, exception, args)
            );
            config
                .AddCommand<MigrateCommand>("migrate")
                .WithDescription("Werk het databaseschema bij (de webserver doet dat ook bij het starten).");
            config.AddCommand<DemoCommand>("demo")
                .WithDescription("Maak een nieuwe werkruimte met de demogemeente Demodam.");
            config.AddCommand<AnalyseCommand>("analyse")
                .WithDescription("Bereken urgentie en overlap per buurt en schrijf het resultaat weg.")
                .WithExample("analyse", "--profiel", "standaard", "--out", "overlap.geojson");
            config
                .AddCommand<StatusCommand>("status")
                .WithDescription(
                    "Toon per opgave in hoeveel buurten ze een score heeft, en welke indicatoren waar ontbreken en waar je ze haalt."
                );
            config
                .AddCommand<AggregateCommand>("aggregate")
                .WithDescription(
                    "Aggregeer een laag (punten, lijnen, vlakken of raster) naar gebieden en schrijf een CSV."
                );
            config
                .AddCommand<ImportCommand>("import")
                .WithDescription("Importeer een bestand als laag en toon het validatierapport.");
            config
                .AddCommand<ExportCommand>("export")
                .WithDescription(
                    "Exporteer buurten, wijken, gemeenten, een laag of de selecties als GeoJSON, CSV of GeoPackage."
                )
                .WithExample("export", "--collection", "buurten", "--profiel", "standaard", "--out", "buurten.gpkg");
            config
                .AddCommand<WerkenCommand>("werken")
                .WithDescription(
                    "Schrijf de geplande werken per buurt (soort, periode, eigenaar, lengte of oppervlakteaandeel) als CSV of GeoJSON."
                )
                .WithExample("werken", "--van", "2026", "--tot", "2030", "--out", "werken.csv");
            config.AddBranch<WorkspaceSettings>("indicators", indicators =>
            {
                indicators.SetDescription(
                    "Indicatoren uit lagen: 'indicators compute' berekent ze volgens de definities in het profiel, 'indicators list' toont hun herkomst."
                );
                indicators
                    .AddCommand<IndicatorsComputeCommand>("compute")
                    .WithDescription("Bereken de gedefinieerde indicatoren per buurt en sla ze op met herkomst.")
                    .WithExample("indicators", "compute", "--engine", "postgis");
                indicators
                    .AddCommand<IndicatorsBindCommand>("bind")
                    .WithDescription(
                        "Vul een indicator uit een geladen laag: een kolom of uitdrukking van een tabel, of een vector- of rasterlaag."
                    )
                    .WithExample(
                        "indicators",
                        "bind",
                        "--layer",
                        "buurten",
                        "percentage_bouwjaarklasse_tot_2000=100-bouwjaar_vanaf_2000_percentage"
                    );
                indicators
                    .AddCommand<IndicatorsListCommand>("list")
                    .WithDescription("Toon de berekende indicatoren met laag, methode, engine en tijdstip.");
            });
            config.AddBranch<WorkspaceSettings>("download", download =>
            {
                download.SetDescription("Download open data en importeer die.");
                download
                    .AddCommand<DownloadCbsCommand>("cbs")
                    .WithDescription(
                        "Download de wijken en buurten van een gemeente van PDOK (CBS) en importeer ze als gebieden."
                    )
                    .WithExample("download", "cbs", "--year", "2024", "--gemeente", "GM0308");
            });
            config.AddBranch<WorkspaceSettings>("layers", layers =>
            {
                layers.SetDescription("Toon de geïmporteerde lagen; 'layers delete NAAM' verwijdert er een.");
                layers.SetDefaultCommand<LayersCommand>();
                layers.AddCommand<LayersDeleteCommand>("delete").WithDescription("Verwijder een laag.");
            });
            config.AddBranch<WorkspaceSettings>("audit", audit =>
            {
                audit.SetDescription("Het auditlogboek.");
                audit
                    .AddCommand<AuditVerifyCommand>("verify")
                    .WithDescription(
                        "Controleer de hashketen van het auditlogboek; exit 3 als een regel buiten de applicatie om is gewijzigd of verwijderd."
                    );
            });
            config.AddBranch<WorkspaceSettings>("users", users =>
            {
                users.SetDescription("Beheer accounts en rollen (beheerder, analist, planner, bestuurder).");
                users.SetDefaultCommand<UsersCommand>();
                users.AddCommand<UsersCommand>("list").WithDescription("Toon de accounts met hun rollen.");
                users
                    .AddCommand<UsersAddCommand>("add")
                    .WithDescription("Maak een account; het wachtwoord wordt gevraagd of met --password-stdin gelezen.")
                    .WithExample("users", "add", "anne", "--role", "beheerder");
                users.AddCommand<UsersRemoveCommand>("remove").WithDescription("Verwijder een account.");
                users.AddCommand<UsersRolesCommand>("roles").WithDescription("Vervang de rollen van een account.");
            });
        });
        return app.RunAsync(args);
    }

    // Spectre.Console.Cli refuses one-letter long options, but `--x X --y Y` is how GIS tools name the
    // coordinate columns; they are the same options as --x-column and --y-column.
    private static string SpellOutCoordinateOptions(string arg) => arg switch
    {
        "--x" => "--x-column",
        "--y" => "--y-column",
        _ => arg,
    };
}

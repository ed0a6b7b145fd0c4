using GeoOpgave.Application;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoOpgave.Cli.Infrastructure;

/// <summary>The one place where exceptions become a message and an exit code; <c>--verbose</c> adds the
/// stack.</summary>
internal static class ExceptionReporter
{
    public static int Report(IAnsiConsole console, Exception exception, string[] args)
    {
        var verbose = args.Contains("--verbose", StringComparer.Ordinal);
        var (code, message) = exception switch
        {
            GeoOpgaveException e => (ExitCodes.InputRejected, e.Message),
            CommandParseException or CommandRuntimeException => (ExitCodes.InputRejected, exception.Message),
            _ => (ExitCodes.Failure, $"Onverwachte fout: {exception.Message}"),
        };
        console.MarkupLine($"[red]Fout:[/] {Markup.Escape(message)}");
        if (verbose)
        {
            console.WriteException(exception);
        }
        else if (code == ExitCodes.Failure)
        {
            console.MarkupLine("[grey]Gebruik --verbose voor details.[/]");
        }

        return code;
    }
}

using Spectre.Console;

namespace GeoOpgave.Cli.Infrastructure;

/// <summary>
/// The progress bar of an import: the share of the file written, for a point CSV that streams in; a spinner with the
/// elapsed time for formats that are read whole first (they report nothing until they are done).
/// </summary>
internal static class ImportProgressBar
{
    public static Task<T> RunAsync<T>(IAnsiConsole console, string description, Func<IProgress<double>, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(work);
        return console.Progress()
            .AutoClear(true)
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new ElapsedTimeColumn(),
                new SpinnerColumn()
            )
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(description), maxValue: 1);
                task.IsIndeterminate = true;
                var result = await work(new Reporter(task));
                task.IsIndeterminate = false;
                task.Value = task.MaxValue;
                return result;
            });
    }

    // Reports straight onto the task (thread-safe), not through Progress<T>, which would post to the thread pool out of
    // order.
    private sealed class Reporter(ProgressTask task) : IProgress<double>
    {
        public void Report(double value)
        {
            task.IsIndeterminate = false;
            task.Value = Math.Clamp(value, 0, 1);
        }
    }
}

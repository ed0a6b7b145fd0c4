using GeoOpgave.Application;

namespace GeoOpgave.Web.Components;

/// <summary>
/// The one place where the UI catches a refusal of the application (<see cref="GeoOpgaveException"/>): a page shows its
/// Dutch message where the user is looking instead of losing the circuit. The API's counterpart is
/// <see cref="Api.Errors.ApiExceptionHandler"/>; bugs are caught by neither.
/// </summary>
public static class PageErrors
{
    /// <summary>
    /// Runs <paramref name="work"/>; a refusal goes to <paramref name="show"/> as its Dutch message, and a cancelled
    /// <paramref name="closed"/> (the page closed during the work) ends it quietly.
    /// </summary>
    /// <returns>True when the work finished; false when it was refused or the page closed.</returns>
    public static async Task<bool> RunAsync(Func<Task> work, Action<string> show, CancellationToken closed = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(show);
        try
        {
            await work();
            return true;
        }
        catch (GeoOpgaveException e)
        {
            show(e.BrowserMessage ?? e.Message);
        }
        catch (OperationCanceledException) when (closed.IsCancellationRequested)
        {
            // Nobody is left to show anything to.
        }

        return false;
    }
}

using GeoOpgave.Application.Agenda;

namespace GeoOpgave.Web.Components.Services;

/// <summary>
/// Makes gebiedsagenda's one at a time for one page: the services of a circuit share one database context, and a
/// quick second click must not start a second query on it. Errors come back as Dutch text, never as exceptions.
/// </summary>
public sealed class AgendaLoader(AgendaService agendas) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>The agenda of the codes, or the Dutch reason it could not be made; both null when cancelled or
    /// stale.</summary>
    /// <param name="stillWanted">Asked once the previous agenda is done: false skips the work (the user moved
    /// on).</param>
    public async Task<(Gebiedsagenda? Agenda, string? Error)> LoadAsync(
        IReadOnlyList<string> codes, string? profiel, Func<bool> stillWanted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stillWanted);
        try
        {
            await _gate.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return (null, null);
        }

        try
        {
            (Gebiedsagenda? Agenda, string? Error) answer = (null, null);
            await PageErrors.RunAsync(
                async () =>
                    answer.Agenda = stillWanted()
                        ? await agendas.BuildAsync(new AgendaRequest(codes, profiel), cancellationToken)
                        : null,
                refusal => answer.Error = refusal,
                cancellationToken);
            return answer;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();
}

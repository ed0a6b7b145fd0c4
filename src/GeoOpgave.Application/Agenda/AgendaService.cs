using GeoOpgave.Application.Analysis;
using GeoOpgave.Storage.Indicators;

namespace GeoOpgave.Application.Agenda;

/// <summary>
/// The gebiedsagenda of a buurt, a wijk or a selectie: the use case behind <c>/api/buurten/{code}/agenda</c>,
/// <c>/api/wijken/{code}/agenda</c> and <c>/api/agenda?codes=</c>.
/// </summary>
public sealed class AgendaService(AnalysisService analysis, DerivedIndicatorStore derived, TimeProvider time)
{
    /// <exception cref="GeoOpgaveException">
    /// No codes ("selectie-leeg"), a code that is no area of the year ("gebied-onbekend"), an unknown profiel
    /// ("profiel-onbekend") or an empty workspace ("geen-buurten").
    /// </exception>
    public async Task<Gebiedsagenda> BuildAsync(AgendaRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var codes = AgendaSelectie.NormaliseCodes(request.Codes);
        var result = await analysis.RunAsync(
            new AnalysisRequest(request.Profiel) { Year = request.Year },
            cancellationToken
        );
        var selection = AgendaSelectie.Resolve(result, codes);
        var sources = AgendaSources.Of(await derived.ListProvenanceAsync(result.Year, cancellationToken));
        return AgendaBuilder.Build(result, selection, time.GetUtcNow(), sources);
    }
}

using GeoOpgave.Core.Areas;
using GeoOpgave.Storage.Workspace;

namespace GeoOpgave.Application.Selecties;

/// <summary>Checks a selectie's codes against the buurten and wijken of the workspace's latest year.</summary>
internal static class SelectieCodes
{
    /// <summary>The normalised codes without repeats, in the order given.</summary>
    /// <exception cref="GeoOpgaveException">Code "selectie-leeg" or "gebied-onbekend".</exception>
    public static async Task<IReadOnlyList<string>> ValidateAsync(
        WorkspaceStore workspace, IReadOnlyList<string> raw, CancellationToken cancellationToken)
    {
        var codes = Normalise(raw);
        if (codes.Count == 0)
        {
            throw new GeoOpgaveException("selectie-leeg", "Kies minstens één buurt of wijk voor de selectie.")
            {
                Parameter = "codes",
            };
        }

        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var level in codes.Select(c => AreaCode.LevelOf(c)!.Value).Distinct())
        {
            known.UnionWith(await workspace.GetAreaCodesAsync(level, null, cancellationToken));
        }

        var unknown = codes.FirstOrDefault(c => !known.Contains(c));
        return unknown is null
            ? codes
            : throw new GeoOpgaveException(
                "gebied-onbekend",
                $"Het gebied '{unknown}' bestaat niet in de wijk- en buurtindeling van deze werkruimte."
            );
    }

    private static List<string> Normalise(IReadOnlyList<string> raw)
    {
        var codes = new List<string>();
        foreach (var text in raw.Where(c => !string.IsNullOrWhiteSpace(c)))
        {
            var code = AreaCode.Normalise(text);
            if (code is null || AreaCode.LevelOf(code) == AreaLevel.Gemeente)
            {
                throw new GeoOpgaveException(
                    "gebied-onbekend",
                    $"'{text.Trim()}' is geen buurt- of wijkcode (zoals BU99990002 of WK999900)."
                );
            }

            if (!codes.Contains(code, StringComparer.Ordinal))
            {
                codes.Add(code);
            }
        }

        return codes;
    }
}

using System.Globalization;
using GeoOpgave.Application.Import;
using GeoOpgave.Core.Issues;
using GeoOpgave.Core.Werken;
using GeoOpgave.IO.Features;
using GeoOpgave.IO.Validation;
using NetTopologySuite.Features;

namespace GeoOpgave.Application.Werken;

/// <summary>
/// Turns a read layer into a works layer: every feature gets the normalised werksoort, start, eind, eigenaar,
/// status and naam (the source's other fields stay). A feature with an unknown type or an impossible period (end
/// before start, a year outside 1900–2100, a value that is no year or date) is an error naming feature, row and
/// field, so the import is refused rather than landing a plan with a hole in it; a missing period is a warning.
/// </summary>
internal static class WerkenAttributes
{
    public static VectorLayer Normalise(
        VectorLayer layer,
        WerkenFields fields,
        WerksoortCatalogue catalogue,
        List<ImportIssue> issues
    )
    {
        var names = layer
            .Features.SelectMany(f => f.Attributes?.GetNames() ?? [])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var roles = new Roles(
            fields.Type is null
                ? Field(names, fields.TypeField, WerkenFieldNames.TypeDefaults, "--type-field", issues)
                : [],
            Field(names, fields.StartField, WerkenFieldNames.StartDefaults, "--start-field", issues),
            Field(names, fields.EndField, WerkenFieldNames.EndDefaults, "--end-field", issues),
            Field(names, fields.OwnerField, WerkenFieldNames.OwnerDefaults, "--owner-field", issues),
            Field(names, fields.StatusField, WerkenFieldNames.StatusDefaults, "--status-field", issues),
            Field(names, fields.NameField, WerkenFieldNames.NameDefaults, "--name-field", issues));
        var fixedType = fields.Type is null ? null : catalogue.Match(fields.Type);
        if (fields.Type is not null && fixedType is null)
        {
            issues.Add(
                ReportIssues.Error(
                    IssueKind.UnknownWerksoort,
                    $"--type '{fields.Type}' is geen werksoort van het profiel; kies uit {Known(catalogue)}."
                )
            );
        }
        else if (fields.Type is null && roles.Type.Count == 0 && fields.TypeField is null)
        {
            issues.Add(
                ReportIssues.Error(
                    IssueKind.MissingField,
                    $"Geen veld met de soort werk gevonden (gezocht: {string.Join(", ", WerkenFieldNames.TypeDefaults)}); geef het op met --type-field of geef het hele bestand één soort met --type."
                )
            );
        }

        if (roles.Start.Count == 0 && fields.StartField is null)
        {
            issues.Add(
                ReportIssues.Warning(
                    IssueKind.MissingPeriod,
                    $"Geen veld met het startjaar gevonden (gezocht: {string.Join(", ", WerkenFieldNames.StartDefaults)}); de werken tellen mee in elke periode. Geef het veld op met --start-field."
                )
            );
        }

        var features = new List<IFeature>(layer.Features.Count);
        for (var i = 0; i < layer.Features.Count; i++)
        {
            var where = new Where(layer.Name, i, layer.SourceLines is { } lines && i < lines.Count ? lines[i] : null);
            var feature = layer.Features[i];
            features.Add(
                new Feature(feature.Geometry, Normalise(feature.Attributes, roles, fixedType, catalogue, where, issues))
            );
        }

        return layer with { Features = features };
    }

    private static AttributesTable Normalise(
        IAttributesTable? source,
        Roles roles,
        Werksoort? fixedType,
        WerksoortCatalogue catalogue,
        Where where,
        List<ImportIssue> issues
    )
    {
        var soort = fixedType;
        if (soort is null && roles.Type.Count > 0)
        {
            var (typeField, text) = Text(source, roles.Type);
            soort = catalogue.Match(text);
            if (soort is null)
            {
                issues.Add(
                    where.Error(
                        IssueKind.UnknownWerksoort,
                        typeField,
                        text is null
                            ? "De soort werk ontbreekt."
                            : $"'{text}' is geen bekende werksoort; kies uit {Known(catalogue)} of voeg een synoniem toe aan het profiel."
                    )
                );
            }
        }

        var (startField, start) = Year(source, roles.Start, where, issues);
        var (endField, end) = Year(source, roles.End, where, issues);
        if (start is { } s && end is { } e && e < s)
        {
            issues.Add(
                where.Error(IssueKind.ImpossiblePeriod, endField, $"Het eindjaar {e} ligt voor het startjaar {s}.")
            );
        }
        else if (start is null && roles.Start.Count > 0 && Value(source, roles.Start).Value is null)
        {
            issues.Add(
                where.Warning(IssueKind.MissingPeriod, startField, "Geen startjaar; het werk telt mee in elke periode.")
            );
        }

        end ??= start;

        var table = new AttributesTable();
        table.Add(WerkenFieldNames.Soort, soort?.Id);
        table.Add(WerkenFieldNames.Start, start is null ? null : (long)start);
        table.Add(WerkenFieldNames.Eind, end is null ? null : (long)end);
        table.Add(WerkenFieldNames.Eigenaar, Text(source, roles.Owner).Text);
        table.Add(WerkenFieldNames.Status, Text(source, roles.Status).Text);
        table.Add(WerkenFieldNames.Naam, Text(source, roles.Name).Text);
        foreach (var name in source?.GetNames() ?? [])
        {
            if (!table.Exists(name))
            {
                table.Add(name, source![name]);
            }
        }

        return table;
    }

    private static (string Field, int? Year) Year(
        IAttributesTable? source,
        IReadOnlyList<string> fields,
        Where where,
        List<ImportIssue> issues
    )
    {
        var (field, value) = Value(source, fields);
        var year = WerkYear.Parse(value, out var unparsable);
        if (unparsable)
        {
            issues.Add(where.Error(IssueKind.ImpossiblePeriod, field, $"'{value}' is geen jaar of datum."));
            return (field, null);
        }

        if (year is { } y && !WerkYear.Plausible(y))
        {
            issues.Add(
                where.Error(
                    IssueKind.ImpossiblePeriod,
                    field,
                    $"Het jaar {y} ligt buiten {WerkYear.Earliest}–{WerkYear.Latest}."
                )
            );
            return (field, null);
        }

        return (field, year);
    }

    // The given field, else every default the layer has, in the order of the defaults: a source whose features use
    // different names (one "aanlegjaar", another "startjaar") is read feature by feature.
    private static IReadOnlyList<string> Field(
        List<string> names,
        string? given,
        IReadOnlyList<string> defaults,
        string option,
        List<ImportIssue> issues
    )
    {
        if (given is not null)
        {
            var found = names.FirstOrDefault(n => string.Equals(n, given, StringComparison.OrdinalIgnoreCase));
            if (found is null)
            {
                issues.Add(
                    ReportIssues.Error(
                        IssueKind.MissingField,
                        $"{option} '{given}' bestaat niet; de velden zijn: {string.Join(", ", names)}.",
                        given
                    )
                );
            }

            return found is null ? [] : [found];
        }

        return defaults
            .Select(d => names.FirstOrDefault(n => string.Equals(n, d, StringComparison.OrdinalIgnoreCase)))
            .OfType<string>()
            .ToList();
    }

    // The first of the fields with a value in this feature, and that value; the first field and null when none has one.
    private static (string Field, object? Value) Value(IAttributesTable? source, IReadOnlyList<string> fields)
    {
        foreach (var field in fields)
        {
            if (source is not null && source.Exists(field) && !PreparedVectorLayer.IsMissing(source[field]))
            {
                return (field, source[field]);
            }
        }

        return (fields.Count > 0 ? fields[0] : string.Empty, null);
    }

    private static (string Field, string? Text) Text(IAttributesTable? source, IReadOnlyList<string> fields)
    {
        var (field, value) = Value(source, fields);
        return (field, value is null ? null : Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim());
    }

    private static string Known(WerksoortCatalogue catalogue) => string.Join(", ", catalogue.Soorten.Select(s => s.Id));

    private sealed record Roles(
        IReadOnlyList<string> Type,
        IReadOnlyList<string> Start,
        IReadOnlyList<string> End,
        IReadOnlyList<string> Owner,
        IReadOnlyList<string> Status,
        IReadOnlyList<string> Name);

    private sealed record Where(string Layer, int Index, int? Row)
    {
        public ImportIssue Error(IssueKind kind, string field, string message) =>
            At(IssueSeverity.Error, kind, field, message);

        public ImportIssue Warning(IssueKind kind, string field, string message) =>
            At(IssueSeverity.Warning, kind, field, message);

        private ImportIssue At(IssueSeverity severity, IssueKind kind, string field, string message) =>
            new(severity, kind, $"{(Row is { } row ? $"Rij {row}" : $"Object {Index}")}, veld '{field}': {message}")
            {
                Layer = Layer,
                FeatureIndex = Index,
                Row = Row,
                Field = field,
            };
    }
}

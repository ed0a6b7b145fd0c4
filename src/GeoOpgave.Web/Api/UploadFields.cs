using System.Globalization;
using GeoOpgave.Application.Import;
using GeoOpgave.Application.Werken;
using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Crs;
using GeoOpgave.Core.Indicators;
using GeoOpgave.IO.Csv;

namespace GeoOpgave.Web.Api;

/// <summary>
/// The optional form fields of <c>POST /api/layers</c> besides the file: name, layer, crs, year, codeColumn, x, y and
/// encoding; werken=true imports planned works, mapped by typeField, startField, endField, ownerField, statusField,
/// nameField, type and profiel; areas=true imports a wijk- en buurtkaart as the areas, with gemeente. A field that is
/// given but wrong is refused with its name, never silently ignored.
/// </summary>
internal static class UploadFields
{
    /// <summary>The import the form asks for (its <see cref="ImportRequest.Path"/> still to be set), or what is
    /// wrong.</summary>
    public static (ImportRequest? Request, string? Error) Parse(IFormCollection form)
    {
        var crs = Field(form, "crs");
        int? srid = null;
        if (crs is not null)
        {
            if (!Srid.TryParseEpsg(crs, out var code))
            {
                return (null, $"Veld 'crs': '{crs}' is geen EPSG-code; gebruik bijvoorbeeld EPSG:28992 of EPSG:4326.");
            }

            srid = code;
        }

        var yearText = Field(form, "year");
        int? year = null;
        if (yearText is not null)
        {
            if (
                !int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
                || !DataYears.Contains(y)
            )
            {
                return (null, $"Veld 'year': '{yearText}' is geen jaartal tussen {DataYears.Earliest} en {DataYears.Latest}.");
            }

            year = y;
        }

        var encodingName = Field(form, "encoding");
        var encoding = encodingName is null ? null : CsvEncoding.FromName(encodingName);
        if (encodingName is not null && encoding is null)
        {
            return (
                null,
                $"Veld 'encoding': '{encodingName}' is geen bekende tekencodering; gebruik bijvoorbeeld utf-8 of windows-1252."
            );
        }

        var werken = Field(form, "werken");
        if (werken is not (null or "true" or "false"))
        {
            return (null, $"Veld 'werken': '{werken}' is geen true of false.");
        }

        return (new ImportRequest(string.Empty)
        {
            Name = Field(form, "name"),
            Layer = Field(form, "layer"),
            Srid = srid,
            Year = year,
            CodeColumn = Field(form, "codeColumn"),
            XColumn = Field(form, "x"),
            YColumn = Field(form, "y"),
            Encoding = encoding,
            Werken = werken == "true" ? Werken(form) : null,
        }, null);
    }

    /// <summary>
    /// areas=true: the file is a wijk- en buurtkaart to import as the workspace's areas, as "als gebieden" on /lagen
    /// and <c>import --as-areas</c> do; gemeente=GM0308[,GM0307] keeps only those gemeenten of a national file. Null
    /// gemeenten: all. A field of a layer import next to areas=true is refused, as the command line refuses it.
    /// </summary>
    public static (bool AsAreas, IReadOnlySet<string>? Gemeenten, string? Error) ParseAreas(IFormCollection form)
    {
        var areas = Field(form, "areas");
        if (areas is not (null or "true" or "false"))
        {
            return (false, null, $"Veld 'areas': '{areas}' is geen true of false.");
        }

        var gemeente = Field(form, "gemeente");
        if (areas != "true")
        {
            return gemeente is null
                ? (false, null, null)
                : (false, null, "Veld 'gemeente' hoort bij areas=true: het kiest gemeenten uit een wijk- en buurtkaart.");
        }

        string[] layerFields = ["name", "layer", "crs", "codeColumn", "x", "y", "encoding", "werken"];
        if (layerFields.FirstOrDefault(f => Field(form, f) is not null) is { } other)
        {
            return (false, null, $"Veld '{other}' hoort bij het importeren van een laag, niet bij areas=true.");
        }

        var gemeenten = AreaCode.GemeenteList(gemeente is null ? [] : [gemeente], out var invalid);
        return invalid is null
            ? (true, gemeenten.Count == 0 ? null : gemeenten, null)
            : (false, null, $"Veld 'gemeente': '{invalid}' is geen gemeentecode; schrijf bijvoorbeeld GM0308.");
    }

    private static WerkenFields Werken(IFormCollection form) => new()
    {
        TypeField = Field(form, "typeField"),
        StartField = Field(form, "startField"),
        EndField = Field(form, "endField"),
        OwnerField = Field(form, "ownerField"),
        StatusField = Field(form, "statusField"),
        NameField = Field(form, "nameField"),
        Type = Field(form, "type"),
        Profiel = Field(form, "profiel"),
    };

    private static string? Field(IFormCollection form, string name) =>
        form.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value.ToString())
            ? value.ToString().Trim()
            : null;
}

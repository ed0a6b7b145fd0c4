using System.Globalization;
using GeoOpgave.Application.Import;
using GeoOpgave.Application.Werken;
using GeoOpgave.Core.Crs;
using GeoOpgave.Core.Indicators;
using GeoOpgave.IO.Csv;

namespace GeoOpgave.Web.Api;

/// <summary>
/// The optional form fields of <c>POST /api/layers</c> besides the file: name, layer, crs, year, codeColumn, x, y and
/// encoding; werken=true imports planned works, mapped by typeField, startField, endField, ownerField, statusField,
/// nameField, type and profiel. A field that is given but wrong is refused with its name, never silently ignored.
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

using GeoOpgave.Application.Werken;

namespace GeoOpgave.Web.Components.Pages;

/// <summary>The works mapping of the upload form, as typed; <see cref="ToFields"/> gives what the import
/// takes.</summary>
public sealed class UploadWerkenChoice
{
    public bool AsWerken { get; set; }

    public string? Type { get; set; }

    public string? TypeField { get; set; }

    public string? StartField { get; set; }

    public string? EndField { get; set; }

    public string? OwnerField { get; set; }

    public string? StatusField { get; set; }

    public string? NameField { get; set; }

    /// <summary>The mapping with blank entries left to the defaults; null when the file is not works.</summary>
    public WerkenFields? ToFields() => !AsWerken ? null : new WerkenFields
    {
        Type = Blank(Type),
        TypeField = Blank(TypeField),
        StartField = Blank(StartField),
        EndField = Blank(EndField),
        OwnerField = Blank(OwnerField),
        StatusField = Blank(StatusField),
        NameField = Blank(NameField),
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

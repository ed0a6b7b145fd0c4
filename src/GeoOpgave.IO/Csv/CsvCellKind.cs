namespace GeoOpgave.IO.Csv;

/// <summary>What a CSV cell holds once read.</summary>
public enum CsvCellKind
{
    /// <summary>Empty or only spaces: a missing value (never zero).</summary>
    Empty,

    /// <summary>A whole number (without a leading zero, so codes such as "0363" stay text).</summary>
    Integer,

    /// <summary>A finite number with a fraction or exponent.</summary>
    Real,

    /// <summary>Anything else, kept as text.</summary>
    Text,
}

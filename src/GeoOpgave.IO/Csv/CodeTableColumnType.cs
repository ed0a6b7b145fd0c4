namespace GeoOpgave.IO.Csv;

/// <summary>What the cells of a code table column hold, missing values left aside.</summary>
public enum CodeTableColumnType
{
    /// <summary>Every cell is missing.</summary>
    Empty,

    /// <summary>Whole numbers.</summary>
    Integer,

    /// <summary>Numbers, some with a fraction.</summary>
    Real,

    /// <summary>At least one cell is not a number.</summary>
    Text,
}

namespace GeoOpgave.Application.Import;

/// <summary>
/// Thrown while features stream into the database when the input turns out to be rejected (a row that does
/// not read, too many rows or issues, no usable row at all), found only as the file is read in its single pass.
/// Thrown inside the store's transaction, so the import is rolled back and leaves nothing; the import service
/// turns it into a rejected result with the candidate's report.
/// </summary>
public sealed class ImportRejectedException : Exception
{
    public ImportRejectedException()
    {
    }

    public ImportRejectedException(string message)
        : base(message)
    {
    }

    public ImportRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

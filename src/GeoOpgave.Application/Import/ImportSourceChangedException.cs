namespace GeoOpgave.Application.Import;

/// <summary>
/// Thrown while features stream into the database when the source no longer reads as it did when it was
/// checked (a row turned bad, rows were added or removed). Thrown inside the store's transaction, so the
/// import is rolled back and leaves nothing.
/// </summary>
public sealed class ImportSourceChangedException : Exception
{
    public ImportSourceChangedException()
    {
    }

    public ImportSourceChangedException(string message)
        : base(message)
    {
    }

    public ImportSourceChangedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

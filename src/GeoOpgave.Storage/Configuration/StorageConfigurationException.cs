namespace GeoOpgave.Storage.Configuration;

/// <summary>
/// The configured connection string cannot be used. Thrown at start-up, when storage is registered;
/// the message names the setting and the problem but never repeats the connection string (it may hold a password).
/// </summary>
public sealed class StorageConfigurationException : Exception
{
    public StorageConfigurationException()
    {
    }

    public StorageConfigurationException(string message)
        : base(message)
    {
    }

    public StorageConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

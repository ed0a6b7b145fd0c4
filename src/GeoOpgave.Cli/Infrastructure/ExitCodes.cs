namespace GeoOpgave.Cli.Infrastructure;

/// <summary>The exit codes of <c>geoopgave</c>, stable for scripts.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Anything that is not the input's fault: a database that cannot be reached, a bug.</summary>
    public const int Failure = 1;

    /// <summary>The input was rejected (bad arguments, a file that does not read, an unknown profiel); nothing
    /// changed.</summary>
    public const int InputRejected = 2;

    /// <summary><c>audit verify</c> found a row of the audit log changed or removed outside the application.</summary>
    public const int Tampered = 3;
}

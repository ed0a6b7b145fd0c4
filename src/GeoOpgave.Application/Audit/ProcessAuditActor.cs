namespace GeoOpgave.Application.Audit;

/// <summary>The person running this process (the CLI): named after the operating-system account.</summary>
public sealed class ProcessAuditActor : IAuditActor
{
    public string Name { get; } = $"cli:{Environment.UserName}";
}

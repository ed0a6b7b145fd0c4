namespace GeoOpgave.Application.Audit;

/// <summary>Who is acting right now, as the audit log names them (a user name, or the local/CLI user).</summary>
public interface IAuditActor
{
    string Name { get; }
}

namespace GeoOpgave.Application.Audit;

/// <summary>The outcome of checking the audit log's hash chain.</summary>
/// <param name="Rows">Rows read.</param>
/// <param name="Unchained">Rows from before the chain existed (no hash), which can only be counted.</param>
/// <param name="BrokenAt">The id of the first row whose hash does not match, or that lacks one after the chain began;
/// null when intact.</param>
/// <param name="Reason">Why that row fails, in Dutch; null when intact.</param>
public sealed record AuditChainCheck(long Rows, long Unchained, long? BrokenAt, string? Reason)
{
    public bool Intact => BrokenAt is null;
}

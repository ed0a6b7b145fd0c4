using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GeoOpgave.Storage.Audit;

/// <summary>
/// The hash chain over the audit log: each row's hash covers its own content and the hash of the row before it, so
/// changing or removing a row breaks every hash after it. Times count to the microsecond, which both SQLite and
/// PostgreSQL keep exactly.
/// </summary>
public static class AuditChain
{
    /// <summary>The time as it is stored and hashed: UTC, whole microseconds.</summary>
    public static DateTimeOffset Normalise(DateTimeOffset time) =>
        new(time.UtcTicks - (time.UtcTicks % 10), TimeSpan.Zero);

    /// <summary>SHA-256 (hex) of the previous hash and the row's time, user, action, target and details.</summary>
    public static string Hash(string? previous, AuditEntryEntity entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var text = string.Join(
            '\n',
            previous ?? string.Empty,
            Normalise(entry.Time).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            entry.User,
            entry.Action,
            entry.Target,
            entry.DetailsJson);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}

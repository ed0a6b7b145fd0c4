using System.Security.Cryptography;
using System.Text;

namespace GeoOpgave.Web.Security;

/// <summary>
/// The one-time setup link's token: random (256 bits), kept only as a hash, valid until it expires and for one
/// successful use. Redeeming is serialised, so two people racing with the same link cannot both create a beheerder.
/// </summary>
public sealed class SetupLink(TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _redeeming = new(1, 1);
    private byte[]? _hash;
    private DateTimeOffset _expires;

    /// <summary>When the current token stops working; null when there is none (never issued, used or
    /// expired).</summary>
    public DateTimeOffset? Expires => _hash is not null && time.GetUtcNow() < _expires ? _expires : null;

    /// <summary>Makes a new token (the previous one stops working) and returns it, URL-safe.</summary>
    public string Issue(TimeSpan lifetime)
    {
        var token = Convert
            .ToBase64String(RandomNumberGenerator.GetBytes(32))
            .TrimEnd('=')
            .Replace('+', '-')
            .Replace('/', '_');
        _expires = time.GetUtcNow() + lifetime;
        _hash = Hash(token);
        return token;
    }

    /// <summary>True when <paramref name="token"/> is the current, unexpired, unused token.</summary>
    public bool IsValid(string? token) =>
        !string.IsNullOrEmpty(token) && _hash is { } hash && time.GetUtcNow() < _expires
        && CryptographicOperations.FixedTimeEquals(hash, Hash(token));

    /// <summary>
    /// Runs <paramref name="use"/> when the token is valid, one caller at a time; the token is spent when it reports
    /// success. False (and <paramref name="use"/> not run) for an invalid, expired or spent token.
    /// </summary>
    public async Task<bool> RedeemAsync(string? token, Func<Task<bool>> use, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(use);
        await _redeeming.WaitAsync(cancellationToken);
        try
        {
            if (!IsValid(token))
            {
                return false;
            }

            if (await use())
            {
                _hash = null;
            }

            return true;
        }
        finally
        {
            _redeeming.Release();
        }
    }

    public void Dispose() => _redeeming.Dispose();

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}

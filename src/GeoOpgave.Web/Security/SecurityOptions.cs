namespace GeoOpgave.Web.Security;

/// <summary>Settings under <c>GeoOpgave:Security</c>.</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "GeoOpgave:Security";

    /// <summary>
    /// True forces server mode (login required) even on loopback without accounts; by default the mode follows
    /// from the bound addresses and whether any account exists.
    /// </summary>
    public bool RequireLogin { get; set; }

    /// <summary>Login attempts allowed per client address per minute, on top of the per-account lockout.</summary>
    public int LoginAttemptsPerMinute { get; set; } = 10;

    /// <summary>Heavy requests (sensitivity, comparison, exports) that run at once; twice as many wait, the rest get
    /// 429.</summary>
    public int HeavyRequestsAtOnce { get; set; } = Math.Max(2, Environment.ProcessorCount);

    /// <summary>How often an open page (Blazor circuit) re-checks its user's account and roles.</summary>
    public int CircuitRevalidationSeconds { get; set; } = 60;

    /// <summary>How long the one-time setup link printed at start-up works (server mode without accounts).</summary>
    public int SetupLinkMinutes { get; set; } = 60;
}

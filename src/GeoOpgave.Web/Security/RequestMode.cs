namespace GeoOpgave.Web.Security;

/// <summary>How <see cref="SecurityMode"/> treats one request.</summary>
public enum RequestMode
{
    /// <summary>Login required: the request may come from anywhere.</summary>
    Server,

    /// <summary>Provably from this machine on a local-mode host: the local user with every role.</summary>
    Local,

    /// <summary>A local-mode host asked for under a name that is not loopback (DNS rebinding): refused.</summary>
    ForeignHost,
}

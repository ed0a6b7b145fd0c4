namespace GeoOpgave.Application.Export;

/// <summary>The CBS years a request asks for; an open end is unbounded.</summary>
public sealed record YearRange(int? From, int? To)
{
    public bool Contains(int year) => (From is not { } f || year >= f) && (To is not { } t || year <= t);
}

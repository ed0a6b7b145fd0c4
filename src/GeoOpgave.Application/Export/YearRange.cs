namespace GeoOpgave.Application.Export;

/// <summary>The CBS years a request asks for; an open end is unbounded.</summary>
public sealed record YearRange(int? From, int? To)
{
    /// <summary>A range that holds no year.</summary>
    public static YearRange None { get; } = new(1, 0);

    public bool Contains(int year) => (From is not { } f || year >= f) && (To is not { } t || year <= t);
}

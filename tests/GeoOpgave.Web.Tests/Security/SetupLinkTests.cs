using GeoOpgave.Web.Security;

namespace GeoOpgave.Web.Tests.Security;

public sealed class SetupLinkTests
{
    private readonly MovableTime _time = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void IsValid_IssuedToken_OnlyThatTokenAndOnlyUntilItExpires()
    {
        using var link = new SetupLink(_time);
        var token = link.Issue(TimeSpan.FromMinutes(60));

        var before = (link.IsValid(token), link.IsValid(token + "x"), link.IsValid(null));
        _time.Now += TimeSpan.FromMinutes(60);

        Assert.Equal((true, false, false), before);
        Assert.False(link.IsValid(token));
        Assert.Null(link.Expires);
    }

    [Fact]
    public void Issue_TwoTokens_RandomUrlSafeAndTheFirstStopsWorking()
    {
        using var link = new SetupLink(_time);

        var first = link.Issue(TimeSpan.FromMinutes(5));
        var second = link.Issue(TimeSpan.FromMinutes(5));

        Assert.NotEqual(first, second);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", second);
        Assert.False(link.IsValid(first));
        Assert.True(link.IsValid(second));
    }

    [Fact]
    public async Task RedeemAsync_Succeeded_TokenIsSpent()
    {
        using var link = new SetupLink(_time);
        var token = link.Issue(TimeSpan.FromMinutes(5));
        var runs = 0;

        var first = await link.RedeemAsync(token, () => { runs++; return Task.FromResult(true); }, default);
        var second = await link.RedeemAsync(token, () => { runs++; return Task.FromResult(true); }, default);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(1, runs);
    }

    [Fact]
    public async Task RedeemAsync_UseFails_TokenStaysValidForAnotherTry()
    {
        using var link = new SetupLink(_time);
        var token = link.Issue(TimeSpan.FromMinutes(5));

        var redeemed = await link.RedeemAsync(token, () => Task.FromResult(false), default);

        Assert.True(redeemed);
        Assert.True(link.IsValid(token));
    }

    private sealed class MovableTime(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}

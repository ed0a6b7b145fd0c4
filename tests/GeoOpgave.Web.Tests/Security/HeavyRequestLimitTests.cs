using System.Globalization;
using System.Net;
using System.Text.Json;

namespace GeoOpgave.Web.Tests.Security;

/// <summary>Anyone who can read cannot keep every core busy: heavy requests run a few at a time, a few more wait, the
/// rest get 429.</summary>
public sealed class HeavyRequestLimitTests
{
    [Fact]
    public async Task Sensitivity_ManyAtOnce_SomeServedTheRestRefusedWith429Problem()
    {
        using var server = new GeoOpgaveServer
        {
            Settings = new Dictionary<string, string> { ["GeoOpgave:Security:HeavyRequestsAtOnce"] = "1" },
        };
        using var client = new HttpClient { BaseAddress = server.RootUri, Timeout = TimeSpan.FromMinutes(2) };

        var responses = await Task.WhenAll(
            Enumerable
                .Range(0, 12)
                .Select(i =>
                    client.GetAsync(
                        new Uri(
                            string.Create(
                                CultureInfo.InvariantCulture,
                                $"/api/analyses/sensitivity?runs=10000&perturbation=0.{10 + i}"
                            ),
                            UriKind.Relative
                        )
                    )
                )
        );

        try
        {
            var statuses = responses.Select(r => r.StatusCode).ToList();
            Assert.True(
                statuses.All(s => s is HttpStatusCode.OK or HttpStatusCode.TooManyRequests),
                string.Join(", ", statuses)
            );
            // One runs and two wait: at most three are served while all twelve arrive together.
            Assert.InRange(statuses.Count(s => s == HttpStatusCode.OK), 1, 3);
            var refused = responses.First(r => r.StatusCode == HttpStatusCode.TooManyRequests);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.Equal(
                "te-veel-verzoeken",
                JsonDocument
                    .Parse(await refused.Content.ReadAsStringAsync())
                    .RootElement.GetProperty("code")
                    .GetString()
            );
            Assert.True(refused.Headers.RetryAfter is not null);
        }
        finally
        {
            Array.ForEach(responses, r => r.Dispose());
        }
    }
}

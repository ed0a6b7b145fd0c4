using System.Net;
using System.Text.Json;
using GeoOpgave.Application.Audit;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GeoOpgave.Web.Tests.Api.Errors;

public sealed class ApiExceptionHandlerTests(GeoOpgaveWebFactory factory) : IClassFixture<GeoOpgaveWebFactory>
{
    [Fact]
    public async Task UnknownProfiel_OnTwoEndpoints_TheSameProblemWithItsCode()
    {
        using var client = factory.CreateClient();

        using var buurten = await client.GetAsync(new Uri("/api/buurten?profiel=bestaat-niet", UriKind.Relative));
        using var export = await client.GetAsync(
            new Uri("/api/exports/buurten.csv?profiel=bestaat-niet", UriKind.Relative)
        );

        var problems = new[] { await ProblemAsync(buurten), await ProblemAsync(export) };
        Assert.All(problems, p => Assert.Equal(
            (404, "profiel-onbekend"), (p.GetProperty("status").GetInt32(), p.GetProperty("code").GetString())));
        Assert.Equal(Contract(problems[0]), Contract(problems[1]));
        Assert.Contains("bestaat-niet", problems[0].GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/exports/collections/wijken.csv?profiel=standaard", "profiel")]
    [InlineData("/api/exports/collections/selecties.csv?year=2024", "year")]
    public async Task Refusal_AboutOneInput_NamesItAsParameter(string url, string parameter)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        var problem = await ProblemAsync(response);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            ("parameter-onbekend", parameter),
            (problem.GetProperty("code").GetString(), problem.GetProperty("parameter").GetString())
        );
    }

    [Fact]
    public async Task Refusal_Answered_KeepsTheSecurityHeaders()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/buurten?profiel=bestaat-niet", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains(response.Headers.GetValues("Content-Security-Policy"), p =>
            p.Contains("script-src 'self' 'nonce-", StringComparison.Ordinal)
        );
    }

    [Fact]
    public async Task UnexpectedException_500ProblemWithoutMessageOrStack()
    {
        using var failing = factory.WithWebHostBuilder(b =>
            b.ConfigureTestServices(s =>
                s.Replace(
                    ServiceDescriptor.Scoped<IAuditActor>(p => new FailingActor(
                        p.GetRequiredService<IHttpContextAccessor>()
                    ))
                )
            )
        );
        using var client = failing.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/exports/buurten.csv", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("serverfout", json.RootElement.GetProperty("code").GetString());
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(FailingActor), body, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), body, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    // What a client may rely on; traceId differs per request by design.
    private static (string?, string?, int, string?, string?) Contract(JsonElement problem) => (
        problem.GetProperty("type").GetString(),
        problem.GetProperty("title").GetString(),
        problem.GetProperty("status").GetInt32(),
        problem.GetProperty("detail").GetString(),
        problem.GetProperty("code").GetString());

    private const string Secret = "Host=db.intern;Password=geheim";

    // Start-up imports the demo under an actor as well; only a request fails, with a message a client must never see.
    private sealed class FailingActor(IHttpContextAccessor accessor) : IAuditActor
    {
        public string Name => accessor.HttpContext is null ? "test" : throw new InvalidOperationException(Secret);
    }
}

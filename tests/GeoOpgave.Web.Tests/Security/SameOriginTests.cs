using System.Net;
using GeoOpgave.Web.Security;
using Microsoft.AspNetCore.Http;

namespace GeoOpgave.Web.Tests.Security;

public sealed class SameOriginTests
{
    [Theory]
    [InlineData("http://localhost:5080", null)]
    [InlineData(null, "same-origin")]
    [InlineData(null, "none")]
    [InlineData(null, null)]
    [InlineData("HTTP://LOCALHOST:5080", null)]
    [InlineData("null", "same-origin")]
    public void IsSameOrigin_OwnOriginOrNoBrowserHeaders_IsTrue(string? origin, string? site)
    {
        Assert.True(SameOriginMiddleware.IsSameOrigin(Request(origin, site)));
    }

    [Theory]
    [InlineData("http://evil.example", null)]
    [InlineData("null", null)]
    [InlineData("https://localhost:5080", null)]
    [InlineData("http://localhost:5081", null)]
    [InlineData(null, "cross-site")]
    [InlineData(null, "same-site")]
    [InlineData("http://localhost:5080", "same-site")]
    [InlineData("http://localhost:5080", "cross-site")]
    public void IsSameOrigin_AnotherSite_IsFalse(string? origin, string? site)
    {
        Assert.False(SameOriginMiddleware.IsSameOrigin(Request(origin, site)));
    }

    [Theory]
    [InlineData("DELETE", "/api/layers/1")]
    [InlineData("POST", "/api/selecties")]
    [InlineData("PUT", "/api/selecties/1")]
    [InlineData("POST", "/account/logout")]
    public async Task UnsafeMethod_CrossSiteOrigin_403Problem(string method, string path)
    {
        using var factory = new SecuredWebFactory();
        using var client = factory.CreateBrowserlikeClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.TryAddWithoutValidation("Origin", "http://evil.example");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Get_CrossSite_IsServed()
    {
        using var factory = new SecuredWebFactory();
        using var client = factory.CreateBrowserlikeClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/buurten");
        request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", "cross-site");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static HttpRequest Request(string? origin, string? site)
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("localhost:5080");
        if (origin is not null)
        {
            context.Request.Headers.Origin = origin;
        }

        if (site is not null)
        {
            context.Request.Headers["Sec-Fetch-Site"] = site;
        }

        return context.Request;
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GeoOpgave.Application.Audit;
using GeoOpgave.Application.Users;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Web.Tests.Security;

public sealed class AuditTests
{
    private const string RdGeoJson = """
        {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:28992"}},"features":[
         {"type":"Feature","properties":{"naam":"A"},"geometry":{"type":"Point","coordinates":[155000,463000]}}]}
        """;

    [Fact]
    public async Task AuditLog_ImportDeleteExportAndUserChanges_AreRecordedWithTheirUser()
    {
        using var factory = new SecuredWebFactory();
        await factory.AddUserAsync("ilse", UserRoles.Analist);
        await factory.AddUserAsync("jan", UserRoles.Beheerder);
        using var analist = factory.CreateBrowserlikeClient();
        using var loginAnalist = await SecuredWebFactory.LoginAsync(analist, "ilse", SecuredWebFactory.Password);

        using var created = await analist.PostAsync(
            new Uri("/api/layers", UriKind.Relative),
            Upload("audit-punten.geojson", RdGeoJson)
        );
        var id = JsonDocument
            .Parse(await created.Content.ReadAsStringAsync())
            .RootElement.GetProperty("layers")[0]
            .GetProperty("id")
            .GetInt64();
        using var deleted = await analist.DeleteAsync(new Uri($"/api/layers/{id}", UriKind.Relative));
        using var exported = await analist.GetAsync(new Uri("/api/exports/buurten.csv", UriKind.Relative));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var roles = await scope
                .ServiceProvider.GetRequiredService<UserService>()
                .SetRolesAsync("ilse", [UserRoles.Analist, UserRoles.Planner], CancellationToken.None);
            Assert.True(roles.Succeeded);
        }

        using var beheerder = factory.CreateBrowserlikeClient();
        using var loginBeheerder = await SecuredWebFactory.LoginAsync(beheerder, "jan", SecuredWebFactory.Password);
        var entries = JsonSerializer.Deserialize<List<AuditEntry>>(
            await beheerder.GetStringAsync(new Uri("/api/audit", UriKind.Relative)),
            new JsonSerializerOptions(JsonSerializerDefaults.Web)
        )!;
        var csv = await beheerder.GetStringAsync(new Uri("/api/audit.csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, exported.StatusCode);
        Assert.Contains(entries, e =>
            e.Action == AuditActions.LayerImported && e.Target == "audit-punten" && e.User == "ilse"
        );
        Assert.Contains(entries, e =>
            e.Action == AuditActions.LayerDeleted && e.Target == "audit-punten" && e.User == "ilse"
        );
        Assert.Contains(entries, e =>
            e.Action == AuditActions.Exported && e.Target == "buurten.csv" && e.User == "ilse"
        );
        Assert.Contains(entries, e => e.Action == AuditActions.UserAdded && e.Target == "jan");
        var rolesEntry = Assert.Single(entries, e => e.Action == AuditActions.UserRolesChanged);
        Assert.Contains("planner", rolesEntry.DetailsJson, StringComparison.Ordinal);
        Assert.StartsWith("id;tijd;gebruiker;actie;doel;details", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains(";laag.geimporteerd;audit-punten;", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditPage_AsBeheerder_ShowsTheUserChangeAndTheCsvLink()
    {
        using var factory = new SecuredWebFactory();
        await factory.AddUserAsync("kees", UserRoles.Beheerder);
        using var client = factory.CreateBrowserlikeClient();
        using var login = await SecuredWebFactory.LoginAsync(client, "kees", SecuredWebFactory.Password);

        var page = await client.GetStringAsync(new Uri("/beheer/audit", UriKind.Relative));

        Assert.Contains("gebruiker.toegevoegd", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/api/audit.csv\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public void AuditEndpoints_OnlyRead_NoWayToChangeTheLog()
    {
        using var factory = new SecuredWebFactory();
        using var client = factory.CreateBrowserlikeClient();

        var audit = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(EndpointProbe.From)
            .Where(p => p.Route.StartsWith("/api/audit", StringComparison.OrdinalIgnoreCase))
            .ToList();

        Assert.Equal(2, audit.Count);
        Assert.All(audit, p => Assert.Equal("GET", p.Method));
        Assert.DoesNotContain(typeof(AuditLog).GetMethods(), m =>
            m.Name.Contains("Delete", StringComparison.Ordinal) || m.Name.Contains("Update", StringComparison.Ordinal)
        );
    }

    private static MultipartFormDataContent Upload(string fileName, string content)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/geo+json");
        form.Add(file, "file", fileName);
        return form;
    }
}

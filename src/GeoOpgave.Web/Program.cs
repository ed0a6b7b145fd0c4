using GeoOpgave.Application;
using GeoOpgave.Web.Api;
using GeoOpgave.Web.Components;
using GeoOpgave.Web.Hosting;
using GeoOpgave.Web.Security;

var builder = WebApplication.CreateBuilder(args);
builder.UseGeoOpgaveDefaultAddress();

builder.Services.AddGeoOpgaveApplication(builder.Configuration);
builder.Services.AddGeoOpgaveWeb();
builder.Services.AddGeoOpgaveSecurity(builder.Configuration);
builder.Services.AddGeoOpgaveReverseProxy(builder.Configuration);

var app = builder.Build();

app.UseGeoOpgaveReverseProxy();
app.UseGeoOpgaveErrorHandling();
app.UseGeoOpgaveSecurity();
app.UseAntiforgery();

app.MapStaticAssets().AllowAnonymous();
app.MapAccount();
app.MapAudit();
app.MapGeoOpgaveApi();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode()
    .RequireAuthorization(Policies.Lezen);

app.Run();

/// <summary>The web host's entry point; public so that tests can start it through WebApplicationFactory.</summary>
public partial class Program;

using GeoOpgave.Application;
using GeoOpgave.Web.Api;
using GeoOpgave.Web.Components;
using GeoOpgave.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddGeoOpgaveApplication(builder.Configuration);
builder.Services.AddGeoOpgaveWeb();

var app = builder.Build();

app.UseGeoOpgaveErrorHandling();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapGeoOpgaveApi();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();

app.Run();

/// <summary>The web host's entry point; public so that tests can start it through WebApplicationFactory.</summary>
public partial class Program;

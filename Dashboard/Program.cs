using Dashboard.Access;
using Dashboard.Cli;
using Dashboard.Components;
using Dashboard.Exports;
using Dashboard.Hosting;
using Dashboard.Imports;
using Dashboard.Sharing;
using Dashboard.Startup;

// The server in a method of its own: a command (an import run by a scheduled job) then loads none of ASP.NET Core.
return CommandLine.IsCommand(args) ? CommandLine.Run(args, Console.Out, Console.Error) : RunServer(args);

static int RunServer(string[] args)
{
    // The content root is the build output, so the server finds its settings and assets from whatever folder it is started in.
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
    if (!builder.Environment.IsDevelopment())
    {
        // Started from build output rather than a publish folder, the CSS and scripts are found through the build's
        // manifest in any environment (Development does this by itself); a publish folder has no manifest and needs none.
        builder.WebHost.UseStaticWebAssets();
    }
    builder.Services.AddImpactDashboard(builder.Configuration);

    var app = builder.Build();
    app.UseForwardedHeaders();
    app.UseSecurityHeaders();
    if (!app.Environment.IsDevelopment())
    {
        app.UseExceptionHandler("/Error", createScopeForErrors: true);
        app.UseHsts();
    }
    if (app.Configuration.GetValue<bool>("Https:Redirect"))
    {
        // Behind a proxy that ends TLS, leave this off and let the proxy redirect.
        app.UseHttpsRedirectionForPeople();
    }
    app.UseUiCulture();
    app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
    app.UseCircuitOriginCheck();
    app.UseAccessControl();
    app.UseAntiforgery();
    app.MapStaticAssets().AllowAnonymous();
    app.MapHealth();
    app.MapMetrics();
    app.MapLanguageSwitch();
    app.MapAccountEndpoints();
    app.MapImportTemplates();
    app.MapValueMapFile();
    app.MapExports();
    app.MapShareLinks();
    app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    app.Run();
    return 0;
}

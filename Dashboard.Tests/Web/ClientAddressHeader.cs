using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Dashboard.Tests.Web;

/// <summary>
/// The in-memory test server has no network, so no client address: a request may name the address it comes from in
/// <see cref="Name"/>, as if it came from that machine. First in the pipeline, before anything reads the address.
/// </summary>
public sealed class ClientAddressHeader : IStartupFilter
{
    public const string Name = "X-Test-Clientadres";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, rest) =>
        {
            if (context.Request.Headers.TryGetValue(Name, out var address))
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
            }
            return rest(context);
        });
        next(app);
    };
}

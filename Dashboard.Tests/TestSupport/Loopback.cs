using System.Net;
using System.Net.Sockets;

namespace Dashboard.Tests.TestSupport;

/// <summary>Ports on this machine for servers a test starts (the app, nginx) that take a port number rather than 0.</summary>
public static class Loopback
{
    /// <summary>A port nothing listens on right now.</summary>
    public static int FreePort() => FreePorts(1)[0];

    /// <summary>Ports nothing listens on right now, all different (each is held until all are found).</summary>
    public static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(l => l.Start());
            return listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        }
        finally
        {
            listeners.ForEach(l => l.Dispose());
        }
    }
}

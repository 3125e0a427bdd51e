using System.Net;
using System.Net.Sockets;

namespace PartnershipTeams.TestSupport;

/// <summary>A loopback port free at this moment, for a process the test starts (the app, Azurite, the Playground) to listen on.</summary>
public static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

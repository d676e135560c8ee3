using System.Net;
using System.Net.Sockets;

namespace MutualAid.DevNetwork.Hosting;

/// <summary>Turns a configured port of 0 into a free loopback port, so every peer's port is known before start.</summary>
internal static class PortAllocator
{
    public static int Resolve(int configured)
    {
        if (configured != 0)
        {
            return configured;
        }

        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

using System.Net;
using System.Net.Sockets;

namespace MutualAid.DevNetwork.Hosting;

/// <summary>Turns a configured port of 0 into a free loopback port, so every peer's port is known before start.</summary>
internal static class PortAllocator
{
    // The system may hand a just-released port out again; remembering what this process took keeps two peers
    // (or two networks started side by side) from being given the same one.
    private static readonly HashSet<int> Given = [];
    private static readonly Lock Gate = new();

    public static int Resolve(int configured)
    {
        if (configured != 0)
        {
            return configured;
        }

        while (true)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            lock (Gate)
            {
                if (Given.Add(port))
                {
                    return port;
                }
            }
        }
    }
}

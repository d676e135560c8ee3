using MutualAid.Gateway.Benchmarks;

// dotnet run -c Release --project benchmarks/MutualAid.Gateway.Benchmarks [-- --split]
// Sets up a pool, members and a claim over HTTP, then measures recording contributions and reading the claim through
// the gateway (over HTTP/1.1, and over HTTP/2 on its h2c URL) and through Fabric.Client directly, as the same identity,
// at the same concurrency; reads also through an empty service (a bare endpoint that only calls Fabric.Client), the
// most any HTTP service in front of Fabric.Client can reach in the same layout.
// Default: everything in this process, on the embedded deployment (ColocatedRun). --split: the network in one process
// on CPU 0, the callers and the gateway in another on CPU 1, as in a deployment (SplitRun; needs taskset).
return args switch
{
    [] => await ColocatedRun.RunAsync(),
    ["--split"] => await SplitRun.RunAsync(),
    [SplitRun.RoleOption, SplitRun.NetworkRole, var data] => await SplitRun.ServeNetworkAsync(data),
    [SplitRun.RoleOption, SplitRun.AppRole, var data, var peer, var gateways, var network] =>
        await SplitRun.MeasureAsync(data, peer, gateways, int.Parse(network, System.Globalization.CultureInfo.InvariantCulture)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: MutualAid.Gateway.Benchmarks [--split]");
    return 2;
}

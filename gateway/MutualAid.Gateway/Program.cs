using System.Runtime.InteropServices;
using MutualAid.Gateway.Demo;
using MutualAid.Gateway.Hosting;

// dotnet run --project gateway/MutualAid.Gateway [serve|demo|issue-keys|keys ...] [--Mode External] [--DataDirectory .mutualaid] ...
var verb = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "serve";
var settings = GatewayConfiguration.Read(verb == "serve" && (args.Length == 0 || args[0].StartsWith('-')) ? args : args[1..]);

using var stop = new CancellationTokenSource();
void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}

using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
return verb switch
{
    "serve" => await GatewayCommand.ServeAsync(settings, Console.Out, stop.Token),
    "demo" => await DemoCommand.RunAsync(settings, Console.Out, stop.Token),
    "issue-keys" => await GatewayCommand.IssueKeysAsync(settings, Console.Out),
    "keys" => await KeysCommand.RunAsync(settings, args[1..], Console.Out, Console.Error),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: MutualAid.Gateway [serve|demo|issue-keys] [--Mode Embedded|External] [--DataDirectory DIR] [--Urls URL] [--Organization MSP]");
    Console.Error.WriteLine(KeysCommand.Usage);
    return 2;
}

namespace MutualAid.Gateway.Hosting;

/// <summary>Reads <see cref="GatewaySettings"/>: <c>appsettings.json</c>, then <c>MUTUALAID_</c> environment variables, then the command line.</summary>
public static class GatewayConfiguration
{
    /// <summary>The settings from every source, later sources winning.</summary>
    public static GatewaySettings Read(string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables("MUTUALAID_")
            .AddCommandLine(args)
            .Build();
        return configuration.Get<GatewaySettings>() ?? new GatewaySettings();
    }
}

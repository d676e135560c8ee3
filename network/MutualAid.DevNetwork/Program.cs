using MutualAid.DevNetwork.Hosting;

DevNetworkOptions options;
try
{
    options = DevNetworkOptions.Parse(args);
}
catch (ArgumentException error)
{
    Console.Error.WriteLine(error.Message);
    Console.Error.WriteLine("usage: MutualAid.DevNetwork [--data DIR] [--chaincode NAME=HOST:PORT]...");
    return 2;
}

Directory.CreateDirectory(options.DataDirectory);
Console.WriteLine($"data directory: {options.DataDirectory}");
return 0;

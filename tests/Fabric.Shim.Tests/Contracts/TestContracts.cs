#pragma warning disable CA1822 // Transaction functions are instance methods of their contract by design.

using Fabric.Shim.Contracts;
using Fabric.Shim.Errors;

namespace Fabric.Shim.Tests.Contracts;

public sealed record Point(int X, int Y);

public enum Shape
{
    Circle,
    Square,
}

[Contract(Name = "calc", Title = "Calculator", Version = "2.0")]
public sealed class CalculatorContract : Contract
{
    public List<string> Trace { get; } = [];

    [Transaction(Submit = false)]
    public int Add(Context ctx, int a, long b) => checked(a + (int)b);

    [Transaction]
    public async Task<Point> Move(Context ctx, Point point, int dx)
    {
        await Task.Yield();
        return point with { X = point.X + dx };
    }

    [Transaction(Name = "Describe")]
    public string DescribeShape(Context ctx, Shape shape, bool filled, decimal size) =>
        $"{shape}:{filled}:{size.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    [Transaction]
    public Task Fail(Context ctx, string message) => throw new InvalidOperationException(message);

    [Transaction]
    public Task Refuse(Context ctx) => throw new ChaincodeException("POOL_CLOSED: the pool is closed", 409);

    [Transaction]
    public async Task<string> Read(Context ctx, string key) =>
        System.Text.Encoding.UTF8.GetString(await ctx.Stub.GetStateAsync(key));

    [Transaction]
    public string Who(Context ctx) => $"{ctx.ClientIdentity.GetMspId()}|{ctx.ClientIdentity.GetAttributeValue("role")}";

    public override Task BeforeTransactionAsync(Context context)
    {
        Trace.Add("before:" + context.Stub.FunctionName);
        return Task.CompletedTask;
    }

    public override Task AfterTransactionAsync(Context context, object? result)
    {
        Trace.Add("after:" + result);
        return Task.CompletedTask;
    }
}

public sealed class GreeterContract : Contract
{
    public string Hello(Context ctx, string name) => "hello " + name;
}

public sealed class NoContextContract : Contract
{
    [Transaction]
    public string Broken(string name) => name;
}

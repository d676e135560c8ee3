using System.Text;

namespace MutualAid.Chaincode.Calls;

/// <summary>
/// One domain call as the proposal states it: <c>args[0]</c> is the domain function (e.g. <c>SubmitClaim</c>),
/// <c>args[1]</c>, when present, its arguments as one JSON object; no <c>args[1]</c> means <c>{}</c>.
/// </summary>
/// <param name="Function">The domain function name, exactly as the domain router knows it.</param>
/// <param name="ArgumentsJson">The JSON object of the function's message.</param>
public sealed record ContractCall(string Function, string ArgumentsJson)
{
    /// <summary>The arguments of a function called without any.</summary>
    public const string NoArguments = "{}";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads the call from the proposal's raw arguments.</summary>
    /// <returns>The call, or null with a reason when the arguments break the convention.</returns>
    public static (ContractCall? Call, string? Problem) Parse(IReadOnlyList<ReadOnlyMemory<byte>> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count > 2)
        {
            return (null, $"a call takes the function name and at most one JSON argument; {args.Count - 1} arguments were given");
        }

        try
        {
            var function = args.Count > 0 ? StrictUtf8.GetString(args[0].Span) : string.Empty;
            var json = args.Count > 1 ? StrictUtf8.GetString(args[1].Span) : NoArguments;
            return (new ContractCall(function, json), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, "the function name and its argument must be valid UTF-8");
        }
    }
}

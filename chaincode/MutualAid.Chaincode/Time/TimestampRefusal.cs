namespace MutualAid.Chaincode.Time;

/// <summary>Why <see cref="ClockCheck"/> refused a transaction's timestamp.</summary>
/// <param name="Code">The stable error code: <c>TIMESTAMP_MISSING</c>, <c>TIMESTAMP_INVALID</c> or <c>TIMESTAMP_OUT_OF_RANGE</c> (all status 400).</param>
/// <param name="Message">What was wrong, for the caller; it does not repeat the code.</param>
public sealed record TimestampRefusal(string Code, string Message);

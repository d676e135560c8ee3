using System.Globalization;
using MutualAid.Domain.State;

namespace MutualAid.Chaincode.Time;

/// <summary>
/// The clock setting of the standalone chaincode server: <see cref="ToleranceVariable"/>, a whole number of seconds,
/// more than zero and at most <see cref="ClockCheck.MaxTolerance"/>; unset or empty means
/// <see cref="LedgerTime.DefaultTolerance"/>. The clock is the machine's.
/// </summary>
public static class ClockEnvironment
{
    /// <summary>The environment variable that sets <see cref="ClockCheck.Tolerance"/>, in whole seconds.</summary>
    public const string ToleranceVariable = "MUTUALAID_CLOCK_TOLERANCE_SECONDS";

    /// <summary>The clock check the process environment asks for.</summary>
    /// <exception cref="InvalidOperationException">The variable is not a whole number of seconds within the allowed tolerance.</exception>
    public static ClockCheck Read() => Read(Environment.GetEnvironmentVariable(ToleranceVariable));

    /// <summary>The clock check for <paramref name="toleranceSeconds"/>, the variable's value (null when unset).</summary>
    /// <exception cref="InvalidOperationException">The value is not a whole number of seconds within the allowed tolerance.</exception>
    public static ClockCheck Read(string? toleranceSeconds)
    {
        if (string.IsNullOrWhiteSpace(toleranceSeconds))
        {
            return ClockCheck.System;
        }

        var text = toleranceSeconds.Trim();
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            throw new InvalidOperationException($"{ToleranceVariable} must be a whole number of seconds, not '{text}'");
        }

        var tolerance = TimeSpan.FromSeconds(seconds);
        if (ClockCheck.ToleranceProblem(tolerance) is { } problem)
        {
            throw new InvalidOperationException($"{ToleranceVariable} is {text}: {problem}");
        }

        return new ClockCheck(ClockCheck.System.Clock, tolerance);
    }
}

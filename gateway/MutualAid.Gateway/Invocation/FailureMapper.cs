using System.Globalization;
using System.Text.RegularExpressions;
using Fabric.Client.Errors;

namespace MutualAid.Gateway.Invocation;

/// <summary>
/// Turns Fabric.Client's stage exceptions into <see cref="InvocationFailure"/>s. A chaincode refusal arrives as a
/// peer's error detail <c>chaincode response 404, CLAIM_NOT_FOUND: ...</c>: its status and code are kept as they are.
/// </summary>
public static partial class FailureMapper
{
    /// <summary>The failure for <paramref name="exception"/>, or null when it is not a Fabric.Client failure.</summary>
    public static InvocationFailure? From(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            CommitException commit when commit.IsTransient => new(409, GatewayErrorCodes.MvccReadConflict,
                $"the transaction kept meeting read conflicts ({ValidationCodes.NameOf(commit.Code)}); nothing was written, try again", commit.TransactionId, false),
            CommitException commit => new(502, GatewayErrorCodes.TransactionInvalid,
                $"the transaction committed invalid: {ValidationCodes.NameOf(commit.Code)}", commit.TransactionId, false),
            CommitStatusException status => new(504, GatewayErrorCodes.OutcomeUnknown,
                "the transaction was ordered but its commit could not be confirmed; retry with the same Idempotency-Key", status.TransactionId, false),
            GatewayException gateway => FromGateway(gateway),
            _ => null,
        };
    }

    private static InvocationFailure FromGateway(GatewayException exception)
    {
        foreach (var detail in exception.Details)
        {
            var match = ChaincodeResponse().Match(detail.Message);
            if (!match.Success)
            {
                continue;
            }

            var status = int.Parse(match.Groups["status"].Value, CultureInfo.InvariantCulture);
            var code = match.Groups["code"].Success ? match.Groups["code"].Value : GatewayErrorCodes.ChaincodeFault;
            var message = match.Groups["message"].Value.Trim();
            return status is >= 400 and < 500
                ? new InvocationFailure(status, code, message, exception.TransactionId, true)
                : new InvocationFailure(502, GatewayErrorCodes.ChaincodeFault, message, exception.TransactionId, false);
        }

        if (exception.IsTransient || exception.IsCircuitOpen)
        {
            return new InvocationFailure(503, GatewayErrorCodes.FabricUnavailable, "the Fabric network is unreachable or overloaded; try again", exception.TransactionId, false);
        }

        var reason = exception.Details.Count > 0 ? exception.Details[0].Message : exception.Message;
        return exception is SubmitException
            ? new InvocationFailure(503, GatewayErrorCodes.FabricUnavailable, $"ordering refused the transaction: {reason}", exception.TransactionId, false)
            : new InvocationFailure(502, GatewayErrorCodes.EndorsementFailed, reason, exception.TransactionId, false);
    }

    [GeneratedRegex(@"chaincode response (?<status>\d{3}), (?:(?<code>[A-Z][A-Z0-9_]*): )?(?<message>.*)", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ChaincodeResponse();
}

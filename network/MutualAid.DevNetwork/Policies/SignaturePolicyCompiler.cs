using Fabric.Protos.Common;
using Google.Protobuf;

namespace MutualAid.DevNetwork.Policies;

/// <summary>
/// Turns a parsed policy into Fabric's <see cref="SignaturePolicyEnvelope"/>, as the peer CLI does:
/// each principal occurrence becomes its own identity entry, referenced by index.
/// </summary>
public static class SignaturePolicyCompiler
{
    /// <summary>Compiles <paramref name="expression"/>.</summary>
    public static SignaturePolicyEnvelope Compile(PolicyExpression expression)
    {
        var envelope = new SignaturePolicyEnvelope { Version = 0 };
        envelope.Rule = CompileRule(expression, envelope);
        return envelope;
    }

    /// <summary>Parses and compiles policy text such as <c>AND('InsurerMSP.peer', 'NgoMSP.peer')</c>.</summary>
    /// <exception cref="FormatException">The text is not a valid policy.</exception>
    public static SignaturePolicyEnvelope Compile(string text) => Compile(PolicyParser.Parse(text));

    private static SignaturePolicy CompileRule(PolicyExpression expression, SignaturePolicyEnvelope envelope)
    {
        switch (expression)
        {
            case SignedBy signedBy:
                var role = new MSPRole { MspIdentifier = signedBy.MspId, Role = (MSPRole.Types.MSPRoleType)signedBy.Role };
                envelope.Identities.Add(new MSPPrincipal
                {
                    PrincipalClassification = MSPPrincipal.Types.Classification.Role,
                    Principal = role.ToByteString(),
                });
                return new SignaturePolicy { SignedBy = envelope.Identities.Count - 1 };
            case OutOf outOf:
                var nOutOf = new SignaturePolicy.Types.NOutOf { N = outOf.Required };
                foreach (var rule in outOf.Rules)
                {
                    nOutOf.Rules.Add(CompileRule(rule, envelope));
                }

                return new SignaturePolicy { NOutOf = nOutOf };
            default:
                throw new ArgumentException($"unsupported policy expression {expression.GetType().Name}", nameof(expression));
        }
    }
}

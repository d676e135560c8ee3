using Fabric.Protos.Common;

namespace MutualAid.DevNetwork.Policies;

/// <summary>
/// Evaluates a <see cref="SignaturePolicyEnvelope"/> against a set of signers with Fabric's rules:
/// a principal is satisfied by the first signer not used yet that matches it, which is then used up;
/// an n-out-of rule tries every sub-rule on a copy of the used flags and keeps the flags of those
/// that pass. Callers pass signers already de-duplicated and with verified signatures.
/// </summary>
public static class SignaturePolicyEvaluator
{
    /// <summary>True when <paramref name="signers"/> satisfy the policy.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="signers">The distinct identities whose signatures verified.</param>
    /// <param name="satisfies">Whether an identity satisfies a principal (MSP, role, NodeOU).</param>
    public static bool IsSatisfied<TIdentity>(
        SignaturePolicyEnvelope policy, IReadOnlyList<TIdentity> signers, Func<MSPPrincipal, TIdentity, bool> satisfies)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(signers);
        ArgumentNullException.ThrowIfNull(satisfies);
        var used = new bool[signers.Count];
        return policy.Rule is not null && Evaluate(policy.Rule, policy, signers, satisfies, used);
    }

    private static bool Evaluate<TIdentity>(
        SignaturePolicy rule, SignaturePolicyEnvelope policy, IReadOnlyList<TIdentity> signers,
        Func<MSPPrincipal, TIdentity, bool> satisfies, bool[] used)
    {
        switch (rule.TypeCase)
        {
            case SignaturePolicy.TypeOneofCase.SignedBy:
                if (rule.SignedBy < 0 || rule.SignedBy >= policy.Identities.Count)
                {
                    return false;
                }

                var principal = policy.Identities[rule.SignedBy];
                for (var i = 0; i < signers.Count; i++)
                {
                    if (!used[i] && satisfies(principal, signers[i]))
                    {
                        used[i] = true;
                        return true;
                    }
                }

                return false;
            case SignaturePolicy.TypeOneofCase.NOutOf:
                var passed = 0;
                var trial = new bool[used.Length];
                foreach (var sub in rule.NOutOf.Rules)
                {
                    Array.Copy(used, trial, used.Length);
                    if (Evaluate(sub, policy, signers, satisfies, trial))
                    {
                        passed++;
                        Array.Copy(trial, used, used.Length);
                    }
                }

                return passed >= rule.NOutOf.N;
            default:
                return false;
        }
    }
}

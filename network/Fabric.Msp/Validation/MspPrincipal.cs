namespace Fabric.Msp.Validation;

/// <summary>A policy principal of role type: <c>'&lt;MspId&gt;.&lt;role&gt;'</c>, e.g. <c>'InsurerMSP.peer'</c>.</summary>
/// <param name="MspId">The MSP the identity must belong to.</param>
/// <param name="Role">The role the identity must have.</param>
public sealed record MspPrincipal(string MspId, MspRoleType Role)
{
    /// <inheritdoc />
    public override string ToString() => $"{MspId}.{Role.ToString().ToLowerInvariant()}";
}

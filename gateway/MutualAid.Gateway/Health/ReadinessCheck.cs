namespace MutualAid.Gateway.Health;

/// <summary>The readiness checks, in the order they run; the first that fails is named in the 503 body.</summary>
public static class ReadinessCheck
{
    /// <summary>The wallet holds an identity to probe with.</summary>
    public const string Wallet = "wallet";

    /// <summary>The organization's peer answers over gRPC.</summary>
    public const string Peer = "peer";

    /// <summary>The chaincode answers an evaluation through the peer.</summary>
    public const string Chaincode = "chaincode";
}

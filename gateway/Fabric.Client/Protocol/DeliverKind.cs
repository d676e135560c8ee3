namespace Fabric.Client.Protocol;

/// <summary>The three Deliver methods of a peer: what each response carries.</summary>
internal enum DeliverKind
{
    /// <summary>Whole blocks.</summary>
    Block,

    /// <summary>Transaction ids, validation codes and chaincode events without payloads.</summary>
    Filtered,

    /// <summary>Whole blocks with the private data the requester's organization may see.</summary>
    WithPrivateData,
}

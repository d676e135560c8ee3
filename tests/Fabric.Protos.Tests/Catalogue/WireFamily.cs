namespace Fabric.Protos.Tests.Catalogue;

/// <summary>The group of Fabric messages a catalogue entry belongs to; one test class per family.</summary>
public enum WireFamily
{
    /// <summary>Proposals and proposal responses.</summary>
    Proposal,

    /// <summary>Transactions, envelopes, read/write sets and query results.</summary>
    Transaction,

    /// <summary>Blocks, block metadata and channel configuration.</summary>
    Block,

    /// <summary>Signature policies, principals, collections and MSP configuration.</summary>
    Policy,

    /// <summary>Legacy chaincode definitions and peer query results.</summary>
    ChaincodeDefinition,

    /// <summary>The chaincode stream: ChaincodeMessage of every type and its payloads.</summary>
    ChaincodeMessage,

    /// <summary>The Fabric Gateway service and its error details.</summary>
    Gateway,

    /// <summary>Block delivery from peers and orderers.</summary>
    Deliver,
}

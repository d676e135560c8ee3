namespace Fabric.Client.Errors;

/// <summary>The stages of the gateway protocol, for errors, spans and metrics.</summary>
internal enum Stage
{
    Evaluate,
    Endorse,
    Submit,
    CommitStatus,
    ChaincodeEvents,
    BlockEvents,
    FilteredBlockEvents,
    BlockAndPrivateDataEvents,
}

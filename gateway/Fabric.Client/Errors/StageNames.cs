namespace Fabric.Client.Errors;

/// <summary>Stable names of <see cref="Stage"/> values: tag values and message prefixes.</summary>
internal static class StageNames
{
    /// <summary>The lowercase name used in span names and metric tags, e.g. <c>commit_status</c>.</summary>
    public static string Tag(Stage stage) => stage switch
    {
        Stage.Evaluate => "evaluate",
        Stage.Endorse => "endorse",
        Stage.Submit => "submit",
        Stage.CommitStatus => "commit_status",
        Stage.ChaincodeEvents => "chaincode_events",
        Stage.BlockEvents => "block_events",
        Stage.BlockAndPrivateDataEvents => "block_and_private_data_events",
        _ => "filtered_block_events",
    };

    /// <summary>The name used at the start of error messages, e.g. <c>CommitStatus</c>.</summary>
    public static string Display(Stage stage) => stage.ToString();
}

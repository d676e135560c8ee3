using MutualAid.DevNetwork.Channels;

namespace MutualAid.Chaincode.Tests.EndToEnd.TimeAttacks;

/// <summary>What a refused attack must leave as it was: the channel's height and every committed key, value and version.</summary>
/// <param name="Height">The number of blocks.</param>
/// <param name="State">Each world-state entry as <c>namespace key = value @ version</c>, in order.</param>
internal sealed record LedgerView(ulong Height, IReadOnlyList<string> State)
{
    public static LedgerView Of(ChannelContext channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var state = channel.Ledger.State.Entries()
            .Select(e => $"{e.Ns} {e.Key} = {Convert.ToBase64String(e.Value.Value)} @ {e.Value.Version}")
            .ToList();
        return new LedgerView(channel.Ledger.Height, state);
    }
}

using System.Text;

namespace Fabric.Client;

/// <summary>
/// What a proposal carries besides its transaction name: the arguments, the transient data (private,
/// never written to the ledger) and, optionally, the organizations that must endorse it (or, for an
/// evaluation, whose peers may run it). Strings are encoded as UTF-8.
/// </summary>
public sealed class ProposalOptions
{
    /// <summary>The transaction arguments, in order, as bytes.</summary>
    public IList<byte[]> Arguments { get; } = new List<byte[]>();

    /// <summary>The transient data: private inputs visible to the chaincode but kept out of the transaction.</summary>
    public IDictionary<string, byte[]> TransientData { get; } = new Dictionary<string, byte[]>(StringComparer.Ordinal);

    /// <summary>MSP ids of the organizations to endorse on (or to evaluate on); empty lets the gateway choose.</summary>
    public IList<string> EndorsingOrganizations { get; } = new List<string>();

    /// <summary>Creates options holding <paramref name="arguments"/>.</summary>
    public static ProposalOptions FromArguments(params string[] arguments) => new ProposalOptions().WithArguments(arguments);

    /// <summary>Appends string arguments (UTF-8) and returns these options.</summary>
    public ProposalOptions WithArguments(params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        foreach (var argument in arguments)
        {
            Arguments.Add(Encoding.UTF8.GetBytes(argument));
        }

        return this;
    }

    /// <summary>Appends byte arguments and returns these options.</summary>
    public ProposalOptions WithArguments(params byte[][] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        foreach (var argument in arguments)
        {
            Arguments.Add(argument);
        }

        return this;
    }

    /// <summary>Sets one transient entry (UTF-8) and returns these options.</summary>
    public ProposalOptions WithTransient(string key, string value) => WithTransient(key, Encoding.UTF8.GetBytes(value));

    /// <summary>Sets one transient entry and returns these options.</summary>
    public ProposalOptions WithTransient(string key, byte[] value)
    {
        TransientData[key] = value;
        return this;
    }

    /// <summary>Adds endorsing organizations (MSP ids) and returns these options.</summary>
    public ProposalOptions WithEndorsingOrganizations(params string[] mspIds)
    {
        ArgumentNullException.ThrowIfNull(mspIds);
        foreach (var mspId in mspIds)
        {
            EndorsingOrganizations.Add(mspId);
        }

        return this;
    }
}

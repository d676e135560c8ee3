using System.Text;
using MutualAid.Domain.Model;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Keepers;

/// <summary>Owns the <c>payref</c> keys: each external payment reference is used at most once per direction.</summary>
public sealed class ReferenceKeeper(TxScope tx)
{
    /// <summary>The key of the entry that used <paramref name="reference"/>, or null when it is unused.</summary>
    public string? Find(EntryKind kind, string reference)
    {
        var bytes = tx.GetRaw(Keys.PaymentRef(kind, reference));
        return bytes is null ? null : Encoding.UTF8.GetString(bytes);
    }

    /// <summary>The key of the entry that used <paramref name="reference"/> in <paramref name="refNamespace"/>, or null.</summary>
    public string? Find(string refNamespace, string reference)
    {
        var bytes = tx.GetRaw(State.CompositeKey.Create(Keys.PaymentRefType, refNamespace, reference));
        return bytes is null ? null : Encoding.UTF8.GetString(bytes);
    }

    /// <summary>Stages the reference as used by <paramref name="entry"/>.</summary>
    public void Use(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        tx.PutRaw(Keys.PaymentRef(entry.Kind, entry.PaymentReference!), Encoding.UTF8.GetBytes(Keys.PoolEntry(entry)));
    }

    /// <summary>Stages the reference as used by a campaign entry (same namespaces as pool entries).</summary>
    public void Use(ReliefEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        tx.PutRaw(State.CompositeKey.Create(Keys.PaymentRefType, Keys.RefNamespace(entry.Kind), entry.PaymentReference!),
            Encoding.UTF8.GetBytes(Keys.CampaignEntry(entry)));
    }
}

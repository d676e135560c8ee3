using Fabric.Protos.Peer;
using Google.Protobuf.Reflection;

namespace Fabric.Client.Errors;

/// <summary>Names and classes of Fabric transaction validation codes.</summary>
public static class ValidationCodes
{
    private static readonly EnumDescriptor Descriptor = TransactionReflection.Descriptor.FindTypeByName<EnumDescriptor>("TxValidationCode");

    /// <summary>The protocol name of <paramref name="code"/>, e.g. <c>MVCC_READ_CONFLICT</c>; the number for an unknown code.</summary>
    public static string NameOf(TxValidationCode code) =>
        Descriptor.FindValueByNumber((int)code)?.Name ?? ((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>True for the conflicts a new transaction, run again on fresh state, could avoid.</summary>
    public static bool IsReadConflict(TxValidationCode code) =>
        code is TxValidationCode.MvccReadConflict or TxValidationCode.PhantomReadConflict;
}

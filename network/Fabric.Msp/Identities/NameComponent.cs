namespace Fabric.Msp.Identities;

/// <summary>
/// One attribute of a distinguished name: its OID, value text and the index of the relative
/// distinguished name (RDN) it belongs to (attributes of a multi-valued RDN share an index).
/// </summary>
public readonly record struct NameComponent(string Oid, string Value, int RdnIndex)
{
    /// <summary>The short name Fabric's tools print for the OID (<c>CN</c>, <c>OU</c>, ...), or null if none.</summary>
    public string? ShortName => Oid switch
    {
        "2.5.4.3" => "CN",
        "2.5.4.6" => "C",
        "2.5.4.7" => "L",
        "2.5.4.8" => "ST",
        "2.5.4.9" => "STREET",
        "2.5.4.10" => "O",
        "2.5.4.11" => "OU",
        "2.5.4.5" => "SERIALNUMBER",
        "2.5.4.17" => "POSTALCODE",
        "1.2.840.113549.1.9.1" => "E",
        _ => null,
    };
}

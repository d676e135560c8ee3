using System.Formats.Asn1;
using System.Security.Cryptography.X509Certificates;

namespace Fabric.Msp.Identities;

/// <summary>Reads the attributes of an X.500 distinguished name in certificate order.</summary>
public static class DistinguishedNames
{
    /// <summary>OID of organizationalUnitName (OU).</summary>
    public const string OrganizationalUnitOid = "2.5.4.11";

    /// <summary>Returns the attributes of <paramref name="name"/> in encoded order; unparseable values become <c>#hex</c>.</summary>
    public static IReadOnlyList<NameComponent> Read(X500DistinguishedName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var result = new List<NameComponent>();
        try
        {
            var rdns = new AsnReader(name.RawData, AsnEncodingRules.BER).ReadSequence();
            for (var index = 0; rdns.HasData; index++)
            {
                var set = rdns.ReadSetOf(skipSortOrderValidation: true);
                while (set.HasData)
                {
                    var pair = set.ReadSequence();
                    var oid = pair.ReadObjectIdentifier();
                    result.Add(new NameComponent(oid, ReadValue(pair), index));
                }
            }
        }
        catch (AsnContentException)
        {
            // A malformed name yields what could be read; the certificate parser has already accepted it.
        }

        return result;
    }

    /// <summary>The values of the OU attributes of <paramref name="name"/>, in order.</summary>
    public static IReadOnlyList<string> OrganizationalUnits(X500DistinguishedName name) =>
        Read(name).Where(a => a.Oid == OrganizationalUnitOid).Select(a => a.Value).ToList();

    private static string ReadValue(AsnReader pair)
    {
        var tag = pair.PeekTag();
        if (tag.TagClass == TagClass.Universal)
        {
            switch ((UniversalTagNumber)tag.TagValue)
            {
                case UniversalTagNumber.UTF8String:
                case UniversalTagNumber.PrintableString:
                case UniversalTagNumber.IA5String:
                case UniversalTagNumber.BMPString:
                case UniversalTagNumber.T61String:
                case UniversalTagNumber.VisibleString:
                case UniversalTagNumber.UniversalString:
                case UniversalTagNumber.NumericString:
                    return pair.ReadCharacterString((UniversalTagNumber)tag.TagValue);
            }
        }

        return "#" + Convert.ToHexStringLower(pair.ReadEncodedValue().Span);
    }
}

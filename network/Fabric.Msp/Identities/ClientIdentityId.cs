using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Fabric.Msp.Identities;

/// <summary>
/// The unique client id that Fabric's chaincode libraries derive from a creator certificate,
/// <c>x509::&lt;subject DN&gt;::&lt;issuer DN&gt;</c>. The two official shims format the DNs differently,
/// so both forms are offered.
/// </summary>
public static class ClientIdentityId
{
    // pkix.Name.ToRDNSequence order in Go; getDN prints it reversed.
    private static readonly string[] GoRdnOrder =
        ["2.5.4.6", "2.5.4.8", "2.5.4.7", "2.5.4.9", "2.5.4.17", "2.5.4.10", "2.5.4.11", "2.5.4.3", "2.5.4.5"];

    /// <summary>
    /// The id as fabric-shim 2.5 (Node, and fabric-contract-api's <c>ctx.clientIdentity.getID()</c>)
    /// returns it: each attribute in certificate order as <c>/SHORTNAME=value</c>, the first <c>/</c>
    /// of a value escaped as <c>\/</c>, e.g.
    /// <c>x509::/C=US/ST=California/L=San Francisco/OU=client/CN=User1@org1.example.com::/C=US/.../CN=ca.org1.example.com</c>.
    /// </summary>
    public static string Format(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return $"x509::{FormatNodeDn(certificate.SubjectName)}::{FormatNodeDn(certificate.IssuerName)}";
    }

    /// <summary>
    /// The id as the Go chaincode library (fabric-chaincode-go <c>pkg/cid</c> <c>GetID</c>) returns it:
    /// base64 of <c>x509::&lt;subject&gt;::&lt;issuer&gt;</c> with RFC 2253 style DNs
    /// (<c>CN=...,OU=...,O=...,L=...,ST=...,C=US</c>) in Go's fixed attribute order; attributes Go does not
    /// name (e.g. emailAddress) are left out, as Go leaves them out.
    /// </summary>
    public static string FormatGo(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var raw = $"x509::{FormatGoDn(certificate.SubjectName)}::{FormatGoDn(certificate.IssuerName)}";
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(raw));
    }

    private static string FormatNodeDn(X500DistinguishedName name)
    {
        var builder = new StringBuilder();
        foreach (var attribute in DistinguishedNames.Read(name))
        {
            var value = attribute.Value;
            var slash = value.IndexOf('/', StringComparison.Ordinal);
            if (slash >= 0)
            {
                value = string.Concat(value.AsSpan(0, slash), "\\/", value.AsSpan(slash + 1));
            }

            builder.Append('/').Append(attribute.ShortName ?? attribute.Oid).Append('=').Append(value);
        }

        return builder.ToString();
    }

    private static string FormatGoDn(X500DistinguishedName name)
    {
        var attributes = DistinguishedNames.Read(name);
        var rdns = GoRdnOrder
            .Select(oid => attributes.Where(a => a.Oid == oid).ToList())
            .Where(group => group.Count > 0)
            .Reverse()
            .Select(group => string.Join('+', group.Select(a => $"{a.ShortName}={EscapeGo(a.Value)}")));
        return string.Join(',', rdns);
    }

    private static string EscapeGo(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var edge = (i == 0 && c is ' ' or '#') || (i == value.Length - 1 && c == ' ');
            if (edge || c is ',' or '+' or '"' or '\\' or '<' or '>' or ';')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}

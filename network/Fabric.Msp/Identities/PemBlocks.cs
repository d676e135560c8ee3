using System.Security.Cryptography;
using System.Text;
using Fabric.Msp.Errors;

namespace Fabric.Msp.Identities;

/// <summary>One decoded PEM block: its label (<c>CERTIFICATE</c>, <c>PRIVATE KEY</c>, ...) and DER bytes.</summary>
internal readonly record struct PemBlock(string Label, byte[] Der);

/// <summary>Reads the PEM blocks of a text, in order.</summary>
internal static class PemBlocks
{
    /// <summary>Decodes every PEM block of <paramref name="pem"/> as UTF-8 text.</summary>
    /// <exception cref="MspException"><see cref="MspErrorCodes.InvalidPem"/> when no block is found or one is corrupt.</exception>
    public static IReadOnlyList<PemBlock> Read(ReadOnlySpan<byte> pem)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(pem);
        }
        catch (DecoderFallbackException ex)
        {
            throw new MspException(MspErrorCodes.InvalidPem, "the PEM text is not valid UTF-8", ex);
        }

        return Read(text);
    }

    /// <summary>Decodes every PEM block of <paramref name="pem"/>.</summary>
    /// <exception cref="MspException"><see cref="MspErrorCodes.InvalidPem"/> when no block is found or one is corrupt.</exception>
    public static IReadOnlyList<PemBlock> Read(string pem)
    {
        ArgumentNullException.ThrowIfNull(pem);
        var blocks = new List<PemBlock>();
        var rest = pem.AsSpan();
        while (PemEncoding.TryFind(rest, out var fields))
        {
            var label = rest[fields.Label].ToString();
            var der = new byte[fields.DecodedDataLength];
            if (!Convert.TryFromBase64Chars(rest[fields.Base64Data], der, out var written) || written != der.Length)
            {
                throw new MspException(MspErrorCodes.InvalidPem, $"the base64 content of the '{label}' block is corrupt");
            }

            blocks.Add(new PemBlock(label, der));
            rest = rest[fields.Location.End..];
        }

        if (blocks.Count == 0)
        {
            throw new MspException(MspErrorCodes.InvalidPem, "no PEM block (-----BEGIN ...-----) was found");
        }

        return blocks;
    }

    /// <summary>Returns the first block whose label is one of <paramref name="labels"/>.</summary>
    /// <exception cref="MspException"><see cref="MspErrorCodes.InvalidPem"/> when there is none.</exception>
    public static PemBlock First(IReadOnlyList<PemBlock> blocks, params string[] labels)
    {
        foreach (var block in blocks)
        {
            if (labels.Contains(block.Label, StringComparer.Ordinal))
            {
                return block;
            }
        }

        var found = string.Join(", ", blocks.Select(b => b.Label));
        throw new MspException(
            MspErrorCodes.InvalidPem,
            $"expected a PEM block labelled {string.Join(" or ", labels)}, found {found}");
    }
}

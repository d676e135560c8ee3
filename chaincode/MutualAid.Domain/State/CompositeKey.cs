using System.Text;

namespace MutualAid.Domain.State;

/// <summary>
/// Builds and splits Fabric composite keys: <c>\u0000type\u0000attr1\u0000attr2\u0000</c>, the layout the
/// Fabric shim's CreateCompositeKey produces, so the host can pass keys through unchanged.
/// </summary>
public static class CompositeKey
{
    /// <summary>The namespace byte Fabric puts before every composite key.</summary>
    public const char Delimiter = '\u0000';

    /// <summary>U+10FFFF, the code point Fabric appends to a partial key to end its range.</summary>
    public const string MaxUnicodeRune = "\U0010FFFF";

    /// <summary>Creates a composite key. Throws <see cref="ArgumentException"/> on an invalid part.</summary>
    public static string Create(string objectType, params ReadOnlySpan<string> attributes)
        => PartialPrefix(objectType, attributes.ToArray());

    /// <summary>The prefix shared by every key of <paramref name="objectType"/> with the given leading attributes.</summary>
    public static string PartialPrefix(string objectType, IReadOnlyList<string> attributes)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        Validate(objectType);
        var builder = new StringBuilder();
        builder.Append(Delimiter).Append(objectType).Append(Delimiter);
        foreach (var attribute in attributes)
        {
            Validate(attribute);
            builder.Append(attribute).Append(Delimiter);
        }

        return builder.ToString();
    }

    /// <summary>Splits a composite key into its type and attributes.</summary>
    public static (string ObjectType, IReadOnlyList<string> Attributes) Split(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < 2 || key[0] != Delimiter || key[^1] != Delimiter)
        {
            throw new ArgumentException("Not a composite key.", nameof(key));
        }

        var parts = key[1..^1].Split(Delimiter);
        return (parts[0], parts[1..]);
    }

    private static void Validate(string part)
    {
        ArgumentNullException.ThrowIfNull(part);
        if (part.Contains(Delimiter, StringComparison.Ordinal) || part.Contains(MaxUnicodeRune, StringComparison.Ordinal))
        {
            throw new ArgumentException("Composite key parts must not contain U+0000 or U+10FFFF.", nameof(part));
        }
    }
}

using System.Text;

namespace Fabric.Shim.Keys;

/// <summary>
/// Composite keys as every Fabric shim builds them: <c>U+0000 objectType U+0000 attr1 U+0000 ... attrN U+0000</c>.
/// Composite keys sort among themselves by UTF-8 bytes and, starting with U+0000, never appear in simple
/// range scans.
/// </summary>
public static class CompositeKey
{
    /// <summary>The separator, U+0000; also the first character of every composite key.</summary>
    public const char Separator = '\u0000';

    /// <summary>The highest code point, U+10FFFF, that ends a partial composite key scan.</summary>
    public const string MaxUnicodeRune = "\U0010FFFF";

    /// <summary>The start key used for a range scan whose start key is empty: U+0001, so scans skip composite keys.</summary>
    public const string EmptyKeySubstitute = "\u0001";

    /// <summary>Builds the composite key of <paramref name="objectType"/> and <paramref name="attributes"/>.</summary>
    /// <exception cref="ArgumentException">The type or an attribute is not valid UTF-16, or contains U+0000 or U+10FFFF.</exception>
    public static string Create(string objectType, params IEnumerable<string> attributes)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        ArgumentNullException.ThrowIfNull(attributes);
        Validate(objectType);
        var builder = new StringBuilder().Append(Separator).Append(objectType).Append(Separator);
        foreach (var attribute in attributes)
        {
            ArgumentNullException.ThrowIfNull(attribute, nameof(attributes));
            Validate(attribute);
            builder.Append(attribute).Append(Separator);
        }

        return builder.ToString();
    }

    /// <summary>Splits <paramref name="compositeKey"/> into its object type and attributes.</summary>
    /// <exception cref="ArgumentException">The key does not start and end with U+0000.</exception>
    public static (string ObjectType, IReadOnlyList<string> Attributes) Split(string compositeKey)
    {
        ArgumentNullException.ThrowIfNull(compositeKey);
        if (compositeKey.Length < 2 || compositeKey[0] != Separator || compositeKey[^1] != Separator)
        {
            throw new ArgumentException($"'{compositeKey}' is not a composite key: it must start and end with U+0000", nameof(compositeKey));
        }

        var parts = compositeKey[1..^1].Split(Separator);
        return (parts[0], parts[1..]);
    }

    /// <summary>The [start, end) range a partial composite key scan covers: start = the key prefix, end = start + U+10FFFF.</summary>
    /// <exception cref="ArgumentException">As <see cref="Create"/>.</exception>
    public static (string StartKey, string EndKey) PartialKeyRange(string objectType, IEnumerable<string> attributes)
    {
        var start = Create(objectType, attributes);
        return (start, start + MaxUnicodeRune);
    }

    /// <summary>Checks the keys of a simple (non-composite) range query: none may start with U+0000.</summary>
    /// <exception cref="ArgumentException">A key starts with U+0000.</exception>
    public static void ValidateSimpleKeys(params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            if (key.Length > 0 && key[0] == Separator)
            {
                throw new ArgumentException(
                    $"first character of the key [{key}] contains a null character which is not allowed", nameof(keys));
            }
        }
    }

    private static void Validate(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == Separator)
            {
                throw new ArgumentException($"input contains unicode U+0000 starting at position [{i}], which is not allowed", nameof(value));
            }

            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))
                {
                    throw new ArgumentException($"input is not valid UTF-8: lone surrogate at position [{i}]", nameof(value));
                }

                if (char.ConvertToUtf32(c, value[i + 1]) == 0x10FFFF)
                {
                    throw new ArgumentException($"input contains unicode U+10FFFF starting at position [{i}], which is not allowed", nameof(value));
                }

                i++;
            }
            else if (char.IsLowSurrogate(c))
            {
                throw new ArgumentException($"input is not valid UTF-8: lone surrogate at position [{i}]", nameof(value));
            }
        }
    }
}

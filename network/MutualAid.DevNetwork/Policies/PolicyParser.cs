using System.Globalization;
using System.Text;

namespace MutualAid.DevNetwork.Policies;

/// <summary>
/// Parses Fabric's textual signature-policy language: <c>AND(...)</c>, <c>OR(...)</c> and
/// <c>OutOf(n, ...)</c> over principals <c>'MSPID.role'</c>. AND of k rules is OutOf(k), OR is OutOf(1).
/// </summary>
public static class PolicyParser
{
    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <exception cref="FormatException">The text is not a valid policy, with the position of the fault.</exception>
    public static PolicyExpression Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reader = new Reader(text);
        var expression = ParseExpression(reader);
        reader.SkipSpace();
        if (!reader.AtEnd)
        {
            throw reader.Fault("unexpected text after the policy");
        }

        return expression;
    }

    private static PolicyExpression ParseExpression(Reader reader)
    {
        reader.SkipSpace();
        if (reader.Peek is '\'' or '"')
        {
            return ParsePrincipal(reader.ReadQuoted());
        }

        var name = reader.ReadWord();
        reader.Expect('(');
        var arguments = new List<PolicyExpression>();
        int? required = null;
        if (name.Equals("OutOf", StringComparison.OrdinalIgnoreCase))
        {
            reader.SkipSpace();
            required = int.Parse(reader.ReadWord(), NumberStyles.None, CultureInfo.InvariantCulture);
            reader.Expect(',');
        }

        do
        {
            arguments.Add(ParseExpression(reader));
            reader.SkipSpace();
        }
        while (reader.TryConsume(','));
        reader.Expect(')');

        var n = name.ToUpperInvariant() switch
        {
            "AND" => arguments.Count,
            "OR" => 1,
            "OUTOF" => required!.Value,
            _ => throw reader.Fault($"unknown operator '{name}' (expected AND, OR or OutOf)"),
        };
        if (n < 1 || n > arguments.Count)
        {
            throw reader.Fault($"OutOf({n}) needs between 1 and {arguments.Count} satisfied rules");
        }

        return new OutOf(n, arguments);
    }

    private static SignedBy ParsePrincipal(string principal)
    {
        var dot = principal.LastIndexOf('.');
        if (dot <= 0 || dot == principal.Length - 1)
        {
            throw new FormatException($"principal '{principal}' is not of the form 'MSPID.role'");
        }

        var role = principal[(dot + 1)..] switch
        {
            "member" => PrincipalRole.Member,
            "admin" => PrincipalRole.Admin,
            "client" => PrincipalRole.Client,
            "peer" => PrincipalRole.Peer,
            "orderer" => PrincipalRole.Orderer,
            var other => throw new FormatException(
                $"principal '{principal}' has unknown role '{other}' (expected member, admin, client, peer or orderer)"),
        };
        return new SignedBy(principal[..dot], role);
    }

    private sealed class Reader(string text)
    {
        private int _position;

        public bool AtEnd => _position >= text.Length;

        public char Peek => AtEnd ? '\0' : text[_position];

        public void SkipSpace()
        {
            while (!AtEnd && char.IsWhiteSpace(text[_position]))
            {
                _position++;
            }
        }

        public bool TryConsume(char c)
        {
            SkipSpace();
            if (Peek != c)
            {
                return false;
            }

            _position++;
            return true;
        }

        public void Expect(char c)
        {
            if (!TryConsume(c))
            {
                throw Fault($"expected '{c}'");
            }
        }

        public string ReadWord()
        {
            SkipSpace();
            var start = _position;
            while (!AtEnd && char.IsAsciiLetterOrDigit(text[_position]))
            {
                _position++;
            }

            return start == _position ? throw Fault("expected an operator or a number") : text[start.._position];
        }

        public string ReadQuoted()
        {
            var quote = text[_position++];
            var value = new StringBuilder();
            while (!AtEnd && text[_position] != quote)
            {
                value.Append(text[_position++]);
            }

            if (AtEnd)
            {
                throw Fault("unterminated principal");
            }

            _position++;
            return value.ToString();
        }

        public FormatException Fault(string message)
            => new($"invalid policy at position {_position}: {message}: {text}");
    }
}

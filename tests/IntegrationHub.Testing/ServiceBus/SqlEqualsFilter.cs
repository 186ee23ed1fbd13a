using System.Text.RegularExpressions;

namespace IntegrationHub.Testing.ServiceBus;

/// <summary>
/// The one SQL filter form the hub's subscriptions use, <c>property = 'literal'</c>, evaluated as Service Bus does
/// against the message's application properties (a message without the property does not match).
/// </summary>
public sealed partial record SqlEqualsFilter(string Property, string Value)
{
    public static SqlEqualsFilter Parse(string expression)
    {
        var match = Form().Match(expression);
        if (!match.Success)
        {
            throw new ArgumentException($"only \"name = 'literal'\" filters are understood, not: {expression}", nameof(expression));
        }

        return new SqlEqualsFilter(match.Groups["name"].Value, match.Groups["value"].Value.Replace("''", "'", StringComparison.Ordinal));
    }

    public bool Matches(IReadOnlyDictionary<string, object?> properties) =>
        properties.TryGetValue(Property, out var value) && value is string text && string.Equals(text, Value, StringComparison.Ordinal);

    public override string ToString() => $"{Property} = '{Value.Replace("'", "''", StringComparison.Ordinal)}'";

    [GeneratedRegex(@"^\s*(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*=\s*'(?<value>(?:[^']|'')*)'\s*$")]
    private static partial Regex Form();
}

namespace IntegrationHub.Cli;

/// <summary>Minimal <c>--name value</c> parsing; repeated options keep every value.</summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, List<string>> options = new(StringComparer.Ordinal);

    public CommandLine(IReadOnlyList<string> args)
    {
        Command = args.Count > 0 ? args[0] : "help";
        for (var i = 1; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"unexpected argument '{args[i]}'");
            }

            var name = args[i][2..];
            var value = i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
            if (!options.TryGetValue(name, out var values))
            {
                options[name] = values = [];
            }

            values.Add(value);
        }
    }

    public string Command { get; }

    public string? Get(string name) => options.TryGetValue(name, out var values) ? values[^1] : null;

    public string Require(string name) => Get(name) ?? throw new ArgumentException($"--{name} is required");

    public IReadOnlyList<string> All(string name) => options.TryGetValue(name, out var values) ? values : [];

    public int GetInt(string name, int fallback) =>
        Get(name) is { } text ? int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : fallback;
}

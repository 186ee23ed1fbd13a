using IntegrationHub.Domain.Common;

namespace IntegrationHub.Domain.SocialCare;

/// <summary>
/// The header row of an extract: where each known column is (any order, any case, spaces trimmed), which
/// required columns are missing (errors) and which columns are unknown or repeated (one warning each, at line 1).
/// </summary>
public sealed class ExtractHeader
{
    private readonly Dictionary<string, int> indexes;

    private ExtractHeader(Dictionary<string, int> indexes, IReadOnlyList<Issue> issues)
    {
        this.indexes = indexes;
        Issues = issues;
    }

    public IReadOnlyList<Issue> Issues { get; }

    public IReadOnlyCollection<string> Columns => indexes.Keys;

    public bool HasMissingColumns => Issues.Any(i => i.Severity == IssueSeverity.Error);

    public static ExtractHeader Analyse(IReadOnlyList<string> names)
    {
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        var issues = new List<Issue>();
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i].Trim().ToLowerInvariant();
            if (name.Length == 0)
            {
                continue;
            }

            if (!ExtractColumns.Known.Contains(name))
            {
                issues.Add(Issue.Warning("not-supported", $"line 1 column {name}", $"Column '{name}' is not part of the extract format; it is ignored."));
            }
            else if (!indexes.TryAdd(name, i))
            {
                issues.Add(Issue.Warning("duplicate", $"line 1 column {name}", $"Column '{name}' appears more than once; only its first occurrence (column {indexes[name] + 1}) is read."));
            }
        }

        issues.InsertRange(0, ExtractColumns.Required
            .Where(r => !indexes.ContainsKey(r))
            .Select(r => Issue.Error("required", $"line 1 column {r}", $"Required column '{r}' is missing from the header.")));
        return new ExtractHeader(indexes, issues);
    }

    /// <summary>The 0-based position of a known column, or -1 when the extract does not have it.</summary>
    public int IndexOf(string column) => indexes.GetValueOrDefault(column, -1);
}

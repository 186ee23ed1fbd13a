using System.Text.Json;
using System.Text.RegularExpressions;
using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;
using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.Fhir.Rules;

namespace IntegrationHub.Domain.Fhir;

/// <summary>
/// Reads a landed FHIR body into entries with Firely's System.Text.Json deserialiser. It reads the whole body and
/// collects every problem with its location rather than stopping at the first, so each problem is put on the entry it
/// is in (<c>Bundle.entry[3].resource.birthDate</c>) and one bad entry rejects only itself. Nothing a sender writes
/// throws out of here: a body that cannot be used at all (not JSON, not FHIR, a bundle type the hub does not take, a
/// bad element of the Bundle itself) is a failure of the whole submission.
/// </summary>
public static partial class FhirParser
{
    public const int MaxEntries = 1000;

    /// <summary>The bundle types the hub accepts; the accept-time precheck uses the same list.</summary>
    public static readonly IReadOnlySet<string> BundleTypes = new HashSet<string>(StringComparer.Ordinal) { "batch", "transaction", "collection" };

    /// <summary>The resource types the hub reads; any other is accepted with a not-supported warning (CONTRACT §2.1).</summary>
    public static readonly IReadOnlySet<string> UsedTypes = new HashSet<string>(StringComparer.Ordinal) { "Patient", "Encounter", "EpisodeOfCare" };

    private const int MaxDepth = 128;

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public static FhirParseResult Parse(ReadOnlyMemory<byte> body)
    {
        // Tools on Windows often start UTF-8 with a byte order mark; JSON readers do not skip it themselves.
        if (body.Span.StartsWith(Utf8Bom))
        {
            body = body[Utf8Bom.Length..];
        }

        try
        {
            return Read(body.Span, []);
        }
        catch (InvalidOperationException ex)
        {
            // Most likely a string that is not text: find each one's element, then read the rest without them.
            var (readable, unreadable) = UnreadableStrings.Replace(body.Span, MaxDepth);
            if (unreadable.Count == 0)
            {
                return NotFhir(ex);
            }

            try
            {
                return Read(readable, unreadable);
            }
            catch (InvalidOperationException again)
            {
                return NotFhir(again);
            }
        }
    }

    /// <summary>Firely gives up, rather than collecting, on a few shapes: a JSON array as the body, Bundle.entry as an object.</summary>
    private static FhirParseResult NotFhir(Exception ex) =>
        FhirParseResult.Failure(Issue.Error("structure", string.Empty, "The body is not FHIR JSON: " + DeserializationIssues.Shorten(ex.Message)));

    private static FhirParseResult Read(ReadOnlySpan<byte> body, IReadOnlyList<Issue> unreadable)
    {
        Resource? root;
        IEnumerable<CodedException> errors;
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = MaxDepth });
            FhirJson.Deserializer.TryDeserializeResource(ref reader, out root, out errors);
        }
        catch (JsonException ex)
        {
            return FhirParseResult.Failure(Issue.Error("structure", string.Empty, "The body is not well-formed JSON: " + ex.Message));
        }
        catch (CodedException ex)
        {
            return NotFhir(ex);
        }

        // A resourceType, or an element of the Bundle itself, that is not text leaves nothing to read.
        var wholeBody = unreadable.Where(i => i.Location == ".resourceType" || (root is Bundle && !i.Location.StartsWith(".entry[", StringComparison.Ordinal))).ToList();
        if (wholeBody.Count > 0)
        {
            return FhirParseResult.Failure([.. wholeBody.Select(i => i with { Location = (root is Bundle ? "Bundle" : string.Empty) + i.Location })]);
        }

        var rootType = root?.TypeName ?? string.Empty;
        var located = unreadable.Select(i => i with { Location = rootType + i.Location }).ToList();
        var unreadableAt = located.Select(i => i.Location).ToHashSet(StringComparer.Ordinal);
        var issues = errors.Where(e => e.ErrorCode != DeserializationIssues.NoResourceType)
            .Select(e => DeserializationIssues.ToIssue(e, rootType))
            // What Firely says of the placeholders that stand in for unreadable strings repeats those issues.
            .Where(i => !unreadableAt.Contains(i.Location) && !i.Location.EndsWith("." + UnreadableStrings.PlaceholderNameText, StringComparison.Ordinal))
            .Concat(located)
            .ToList();
        if (root is null || (root is DynamicResource && !NotSupported(issues, rootType)))
        {
            return FhirParseResult.Failure(Issue.Error("structure", "resourceType", "The JSON is not a FHIR resource: it has no resourceType."));
        }

        try
        {
            return root is Bundle bundle ? ReadBundle(bundle, issues) : new FhirParseResult([Entry(0, rootType, null, root, issues)], []);
        }
        catch (CodedException ex)
        {
            // The partial result throws when an element Firely reported as the wrong shape is read, e.g. Bundle.entry as an object.
            return NotFhir(ex);
        }
    }

    private static FhirParseResult ReadBundle(Bundle bundle, List<Issue> issues)
    {
        var bundleType = bundle.Type?.GetLiteral();
        if (bundleType is null || !BundleTypes.Contains(bundleType))
        {
            var sent = bundleType ?? bundle.TypeElement?.JsonValue as string;
            return FhirParseResult.Failure(Issue.Error("not-supported", "Bundle.type", $"Bundle type '{DeserializationIssues.Shorten(sent ?? string.Empty)}' is not accepted; send batch, transaction or collection."));
        }

        if (bundle.Entry.Count > MaxEntries)
        {
            return FhirParseResult.Failure(Issue.Error("too-costly", "Bundle.entry", $"The bundle has {bundle.Entry.Count} entries; at most {MaxEntries} are accepted."));
        }

        var byEntry = new Dictionary<int, List<Issue>>();
        var failures = new List<Issue>();
        foreach (var issue in issues)
        {
            if (EntryIndex(issue.Location) is { } index && index < bundle.Entry.Count)
            {
                (byEntry.TryGetValue(index, out var list) ? list : byEntry[index] = []).Add(issue);
            }
            else if (!(bundle.Entry.Count == 0 && issue.Location.StartsWith("Bundle.entry", StringComparison.Ordinal)))
            {
                // An element of the Bundle itself; "entry": [] (FHIR forbids empty arrays) is read as no entries.
                failures.Add(issue);
            }
        }

        if (failures.Count > 0)
        {
            return FhirParseResult.Failure([.. failures]);
        }

        var fullUrls = new HashSet<string>(StringComparer.Ordinal);
        var entries = bundle.Entry
            .Select((entry, index) => ReadGuarded(index, entry, byEntry.TryGetValue(index, out var found) ? found : [], fullUrls))
            .ToList();
        return new FhirParseResult(entries, []);
    }

    /// <summary>
    /// An entry Firely reported problems in may throw when its elements are read (the partial result keeps a wrongly
    /// shaped value where the POCO expects another type); it is rejected with the problems already found.
    /// </summary>
    private static FhirEntry ReadGuarded(int index, Bundle.EntryComponent? entry, List<Issue> issues, HashSet<string> fullUrls)
    {
        try
        {
            return ReadEntry(index, entry, issues, fullUrls);
        }
        catch (CodedException) when (Rejected(issues))
        {
            return new FhirEntry(index, $"Bundle.entry[{index}]", null, null, null, issues);
        }
    }

    private static FhirEntry ReadEntry(int index, Bundle.EntryComponent? entry, List<Issue> issues, HashSet<string> fullUrls)
    {
        var location = $"Bundle.entry[{index}]";
        var resourcePath = location + ".resource";

        // A fullUrl of the wrong form (urn:uuid:p1 is no UUID) still names the entry for references inside the bundle.
        issues = [.. issues.Select(i => i.Location == location + ".fullUrl" && i.Severity == IssueSeverity.Error ? i with { Severity = IssueSeverity.Warning } : i)];
        if (entry is null)
        {
            return new FhirEntry(index, location, null, null, null, [.. issues, Issue.Error("structure", location, "A bundle entry must be a JSON object.")]);
        }

        var fullUrl = entry.FullUrl;
        if (entry.Resource is null)
        {
            return new FhirEntry(index, location, fullUrl, null, null, Rejected(issues) ? issues : [.. issues, Issue.Error("required", resourcePath, "The entry has no resource.")]);
        }

        if (fullUrl is not null && !fullUrls.Add(fullUrl))
        {
            return new FhirEntry(index, location, fullUrl, null, null, [.. issues, Issue.Error("duplicate", location + ".fullUrl", $"fullUrl '{DeserializationIssues.Shorten(fullUrl)}' is already used by an earlier entry; the first one stands.")]);
        }

        if (entry.Resource is DynamicResource && !NotSupported(issues, resourcePath))
        {
            return new FhirEntry(index, location, fullUrl, null, null, [.. issues, Issue.Error("required", resourcePath + ".resourceType", "The resource has no resourceType.")]);
        }

        return Entry(index, location, fullUrl, entry.Resource, issues);
    }

    /// <summary>
    /// A resource the hub reads gets the hub's own rules (CONTRACT §2.1) too, and any error rejects it. Any other is
    /// accepted with a not-supported warning: what the hub does not read it does not judge, so only that warning and
    /// problems outside the resource (the entry's request, say) stay.
    /// </summary>
    private static FhirEntry Entry(int index, string location, string? fullUrl, Resource resource, List<Issue> issues)
    {
        var type = resource.TypeName;
        var path = location == type ? location : location + ".resource";
        if (NotSupported(issues, path) || !UsedTypes.Contains(type))
        {
            List<Issue> kept = [.. issues.Where(i => !i.Location.StartsWith(path, StringComparison.Ordinal) || (i.Location == path && i.Code == "not-supported"))];
            if (!NotSupported(kept, path))
            {
                kept.Add(Issue.Warning("not-supported", path, $"{DeserializationIssues.Shorten(type)} is not used by the hub; the entry is accepted and ignored."));
            }

            return new FhirEntry(index, location, fullUrl, type, null, kept);
        }

        // The hub's rules read the POCO, which is safe only where Firely found nothing wrong; an entry it did find
        // problems in is rejected by them already.
        List<Issue> all = Rejected(issues) ? issues : [.. issues, .. HubRules.Check(resource, path)];
        return new FhirEntry(index, location, fullUrl, type, Rejected(all) ? null : resource, all);
    }

    private static bool NotSupported(IEnumerable<Issue> issues, string path) => issues.Any(i => i.Location == path && i.Code == "not-supported");

    private static bool Rejected(IEnumerable<Issue> issues) => issues.Any(i => i.Severity == IssueSeverity.Error);

    private static int? EntryIndex(string location)
    {
        var match = EntryPrefix().Match(location);
        return match.Success ? int.Parse(match.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"^Bundle\.entry\[(\d{1,9})\]")]
    private static partial Regex EntryPrefix();
}

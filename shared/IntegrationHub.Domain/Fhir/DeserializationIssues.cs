using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;
using IntegrationHub.Domain.Common;

namespace IntegrationHub.Domain.Fhir;

/// <summary>Firely's deserialisation errors as the hub's issues: its issue type as the code, its instance path as the location.</summary>
internal static class DeserializationIssues
{
    /// <summary>Firely's codes for a resourceType it does not know, and for a known one in the wrong case (<c>patient</c>).</summary>
    public const string UnknownResourceType = "PVAL130";
    public const string ResourceTypeCasing = "PVAL132";

    /// <summary>No resourceType at all: Firely reports it without a location, so the entry is found from its resource.</summary>
    public const string NoResourceType = "JSON103";

    /// <summary>
    /// Messages quote the sender's value; a value can be hundreds of kilobytes, and the issues are stored with the
    /// submission, so each message is cut to a length a reader can use.
    /// </summary>
    private const int MaxMessageLength = 300;

    public static Issue ToIssue(CodedException exception, string rootType)
    {
        var extended = exception as ExtendedCodedException;
        var severity = extended?.IssueSeverity switch
        {
            OperationOutcome.IssueSeverity.Warning => IssueSeverity.Warning,
            OperationOutcome.IssueSeverity.Information => IssueSeverity.Information,
            _ => IssueSeverity.Error,
        };
        var location = Location(extended?.InstancePath, rootType);
        var message = Shorten(extended?.BaseErrorMessage ?? exception.Message);
        if (exception.ErrorCode is UnknownResourceType or ResourceTypeCasing)
        {
            // CONTRACT §2.1: a resource type the hub does not know is an accepted entry with a not-supported warning.
            return Issue.Warning("not-supported", location, message + " The hub does not use it; the entry is accepted and ignored.");
        }

        var code = extended is null ? "structure" : extended.IssueType.GetLiteral() ?? "structure";
        return new Issue(severity, code, location, message);
    }

    /// <summary>Firely names the root <c>$this</c> in some paths (cardinality checks) and by its type in others; the hub uses the type.</summary>
    public static string Location(string? instancePath, string rootType) =>
        instancePath switch
        {
            null or "" => rootType,
            "$this" => rootType,
            _ when instancePath.StartsWith("$this.", StringComparison.Ordinal) => rootType + instancePath["$this".Length..],
            _ => instancePath,
        };

    public static string Shorten(string text) => text.Length <= MaxMessageLength ? text : text[..MaxMessageLength] + "…";
}

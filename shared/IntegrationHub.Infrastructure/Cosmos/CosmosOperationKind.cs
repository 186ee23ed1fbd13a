using Microsoft.Azure.Cosmos;

namespace IntegrationHub.Infrastructure.Cosmos;

/// <summary>
/// Names a Cosmos request as "container verb" (e.g. "blocks query", "identifiers create") from what the SDK sends,
/// so benchmarks and tests can say which operations a resource costs, not only how many.
/// </summary>
public static class CosmosOperationKind
{
    public const string Metadata = "metadata";

    public static string Of(RequestMessage request) =>
        Classify(request) is var (container, verb) && verb != Metadata ? container + " " + verb : Metadata;

    /// <summary>The container (never a document id or key) and the verb; the SDK's own requests are "metadata".</summary>
    public static (string Container, string Verb) Classify(RequestMessage request)
    {
        var path = request.RequestUri?.OriginalString ?? string.Empty;
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var at = Array.IndexOf(segments, "colls");
        if (at < 0 || at + 1 >= segments.Length)
        {
            return ("(account)", Metadata);
        }

        var container = segments[at + 1];
        var rest = segments.Length - (at + 2);
        if (rest == 1 && segments[at + 2] == "docs")
        {
            rest = 0;
        }

        var method = request.Method.Method;
        // Creates, upserts, queries and batches are posted to the container itself; reads, replaces, patches and
        // deletes name the document under docs/. Anything else (the container, its partition ranges) is the SDK's own.
        var verb = (rest, method) switch
        {
            (0, "POST") when IsTrue(request, "x-ms-cosmos-is-query-plan-request") => "query-plan",
            (0, "POST") when IsTrue(request, "x-ms-cosmos-is-batch-request") => "batch",
            (0, "POST") when IsTrue(request, "x-ms-documentdb-isquery") || IsQueryContent(request) => "query",
            (0, "POST") when IsTrue(request, "x-ms-documentdb-is-upsert") => "upsert",
            (0, "POST") => "create",
            (2, "GET") when segments[at + 2] == "docs" => "read",
            (2, "PUT") when segments[at + 2] == "docs" => "replace",
            (2, "PATCH") when segments[at + 2] == "docs" => "patch",
            (2, "DELETE") when segments[at + 2] == "docs" => "delete",
            _ => null,
        };
        return (container, verb ?? Metadata);
    }

    private static bool IsTrue(RequestMessage request, string header) =>
        string.Equals(request.Headers[header], "True", StringComparison.OrdinalIgnoreCase);

    private static bool IsQueryContent(RequestMessage request) =>
        request.Headers.ContentType?.StartsWith("application/query+json", StringComparison.OrdinalIgnoreCase) == true;
}

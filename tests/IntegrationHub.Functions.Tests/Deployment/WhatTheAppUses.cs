using System.Reflection;
using IntegrationHub.Domain.Submissions;
using IntegrationHub.Infrastructure.Audit;
using IntegrationHub.Infrastructure.Cosmos;
using IntegrationHub.Infrastructure.Storage;

namespace IntegrationHub.Functions.Tests.Deployment;

/// <summary>
/// The code side of the deployment consistency checks: what the app and its function definitions use, which the
/// deployment must provide. Only this file knows where that is declared (the worker SDK's generated
/// functions.metadata of the built app), so moving the functions changes this file and none of the checks.
/// </summary>
internal static class WhatTheAppUses
{
    private static readonly IReadOnlyList<FunctionEntry> Functions = BuiltFunctions.Load();

    /// <summary>The worker runtime the Function App must be given (Flex Consumption reads it from functionAppConfig).</summary>
    public static (string Name, string Version) Runtime => ("dotnet-isolated", "10.0");

    /// <summary>Queues the functions' queue triggers and outputs name.</summary>
    public static IReadOnlyList<string> FunctionQueues() =>
        [.. Functions.SelectMany(f => f.Bindings).Select(b => b.QueueName).OfType<string>().Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Queues the app writes with the Storage SDK (the <see cref="QueueNames"/> constants).</summary>
    public static IReadOnlyList<string> QueuesTheAppWrites() =>
        [.. typeof(QueueNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal)];

    /// <summary>Each storage connection the functions' bindings name, with the services it needs ("queue", "blob").</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> StorageConnections() =>
        Functions.SelectMany(f => f.Bindings)
            .Where(b => b.Connection is not null)
            .GroupBy(b => b.Connection!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(
                g => g.Key,
                IReadOnlySet<string> (g) => g.Select(b => ServiceOf(b.Type)).OfType<string>().ToHashSet(StringComparer.Ordinal),
                StringComparer.OrdinalIgnoreCase);

    /// <summary>Blob containers the app reads and writes: the defaults of the <c>*Container</c> storage and audit options.</summary>
    public static IReadOnlyList<string> BlobContainers() =>
        [.. ContainersOf(new StorageOptions()).Concat(ContainersOf(new AuditOptions())).Order(StringComparer.Ordinal)];

    private static IEnumerable<string> ContainersOf(object defaults) =>
        defaults.GetType().GetProperties()
            .Where(p => p.Name.EndsWith("Container", StringComparison.Ordinal) && p.PropertyType == typeof(string))
            .Select(p => (string)p.GetValue(defaults)!);

    /// <summary>Cosmos containers the app opens, with the partition key its start-up check demands.</summary>
    public static IReadOnlyDictionary<string, string> CosmosContainers() => ContainerNames.PartitionKeys;

    /// <summary>Every setting the app binds (<c>Section__Property</c>).</summary>
    public static IReadOnlyList<string> Settings() => AppSettingKeys.ReadByTheApp();

    private static string? ServiceOf(string bindingType) =>
        bindingType.StartsWith("queue", StringComparison.Ordinal) ? "queue"
        : bindingType.StartsWith("blob", StringComparison.Ordinal) ? "blob"
        : null;
}

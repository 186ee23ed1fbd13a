using System.Reflection;
using IntegrationHub.Domain.Submissions;
using IntegrationHub.Infrastructure.Storage;

namespace IntegrationHub.Functions.Tests.Deployment;

/// <summary>
/// Every configuration key the app binds, found by reflection: each class with a <c>public const string Section</c>
/// contributes <c>Section__Property</c> for each public settable property, so a new option is covered the moment
/// it is written.
/// </summary>
internal static class AppSettingKeys
{
    private static readonly Assembly[] Assemblies =
    [
        typeof(StorageOptions).Assembly,
        typeof(HubFunctionsExtensions).Assembly,
        typeof(QueueNames).Assembly,
    ];

    public static IReadOnlyList<string> ReadByTheApp() =>
    [
        .. Assemblies.Distinct()
            .SelectMany(a => a.GetTypes())
            .Select(t => (Type: t, Section: SectionOf(t)))
            .Where(s => s.Section is not null)
            .SelectMany(s => Keys(s.Section!, s.Type))
            .Order(StringComparer.Ordinal),
    ];

    public static IReadOnlyList<string> Sections() =>
        [.. Assemblies.Distinct().SelectMany(a => a.GetTypes()).Select(SectionOf).OfType<string>().Order(StringComparer.Ordinal)];

    private static string? SectionOf(Type type) =>
        type.GetField("Section", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field
        && field.GetRawConstantValue() is string section
            ? section
            : null;

    private static IEnumerable<string> Keys(string prefix, Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true })
            .SelectMany(p => IsSubsection(p.PropertyType)
                ? Keys(prefix + "__" + p.Name, p.PropertyType)
                : [prefix + "__" + p.Name]);

    // A class of the hub's own is bound as a nested section; anything else (string, Uri, TimeSpan, bool?) from one value.
    private static bool IsSubsection(Type type) =>
        type.IsClass && type.Assembly.GetName().Name!.StartsWith("IntegrationHub.", StringComparison.Ordinal);
}

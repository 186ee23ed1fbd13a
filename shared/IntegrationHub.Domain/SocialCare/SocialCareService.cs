using IntegrationHub.Domain.Activities;

namespace IntegrationHub.Domain.SocialCare;

/// <summary>The services of an extract (CONTRACT §2.2) with their service types and the activity kind each becomes.</summary>
public readonly record struct SocialCareService(string Code, ActivityKind Kind, IReadOnlyList<string> TypeNames)
{
    public static readonly SocialCareService HomeCare = new("HC", ActivityKind.HomeCare, ["non-personal", "personal"]);
    public static readonly SocialCareService CareHome = new("CH", ActivityKind.CareHome, ["respite", "intermediate", "long-term"]);
    public static readonly SocialCareService AlarmTelecare = new("AT", ActivityKind.AlarmTelecare, ["community-alarm", "telecare"]);
    public static readonly SocialCareService SelfDirectedSupport = new("SDS", ActivityKind.Sds, ["option-1", "option-2", "option-3"]);

    public static readonly IReadOnlyList<SocialCareService> All = [HomeCare, CareHome, AlarmTelecare, SelfDirectedSupport];

    public bool IsHomeCare => Code == HomeCare.Code;

    public bool IsCareHome => Code == CareHome.Code;

    public static SocialCareService? Find(string code) =>
        All.FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.OrdinalIgnoreCase)) is { Code: not null } found ? found : null;

    /// <summary>The service type's name for the 1-based code, or null when the service has no such type.</summary>
    public string? TypeName(int code) => code >= 1 && code <= TypeNames.Count ? TypeNames[code - 1] : null;

    public string DescribeTypes() => string.Join(", ", TypeNames.Select((name, i) => $"{i + 1} {name}"));

    public override string ToString() => Code;
}

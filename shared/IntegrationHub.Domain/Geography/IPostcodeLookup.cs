namespace IntegrationHub.Domain.Geography;

/// <summary>Postcode → council area code, e.g. from the Scottish Postcode Directory.</summary>
public interface IPostcodeLookup
{
    string? CouncilOf(string postcode);
}

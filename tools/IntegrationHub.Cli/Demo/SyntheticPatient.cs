namespace IntegrationHub.Cli.Demo;

public sealed record SyntheticPatient(
    string LocalId,
    string Chi,
    string Family,
    string Given,
    DateOnly BirthDate,
    string Gender,
    string Postcode,
    string CouncilCode);

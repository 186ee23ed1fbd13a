namespace IntegrationHub.Domain.Linkage.Online;

/// <summary>The Fellegi–Sunter decision: link, send to a reviewer (the record is kept as a new person meanwhile), or new person.</summary>
public enum MatchVerdict
{
    NewPerson,
    Review,
    Link,
}

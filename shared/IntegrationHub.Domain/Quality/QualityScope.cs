using IntegrationHub.Domain.Reference;

namespace IntegrationHub.Domain.Quality;

/// <summary>The senders whose data reaches a set of IAs: each IA's councils and the boards that serve it.</summary>
public static class QualityScope
{
    public static IReadOnlySet<string> SendersOf(ReferenceData reference, IEnumerable<string> ias)
    {
        var senders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in ias)
        {
            if (reference.Ia(code) is not { } ia)
            {
                continue;
            }

            senders.UnionWith(ia.Councils.Select(c => c.Code));
            senders.UnionWith(ia.BoardCodes);
        }

        return senders;
    }
}

namespace IntegrationHub.Domain.Indicators;

/// <summary>A value per age band (<c>all</c>, <c>18+</c>, <c>65+</c>, <c>75+</c>).</summary>
public sealed class Banded<T>
    where T : struct
{
    private readonly Dictionary<string, T> values = AgeBands.All.ToDictionary(b => b, _ => default(T));

    public IReadOnlyDictionary<string, T> Values => values;

    public T this[string band] => values[band];

    public void Add(int? age, Func<T, T> add)
    {
        foreach (var band in AgeBands.Of(age))
        {
            values[band] = add(values[band]);
        }
    }
}

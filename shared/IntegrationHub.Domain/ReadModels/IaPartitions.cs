using System.Globalization;

namespace IntegrationHub.Domain.ReadModels;

/// <summary>Partition keys of the read models (DESIGN §5): <c>IA|YYYY-MM</c>, <c>IA|open</c>, <c>IA|YYYY-MM-DD</c>.</summary>
public static class IaPartitions
{
    public static string Month(string ia, DateOnly anyDayOfMonth) => $"{ia}|{anyDayOfMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture)}";

    /// <summary>Activities still open (a stay without a discharge): counted up to "as of" in every later month.</summary>
    public static string Open(string ia) => ia + "|open";

    public static string Day(string ia, DateOnly day) => $"{ia}|{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}

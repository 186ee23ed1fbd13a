using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.Reference;

namespace IntegrationHub.Functions.Api;

/// <summary>The one check of an IA named in a request against the IAs a token holds: 403 before anything is read, then 404 for a code that is no IA.</summary>
public static class IaAccess
{
    /// <param name="alsoKnown">A pseudo-IA the route accepts besides the 31 (the reviews' "unresolved").</param>
    /// <returns>The refusal to answer with, or null when the caller may go on.</returns>
    public static IResult? Refuse(HttpContext context, string ia, IReadOnlySet<string> allowed, string? alsoKnown = null)
    {
        if (!allowed.Contains(ia))
        {
            return ErrorShape.For(context, 403, "The token does not name this IA.", Issue.Error("forbidden", "ia", $"The token's ia claims do not include {ia}."));
        }

        return ia != alsoKnown && ReferenceData.Scotland.Ias.All(i => i.Code != ia)
            ? ErrorShape.For(context, 404, "No such IA.", Issue.Error("not-found", "ia", $"{ia} is not an Integration Authority code."))
            : null;
    }
}

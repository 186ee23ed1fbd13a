using IntegrationHub.Domain.Reference;

namespace IntegrationHub.Domain.Geography;

/// <summary>
/// The IA of health activity (DESIGN §7): the council on the address (code or name), else the postcode
/// lookup, else the board when it has a single IA, else unresolved — reported, never guessed.
/// </summary>
public sealed class ResidenceResolver(IPostcodeLookup postcodes)
{
    private readonly ReferenceData reference = ReferenceData.Scotland;

    public Residence Resolve(string? district, string? postcode, string boardCode)
    {
        if (!string.IsNullOrWhiteSpace(district))
        {
            if (reference.CouncilByCode(district) is { } byCode)
            {
                return new Residence(byCode.Code, byCode.IaCode, "council-code");
            }

            if (reference.CouncilByName(district) is { } byName)
            {
                return new Residence(byName.Code, byName.IaCode, "council-name");
            }
        }

        if (postcode is not null && postcodes.CouncilOf(postcode) is { } code && reference.CouncilByCode(code) is { } council)
        {
            return new Residence(council.Code, council.IaCode, "postcode");
        }

        return reference.SingleIaOfBoard(boardCode) is { } ia
            ? new Residence(null, ia, "single-ia-board")
            : Residence.Unresolved;
    }
}

using System.Reflection;
using System.Text.Json;
using IntegrationHub.Domain.Linkage.Comparison;

namespace IntegrationHub.Domain.Linkage.Scoring;

/// <summary>
/// A Fellegi–Sunter model (versioned JSON): m and u per field level, the share of candidate pairs that match, and
/// the match probabilities above which a pair is linked or sent to review. Weights are log2(m/u); a pair's
/// posterior probability comes from the prior odds times 2^(sum of weights).
/// </summary>
public sealed class LinkageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private double[][] weights = [];

    public required string Version { get; init; }

    /// <summary>The share of blocked candidate pairs that are the same person.</summary>
    public required double Prior { get; init; }

    public double LinkProbability { get; init; } = 0.95;

    public double ReviewProbability { get; init; } = 0.5;

    /// <summary>Whether an exact surname is weighted by how rare the surname is (SMITH says less than ZWECK).</summary>
    public bool SurnameFrequency { get; init; } = true;

    /// <summary>Whether an exact forename is weighted by how rare it is (JOHN says less than TORQUIL).</summary>
    public bool GivenFrequency { get; init; } = true;

    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, LevelProbabilities>> Fields { get; init; }

    public static LinkageModel Default { get; } = Load(Assembly.GetExecutingAssembly().GetManifestResourceStream("IntegrationHub.Domain.Linkage.Scoring.default-model.json")!);

    /// <summary>The total weight at or above which a pair is linked.</summary>
    public double LinkWeight => Logit(LinkProbability) - Logit(Prior);

    public double ReviewWeight => Logit(ReviewProbability) - Logit(Prior);

    public static LinkageModel Load(Stream json)
    {
        var model = JsonSerializer.Deserialize<LinkageModel>(json, Json) ?? throw new InvalidDataException("empty linkage model");
        model.Compile();
        return model;
    }

    public void Save(Stream json) => JsonSerializer.Serialize(json, this, Json);

    public double Weight(int field, int level) => weights[field][level];

    /// <summary>
    /// The weight of a pair. The adjustments re-weight an exact forename or surname by how common the name is (see
    /// <see cref="TermFrequencies"/>); a caller that knows no frequencies passes none.
    /// </summary>
    public double Score(ReadOnlySpan<byte> levels, double givenAdjustment = 0, double surnameAdjustment = 0)
    {
        var total = 0.0;
        for (var field = 0; field < LinkField.Count; field++)
        {
            total += weights[field][levels[field]];
        }

        total += GivenFrequency && levels[LinkField.Given] == 1 ? givenAdjustment : 0;
        return SurnameFrequency && levels[LinkField.Surname] == 1 ? total + surnameAdjustment : total;
    }

    /// <summary>
    /// Whether a pair may be linked at all, whatever its weight: evidence rules over the Fellegi–Sunter sum, whose
    /// independence assumption overcounts agreeing names among a million people. Birth dates that differ by more than one slip (a
    /// digit with the same address, a day-month swap) are two people: father and son of one name, two residents of one care home. Without
    /// a birth date on one side, both names must at least be close: a name and an address alone are a household.
    /// </summary>
    public static bool Linkable(ReadOnlySpan<byte> levels)
    {
        var (given, surname, born, postcode) = (levels[LinkField.Given], levels[LinkField.Surname], levels[LinkField.BirthDate], levels[LinkField.Postcode]);
        var sameAddress = postcode is 1 or 2;
        var birthOk = born switch
        {
            0 => given is > 0 and <= 3 && surname is > 0 and <= 3,
            1 or 2 => true,

            // One mistyped digit is as likely another person of the same name born near then, unless the address agrees.
            3 => sameAddress,
            _ => false,
        };

        // A different surname (marriage, or another person) or forename needs the address and the other name to agree;
        // with the whole birth date agreeing as well, the other name may carry a slip of its own.
        var fullBirth = born is 1 or 2;
        return birthOk
            && (surname != 5 || (sameAddress && (given is 1 or 2 || (fullBirth && given == 3))))
            && (surname != 4 || postcode is 1 or 2 or 3)

            // A forename merely similar (GRACE and RACHEL; one slip would have been close) beside a surname that does
            // not agree exactly is two names of two people unless the address says otherwise.
            && (given != 4 || surname is 1 or 2 || postcode is 1 or 2 or 3)
            && (given != 5 || (sameAddress && (surname is 1 or 2 || (fullBirth && surname == 3))));
    }

    /// <summary>
    /// The extra pairs a one-to-one linkage of two de-duplicated registers may take (see
    /// <see cref="Batch.BatchLinker.Link(IReadOnlyList{Batch.LinkInput}, IReadOnlyList{int}?, CancellationToken)"/>), whatever
    /// the birth date says: both names agree at least to within a slip and the full postcode agrees, or both names agree
    /// outright (the forename perhaps as an alias) and the postcode sector does.
    /// </summary>
    public static bool LinkableOneToOne(ReadOnlySpan<byte> levels)
    {
        var (given, surname, postcode) = (levels[LinkField.Given], levels[LinkField.Surname], levels[LinkField.Postcode]);
        return (postcode == 1 && given is 1 or 2 or 3 && surname is 1 or 3)
            || (postcode == 2 && given is 1 or 2 && surname == 1);
    }

    /// <summary>The same model with another prior (the thresholds, as probabilities, stay).</summary>
    public LinkageModel WithPrior(double prior)
    {
        var model = new LinkageModel
        {
            Version = Version,
            Prior = prior,
            LinkProbability = LinkProbability,
            ReviewProbability = ReviewProbability,
            SurnameFrequency = SurnameFrequency,
            GivenFrequency = GivenFrequency,
            Fields = Fields,
        };
        model.Compile();
        return model;
    }

    public double Probability(double weight) => 1 / (1 + Math.Pow(2, -(weight + Logit(Prior))));

    internal void Compile()
    {
        weights = new double[LinkField.Count][];
        for (var field = 0; field < LinkField.Count; field++)
        {
            var levels = LinkField.Levels[field];
            weights[field] = new double[levels.Length];
            if (!Fields.TryGetValue(LinkField.Names[field], out var probabilities))
            {
                continue;
            }

            for (var level = 1; level < levels.Length; level++)
            {
                if (probabilities.TryGetValue(levels[level], out var p) && p.M > 0 && p.U > 0)
                {
                    weights[field][level] = Math.Log2(p.M / p.U);
                }
            }
        }
    }

    private static double Logit(double p) => Math.Log2(p / (1 - p));
}

using IntegrationHub.Domain.Linkage;
using IntegrationHub.Domain.Linkage.Batch;
using IntegrationHub.Domain.Linkage.Comparison;
using IntegrationHub.Domain.Linkage.Names;
using IntegrationHub.Domain.Linkage.Scoring;

namespace IntegrationHub.Domain.Tests.Linkage.Batch;

public sealed class BatchLinkerTests
{
    private static readonly string[] Surnames = ["CLARK", "SMITH", "MACLEOD", "ROSS", "BROWN", "KERR", "MUIR", "WATT", "REID", "HAY"];
    private static readonly string[] Forenames = ["ANN", "MARY", "JAMES", "JOHN", "ISLA", "EUAN", "NEIL", "JEAN", "ROSE", "IAN"];

    [Fact]
    public void EveryPairSharingABlock_IsComparedExactlyOnce()
    {
        // Many records whose birth dates are each other's day-month swap: the pair shares the birth-date key from
        // opposite slots, the case in which the order of the records inside a block once decided whether it was compared.
        var random = new Random(7);
        var inputs = new List<LinkInput>();
        for (var i = 0; i < 1500; i++)
        {
            var born = new DateOnly(1950 + random.Next(3), 1 + random.Next(12), 1 + random.Next(12));
            var given = Forenames[random.Next(Forenames.Length)];
            var surname = Surnames[random.Next(Surnames.Length)];
            inputs.Add(new LinkInput($"a{i}", new MatchRecord(surname, given, born, null, $"G{random.Next(1, 90)} {random.Next(10)}AB"), null));
            inputs.Add(new LinkInput($"b{i}", new MatchRecord(surname, given, new DateOnly(born.Year, born.Day, born.Month), null, $"EH{random.Next(1, 90)} {random.Next(10)}CD"), null));
        }

        var result = new BatchLinker(LinkageModel.Default, NameAliases.Default).Link(inputs, default);

        Assert.Equal(PairsSharingAKey(inputs), result.CandidatePairs);
    }

    [Fact]
    public void ARecordWhoseKeysRepeat_IsComparedOncePerPair()
    {
        // Forename and surname alike: the crossed-name key is the straight one, and with no birth date or postcode
        // the names are the only keys the records have.
        var inputs = new List<LinkInput>
        {
            new("a", new MatchRecord("SCOTT", "SCOTT", null, null, null), null),
            new("b", new MatchRecord("SCOTT", "SCOTT", null, null, null), null),
        };

        var result = new BatchLinker(LinkageModel.Default, NameAliases.Default).Link(inputs, default);

        Assert.Equal(1, result.CandidatePairs);
        Assert.Equal(result.Clusters[0], result.Clusters[1]);
    }

    [Fact]
    public void ARecordWithoutABirthDate_DoesNotChainTwoPeopleBornDecadesApart()
    {
        var inputs = new List<LinkInput>
        {
            new("father", new MatchRecord("Reid", "Angus", new DateOnly(1951, 6, 2), "male", "AB56 1AA"), null),
            new("either", new MatchRecord("Reid", "Angus", null, "male", "AB56 1AA"), null),
            new("son", new MatchRecord("Reid", "Angus", new DateOnly(1979, 11, 23), "male", "AB56 1AA"), null),
        };

        var result = new BatchLinker(LinkageModel.Default, NameAliases.Default).Link(inputs, default);

        Assert.NotEqual(result.Clusters[0], result.Clusters[2]);
        Assert.Equal(2, result.Clusters.Distinct().Count());
    }

    [Fact]
    public void RecordsWithTwoDifferentChis_AreNeverOnePerson_HoweverAlikeTheirDemographics()
    {
        var same = new MatchRecord("Flett", "Morag", new DateOnly(1960, 1, 1), "female", "KW15 1AA");
        var inputs = new List<LinkInput> { new("a", same, "0101601234"), new("b", same, "0101605678"), new("c", same, null) };

        var result = new BatchLinker(LinkageModel.Default, NameAliases.Default).Link(inputs, default);

        Assert.NotEqual(result.Clusters[0], result.Clusters[1]);
        Assert.Contains(result.Clusters[2], new[] { result.Clusters[0], result.Clusters[1] });
    }

    private static long PairsSharingAKey(List<LinkInput> inputs)
    {
        var keys = inputs.Select(i =>
        {
            var k = new ulong[BlockingKeys.Count];
            BlockingKeys.Fill(PreparedRecord.From(i.Demographics, NameAliases.Default), k);
            return k.Where(x => x != 0).ToHashSet();
        }).ToList();
        var blockSizes = keys.SelectMany(k => k).GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(blockSizes.Values.Max() <= BatchLinker.MaxBlock, "the test data must not reach the block cap");
        long pairs = 0;
        for (var a = 0; a < keys.Count; a++)
        {
            for (var b = a + 1; b < keys.Count; b++)
            {
                if (keys[a].Overlaps(keys[b]))
                {
                    pairs++;
                }
            }
        }

        return pairs;
    }
}

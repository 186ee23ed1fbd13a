using System.Text;
using IntegrationHub.Domain.Linkage.Batch;
using IntegrationHub.Domain.Linkage.Names;
using IntegrationHub.Domain.Linkage.Scoring;
using Xunit.Abstractions;

namespace IntegrationHub.Domain.Tests.Linkage.Batch;

/// <summary>
/// FEBRL 4a and 4b (originals and one corrupted duplicate each) through the batch linker's own file format, with
/// given name, surname, date of birth and postcode only; the truth is in the record ids (rec-N-org ~ rec-N-dup-k).
/// The model is fitted to the records each time (EM, random-pair u), never to the truth. Measured: as one input
/// (a de-duplication, the hub's daily case) precision 99.92 %, recall 96.9 %, F1 0.984 (was 99.87 %, 93.2 %, 0.964
/// with the evidence rules vetoing rewritten birth dates); as two registers linked one-to-one 100.00 %, 97.1 %, F1 0.985.
/// </summary>
public sealed class Febrl4Tests(ITestOutputHelper output)
{
    [Fact]
    public void Febrl4_AsOneInput_ScoresF1AtLeast098_WithReviewsForAtMostTwoPercentOfRecords()
    {
        var inputs = LinkCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes(HubInput("dataset4a.csv", "dataset4b.csv"))));
        var linker = new BatchLinker(LinkageModel.Default, NameAliases.Default);

        var result = linker.Link(inputs, default);
        using var written = new MemoryStream();
        LinkCsv.Write(written, inputs, result);
        var clusters = Encoding.UTF8.GetString(written.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();
        var score = PairwiseScore.Of(clusters.Select(c => c[1]).ToList(), clusters.Select(c => c[0].Split('-')[1]).ToList());

        output.WriteLine($"FEBRL4: {inputs.Count} records, {result.CandidatePairs} candidate pairs, precision {score.Precision:P2}, recall {score.Recall:P2}, F1 {score.F1:F4}");
        Assert.Equal(5000, score.TruePairs);
        Assert.True(score.F1 >= 0.98 && score.Precision >= 0.998, $"F1 {score.F1:F4} (precision {score.Precision:P2}, recall {score.Recall:P2})");
        Assert.NotSame(LinkageModel.Default, result.Model);
        Assert.InRange(result.Reviews.Count, 1, inputs.Count * BatchLinker.ReviewShare);
        Assert.Equal(result.Reviews.OrderByDescending(r => r.ExpectedChange).Select(r => (r.A, r.B)), result.Reviews.Select(r => (r.A, r.B)));
        Assert.All(result.Reviews, r => Assert.NotEqual(result.Clusters[r.A], result.Clusters[r.B]));
    }

    [Fact]
    public void Febrl4_AsTwoRegistersLinkedOneToOne_ScoresF1AtLeast098()
    {
        var originals = LinkCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes(HubInput("dataset4a.csv"))));
        var duplicates = LinkCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes(HubInput("dataset4b.csv"))));
        var inputs = originals.Concat(duplicates).ToList();
        var registers = inputs.Select((_, i) => i < originals.Count ? 0 : 1).ToList();

        var result = new BatchLinker(LinkageModel.Default, NameAliases.Default).Link(inputs, registers, default);
        using var written = new MemoryStream();
        LinkCsv.Write(written, inputs, result);
        var clusters = Encoding.UTF8.GetString(written.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();
        var score = PairwiseScore.Of(clusters.Select(c => c[1]).ToList(), clusters.Select(c => c[0].Split('-')[1]).ToList());

        output.WriteLine($"FEBRL4 one-to-one: {inputs.Count} records, {result.CandidatePairs} candidate pairs, precision {score.Precision:P2}, recall {score.Recall:P2}, F1 {score.F1:F4}");
        Assert.Equal(5000, score.TruePairs);
        Assert.True(score.F1 >= 0.98 && score.Precision >= 0.998, $"F1 {score.F1:F4} (precision {score.Precision:P2}, recall {score.Recall:P2})");
    }

    /// <summary>FEBRL's columns mapped to the hub's link input; soc_sec_id, street and suburb are left out.</summary>
    private static string HubInput(params string[] files)
    {
        var csv = new StringBuilder("record_id,forename,surname,date_of_birth,postcode\n");
        foreach (var file in files)
        {
            foreach (var line in File.ReadLines(Path.Combine(DataFolder(), file)).Skip(1))
            {
                var f = line.Split(',').Select(v => v.Trim()).ToArray();
                csv.Append($"{f[0]},{f[1]},{f[2]},{f[9]},{f[7]}\n");
            }
        }

        return csv.ToString();
    }

    private static string DataFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "IntegrationHub.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory!.FullName, "tests", "data", "febrl4");
    }
}

using System.Text;
using IntegrationHub.Domain.Linkage.Batch;
using IntegrationHub.Domain.Linkage.Names;
using IntegrationHub.Domain.Linkage.Scoring;
using Xunit.Abstractions;

namespace IntegrationHub.Domain.Tests.Linkage.Batch;

/// <summary>
/// FEBRL 4a and 4b are two registers (originals, duplicates) and the measure is their linkage, which
/// <c>./hub link --input 4a --input 4b</c> runs one-to-one: measured precision 100.00 %, recall 96.44 %, F1 0.982.
/// The first test keeps the floor of the same records de-duplicated as one set (the hub's own situation, where a
/// father and son of one name at one address must stay apart): through the batch linker's own file format, with given name, surname,
/// date of birth and postcode only; the truth is in the record ids (rec-N-org ~ rec-N-dup-k). Measured: precision
/// 99.87 %, recall 93.2 %, F1 0.964 (was 99.87 %, 90.0 %, 0.947) — short of the 0.98 target, which this floor
/// does not pretend to meet for one set. Of the 338 missed pairs, 165 have the birth date rewritten outright (no slip, no swap)
/// while both names and the postcode agree: the pattern of a father and son of one name at one address, which the
/// evidence rules (<c>LinkageModel.Linkable</c>) refuse on purpose; 51 more have the date rewritten and a name or
/// postcode changed too, 29 both names replaced, 26 share no blocking key, and the rest lack a name or the postcode
/// besides another difference.
/// </summary>
public sealed class Febrl4Tests(ITestOutputHelper output)
{
    [Fact]
    public void Febrl4_WithNamesBirthDateAndPostcodeOnly_HoldsItsMeasuredFloor()
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
        Assert.True(score.F1 >= 0.96 && score.Precision >= 0.998, $"F1 {score.F1:F4} (precision {score.Precision:P2}, recall {score.Recall:P2})");
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

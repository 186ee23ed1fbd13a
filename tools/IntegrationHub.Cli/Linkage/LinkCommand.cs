using System.Diagnostics;
using IntegrationHub.Domain.Linkage.Batch;
using IntegrationHub.Domain.Linkage.Names;
using IntegrationHub.Domain.Linkage.Scoring;

namespace IntegrationHub.Cli.Linkage;

/// <summary>
/// <c>./hub link --input people.csv [--input other.csv] --output clusters.csv [--model model.json] [--estimate model-out.json]</c>:
/// the batch linker (the same engine the hub uses) for back-loading history and for evaluation. One input is
/// de-duplicated; two inputs are two registers, each taken to be free of duplicates, linked one-to-one (see
/// <see cref="BatchLinker.Link(IReadOnlyList{LinkInput}, IReadOnlyList{int}?, CancellationToken)"/>). <c>--estimate</c>
/// first fits the model's m and u to the input by EM, writes it, and links with it.
/// </summary>
public static class LinkCommand
{
    public static int Run(CommandLine args, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var files = args.All("input");
        if (files.Count is 0 or > 2)
        {
            throw new ArgumentException("--input is required: one file to de-duplicate, or two registers to link one-to-one");
        }

        var inputs = new List<LinkInput>();
        var registers = new List<int>();
        for (var register = 0; register < files.Count; register++)
        {
            using var input = File.OpenRead(files[register]);
            var read = LinkCsv.Read(input);
            inputs.AddRange(read);
            registers.AddRange(Enumerable.Repeat(register, read.Count));
        }

        var model = args.Get("model") is { } path ? LoadModel(path) : LinkageModel.Default;
        if (args.Get("estimate") is { } output)
        {
            var patterns = new BatchLinker(model, NameAliases.Default).Patterns(inputs, cancellationToken);
            model = EmEstimator.Estimate(patterns, model, $"em-{Path.GetFileNameWithoutExtension(args.Require("input"))}");
            using var file = File.Create(output);
            model.Save(file);
            Console.WriteLine($"model estimated from {patterns.Values.Sum()} candidate pairs, written to {output}");
        }

        var result = new BatchLinker(model, NameAliases.Default).Link(inputs, files.Count == 2 ? registers : null, cancellationToken);
        using (var file = File.Create(args.Require("output")))
        {
            LinkCsv.Write(file, inputs, result);
        }

        var people = result.Clusters.Distinct().Count();
        Console.WriteLine($"{inputs.Count} records → {people} people ({result.Links} links, {result.ReviewPairs} pairs for review, {result.CandidatePairs} candidate pairs) in {clock.Elapsed.TotalSeconds:F1} s");
        return 0;
    }

    private static LinkageModel LoadModel(string path)
    {
        using var file = File.OpenRead(path);
        return LinkageModel.Load(file);
    }
}

using System.Diagnostics;
using IntegrationHub.Domain.Linkage.Batch;
using IntegrationHub.Domain.Linkage.Names;
using IntegrationHub.Domain.Linkage.Scoring;

namespace IntegrationHub.Cli.Linkage;

/// <summary>
/// <c>./hub link --input people.csv [--input other.csv] --output clusters.csv [--model model.json] [--estimate model-out.json] [--reviews reviews.csv] [--report]</c>:
/// the batch linker (the same engine the hub uses) for back-loading history and for evaluation. One input is
/// de-duplicated; two inputs are two registers, each taken to be free of duplicates, linked one-to-one (see
/// <see cref="BatchLinker.Link(IReadOnlyList{LinkInput}, IReadOnlyList{int}?, CancellationToken)"/>). The model is
/// fitted to the input (<see cref="BatchLinker.Estimate"/>) unless <c>--model</c> names one without <c>--estimate</c>;
/// <c>--estimate</c> writes the model linked with, <c>--reviews</c> the review items, <c>--report</c> prints the model.
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

        // A model file given is used as it is unless --estimate asks to fit it to the input; by default the input's own is fitted.
        var model = args.Get("model") is { } path ? LoadModel(path) : LinkageModel.Default;
        var estimate = args.Get("model") is null || args.Get("estimate") is not null;
        var result = new BatchLinker(model, NameAliases.Default) { Estimate = estimate }.Link(inputs, files.Count == 2 ? registers : null, cancellationToken);
        using (var file = File.Create(args.Require("output")))
        {
            LinkCsv.Write(file, inputs, result);
        }

        if (args.Get("estimate") is { } estimated)
        {
            using var file = File.Create(estimated);
            result.Model.Save(file);
        }

        if (args.Get("reviews") is { } reviews)
        {
            using var file = File.Create(reviews);
            LinkCsv.WriteReviews(file, inputs, result);
        }

        if (args.Get("report") is not null)
        {
            LinkReport.Print(result, Console.Out);
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

namespace IntegrationHub.Cli;

internal static class Program
{
    private static async Task<int> Main(string[] argv)
    {
        try
        {
            var args = new CommandLine(argv);
            using var cancel = new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                cancel.Cancel();
            };
            return args.Command switch
            {
                "token" => TokenCommand.Run(args),
                "demo" => await Demo.DemoCommand.RunAsync(args, cancel.Token),
                "bench-accept" => await Bench.AcceptBenchmark.RunAsync(args, cancel.Token),
                "bench-fhir" => await Bench.FhirBenchmark.RunAsync(args, cancel.Token),
                "bench-extract" => await Bench.ExtractBenchmark.RunAsync(args, cancel.Token),
                "bench-link" => Bench.LinkBenchmark.Run(args, cancel.Token),
                "link" => Linkage.LinkCommand.Run(args, cancel.Token),
                "package" => Package.PackageCommand.Run(args),
                "audit" => await Audit.AuditCommand.RunAsync(args, cancel.Token),
                "events" => await Events.EventsCommand.RunAsync(args, Console.Out, Console.Error, cancel.Token),
                "trace" => Trace.TraceCommand.Run(args, Console.Out, Console.Error),
                _ => Usage(),
            };
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync("hub: " + ex.Message);
            return 2;
        }
    }

    private static int Usage()
    {
        Console.WriteLine("hub-cli token --key K --role R [--org CODE] [--ia CODE ...]");
        Console.WriteLine("hub-cli demo --url URL --key K [--boards N] [--patients N]");
        Console.WriteLine("hub-cli bench-accept --url URL --key K [--n 200] [--storage CONNECTION_STRING]");
        Console.WriteLine("hub-cli bench-fhir --cosmos-key K [--bundles 10]");
        Console.WriteLine("hub-cli link --input people.csv --output clusters.csv [--model model.json] [--estimate model-out.json]");
        Console.WriteLine("hub-cli bench-link [--records 1000000]");
        Console.WriteLine("hub-cli bench-extract --url URL --key K --cosmos-key K [--app-pid PID] [--mib 64]");
        Console.WriteLine("hub-cli package --publish-dir DIR --output ZIP");
        Console.WriteLine("hub-cli audit --url URL (--key K | --token T) --person ID [--from YYYY-MM-DD] [--to YYYY-MM-DD]");
        Console.WriteLine("hub-cli events --ia S37… (--namespace NS.servicebus.windows.net | --connection-string CS) [--topic ia-activity] [--max N] [--idle-seconds S]");
        Console.WriteLine("hub-cli trace --submission ID --spans .hub/telemetry/spans.ndjson");
        return 2;
    }
}

using GeoOpgave.Bench;
using GeoOpgave.Bench.Measure;
using GeoOpgave.Bench.Workloads;

var options = BenchOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

var files = new WorkloadFiles(options.Cache, new BenchExtent(options.Scale));
if (options.Measure is { } workload)
{
    ChildRunner.Report(
        ImportWorkload.Handles(workload)
            ? ImportWorkload.Measure(workload, files)
            : DotnetWorkloads.Run(workload, files)
    );
    return 0;
}

if (options.Only.Any(w => w is "w1" or "w2" or "w3" or "w4"))
{
    files.Ensure(Console.Out);
}
else if (options.Only.Any(w => w.StartsWith("w6", StringComparison.Ordinal)))
{
    files.EnsureBuurten(Console.Out);
}

new BenchRunner(options, files, Console.Out).Run();
return 0;

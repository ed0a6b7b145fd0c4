using GeoOpgave.DemoGen;
using GeoOpgave.DemoGen.Output;
using GeoOpgave.DemoGen.Story;

// Regenerates data/demo: `dotnet run --project tools/GeoOpgave.DemoGen -- data/demo`. Same bytes on every run:
// fixed seeds (one per file, so changing one file leaves the others alone), a stopped clock, invariant culture.
// `-- --check data/demo` regenerates into a scratch folder, compares, re-checks the written coverage; exit 1 on a
// problem.
const int Seed = 9999;
var check = args.Contains("--check", StringComparer.Ordinal);
var directory = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? Path.Combine("data", "demo");

if (check)
{
    var problems = DemoCheck.Run(directory, scratch => Generate(scratch, TextWriter.Null));
    foreach (var problem in problems)
    {
        Console.Error.WriteLine(problem);
    }

    Console.WriteLine(
        problems.Count == 0 ? $"{directory}: current and sound." : $"{directory}: {problems.Count} problem(s)."
    );
    return problems.Count == 0 ? 0 : 1;
}

Generate(directory, Console.Out);
return 0;

static void Generate(string directory, TextWriter log)
{
    Directory.CreateDirectory(directory);
    var clock = new FixedTimeProvider(new DateTimeOffset(2024, 7, 1, 0, 0, 0, TimeSpan.Zero));
    var demo = DemoMunicipality.Build(Seed);
    WijkenBuurtenFile.Write(directory, demo, clock);
    HittestressFile.Write(directory, demo, new DemoRandom(Seed + 1));
    WateroverlastFile.Write(directory, demo, new DemoRandom(Seed + 2));
    EnergielabelsFile.Write(directory, demo, new DemoRandom(Seed + 3));
    WarmtenetFile.Write(directory, demo, new DemoRandom(Seed + 4), clock);
    PlannenFiles.Write(directory, DemoPlans.Build(demo, new DemoRandom(Seed + 5)), clock);
    StorySummary.Print(log, demo);
}

namespace GeoOpgave.Cli.Tests.Commands;

/// <summary>Tests that replace <see cref="Console.In"/> run one at a time, since standard input is
/// process-wide.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class UsersStdinCollection
{
    public const string Name = "stdin";
}

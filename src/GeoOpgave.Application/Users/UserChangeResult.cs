namespace GeoOpgave.Application.Users;

/// <summary>The outcome of a change to an account: succeeded, or the issues (in Dutch) why nothing changed.</summary>
public sealed record UserChangeResult(IReadOnlyList<string> Issues)
{
    public bool Succeeded => Issues.Count == 0;

    public static UserChangeResult Success { get; } = new([]);

    public static UserChangeResult Failed(params string[] issues) => new(issues);
}

using GeoOpgave.Cli.Infrastructure;

namespace GeoOpgave.Cli.Tests.Commands;

/// <summary>Drives <c>geoopgave users</c>; the password comes from standard input (--password-stdin).</summary>
[Collection(UsersStdinCollection.Name)]
public class UsersCommandTests
{
    private const string Password = "Geheim-wachtwoord-2026";

    [Fact]
    public async Task UsersAdd_PasswordFromStdinAndTwoRoles_ListedWithBothRoles()
    {
        using var folder = new TempWorkspace();

        var (exitCode, text) = await AddAsync(folder, Password, "anne", "--role", "beheerder", "--role", "Planner");
        var (_, list) = await CliRun.RunAsync("users", "list", "--db", folder.Db);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("Gebruiker toegevoegd: anne", text, StringComparison.Ordinal);
        Assert.Contains("anne", list, StringComparison.Ordinal);
        Assert.Contains("beheerder, planner", list, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersAdd_UnknownRole_ExitTwoAndNoAccount()
    {
        using var folder = new TempWorkspace();

        var (exitCode, text) = await AddAsync(folder, Password, "bob", "--role", "koning");
        var (_, list) = await CliRun.RunAsync("users", "--db", folder.Db);

        Assert.Equal(ExitCodes.InputRejected, exitCode);
        Assert.Contains("De rol 'koning' bestaat niet", text, StringComparison.Ordinal);
        Assert.Contains("nog geen accounts", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersAdd_ShortPassword_ExitTwoWithTheReason()
    {
        using var folder = new TempWorkspace();

        var (exitCode, text) = await AddAsync(folder, "kort1A", "carla", "--role", "analist");

        Assert.Equal(ExitCodes.InputRejected, exitCode);
        Assert.Contains("te kort", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersAdd_NoTerminalAndNoStdinFlag_ExitTwoWithoutDefaultPassword()
    {
        using var folder = new TempWorkspace();

        var (exitCode, text) = await CliRun.RunAsync("users", "add", "dirk", "--role", "analist", "--db", folder.Db);
        var (_, list) = await CliRun.RunAsync("users", "--db", folder.Db);

        Assert.Equal(ExitCodes.InputRejected, exitCode);
        Assert.Contains("--password-stdin", text, StringComparison.Ordinal);
        Assert.Contains("nog geen accounts", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersRolesAndRemove_ExistingUser_ChangeRolesThenRemove()
    {
        using var folder = new TempWorkspace();
        Assert.Equal(ExitCodes.Success, (await AddAsync(folder, Password, "eva", "--role", "analist")).ExitCode);

        var (rolesExit, _) = await CliRun.RunAsync("users", "roles", "eva", "--role", "bestuurder", "--db", folder.Db);
        var (_, afterRoles) = await CliRun.RunAsync("users", "--db", folder.Db);
        var (removeExit, _) = await CliRun.RunAsync("users", "remove", "eva", "--db", folder.Db);
        var (_, afterRemove) = await CliRun.RunAsync("users", "--db", folder.Db);

        Assert.Equal(ExitCodes.Success, rolesExit);
        Assert.Contains("bestuurder", afterRoles, StringComparison.Ordinal);
        Assert.DoesNotContain("analist", afterRoles, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, removeExit);
        Assert.Contains("nog geen accounts", afterRemove, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersRemove_UnknownUser_ExitTwo()
    {
        using var folder = new TempWorkspace();

        var (exitCode, text) = await CliRun.RunAsync("users", "remove", "niemand", "--db", folder.Db);

        Assert.Equal(ExitCodes.InputRejected, exitCode);
        Assert.Contains("Er is geen gebruiker 'niemand'", text, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> AddAsync(
        TempWorkspace folder,
        string password,
        string name,
        params string[] roles
    )
    {
        var original = Console.In;
        Console.SetIn(new StringReader(password + Environment.NewLine));
        try
        {
            return await CliRun.RunAsync(["users", "add", name, .. roles, "--password-stdin", "--db", folder.Db]);
        }
        finally
        {
            Console.SetIn(original);
        }
    }
}

using Microsoft.AspNetCore.Identity;

namespace GeoOpgave.Application.Users;

/// <summary>Dutch texts for the Identity errors a user can cause; anything else keeps Identity's own text.</summary>
internal static class IdentityMessages
{
    public static string Dutch(IdentityError error) =>
        error.Code switch
        {
            "PasswordTooShort" =>
                $"Het wachtwoord is te kort (minstens {UsersServiceCollectionExtensions.MinimumPasswordLength} tekens).",
            "PasswordRequiresDigit" => "Het wachtwoord moet een cijfer bevatten.",
            "PasswordRequiresLower" => "Het wachtwoord moet een kleine letter bevatten.",
            "PasswordRequiresUpper" => "Het wachtwoord moet een hoofdletter bevatten.",
            "PasswordRequiresNonAlphanumeric" => "Het wachtwoord moet een leesteken of symbool bevatten.",
            "DuplicateUserName" => "Die gebruikersnaam bestaat al.",
            "InvalidUserName" => "De gebruikersnaam mag alleen letters, cijfers en -._@+ bevatten.",
            _ => error.Description,
        };
}

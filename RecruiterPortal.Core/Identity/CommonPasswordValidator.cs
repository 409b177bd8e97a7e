using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;

namespace RecruiterPortal.Core.Identity;

/// <summary>
/// The password rules of OWASP ASVS 5 (V6.2): at least 12 characters, at most 128, no composition
/// rules, and none of the 10,000 most common passwords. Length is counted in Unicode scalars so
/// pass phrases in any script count fairly.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<PortalUser>
{
    public const int MinLength = 12;

    public const int MaxLength = 128;

    private static readonly Lazy<FrozenSet<string>> _common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password)
    {
        password ??= "";
        var length = password.EnumerateRunes().Count();
        if (length < MinLength)
        {
            return Failed("PasswordTooShort", $"Use at least {MinLength} characters. A phrase of a few words works well.");
        }

        if (length > MaxLength)
        {
            return Failed("PasswordTooLong", $"Use at most {MaxLength} characters.");
        }

        if (IsCommon(password))
        {
            return Failed("PasswordTooCommon", "This password is one of the most commonly used passwords. Choose another.");
        }

        return Task.FromResult(IdentityResult.Success);
    }

    public static bool IsCommon(string password) => _common.Value.Contains(password.ToLowerInvariant());

    private static Task<IdentityResult> Failed(string code, string description) =>
        Task.FromResult(IdentityResult.Failed(new IdentityError { Code = code, Description = description }));

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("RecruiterPortal.Core.Identity.Data.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is not embedded.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                words.Add(line.ToLowerInvariant());
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}

using Microsoft.AspNetCore.Identity;
using RecruiterPortal.Core.Identity;

namespace RecruiterPortal.Tests.Unit.Identity;

public class PasswordPolicyTests
{
    private readonly CommonPasswordValidator _validator = new();

    [Theory]
    [InlineData("short pass1", "PasswordTooShort")]
    [InlineData("blue sky walk", null)]
    [InlineData("twelve chars", null)]
    [InlineData("correct horse battery staple", null)]
    [InlineData("ÅÅÅÅÅÅÅÅÅÅÅÅ", null)]
    public async Task Length_counts_and_composition_does_not(string password, string? expectedError)
    {
        var result = await _validator.ValidateAsync(null!, new PortalUser(), password);

        Assert.Equal(expectedError, result.Errors.FirstOrDefault()?.Code);
    }

    [Fact]
    public async Task More_than_128_characters_is_refused()
    {
        var ok = await _validator.ValidateAsync(null!, new PortalUser(), new string('x', 127) + "y");
        var tooLong = await _validator.ValidateAsync(null!, new PortalUser(), new string('x', 128) + "y");

        Assert.True(ok.Succeeded);
        Assert.Equal("PasswordTooLong", tooLong.Errors.Single().Code);
    }

    [Theory]
    [InlineData("unbelievable")]
    [InlineData("UNBELIEVABLE")]
    [InlineData("contortionist")]
    public async Task The_most_common_passwords_are_refused_whatever_their_case(string password)
    {
        Assert.True(CommonPasswordValidator.IsCommon("password"));
        var result = await _validator.ValidateAsync(null!, new PortalUser(), password);

        // Only list entries of 12+ characters reach this rule; shorter ones fail on length first.
        Assert.Equal("PasswordTooCommon", result.Errors.Single().Code);
    }

    [Fact]
    public void The_list_holds_ten_thousand_passwords_including_long_ones()
    {
        var assembly = typeof(CommonPasswordValidator).Assembly;
        using var reader = new StreamReader(assembly.GetManifestResourceStream("RecruiterPortal.Core.Identity.Data.common-passwords.txt")!);
        var lines = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(10_000, lines.Length);
        var longOnes = lines.Where(l => l.Length >= 12).ToList();
        Assert.NotEmpty(longOnes);
        Assert.All(longOnes.Take(20), l => Assert.True(CommonPasswordValidator.IsCommon(l)));
    }

    [Fact]
    public void Identity_is_configured_without_composition_rules()
    {
        var options = new IdentityOptions();
        typeof(RecruiterPortal.Core.DependencyInjection).GetMethod("ConfigureIdentity", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .Invoke(null, [options]);

        Assert.Equal(12, options.Password.RequiredLength);
        Assert.False(options.Password.RequireDigit || options.Password.RequireUppercase || options.Password.RequireLowercase || options.Password.RequireNonAlphanumeric);
        Assert.True(options.Lockout.AllowedForNewUsers);
        Assert.Equal(5, options.Lockout.MaxFailedAccessAttempts);
    }
}

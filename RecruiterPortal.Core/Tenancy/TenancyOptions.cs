namespace RecruiterPortal.Core.Tenancy;

/// <summary><c>Tenancy:AllowSignup</c>: whether anyone may create a new organisation from the sign-in page.</summary>
public sealed class TenancyOptions
{
    public const string Section = "Tenancy";

    public bool AllowSignup { get; set; } = true;
}

namespace RecruiterPortal.Core.Tenancy;

/// <summary>
/// The tenant roles, from most to least powerful. Each role can do everything the roles below it
/// can: Viewer reads; Recruiter uploads, edits, matches, tailors, exports; Admin also manages users,
/// API keys and settings; Owner also deletes tenant-wide and transfers ownership.
/// </summary>
public static class PortalRoles
{
    public const string Owner = "Owner";
    public const string Admin = "Admin";
    public const string Recruiter = "Recruiter";
    public const string Viewer = "Viewer";

    public static IReadOnlyList<string> All { get; } = [Owner, Admin, Recruiter, Viewer];

    public static bool IsValid(string? role) => role is not null && All.Contains(role);

    /// <summary>The roles that include the given one (Recruiter → Owner, Admin, Recruiter).</summary>
    public static IReadOnlyList<string> AtLeast(string role)
    {
        var index = IndexOf(role);
        return All.Take(index + 1).ToArray();
    }

    public static bool Includes(string? role, string required) =>
        IsValid(role) && IndexOf(role!) <= IndexOf(required);

    private static int IndexOf(string role)
    {
        var index = All.ToList().IndexOf(role);
        return index >= 0 ? index : throw new ArgumentException($"Unknown role '{role}'.", nameof(role));
    }
}

using System.Globalization;
using System.Text;

namespace RecruiterPortal.Core.Tenancy;

/// <summary>Makes a URL-friendly slug from a tenant name ("Acme Talent GmbH" → "acme-talent-gmbh").</summary>
public static class TenantSlug
{
    public static string From(string name)
    {
        var decomposed = name.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder();
        foreach (var c in decomposed)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        var slug = sb.ToString().Trim('-');
        return slug.Length == 0 ? "tenant" : slug[..Math.Min(slug.Length, 60)];
    }
}

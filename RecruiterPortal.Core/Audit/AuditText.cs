using System.Text;

namespace RecruiterPortal.Core.Audit;

/// <summary>
/// Makes text safe to store in the audit log and to show or export from it: control characters
/// (CR/LF included, so nobody can forge a second line) become a visible marker, and length is capped.
/// </summary>
public static class AuditText
{
    public const int MaxLength = 500;

    public static string? Clean(string? text, int maxLength = MaxLength)
    {
        if (text is null)
        {
            return null;
        }

        var builder = new StringBuilder(Math.Min(text.Length, maxLength));
        foreach (var c in text)
        {
            if (builder.Length >= maxLength)
            {
                builder.Append('…');
                break;
            }

            builder.Append(char.IsControl(c) || c is '\u2028' or '\u2029' ? '⏎' : c);
        }

        return builder.ToString();
    }
}

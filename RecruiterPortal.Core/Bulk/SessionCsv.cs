using System.Globalization;
using System.Text;

namespace RecruiterPortal.Core.Bulk;

/// <summary>A session's results as CSV, safe to open in a spreadsheet (no cell starts a formula).</summary>
public static class SessionCsv
{
    public static string Write(TailorSessionView session)
    {
        var csv = new StringBuilder();
        csv.Append("candidate,candidate_id,tailor_id,status,original_score,tailored_score,improvement,error\r\n");
        foreach (var item in session.Items)
        {
            csv.AppendJoin(',', [
                Cell(item.CandidateName), Cell(item.CandidateId.ToString()), Cell(item.TailorId.ToString()), Cell(item.Status),
                Number(item.OriginalScore), Number(item.TailoredScore), Number(item.Improvement), Cell(item.Error)]);
            csv.Append("\r\n");
        }

        return csv.ToString();
    }

    /// <summary>Quotes a value, and prefixes one a spreadsheet would run as a formula with an apostrophe.</summary>
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 || value[0] == '\''
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }

    private static string Number(double? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";
}

using System.Globalization;
using System.Text;
using RecruiterPortal.Core.Audit;

namespace RecruiterPortal.Core.Reports;

/// <summary>
/// A report's rows as CSV (RFC 4180, CRLF), safe to open in a spreadsheet: every text cell goes
/// through <see cref="AuditLog.CsvCell"/>, so none starts a formula. Lists are joined with "; ".
/// </summary>
public static class ReportCsv
{
    public const string Header =
        "rank,candidate,candidate_id,title,local_score,matched_skills,missing_skills,requirements_met,requirements_total,verdicts,ai_score,ai_verdicts,tailoring_status,tailored_score,explanation";

    public static string Write(ReportView report)
    {
        var csv = new StringBuilder();
        csv.Append(Header).Append("\r\n");
        foreach (var row in report.Rows)
        {
            csv.AppendJoin(',', [
                row.Rank.ToString(CultureInfo.InvariantCulture),
                AuditLog.CsvCell(row.CandidateName),
                row.CandidateId.ToString(),
                AuditLog.CsvCell(row.CandidateTitle),
                Number(row.LocalScore),
                AuditLog.CsvCell(string.Join("; ", row.MatchedSkills)),
                AuditLog.CsvCell(string.Join("; ", row.MissingSkills)),
                row.MetCount.ToString(CultureInfo.InvariantCulture),
                row.Verdicts.Count.ToString(CultureInfo.InvariantCulture),
                AuditLog.CsvCell(string.Join("; ", row.Verdicts.Select(v => $"{v.Requirement}: {v.Verdict}"))),
                Number(row.AiScore),
                AuditLog.CsvCell(row.AiVerdictSummary),
                AuditLog.CsvCell(row.TailoringStatus ?? "none"),
                Number(row.TailoredScore),
                AuditLog.CsvCell(row.Explanation)]);
            csv.Append("\r\n");
        }

        return csv.ToString();
    }

    /// <summary>The CSV as UTF-8 with a byte-order mark, so spreadsheets read names with accents right.</summary>
    public static byte[] Bytes(ReportView report) =>
        [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Write(report))];

    private static string Number(double? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";
}

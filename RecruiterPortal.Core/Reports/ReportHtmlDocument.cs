using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace RecruiterPortal.Core.Reports;

/// <summary>
/// A report as one standalone HTML document for printing to PDF: every value HTML-encoded, an
/// embedded stylesheet allowed by its hash and nothing else (no scripts, no remote resources), like
/// the resume exports.
/// </summary>
public static class ReportHtmlDocument
{
    private const string Body = """
        *{box-sizing:border-box}
        html{background:#fff;color:#111}
        body{margin:0;font-family:"Liberation Sans",Arial,Helvetica,sans-serif;font-size:9pt;line-height:1.35}
        h1{font-size:16pt;margin:0 0 .2rem}
        .meta{color:#444;margin:0 0 .8rem}
        table{width:100%;border-collapse:collapse}
        th,td{border-bottom:1px solid #bbb;padding:.25rem .3rem;text-align:left;vertical-align:top}
        th{font-size:8pt;text-transform:uppercase;letter-spacing:.03em;border-bottom:1.5px solid #333}
        tr{break-inside:avoid}
        .num{text-align:right;white-space:nowrap}
        .missing{color:#8a1c1c}
        .small{font-size:8pt;color:#333}
        """;

    public static string Render(ReportView report, bool letter)
    {
        var css = $"@page{{size:{(letter ? "Letter" : "A4")} landscape;margin:12mm}}\n{Body}";
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(css)));
        var policy = $"default-src 'none'; style-src 'sha256-{hash}'; img-src data:; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

        var sb = new StringBuilder(8192);
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(policy).Append("\">\n");
        sb.Append("<meta name=\"generator\" content=\"RecruiterPortal\">\n");
        sb.Append("<title>").Append(E(report.Title)).Append("</title>\n");
        sb.Append("<style>").Append(css).Append("</style>\n</head>\n<body>\n");
        sb.Append("<h1>").Append(E(report.Title)).Append("</h1>\n");
        sb.Append("<p class=\"meta\">").Append(E(report.JobTitle));
        if (!string.IsNullOrEmpty(report.JobCompany))
        {
            sb.Append(" · ").Append(E(report.JobCompany));
        }

        sb.Append(" (version ").Append(report.JobVersion).Append(") · top ").Append(report.Rows.Count).Append(" of ").Append(report.RankedCount)
            .Append(" ranked · created by ").Append(E(report.CreatedBy)).Append(", ")
            .Append(report.CreatedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture))
            .Append(" · scoring weights version ").Append(report.WeightageVersion).Append("</p>\n");

        sb.Append("<table>\n<thead><tr><th>#</th><th>Candidate</th><th class=\"num\">Score</th><th>Matched skills</th><th>Missing skills</th><th>Requirements</th><th class=\"num\">AI</th><th>Tailored resume</th></tr></thead>\n<tbody>\n");
        foreach (var row in report.Rows)
        {
            sb.Append("<tr><td class=\"num\">").Append(row.Rank).Append("</td><td>").Append(E(row.CandidateName ?? "(no name)"));
            if (!string.IsNullOrEmpty(row.CandidateTitle))
            {
                sb.Append("<br><span class=\"small\">").Append(E(row.CandidateTitle)).Append("</span>");
            }

            sb.Append("</td><td class=\"num\">").Append(Percent(row.LocalScore)).Append("</td>");
            sb.Append("<td>").Append(E(string.Join(", ", row.MatchedSkills))).Append("</td>");
            sb.Append("<td class=\"missing\">").Append(E(string.Join(", ", row.MissingSkills))).Append("</td>");
            sb.Append("<td>").Append(row.MetCount).Append(" of ").Append(row.Verdicts.Count).Append(" met");
            var open = row.Verdicts.Where(v => v.Verdict != ReportVerdict.Met).ToList();
            if (open.Count > 0)
            {
                sb.Append("<br><span class=\"small\">").Append(E(string.Join("; ", open.Select(v => $"{v.Requirement}: {v.Verdict}")))).Append("</span>");
            }

            sb.Append("</td><td class=\"num\">").Append(row.AiScore is { } ai ? Percent(ai) : "–").Append("</td>");
            sb.Append("<td>").Append(E(row.TailoringStatus ?? "none"));
            if (row.TailoredScore is { } tailored)
            {
                sb.Append(" (").Append(Percent(tailored)).Append(')');
            }

            sb.Append("</td></tr>\n");
        }

        sb.Append("</tbody>\n</table>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    private static string Percent(double score) => (score * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}

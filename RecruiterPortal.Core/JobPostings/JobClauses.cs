using System.Text.RegularExpressions;

namespace RecruiterPortal.Core.JobPostings;

/// <summary>
/// Splits requirement lines into clauses and reads the wording that marks a clause as required
/// ("must", "required") or optional ("is a plus", "ideally").
/// </summary>
internal static partial class JobClauses
{
    /// <summary>Clauses of a line; a parenthesised aside becomes its own clause so "(Go a plus)" is read alone.</summary>
    public static IEnumerable<string> Split(string line)
    {
        var outside = Parenthesised().Replace(line, "; ");
        foreach (Match aside in Parenthesised().Matches(line))
        {
            var inner = aside.Value[1..^1];
            // An aside without its own cue belongs to the sentence around it: "Python (Django, Flask) required".
            if (HasPreferredCue(inner) || HasRequiredCue(inner))
            {
                yield return inner;
            }
            else
            {
                outside = outside + " " + inner;
            }
        }

        foreach (var clause in ClauseBreaks().Split(outside))
        {
            if (!string.IsNullOrWhiteSpace(clause))
            {
                yield return clause.Trim();
            }
        }
    }

    public static bool HasPreferredCue(string clause) => PreferredCue().IsMatch(clause);

    public static bool HasRequiredCue(string clause) => RequiredCue().IsMatch(clause);

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Parenthesised();

    // Sentence ends and semicolons; a full stop inside a name (Node.js) is not followed by a space.
    [GeneratedRegex(@"[;]|,\s*(?=(ideally|preferably)\b)|(?<=[a-z0-9)])\.\s+|\s+[-–—]\s+(?=[a-z])", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreaks();

    [GeneratedRegex(
        @"\b(a|big|huge|definite|strong)\s+plus\b|\bplus\s*$|\bpreferred\b|\bpreferably\b|\bpreference\b|\bideally\b|\bnice[- ]to[- ]have\b|\bbonus\b|\bdesirable\b|\bdesired\b|\badvantage(ous)?\b|\bhelpful\b|\bbeneficial\b|\bwould be great\b|\bgood to have\b|\bnot (required|essential|mandatory)\b|\boptional\b|\bwelcomed?\b|\bappreciated\b|\bwe'?ll train\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex PreferredCue();

    [GeneratedRegex(
        @"\b(required|requires?|must|mandatory|essential|necessary|needed|need to|minimum|at least)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex RequiredCue();
}

using System.Text;
using System.Text.Json;
using RecruiterPortal.Core.Parsing;
using RecruiterPortal.Core.Skills;
using Xunit.Abstractions;

namespace RecruiterPortal.Tests.Unit.Parsing;

/// <summary>
/// Parses every labelled fixture resume (TXT, MD, DOCX and PDFs from several generators) and holds
/// the parser to per-field precision and recall against the hand-written truth files.
/// </summary>
public class ParserAccuracyTests(ITestOutputHelper output)
{
    private static readonly string _fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Resumes");
    private static readonly string[] _formats = [".txt", ".md", ".pdf", ".docx"];

    private readonly ResumeParser _parser = new(SkillTaxonomy.Default);

    [Fact]
    public void Fixture_set_is_large_and_varied()
    {
        var files = Fixtures().Select(f => f.Resume).ToList();
        Assert.True(files.Count >= 30, $"only {files.Count} fixtures");
        foreach (var format in _formats)
        {
            Assert.Contains(files, f => f.EndsWith(format, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Parser_meets_accuracy_targets_on_labelled_fixtures()
    {
        var name = new FieldScore("name");
        var email = new FieldScore("email");
        var phone = new FieldScore("phone");
        var linkedin = new FieldScore("linkedin");
        var title = new FieldScore("experience title");
        var company = new FieldScore("experience company");
        var education = new FieldScore("education inst+degree");
        var skills = new FieldScore("skills");
        var problems = new StringBuilder();

        foreach (var (resume, truthFile) in Fixtures())
        {
            var truth = JsonSerializer.Deserialize<ResumeTruth>(File.ReadAllText(truthFile))!;
            var parsed = _parser.Parse(FixtureText.Read(resume));
            var notes = new List<string>();
            if (!name.AddSingle(truth.FullName, parsed.FullName, FieldMatch.Text))
            {
                notes.Add($"name: expected '{truth.FullName}', got '{parsed.FullName}'");
            }

            if (!email.AddSingle(truth.Email, parsed.Email, FieldMatch.Text))
            {
                notes.Add($"email: expected '{truth.Email}', got '{parsed.Email}'");
            }

            if (!phone.AddSingle(truth.Phone, parsed.Phone, FieldMatch.Phone))
            {
                notes.Add($"phone: expected '{truth.Phone}', got '{parsed.Phone}'");
            }

            if (!linkedin.AddSingle(truth.LinkedinUrl, parsed.LinkedinUrl, FieldMatch.Url))
            {
                notes.Add($"linkedin: expected '{truth.LinkedinUrl}', got '{parsed.LinkedinUrl}'");
            }

            Note(notes, "title", title.AddMany(truth.Experience.Select(e => e.Title), parsed.Experience.Select(e => e.Title ?? ""), FieldMatch.Text));
            Note(notes, "company", company.AddMany(truth.Experience.Select(e => e.Company), parsed.Experience.Select(e => e.Company ?? ""), FieldMatch.Text));
            Note(notes, "education", education.AddMany(
                truth.Education,
                parsed.Education,
                (e, a) => FieldMatch.Text(e.Institution, a.Institution ?? "") && FieldMatch.Degree(e.Degree, a.Degree ?? "")),
                e => $"{e.Institution} / {e.Degree}",
                a => $"{a.Institution} / {a.Degree}");
            Note(notes, "skills", skills.AddMany(truth.Skills, parsed.Skills, FieldMatch.Text));

            if (notes.Count > 0)
            {
                problems.AppendLine(Path.GetFileName(resume)).AppendJoin('\n', notes.Select(n => "  " + n)).AppendLine();
            }
        }

        FieldScore[] scores = [name, email, phone, linkedin, title, company, education, skills];
        output.WriteLine($"{"field",-24} {"precision",9} {"recall",9} {"F1",9} {"TP",5} {"FP",5} {"FN",5}");
        foreach (var s in scores)
        {
            output.WriteLine($"{s.Name,-24} {s.Precision,9:0.000} {s.Recall,9:0.000} {s.F1,9:0.000} {s.TruePositives,5} {s.FalsePositives,5} {s.FalseNegatives,5}");
        }

        output.WriteLine("");
        output.WriteLine(problems.Length == 0 ? "No differences." : "Differences:\n" + problems);

        Assert.All(new[] { name, email, phone, linkedin }, s => Assert.True(s.F1 >= 0.98, $"{s.Name} F1 {s.F1:0.000}"));
        Assert.All(new[] { title, company }, s => Assert.True(s.F1 >= 0.90, $"{s.Name} F1 {s.F1:0.000}"));
        Assert.True(education.F1 >= 0.90, $"education F1 {education.F1:0.000}");
        Assert.True(skills.F1 >= 0.85, $"skills F1 {skills.F1:0.000}");
    }

    private static IEnumerable<(string Resume, string Truth)> Fixtures()
    {
        foreach (var truth in Directory.GetFiles(_fixtures, "*.truth.json").Order(StringComparer.Ordinal))
        {
            var stem = truth[..^".truth.json".Length];
            var resume = _formats.Select(ext => stem + ext).FirstOrDefault(File.Exists)
                ?? throw new FileNotFoundException($"no resume file next to {truth}");
            yield return (resume, truth);
        }
    }

    private static void Note(List<string> notes, string field, (List<string> Missed, List<string> Extra) diff) =>
        Note(notes, field, diff, e => e, a => a);

    private static void Note<T, TA>(List<string> notes, string field, (List<T> Missed, List<TA> Extra) diff, Func<T, string> showExpected, Func<TA, string> showActual)
    {
        if (diff.Missed.Count > 0)
        {
            notes.Add($"{field} missed: {string.Join("; ", diff.Missed.Select(showExpected))}");
        }

        if (diff.Extra.Count > 0)
        {
            notes.Add($"{field} extra: {string.Join("; ", diff.Extra.Select(showActual))}");
        }
    }
}

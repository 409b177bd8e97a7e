using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Skills;
using Xunit.Abstractions;

namespace RecruiterPortal.Tests.Unit.Matching;

public class JobExtractionAccuracyTests(ITestOutputHelper output)
{
    private readonly JobDescriptionExtractor _extractor = new(SkillTaxonomy.Default);

    [Fact]
    public void Skill_extraction_reaches_the_accuracy_bar_over_the_fixture_jobs()
    {
        var required = new Tally();
        var preferred = new Tally();
        output.WriteLine($"{"fixture",-26} {"req P",6} {"req R",6} {"pref P",6} {"pref R",6}");
        foreach (var name in JobFixtures.Names())
        {
            var truth = JobFixtures.LoadTruth(name);
            var profile = _extractor.Extract(JobFixtures.Text(name));
            var req = Tally.Of(profile.RequiredSkills, truth.RequiredSkills);
            var pref = Tally.Of(profile.PreferredSkills, truth.PreferredSkills);
            required.Add(req);
            preferred.Add(pref);
            output.WriteLine($"{name,-26} {req.Precision,6:0.00} {req.Recall,6:0.00} {pref.Precision,6:0.00} {pref.Recall,6:0.00}");
            foreach (var miss in truth.RequiredSkills.Except(profile.RequiredSkills))
            {
                output.WriteLine($"    required missed: {miss}");
            }

            foreach (var wrong in profile.RequiredSkills.Except(truth.RequiredSkills))
            {
                output.WriteLine($"    required extra:  {wrong}");
            }

            foreach (var miss in truth.PreferredSkills.Except(profile.PreferredSkills))
            {
                output.WriteLine($"    preferred missed: {miss}");
            }

            foreach (var wrong in profile.PreferredSkills.Except(truth.PreferredSkills))
            {
                output.WriteLine($"    preferred extra:  {wrong}");
            }
        }

        var overall = new Tally();
        overall.Add(required);
        overall.Add(preferred);
        output.WriteLine("");
        output.WriteLine($"{"set",-10} {"P",6} {"R",6} {"F1",6}");
        output.WriteLine($"{"required",-10} {required.Precision,6:0.000} {required.Recall,6:0.000} {required.F1,6:0.000}");
        output.WriteLine($"{"preferred",-10} {preferred.Precision,6:0.000} {preferred.Recall,6:0.000} {preferred.F1,6:0.000}");
        output.WriteLine($"{"overall",-10} {overall.Precision,6:0.000} {overall.Recall,6:0.000} {overall.F1,6:0.000}");

        Assert.True(JobFixtures.Names().Count() >= 20, "Expected at least 20 fixture jobs.");
        Assert.True(overall.F1 >= 0.85, $"Overall skill F1 {overall.F1:0.000} is below 0.85.");
        Assert.True(required.F1 >= 0.85, $"Required skill F1 {required.F1:0.000} is below 0.85.");
        Assert.True(preferred.F1 >= 0.85, $"Preferred skill F1 {preferred.F1:0.000} is below 0.85.");
    }

    /// <summary>Micro-averaged counts: each skill of each job counts once.</summary>
    private sealed class Tally
    {
        public int TruePositives { get; private set; }

        public int FalsePositives { get; private set; }

        public int FalseNegatives { get; private set; }

        public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

        public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

        public static Tally Of(IEnumerable<string> predicted, IEnumerable<string> expected)
        {
            var p = predicted.ToHashSet(StringComparer.Ordinal);
            var e = expected.ToHashSet(StringComparer.Ordinal);
            return new Tally
            {
                TruePositives = p.Count(e.Contains),
                FalsePositives = p.Count(x => !e.Contains(x)),
                FalseNegatives = e.Count(x => !p.Contains(x)),
            };
        }

        public void Add(Tally other)
        {
            TruePositives += other.TruePositives;
            FalsePositives += other.FalsePositives;
            FalseNegatives += other.FalseNegatives;
        }
    }
}

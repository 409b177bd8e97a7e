using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Matching;
using RecruiterPortal.Core.Parsing;
using RecruiterPortal.Core.Skills;

namespace RecruiterPortal.Tests.Unit.Matching;

public class ContentRankerTests
{
    [Fact]
    public void Orders_experiences_projects_and_skills_by_what_the_job_asks()
    {
        var resume = CandidateFixtures.PythonEngineer with
        {
            Experience =
            [
                new ParsedExperience { Title = "Barista", Company = "Bean There", Bullets = ["Served coffee and handled cash"] },
                .. CandidateFixtures.PythonEngineer.Experience,
            ],
            Projects =
            [
                new ParsedProject { Name = "Recipe blog", Description = "Personal blog about baking" },
                new ParsedProject { Name = "Ledger API", Description = "Double-entry ledger service", Technologies = ["Python", "Django", "PostgreSQL"] },
            ],
            Skills = ["Photography", "Python", "Apache Kafka", "Django"],
        };
        var job = new JobDescriptionExtractor(SkillTaxonomy.Default).Extract(JobFixtures.Text("backend-python"));

        var rankings = new ContentRanker(SkillTaxonomy.Default).Rank(resume, job);

        Assert.Equal(0, rankings.Experiences[^1].Index);
        Assert.Equal(1, rankings.Projects[0].Index);
        Assert.Equal("Uses Python, Django and PostgreSQL which the job requires", rankings.Projects[0].Reason);
        Assert.Equal(["Python", "Django", "Apache Kafka", "Photography"], rankings.Skills.Select(s => s.Label));
        Assert.All(rankings.Experiences.Concat(rankings.Projects).Concat(rankings.Skills), r => Assert.InRange(r.RelevanceScore, 0, 1));
    }
}

using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Parsing;
using RecruiterPortal.Core.Skills;
using RecruiterPortal.Tests.Unit.Matching;
using RecruiterPortal.Tests.Unit.Parsing;

namespace RecruiterPortal.Tests.Unit.Tailoring;

/// <summary>Fixture resumes paired with the fixture job each one would realistically apply to.</summary>
internal static class TailoringFixtures
{
    public static readonly DateOnly AsOf = new(2025, 6, 1);

    public static readonly (string Resume, string Job)[] Pairs =
    [
        ("01_software_txt_caps.txt", "dotnet-backend"),
        ("09_data_scientist_md.md", "ml-engineer"),
        ("12_accountant_txt_plain.txt", "accountant"),
        ("15_hr_md.md", "hr-generalist"),
        ("22_retail_sales_md.md", "retail-sales-associate"),
        ("31_warehouse_associate_md.md", "warehouse-associate"),
        ("06_teacher_txt_colon.txt", "teacher-math"),
        ("27_mobile_ios_md.md", "frontend-react"),
    ];

    public static string ResumeText(string file) =>
        FixtureText.Read(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Resumes", file));

    public static ParsedResume Resume(string file) => new ResumeParser(SkillTaxonomy.Default).Parse(ResumeText(file));

    public static JobProfile Job(string name) => new JobDescriptionExtractor(SkillTaxonomy.Default).Extract(JobFixtures.Text(name));
}

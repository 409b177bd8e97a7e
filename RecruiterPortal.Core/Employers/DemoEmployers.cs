namespace RecruiterPortal.Core.Employers;

/// <summary>The demo tenant's employer examples: resumes embedded under <see cref="ResourcePrefix"/>, seeded by the demo seeder.</summary>
public static class DemoEmployers
{
    public const string ResourcePrefix = "RecruiterPortal.Core.Employers.Demo.";
}

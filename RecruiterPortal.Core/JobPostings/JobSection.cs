namespace RecruiterPortal.Core.JobPostings;

/// <summary>The part of a job description a line belongs to; decides how its skills count.</summary>
internal enum JobSection
{
    Intro,
    Responsibilities,
    Required,
    Preferred,
    Benefits,
    About,
}

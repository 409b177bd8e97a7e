namespace RecruiterPortal.Core.Parsing;

/// <summary>The parts of a resume the parser tells apart.</summary>
internal enum SectionKind
{
    Header,
    Summary,
    Experience,
    Education,
    Skills,
    Projects,
    Certifications,
    Languages,
    Other,
}

namespace RecruiterPortal.Components.Pages.Jobs;

/// <summary>Words for the job fields' stored codes.</summary>
public static class JobText
{
    public static string EmploymentType(string? code) => code switch
    {
        "full_time" => "Full time",
        "part_time" => "Part time",
        "contract" => "Contract",
        "temporary" => "Temporary",
        "internship" => "Internship",
        _ => code ?? "",
    };

    public static string ApplicationStatus(string? code) => code switch
    {
        "not_applied" => "Not applied",
        "applied" => "Applied",
        "interview" => "Interview",
        "offer" => "Offer",
        "rejected" => "Rejected",
        _ => code ?? "",
    };

    /// <summary>The education levels a job can ask for, as the extractor names them.</summary>
    public static IReadOnlyList<string> EducationOptions { get; } = ["none", "high_school", "associate", "bachelor", "master", "doctorate"];

    public static string Percent(double? value) => value is { } v ? $"{v * 100:0}%" : "n/a";
}

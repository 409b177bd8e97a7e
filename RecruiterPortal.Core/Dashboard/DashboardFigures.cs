namespace RecruiterPortal.Core.Dashboard;

/// <summary>Counts shown on the dashboard.</summary>
public sealed record DashboardFigures(int ActiveUsers, int ActiveApiKeys, int Candidates, int Resumes, int ResumesInProgress, int ResumesFailed, int ActiveJobs);

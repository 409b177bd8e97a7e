namespace RecruiterPortal.Core.Parsing;

/// <summary>When something happened, normalised to <c>YYYY-MM</c> or <c>YYYY</c>.</summary>
internal sealed record DateRange(string? Start, string? End, bool IsCurrent);

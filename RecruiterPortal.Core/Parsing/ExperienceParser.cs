namespace RecruiterPortal.Core.Parsing;

/// <summary>Turns the experience section into positions.</summary>
internal static class ExperienceParser
{
    public static List<ParsedExperience> Parse(IEnumerable<string> lines)
    {
        var positions = new List<ParsedExperience>();
        foreach (var entry in EntryGrouper.Group(lines, allowSingleDates: true))
        {
            var (title, company, location) = PositionHeader.Interpret(entry.HeaderLines);
            if (title is null && company is null)
            {
                // Details with no header (a stray paragraph) belong to the position above them.
                if (positions.Count > 0 && entry.Details.Count > 0)
                {
                    positions[^1] = positions[^1] with { Bullets = [.. positions[^1].Bullets, .. entry.Details] };
                }

                continue;
            }

            var dates = entry.Dates;
            positions.Add(new ParsedExperience
            {
                Title = title,
                Company = company,
                Location = location,
                // A lone date ("Summer 2019") is both the start and the end.
                StartDate = dates?.Start ?? dates?.End,
                EndDate = dates?.End,
                IsCurrent = dates?.IsCurrent ?? false,
                Bullets = entry.Details,
            });
        }

        return positions;
    }
}

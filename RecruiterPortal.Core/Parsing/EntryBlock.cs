namespace RecruiterPortal.Core.Parsing;

/// <summary>One entry of a dated section while it is being read: header lines, its dates, then its details.</summary>
internal sealed class EntryBlock
{
    public List<string> HeaderLines { get; } = [];

    public List<string> Details { get; } = [];

    public DateRange? Dates { get; set; }

    /// <summary>Header lines read before the line with the dates.</summary>
    public int HeaderLinesBeforeDates { get; set; }

    /// <summary>Header lines read up to and including the line with the dates.</summary>
    public int HeaderLinesThroughDates { get; set; }
}

namespace RecruiterPortal.Core.CoverLetters;

/// <summary>
/// How a candidate writes, in the shape of seed 003's <c>extracted_style</c>, plus the measured
/// counts behind it. Stored as snake_case JSON on the <see cref="WritingSample"/>.
/// </summary>
public sealed record WritingStyle
{
    /// <summary>"formal", "professional", "professional_warm", "conversational" or "casual".</summary>
    public string Tone { get; init; } = "professional";

    /// <summary>0 (chatty) to 1 (formal).</summary>
    public double FormalityLevel { get; init; } = 0.6;

    public SentenceStructurePart SentenceStructure { get; init; } = new();

    public VocabularyPart Vocabulary { get; init; } = new();

    public ParagraphStructurePart ParagraphStructure { get; init; } = new();

    /// <summary>Recurring first-person openings the candidate uses ("I look forward to", "I am passionate about").</summary>
    public IReadOnlyList<string> SignaturePhrases { get; init; } = [];

    /// <summary>The greeting line as the candidate wrote it ("Dear Hiring Manager,"), without names.</summary>
    public string? Salutation { get; init; }

    /// <summary>The sign-off ("Sincerely,", "Cheers,").</summary>
    public string? Closing { get; init; }

    /// <summary>What the figures were measured on.</summary>
    public CountsPart Counts { get; init; } = new();

    public sealed record SentenceStructurePart
    {
        public double AvgWordsPerSentence { get; init; } = 17;

        /// <summary>Share of sentences joining clauses with ", and", ", but", ", so", ";" and the like.</summary>
        public double CompoundSentenceRatio { get; init; }

        public bool UsesContractions { get; init; }

        /// <summary>Contractions ("I'm", "don't") per 100 words.</summary>
        public double ContractionsPer100Words { get; init; }
    }

    public sealed record VocabularyPart
    {
        /// <summary>Share of words that name a skill in the taxonomy.</summary>
        public double TechnicalDensity { get; init; }

        public IReadOnlyList<string> ActionVerbPreference { get; init; } = [];

        public IReadOnlyList<string> TransitionPhrases { get; init; } = [];
    }

    public sealed record ParagraphStructurePart
    {
        /// <summary>"statement_of_intent", "enthusiastic_hook", "question" or "direct_statement".</summary>
        public string OpeningStyle { get; init; } = "direct_statement";

        public bool UsesTopicSentences { get; init; } = true;

        public double AvgSentencesPerParagraph { get; init; } = 3;
    }

    public sealed record CountsPart(int Words = 0, int Sentences = 0, int Paragraphs = 0, int Contractions = 0);

    /// <summary>The style used when a candidate has no sample: plain, professional, no contractions.</summary>
    public static WritingStyle Neutral { get; } = new();
}

using RecruiterPortal.Core.CoverLetters;
using RecruiterPortal.Core.Skills;

namespace RecruiterPortal.Tests.Unit.CoverLetters;

/// <summary>
/// The style extractor's figures on three fixture letters written in clearly different styles: a
/// formal letter of long sentences, a casual one full of contractions, and a warm professional one.
/// Word and sentence counts were checked by hand and with an independent script.
/// </summary>
public sealed class WritingStyleExtractorTests
{
    private static readonly WritingStyleExtractor Extractor = new(SkillTaxonomy.Default);

    internal static string Letter(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Letters", name));

    [Fact]
    public void A_formal_letter_of_long_sentences_reads_as_formal_without_contractions()
    {
        var style = Extractor.Extract(Letter("formal_long.txt"));

        Assert.Equal(new WritingStyle.CountsPart(Words: 173, Sentences: 6, Paragraphs: 3, Contractions: 0), style.Counts);
        Assert.Equal(28.8, style.SentenceStructure.AvgWordsPerSentence);
        Assert.False(style.SentenceStructure.UsesContractions);
        Assert.Equal(0, style.SentenceStructure.ContractionsPer100Words);
        Assert.Equal(2.0, style.ParagraphStructure.AvgSentencesPerParagraph);
        Assert.Equal("statement_of_intent", style.ParagraphStructure.OpeningStyle);
        Assert.Equal("formal", style.Tone);
        Assert.True(style.FormalityLevel >= 0.75, $"formality {style.FormalityLevel}");
        Assert.Equal(["spearheaded", "orchestrated", "reduced", "established", "developed"], style.Vocabulary.ActionVerbPreference);
        Assert.Equal(["Furthermore", "Moreover"], style.Vocabulary.TransitionPhrases);
        Assert.Equal(["I am writing to", "I look forward to"], style.SignaturePhrases);

        // The greeting named a person; the style keeps only its form.
        Assert.Equal("Dear Hiring Manager,", style.Salutation);
        Assert.Equal("Yours sincerely,", style.Closing);
    }

    [Fact]
    public void A_casual_letter_of_short_sentences_counts_its_contractions()
    {
        var style = Extractor.Extract(Letter("casual_short.txt"));

        // I'm, I'd, I've, It's, That's, I'm, You're, can't, I'd.
        Assert.Equal(new WritingStyle.CountsPart(Words: 83, Sentences: 11, Paragraphs: 3, Contractions: 9), style.Counts);
        Assert.Equal(7.5, style.SentenceStructure.AvgWordsPerSentence);
        Assert.True(style.SentenceStructure.UsesContractions);
        Assert.Equal(10.84, style.SentenceStructure.ContractionsPer100Words);
        Assert.Equal(0.09, style.SentenceStructure.CompoundSentenceRatio);
        Assert.Equal("enthusiastic_hook", style.ParagraphStructure.OpeningStyle);
        Assert.Equal("casual", style.Tone);
        Assert.True(style.FormalityLevel < 0.35, $"formality {style.FormalityLevel}");
        Assert.Equal(["shipped", "built"], style.Vocabulary.ActionVerbPreference);
        Assert.Equal(["So", "And"], style.Vocabulary.TransitionPhrases);
        Assert.Equal("Hi there,", style.Salutation);
        Assert.Equal("Cheers,", style.Closing);
    }

    [Fact]
    public void A_warm_professional_letter_sits_between_the_two()
    {
        var style = Extractor.Extract(Letter("warm_professional.txt"));

        Assert.Equal(new WritingStyle.CountsPart(Words: 86, Sentences: 7, Paragraphs: 3, Contractions: 0), style.Counts);
        Assert.Equal(12.3, style.SentenceStructure.AvgWordsPerSentence);
        Assert.False(style.SentenceStructure.UsesContractions);
        Assert.Equal("enthusiastic_hook", style.ParagraphStructure.OpeningStyle);
        Assert.Equal(["led", "improved", "mentored", "created"], style.Vocabulary.ActionVerbPreference);
        Assert.Equal(["Additionally"], style.Vocabulary.TransitionPhrases);
        Assert.Equal(["I am excited to", "I am passionate about", "I enjoy building relationships", "I look forward to"], style.SignaturePhrases);
        Assert.Equal("Dear Hiring Team,", style.Salutation);
        Assert.Equal("Kind regards,", style.Closing);

        var formal = Extractor.Extract(Letter("formal_long.txt")).FormalityLevel;
        var casual = Extractor.Extract(Letter("casual_short.txt")).FormalityLevel;
        Assert.InRange(style.FormalityLevel, casual + 0.1, formal - 0.1);
    }

    [Fact]
    public void The_same_text_always_gives_the_same_style()
    {
        var text = Letter("warm_professional.txt");
        Assert.Equal(
            RecruiterPortal.Core.Tailoring.TailoringJson.Serialize(Extractor.Extract(text)),
            RecruiterPortal.Core.Tailoring.TailoringJson.Serialize(Extractor.Extract(text.Replace("\n", "\r\n", StringComparison.Ordinal))));
    }

    [Fact]
    public void The_models_reading_replaces_judgement_but_not_measured_figures_or_phrases_the_sample_lacks()
    {
        var text = Letter("formal_long.txt");
        var measured = Extractor.Extract(text);
        var merged = LlmStyleReader.Merge(measured, """
            {"tone": "professional_warm", "formality_level": 0.8, "sentence_structure": {"avg_words_per_sentence": 5},
             "vocabulary": {"action_verb_preference": ["spearheaded", "hacked"], "transition_phrases": ["Moreover"]},
             "signature_phrases": ["I would welcome the opportunity", "I am a rockstar"]}
            """, text);

        Assert.Equal("professional_warm", merged.Tone);
        Assert.Equal(0.8, merged.FormalityLevel);
        Assert.Equal(measured.SentenceStructure, merged.SentenceStructure);
        Assert.Equal(["spearheaded"], merged.Vocabulary.ActionVerbPreference);
        Assert.Equal(["Moreover"], merged.Vocabulary.TransitionPhrases);
        Assert.Equal(["I would welcome the opportunity"], merged.SignaturePhrases);
    }
}

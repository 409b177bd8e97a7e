using DocumentFormat.OpenXml.Wordprocessing;

namespace RecruiterPortal.Core.Exports;

/// <summary>
/// The numbering part of an exported DOCX: one bulleted and one decimal definition, and one
/// numbering instance per list so every numbered list starts again at its own first number.
/// </summary>
internal sealed class DocxNumbering
{
    private const int BulletDefinition = 0;
    private const int DecimalDefinition = 1;
    private const int Levels = 9;
    private static readonly string[] Bullets = ["•", "◦", "▪"];

    private readonly List<NumberingInstance> _instances = [];

    /// <summary>A new list; returns the numbering id its paragraphs refer to.</summary>
    public int AddList(bool ordered, int start)
    {
        var id = _instances.Count + 1;
        var instance = new NumberingInstance(new AbstractNumId { Val = ordered ? DecimalDefinition : BulletDefinition }) { NumberID = id };
        if (ordered)
        {
            instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = 0 });
        }

        _instances.Add(instance);
        return id;
    }

    public bool IsEmpty => _instances.Count == 0;

    public Numbering Build()
    {
        // The schema wants every abstract definition before the first instance.
        var numbering = new Numbering(Definition(BulletDefinition, ordered: false), Definition(DecimalDefinition, ordered: true));
        numbering.Append(_instances);
        return numbering;
    }

    private static AbstractNum Definition(int id, bool ordered)
    {
        var definition = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
        for (var level = 0; level < Levels; level++)
        {
            definition.Append(new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = ordered ? NumberFormatValues.Decimal : NumberFormatValues.Bullet },
                new LevelText { Val = ordered ? $"%{level + 1}." : Bullets[level % Bullets.Length] },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = (360 * (level + 1)).ToString(System.Globalization.CultureInfo.InvariantCulture), Hanging = "360" }))
            { LevelIndex = level });
        }

        return definition;
    }
}

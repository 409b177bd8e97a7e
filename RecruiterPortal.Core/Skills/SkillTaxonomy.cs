using System.Collections.Frozen;
using System.Reflection;

namespace RecruiterPortal.Core.Skills;

/// <summary>
/// The portal's skill vocabulary: canonical skills with categories and aliases (JS = JavaScript,
/// K8s = Kubernetes). Parsing, matching and tailoring all normalise skills through it, so a skill
/// named differently in a resume and a job is still the same skill.
/// </summary>
/// <remarks>
/// Data lives in <c>Skills/Data/*.skills</c>, one skill a line:
/// <c>Name | category | alias, alias</c>. An alias written <c>=Go</c> only matches with that exact
/// case, for names that are also ordinary words.
/// </remarks>
public sealed class SkillTaxonomy
{
    private const int MaxPhraseWords = 6;

    private static readonly Lazy<SkillTaxonomy> _default = new(LoadEmbedded);

    private readonly FrozenDictionary<string, Skill> _byKey;
    private readonly FrozenDictionary<string, Skill> _byPhrase;
    private readonly FrozenDictionary<string, Skill> _byExactPhrase;

    public SkillTaxonomy(IEnumerable<Skill> skills)
    {
        var byKey = new Dictionary<string, Skill>(StringComparer.Ordinal);
        var byPhrase = new Dictionary<string, Skill>(StringComparer.Ordinal);
        var byExact = new Dictionary<string, Skill>(StringComparer.Ordinal);
        foreach (var skill in skills)
        {
            if (!byKey.TryAdd(skill.Key, skill))
            {
                throw new InvalidOperationException($"Skill '{skill.Name}' is listed twice in the taxonomy.");
            }

            var names = skill.Aliases.Any(a => a == "=" + skill.Name) ? skill.Aliases : skill.Aliases.Prepend(skill.Name);
            foreach (var name in names)
            {
                if (name.StartsWith('='))
                {
                    byExact.TryAdd(string.Join(' ', SkillText.Tokenize(name[1..]).Select(t => t.Text)), skill);
                }
                else
                {
                    byPhrase.TryAdd(SkillText.NormalizePhrase(name), skill);
                }
            }
        }

        _byKey = byKey.ToFrozenDictionary(StringComparer.Ordinal);
        _byPhrase = byPhrase.ToFrozenDictionary(StringComparer.Ordinal);
        _byExactPhrase = byExact.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The taxonomy shipped with the portal.</summary>
    public static SkillTaxonomy Default => _default.Value;

    public IReadOnlyCollection<Skill> Skills => _byKey.Values;

    public Skill? FindByKey(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>Resolves one skill name or alias ("JS", "k8s", "Postgres") to its canonical skill.</summary>
    public Skill? Resolve(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var trimmed = name.Trim();
        return _byPhrase.GetValueOrDefault(SkillText.NormalizePhrase(trimmed))
            ?? _byExactPhrase.GetValueOrDefault(string.Join(' ', SkillText.Tokenize(trimmed).Select(t => t.Text)));
    }

    /// <summary>
    /// Every skill named in a text, longest phrase first at each position, in text order.
    /// </summary>
    public IReadOnlyList<SkillMention> FindMentions(string text)
    {
        var mentions = new List<SkillMention>();
        if (string.IsNullOrEmpty(text))
        {
            return mentions;
        }

        var tokens = SkillText.Tokenize(text);
        var i = 0;
        while (i < tokens.Count)
        {
            var matched = 0;
            for (var n = Math.Min(MaxPhraseWords, tokens.Count - i); n >= 1 && matched == 0; n--)
            {
                if (!SkillText.IsContiguousPhrase(text, tokens, i, n))
                {
                    continue;
                }

                var normalized = string.Join(' ', Enumerable.Range(i, n).Select(k => tokens[k].Normalized));
                var exact = string.Join(' ', Enumerable.Range(i, n).Select(k => tokens[k].Text));
                var skill = _byPhrase.GetValueOrDefault(normalized) ?? _byExactPhrase.GetValueOrDefault(exact);
                if (skill is not null)
                {
                    var start = tokens[i].Start;
                    var end = tokens[i + n - 1].Start + tokens[i + n - 1].Text.Length;
                    mentions.Add(new SkillMention(skill, text[start..end], start, end - start));
                    matched = n;
                }
            }

            if (matched == 0 && tokens[i].Text.Contains('/'))
            {
                AddSlashParts(text, tokens[i], mentions);
            }

            i += Math.Max(1, matched);
        }

        return mentions;
    }

    /// <summary>
    /// A slash keeps names such as CI/CD whole, so a word that is not itself a skill may still
    /// join alternatives: "English/Spanish", "VLOOKUP/XLOOKUP", "HTML/CSS".
    /// </summary>
    private void AddSlashParts(string text, SkillText.Token token, List<SkillMention> mentions)
    {
        var offset = 0;
        foreach (var part in token.Text.Split('/'))
        {
            var skill = part.Length == 0 ? null
                : _byPhrase.GetValueOrDefault(SkillText.NormalizePhrase(part)) ?? _byExactPhrase.GetValueOrDefault(part);
            if (skill is not null)
            {
                var start = token.Start + offset;
                mentions.Add(new SkillMention(skill, text.Substring(start, part.Length), start, part.Length));
            }

            offset += part.Length + 1;
        }
    }

    /// <summary>Loads the taxonomy from the data files embedded in this assembly.</summary>
    public static SkillTaxonomy LoadEmbedded()
    {
        var assembly = typeof(SkillTaxonomy).Assembly;
        var skills = new List<Skill>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".skills", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            skills.AddRange(Parse(reader.ReadToEnd(), resource));
        }

        return new SkillTaxonomy(skills);
    }

    /// <summary>Parses the line format described on the class.</summary>
    public static IEnumerable<Skill> Parse(string data, string source)
    {
        var lineNumber = 0;
        foreach (var raw in data.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('|', StringSplitOptions.TrimEntries);
            if (parts.Length < 2 || parts[0].Length == 0)
            {
                throw new FormatException($"{source}:{lineNumber}: expected 'Name | category | aliases'.");
            }

            var aliases = parts.Length > 2
                ? parts[2].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                : [];
            // A name written =Go is matched case-sensitively like its aliases; the key keeps the plain name.
            var name = parts[0].TrimStart('=');
            if (parts[0].StartsWith('='))
            {
                aliases = [parts[0], .. aliases];
            }

            yield return new Skill(SkillText.NormalizePhrase(name), name, parts[1], aliases);
        }
    }
}

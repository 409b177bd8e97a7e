namespace RecruiterPortal.Core.JobPostings;

/// <summary>
/// Collects skill mentions and settles each skill's final bucket: an explicit requirement beats an
/// explicit "nice to have", which beats a skill only named while describing the work.
/// </summary>
internal sealed class SkillBuckets
{
    private readonly Dictionary<string, SkillStrength> _strongest = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _preferredSeen = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public void Add(string skill, SkillStrength strength)
    {
        if (!_strongest.TryGetValue(skill, out var current))
        {
            _order.Add(skill);
            _strongest[skill] = strength;
        }
        else if (strength > current)
        {
            _strongest[skill] = strength;
        }

        if (strength == SkillStrength.Preferred)
        {
            _preferredSeen[skill] = true;
        }
    }

    public IReadOnlyList<string> Required() =>
        _order.Where(s => _strongest[s] == SkillStrength.Required || (_strongest[s] == SkillStrength.Implied && !_preferredSeen.ContainsKey(s))).ToList();

    public IReadOnlyList<string> Preferred() =>
        _order.Where(s => _strongest[s] == SkillStrength.Preferred).ToList();
}

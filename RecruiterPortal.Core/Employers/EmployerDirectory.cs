namespace RecruiterPortal.Core.Employers;

/// <summary>
/// Resolves written company names to one tenant's employers, in memory, over the employers and
/// aliases it was given (those a batch of names can reach). A form already known goes where its
/// alias points; a new form joins the oldest employer with its key; otherwise it starts a new
/// employer. What it creates is listed in <see cref="Added"/> for the caller to save.
/// </summary>
public sealed class EmployerDirectory
{
    private readonly Guid _tenantId;
    private readonly DateTime _now;
    private readonly Dictionary<Guid, Employer> _employers = [];
    private readonly Dictionary<string, EmployerAlias> _byVariant = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Guid>> _byKey = new(StringComparer.Ordinal);

    public EmployerDirectory(Guid tenantId, IEnumerable<Employer> employers, IEnumerable<EmployerAlias> aliases, DateTime now)
    {
        _tenantId = tenantId;
        _now = now;
        foreach (var employer in employers)
        {
            _employers[employer.Id] = employer;
            Index(employer.Key, employer.Id);
        }

        foreach (var alias in aliases)
        {
            _byVariant[alias.Variant] = alias;
            Index(alias.Key, alias.EmployerId);
        }
    }

    /// <summary>Employers and aliases this directory created, in order.</summary>
    public List<object> Added { get; } = [];

    /// <summary>The employer a written company name resolves to, with the department it names; null for a blank name.</summary>
    public (Employer Employer, string? Department)? Resolve(string? company)
    {
        var parts = EmployerNames.Parse(company);
        if (parts is null)
        {
            return null;
        }

        if (_byVariant.TryGetValue(parts.Variant, out var known) && _employers.TryGetValue(known.EmployerId, out var aliased))
        {
            return (aliased, parts.Department);
        }

        var employer = Oldest(parts.Key);
        if (employer is null)
        {
            employer = new Employer { TenantId = _tenantId, Name = Clip(parts.Name), Key = Clip(parts.Key), CreatedAt = _now, UpdatedAt = _now };
            _employers[employer.Id] = employer;
            Index(employer.Key, employer.Id);
            Added.Add(employer);
        }

        var alias = new EmployerAlias
        {
            TenantId = _tenantId,
            EmployerId = employer.Id,
            Name = Clip(OriginalForm(company!, parts)),
            Variant = Clip(parts.Variant),
            Key = Clip(parts.Key),
            CreatedAt = _now,
        };
        _byVariant[alias.Variant] = alias;
        Index(alias.Key, employer.Id);
        Added.Add(alias);
        return (employer, parts.Department);
    }

    /// <summary>The employer that had a key first: the one a new form with that key joins.</summary>
    private Employer? Oldest(string key) =>
        _byKey.TryGetValue(key, out var ids)
            ? ids.Select(id => _employers.GetValueOrDefault(id)).OfType<Employer>().OrderBy(e => e.CreatedAt).ThenBy(e => e.Id).FirstOrDefault()
            : null;

    private void Index(string key, Guid employerId)
    {
        if (!_byKey.TryGetValue(key, out var ids))
        {
            _byKey[key] = ids = [];
        }

        if (!ids.Contains(employerId))
        {
            ids.Add(employerId);
        }
    }

    /// <summary>The employer part as the resume wrote it (casing kept), department removed.</summary>
    private static string OriginalForm(string company, EmployerNames.Parts parts)
    {
        var written = EmployerNames.Collapse(company);
        var at = written.IndexOf(parts.Variant, StringComparison.OrdinalIgnoreCase);
        return at >= 0 ? written.Substring(at, parts.Variant.Length) : parts.Variant;
    }

    private static string Clip(string value) => value.Length <= 300 ? value : value[..300];
}

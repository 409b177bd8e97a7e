namespace RecruiterPortal.Core.Tenancy;

/// <summary>
/// A row that belongs to one tenant. The data layer filters every query on such rows by the
/// signed-in user's tenant, and every unique index over them starts with <see cref="TenantId"/>.
/// </summary>
public interface ITenantOwned
{
    Guid TenantId { get; set; }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace RecruiterPortal.Core.Data;

/// <summary>
/// One model per context type and <see cref="Privacy.ContactProtection"/>: the model's contact
/// converters hold the protection of the services that built it, so two hosts in one process
/// (tests) never encrypt with each other's key ring.
/// </summary>
internal sealed class PortalModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is PortalDbContext portal
            ? (context.GetType(), designTime, (object?)portal.ContactProtectionOrNull ?? "none")
            : (context.GetType(), designTime, "none");
}

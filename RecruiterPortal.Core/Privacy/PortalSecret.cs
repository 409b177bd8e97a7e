namespace RecruiterPortal.Core.Privacy;

/// <summary>
/// A secret the portal generates once and shares between its instances, such as the key of the
/// contact hashes. <see cref="ProtectedValue"/> is protected with the Data Protection key ring, so
/// the database alone does not reveal it.
/// </summary>
public class PortalSecret
{
    public required string Name { get; set; }

    public required string ProtectedValue { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}

namespace RecruiterPortal.Core.Tenancy;

/// <summary>Claim types the portal adds to a signed-in user's or API key's principal.</summary>
public static class PortalClaims
{
    public const string TenantId = "rp:tenant_id";
    public const string TenantName = "rp:tenant_name";
    public const string DisplayName = "rp:display_name";
    public const string ApiKeyId = "rp:api_key_id";
}

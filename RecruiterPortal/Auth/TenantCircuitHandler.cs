using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Auth;

/// <summary>
/// Fills the circuit's <see cref="TenantContext"/> from its authentication state when the circuit
/// opens (before any component renders) and whenever that state changes.
/// </summary>
public sealed class TenantCircuitHandler(AuthenticationStateProvider authentication, TenantContext tenant, IHttpContextAccessor http) : CircuitHandler, IDisposable
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        tenant.Set((await authentication.GetAuthenticationStateAsync()).User);

        // The connection that opens the circuit is the one whose address the audit log records.
        tenant.SetOrigin(http.HttpContext?.Connection.RemoteIpAddress?.ToString());
        authentication.AuthenticationStateChanged += OnChanged;
    }

    public void Dispose() => authentication.AuthenticationStateChanged -= OnChanged;

    private async void OnChanged(Task<AuthenticationState> state)
    {
        try
        {
            tenant.Set((await state).User);
        }
        catch (Exception)
        {
            tenant.Clear();
        }
    }
}

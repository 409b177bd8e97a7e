using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.Options;
using RecruiterPortal.Hosting;

namespace RecruiterPortal.Auth;

/// <summary>
/// Caps the connected circuits (open portal tabs) of one user at <see cref="CircuitOptions.MaxPerUser"/>.
/// A circuit past the cap is refused: <see cref="CircuitAdmission"/> tells the layout to show why
/// instead of the page, so it holds no page state. A tab that lost its connection stops counting
/// until it reconnects.
/// </summary>
public sealed class CircuitCapHandler(AuthenticationStateProvider authentication, CircuitCounter counter, CircuitAdmission admission, IOptions<CircuitOptions> options)
    : CircuitHandler
{
    private string? _user;
    private bool _counted;

    // After TenantCircuitHandler, so the tenant is known before anything renders.
    public override int Order => 10;

    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        _user = user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        if (_user is null)
        {
            return;
        }

        _counted = counter.TryAdd(_user, options.Value.MaxPerUser);
        admission.Refuse(!_counted, options.Value.MaxPerUser);
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (_user is not null && _counted)
        {
            counter.Remove(_user);
            _counted = false;
        }

        return Task.CompletedTask;
    }

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (_user is not null && !_counted && !admission.Refused)
        {
            counter.Add(_user);
            _counted = true;
        }

        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken) =>
        OnConnectionDownAsync(circuit, cancellationToken);
}

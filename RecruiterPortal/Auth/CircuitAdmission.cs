namespace RecruiterPortal.Auth;

/// <summary>Per circuit: whether it was refused for passing the user's cap of open tabs.</summary>
public sealed class CircuitAdmission
{
    public bool Refused { get; private set; }

    public int MaxPerUser { get; private set; }

    public void Refuse(bool refused, int maxPerUser)
    {
        Refused = refused;
        MaxPerUser = maxPerUser;
    }
}

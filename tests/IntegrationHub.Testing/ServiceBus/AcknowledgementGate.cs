namespace IntegrationHub.Testing.ServiceBus;

/// <summary>
/// Lets a test hold the peer's acknowledgements: messages still arrive (and are recorded) but the sender waits for
/// the outcome, as it would when the broker is slow, so the test can kill the sending process mid-send.
/// </summary>
public sealed class AcknowledgementGate
{
    private readonly List<Action> held = [];
    private bool holding;

    public void Hold()
    {
        lock (held)
        {
            holding = true;
        }
    }

    /// <summary>Acknowledges everything held (links that died meanwhile are skipped) and stops holding.</summary>
    public void Release()
    {
        List<Action> due;
        lock (held)
        {
            holding = false;
            due = [.. held];
            held.Clear();
        }

        foreach (var acknowledge in due)
        {
            try
            {
                acknowledge();
            }
            catch (Exception)
            {
                // The link or connection closed while held: the sender never hears, which is the point.
            }
        }
    }

    internal void Acknowledge(Action acknowledge)
    {
        lock (held)
        {
            if (holding)
            {
                held.Add(acknowledge);
                return;
            }
        }

        acknowledge();
    }
}

using System.Net.Sockets;
using Azure.Messaging.ServiceBus;
using IntegrationHub.Domain.Events;

namespace IntegrationHub.Infrastructure.ServiceBus;

/// <summary>
/// The one reading of the Service Bus client's exceptions: an outage (the namespace not reachable, busy, timing out;
/// still so after the client's own retries) becomes <see cref="ActivityEventsUnavailableException"/>, which the
/// domain waits out; anything else (not found, not authorised, too large) stays as it is, a refusal.
/// </summary>
public static class ServiceBusFailures
{
    public static Exception Translate(Exception exception) => IsOutage(exception)
        ? new ActivityEventsUnavailableException("Service Bus did not answer: " + Describe(exception), exception)
        : exception;

    public static bool IsOutage(Exception exception) => exception switch
    {
        ServiceBusException sb => sb.IsTransient || sb.Reason is ServiceBusFailureReason.ServiceCommunicationProblem or ServiceBusFailureReason.ServiceTimeout or ServiceBusFailureReason.ServiceBusy,
        SocketException or TimeoutException or IOException => true,
        UnauthorizedAccessException => false,
        AggregateException { InnerExceptions: [var single] } => IsOutage(single),
        _ => exception.InnerException is { } inner && IsOutage(inner),
    };

    private static string Describe(Exception exception) => exception is ServiceBusException sb ? $"{sb.Reason}" : exception.GetType().Name;
}

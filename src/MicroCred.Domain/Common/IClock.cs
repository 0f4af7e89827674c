namespace MicroCred.Domain;

/// <summary>The current time, injectable so that expiry rules can be tested.</summary>
public interface IClock
{
    DateTimeOffset Now { get; }
}

public sealed class SystemClock : IClock
{
    public DateTimeOffset Now => DateTimeOffset.UtcNow;
}

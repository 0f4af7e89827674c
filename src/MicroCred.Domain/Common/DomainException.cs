namespace MicroCred.Domain;

/// <summary>A rule of the domain refused an operation; the message is safe to show to the user.</summary>
public sealed class DomainException : Exception
{
    public DomainException(string message)
        : base(message)
    {
    }

    public DomainException()
    {
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

namespace MicroCred.Domain.Evaluations;

/// <summary>
/// A reminder that was sent, by its key (kind, subject and period, e.g. "evaluation-due:{design}:2027"). The key is the
/// primary key, so the reminder job can run every hour on any number of portal instances and each reminder goes out once.
/// </summary>
public sealed class Reminder
{
    public const int KeyMaxLength = 120;

    private Reminder()
    {
    }

    public Reminder(string key, DateTimeOffset sentAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        if (key.Length > KeyMaxLength)
        {
            throw new ArgumentException($"A reminder key has at most {KeyMaxLength} characters.", nameof(key));
        }

        Key = key;
        SentAt = sentAt;
    }

    public string Key { get; private set; } = "";
    public DateTimeOffset SentAt { get; private set; }

    public static string EvaluationDue(Guid designId, int year) => $"evaluation-due:{designId:N}:{year}";

    public static string EvaluationOverdue(Guid designId, int year) => $"evaluation-overdue:{designId:N}:{year}";

    public static string ActionDeadline(Guid actionId, DateOnly deadline) => $"action-deadline:{actionId:N}:{deadline:yyyyMMdd}";
}

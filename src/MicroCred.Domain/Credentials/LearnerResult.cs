namespace MicroCred.Domain.Credentials;

/// <summary>What a learner achieved in a cohort. Only <see cref="Passed"/> earns the design's award; attendance-only earns at most a badge.</summary>
public enum LearnerResult
{
    Passed,
    AttendanceOnly,
    Failed,
}

/// <summary>What an issued credential is: the ECTS certificate or one of the badges (DOMAIN.md 3.5, R-CERT-02).</summary>
public enum CredentialAward
{
    EctsCertificate,
    BadgeOfAttendance,
    BadgeOfParticipation,
    BadgeOfCompletion,
}

namespace IntegrationHub.Domain.Activities;

/// <summary>The contract's activity kinds (CONTRACT §3); a wrapper so new kinds are one line, not an enum migration.</summary>
public readonly record struct ActivityKind(string Value)
{
    public static readonly ActivityKind InpatientAdmission = new("inpatient-admission");
    public static readonly ActivityKind DayCase = new("day-case");
    public static readonly ActivityKind AeAttendance = new("ae-attendance");
    public static readonly ActivityKind Outpatient = new("outpatient");
    public static readonly ActivityKind DelayedDischarge = new("delayed-discharge");
    public static readonly ActivityKind HomeCare = new("home-care");
    public static readonly ActivityKind CareHome = new("care-home");
    public static readonly ActivityKind AlarmTelecare = new("alarm-telecare");
    public static readonly ActivityKind Sds = new("sds");
    public static readonly ActivityKind Death = new("death");

    public override string ToString() => Value;
}

using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MicroCred.Infrastructure.Persistence;

/// <summary>Stores a DateTimeOffset as a UTC DateTime so that both providers can sort and compare it in SQL.</summary>
public sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTime>(
    v => v.UtcDateTime,
    v => new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)));

namespace MicroCred.Web.Features.Shared;

/// <summary>One step of the breadcrumb trail; the current page has no URL.</summary>
public sealed record Breadcrumb(string Text, string? Url = null);

using GeoOpgave.Application.Audit;
using GeoOpgave.Application.Export;
using Microsoft.AspNetCore.Mvc;

namespace GeoOpgave.Web.Api.Exports;

/// <summary>
/// What every export route binds besides its collection: the <c>{format}</c> of the route, the <c>profiel</c> and
/// <c>separator</c> of the query, and the services that prepare the download and record it in the audit log.
/// Bound with <c>[AsParameters]</c>; the names say which route value and query parameters they are.
/// </summary>
public sealed record ExportParameters(
    [FromRoute(Name = "format")] string Format,
    [FromQuery(Name = "profiel")] string? Profiel,
    [FromQuery(Name = "separator")] string? Separator,
    ExportService Exports,
    AuditLog Audit,
    CancellationToken CancellationToken
);

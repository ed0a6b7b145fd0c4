namespace GeoOpgave.Web.Security;

/// <summary>The security layer's refusals as problem+json with a stable <c>code</c>, like every API error.</summary>
internal static class SecurityProblems
{
    public static Task WriteAsync(HttpContext context, int status, string code, string detail) =>
        TypedResults.Problem(
                detail: detail,
                statusCode: status,
                title: code,
                extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code })
            .ExecuteAsync(context);
}

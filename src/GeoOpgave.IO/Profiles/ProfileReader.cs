using System.Text.Json;
using GeoOpgave.Core.Issues;
using GeoOpgave.Core.Profiles;
using GeoOpgave.IO.Validation;

namespace GeoOpgave.IO.Profiles;

/// <summary>
/// Reads an opgave profile from JSON (see data/profiles/README.md for the format) and checks it. Every
/// problem is an issue whose <see cref="ImportIssue.Field"/> is the JSON path of the bad value, e.g.
/// <c>$.opgaven[1].indicators[0].weight</c>.
/// </summary>
public static class ProfileReader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 16,
    };

    public static ReadResult<Profile> ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            var log = new IssueLog(path);
            log.Error(IssueKind.FileNotFound, "Het profiel bestaat niet.");
            return log.Result<Profile>(null);
        }

        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    public static ReadResult<Profile> Read(Stream json, string sourceName)
    {
        var log = new IssueLog(sourceName);
        try
        {
            using var document = JsonDocument.Parse(json, Options);
            var profile = new ProfileParser(log).Parse(document.RootElement);
            return log.Result(log.HasErrors ? null : profile);
        }
        catch (JsonException e)
        {
            log.Error(IssueKind.UnreadableFile, $"Geen geldige JSON (regel {(e.LineNumber ?? 0) + 1}): {e.Message}");
            return log.Result<Profile>(null);
        }
    }
}

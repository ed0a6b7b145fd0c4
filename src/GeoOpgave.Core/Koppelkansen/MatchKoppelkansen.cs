using GeoOpgave.Core.Profiles;
using GeoOpgave.Core.Scoring;
using GeoOpgave.Core.Werken;

namespace GeoOpgave.Core.Koppelkansen;

/// <summary>
/// Completes the koppelkansen of every buurt with those that need planned works
/// (<see cref="KoppelkansDefinition.Werken"/>), and finds the plans worth shifting and the conflicts. A koppelkans of
/// works applies where its opgaven are urgent and its works are there: one work of its werksoort in the buurt, or two
/// works of its two groups on the same street (<see cref="MatchWorks"/>) within its window of years. The same pair
/// further apart is a <see cref="PlanningShift"/>. Koppelkansen of urgent opgaven alone come from
/// <see cref="ScoreOpgaven"/> and are kept as they are.
/// </summary>
public static class MatchKoppelkansen
{
    /// <summary>Matches the koppelkansen of works in every scored buurt; a buurt without them keeps its score as it
    /// was.</summary>
    public static MatchKoppelkansenResult Run(MatchKoppelkansenParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var profile = parameters.Scores.Profile;
        var works = parameters.Works.Works.ToLookup(r => r.Buurtcode, StringComparer.Ordinal);
        var meetings = parameters.Works.Meetings.ToLookup(m => m.Buurtcode, StringComparer.Ordinal);
        var opensStreet = profile
            .Werksoorten.Where(s => s.OpensStreet)
            .Select(s => s.Id)
            .ToHashSet(StringComparer.Ordinal);
        var matches = new List<KoppelkansMatch>();
        var shifts = new List<PlanningShift>();
        var conflicts = new List<PlanningConflict>();
        var buurten = new List<BuurtScore>();
        foreach (var score in parameters.Scores.Buurten)
        {
            var code = score.BuurtCode;
            // Without works in the buurt nothing here can apply, shift or conflict.
            if (!works.Contains(code) && !meetings.Contains(code))
            {
                buurten.Add(score);
                continue;
            }

            var urgent = score.Signature.ToHashSet(StringComparer.Ordinal);
            var combined = new HashSet<(string, string)>();
            var applying = new HashSet<string>(StringComparer.Ordinal);
            foreach (var kans in profile.Koppelkansen.Where(k => k.Werken is not null && k.OpgavenUrgent(urgent)))
            {
                WorkMeeting[] pairs = kans.Werken!.IsPair ? Pairs(code, kans, meetings[code], combined, shifts) : [];
                var found = kans.Werken.IsPair
                    ? pairs.SelectMany(m => new[] { m.First, m.Second }).ToArray()
                    : works[code]
                        .Where(r => kans.Werken.Groups[0].Contains(r.Work.Soort))
                        .Select(r => r.Work)
                        .ToArray();
                if (found.Length > 0)
                {
                    applying.Add(kans.Id);
                    matches.Add(
                        new KoppelkansMatch(
                            code,
                            kans,
                            found.DistinctBy(w => w.Id).OrderBy(w => w.Id, StringComparer.Ordinal).ToArray()
                        )
                        {
                            Pairs = pairs,
                        }
                    );
                }
            }

            conflicts.AddRange(
                meetings[code]
                    .Where(m =>
                        m.YearsApart <= profile.Planning.ConflictYears
                        && opensStreet.Contains(m.First.Soort)
                        && opensStreet.Contains(m.Second.Soort)
                        && OwnersDiffer(m.First, m.Second)
                        && !combined.Contains((m.First.Id, m.Second.Id))
                    )
                    .Select(m => new PlanningConflict(code, m.First, m.Second, m.YearsApart!.Value))
            );
            buurten.Add(
                applying.Count == 0
                    ? score
                    : score with
                    {
                        Koppelkansen = profile
                            .Koppelkansen.Where(k =>
                                applying.Contains(k.Id) || score.Koppelkansen.Any(s => s.Id == k.Id)
                            )
                            .ToArray(),
                    }
            );
        }

        return new MatchKoppelkansenResult(parameters.Scores with { Buurten = buurten }, matches, shifts, conflicts);
    }

    // The pairs within the window; pairs further apart become shifts. A pair without a start year is left out.
    private static WorkMeeting[] Pairs(
        string code,
        KoppelkansDefinition kans,
        IEnumerable<WorkMeeting> meetings,
        HashSet<(string, string)> combined,
        List<PlanningShift> shifts
    )
    {
        var rule = kans.Werken!;
        var found = new List<WorkMeeting>();
        foreach (
            var meeting in meetings.Where(m => m.YearsApart is not null && m.Pairs(rule.Groups[0], rule.Groups[1]))
        )
        {
            if (meeting.YearsApart <= rule.WithinYears)
            {
                found.Add(meeting);
                combined.Add((meeting.First.Id, meeting.Second.Id));
            }
            else
            {
                shifts.Add(new PlanningShift(code, kans, meeting.First, meeting.Second, meeting.YearsApart!.Value));
            }
        }

        return [.. found];
    }

    // Only two known, different owners make a conflict: an unknown owner may well be the same one.
    private static bool OwnersDiffer(PlannedWork a, PlannedWork b) =>
        !string.IsNullOrWhiteSpace(a.Eigenaar) && !string.IsNullOrWhiteSpace(b.Eigenaar)
        && !string.Equals(a.Eigenaar.Trim(), b.Eigenaar.Trim(), StringComparison.OrdinalIgnoreCase);
}

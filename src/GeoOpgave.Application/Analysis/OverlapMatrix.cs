namespace GeoOpgave.Application.Analysis;

/// <summary>
/// How often two opgaven are urgent together: <c>Buurten[i][j]</c> counts the buurten where opgave i and
/// opgave j are both urgent; the diagonal counts the buurten where opgave i is urgent. Symmetric.
/// </summary>
/// <param name="Opgaven">The opgave ids, in profile order: the rows and columns.</param>
public sealed record OverlapMatrix(IReadOnlyList<string> Opgaven, IReadOnlyList<IReadOnlyList<int>> Buurten);

namespace GeoOpgave.Storage.Postgres.Aggregation;

/// <summary>Which features of a stored layer to stage, and what of their attributes.</summary>
/// <param name="LayerId">The layer (layers.id).</param>
/// <param name="ValueField">The attribute read as the value: a JSON number, or a string that reads as one; null for none.</param>
/// <param name="ClassField">The attribute read as the class (trimmed text, empty is none); null for none.</param>
/// <param name="OnlyClasses">
/// When given, only features whose class is one of these are staged, and their class is dropped, so that
/// together they count as one class (e.g. flood zones of klasse 3, 4 and 5 dissolved together).
/// </param>
public sealed record StoredLayerSelection(long LayerId, string? ValueField, string? ClassField, IReadOnlyList<string>? OnlyClasses = null);

using GeoOpgave.Storage.Layers;

namespace GeoOpgave.Application.Import;

/// <summary>A layer read and checked, with its report; <see cref="Import"/> is null when it must not land.</summary>
internal sealed record ImportCandidate(ImportReport Report, LayerImport? Import);

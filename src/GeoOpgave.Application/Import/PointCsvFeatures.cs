using System.Collections.Concurrent;
using System.Threading.Channels;
using GeoOpgave.IO.Csv;
using GeoOpgave.Storage.Layers;

namespace GeoOpgave.Application.Import;

/// <summary>
/// Streams a point CSV into the store in columnar blocks, in one pass that also gathers the report
/// (<see cref="PointCsvScan"/>). The file is parsed on a thread of its own while the caller's thread hands the
/// previous block to the database, so parsing and COPY overlap on two cores; a few blocks in flight keep memory
/// bounded however long the file is.
/// </summary>
internal static class PointCsvFeatures
{
    private const int BlockRows = PointCsvStream.DefaultBlockRows;
    private const int BlocksInFlight = 3;

    /// <summary>
    /// The rows of <paramref name="stream"/> as point blocks in RD New, read lazily, each also added to
    /// <paramref name="scan"/>. Throws <see cref="ImportRejectedException"/> during enumeration when the input
    /// turns out to be rejected (a row with an error, a limit reached, no row at all), which aborts the store's
    /// transaction: a bad row found late leaves nothing. A block is reused once the enumeration has moved past it.
    /// </summary>
    public static IEnumerable<PointFeatureBlock> Blocks(
        PointCsvStream stream,
        PointCsvScan scan,
        IProgress<double>? progress
    )
    {
        var full = Channel.CreateBounded<PointFeatureBlock>(
            new BoundedChannelOptions(BlocksInFlight) { SingleReader = true, SingleWriter = true }
        );
        var free = new ConcurrentQueue<PointFeatureBlock>();
        using var stop = new CancellationTokenSource();
        var producer = Task.Factory.StartNew(
            () => Produce(stream, scan, full.Writer, free, stop.Token),
            stop.Token,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        try
        {
            while (full.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                while (full.Reader.TryRead(out var block))
                {
                    yield return block;
                    // The parser runs at most a few blocks ahead, so its place in the file is close to what is written.
                    progress?.Report(stream.FractionRead);
                    block.Clear();
                    free.Enqueue(block);
                }
            }

            producer.GetAwaiter().GetResult();
        }
        finally
        {
            // The consumer stopped early (the COPY failed): let the parser notice and wait for it, so no thread
            // keeps reading the file after the import has ended.
            stop.Cancel();
            while (full.Reader.TryRead(out _))
            {
            }

            producer.ContinueWith(_ => { }, TaskScheduler.Default).GetAwaiter().GetResult();
        }
    }

    private static void Produce(
        PointCsvStream stream,
        PointCsvScan scan,
        ChannelWriter<PointFeatureBlock> output,
        ConcurrentQueue<PointFeatureBlock> free,
        CancellationToken stop
    )
    {
        try
        {
            var json = new PointCsvJson(stream.AttributeNames);
            var rejected = false;
            foreach (var rows in stream.Blocks(BlockRows))
            {
                if (scan.Stops(rows))
                {
                    throw Rejected(stream);
                }

                scan.Add(rows);

                // After the first error nothing more is stored, but the file is read on so the report lists every
                // problem.
                rejected |= stream.HasErrors;
                if (!rejected)
                {
                    output.WriteAsync(Convert(rows, json, free), stop).AsTask().GetAwaiter().GetResult();
                }
            }

            if (rejected || stream.HasErrors || scan.Count == 0)
            {
                throw Rejected(stream);
            }
        }
        finally
        {
            output.TryComplete();
        }
    }

    private static PointFeatureBlock Convert(
        PointCsvBlock rows,
        PointCsvJson json,
        ConcurrentQueue<PointFeatureBlock> free
    )
    {
        var block = free.TryDequeue(out var reused) ? reused : new PointFeatureBlock(BlockRows);
        for (var row = 0; row < rows.Count; row++)
        {
            block.Add(rows.Index[row], rows.X[row], rows.Y[row], json.Write(rows, row));
        }

        return block;
    }

    private static ImportRejectedException Rejected(PointCsvStream stream) =>
        new($"'{stream.Name}' is afgewezen tijdens het lezen; het rapport zegt waarom. Er is niets opgeslagen.");
}

using System.Runtime.InteropServices;

namespace GeoOpgave.Application.Background;

/// <summary>
/// Work of seconds that no request waits for (encoding the tiles a map opens on, simplifying shapes ahead). It runs on
/// a thread of its own: on the thread pool it held the threads that serve requests, and a first visitor's page and
/// scripts waited for the pool to grow. On Linux that thread also runs at nice 10, so that on a busy machine a
/// request gets the CPU first (<see cref="Thread.Priority"/> does nothing there).
/// </summary>
public static class BackgroundWork
{
    /// <summary>The nice value of the work's thread on Linux: about a tenth of the CPU share of a request's thread
    /// when both want it.</summary>
    public const int Nice = 10;

    private const int PrioProcess = 0;

    /// <summary>Runs <paramref name="work"/> on a new low-priority thread.</summary>
    public static Task Run(Action work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        return Task.Factory.StartNew(
            () =>
            {
                LowerThisThread();
                work();
            },
            cancellationToken,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default
        );
    }

    private static void LowerThisThread()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            // On Linux the nice value belongs to a thread, named by its kernel id; the thread ends with the work.
            _ = SetPriority(PrioProcess, GetTid(), Nice);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc: the work runs at the normal priority.
        }
    }

    // DllImport rather than LibraryImport: the signatures are blittable, and the project stays free of unsafe code.
    [DllImport("libc.so.6", EntryPoint = "setpriority")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int SetPriority(int which, int who, int priority);

    [DllImport("libc.so.6", EntryPoint = "gettid")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int GetTid();
}

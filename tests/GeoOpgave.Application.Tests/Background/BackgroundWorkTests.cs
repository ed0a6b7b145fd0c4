using GeoOpgave.Application.Background;

namespace GeoOpgave.Application.Tests.Background;

public sealed class BackgroundWorkTests
{
    [Fact]
    public async Task Run_WorksOnAThreadOutsideThePoolAtALowerPriority()
    {
        var (pool, nice) = (true, -1);

        await BackgroundWork.Run(() => (pool, nice) = (Thread.CurrentThread.IsThreadPoolThread, NiceOfThisThread()));

        Assert.False(pool);
        if (OperatingSystem.IsLinux())
        {
            Assert.Equal(BackgroundWork.Nice, nice);
            // The pool's threads, which serve the requests, keep their priority.
            Assert.Equal(0, await Task.Run(NiceOfThisThread));
        }
    }

    [Fact]
    public async Task Run_PassesTheWorksFailureOn()
    {
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(
            () => BackgroundWork.Run(() => throw new InvalidOperationException("kapot"))
        );

        Assert.Equal("kapot", failure.Message);
    }

    // Field 19 of /proc/thread-self/stat; the fields are counted after the command name, which may hold spaces.
    private static int NiceOfThisThread()
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }

        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[19 - 3], System.Globalization.CultureInfo.InvariantCulture);
    }
}

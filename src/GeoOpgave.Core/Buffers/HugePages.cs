using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace GeoOpgave.Core.Buffers;

/// <summary>madvise(MADV_HUGEPAGE) on the whole 2 MB pages inside a pinned array; a refusal or a C library without it
/// is ignored.</summary>
[SupportedOSPlatform("linux")]
internal static class HugePages
{
    private const int MadviseHugePage = 14;
    private const long PageBytes = 2L << 20;

    public static void Advise(Array pinned, long bytes)
    {
        var handle = GCHandle.Alloc(pinned, GCHandleType.Pinned);
        try
        {
            var start = handle.AddrOfPinnedObject().ToInt64();
            var first = (start + PageBytes - 1) & ~(PageBytes - 1);
            var end = (start + bytes) & ~(PageBytes - 1);
            if (end > first)
            {
                _ = Madvise((nint)first, (nuint)(end - first), MadviseHugePage);
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc (musl, say): only a hint, so the array stays as it is.
        }
        finally
        {
            handle.Free();
        }
    }

    // DllImport rather than LibraryImport: the signature is blittable, and the project stays free of unsafe code.
    [DllImport("libc.so.6", EntryPoint = "madvise")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Madvise(nint address, nuint length, int advice);
}

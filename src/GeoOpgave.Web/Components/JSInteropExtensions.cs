using Microsoft.JSInterop;

namespace GeoOpgave.Web.Components;

/// <summary>
/// JS interop calls that tolerate a closed browser tab: once the circuit is gone there is nothing left to update,
/// so a disconnect or cancellation is not an error.
/// </summary>
public static class JSInteropExtensions
{
    /// <summary>Invokes a JS function; false when the circuit was disconnected or the call was cancelled.</summary>
    public static async ValueTask<bool> TryInvokeVoidAsync(
        this IJSObjectReference target,
        string identifier,
        params object?[]? args
    )
    {
        ArgumentNullException.ThrowIfNull(target);
        try
        {
            await target.InvokeVoidAsync(identifier, args);
            return true;
        }
        catch (JSDisconnectedException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }

    /// <summary>Disposes a JS object reference; does nothing when it is null or the circuit is already gone.</summary>
    public static async ValueTask TryDisposeAsync(this IJSObjectReference? target)
    {
        if (target is null)
        {
            return;
        }

        try
        {
            await target.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The browser side is gone together with the object.
        }
        catch (TaskCanceledException)
        {
            // Disposal raced the circuit's shutdown; the object dies with it.
        }
    }
}

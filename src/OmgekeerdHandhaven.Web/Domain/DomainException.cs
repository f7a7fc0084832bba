namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>A rule of the domain was broken; the message is Dutch and meant for the user.</summary>
public sealed class DomainException(string message) : Exception(message)
{
    /// <summary>The guard every aggregate uses: refuses with <paramref name="message"/> unless <paramref name="condition"/> holds.</summary>
    public static void ThrowUnless([System.Diagnostics.CodeAnalysis.DoesNotReturnIf(false)] bool condition, string message)
    {
        if (!condition)
        {
            throw new DomainException(message);
        }
    }
}

namespace OmgekeerdHandhaven.Web.Features.LoginSettings;

public sealed class LoginSettingsForm
{
    /// <summary>
    /// The tick box posts true, the hidden field after it false (the first value binds): a post without either is not
    /// this form, and must not be taken for "unticked".
    /// </summary>
    public bool? SecondFactorRequired { get; set; }
}

namespace OmgekeerdHandhaven.Web.Features.Api;

/// <summary>
/// A string field of the API whose values are the names of an enum (phase, status, kind): the OpenAPI document lists them.
/// The field stays a string so a wrong value gets the Dutch validation message naming the field, not a binding error.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class EnumValuesAttribute(Type enumType) : Attribute
{
    public Type EnumType { get; } = enumType;
}

namespace OmgekeerdHandhaven.Web.Infrastructure.Privacy;

public enum PersonalDataKind
{
    Bsn,
    Iban,
    Email,
    PhoneNumber,
    PostcodeWithHouseNumber,
    DateOfBirth,
    PersonName,
    NameWithAge,
    StreetAddress,
}

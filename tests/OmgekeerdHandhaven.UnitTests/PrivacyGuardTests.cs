using OmgekeerdHandhaven.Web.Infrastructure.Privacy;

namespace OmgekeerdHandhaven.UnitTests;

/// <summary>Realistic Dutch sentences both ways: what must be refused, and ordinary text that must pass.</summary>
public sealed class PrivacyGuardTests
{
    public static TheoryData<string, PersonalDataKind> Refused => new()
    {
        // BSN: nine digits passing the elfproef, with the usual separators.
        { "De klant (BSN 123456782) ontvangt sinds 2021 bijstand.", PersonalDataKind.Bsn },
        { "Burgerservicenummer: 111.222.333, bekend bij de SVB.", PersonalDataKind.Bsn },
        { "bsn 1234.56.782 staat in het dossier", PersonalDataKind.Bsn },
        { "Zie persoon met nummer 123 456 782 in Suite.", PersonalDataKind.Bsn },
        { "Het BSN 123-456-782 is gecontroleerd bij de BRP.", PersonalDataKind.Bsn },
        { "999999990", PersonalDataKind.Bsn },
        { "Nummer 012345672 hoort bij de vader.", PersonalDataKind.Bsn },
        { "Zoon: 100000009.", PersonalDataKind.Bsn },
        // IBAN: mod-97 valid, Dutch and foreign, with or without spaces, any case.
        { "Huur wordt betaald vanaf NL91ABNA0417164300.", PersonalDataKind.Iban },
        { "rekening NL91 ABNA 0417 1643 00 op naam van de partner", PersonalDataKind.Iban },
        { "Er staat geld op nl20ingb0001234567 dat niet is opgegeven.", PersonalDataKind.Iban },
        { "Vermogen in het buitenland op DE89370400440532013000.", PersonalDataKind.Iban },
        { "Belgische rekening BE68 5390 0754 7034 gevonden.", PersonalDataKind.Iban },
        // E-mail addresses.
        { "Mail de jeugdhulpverlener op j.devries@jeugdhulp-regio.nl.", PersonalDataKind.Email },
        { "Klant mailde vanaf gezin.jansen1985@gmail.com over de boete.", PersonalDataKind.Email },
        { "contact: a.b@sub.gemeente.nl", PersonalDataKind.Email },
        // Dutch phone numbers: mobile and landline, +31 / 0031 / 0, separators.
        { "Bereikbaar op 06-12345678 na 17 uur.", PersonalDataKind.PhoneNumber },
        { "Moeder belde vanaf 0612345678.", PersonalDataKind.PhoneNumber },
        { "Telefoon +31 6 1234 5678 (alleen WhatsApp).", PersonalDataKind.PhoneNumber },
        { "Nummer 0031 6 12 34 56 78 is van de partner.", PersonalDataKind.PhoneNumber },
        { "Vaste lijn 020-1234567 werd niet opgenomen.", PersonalDataKind.PhoneNumber },
        { "Bel 010 123 45 67 voor de buurvrouw.", PersonalDataKind.PhoneNumber },
        { "Tel. (0345) 123456, liefst overdag.", PersonalDataKind.PhoneNumber },
        { "+31201234567 staat op de aanvraag.", PersonalDataKind.PhoneNumber },
        { "Mobiel: 06 1234 5678.", PersonalDataKind.PhoneNumber },
        // Postcode with house number, both orders.
        { "Het gezin woont op 1234 AB 12 in een huurwoning.", PersonalDataKind.PostcodeWithHouseNumber },
        { "Adres 3511AB 7a, derde verdieping.", PersonalDataKind.PostcodeWithHouseNumber },
        { "Kweekplek gevonden op 2500 GA, nr. 15.", PersonalDataKind.PostcodeWithHouseNumber },
        { "Ingeschreven op Dorpsstraat 12, 1234 AB Voorbeeld.", PersonalDataKind.PostcodeWithHouseNumber },
        { "Nieuw adres: Kerkweg 3b 7411 KL Deventer.", PersonalDataKind.PostcodeWithHouseNumber },
        // Date of birth.
        { "Vader, geboren 12-03-1985, werkt zwart.", PersonalDataKind.DateOfBirth },
        { "Dochter (geb. 12 maart 2010) zit op het vmbo.", PersonalDataKind.DateOfBirth },
        { "Geboortedatum: 01/02/1990.", PersonalDataKind.DateOfBirth },
        { "geb 3-4-85 volgens de BRP", PersonalDataKind.DateOfBirth },
        { "Partner is geboren op 1979-11-30.", PersonalDataKind.DateOfBirth },
        { "Zoon geb. 5 jan. 2008 woont bij de moeder.", PersonalDataKind.DateOfBirth },
    };

    public static TheoryData<string> Allowed => new()
    {
        // Amounts, law articles, years, meeting dates and durations.
        "De vordering bedraagt € 1.234,56 en de boete € 450.",
        "De terugvordering loopt op tot €12.345 over drie jaar.",
        "Toets aan art. 17 lid 2 Participatiewet en artikel 18a.",
        "Op grond van artikel 58 lid 1 sub a Pw volgt terugvordering.",
        "Sinds 2019 ontvangt het gezin bijstand; in 2024 volgde een heronderzoek.",
        "Besproken in het werkoverleg van 12-03-2026.",
        "De hoorzitting is op 3 maart 2026 om 10.00 uur.",
        "Jeugdhulp krijgt 6 weken om de situatie te stabiliseren.",
        "Binnen 14 dagen moet het gezin zelf melden; anders na 2 weken een gesprek.",
        "Zie ook dilemma 2026-0042 en 2025-0107.",
        "Vergelijkbaar met 2026-0042, 2026-0043 en 2026-0044.",
        // Nine-digit numbers that fail the elfproef, and other long numbers.
        "Zaaknummer 123456789 in het zaaksysteem.",
        "Kenmerk 987654321 van de rechtbank.",
        "Dossier 202611290 is gesloten.",
        "Factuur 100000000 is nog niet betaald.",
        "Kenteken en meterstand: 12345 kWh en 3456 m3 gas.",
        // The government number 14 + area code, service lines and organisation numbers without a person.
        "Bel de gemeente via 14 020 of 14020.",
        "De Belastingdienst is bereikbaar via 0800-0543.",
        "Voor hulp bij schulden: 0800 8115.",
        // Postcodes without house number, addresses without postcode, lowercase look-alikes.
        "Het gezin woont in postcodegebied 1234 AB.",
        "De plantage stond in een schuur aan de rand van het dorp.",
        "Tussen 2026 en 12 gezinnen in de wijk zijn bekend.",
        "In 2023 en 2024 was er geen contact.",
        // Dates that are not a date of birth, ages and birth years alone.
        "De moeder is 34 jaar en de kinderen zijn 8 en 11.",
        "Geboortejaar van de oudste: rond 2010 (geen exacte datum nodig).",
        "De uitkering is per 01-07-2025 herzien.",
        "Op 29 november 2026 is de afspraak nagekomen.",
        // E-mail-like text that is no address, and percentages.
        "Het gezin gebruikt @jeugdhulp niet op sociale media.",
        "Korting van 20% gedurende 3 maanden (art. 18 lid 2).",
        // Ordinary case descriptions.
        "Een gezin in de bijstand heeft een hennepplantage op zolder en ontvangt jeugdhulp.",
        "Moet de uitkering direct worden beëindigd, of krijgt jeugdhulp eerst de tijd?",
        "De jeugdhulpverlener helpt het gezin de inkomsten zelf te melden vóór 1 februari.",
        "Tijdstip 14:30, kamer 2.14, versie 1.2.3 van het beleid.",
        "Bedrag van 1.000.000 euro aan vermogen is niet aannemelijk.",
        "Telefonisch contact met de consulent via het algemene nummer.",
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Scan_RefusesPersonalData(string sentence, PersonalDataKind expected) =>
        Assert.Contains(expected, PrivacyGuard.Scan(sentence));

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Scan_AllowsOrdinaryText(string sentence) => Assert.Empty(PrivacyGuard.Scan(sentence));

    [Fact]
    public void Message_NamesFieldAndKinds_ButNeverTheValue()
    {
        const string text = "BSN 123456782, bereikbaar op 06-12345678.";

        var message = PrivacyGuard.Message("Situatie", PrivacyGuard.Scan(text));

        Assert.Equal("Situatie bevat een BSN en een telefoonnummer. Haal persoonsgegevens weg: een dilemma wordt geanonimiseerd vastgelegd.", message);
        Assert.DoesNotContain("123456782", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("123456782", true)]
    [InlineData("111222333", true)]
    [InlineData("123456789", false)]
    [InlineData("000000000", false)]
    [InlineData("12345678", false)]
    public void Elfproef(string digits, bool valid) => Assert.Equal(valid, PrivacyGuard.IsBsn(digits));

    [Theory]
    [InlineData("NL91ABNA0417164300", true)]
    [InlineData("NL91ABNA0417164301", false)]
    [InlineData("NL02RABO0123456789", false)]
    public void Mod97(string iban, bool valid) => Assert.Equal(valid, PrivacyGuard.IsIban(iban));
}

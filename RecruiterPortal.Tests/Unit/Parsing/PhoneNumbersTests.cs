using RecruiterPortal.Core.Parsing;

namespace RecruiterPortal.Tests.Unit.Parsing;

public class PhoneNumbersTests
{
    [Theory]
    [InlineData("(512) 555-0142", "US", "+15125550142")]
    [InlineData("512.555.0142", "US", "+15125550142")]
    [InlineData("1-512-555-0142", "US", "+15125550142")]
    [InlineData("+1 (206) 555-0110", "US", "+12065550110")]
    [InlineData("+44 20 7946 0958", "US", "+442079460958")]
    [InlineData("020 7946 0958", "GB", "+442079460958")]
    [InlineData("0044 20 7946 0958", "US", "+442079460958")]
    [InlineData("030 12345678", "DE", "+493012345678")]
    [InlineData("+33 6 12 34 56 78", "US", "+33612345678")]
    [InlineData("(512) 555-0142 ext. 204", "US", "+15125550142")]
    public void Normalises_to_E164(string phone, string country, string expected) =>
        Assert.Equal(expected, PhoneNumbers.ToE164(phone, country));

    [Theory]
    [InlineData("")]
    [InlineData("555-0142")]
    [InlineData("call me")]
    [InlineData("+1 23")]
    [InlineData("(012) 555-0142")]
    public void Returns_null_for_what_cannot_be_a_number(string phone) =>
        Assert.Null(PhoneNumbers.ToE164(phone));

    [Fact]
    public void Unknown_default_country_only_accepts_international_numbers()
    {
        Assert.Null(PhoneNumbers.ToE164("5125550142", "ZZ"));
        Assert.Equal("+15125550142", PhoneNumbers.ToE164("+1 512 555 0142", "ZZ"));
    }
}

using System.Collections.Frozen;
using System.Text;

namespace RecruiterPortal.Core.Parsing;

/// <summary>Phone numbers as resumes write them, turned into E.164 for dialling and de-duplication.</summary>
public static class PhoneNumbers
{
    private static readonly FrozenDictionary<string, string> _callingCodes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["US"] = "1", ["CA"] = "1", ["GB"] = "44", ["UK"] = "44", ["IE"] = "353", ["DE"] = "49", ["FR"] = "33",
        ["ES"] = "34", ["IT"] = "39", ["PT"] = "351", ["NL"] = "31", ["BE"] = "32", ["CH"] = "41", ["AT"] = "43",
        ["SE"] = "46", ["NO"] = "47", ["DK"] = "45", ["FI"] = "358", ["PL"] = "48", ["MX"] = "52", ["BR"] = "55",
        ["AR"] = "54", ["CO"] = "57", ["IN"] = "91", ["PH"] = "63", ["AU"] = "61", ["NZ"] = "64", ["JP"] = "81",
        ["CN"] = "86", ["SG"] = "65", ["ZA"] = "27", ["NG"] = "234", ["AE"] = "971",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The number in E.164 form (<c>+14155550123</c>), or null when it cannot be a phone number.
    /// Numbers without a country code are read as national numbers of <paramref name="defaultCountry"/>
    /// (ISO 3166 alpha-2); extensions ("x204", "ext. 12") are dropped.
    /// </summary>
    public static string? ToE164(string? phone, string defaultCountry = "US")
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var digits = new StringBuilder();
        var international = false;
        foreach (var c in CutExtension(phone.Trim()))
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c == '+' && digits.Length == 0)
            {
                international = true;
            }
            else if (char.IsLetter(c))
            {
                return null;
            }
        }

        var number = digits.ToString();
        if (!international && number.StartsWith("00", StringComparison.Ordinal))
        {
            international = true;
            number = number[2..];
        }
        else if (!international && number.StartsWith("011", StringComparison.Ordinal) && number.Length > 11)
        {
            international = true;
            number = number[3..];
        }

        if (international)
        {
            return number.Length is >= 8 and <= 15 && number[0] != '0' ? "+" + number : null;
        }

        if (!_callingCodes.TryGetValue(defaultCountry, out var code))
        {
            return null;
        }

        if (code == "1")
        {
            // North American numbers: ten digits, optionally written with the leading 1.
            if (number.Length == 11 && number[0] == '1')
            {
                number = number[1..];
            }

            return number.Length == 10 && number[0] is not ('0' or '1') ? "+1" + number : null;
        }

        // Elsewhere the national trunk prefix 0 is dropped after the country code.
        number = number.TrimStart('0');
        return number.Length is >= 6 and <= 14 && code.Length + number.Length <= 15 ? "+" + code + number : null;
    }

    private static string CutExtension(string phone)
    {
        var lower = phone.ToLowerInvariant();
        foreach (var marker in new[] { "ext", " x", "#" })
        {
            var at = lower.IndexOf(marker, StringComparison.Ordinal);
            if (at > 0)
            {
                return phone[..at];
            }
        }

        return phone;
    }
}

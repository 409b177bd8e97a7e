using System.Diagnostics;
using System.Text;
using RecruiterPortal.Core.Parsing;
using RecruiterPortal.Core.Skills;

namespace RecruiterPortal.Tests.Unit.Parsing;

public class GarbageInputTests
{
    private readonly ResumeParser _parser = new(SkillTaxonomy.Default);

    public static TheoryData<string> Garbage() => new()
    {
        "",
        " ",
        "\n\n\n\f\f",
        "\0\u0001\u0002\uFFFF\uD800",
        "EXPERIENCE\nEDUCATION\nSKILLS\nPROJECTS",
        "Experience\n2019 - 2021\n2018 - 2019\n• \n-\n*",
        "Education\nUniversity\nB.S.\nGPA: 9.9",
        "@@@@ ++++ #### //// ---- ....",
        "(((((((((((((((((((((((((((((((((((((((",
        new string('9', 5000),
        string.Join('\n', Enumerable.Repeat("a                                   b", 200)),
        "linkedin.com/in/\ngithub.com/\nhttp://",
        "\u202E\u202Dmixed direction \u0645\u0631\u062D\u0628\u0627 text \u4F60\u597D",
    };

    [Theory]
    [MemberData(nameof(Garbage))]
    public void Never_throws(string text)
    {
        var parsed = _parser.Parse(text);

        Assert.NotNull(parsed);
        Assert.NotNull(parsed.Skills);
        Assert.NotNull(parsed.Experience);
    }

    [Fact]
    public void Null_text_gives_an_empty_resume() =>
        Assert.Equal(new ParsedResume().FullName, _parser.Parse(null!).FullName);

    [Fact]
    public void Huge_input_is_parsed_quickly()
    {
        var sb = new StringBuilder("Jane Doe\njane@example.com\nEXPERIENCE\n");
        var random = new Random(7);
        while (sb.Length < 3_000_000)
        {
            sb.Append("Engineer, Acme Corp, 2019 - 2021\n• Built Python and SQL services ").Append(random.Next()).Append('\n');
        }

        var watch = Stopwatch.StartNew();
        var parsed = _parser.Parse(sb.ToString());

        Assert.Equal("Jane Doe", parsed.FullName);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }
}

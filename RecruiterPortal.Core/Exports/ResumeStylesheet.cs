namespace RecruiterPortal.Core.Exports;

/// <summary>
/// The print stylesheet of exported resumes: one column, system fonts, black on white, real text
/// (no images, no columns), so applicant tracking systems read it in order.
/// </summary>
internal static class ResumeStylesheet
{
    private const string Body = """
        *{box-sizing:border-box}
        html{background:#fff;color:#111}
        body{margin:0;font-family:"Liberation Sans",Arial,Helvetica,sans-serif;font-size:10.5pt;line-height:1.4}
        .resume{max-width:46rem;margin:0 auto;padding:1.5rem}
        h1{font-size:20pt;margin:0 0 .2rem;line-height:1.15}
        h1+p{margin-top:0;color:#333}
        h2{font-size:12pt;text-transform:uppercase;letter-spacing:.04em;border-bottom:1px solid #999;margin:1rem 0 .4rem;padding-bottom:.1rem;break-after:avoid}
        h3{font-size:11pt;margin:.7rem 0 .1rem;break-after:avoid}
        h3+p{margin:0 0 .2rem;color:#333}
        p{margin:.2rem 0 .4rem}
        ul,ol{margin:.2rem 0 .5rem;padding-left:1.3rem}
        li{margin:.1rem 0}
        li,p{break-inside:avoid}
        a{color:#1a4d8f;text-decoration:none}
        code{font-family:"Liberation Mono",monospace;font-size:.95em}
        blockquote{margin:.4rem 0;padding-left:.8rem;border-left:3px solid #ccc}
        @media print{.resume{max-width:none;padding:0}a{color:#111}}
        """;

    public static string For(bool letter) =>
        $"@page{{size:{(letter ? "Letter" : "A4")};margin:{(letter ? "0.6in 0.7in" : "15mm 17mm")}}}\n{Body}";
}

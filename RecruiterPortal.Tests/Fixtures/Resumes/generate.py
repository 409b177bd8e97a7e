#!/usr/bin/env python3
"""Renders the accuracy fixtures from resume_data.py and writes their .truth.json files.

Formats: txt, md, docx (LibreOffice from HTML), pdf-chrome (Chromium print of HTML),
pdf-chrome-2col (two-column CSS grid), pdf-lo (LibreOffice: HTML -> DOCX -> PDF) and
pdf-text (LibreOffice: plain text -> PDF). Needs soffice and chromium; the tests only need pdftotext.

    python3 generate.py            # regenerate everything
    python3 generate.py 07_ 12_    # only ids starting with these prefixes
"""
import html
import json
import os
import shutil
import subprocess
import sys
import tempfile

from resume_data import RESUMES

HERE = os.path.dirname(os.path.abspath(__file__))

DEFAULT_HEADINGS = {
    "summary": "Summary", "experience": "Experience", "education": "Education", "skills": "Skills",
    "projects": "Projects", "certifications": "Certifications", "languages": "Languages",
}


def heading_text(r, key):
    return r.get("heading_names", {}).get(key, DEFAULT_HEADINGS[key])


def styled_heading(r, key):
    text = heading_text(r, key)
    style = r.get("headings", "title")
    if style == "caps":
        return [text.upper()]
    if style == "colon":
        return [text + ":"]
    if style == "underline":
        return [text.upper(), "-" * len(text)]
    if style == "md":
        return ["## " + text]
    if style == "spaced":
        return [" ".join(text.upper())]
    return [text]


def contact_line(r):
    parts = [r.get("location"), r.get("phone"), r.get("email"), r.get("linkedin"), r.get("github"), r.get("website")]
    return [p for p in parts if p]


def experience_lines(r, e, md=False):
    style = r.get("exp_style", "title_at")
    t, c, loc, d = e["title"], e["company"], e["location"], e["dates"]
    bold = (lambda s: "**" + s + "**") if md else (lambda s: s)
    if style == "title_at":
        return [f"{bold(t)} at {c}, {loc} | {d}"]
    if style == "title_comma":
        return [f"{bold(t)}, {c} — {d}", loc]
    if style == "company_dash_title":
        return [f"{bold(c)} — {t}", f"{loc} | {d}"]
    if style == "two_lines":
        return [bold(t), f"{c}, {loc}", d]
    if style == "title_dates_then_company":
        return [f"{bold(t)}    {d}", f"{c} | {loc}"]
    if style == "company_then_title":
        return [bold(c) + f", {loc}", f"{t}    {d}"]
    if style == "pipes":
        return [f"{bold(t)} | {c} | {loc} | {d}"]
    raise ValueError(style)


def education_lines(r, s, md=False):
    style = r.get("edu_style", "degree_then_school")
    degree = s["degree"] + (f" in {s['field']}" if s.get("field") and not s.get("field_comma") else "")
    if s.get("field") and s.get("field_comma"):
        degree = f"{s['degree']}, {s['field']}"
    gpa = f"GPA: {s['gpa']}" if s.get("gpa") else None
    if style == "degree_then_school":
        lines = [degree, f"{s['institution']}, {s['dates']}"]
    elif style == "school_then_degree":
        lines = [s["institution"] + (f" — {s['location']}" if s.get("location") else ""), f"{degree} | {s['dates']}"]
    elif style == "one_line":
        lines = [f"{degree}, {s['institution']}, {s['dates']}"]
    else:
        raise ValueError(style)
    if gpa:
        lines.append(gpa)
    return lines


def text_resume(r, md=False):
    out = []
    name = r["name"]
    out.append("# " + name if md else (name.upper() if r.get("caps_name") else name))
    if r.get("headline"):
        out.append(r["headline"])
    sep = r.get("contact_sep", " | ")
    contact = contact_line(r)
    if r.get("contact_lines"):
        out.extend(contact)
    else:
        out.append(sep.join(contact))
    out.append("")

    def section(key, lines):
        if not lines:
            return
        out.extend(heading_text_lines(key))
        out.extend(lines)
        out.append("")

    def heading_text_lines(key):
        if md:
            return ["## " + heading_text(r, key)]
        return styled_heading(r, key)

    bullet = r.get("bullet", "•")
    if r.get("summary"):
        section("summary", [r["summary"]])
    exp = []
    for e in r["experience"]:
        exp.extend(experience_lines(r, e, md))
        exp.extend(("- " if md else bullet + " ") + b for b in e["bullets"])
        exp.append("")
    section("experience", exp)
    edu = []
    for s in r["education"]:
        edu.extend(education_lines(r, s, md))
        edu.append("")
    section("education", edu)
    section("skills", [("- " + s if md else s) for s in r.get("skills", [])])
    proj = []
    for p in r.get("projects", []):
        proj.append(("**" + p["name"] + "**" if md else p["name"]) + (f" — {p['url']}" if p.get("url") else ""))
        proj.append(p["description"])
    section("projects", proj)
    section("certifications", [("- " if md else "") + c for c in r.get("certifications", [])])
    if r.get("languages"):
        section("languages", [", ".join(r["languages"])])
    return "\n".join(out).rstrip() + "\n"


CSS_ONE = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10.5pt; margin: 0.6in; color: #222; }
h1 { font-size: 22pt; margin: 0 0 4px 0; } h2 { font-size: 12pt; border-bottom: 1px solid #999; margin: 14px 0 6px; %s }
.contact { color: #444; } .entry-head { font-weight: bold; } p { margin: 2px 0; } ul { margin: 2px 0 8px 0; }
"""

CSS_TWO = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; margin: 0.5in; color: #222; }
h1 { font-size: 22pt; margin: 0 0 6px 0; } h2 { font-size: 11.5pt; margin: 12px 0 5px; text-transform: uppercase; }
.grid { display: grid; grid-template-columns: %s; column-gap: 0.45in; }
p { margin: 2px 0; } ul { margin: 2px 0 8px 0; padding-left: 16px; } .side p { margin: 1px 0; }
"""


def esc(s):
    return html.escape(s)


def html_sections(r):
    """Returns (sidebar_html, main_html) fragments; one-column layouts join them."""
    def h2(key):
        return f"<h2>{esc(heading_text(r, key))}</h2>"

    main, side = [], []
    if r.get("summary"):
        main.append(h2("summary") + f"<p>{esc(r['summary'])}</p>")
    parts = [h2("experience")]
    for e in r["experience"]:
        lines = experience_lines(r, e)
        parts.append(f"<p class='entry-head'>{esc(lines[0])}</p>" + "".join(f"<p>{esc(l)}</p>" for l in lines[1:]))
        parts.append("<ul>" + "".join(f"<li>{esc(b)}</li>" for b in e["bullets"]) + "</ul>")
    main.append("".join(parts))
    parts = [h2("education")]
    for s in r["education"]:
        lines = education_lines(r, s)
        parts.append(f"<p class='entry-head'>{esc(lines[0])}</p>" + "".join(f"<p>{esc(l)}</p>" for l in lines[1:]))
    edu = "".join(parts)
    skills = h2("skills") + "".join(f"<p>{esc(s)}</p>" for s in r.get("skills", []))
    certs = (h2("certifications") + "".join(f"<p>{esc(c)}</p>" for c in r.get("certifications", []))) if r.get("certifications") else ""
    langs = (h2("languages") + "".join(f"<p>{esc(l)}</p>" for l in r.get("languages", []))) if r.get("languages") else ""
    projects = ""
    if r.get("projects"):
        projects = h2("projects") + "".join(
            f"<p class='entry-head'>{esc(p['name'])}" + (f" — {esc(p['url'])}" if p.get("url") else "") + f"</p><p>{esc(p['description'])}</p>"
            for p in r["projects"])
    if r.get("sidebar_education"):
        side.append(edu)
    else:
        main.append(edu)
    main.append(projects)
    side.extend([skills, certs, langs])
    return "".join(side), "".join(main)


def html_resume(r, two_col=False):
    contact = contact_line(r)
    head = f"<h1>{esc(r['name'])}</h1>" + (f"<p>{esc(r['headline'])}</p>" if r.get("headline") else "")
    side, main = html_sections(r)
    if not two_col:
        caps = "text-transform: uppercase;" if r.get("headings") == "caps" else ""
        body = head + f"<p class='contact'>{esc(' | '.join(contact))}</p>" + main + side
        css = CSS_ONE % caps
    else:
        layout = r.get("layout", "sidebar-left")
        contact_html = "<h2>Contact</h2>" + "".join(f"<p>{esc(c)}</p>" for c in contact)
        if layout == "sidebar-left":
            body = head + f"<div class='grid'><div class='side'>{contact_html}{side}</div><div class='main'>{main}</div></div>"
            css = CSS_TWO % "2.1in 1fr"
        elif layout == "name-in-main":
            body = f"<div class='grid'><div class='side'>{contact_html}{side}</div><div class='main'>{head}{main}</div></div>"
            css = CSS_TWO % "2.2in 1fr"
        else:
            body = head + f"<div class='grid'><div class='main'>{main}</div><div class='side'>{contact_html}{side}</div></div>"
            css = CSS_TWO % "1fr 2.1in"
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{esc(r['name'])}</title><style>{css}</style></head><body>{body}</body></html>"


def run(cmd, cwd):
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def soffice(src, target, outdir):
    run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{outdir}/lo-profile", "--convert-to", target, "--outdir", outdir, src], outdir)


def render(r):
    fmt = r["format"]
    base = os.path.join(HERE, r["id"])
    with tempfile.TemporaryDirectory() as tmp:
        if fmt in ("txt", "md"):
            with open(base + "." + fmt, "w", encoding="utf-8") as f:
                f.write(text_resume(r, md=(fmt == "md")))
        elif fmt in ("pdf-chrome", "pdf-chrome-2col"):
            src = os.path.join(tmp, "resume.html")
            with open(src, "w", encoding="utf-8") as f:
                f.write(html_resume(r, two_col=(fmt == "pdf-chrome-2col")))
            run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                 f"--print-to-pdf={base}.pdf", src], tmp)
        elif fmt in ("docx", "pdf-lo"):
            src = os.path.join(tmp, "resume.html")
            with open(src, "w", encoding="utf-8") as f:
                f.write(html_resume(r))
            soffice(src, "docx:MS Word 2007 XML", tmp)
            if fmt == "docx":
                shutil.copy(os.path.join(tmp, "resume.docx"), base + ".docx")
            else:
                soffice(os.path.join(tmp, "resume.docx"), "pdf", tmp)
                shutil.copy(os.path.join(tmp, "resume.pdf"), base + ".pdf")
        elif fmt == "pdf-text":
            src = os.path.join(tmp, "resume.txt")
            with open(src, "w", encoding="utf-8") as f:
                f.write(text_resume(r))
            soffice(src, "pdf", tmp)
            shutil.copy(os.path.join(tmp, "resume.pdf"), base + ".pdf")
        else:
            raise ValueError(fmt)


def truth(r):
    def ordered_unique(items):
        seen, out = set(), []
        for i in items:
            if i not in seen:
                seen.add(i)
                out.append(i)
        return out

    return {
        "full_name": r["name"],
        "email": r["email"],
        "phone": r["phone"],
        "linkedin_url": r.get("linkedin"),
        "experience": [{"title": e["title"], "company": e["company"]} for e in r["experience"]],
        "education": [{"institution": s["institution"], "degree": s["degree"]} for s in r["education"]],
        "skills": ordered_unique(r["truth_skills"]),
    }


def main(prefixes):
    for r in RESUMES:
        if prefixes and not any(r["id"].startswith(p) for p in prefixes):
            continue
        render(r)
        with open(os.path.join(HERE, r["id"] + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth(r), f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("wrote", r["id"], r["format"])


if __name__ == "__main__":
    main(sys.argv[1:])

"""Writes the fiftieth labelled corpus: three months of one job seeker's inbox, as .eml files.

Run `python tests/corpus_fiftieth/make_fiftieth.py` from the repository root. It only creates
and deletes files inside tests/corpus_fiftieth/ (the kind folders and labels.csv). It imports
the standard library only: the corpus must not be shaped by the project's own code.

Each message is written by hand below; the builder only varies the wire format (plain, HTML-only,
multipart/alternative, quoted-printable, base64, legacy charsets, encoded-word headers, calendar
parts) so the bodies read like the mail a candidate really gets.
"""

from __future__ import annotations

import base64
import csv
import html
import quopri
import random
import shutil
from datetime import UTC, datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path

ROOT = Path(__file__).resolve().parent
ME = "jonas.okafor@example.at"
ME_FULL = f"Jonas Okafor-Wendt <{ME}>"
KIND_DIRS = (
    "rejection", "interview_invitation", "interview_reschedule_or_cancel",
    "missed_interview_notice", "application_received", "offer", "other",
)
SPECS: list[dict] = []
RNG = random.Random(5050)


def m(kind: str, lang: str, slug: str, company: str, contact: str, frm: str, subject: str,
      body: str, **opts: object) -> None:
    """Record one message; `opts` choose its wire format and extra headers."""
    SPECS.append(dict(kind=kind, lang=lang, slug=slug, company=company, contact=contact,
                      frm=frm, subject=subject, body=body.strip("\n") + "\n", **opts))


def _addr(value: str, charset: str) -> str:
    name, address = parseaddr(value)
    if not name:
        return address
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return formataddr((name, address), charset=_header_charset(name, charset))


def _header_text(value: str, charset: str) -> str:
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, _header_charset(value, charset)).encode(maxlinelen=76)


def _header_charset(value: str, charset: str) -> str:
    """The body's legacy charset when it can spell the value (as old mailers do), else UTF-8."""
    if charset == "iso-8859-1":
        try:
            value.encode(charset)
            return charset
        except UnicodeEncodeError:
            pass
    return "utf-8"


LEGACY = str.maketrans({"\u2013": "-", "\u2014": "-", "\u201e": '"', "\u201c": '"', "\u201d": '"',
                        "\u2019": "'", "\u2026": "...", "\u2022": "*", "\u20ac": "EUR", "\u22c5": "-"})


def fit(text: str, charset: str) -> str:
    """Text as a legacy-charset mailer would have typed it (no typographic quotes where absent)."""
    try:
        text.encode(charset)
        return text
    except UnicodeEncodeError:
        return text.translate(LEGACY)


def _encode(text: str, charset: str, cte: str) -> bytes:
    raw = fit(text, charset).replace("\n", "\r\n").encode(charset)
    if cte == "base64":
        data = base64.encodebytes(raw)
        return data.replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def _leaf(ctype: str, text: str, charset: str, cte: str, extra: str = "") -> bytes:
    if cte == "auto":
        try:
            text.encode("ascii")
            cte = "7bit"
        except UnicodeEncodeError:
            cte = "quoted-printable"
    head = f"Content-Type: {ctype}; charset=\"{charset}\"{extra}\r\nContent-Transfer-Encoding: {cte}\r\n\r\n"
    return head.encode("ascii") + _encode(text, charset, cte)


def _multipart(subtype: str, parts: list[bytes], n: int) -> bytes:
    boundary = f"==_b{n:03d}_{RNG.randrange(16**8):08x}"
    out = [f"Content-Type: multipart/{subtype}; boundary=\"{boundary}\"\r\n\r\n"
           "This is a multi-part message in MIME format.\r\n".encode()]
    for part in parts:
        out.append(f"--{boundary}\r\n".encode() + part + b"\r\n")
    out.append(f"--{boundary}--\r\n".encode())
    return b"".join(out)


HTML_SHELLS = (
    '<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">'
    '<table width="600" cellpadding="0" cellspacing="0" border="0" align="center"><tr><td style="padding:24px">'
    '{body}</td></tr></table><img src="https://t.{dom}/o/{n}.gif" width="1" height="1" alt=""></body></html>',
    '<!DOCTYPE html><html><head><meta charset="{cs}"><style>p{{margin:0 0 12px}}</style></head>'
    '<body><div style="max-width:640px;margin:auto;font:15px/1.5 Helvetica">{body}'
    '<p style="font-size:11px;color:#888"><a href="https://click.{dom}/ls/click?upn={n}x9Qv">Preferences</a></p></div></body></html>',
    '<html><body><div dir="ltr">{body}</div></body></html>',
)


def _to_html(text: str, n: int, dom: str, cs: str) -> str:
    paras = []
    for block in text.strip().split("\n\n"):
        inner = "<br>\n".join(html.escape(line) for line in block.split("\n"))
        if block.startswith(">") or (block.startswith("Am ") and "schrieb" in block):
            paras.append(f'<blockquote style="border-left:2px solid #ccc;padding-left:8px">{inner}</blockquote>')
        else:
            paras.append(f"<p>{inner}</p>")
    shell = HTML_SHELLS[n % len(HTML_SHELLS)]
    return shell.format(body="\n".join(paras), dom=dom, n=n, cs=cs)


def _ics(spec: dict, organizer: str) -> str:
    start: datetime = spec["start"]
    end = start + timedelta(minutes=spec.get("minutes", 45))
    fmt = "%Y%m%dT%H%M%SZ"
    method = spec.get("method", "REQUEST")
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
        f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{spec['uid']}",
        f"DTSTAMP:{(start - timedelta(days=5)).strftime(fmt)}",
        f"DTSTART:{start.strftime(fmt)}", f"DTEND:{end.strftime(fmt)}",
        f"SUMMARY:{spec['summary']}", f"ORGANIZER;CN=Organizer:mailto:{organizer}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}",
        f"LOCATION:{spec.get('location', 'Microsoft Teams')}", f"SEQUENCE:{spec.get('seq', 0)}",
        f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR",
    ]
    return "\n".join(lines) + "\n"


def build(spec: dict, n: int, when: datetime) -> bytes:
    """One message's bytes; the format choices come from the spec's options."""
    cs = spec.get("cs", "utf-8")
    fmt = spec.get("fmt", "plain")
    cte = spec.get("cte", "auto" if cs != "utf-8" else ("8bit" if n % 3 else "quoted-printable"))
    frm_addr = parseaddr(spec["frm"])[1]
    dom = frm_addr.split("@")[1]
    body = spec["body"]
    if spec.get("quote"):
        body = body + "\n" + spec["quote"].strip("\n") + "\n"
    headers = [
        ("Return-Path", f"<{spec.get('bounce', frm_addr)}>"),
        ("From", _addr(spec["frm"], cs)),
        ("To", _addr(spec.get("to", ME_FULL), cs)),
    ]
    if spec.get("reply_to"):
        headers.append(("Reply-To", _addr(spec["reply_to"], cs)))
    if spec.get("cc"):
        headers.append(("Cc", spec["cc"]))
    headers.append(("Subject", _header_text(spec["subject"], cs)))
    offset = spec.get("tz", 2 if 4 <= when.month <= 10 else 1)
    headers.append(("Date", format_datetime(when.astimezone(timezone(timedelta(hours=offset))))))
    mid = f"<{when.strftime('%Y%m%d%H%M%S')}.{n:03d}.{spec['slug'].replace('_', '')}@{spec.get('mid_dom', dom)}>"
    headers.append(("Message-ID", mid))
    if spec.get("thread"):
        parent = f"<{spec['thread']}@example.at>"
        headers.append(("In-Reply-To", parent))
        headers.append(("References", parent))
    for key, value in spec.get("hdrs", {}).items():
        headers.append((key, value))
    headers.append(("MIME-Version", "1.0"))
    plain = _leaf("text/plain", body, cs, cte)
    rich = _leaf("text/html", spec.get("html") or _to_html(body, n, dom, cs), cs, cte)
    views = {"plain": [plain], "html": [rich], "alt": [plain, rich]}[fmt]
    if spec.get("ics"):
        organizer = frm_addr if "reply" not in frm_addr else "recruiting@" + dom
        cal = _leaf("text/calendar", _ics(spec["ics"], organizer), "utf-8", "7bit",
                    f"; method={spec['ics'].get('method', 'REQUEST')}")
        if spec.get("ics_mixed"):
            inner = views[0] if len(views) == 1 else _multipart("alternative", views, n)
            part = _multipart("mixed", [inner, cal], n + 500)
        else:
            part = _multipart("alternative", [*views, cal], n)
    else:
        part = views[0] if len(views) == 1 else _multipart("alternative", views, n)
    if spec.get("attach"):
        name = spec["attach"]
        att = (f"Content-Type: application/pdf; name=\"{name}\"\r\nContent-Disposition: attachment; "
               f"filename=\"{name}\"\r\nContent-Transfer-Encoding: base64\r\n\r\n").encode()
        att += base64.encodebytes(b"%PDF-1.4\n% placeholder\n" + name.encode("utf-8")).replace(b"\n", b"\r\n")
        part = _multipart("mixed", [part, att], n + 900)
    head = "".join(f"{k}: {v}\r\n" for k, v in headers).encode("utf-8")
    return head + part


def main() -> None:
    for kind in KIND_DIRS:
        shutil.rmtree(ROOT / kind, ignore_errors=True)
        (ROOT / kind).mkdir()
    start = datetime(2026, 1, 7, 8, 0, tzinfo=UTC)
    rows = []
    order = list(range(len(SPECS)))
    RNG.shuffle(order)
    slot = {index: rank for rank, index in enumerate(order)}
    for n, spec in enumerate(SPECS, start=1):
        when = spec.get("date") or DATES.get(spec["slug"]) or start + timedelta(
            days=slot[n - 1] * 270 / len(SPECS), minutes=RNG.randrange(0, 600))
        rel = f"{spec['kind']}/{n:03d}_{spec['slug']}.eml"
        (ROOT / rel).write_bytes(build(spec, n, when))
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")


def d(text: str) -> datetime:
    """A date in 2026 written the short way ('03-14 09:30', UTC)."""
    return datetime.strptime("2026-" + text, "%Y-%m-%d %H:%M").replace(tzinfo=UTC)


# ---------------------------------------------------------------------------------------------
# The messages. Each block is one kind; languages mixed as the inbox had them.
# ---------------------------------------------------------------------------------------------
# ----- rejection --------------------------------------------------------------------------------
REJ = "rejection"
m(REJ, "de", "workday_hallwang", "Hallwang Logistik", "",
  "Hallwang Logistik <hallwang@myworkday.com>", "Ihre Bewerbung: Demand Planner (m/w/d) - R-004512",
  """Sehr geehrter Herr Okafor-Wendt,

vielen Dank für Ihr Interesse an der Position Demand Planner (m/w/d) am Standort Linz und die Zeit, die Sie in Ihre Bewerbung investiert haben.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlprozess nicht berücksichtigen können.

Diese Entscheidung ist keine Bewertung Ihrer Person oder Qualifikation. Gerne möchten wir Sie einladen, sich auch zukünftig auf passende Stellen in unserem Karriereportal zu bewerben.

Mit freundlichen Grüßen
Ihr Talent Acquisition Team
Hallwang Logistik GmbH

Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.
Hallwang Logistik GmbH | Hafenstraße 12 | 4020 Linz | FN 123456x | Landesgericht Linz""",
  fmt="html", bounce="bounce-4512@myworkday.com")

m(REJ, "de", "softgarden_stadtwerke", "Stadtwerke Traunfeld", "k.brandstaetter@stadtwerke-traunfeld.example.com",
  "Stadtwerke Traunfeld <noreply@softgarden.io>", "Ihre Bewerbung als Einkäufer*in Energie & Netze",
  """Guten Tag Herr Okafor-Wendt,

herzlichen Dank für Ihre Bewerbung und das damit verbundene Interesse an den Stadtwerken Traunfeld.

Wir haben uns Ihre Unterlagen genau angesehen. Da wir zahlreiche Bewerbungen erhalten haben, war die Auswahl nicht einfach. Wir haben uns letztlich für Kandidatinnen und Kandidaten entschieden, deren Profil noch genauer zu den Anforderungen passt – insbesondere was die Erfahrung mit Vergaben nach BVergG betrifft.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

Freundliche Grüße

Katharina Brandstätter
Personalmanagement
Stadtwerke Traunfeld GmbH
T +43 7242 555 210""",
  reply_to="Katharina Brandstätter <k.brandstaetter@stadtwerke-traunfeld.example.com>", fmt="alt")

m(REJ, "de", "frachtwerk_du_after_interview", "Frachtwerk", "lena@frachtwerk.test",
  "Lena Voigt <lena@frachtwerk.test>", "Feedback zu unserem Gespräch",
  """Hi Jonas,

danke nochmal, dass du dir letzte Woche die Zeit genommen hast – das Gespräch mit Tobi und mir hat echt Spaß gemacht und wir haben viel über dein S&OP-Projekt bei deinem alten Arbeitgeber gelernt.

Wir haben lange hin und her überlegt, uns am Ende aber für eine andere Person entschieden, die schon mehrere Jahre Erfahrung mit Ocean-Freight-Pricing im Start-up-Umfeld mitbringt. Das war wirklich knapp.

Wenn du magst, geb ich dir gern noch ein kurzes Feedback am Telefon, meld dich einfach.

Alles Liebe und viel Erfolg bei der Suche!
Lena

--
Lena Voigt · People & Culture
Frachtwerk · Berlin
frachtwerk.test""", thread="cand.0311.frachtwerk")

m(REJ, "de", "swiss_besetzt_iso", "Gütertransporte Emmental", "personal@gte-emmental.example.ch",
  "Gütertransporte Emmental AG <personal@gte-emmental.example.ch>", "Ihre Bewerbung als Disponent Import/Export",
  """Grüezi Herr Okafor-Wendt

Besten Dank für Ihre Bewerbung vom 14. März und das Interesse an unserem Unternehmen.

Leider müssen wir Ihnen mitteilen, dass die Stelle in der Zwischenzeit besetzt werden konnte. Wir bedauern, Ihnen keinen positiven Bescheid geben zu können.

Ihre Bewerbungsunterlagen werden wir gemäss Datenschutzgesetz nach Abschluss des Verfahrens löschen.

Freundliche Grüsse

Gütertransporte Emmental AG
Regula Stucki
Leiterin Personal

Bernstrasse 88, 3400 Burgdorf, Tel. 034 555 12 40""",
  cs="iso-8859-1", tz=1)

m(REJ, "de", "pankraz_on_hold", "Pankraz Antriebstechnik", "recruiting@pankraz.example.com",
  "Pankraz Antriebstechnik Recruiting <recruiting@pankraz.example.com>", "Update",
  """Sehr geehrter Herr Okafor-Wendt,

wir melden uns bezüglich Ihrer Bewerbung als Strategic Buyer Elektronik (Graz).

Aufgrund einer konzernweiten Neuausrichtung der Einkaufsorganisation wurde die Stelle bis auf Weiteres gestoppt. Wir werden das Auswahlverfahren daher nicht fortsetzen und schließen Ihre Bewerbung hiermit ab.

Wir bedauern das sehr, zumal Ihr Profil bei uns einen guten Eindruck hinterlassen hat. Sollte die Position zu einem späteren Zeitpunkt neu ausgeschrieben werden, freuen wir uns über eine erneute Bewerbung.

Mit freundlichen Grüßen

i.A. Melanie Koller
HR Business Partner
PANKRAZ Antriebstechnik GmbH
Puchstraße 201 | 8020 Graz

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.""")

m(REJ, "de", "fallstudie_1252", "Kellermann Maschinenbau", "bewerbung@kellermann-mb.example.de",
  "Bewerbermanagement Kellermann <bewerbung@kellermann-mb.example.de>", "AW: Fallstudie Supply Chain Analyst",
  """Sehr geehrter Herr Okafor-Wendt,

vielen Dank für die Bearbeitung der Fallstudie – der Aufwand, den Sie sich gemacht haben, ist uns nicht entgangen, und die Auswertung zum Lagerbestand in Werk 2 war gut nachvollziehbar.

Im direkten Vergleich haben sich die Fachabteilung und wir jedoch für eine/n andere/n Bewerber/in entschieden. Ausschlaggebend waren vor allem tiefergehende Kenntnisse in SAP IBP, die für die Stelle sehr wichtig sind.

Ihre Unterlagen (inkl. Fallstudie) werden wir nach sechs Monaten löschen, wenn Sie uns nicht Ihr Einverständnis für eine längere Aufbewahrung geben.

Wir wünschen Ihnen alles Gute – und bedanken uns nochmals für Ihr Engagement!

Mit freundlichen Grüßen
Jürgen Maaß
Personalreferent
Kellermann Maschinenbau GmbH & Co. KG – Nürnberg
Tel. +49 911 555 7730 • Fax -7739""",
  cs="windows-1252", cte="quoted-printable", thread="cand.0402.kellermann")

m(REJ, "de", "agency_relayed_client", "Brauhaus Wiesinger", "t.gruber@hollberg-partner.example.com",
  "Tamara Gruber <t.gruber@hollberg-partner.example.com>", "Rückmeldung Brauhaus Wiesinger",
  """Lieber Herr Okafor-Wendt,

ich habe heute Vormittag mit der Geschäftsführung vom Brauhaus Wiesinger telefoniert. Leider haben sie sich für den anderen Kandidaten entschieden – er war bereits in der Getränkeindustrie tätig und kennt die Leergutlogistik von innen, das hat am Ende den Ausschlag gegeben.

Ich bin ehrlich gesagt ein bisschen enttäuscht, ich hätte Sie dort sehr gerne gesehen. Ihr Profil bleibt bei mir aber ganz oben, ich habe gerade zwei andere Mandate im Bereich Disposition/Einkauf in OÖ, zu denen ich mich nächste Woche melde.

Herzliche Grüße
Tamara Gruber
Senior Consultant
Hollberg & Partner
Landstraße 44, 4020 Linz
+43 732 555 918""")

m(REJ, "de", "mobile_terse_brauerei", "Stiegelbach Bräu", "m.hinterberger@stiegelbach.example.com",
  "Markus Hinterberger <m.hinterberger@stiegelbach.example.com>", "Re: Bewerbung Logistikleitung",
  """Hallo Hr. Okafor-Wendt,
leider wirds diesmal nix, wir haben uns für einen internen kandidaten entschieden. Danke trotzdem für ihre zeit am Dienstag, alles gute!
MH

Von meinem iPhone gesendet

> Am 21.04.2026 um 18:02 schrieb Jonas Okafor-Wendt <jonas.okafor@example.at>:
>
> Sehr geehrter Herr Hinterberger,
> vielen Dank für das angenehme Gespräch heute bei Stiegelbach Bräu. Ich freue mich auf Ihre Rückmeldung.
> Beste Grüße
> Jonas Okafor-Wendt""", thread="cand.0421.stiegelbach",
  hdrs={"X-Mailer": "iPhone Mail (21E236)"})

m(REJ, "de", "personio_du", "Lumio Commerce", "",
  "Lumio Commerce <no-reply@personio.de>", "Deine Bewerbung bei Lumio Commerce",
  """Hallo Jonas,

vielen Dank für deine Bewerbung als Operations Analyst (Fulfillment) und dein Interesse an Lumio!

Wir haben uns intensiv mit deinem Profil beschäftigt. Leider müssen wir dir mitteilen, dass wir dich in diesem Prozess nicht weiter berücksichtigen können – es gab Kandidat*innen, deren Erfahrung noch besser zu unseren aktuellen Anforderungen passt.

Bitte sieh das nicht als Urteil über deine Fähigkeiten. Schau gerne wieder auf lumio.example.com/jobs vorbei.

Viele Grüße
Dein Lumio People Team""", fmt="alt")

m(REJ, "de", "rexx_bedauern", "Oberland Pharma Distribution", "",
  "Oberland Pharma Distribution <bewerbermanagement@rexx-recruitment.com>", "Ihre Bewerbung - Kennziffer 2026-117",
  """Sehr geehrter Herr Okafor-Wendt,

wir bedanken uns für Ihre Bewerbung als Sachbearbeiter Zoll & Außenhandel (m/w/d).
Wir bedauern, Ihnen mitteilen zu müssen, dass wir Ihre Bewerbung nicht in die engere Wahl ziehen konnten.

Mit freundlichen Grüßen

Oberland Pharma Distribution GmbH
Personalabteilung

________________________________________
Diese Nachricht wurde automatisch erstellt. Antworten an diese Adresse können nicht bearbeitet werden.""",
  fmt="html", cs="iso-8859-1")

m(REJ, "de", "reply_chain_status", "Rheinwerk Automotive Systems", "s.oezdemir@rheinwerk-as.example.com",
  "Selin Özdemir <s.oezdemir@rheinwerk-as.example.com>", "AW: Rückfrage zum Stand meiner Bewerbung",
  """Sehr geehrter Herr Okafor-Wendt,

danke für Ihre Nachfrage und entschuldigen Sie die späte Rückmeldung – bei uns war in den letzten Wochen sehr viel los.

Die Fachabteilung hat sich nach den Zweitgesprächen für eine andere Kandidatin entschieden. Ich hätte Ihnen das gerne früher mitgeteilt.

Beste Grüße
Selin Özdemir
Talent Acquisition
Rheinwerk Automotive Systems GmbH | Stuttgart

Am 02.06.2026 um 09:14 schrieb Jonas Okafor-Wendt:
> Sehr geehrte Frau Özdemir,
> ich wollte mich kurz nach dem Stand des Verfahrens für die Stelle als Einkäufer Rohstoffe erkundigen. Das Gespräch mit Herrn Bauer am 12. Mai hat mir sehr gut gefallen.
> Mit freundlichen Grüßen
> Jonas Okafor-Wendt""", thread="cand.0602.rheinwerk")

m(REJ, "de", "assessment_center_rail", "Donaufracht Rail", "karriere@donaufracht.example.com",
  "Donaufracht Rail Karriere <karriere@donaufracht.example.com>", "Ergebnis Assessment-Center 18.06.",
  """Sehr geehrter Herr Okafor-Wendt,

nochmals vielen Dank für Ihre Teilnahme an unserem Assessment-Center am 18. Juni in Wien.

Wir haben die Ergebnisse aller Teilnehmenden sorgfältig ausgewertet. Leider müssen wir Ihnen mitteilen, dass wir Ihnen im Rahmen dieses Auswahlverfahrens kein Angebot machen können. In der Gruppenübung und der Präsentation haben Sie überzeugt, in der Postkorbübung lagen andere Bewerber*innen vorne.

Ein detailliertes Feedback besprechen wir gerne telefonisch.

Freundliche Grüße

Mag. Doris Weninger
Recruiting & Employer Branding
Donaufracht Rail GmbH | Am Nordbahnhof 3 | 1020 Wien""",
  fmt="alt", cte="base64")

m(REJ, "de", "uni_public_sector", "Universität Steinfeld", "personalabteilung@uni-steinfeld.example.de",
  "Universität Steinfeld - Dezernat Personal <personalabteilung@uni-steinfeld.example.de>",
  "Ihre Bewerbung auf die Stellenausschreibung Nr. 26/031 (Beschaffung)",
  """Sehr geehrter Herr Okafor-Wendt,

für Ihre Bewerbung auf die oben genannte Stelle danken wir Ihnen.

Nach Abschluss des Auswahlverfahrens teilen wir Ihnen mit, dass die Auswahlkommission einer anderen Bewerberin den Vorzug gegeben hat. Wir bedauern, Ihnen keine günstigere Nachricht geben zu können.

Ihre Bewerbungsunterlagen werden nach Ablauf der Frist nach § 15 Abs. 4 AGG datenschutzgerecht vernichtet.

Mit freundlichen Grüßen
Im Auftrag

Brigitte Hanke
Dezernat 3 - Personal
Universität Steinfeld""", cs="iso-8859-1", cte="quoted-printable")

m(REJ, "de", "dvinci_klinik_logistik", "Klinikverbund Isartal", "",
  "Klinikverbund Isartal <no-reply@dvinci-hr.com>", "Ihre Bewerbung: Leitung Zentrallager (m/w/d)",
  """Sehr geehrter Herr Okafor-Wendt,

vielen Dank für Ihr Interesse an einer Tätigkeit im Klinikverbund Isartal.

Nach eingehender Prüfung haben wir uns entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen. Die ausgeschriebene Stelle erfordert mehrjährige Führungserfahrung im Krankenhausumfeld, die wir Ihren Unterlagen nicht entnehmen konnten.

Für Ihren weiteren Berufsweg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Klinikverbund Isartal gKU""", fmt="html")

m(REJ, "de", "umantis_verkehrsbetriebe", "Verkehrsbetriebe Luzernsee", "",
  "Verkehrsbetriebe Luzernsee <jobs-noreply@umantis.com>", "Absage: Fachspezialist/in Beschaffung 80-100%",
  """Sehr geehrter Herr Okafor-Wendt

Wir danken Ihnen für Ihre Bewerbung und das damit verbundene Vertrauen.
Nach eingehender Prüfung Ihres Dossiers müssen wir Ihnen leider mitteilen, dass wir Sie nicht in die engere Auswahl aufnehmen können.
Wir danken Ihnen für Ihr Interesse und wünschen Ihnen für die Zukunft alles Gute.

Freundliche Grüsse
Verkehrsbetriebe Luzernsee AG
HR-Services""", fmt="alt", cs="iso-8859-1")

m(REJ, "en", "greenhouse_soft", "Loadstar Analytics", "",
  "Loadstar Analytics <no-reply@us.greenhouse-mail.io>", "Your application at Loadstar Analytics",
  """Hi Jonas,

Thank you for your interest in the Solutions Consultant, Supply Chain (DACH) position and for taking the time to apply.

After careful consideration, we've decided to pursue other candidates whose background more closely aligns with the needs of the role at this time.

We'll keep your information on file and may reach out if a future opening looks like a match. We wish you the best of luck in your search.

Best,
The Loadstar Recruiting Team""", fmt="alt")

m(REJ, "en", "british_shant", "Harbourline Shipping", "olivia.pryce@harbourline.example.co.uk",
  "Olivia Pryce <olivia.pryce@harbourline.example.co.uk>", "Re: your application",
  """Dear Jonas,

Thank you for coming in to speak with us on Thursday - it was a pleasure to meet you.

I'm afraid that on this occasion we shan't be progressing your application to the final stage. The panel felt your experience was strong on the forwarding side but a little light on chartering, which the role needs from day one.

Do keep an eye on our vacancies; I'd be very happy to hear from you again.

Kind regards,

Olivia Pryce
Head of People
Harbourline Shipping Ltd
Rotterdam office: Wilhelminakade 900, 3072 AP Rotterdam
T: +31 10 555 0190

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Harbourline Shipping Ltd is registered in England and Wales, No. 01234567.""",
  thread="cand.0509.harbourline")

m(REJ, "en", "indian_regret_inform", "Tarang Supply Chain Solutions", "hr.careers@tarangscs.example.in",
  "HR Careers - Tarang SCS <hr.careers@tarangscs.example.in>", "Application Status - Demand Planning Lead (Europe)",
  """Dear Mr. Jonas,

Greetings from Tarang Supply Chain Solutions!

We thank you for your interest in the position of Demand Planning Lead (Europe) and for the time invested in the interview process.

We regret to inform you that your candidature has not been shortlisted for the next round. The decision was made after thorough evaluation of all profiles against the current requirement.

We shall retain your profile in our database and will revert in case of any suitable opening in future.

Wishing you all success in your endeavours.

Thanks & Regards,
Priya Raghunathan
Talent Acquisition | Tarang Supply Chain Solutions Pvt. Ltd.
Mob: +91 98450 55512 | Pune | Frankfurt

[Tarang SCS logo]
DISCLAIMER: The information contained in this e-mail message is privileged and confidential. Please consider the environment before printing this email.""",
  fmt="alt", cs="windows-1252")

m(REJ, "en", "danish_take_home", "Nordhavn Cold Chain", "mette.kjaer@nordhavn-cc.example.dk",
  "Mette Kjær <mette.kjaer@nordhavn-cc.example.dk>", "Your case assignment",
  """Hi Jonas

Thanks for sending back the case so quickly. Casper and I went through it together yesterday.

I'll be straight with you: we are not going to continue with you in the process. Your analysis of the reefer capacity was good, but we missed a clearer recommendation at the end, and another candidate was simply further along on that.

I hope the honesty is useful. You are welcome to call me if you want to go through it.

Best regards
Mette Kjær
Talent Partner
Nordhavn Cold Chain A/S · Esbjerg / Hamburg
+45 55 51 22 80""")

m(REJ, "en", "lever_very_short", "Fieldrun", "",
  "Fieldrun <no-reply@hire.lever.co>", "Fieldrun - Ops Planning Associate",
  """Hi Jonas,

Thanks for your time, but we won't be moving forward with your application.

- Fieldrun Talent""", fmt="alt")

m(REJ, "en", "polish_role_cancelled", "Wisła Freight Systems", "a.nowicka@wislafreight.example.pl",
  "Agnieszka Nowicka <a.nowicka@wislafreight.example.pl>", "Procurement Specialist (remote) - status",
  """Dear Jonas,

I hope you are well. I have to share not very good news with you. Our management board decided last Friday to freeze the recruitment for the Procurement Specialist role until Q1 next year, because of the budget revision after the new tariffs.

That means we will not continue the process with you or with the other candidates. I am really sorry, because you were one of our strongest applicants and Tomasz liked the conversation very much.

If the position opens again I will contact you first, I promise.

Best regards,
Agnieszka Nowicka
HR Manager
Wisła Freight Systems Sp. z o.o.
ul. Portowa 5, 80-555 Gdańsk
tel. +48 58 555 40 21""", cs="utf-8", cte="base64")

m(REJ, "en", "nigerian_kindly_note", "Okonkwo-Bello Commodities", "recruitment@okbcommodities.example.ng",
  "Recruitment Unit <recruitment@okbcommodities.example.ng>", "RE: APPLICATION FOR THE POST OF IMPORT/EXPORT COORDINATOR",
  """Dear Jonas Okafor-Wendt,

We acknowledge with thanks your application for the above post and the interview you attended virtually on 14th July, 2026.

Kindly note that after due consideration, the management is unable to offer you the position at this time. This is not a reflection on your competence, as the exercise was highly competitive.

Please accept our best wishes in your future endeavours.

Yours faithfully,
For: OKONKWO-BELLO COMMODITIES LIMITED

Chinwe Adeyemi (Mrs.)
Head, Human Resources
Plot 14, Creek Road, Apapa, Lagos | +234 803 555 0142""", thread="cand.0714.okb")

m(REJ, "en", "agency_exclaim", "Vantor Energy", "jake.mills@bluepeak-talent.example.com",
  "Jake Mills <jake.mills@bluepeak-talent.example.com>", "Vantor update",
  """Hey Jonas!!

Really sorry mate, just heard back from Vantor Energy and they've gone with the other candidate for the S&OP Manager role :( Honestly it was SO close, the hiring manager said your stakeholder stuff was excellent!!

Don't be disheartened - I've got a couple of other things on in Munich and Frankfurt I think you'd smash. Free for a call Thursday??

Cheers,
Jake

Jake Mills | Principal Consultant - Supply Chain DACH
BluePeak Talent
M: +49 151 555 33 019""", fmt="html")

m(REJ, "en", "aussie_gmail_chain", "Karri Logistics Group", "bec.hollis@karrilogistics.example.com.au",
  "Bec Hollis <bec.hollis@karrilogistics.example.com.au>", "Re: Final round - thanks!",
  """Hi Jonas,

Thanks heaps for coming through the final round with Dave and the team - we really enjoyed chatting.

Unfortunately we've decided to go with another candidate who's based closer to our Hamburg hub and can start a bit sooner. Genuinely a tough call.

All the best with the search, and no worries at all if you want a bit of feedback - just flick me a message.

Cheers,
Bec

On Thu, 13 Aug 2026 at 17:40, Jonas Okafor-Wendt <jonas.okafor@example.at> wrote:
> Hi Bec,
> Thanks again for organising today, it was great to meet Dave and the team.
> Looking forward to hearing from you.
> Best,
> Jonas""", fmt="alt", thread="cand.0813.karri", tz=10)

m(REJ, "fr", "regret_romand", "Transports Lémaniques", "rh@transports-lemaniques.example.ch",
  "Ressources Humaines TLM <rh@transports-lemaniques.example.ch>", "Votre candidature - Analyste supply chain",
  """Monsieur,

Nous vous remercions de l'intérêt que vous portez à notre entreprise ainsi que de votre candidature au poste d'Analyste supply chain à Lausanne.

Nous sommes au regret de vous informer que nous ne sommes pas en mesure de donner une suite favorable à votre candidature. Le nombre important de dossiers reçus nous a contraints à faire une sélection.

Nous vous souhaitons plein succès dans vos recherches et vous prions d'agréer, Monsieur, nos salutations distinguées.

Transports Lémaniques SA
Service des Ressources Humaines""", cs="iso-8859-1")

m(REJ, "fr", "teamtailor_apres_entretien", "Cargolux Partenaires", "",
  "Cargolux Partenaires <no-reply@teamtailor-mail.com>", "Suite à notre entretien",
  """Bonjour Jonas,

Merci encore pour l'échange de la semaine dernière avec Claire et Mathieu.

Après réflexion, nous avons décidé de poursuivre avec un autre profil, dont l'expérience en douane aérienne correspond davantage à nos besoins immédiats. Ce n'était pas une décision facile.

Nous te souhaitons le meilleur pour la suite !

L'équipe Talents
Cargolux Partenaires""", fmt="alt")

m(REJ, "fr", "poste_pourvu_court", "Maison Vercors Distribution", "julie.marchand@vercors-distrib.example.fr",
  "Julie Marchand <julie.marchand@vercors-distrib.example.fr>", "RE: Candidature acheteur junior",
  """Bonjour Monsieur Okafor-Wendt,

Le poste a été pourvu en interne, je suis désolée. Je garde votre CV.

Bien cordialement,
Julie Marchand
Maison Vercors Distribution

Le 3 févr. 2026 à 10:12, Jonas Okafor-Wendt <jonas.okafor@example.at> a écrit :
> Madame,
> Je me permets de revenir vers vous concernant ma candidature au poste d'acheteur junior.
> Cordialement, Jonas Okafor-Wendt""", thread="cand.0203.vercors")

m(REJ, "es", "smartrecruiters_lamentamos", "Naviera Cantábrica", "",
  "Naviera Cantábrica <no-reply@smartrecruiters.com>", "Actualización sobre tu candidatura",
  """Hola Jonas:

Gracias por tu interés en el puesto de Coordinador/a de Operaciones Portuarias en Naviera Cantábrica.

Lamentamos comunicarte que, tras revisar detenidamente tu perfil, hemos decidido continuar el proceso con otras personas candidatas cuya experiencia se ajusta más a lo que buscamos en este momento.

Te animamos a seguir atento/a a nuestras ofertas.

Un saludo,
Equipo de Talento – Naviera Cantábrica""", fmt="html")

m(REJ, "es", "tras_entrevista_chain", "Grupo Alimentario Ebro Norte", "marta.iriarte@ebronorte.example.es",
  "Marta Iriarte <marta.iriarte@ebronorte.example.es>", "RE: Entrevista Demand Planner",
  """Hola Jonas,

Muchas gracias por tu tiempo en las entrevistas. Finalmente nos hemos decantado por otro candidato con más experiencia en planificación de producto fresco, así que no seguiremos adelante con tu candidatura.

Te deseo mucha suerte.

Un abrazo,
Marta Iriarte
Selección – Grupo Alimentario Ebro Norte

El mar, 22 sept 2026 a las 11:05, Jonas Okafor-Wendt (<jonas.okafor@example.at>) escribió:
> Hola Marta,
> ¿Hay alguna novedad sobre el proceso? Quedo a vuestra disposición.
> Saludos,
> Jonas""", thread="cand.0922.ebro", fmt="alt")

m(REJ, "es", "vacante_cancelada", "Logística Mediterránea Sur", "rrhh@logmedsur.example.es",
  "RRHH Logística Mediterránea Sur <rrhh@logmedsur.example.es>", "Proceso de selección Analista de Compras",
  """Estimado Sr. Okafor-Wendt:

Le escribimos en relación con el proceso de selección para el puesto de Analista de Compras en el que usted participa.

Por motivos organizativos la vacante ha quedado cancelada y no se cubrirá en los próximos meses, por lo que damos por cerrado el proceso. Lamentamos las molestias.

Atentamente,
Departamento de Recursos Humanos
Logística Mediterránea Sur, S.L.""", cs="iso-8859-1", cte="quoted-printable")

# ----- interview_invitation -----------------------------------------------------------------------
INV = "interview_invitation"
m(INV, "de", "telefoninterview_spedition", "Spedition Aichberger", "n.wallner@aichberger.example.com",
  "Nina Wallner <n.wallner@aichberger.example.com>", "Ihre Bewerbung als Speditionskaufmann/-frau Seefracht",
  """Sehr geehrter Herr Okafor-Wendt,

vielen Dank für Ihre Bewerbung, die uns sehr angesprochen hat.

Gerne würden wir Sie in einem ersten Telefoninterview (ca. 30 Minuten) näher kennenlernen. Hätten Sie am Mittwoch, 11. Feber, um 10:00 Uhr oder am Donnerstag, 12. Feber, um 14:30 Uhr Zeit? Ich würde Sie unter der in Ihrem Lebenslauf angegebenen Nummer anrufen.

Bitte geben Sie mir kurz Bescheid, welcher Termin Ihnen besser passt.

Freundliche Grüße
Nina Wallner
Personal & Organisation
Spedition Aichberger GmbH
Welser Straße 140, 4614 Marchtrenk
T +43 7243 555 61""")

m(INV, "de", "calendly_startup_du", "Packwise", "ben@packwise.test",
  "Ben Schuster <ben@packwise.test>", "Quick question",
  """Hey Jonas,

hab deine Bewerbung für Ops Lead gesehen – klingt super spannend, vor allem die Zollsachen.

Hast du Lust auf einen kurzen Call (20 min) diese oder nächste Woche? Such dir einfach nen Slot aus: https://calendly.com/ben-packwise/intro-20

Cheers
Ben
Co-Founder, Packwise""", fmt="html")

m(INV, "de", "vorstellungsgespraech_gf_ics", "Alpenmilch Tirol", "personal@alpenmilch-tirol.example.com",
  "Alpenmilch Tirol Personalabteilung <personal@alpenmilch-tirol.example.com>",
  "Einladung zum Vorstellungsgespräch – Disponent/in Milchlogistik",
  """Sehr geehrter Herr Okafor-Wendt,

wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch mit Fachbereich und Geschäftsführung einladen zu dürfen:

Termin: Dienstag, 3. März 2026, 09:30 Uhr
Ort: Alpenmilch Tirol reg.Gen.m.b.H., Innsbrucker Straße 21, 6060 Hall in Tirol (Empfang Verwaltung)
Gesprächspartner: DI Florian Kofler (Leitung Logistik), Mag. Sabine Rainer (Geschäftsführung)

Eine Kalendereinladung liegt bei. Reisekosten erstatten wir Ihnen gemäß unserer Reisekostenrichtlinie.

Wir freuen uns auf Sie!

Mit freundlichen Grüßen
Andrea Pfurtscheller
Personalabteilung""",
  fmt="alt", ics={"uid": "alpenmilch-vg-20260303@alpenmilch-tirol.example.com",
                  "start": datetime(2026, 3, 3, 8, 30, tzinfo=UTC), "minutes": 90,
                  "summary": "Vorstellungsgespräch J. Okafor-Wendt", "location": "Hall in Tirol, Verwaltung"})

m(INV, "de", "agency_zweitgespraech", "Hafenbetriebe Bremerhaven-Nord", "f.lueders@tiedemann-personal.example.de",
  "Frauke Lüders <f.lueders@tiedemann-personal.example.de>", "Nächster Schritt!",
  """Hallo Herr Okafor-Wendt,

gute Nachrichten: die Hafenbetriebe Bremerhaven-Nord möchten Sie gerne in der nächsten Runde kennenlernen! Es wäre ein Videointerview mit dem Bereichsleiter Terminalplanung, Herrn Ohlsen.

Mögliche Zeiten: Mo 23.3. ab 13 Uhr oder Mi 25.3. vormittags. Geben Sie mir kurz Bescheid, dann stimme ich alles ab und Sie bekommen den Teams-Link direkt vom Kunden.

Viele Grüße aus Bremen
Frauke Lüders
Tiedemann Personal
Am Wall 120 · 28195 Bremen · 0421 555 8820""", cs="iso-8859-1")

m(INV, "de", "softgarden_selfschedule", "Voralberg Kunststofftechnik", "",
  "Voralberg Kunststofftechnik <noreply@softgarden.io>", "Terminvereinbarung für Ihr Videointerview",
  """Sehr geehrter Herr Okafor-Wendt,

wir möchten Sie gerne zu einem Videointerview für die Position Einkäufer Rohmaterial einladen.

Bitte wählen Sie über den folgenden Link einen für Sie passenden Termin aus:
https://voralberg.softgarden.io/interview/schedule/7e2c91

Das Gespräch dauert ca. 45 Minuten und findet über MS Teams statt.

Wir freuen uns auf das Gespräch!
Ihr Recruiting-Team der Voralberg Kunststofftechnik GmbH""", fmt="html")

m(INV, "de", "swiss_grueezi_einladung", "Rheinhafen Basel Logistik", "stefan.buergi@rhb-logistik.example.ch",
  "Stefan Bürgi <stefan.buergi@rhb-logistik.example.ch>", "Einladung Vorstellungsgespräch",
  """Grüezi Herr Okafor-Wendt

Herzlichen Dank für Ihre Bewerbung als Customs Compliance Specialist. Ihr Dossier hat uns angesprochen und wir möchten Sie gerne persönlich kennenlernen.

Passt Ihnen Freitag, 17. April, 10.00 Uhr bei uns in Basel (Hafenstrasse 7, Kleinhüningen)? Alternativ wäre auch ein Termin per Video möglich.

Freundliche Grüsse
Stefan Bürgi
Leiter Zoll & Compliance
Rheinhafen Basel Logistik AG""", cs="iso-8859-1", cte="quoted-printable")

m(INV, "de", "probearbeitstag", "Feinkost Habermann", "jobs@feinkost-habermann.example.de",
  "Feinkost Habermann <jobs@feinkost-habermann.example.de>", "Probearbeitstag Einkauf",
  """Hallo Herr Okafor-Wendt,

nach dem netten Telefonat letzte Woche würden wir Sie gern zu einem Probearbeitstag bei uns in Leipzig einladen, damit Sie das Team und unsere Abläufe im Einkauf kennenlernen. Wie wäre es mit Montag, dem 11. Mai, ab 8 Uhr? Einfach kurz zurückschreiben.

Freundliche Grüße
Claudia Habermann
Feinkost Habermann GmbH & Co. KG""")

m(INV, "de", "online_test_sap_sf", "Meridian Energie", "",
  "Meridian Energie Karriere <careers-noreply@successfactors.eu>",
  "Einladung zum Online-Test – Nächster Schritt in Ihrer Bewerbung",
  """Sehr geehrter Herr Okafor-Wendt,

wir freuen uns, Ihnen mitteilen zu können, dass Sie die erste Auswahlstufe für die Position Analyst Energy Procurement (w/m/d) erfolgreich durchlaufen haben.

Als nächsten Schritt laden wir Sie zu unserem Online-Test ein (Dauer ca. 40 Min.). Bitte führen Sie den Test bis spätestens 29.05.2026 durch:

Test starten: https://assessment.meridian-energie.example.com/t/88a1f

Im Anschluss melden wir uns bei Ihnen zur Vereinbarung eines Interviews.

Mit freundlichen Grüßen
Meridian Energie AG
Talent Acquisition

*** Dies ist eine automatisch generierte E-Mail. ***""", fmt="alt")

m(INV, "de", "uni_interview_gerne_gespraech", "Technische Hochschule Donaustadt", "sabine.koenig@th-donaustadt.example.de",
  "Dr. Sabine König <sabine.koenig@th-donaustadt.example.de>", "Auswahlgespräch Referent/in Nachhaltige Logistik",
  """Sehr geehrter Herr Okafor-Wendt,

die Auswahlkommission würde Sie gerne zu einem Auswahlgespräch einladen. Vorgesehen ist ein Kurzvortrag (10 Minuten) zum Thema "Dekarbonisierung der letzten Meile – realistische Hebel für KMU", gefolgt von einem Gespräch (ca. 35 Minuten).

Termin: 9. Juni 2026, 13:15 Uhr, Raum C 2.14, Campus Nord

Bitte bestätigen Sie Ihre Teilnahme bis zum 2. Juni. Schwerbehinderte Bewerber/innen bitten wir, uns eventuellen Unterstützungsbedarf mitzuteilen.

Mit freundlichen Grüßen
Dr. Sabine König
Institut für Logistik und Verkehr
Technische Hochschule Donaustadt""", fmt="alt", cs="iso-8859-1")

m(INV, "de", "teams_ics_only_text", "Kronauer Logistik", "recruiting@kronauer.example.at",
  "Recruiting Kronauer <recruiting@kronauer.example.at>", "Videointerview: Jonas Okafor-Wendt / Kronauer Logistik",
  """Hallo Jonas,

wie besprochen hier die Einladung zu unserem Videointerview über Microsoft Teams.

Microsoft Teams-Besprechung
Nehmen Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät teil
Hier klicken, um an der Besprechung teilzunehmen
Besprechungs-ID: 381 555 917 220
Kennung: 9xqT7v

Bis dann!
Sophie Leitner
Kronauer Logistik GmbH""", ics={"uid": "040000008200E00074C5B7101A82E00800000000kronauer",
                                 "start": datetime(2026, 7, 2, 7, 0, tzinfo=UTC),
                                 "summary": "Videointerview Jonas Okafor-Wendt / Kronauer Logistik"})

m(INV, "de", "personio_zweite_runde", "Greenbyte Mobility", "",
  "Greenbyte Mobility <no-reply@personio.de>", "Wir möchten dich gerne kennenlernen 🙂",
  """Hallo Jonas,

danke für deine Geduld! Wir möchten dich gerne in die nächste Runde für die Stelle "Sustainability Analyst Fleet & Logistics" einladen.

Im nächsten Schritt triffst du Amira (Head of Operations) und Jan (Data) in einem 60-minütigen Gespräch, in dem wir gemeinsam einen kleinen Case durchgehen.

Buche dir hier einen Termin, der dir passt:
https://greenbyte.jobs.personio.de/scheduling/5b11c2

Bis bald!
Dein Greenbyte People Team""", fmt="alt")

m(INV, "de", "xing_recruiter_telefon", "Schwarzwald Präzision", "daniela.frick@schwarzwald-praezision.example.de",
  "Daniela Frick <daniela.frick@schwarzwald-praezision.example.de>", "Ihre Bewerbung - kurzes Telefonat?",
  """Guten Morgen Herr Okafor-Wendt,

danke für Ihre Bewerbung als Supply Chain Planner. Ich würde gerne ein kurzes Telefonat (20-30 Min.) mit Ihnen führen, um die Eckdaten zu besprechen (Gehaltsvorstellung, Verfügbarkeit, Bereitschaft zu 2 Tagen/Woche vor Ort in Villingen).

Wann sind Sie diese Woche gut erreichbar?

Schöne Grüße
Daniela Frick
HR | Schwarzwald Präzision GmbH
Mobil 0170 5556621""")

m(INV, "en", "goodtime_panel", "Corvid Freight", "daniel.reyes@corvidfreight.example.com",
  "Corvid Freight Recruiting <scheduling@goodtime.io>", "Schedule your onsite interview with Corvid Freight",
  """Hi Jonas,

Congratulations on advancing to the onsite stage for Procurement Manager, Linehaul!

Your onsite consists of four 45-minute sessions (Hiring Manager, Cross-functional Partner, Case Study, Values). Please pick a day that works for you using the link below - times are shown in your local timezone.

Choose your availability: https://corvid.goodtime.io/s/7NQp2x

If you need any accommodations, reply to this email and your recruiter, Daniel, will help.

Thanks,
Corvid Freight Recruiting""", fmt="html", reply_to="Daniel Reyes <daniel.reyes@corvidfreight.example.com>")

m(INV, "en", "quick_chat_hm", "Tidewell", "sam.oduya@tidewell.example.com",
  "Sam Oduya <sam.oduya@tidewell.example.com>", "quick chat?",
  """Hi Jonas - saw your application come through for the demand planning role. Would you be free for a quick chat tomorrow or Friday? 20 mins, nothing formal. Let me know a time that works.

Sam
Sent from my iPhone""")

m(INV, "en", "indian_do_revert", "Shreeram Pharma Logistics", "vikram.desai@shreerampharma.example.in",
  "Vikram Desai <vikram.desai@shreerampharma.example.in>", "Interview Schedule - GDP Compliance Manager, Frankfurt",
  """Dear Jonas,

Greetings!!

This is with reference to your application for the GDP Compliance Manager position at our Frankfurt hub. We are pleased to inform you that you have been shortlisted for the technical round of interview.

Details as below:
Date: 16th June 2026 (Tuesday)
Time: 11:00 AM CEST / 2:30 PM IST
Mode: Zoom (link will be shared one day prior)
Panel: Mr. Rakesh Menon (VP Operations EU), Ms. Ananya Bose (QA Head)

Kindly do revert with your confirmation at the earliest. Please keep your updated CV and ID proof handy.

Thanks & Regards,
Vikram Desai
Manager - Talent Acquisition
Shreeram Pharma Logistics Pvt. Ltd.
+91 22 5550 4471""", fmt="alt", cs="windows-1252")

m(INV, "en", "greenhouse_next_stage_ics", "Parcelhub", "lucy.fernandes@parcelhub.example.com",
  "Lucy Fernandes <no-reply@greenhouse.io>", "Interview confirmation: Parcelhub - Senior Analyst, Network Planning",
  """Hi Jonas,

We'd love to move you to the next stage! Your interview has been scheduled:

Thursday, April 9, 2026
15:00 - 16:00 CEST
Interviewers: Lucy Fernandes, Arjun Mehta
Location: Google Meet - meet.google.com/xkq-ptwn-acd

A calendar invite is attached. If you need to reschedule, please reply to this email.

Best,
Lucy""", fmt="alt", reply_to="Lucy Fernandes <lucy.fernandes@parcelhub.example.com>",
  ics={"uid": "gh-int-88127341@greenhouse.io", "start": datetime(2026, 4, 9, 13, 0, tzinfo=UTC),
       "minutes": 60, "summary": "Interview: Jonas Okafor-Wendt <> Parcelhub", "location": "Google Meet"})

m(INV, "en", "agency_many_exclaims", "Halvorsen Ports", "chloe@tidemark-search.example.co.uk",
  "Chloe Barker <chloe@tidemark-search.example.co.uk>", "GREAT NEWS - interview!!",
  """Hi Jonas!!

Amazing news - Halvorsen Ports LOVED your CV and want to get you in for a first interview with the Head of Procurement!! 🎉

They're suggesting next Tuesday 10am or Wednesday 2pm (Rotterdam time), video call. Which suits?? Give me a shout on 07700 555 219 and I'll prep you properly beforehand - they're big on examples so have your customs stories ready!!

Speak soon!!
Chloe

Chloe Barker | Senior Recruiter, Maritime & Logistics
Tidemark Search""", fmt="html")

m(INV, "en", "danish_next_round", "Skovlund Foods", "rasmus.holm@skovlundfoods.example.dk",
  "Rasmus Holm <rasmus.holm@skovlundfoods.example.dk>", "Next step",
  """Hi Jonas

Thank you for the good conversation on Monday. We would like to invite you to a second interview with our COO and the S&OP lead in Aarhus or on video, as you prefer.

Would 28 May at 09:00 or 29 May at 13:00 work for you?

Best regards
Rasmus Holm
People Partner, Skovlund Foods""", thread="cand.0518.skovlund")

m(INV, "en", "workday_phone_screen", "Brightwater Energy", "",
  "Brightwater Energy <brightwater@myworkday.com>", "Action Required: Schedule your phone screen",
  """Hello Jonas,

Thank you for applying to Category Buyer - Renewables (JR-20193). Our recruiting team would like to schedule a 30 minute phone screen.

Please use the link below to select a time within the next 5 business days.

Schedule Interview
https://brightwater.wd3.myworkday.com/brightwater/d/inst/interview/31a9

Sincerely,
Brightwater Energy Talent Acquisition

This email was sent from an unmonitored mailbox.""", fmt="html")

m(INV, "en", "lever_polish_tech", "Kodrix", "marta.zielinska@kodrix.example.pl",
  "Marta Zielińska <marta.zielinska@kodrix.example.pl>", "Kodrix // technical interview",
  """Hi Jonas,

thank you for the call last week. We would like to invite you for the technical interview for the Operations Data Analyst position. It is 90 minutes, with our data lead Piotr: some SQL, and a discussion of a forecasting problem from a real customer (anonymised). No need to prepare anything special.

Proposed slots: Tue 8 Sep 10:00 CET, Wed 9 Sep 15:00 CET. Please let me know which one is fine for you.

Best,
Marta
Kodrix | Kraków · Remote""")

m(INV, "fr", "entretien_visio", "Groupe Rhodanien de Fret", "c.fabre@grf-fret.example.fr",
  "Camille Fabre <c.fabre@grf-fret.example.fr>", "Votre candidature – proposition d'entretien",
  """Bonjour Monsieur Okafor-Wendt,

Votre candidature au poste de Responsable planification S&OP a retenu toute notre attention et nous souhaiterions échanger avec vous lors d'un premier entretien en visioconférence.

Seriez-vous disponible le jeudi 19 mars à 14h00 ou le vendredi 20 mars à 10h30 ?

Dans l'attente de votre retour, je vous prie d'agréer mes salutations distinguées.

Camille Fabre
Chargée de recrutement
Groupe Rhodanien de Fret
04 72 55 51 90""", cs="iso-8859-1", cte="quoted-printable")

m(INV, "fr", "suisse_second_entretien", "Chocolats Morand", "rh@chocolats-morand.example.ch",
  "RH Chocolats Morand <rh@chocolats-morand.example.ch>", "Second entretien",
  """Bonjour Jonas,

Suite à notre premier échange, nous avons le plaisir de vous convier à un second entretien sur site à Fribourg avec le directeur des achats, M. Pasquier, le mardi 14 juillet à 9h15.

Merci de nous confirmer votre présence.

Meilleures salutations,
Elodie Rey
Ressources humaines
Chocolats Morand SA""", fmt="alt", thread="cand.0701.morand")

m(INV, "fr", "cabinet_tutoiement", "Atelier Logistique Nantais", "hugo@cap-talents.example.fr",
  "Hugo Lemaire <hugo@cap-talents.example.fr>", "Ça te dit un échange ?",
  """Salut Jonas,

Je reviens vers toi pour le poste de Demand Planner chez mon client l'Atelier Logistique Nantais. Le manager a bien aimé ton profil et aimerait faire un point en visio de 30 min la semaine prochaine. Tu es dispo mardi ou jeudi en fin de matinée ?

A très vite,
Hugo
Cap Talents – 06 55 51 22 09""")

m(INV, "es", "entrevista_telefonica", "Puerto Seco de Aragón", "lucia.gimeno@pseco-aragon.example.es",
  "Lucía Gimeno <lucia.gimeno@pseco-aragon.example.es>", "Entrevista – Técnico/a de Planificación Intermodal",
  """Hola Jonas:

Gracias por tu candidatura. Nos gustaría hacerte una primera entrevista telefónica de unos 20 minutos. ¿Te vendría bien el lunes 2 de marzo a las 12:00? Si no, dime qué franja te encaja mejor.

Un saludo,
Lucía Gimeno
Recursos Humanos
Puerto Seco de Aragón""", fmt="alt")

m(INV, "es", "pais_vasco_formal_ics", "Ferrocarriles Industriales del Norte", "seleccion@fin-norte.example.es",
  "Selección FIN Norte <seleccion@fin-norte.example.es>", "Convocatoria a entrevista presencial",
  """Estimado Sr. Okafor-Wendt:

Nos complace convocarle a una entrevista presencial para el puesto de Responsable de Compras Ferroviarias, que tendrá lugar el próximo 21 de abril a las 10:00 h en nuestras oficinas de Bilbao (Alameda Urquijo 55, 3.ª planta).

Adjuntamos la convocatoria en su calendario. Le rogamos confirme su asistencia respondiendo a este correo.

Atentamente,
Departamento de Selección
Ferrocarriles Industriales del Norte""",
  ics={"uid": "finn-entrevista-0421@fin-norte.example.es", "start": datetime(2026, 4, 21, 8, 0, tzinfo=UTC),
       "minutes": 60, "summary": "Entrevista Jonas Okafor-Wendt", "location": "Bilbao, Alameda Urquijo 55"},
  ics_mixed=True)

# ----- interview_reschedule_or_cancel -------------------------------------------------------------
RES = "interview_reschedule_or_cancel"
m(RES, "de", "verschiebung_krank", "Spedition Aichberger", "n.wallner@aichberger.example.com",
  "Nina Wallner <n.wallner@aichberger.example.com>", "AW: Ihre Bewerbung als Speditionskaufmann/-frau Seefracht",
  """Sehr geehrter Herr Okafor-Wendt,

leider muss ich unseren Termin morgen um 10:00 Uhr absagen, ich bin krankheitsbedingt ausgefallen. Können wir das Telefonat auf Montag, 16. Feber, zur gleichen Uhrzeit verschieben?

Entschuldigen Sie die Umstände!

Freundliche Grüße
Nina Wallner
Spedition Aichberger GmbH""", thread="cand.0209.aichberger")

m(RES, "de", "outlook_cancel_ics", "Kronauer Logistik", "recruiting@kronauer.example.at",
  "Recruiting Kronauer <recruiting@kronauer.example.at>", "Abgesagt: Videointerview Jonas Okafor-Wendt / Kronauer Logistik",
  """Hallo Jonas,

leider müssen wir das Videointerview am Donnerstag absagen, da unser Teamleiter kurzfristig zu einem Kunden nach Hamburg muss. Ich melde mich morgen mit neuen Terminvorschlägen.

Sorry und liebe Grüße
Sophie""", ics={"uid": "040000008200E00074C5B7101A82E00800000000kronauer",
                 "start": datetime(2026, 7, 2, 7, 0, tzinfo=UTC), "method": "CANCEL", "seq": 1,
                 "summary": "Abgesagt: Videointerview Jonas Okafor-Wendt / Kronauer Logistik"})

m(RES, "de", "neuer_termin_gf", "Alpenmilch Tirol", "personal@alpenmilch-tirol.example.com",
  "Alpenmilch Tirol Personalabteilung <personal@alpenmilch-tirol.example.com>", "Terminänderung Vorstellungsgespräch 3. März",
  """Sehr geehrter Herr Okafor-Wendt,

aufgrund eines unaufschiebbaren Termins unserer Geschäftsführerin müssen wir das Vorstellungsgespräch am 3. März leider verlegen.

Neuer Termin: Donnerstag, 5. März 2026, 14:00 Uhr, gleicher Ort. Die aktualisierte Kalendereinladung erhalten Sie mit dieser Nachricht.

Sollte Ihnen der neue Termin nicht passen, geben Sie uns bitte Bescheid.

Mit freundlichen Grüßen
Andrea Pfurtscheller
Personalabteilung
Alpenmilch Tirol reg.Gen.m.b.H.""", fmt="alt",
  ics={"uid": "alpenmilch-vg-20260303@alpenmilch-tirol.example.com",
       "start": datetime(2026, 3, 5, 13, 0, tzinfo=UTC), "minutes": 90, "seq": 2,
       "summary": "Vorstellungsgespräch J. Okafor-Wendt (NEUER TERMIN)", "location": "Hall in Tirol, Verwaltung"})

m(RES, "de", "agency_kunde_verschiebt", "Hafenbetriebe Bremerhaven-Nord", "f.lueders@tiedemann-personal.example.de",
  "Frauke Lüders <f.lueders@tiedemann-personal.example.de>", "Kleine Änderung Mittwoch",
  """Hallo Herr Okafor-Wendt,

kurze Info: Herr Ohlsen hat am Mittwoch vormittags doch eine Betriebsratssitzung. Das Interview wird deshalb auf 15:30 Uhr verschoben, gleicher Teams-Link. Passt das bei Ihnen? Sonst suchen wir was Neues.

Viele Grüße
Frauke Lüders
Tiedemann Personal""", cs="iso-8859-1")

m(RES, "de", "stelle_gestoppt_gespraech_entfaellt", "Meridian Energie", "lisa.hoffmeister@meridian-energie.example.com",
  "Lisa Hoffmeister <lisa.hoffmeister@meridian-energie.example.com>", "Ihr Interview am 15.06.",
  """Sehr geehrter Herr Okafor-Wendt,

leider muss ich Ihnen mitteilen, dass das für den 15. Juni geplante Interview nicht stattfinden kann. Die Fachabteilung prüft derzeit den Zuschnitt der Stelle neu; sobald es hierzu eine Entscheidung gibt, komme ich unaufgefordert auf Sie zu, um einen neuen Termin zu vereinbaren.

Ich bitte um Ihr Verständnis.

Mit freundlichen Grüßen
Lisa Hoffmeister
Talent Acquisition
Meridian Energie AG
Tel. +49 69 555 40 118""", fmt="alt")

m(RES, "de", "du_umplanung_mobile", "Packwise", "ben@packwise.test",
  "Ben Schuster <ben@packwise.test>", "Re: Intro Call Packwise <> Jonas",
  """Hey Jonas, sorry, mir ist ein Investor-Call reingerutscht. Können wir auf morgen 16 Uhr schieben? Gleicher Link.
Ben

Von meinem iPhone gesendet""", thread="cand.0226.packwise")

m(RES, "de", "umbuchung_fachbereich_swiss", "Rheinhafen Basel Logistik", "stefan.buergi@rhb-logistik.example.ch",
  "Stefan Bürgi <stefan.buergi@rhb-logistik.example.ch>", "AW: Einladung Vorstellungsgespräch",
  """Grüezi Herr Okafor-Wendt

Leider muss ich den Termin vom Freitag, 17. April, verschieben – unser Kollege vom Zollinspektorat Basel hat uns kurzfristig ein Audit angekündigt. Würde Ihnen Dienstag, 21. April, 14.00 Uhr passen?

Ich entschuldige mich für die Umstände.

Freundliche Grüsse
Stefan Bürgi
Rheinhafen Basel Logistik AG

-----Ursprüngliche Nachricht-----
Von: Jonas Okafor-Wendt <jonas.okafor@example.at>
Gesendet: Dienstag, 7. April 2026 19:22
An: Stefan Bürgi <stefan.buergi@rhb-logistik.example.ch>
Betreff: AW: Einladung Vorstellungsgespräch

Grüezi Herr Bürgi, der 17. April passt mir sehr gut, ich komme gerne nach Basel. Freundliche Grüsse, Jonas Okafor-Wendt""",
  thread="cand.0407.rhb", cs="iso-8859-1")

m(RES, "de", "ac_termin_abgesagt_system", "Donaufracht Rail", "karriere@donaufracht.example.com",
  "Donaufracht Rail Karriere <karriere@donaufracht.example.com>", "Absage des Termins: Assessment-Center 04.06.2026",
  """Sehr geehrter Herr Okafor-Wendt,

das für den 4. Juni 2026 geplante Assessment-Center muss aus organisatorischen Gründen leider entfallen. Wir haben den Termin auf den 18. Juni 2026, 08:30 Uhr, verlegt (Ort unverändert: Am Nordbahnhof 3, 1020 Wien).

Bitte bestätigen Sie uns kurz, ob Sie den neuen Termin wahrnehmen können.

Freundliche Grüße
Mag. Doris Weninger
Donaufracht Rail GmbH""", fmt="html")

m(RES, "en", "greenhouse_reschedule_request", "Parcelhub", "lucy.fernandes@parcelhub.example.com",
  "Lucy Fernandes <lucy.fernandes@parcelhub.example.com>", "Re: Interview confirmation: Parcelhub - Senior Analyst, Network Planning",
  """Hi Jonas,

So sorry for the late notice - Arjun has been pulled into an all-day incident review on Thursday, so we'll need to move your interview. Could you do Monday 13th at 11:00 or Tuesday 14th at 16:00 CEST instead?

Apologies again,
Lucy

Lucy Fernandes
Talent Partner | Parcelhub""", thread="cand.0407.parcelhub")

m(RES, "en", "hm_cancel_travel", "Skovlund Foods", "rasmus.holm@skovlundfoods.example.dk",
  "Rasmus Holm <rasmus.holm@skovlundfoods.example.dk>", "Change of plan for Thursday",
  """Hi Jonas

I'm afraid we have to cancel Thursday's second interview. Our COO is stuck in Singapore after a flight cancellation. I will come back to you early next week with a new date - very sorry for the inconvenience.

Best regards
Rasmus""", thread="cand.0525.skovlund")

m(RES, "en", "indian_postponed", "Shreeram Pharma Logistics", "vikram.desai@shreerampharma.example.in",
  "Vikram Desai <vikram.desai@shreerampharma.example.in>", "RE: Interview Schedule - GDP Compliance Manager, Frankfurt",
  """Dear Jonas,

Greetings of the day.

Due to unavoidable circumstances, the technical round scheduled on 16th June stands postponed. The revised schedule is 18th June 2026 at 12:00 PM CEST. Kindly confirm your availability for the revised slot.

Regret the inconvenience caused.

Thanks & Regards,
Vikram Desai
Shreeram Pharma Logistics Pvt. Ltd.""", cs="windows-1252", thread="cand.0612.shreeram")

m(RES, "en", "outlook_moved_ics", "Halvorsen Ports", "p.devries@halvorsenports.example.nl",
  "Pieter de Vries <p.devries@halvorsenports.example.nl>", "Updated invitation: First interview - Jonas Okafor-Wendt",
  """Hi Jonas,

Moving this one hour later if that's ok - my previous meeting is running long on Tuesdays. Same Teams link.

Pieter de Vries
Head of Procurement, Halvorsen Ports""", fmt="alt",
  ics={"uid": "040000008200E00074C5B7101A82E0080000halvorsen01",
       "start": datetime(2026, 5, 12, 9, 0, tzinfo=UTC), "seq": 1,
       "summary": "First interview - Jonas Okafor-Wendt"})

m(RES, "fr", "report_entretien", "Groupe Rhodanien de Fret", "c.fabre@grf-fret.example.fr",
  "Camille Fabre <c.fabre@grf-fret.example.fr>", "Report de notre entretien",
  """Bonjour Monsieur Okafor-Wendt,

Je suis contrainte de reporter notre entretien prévu jeudi à 14h00, le manager opérationnel étant retenu sur un site client. Pourriez-vous me proposer un créneau la semaine du 23 mars ?

Avec toutes mes excuses,
Camille Fabre
Groupe Rhodanien de Fret""", cs="iso-8859-1")

m(RES, "fr", "annulation_poste_gele", "Chocolats Morand", "rh@chocolats-morand.example.ch",
  "RH Chocolats Morand <rh@chocolats-morand.example.ch>", "Annulation de l'entretien du 14 juillet",
  """Bonjour Jonas,

Nous devons malheureusement annuler le second entretien prévu le 14 juillet : M. Pasquier est absent pour raisons de santé. Nous reviendrons vers vous dès que possible pour fixer une nouvelle date.

Meilleures salutations,
Elodie Rey
Chocolats Morand SA""", fmt="alt")

m(RES, "es", "cambio_hora", "Puerto Seco de Aragón", "lucia.gimeno@pseco-aragon.example.es",
  "Lucía Gimeno <lucia.gimeno@pseco-aragon.example.es>", "RE: Entrevista – Técnico/a de Planificación Intermodal",
  """Hola Jonas,

¿Podríamos cambiar la entrevista del lunes a las 12:00 al martes 3 a la misma hora? Me ha surgido una reunión con dirección que no puedo mover. Perdona el cambio.

Un saludo,
Lucía""", thread="cand.0227.pseco")

# ----- missed_interview_notice --------------------------------------------------------------------
MISS = "missed_interview_notice"
m(MISS, "de", "angerufen_nicht_erreicht", "Schwarzwald Präzision", "daniela.frick@schwarzwald-praezision.example.de",
  "Daniela Frick <daniela.frick@schwarzwald-praezision.example.de>", "Unser Telefonat heute 11 Uhr",
  """Hallo Herr Okafor-Wendt,

ich habe heute um 11 Uhr wie vereinbart versucht, Sie anzurufen, Sie aber leider nicht erreicht (auch auf die Mailbox habe ich gesprochen).

Ist etwas dazwischengekommen? Melden Sie sich gern, dann finden wir einen neuen Termin.

Schöne Grüße
Daniela Frick
Schwarzwald Präzision GmbH""")

m(MISS, "de", "teams_nicht_erschienen", "Kronauer Logistik", "s.leitner@kronauer.example.at",
  "Sophie Leitner <s.leitner@kronauer.example.at>", "Heute 9 Uhr?",
  """Hallo Jonas,

wir haben heute um 9 Uhr im Teams-Meeting auf dich gewartet, du bist aber leider nicht dazugekommen. Ich hoffe, es ist alles ok bei dir!

Gib mir bitte kurz Bescheid, ob wir einen neuen Termin ausmachen sollen.

Liebe Grüße
Sophie Leitner
Kronauer Logistik GmbH""", fmt="alt")

m(MISS, "de", "system_no_show", "Voralberg Kunststofftechnik", "",
  "Voralberg Kunststofftechnik <noreply@softgarden.io>", "Ihr Videointerview am 19.03.2026",
  """Sehr geehrter Herr Okafor-Wendt,

leider konnten Sie an Ihrem gebuchten Videointerview am 19.03.2026 um 10:00 Uhr nicht teilnehmen.

Falls Sie weiterhin Interesse an der Position haben, können Sie über den folgenden Link einmalig einen neuen Termin buchen:
https://voralberg.softgarden.io/interview/schedule/7e2c91?rebook=1

Mit freundlichen Grüßen
Ihr Recruiting-Team der Voralberg Kunststofftechnik GmbH""", fmt="html")

m(MISS, "de", "empfang_gewartet", "Feinkost Habermann", "jobs@feinkost-habermann.example.de",
  "Feinkost Habermann <jobs@feinkost-habermann.example.de>", "Probearbeitstag heute",
  """Hallo Herr Okafor-Wendt,

wir hatten Sie heute um 8 Uhr zum Probearbeitstag erwartet. Leider sind Sie nicht gekommen und wir konnten Sie auch telefonisch nicht erreichen.

Bitte melden Sie sich kurz, ob Sie noch Interesse haben.

Freundliche Grüße
Claudia Habermann""")

m(MISS, "de", "agency_kunde_wartete", "Hafenbetriebe Bremerhaven-Nord", "f.lueders@tiedemann-personal.example.de",
  "Frauke Lüders <f.lueders@tiedemann-personal.example.de>", "Was ist passiert?",
  """Hallo Herr Okafor-Wendt,

Herr Ohlsen hat mich gerade angerufen – er war um 15:30 im Teams-Meeting, Sie haben sich aber nicht eingewählt. Gab es technische Probleme? Bitte rufen Sie mich kurz an, damit ich das beim Kunden wieder geraderücken kann.

Viele Grüße
Frauke Lüders
Tiedemann Personal · 0421 555 8820""", cs="iso-8859-1", cte="quoted-printable")

m(MISS, "en", "tried_calling", "Tidewell", "sam.oduya@tidewell.example.com",
  "Sam Oduya <sam.oduya@tidewell.example.com>", "Re: quick chat?",
  """Hey Jonas, tried calling you at 2 as agreed but no answer. All good? Happy to try again another day.

Sam

On Tue, 10 Mar 2026 at 20:14, Jonas Okafor-Wendt <jonas.okafor@example.at> wrote:
> Hi Sam, Friday at 2pm works great. My number is +43 660 555 1234.
> Thanks, Jonas""", thread="cand.0310.tidewell")

m(MISS, "en", "did_not_join_zoom", "Kodrix", "marta.zielinska@kodrix.example.pl",
  "Marta Zielińska <marta.zielinska@kodrix.example.pl>", "Technical interview today",
  """Hi Jonas,

Piotr waited in the Zoom meeting for 15 minutes this morning but you did not join. I hope everything is fine on your side.

If you are still interested, please let me know and I will try to find another slot with Piotr, although his calendar is quite full until end of September.

Best,
Marta""")

m(MISS, "en", "nigerian_absent", "Okonkwo-Bello Commodities", "recruitment@okbcommodities.example.ng",
  "Recruitment Unit <recruitment@okbcommodities.example.ng>", "RE: INVITATION FOR INTERVIEW",
  """Dear Jonas,

We write to notify you that you were absent at the virtual interview slated for 10:00am (WAT) today, Thursday 9th July, 2026. The panel waited for 20 minutes.

Kindly let us know the reason for your absence latest by Monday, so that management can decide whether another date can be fixed.

Regards,
Chinwe Adeyemi (Mrs.)
Head, Human Resources
Okonkwo-Bello Commodities Limited""", thread="cand.0702.okb")

m(MISS, "fr", "absent_visio", "Atelier Logistique Nantais", "hugo@cap-talents.example.fr",
  "Hugo Lemaire <hugo@cap-talents.example.fr>", "Visio de ce matin",
  """Salut Jonas,

Le manager de l'Atelier Logistique Nantais t'a attendu ce matin en visio à 11h, tu ne t'es pas connecté. Tout va bien ? Dis-moi vite si tu veux qu'on reprogramme, je peux encore rattraper le coup.

Hugo""")

m(MISS, "es", "no_se_conecto", "Ferrocarriles Industriales del Norte", "seleccion@fin-norte.example.es",
  "Selección FIN Norte <seleccion@fin-norte.example.es>", "Entrevista del 21 de abril",
  """Estimado Sr. Okafor-Wendt:

Le esperábamos hoy a las 10:00 h en nuestras oficinas de Bilbao para la entrevista, pero no se presentó ni recibimos aviso. Le agradeceríamos que nos indicara si sigue interesado en el proceso.

Atentamente,
Departamento de Selección
Ferrocarriles Industriales del Norte""", cs="iso-8859-1")

# ----- application_received -----------------------------------------------------------------------
ACK = "application_received"
m(ACK, "de", "softgarden_eingang", "Stadtwerke Traunfeld", "",
  "Stadtwerke Traunfeld <noreply@softgarden.io>", "Eingangsbestätigung Ihrer Bewerbung",
  """Guten Tag Herr Okafor-Wendt,

vielen Dank für Ihre Bewerbung als Einkäufer*in Energie & Netze. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns in den nächsten Wochen bei Ihnen. Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Freundliche Grüße
Ihr Personalmanagement
Stadtwerke Traunfeld GmbH""", fmt="alt")

m(ACK, "de", "workday_eingang_kein_feedback", "Hallwang Logistik", "",
  "Hallwang Logistik <hallwang@myworkday.com>", "Vielen Dank für Ihre Bewerbung - Demand Planner (m/w/d)",
  """Sehr geehrter Herr Okafor-Wendt,

vielen Dank für Ihre Bewerbung! Wir haben Ihre Unterlagen erhalten und werden diese nun sorgfältig prüfen.

Bitte haben Sie Verständnis dafür, dass wir aufgrund der Vielzahl an Bewerbungen nicht jede Bewerbung individuell beantworten können. Sollte Ihr Profil zu unseren Anforderungen passen, wird sich unser Recruiting-Team innerhalb von drei Wochen bei Ihnen melden.

Mit freundlichen Grüßen
Ihr Talent Acquisition Team
Hallwang Logistik GmbH""", fmt="html")

m(ACK, "de", "personio_danke_du", "Lumio Commerce", "",
  "Lumio Commerce <no-reply@personio.de>", "Danke für deine Bewerbung, Jonas!",
  """Hey Jonas,

wie cool, dass du dich als Operations Analyst (Fulfillment) bei Lumio beworben hast! Deine Bewerbung ist gut bei uns angekommen.

Wir schauen uns alles in Ruhe an und melden uns innerhalb von 10 Tagen bei dir. Leider können wir in dieser frühen Phase kein individuelles Feedback geben – wir hoffen, du verstehst das.

Bis bald!
Dein Lumio People Team""", fmt="alt")

m(ACK, "de", "rexx_kennziffer", "Oberland Pharma Distribution", "",
  "Oberland Pharma Distribution <bewerbermanagement@rexx-recruitment.com>", "Eingangsbestätigung - Kennziffer 2026-117",
  """Sehr geehrter Herr Okafor-Wendt,

wir bestätigen den Eingang Ihrer Bewerbung als Sachbearbeiter Zoll & Außenhandel (m/w/d) unter der Kennziffer 2026-117.

Die Bearbeitung kann einige Zeit in Anspruch nehmen. Wir bitten Sie, von Rückfragen zum Stand Ihrer Bewerbung abzusehen.

Mit freundlichen Grüßen
Oberland Pharma Distribution GmbH
Personalabteilung""", fmt="html", cs="iso-8859-1")

m(ACK, "de", "ams_stadt_eingang", "Linzer Lokalbahn", "bewerbung@linzer-lokalbahn.example.at",
  "Bewerbungsmanagement Linzer Lokalbahn <bewerbung@linzer-lokalbahn.example.at>", "Bestätigung: Bewerbung eingelangt",
  """Sehr geehrter Herr Okafor-Wendt,

wir bestätigen hiermit, dass Ihre Bewerbung für die Stelle "Disponent*in Betriebsplanung" bei uns eingelangt ist.

Das Auswahlverfahren wird voraussichtlich bis Ende Jänner abgeschlossen sein. Wir ersuchen Sie um etwas Geduld.

Mit freundlichen Grüßen
Linzer Lokalbahn AG
Personalmanagement

Gemäß DSGVO speichern wir Ihre Daten ausschließlich zum Zweck des Bewerbungsverfahrens.""", cs="windows-1252")

m(ACK, "de", "umantis_swiss_dossier", "Verkehrsbetriebe Luzernsee", "",
  "Verkehrsbetriebe Luzernsee <jobs-noreply@umantis.com>", "Ihre Bewerbung ist bei uns eingegangen",
  """Sehr geehrter Herr Okafor-Wendt

Vielen Dank für Ihre Bewerbung als Fachspezialist/in Beschaffung 80-100%. Ihr Dossier ist vollständig bei uns eingegangen.

Wir werden Ihre Unterlagen sorgfältig prüfen und uns so rasch als möglich bei Ihnen melden.

Freundliche Grüsse
Verkehrsbetriebe Luzernsee AG
HR-Services""", fmt="alt", cs="iso-8859-1")

m(ACK, "de", "kleine_firma_persoenlich", "Tischlerei & Holzbau Gruber", "office@holzbau-gruber.example.at",
  "Holzbau Gruber Office <office@holzbau-gruber.example.at>", "AW: Bewerbung Einkauf / Arbeitsvorbereitung",
  """Grüß Gott Herr Okafor-Wendt,

danke für Ihre Bewerbung, ist angekommen. Der Chef ist bis 20. auf Urlaub, danach schaut er sich das an und wir melden uns.

Liebe Grüße
Sandra Egger
Büro
Tischlerei & Holzbau Gruber GmbH
St. Johann in Tirol""", thread="cand.0806.gruber")

m(ACK, "de", "dvinci_eingang", "Klinikverbund Isartal", "",
  "Klinikverbund Isartal <no-reply@dvinci-hr.com>", "Eingangsbestätigung: Leitung Zentrallager (m/w/d)",
  """Sehr geehrter Herr Okafor-Wendt,

vielen Dank für Ihre Bewerbung und Ihr Interesse an einer Mitarbeit im Klinikverbund Isartal. Ihre Unterlagen sind bei uns eingegangen und werden nun an die zuständigen Stellen weitergeleitet.

Bitte sehen Sie von telefonischen Nachfragen ab; wir informieren Sie, sobald wir eine Entscheidung getroffen haben.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Klinikverbund Isartal gKU""", fmt="html")

m(ACK, "de", "successfactors_received", "Meridian Energie", "",
  "Meridian Energie Karriere <careers-noreply@successfactors.eu>", "Bewerbungseingang: Analyst Energy Procurement (w/m/d)",
  """Sehr geehrter Herr Okafor-Wendt,

Ihre Bewerbung für die Position Analyst Energy Procurement (w/m/d), Req ID 41877, wurde erfolgreich übermittelt.

Sie können den Status Ihrer Bewerbung jederzeit im Kandidatenprofil einsehen.
Bitte beachten Sie: Aufgrund der hohen Anzahl von Bewerbungen ist es uns leider nicht möglich, jeder Bewerberin und jedem Bewerber eine individuelle Rückmeldung zu Zwischenständen zu geben.

Mit freundlichen Grüßen
Meridian Energie AG
Talent Acquisition""", fmt="alt", cte="base64")

m(ACK, "de", "bite_teamtailor_suedtirol", "Obstgenossenschaft Etschtal", "",
  "Obstgenossenschaft Etschtal <jobs@b-ite.net>", "Ihre Bewerbung bei der Obstgenossenschaft Etschtal",
  """Sehr geehrter Herr Okafor-Wendt,

herzlichen Dank für Ihre Bewerbung als Logistikplaner/in Lager & Kühlhaus (Bozen/Lana). Wir haben Ihre Unterlagen erhalten.

Wir melden uns innerhalb der nächsten zwei Wochen bei Ihnen.

Freundliche Grüße – Cordiali saluti
Personalbüro
Obstgenossenschaft Etschtal

Diese Nachricht wurde automatisch versandt.""", fmt="html", cs="iso-8859-1")

m(ACK, "en", "greenhouse_received", "Loadstar Analytics", "",
  "Loadstar Analytics <no-reply@us.greenhouse-mail.io>", "Thank you for applying to Loadstar Analytics",
  """Hi Jonas,

Thanks for applying to the Solutions Consultant, Supply Chain (DACH) role at Loadstar Analytics! We've received your application and our team will review it shortly.

If your experience is a good fit, a member of our recruiting team will reach out to discuss next steps. Due to the high volume of applications, we are unable to respond to every applicant individually - thank you for understanding.

Best,
Loadstar Analytics Recruiting""", fmt="alt")

m(ACK, "en", "lever_received", "Fieldrun", "",
  "Fieldrun <no-reply@hire.lever.co>", "Thanks for applying to Fieldrun",
  """Hi Jonas,

Thank you for your interest in Fieldrun! We wanted to let you know we received your application for Ops Planning Associate, and we are delighted that you would consider joining our team.

Our team will review your application and will be in touch if your qualifications match our needs for the role.

Regards,
Fieldrun""", fmt="html")

m(ACK, "en", "indian_acknowledge", "Tarang Supply Chain Solutions", "hr.careers@tarangscs.example.in",
  "HR Careers - Tarang SCS <hr.careers@tarangscs.example.in>", "Acknowledgement - Demand Planning Lead (Europe)",
  """Dear Jonas,

Greetings from Tarang Supply Chain Solutions!

We acknowledge receipt of your application for the position of Demand Planning Lead (Europe). Our Talent Acquisition team is presently evaluating the profiles and shall revert to shortlisted candidates within 15 working days.

Please note that we are unable to provide individual feedback at this stage.

Thanks & Regards,
HR Careers Team
Tarang Supply Chain Solutions Pvt. Ltd.""", cs="windows-1252")

m(ACK, "en", "workday_brightwater_received", "Brightwater Energy", "",
  "Brightwater Energy <brightwater@myworkday.com>", "Application Received - Category Buyer - Renewables (JR-20193)",
  """Hello Jonas Okafor-Wendt,

Thank you for your interest in Brightwater Energy. We have received your application for Category Buyer - Renewables (JR-20193).

What happens next? Our Talent Acquisition team will review your qualifications. You can check your application status at any time by signing in to our Candidate Home.

Sincerely,
Brightwater Energy Talent Acquisition

This email was sent from an unmonitored mailbox.""", fmt="html")

m(ACK, "en", "smartrecruiters_polish", "Wisła Freight Systems", "",
  "Wisła Freight Systems <no-reply@smartrecruiters.com>", "Your application for Procurement Specialist (remote)",
  """Dear Jonas,

Thank you for applying for the Procurement Specialist (remote) position at Wisła Freight Systems. Your application has been successfully submitted.

We will review your profile and contact you if it matches our requirements.

Kind regards,
Wisła Freight Systems Recruitment Team""", fmt="alt")

m(ACK, "en", "hm_personal_thanks_received", "Nordhavn Cold Chain", "mette.kjaer@nordhavn-cc.example.dk",
  "Mette Kjær <mette.kjaer@nordhavn-cc.example.dk>", "Re: Application - Planning Specialist Hamburg",
  """Hi Jonas

Thanks, got your application and CV. I will share it with the hiring manager this week and come back to you as soon as I hear something.

Best regards
Mette Kjær
Nordhavn Cold Chain A/S""", thread="cand.0612.nordhavn")

m(ACK, "fr", "accuse_reception", "Transports Lémaniques", "",
  "Transports Lémaniques <recrutement-noreply@transports-lemaniques.example.ch>", "Accusé de réception de votre candidature",
  """Monsieur,

Nous accusons bonne réception de votre candidature au poste d'Analyste supply chain et vous en remercions.

Celle-ci va être étudiée avec attention. Compte tenu du nombre important de candidatures, nous ne serons pas en mesure de répondre individuellement à chacune d'entre elles ; si votre profil est retenu, nous vous contacterons sous trois semaines.

Service des Ressources Humaines
Transports Lémaniques SA""", fmt="alt", cs="iso-8859-1")

m(ACK, "fr", "welcome_kit_candidature", "Cargolux Partenaires", "",
  "Cargolux Partenaires <no-reply@teamtailor-mail.com>", "Nous avons bien reçu ta candidature 🚀",
  """Hello Jonas,

Merci pour ta candidature au poste de Coordinateur·rice douane ! Elle est bien arrivée chez nous.

On revient vers toi d'ici deux semaines maximum, promis.

L'équipe Talents
Cargolux Partenaires""", fmt="html")

m(ACK, "es", "acuse_recibo", "Naviera Cantábrica", "",
  "Naviera Cantábrica <no-reply@smartrecruiters.com>", "Hemos recibido tu candidatura",
  """Hola Jonas:

¡Gracias por presentar tu candidatura al puesto de Coordinador/a de Operaciones Portuarias! La hemos recibido correctamente.

Nuestro equipo revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo. Debido al gran volumen de candidaturas, no podemos responder de forma individual a todas las personas.

Un saludo,
Equipo de Talento – Naviera Cantábrica""", fmt="html")

m(ACK, "es", "recibido_formal", "Logística Mediterránea Sur", "rrhh@logmedsur.example.es",
  "RRHH Logística Mediterránea Sur <rrhh@logmedsur.example.es>", "Recepción de CV – Analista de Compras",
  """Estimado Sr. Okafor-Wendt:

Le confirmamos la recepción de su currículum para el puesto de Analista de Compras. Su candidatura será valorada junto con el resto de perfiles recibidos y le informaremos del resultado.

Atentamente,
Departamento de Recursos Humanos
Logística Mediterránea Sur, S.L.""", cs="iso-8859-1")

# ----- offer --------------------------------------------------------------------------------------
OFFER = "offer"
m(OFFER, "de", "zusage_dienstzettel", "Kronauer Logistik", "s.leitner@kronauer.example.at",
  "Sophie Leitner <s.leitner@kronauer.example.at>", "Gute Neuigkeiten 🙂",
  """Hallo Jonas,

ich darf dir heute offiziell mitteilen, dass wir dich sehr gerne als Supply Chain Planner bei Kronauer Logistik an Bord hätten!

Wie am Telefon besprochen: Einstieg mit 1. September, Bruttojahresgehalt EUR 54.600 (14 Gehälter), Gleitzeit, 2 Tage Homeoffice. Den Dienstzettel und den Dienstvertrag findest du im Anhang – bitte schau alles in Ruhe durch und schick mir die unterschriebene Version bis 14. August zurück.

Bei Fragen ruf mich jederzeit an!

Liebe Grüße
Sophie Leitner
Kronauer Logistik GmbH
+43 664 555 3014""", attach="Dienstvertrag_Okafor-Wendt.pdf")

m(OFFER, "de", "angebot_formal", "Rheinhafen Basel Logistik", "stefan.buergi@rhb-logistik.example.ch",
  "Stefan Bürgi <stefan.buergi@rhb-logistik.example.ch>", "Vertragsangebot Customs Compliance Specialist",
  """Grüezi Herr Okafor-Wendt

Wir freuen uns sehr, Ihnen nach den Gesprächen die Stelle als Customs Compliance Specialist anbieten zu dürfen. Im Anhang finden Sie unser Vertragsangebot (Jahreslohn CHF 98'500 brutto, 13 Monatslöhne, Eintritt per 1. Juli 2026 oder nach Vereinbarung).

Wir bitten Sie, uns den unterschriebenen Arbeitsvertrag bis 15. Mai zu retournieren. Für Fragen stehe ich Ihnen gerne zur Verfügung.

Freundliche Grüsse
Stefan Bürgi
Leiter Zoll & Compliance
Rheinhafen Basel Logistik AG""", attach="Arbeitsvertrag_RHB_Okafor-Wendt.pdf", cs="iso-8859-1", cte="quoted-printable")

m(OFFER, "de", "muendlich_bestaetigung", "Feinkost Habermann", "c.habermann@feinkost-habermann.example.de",
  "Claudia Habermann <c.habermann@feinkost-habermann.example.de>", "Wie telefonisch besprochen",
  """Hallo Herr Okafor-Wendt,

wie heute am Telefon schon gesagt: wir möchten Sie sehr gerne als Einkäufer bei uns einstellen! Hier nochmal die Eckpunkte schriftlich: 48.000 € brutto im Jahr, 30 Tage Urlaub, Start am 1. Juli. Den Arbeitsvertrag schicke ich Ihnen nächste Woche per Post.

Wir freuen uns!
Claudia Habermann
Feinkost Habermann GmbH & Co. KG""")

m(OFFER, "de", "bedingtes_angebot_referenzen", "Alpenmilch Tirol", "personal@alpenmilch-tirol.example.com",
  "Alpenmilch Tirol Personalabteilung <personal@alpenmilch-tirol.example.com>", "Ihre Bewerbung – Zusage vorbehaltlich Referenzen",
  """Sehr geehrter Herr Okafor-Wendt,

wir freuen uns, Ihnen mitteilen zu können, dass wir Ihnen die Stelle als Disponent Milchlogistik anbieten möchten. Die Zusage erfolgt vorbehaltlich positiver Referenzauskünfte; bitte nennen Sie uns dazu zwei Ansprechpersonen aus Ihren letzten Anstellungen.

Das Monatsgehalt beträgt EUR 3.850 brutto (14x), Dienstbeginn nach Vereinbarung. Nach Eingang der Referenzen übermitteln wir Ihnen den Dienstvertrag.

Mit freundlichen Grüßen
Andrea Pfurtscheller
Personalabteilung
Alpenmilch Tirol reg.Gen.m.b.H.""", fmt="alt")

m(OFFER, "de", "agency_angebot_du", "Hafenbetriebe Bremerhaven-Nord", "f.lueders@tiedemann-personal.example.de",
  "Frauke Lüders <f.lueders@tiedemann-personal.example.de>", "!!! Angebot !!!",
  """Hallo Herr Okafor-Wendt,

ich hab's ja gehofft: die Hafenbetriebe Bremerhaven-Nord möchten Ihnen die Stelle als Terminalplaner anbieten! 62.000 € fix plus Bonus bis 10 %, Start 1.10. Das schriftliche Angebot kommt heute Nachmittag direkt von der Personalabteilung.

Rufen Sie mich an, wenn Sie es durchgesprochen haben – ich bin so gespannt!

Frauke Lüders
Tiedemann Personal · 0421 555 8820""", cs="iso-8859-1")

m(OFFER, "en", "offer_letter_attached", "Parcelhub", "lucy.fernandes@parcelhub.example.com",
  "Lucy Fernandes <lucy.fernandes@parcelhub.example.com>", "Your offer from Parcelhub 🎉",
  """Hi Jonas,

I'm thrilled to share that we'd like to offer you the role of Senior Analyst, Network Planning! Please find your offer letter attached, including compensation details, equity and benefits.

The offer is valid until Friday, 8 May. Happy to jump on a call to go through anything.

Congrats and welcome (hopefully!),
Lucy

Lucy Fernandes
Talent Partner | Parcelhub""", fmt="alt", attach="Parcelhub_Offer_Letter_JOW.pdf")

m(OFFER, "en", "indian_pleased_to_offer", "Shreeram Pharma Logistics", "vikram.desai@shreerampharma.example.in",
  "Vikram Desai <vikram.desai@shreerampharma.example.in>", "Offer of Employment - GDP Compliance Manager",
  """Dear Jonas,

Further to your interview and subsequent discussions, we are pleased to offer you the position of GDP Compliance Manager at our Frankfurt hub, on the terms discussed.

Please find enclosed the offer letter. Kindly sign and revert a scanned copy by 3rd July 2026 as a token of your acceptance.

Looking forward to having you on board.

Thanks & Regards,
Vikram Desai
Manager - Talent Acquisition
Shreeram Pharma Logistics Pvt. Ltd.""", attach="Offer_Letter_Jonas_OkaforWendt.pdf", cs="windows-1252")

m(OFFER, "en", "verbal_followup_aussie", "Southern Cross Forwarding", "dave.mcinnes@southerncross-fwd.example.com.au",
  "Dave McInnes <dave.mcinnes@southerncross-fwd.example.com.au>", "Following up",
  """G'day Jonas,

Great chatting just now. As mentioned, we'd love to have you join us as Planning Manager in Hamburg. Our HR team will send through the formal contract tomorrow - 78k base plus the car allowance we talked about.

Have a think over the weekend and let us know.

Cheers,
Dave
Dave McInnes | GM Europe | Southern Cross Forwarding""", tz=2)

m(OFFER, "fr", "promesse_embauche", "Groupe Rhodanien de Fret", "c.fabre@grf-fret.example.fr",
  "Camille Fabre <c.fabre@grf-fret.example.fr>", "Proposition d'embauche",
  """Bonjour Monsieur Okafor-Wendt,

Suite à nos différents échanges, j'ai le plaisir de vous proposer le poste de Responsable planification S&OP en CDI, basé à Lyon, pour une rémunération annuelle brute de 58 000 euros.

Vous trouverez ci-joint la promesse d'embauche. Merci de nous la retourner signée avant le 30 avril.

Bien cordialement,
Camille Fabre
Groupe Rhodanien de Fret""", attach="Promesse_embauche_Okafor-Wendt.pdf", cs="iso-8859-1")

m(OFFER, "es", "oferta_formal", "Puerto Seco de Aragón", "lucia.gimeno@pseco-aragon.example.es",
  "Lucía Gimeno <lucia.gimeno@pseco-aragon.example.es>", "Oferta – Técnico/a de Planificación Intermodal",
  """Hola Jonas:

¡Enhorabuena! Nos alegra mucho comunicarte que queremos contar contigo como Técnico de Planificación Intermodal. Te adjunto la carta de oferta con las condiciones (salario bruto anual de 38.000 €, incorporación el 1 de junio).

Si estás de acuerdo, fírmala y envíanosla antes del 15 de abril.

Un abrazo,
Lucía Gimeno
Recursos Humanos – Puerto Seco de Aragón""", fmt="alt", attach="Carta_oferta_PSA.pdf")

# ----- other --------------------------------------------------------------------------------------
OTHER = "other"


def bulk(list_id: str, unsub: str) -> dict[str, str]:
    """The headers a mailing list or alert service adds to every message."""
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsub}>, <mailto:unsubscribe@{unsub.split('/')[2]}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}


m(OTHER, "de", "stepstone_jobagent", "", "", "StepStone Jobagent <jobagent@stepstone.de>",
  "12 neue Jobs für „Einkäufer“ in München und Umgebung",
  """Hallo Jonas,

hier sind deine neuesten Jobs für „Einkäufer“:

Strategischer Einkäufer (m/w/d) – Isarwerk Antriebe GmbH – München – vor 1 Tag
Operativer Einkäufer Elektronik – Brennermoser AG – Rosenheim – vor 2 Tagen
Junior Category Manager Verpackung – FrischKontor GmbH – Freising – Neu
Einkäufer Logistikdienstleistungen – Südbahn Cargo – München – vor 3 Tagen
... und 8 weitere

Alle Jobs ansehen: https://www.stepstone.de/jobagent/r/8812?utm_source=mail

Tipp der Woche: Absage bekommen? So nutzt du das Feedback für dein nächstes Vorstellungsgespräch.

Du erhältst diese E-Mail, weil du einen Jobagenten angelegt hast. Jobagent abbestellen""",
  fmt="html", hdrs=bulk("<jobagent.stepstone.de>", "https://www.stepstone.de/unsub/8812"))

m(OTHER, "de", "karriere_at_jobalarm", "", "", "karriere.at <jobalarm@karriere.at>", "Dein Jobalarm: 7 neue Jobs",
  """Servus Jonas!

7 neue Jobs passend zu deinem Jobalarm "Supply Chain Planner Oberösterreich":

• Demand Planner (m/w/x) · Traun · ab € 3.400 brutto/Monat
• SCM Analyst · Wels · ab € 3.900 brutto/Monat
• Disponent*in Lager · Enns · ab € 2.900 brutto/Monat
• Sachbearbeiter*in Zoll · Linz · ab € 3.100 brutto/Monat

Jetzt bewerben auf karriere.at

Jobalarm bearbeiten | Abmelden""", fmt="alt",
  hdrs=bulk("Jobalarm <jobalarm.karriere.at>", "https://www.karriere.at/jobalarm/abmelden?id=66b1"))

m(OTHER, "de", "xing_profilbesucher", "", "", "XING <mailrobot@mail.xing.com>", "3 Recruiter haben Ihr Profil besucht",
  """Hallo Jonas Okafor-Wendt,

Ihr Profil ist gefragt! In den letzten 7 Tagen haben 3 Recruiter Ihr Profil angesehen, darunter jemand von einer Personalberatung in Wien.

Mit XING Premium sehen Sie, wer Sie besucht hat.

Jetzt Premium testen

Diese E-Mail wurde an jonas.okafor@example.at gesendet. Benachrichtigungseinstellungen ändern.""", fmt="html",
  hdrs=bulk("<notifications.xing.com>", "https://www.xing.com/settings/notifications/unsub/1"))

m(OTHER, "de", "willhaben_paket_verzoegert", "", "", "willhaben <noreply@willhaben.at>", "Dein PayLivery-Paket: Zustellung verzögert sich",
  """Hallo Jonas,

leider verzögert sich die Zustellung deines Pakets (Artikel: "Lenovo Dockingstation USB-C") um 1-2 Werktage. Der Grund ist ein erhöhtes Sendungsaufkommen beim Zustelldienst.

Sendungsnummer: 1Z55506XF03
Wir entschuldigen uns für die Unannehmlichkeiten.

Dein willhaben-Team""", fmt="html")

m(OTHER, "de", "post_sendung", "", "", "Österreichische Post <sendungsinfo@post.example.at>", "Ihre Sendung 1040555992861 – neue Zustellinfo",
  """Sehr geehrter Herr Okafor-Wendt,

Ihre Sendung konnte heute leider nicht zugestellt werden, da niemand angetroffen wurde. Sie liegt ab morgen 14:00 Uhr in Ihrer Post-Geschäftsstelle 1100 Wien zur Abholung bereit.

Sie können auch einen neuen Zustelltermin wählen: https://www.post.example.at/sv/1040555992861

Ihre Post""", cs="iso-8859-1")

m(OTHER, "de", "finanzonline_databox", "", "", "FinanzOnline <noreply@bmf.example.at>", "Neue Nachricht in Ihrer DataBox",
  """Sehr geehrte Teilnehmerin! Sehr geehrter Teilnehmer!

In Ihrer FinanzOnline DataBox ist ein neues Dokument eingelangt (Einkommensteuerbescheid 2025).

Bitte beachten Sie, dass Zustellungen in die DataBox mit dem Einlangen als zugestellt gelten.

Ihr FinanzOnline-Team
Diese Nachricht wurde automatisch erstellt.""", cs="iso-8859-1")

m(OTHER, "de", "oegk_antrag_eingegangen", "", "", "ÖGK Service <service-noreply@oegk.example.at>",
  "Ihr Antrag auf Kostenerstattung ist eingegangen",
  """Sehr geehrter Herr Okafor-Wendt,

wir bestätigen den Eingang Ihres Antrags auf Kostenerstattung (Wahlarzt, Rechnung vom 14.01.2026) über meineÖGK.

Die Bearbeitung dauert derzeit etwa 4 bis 6 Wochen. Aufgrund der Vielzahl an Anträgen bitten wir Sie, von Rückfragen abzusehen.

Mit freundlichen Grüßen
Österreichische Gesundheitskasse""", fmt="alt")

m(OTHER, "de", "kreditkarte_antrag", "", "", "Alpenländische Bank <kreditkarte@alpenbank.example.at>",
  "Ihr Antrag auf eine Kreditkarte – Eingangsbestätigung",
  """Sehr geehrter Herr Okafor-Wendt,

vielen Dank für Ihren Antrag auf eine Mastercard Gold. Ihre Bewerbung um die Kreditkarte ist bei uns eingegangen und wird derzeit geprüft.

Sie erhalten innerhalb von 5 Werktagen eine Rückmeldung. Bitte beachten Sie, dass wir leider keine Auskunft über die Gründe einer eventuellen Ablehnung geben können.

Ihre Alpenländische Bank
Dies ist eine automatisch erstellte Nachricht.""", fmt="html")

m(OTHER, "de", "wohnung_absage", "", "", "Hausverwaltung Brandl & Söhne <vermietung@hv-brandl.example.at>",
  "Ihre Bewerbung für die Wohnung Favoritenstraße 88/14",
  """Sehr geehrter Herr Okafor-Wendt,

vielen Dank für Ihr Interesse an der Wohnung in der Favoritenstraße 88/14 und für Ihre Bewerbungsunterlagen.

Leider müssen wir Ihnen mitteilen, dass sich die Eigentümerin für einen anderen Mietinteressenten entschieden hat. Wir wünschen Ihnen viel Erfolg bei der weiteren Wohnungssuche.

Mit freundlichen Grüßen
Ing. Gerhard Brandl
Hausverwaltung Brandl & Söhne""", cs="windows-1252")

m(OTHER, "de", "oebb_verspaetung", "", "", "ÖBB Reiseinfo <reiseinfo@oebb.example.at>", "Ihre Reise Wien Hbf – Salzburg Hbf: Verspätung",
  """Sehr geehrter Fahrgast,

Ihr Zug RJX 662 (Abfahrt Wien Hbf 07:30) wird voraussichtlich mit einer Verspätung von 25 Minuten in Salzburg Hbf ankommen. Grund: Reparatur an der Oberleitung.

Ihre Fahrgastrechte: ab 60 Minuten Verspätung erhalten Sie eine Entschädigung.

Gute Reise wünschen Ihre ÖBB""", fmt="html")

m(OTHER, "de", "wien_energie_abrechnung", "", "", "Wien Energie <kundenservice@wienenergie.example.at>", "Ihre Jahresabrechnung 2025 ist da",
  """Sehr geehrter Herr Okafor-Wendt,

Ihre Jahresabrechnung für Strom und Gas ist ab sofort in Ihrem Kundenportal verfügbar. Ihr neuer Teilbetrag ab März beträgt EUR 94,00.

Tipp: Mit unserem Energiespar-Check finden Sie heraus, wo Sie im Haushalt sparen können.

Mit freundlichen Grüßen
Ihr Wien Energie Kundenservice""", fmt="alt", hdrs={"Precedence": "bulk"})

m(OTHER, "de", "fitnessstudio_termin", "", "", "FitLoft Wien <hallo@fitloft.example.at>", "Dein Termin fürs Trainingsgespräch 🏋️",
  """Hi Jonas,

dein Einführungsgespräch mit Coach Melissa ist für Donnerstag, 18:30 Uhr gebucht. Bitte komm 10 Minuten früher und bring ein Handtuch mit!

Kannst du nicht? Dann sag den Termin bitte bis 24h vorher in der App ab, sonst verfällt dein Gratis-Check.

Sportliche Grüße
Dein FitLoft Team""", fmt="html")

m(OTHER, "de", "wifi_kurs_anmeldung", "", "", "WIFI Oberösterreich <kundenservice@wifi-ooe.example.at>",
  "Anmeldebestätigung: Zollrecht kompakt (Kurs 44718)",
  """Sehr geehrter Herr Okafor-Wendt,

vielen Dank für Ihre Anmeldung. Wir bestätigen Ihren Platz im Kurs „Zollrecht kompakt – Präferenzen und Ursprung“ (Kursnummer 44718).

Kursbeginn: Montag, 13. April 2026, 18:00 Uhr, WIFI Linz, Raum 2.07
Kursbeitrag: EUR 690,00 (Förderung über das AMS möglich)

Mit freundlichen Grüßen
Ihr WIFI-Kundenservice""", cs="iso-8859-1")

m(OTHER, "de", "wko_newsletter", "", "", "Wirtschaftskammer Newsletter <newsletter@wko.example.at>",
  "WKO-Newsletter Verkehr: Neue CO2-Maut, Fachkräfte und Lieferketten",
  """Liebe Leserin, lieber Leser,

in dieser Ausgabe:
- CO2-Maut 2026: Was Frächter jetzt wissen müssen
- Lieferkettengesetz: Neue Leitfäden für KMU
- Fachkräftemangel in der Spedition: Warum Bewerber Absagen erhalten und wie Betriebe das Vorstellungsgespräch attraktiver gestalten
- Termine: Branchentreff Logistik am 22. Mai

Zum Newsletter im Browser: https://news.wko.example.at/nl/2026-05

Sie erhalten diesen Newsletter als Mitglied der Fachgruppe. Abmelden""", fmt="html",
  hdrs=bulk("WKO Verkehr <verkehr.newsletter.wko.example.at>", "https://news.wko.example.at/unsub/verkehr"))

m(OTHER, "de", "karriere_newsletter_absagen", "", "", "Karriere-Briefing <briefing@jobmagazin.example.de>",
  "Warum du nach dem Vorstellungsgespräch keine Rückmeldung bekommst",
  """Hallo Jonas,

diese Woche im Karriere-Briefing:

Ghosting nach dem Vorstellungsgespräch – was tun?
Wochenlang keine Rückmeldung, dann eine Standardabsage: „Leider haben wir uns für einen anderen Kandidaten entschieden.“ Wir haben mit Recruiterinnen gesprochen, warum das passiert und wie du freundlich nachfasst.

Interview verpasst? So rettest du die Situation
Wer einen Termin verschlafen hat, sollte sich innerhalb von 24 Stunden entschuldigen.

Und: Gehaltsverhandlung nach dem Angebot – die fünf häufigsten Fehler.

Weiterlesen: https://jobmagazin.example.de/briefing/2026-19

Du bekommst diese Mail, weil du das Karriere-Briefing abonniert hast. Abbestellen""", fmt="alt",
  hdrs=bulk("Karriere-Briefing <briefing.jobmagazin.example.de>", "https://jobmagazin.example.de/abo/ende"))

m(OTHER, "de", "freund_eigene_absage", "", "", "Kerem Yıldız <kerem.yildiz@mailbox.example.org>", "hab die Absage bekommen",
  """Hey Jonas,

kurzes Update von mir: ich hab heute die Absage von der Spedition in Hörsching bekommen. „Wir haben uns für einen Kandidaten entschieden, der besser zum Profil passt“ – nach drei Gesprächen!! Bin echt angefressen.

Wie läuft's bei dir mit Basel? Lass uns am Wochenende mal auf ein Bier gehen, dann erzähl ich dir alles.

lg Kerem""")

m(OTHER, "de", "eigene_nachfrage_gesendet", "", "", ME_FULL, "Nachfrage zu meiner Bewerbung als Einkäufer Rohstoffe",
  """Sehr geehrte Frau Özdemir,

ich wollte mich kurz nach dem Stand des Verfahrens für die Stelle als Einkäufer Rohstoffe erkundigen. Das Vorstellungsgespräch mit Herrn Bauer am 12. Mai hat mir sehr gut gefallen, und ich bin nach wie vor sehr an der Position interessiert.

Über eine kurze Rückmeldung würde ich mich freuen.

Mit freundlichen Grüßen
Jonas Okafor-Wendt
+43 660 555 1234""", to="Selin Özdemir <s.oezdemir@rheinwerk-as.example.com>")

m(OTHER, "de", "linkedin_inmail_hinweis", "", "", "LinkedIn <messages-noreply@linkedin.com>",
  "Jana Hofbauer hat Ihnen eine Nachricht gesendet",
  """Jana Hofbauer
Senior Talent Sourcer

„Hallo Herr Okafor-Wendt, ich bin auf Ihr Profil gestoßen und finde Ihren Hintergrund in der Zollabwicklung sehr interessant. Ich betreue mehrere Positionen im Bereich Trade Compliance in Süddeutschland und würde Sie gerne in mein Netzwerk aufnehmen …“

Antworten: https://www.linkedin.com/messaging/thread/2-ZmQ1

Sie erhalten Benachrichtigungen über InMail-Nachrichten. Abmelden""", fmt="html",
  hdrs=bulk("<messages.linkedin.com>", "https://www.linkedin.com/e/v2/unsub/9"))

m(OTHER, "de", "personalberater_kaltakquise", "", "", "Michael Aigner <m.aigner@aigner-consulting.example.at>",
  "Ihr Profil",
  """Sehr geehrter Herr Okafor-Wendt,

ich bin über XING auf Ihr Profil aufmerksam geworden. Wir besetzen laufend Positionen in Einkauf, Supply Chain und Logistik für namhafte Industriekunden in Österreich und Süddeutschland.

Falls Sie offen für Veränderungen sind, schicken Sie mir gerne Ihren aktuellen Lebenslauf sowie Ihre Gehaltsvorstellung – ich nehme Sie dann in unseren Kandidatenpool auf und melde mich, sobald ein passendes Mandat vorliegt.

Beste Grüße
Michael Aigner
Aigner Consulting
Mariahilfer Straße 77, 1060 Wien""")

m(OTHER, "de", "abwesenheit_recruiterin", "", "", "Selin Özdemir <s.oezdemir@rheinwerk-as.example.com>",
  "Automatische Antwort: Nachfrage zu meiner Bewerbung als Einkäufer Rohstoffe",
  """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 5. Juni nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an bewerbung@rheinwerk-as.example.com.

Mit freundlichen Grüßen
Selin Özdemir""", hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  thread="cand.0602.rheinwerk")

m(OTHER, "de", "standup_kalender", "", "", "Google Kalender <calendar-notification@google.com>",
  "Benachrichtigung: Daily Stand-up Projektgruppe CO2-Bilanz @ Mo 2. März 2026 09:15 - 09:30 (MEZ)",
  """Daily Stand-up Projektgruppe CO2-Bilanz
Montag, 2. März 2026 ⋅ 09:15 – 09:30
Google Meet: meet.google.com/bqs-ykrx-tfa

Organisator: Teresa Mair
Teilnehmer: Jonas Okafor-Wendt, Teresa Mair, Lukas Brunner

Sie erhalten diese Erinnerung, weil Sie Benachrichtigungen für diesen Kalender aktiviert haben.""",
  hdrs={"Auto-Submitted": "auto-generated"})

m(OTHER, "de", "radio_interview_anfrage", "", "", "Verena Lindner <verena.lindner@radio-donauwelle.example.at>",
  "Interviewanfrage: Lieferketten und Zoll nach den neuen US-Zöllen",
  """Lieber Herr Okafor-Wendt,

ich bin Redakteurin bei Radio Donauwelle und bereite einen Beitrag über die Folgen der neuen Zölle für mittelständische Speditionen vor. Ihr Artikel auf LinkedIn dazu hat mir sehr gefallen.

Hätten Sie Lust auf ein kurzes Interview (ca. 10 Minuten, aufgezeichnet per Telefon) am Mittwoch oder Donnerstag? Der Beitrag läuft dann im Morgenjournal.

Herzliche Grüße
Verena Lindner
Redaktion Wirtschaft, Radio Donauwelle""")

m(OTHER, "de", "uni_zulassung_absage", "", "", "Hochschule Rheinberg Studierendensekretariat <zulassung@hs-rheinberg.example.de>",
  "Ihr Antrag auf Zulassung zum Masterstudium Supply Chain Management",
  """Sehr geehrter Herr Okafor-Wendt,

wir bedauern, Ihnen mitteilen zu müssen, dass wir Ihnen im Wintersemester 2026/27 keinen Studienplatz im Masterstudiengang Supply Chain Management (berufsbegleitend) anbieten können. Die Zahl der Bewerbungen überstieg die Zahl der verfügbaren Plätze deutlich.

Den rechtsmittelfähigen Bescheid finden Sie in Ihrem Bewerbungsportal.

Mit freundlichen Grüßen
Studierendensekretariat
Hochschule Rheinberg""", cs="iso-8859-1")

m(OTHER, "de", "ams_ejobroom", "", "", "AMS eJob-Room <ejobroom-noreply@ams.example.at>",
  "Neue Stellenangebote zu Ihrem Suchprofil",
  """Sehr geehrter Herr Okafor-Wendt,

zu Ihrem Suchprofil „Logistik / Einkauf, Wien und Umgebung“ wurden 5 neue Stellenangebote veröffentlicht:

1. Speditionskaufmann/-frau Luftfracht – Schwechat
2. Einkaufsassistenz – Wiener Neudorf
3. Lagerleiter/in Stellvertretung – Wien 23
4. Supply Chain Coordinator (Englisch) – Wien 3
5. Disponent/in Nahverkehr – Wien 11

Details im eJob-Room: https://jobroom.ams.example.at/suchprofil/4471

Ihr AMS""", fmt="alt")

m(OTHER, "de", "user_research_bankapp", "", "", "Team Research – Alpenländische Bank <research@alpenbank.example.at>",
  "Sag uns deine Meinung: 30-Minuten-Interview zur neuen App",
  """Hallo Jonas,

wir entwickeln unsere Banking-App weiter und suchen Kundinnen und Kunden für kurze Interviews (30 Minuten, per Video). Als Dankeschön gibt's einen 40-€-Gutschein.

Wenn du Lust hast, such dir hier einen Termin aus: https://research.alpenbank.example.at/calendly/ux-2026

Danke und liebe Grüße
Dein Research-Team""", fmt="html", hdrs={"Precedence": "bulk"})

m(OTHER, "en", "linkedin_job_alert", "", "", "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
  "30+ new jobs for \"Demand Planner\" in Vienna, Austria",
  """Your job alert for Demand Planner in Vienna, Austria

Demand Planner - Nordic Bottling Group - Vienna (Hybrid) - Actively recruiting
S&OP Analyst - Calderon Pharma - Vienna - Be an early applicant
Supply Planner - Vessner Foods - Wiener Neudorf - 12 applicants
Demand Planning Manager - Koltro - Remote (EU)

See all jobs: https://www.linkedin.com/comm/jobs/search?alertId=3481

You are receiving Job Alert emails. Unsubscribe | Help""", fmt="html",
  hdrs=bulk("<jobalerts.linkedin.com>", "https://www.linkedin.com/comm/jobs/alerts/unsub/3481"))

m(OTHER, "en", "indeed_digest", "", "", "Indeed <alert@indeed.com>", "Operations Analyst jobs in Remote",
  """Jonas, new jobs matching your search:

Operations Analyst - Logistics
Brightline Parcel - Remote
€45,000 - €55,000 a year
Easily apply

Trade Compliance Specialist
Oakmere Components - Remote in Germany
Responsive employer

Procurement Data Analyst
Vantara Retail - Remote

View all jobs: https://www.indeed.com/q-operations-analyst-remote-jobs.html

Unsubscribe from these alerts""", fmt="html",
  hdrs=bulk("<alerts.indeed.com>", "https://www.indeed.com/alert/unsub/77c1"))

m(OTHER, "en", "careers_weekly_rejection", "", "", "The Supply Chain Careers Weekly <hello@scweekly.example.com>",
  "Rejected after the final round? Read this.",
  """This week: bouncing back from rejection

"Unfortunately, we've decided to move forward with other candidates." If you've had that email after four interview rounds, you're not alone. We asked five hiring managers what really happens after the final interview - and why the feedback is so thin.

Also inside:
- Missed an interview? A template apology that actually works
- Offer negotiation: when to push, when to sign
- 40 open roles in procurement and planning across Europe

Read online: https://scweekly.example.com/issues/112

You're receiving this because you subscribed at scweekly.example.com. Unsubscribe.""", fmt="alt",
  hdrs=bulk("SC Careers Weekly <weekly.scweekly.example.com>", "https://scweekly.example.com/unsubscribe/9ad"))

m(OTHER, "en", "agency_marketing_cold", "", "", "Ryan Whitaker <ryan.whitaker@northgate-recruit.example.co.uk>",
  "Exciting opportunities in Procurement!",
  """Hi Jonas,

Hope you're well! I came across your profile and thought I'd reach out - we're working on loads of exciting Procurement and Supply Chain roles across Germany and the Netherlands right now, from Buyer up to Head of.

If you're open to hearing about new opportunities, just send over your latest CV and I'll keep you in mind as things come in!

Have a great week!!
Ryan

Ryan Whitaker | Northgate Recruitment
To unsubscribe from future emails please reply REMOVE.""")

m(OTHER, "en", "podcast_interview", "", "", "Nadia Brooks <nadia@freighttalk.example.com>", "Guest interview on Freight Talk?",
  """Hi Jonas,

I host Freight Talk, a small podcast about the people behind European logistics. I loved your post on rail freight and customs delays at the Brenner.

Would you be up for an interview as a guest on the show? Recording takes about 45 minutes over Riverside, whenever suits you in May.

Cheers,
Nadia Brooks
Host, Freight Talk""")

m(OTHER, "en", "user_research_interview", "", "", "Shipflow Research <research@shipflow.example.com>",
  "Share your experience: 45-minute interview (€75 voucher)",
  """Hi Jonas,

You used Shipflow's free customs tariff lookup last month - thanks! Our product team is running user research interviews to understand how planners like you work with HS codes.

The interview takes 45 minutes over Zoom and you'll receive a €75 voucher as a thank-you.

Book a slot: https://shipflow.example.com/research/book

Thanks,
The Shipflow Research Team""", fmt="html", hdrs={"Precedence": "bulk"})

m(OTHER, "en", "gps_position_tracker", "", "", "TrackIt Alerts <alerts@trackit.example.com>",
  "Position update: 'Bike' left the safe zone",
  """Your tracker "Bike" has left the safe zone "Home".

Current position: 48.1873° N, 16.3614° E (Margaretengürtel, 1050 Wien)
Speed: 14 km/h
Time: 07:42

View live location: https://app.trackit.example.com/t/bike

You can change zone alerts in the app.""", fmt="alt")

m(OTHER, "en", "order_delayed", "", "", "Nordstrand Outdoor <orders@nordstrand-outdoor.example.com>",
  "Unfortunately your order #NS-558213 is delayed",
  """Hi Jonas,

Unfortunately your order #NS-558213 (Trail Runner GTX, size 44) is delayed because of a stock issue at our warehouse. We now expect to ship it on 17 June.

We're sorry for the wait. If you'd rather cancel, you can do so from your account with a full refund.

The Nordstrand Team""", fmt="html")

m(OTHER, "en", "neobank_card_application", "", "", "Velo Bank <no-reply@velobank.example.com>",
  "We've received your application",
  """Hi Jonas,

Thanks for applying for the Velo Metal credit card. We've received your application and are reviewing it now.

Most decisions are made within 2 business days. We'll email you as soon as we have an answer. Please note we're unable to provide individual feedback on credit decisions.

Velo Bank
Velo Bank is a trading name of Velo Financial Services.""", fmt="html")

m(OTHER, "en", "ooo_recruiter", "", "", "Lucy Fernandes <lucy.fernandes@parcelhub.example.com>",
  "Out of Office: Thank you for today",
  """Hi,

Thanks for your email. I'm out of the office until Monday 27 April with limited access to email. For anything urgent regarding interviews please contact talent@parcelhub.example.com.

Best,
Lucy""", hdrs={"Auto-Submitted": "auto-replied"}, thread="cand.0415.parcelhub")

m(OTHER, "en", "own_sent_thank_you", "", "", ME_FULL, "Thank you - final round",
  """Hi Bec,

Thanks again for organising today, it was great to meet Dave and the team and hear about the plans for the Hamburg hub. The discussion on the rail shuttle to Duisburg was especially interesting.

Looking forward to hearing from you about the next steps.

Best,
Jonas""", to="Bec Hollis <bec.hollis@karrilogistics.example.com.au>")

m(OTHER, "en", "friend_rejected_too", "", "", "Amaka Eze <amaka.eze@mailbox.example.net>", "ugh",
  """Jonas!! Remember that planning job at the brewery I told you about? Got the "we regret to inform you" email this morning. After a take-home AND two interviews. I'm so done.

Anyway how did your interview with the port people go? Call me later?

A x

Sent from my iPhone""")

m(OTHER, "en", "standup_reminder", "", "", "Microsoft Outlook <no-reply@calendar.example.com>",
  "Reminder: Weekly stand-up - Volunteer logistics team (Tafel Wien)",
  """Weekly stand-up - Volunteer logistics team
When: Wednesday, 15 April 2026 18:00-18:15 (UTC+01:00) Vienna
Where: Microsoft Teams meeting

Join the meeting now

Organizer: Hannah Ecker""", fmt="html", hdrs={"Auto-Submitted": "auto-generated"})

m(OTHER, "en", "admission_decision", "", "", "Erasmus Admissions Office <admissions@rotterdam-sb.example.nl>",
  "Your admission decision - MSc Supply Chain Management",
  """Dear Jonas Okafor-Wendt,

Thank you for applying to the MSc in Supply Chain Management, part-time track, for the academic year 2026-2027.

After careful review of your application by the admissions committee, we regret to inform you that we are unable to offer you a place in the programme. The number of qualified applicants greatly exceeded the places available.

We wish you every success in your future studies and career.

Admissions Office
Rotterdam School of Business and Logistics""", fmt="alt")

m(OTHER, "en", "staffing_cold_revert", "", "", "Rahul Khanna <rahul.k@primeedge-staffing.example.in>",
  "Job Opportunity || SAP MM Consultant || Germany || Contract",
  """Hi Jonas,

Hope you are doing great!!

This is Rahul from PrimeEdge Staffing. We have multiple urgent requirements with our esteemed clients in Germany for SAP MM / Procurement profiles. Please find the JD below for your reference.

Role: SAP MM Consultant
Location: Frankfurt (Hybrid)
Duration: 12 months, extendable

If interested, kindly revert with your updated CV, current CTC, expected CTC and notice period at the earliest.

Thanks & Regards,
Rahul Khanna
PrimeEdge Staffing Pvt Ltd
If you do not wish to receive such mails please reply with UNSUBSCRIBE in the subject line.""", cs="windows-1252")

m(OTHER, "fr", "wttj_digest", "", "", "Welcome to the Jobs <hello@welcometothejobs.example.com>",
  "Jonas, 9 offres qui pourraient te plaire cette semaine",
  """Salut Jonas,

Voici ta sélection de la semaine :

Supply Chain Planner – Maison Brûlerie – Lyon – CDI
Acheteur·se Transport – Cargoville – Marseille – CDI
Analyste Opérations – Pique-Nique Frais – Paris – Télétravail partiel

Et aussi : « Refus après un entretien : comment rebondir ? » sur notre média.

Voir toutes les offres : https://www.welcometothejobs.example.com/fr/me/alerts

Se désabonner""", fmt="html",
  hdrs=bulk("<alerts.welcometothejobs.example.com>", "https://www.welcometothejobs.example.com/unsub/a1"))

m(OTHER, "fr", "newsletter_carriere", "", "", "Cadres & Carrières <newsletter@cadres-carrieres.example.fr>",
  "Entretien d'embauche : 7 erreurs qui coûtent une offre",
  """Bonjour,

Au sommaire de votre lettre hebdomadaire :

- Entretien d'embauche : les 7 erreurs qui coûtent une offre
- « Nous sommes au regret de vous informer… » : décrypter une lettre de refus
- Promesse d'embauche ou contrat : quelle valeur juridique ?

Lire la lettre en ligne : https://cadres-carrieres.example.fr/lettre/2026-21

Vous recevez cet e-mail car vous êtes inscrit à notre lettre d'information. Se désinscrire.""", fmt="alt", cs="iso-8859-1",
  hdrs=bulk("Cadres et Carrieres <lettre.cadres-carrieres.example.fr>", "https://cadres-carrieres.example.fr/desinscription"))

m(OTHER, "fr", "absence_rh", "", "", "Julie Marchand <julie.marchand@vercors-distrib.example.fr>",
  "Réponse automatique : Candidature acheteur junior",
  """Bonjour,

Je suis absente du bureau jusqu'au 16 février inclus. Pour toute demande urgente, merci de contacter le service RH au 04 76 55 51 00.

Cordialement,
Julie Marchand""", hdrs={"Auto-Submitted": "auto-replied"}, thread="cand.0210.vercors")

m(OTHER, "fr", "assurance_adhesion", "", "", "Mutuelle Alpine <ne-pas-repondre@mutuelle-alpine.example.fr>",
  "Votre demande d'adhésion a bien été reçue",
  """Bonjour Monsieur Okafor-Wendt,

Nous vous confirmons la bonne réception de votre demande d'adhésion à la formule Santé Sérénité. Votre dossier est en cours d'étude par nos services.

Vous recevrez une réponse sous 10 jours ouvrés.

Mutuelle Alpine
Ceci est un message automatique, merci de ne pas y répondre.""", fmt="html")

m(OTHER, "fr", "presse_interview", "", "", "Antoine Girard <a.girard@journal-logistique.example.fr>",
  "Demande d'interview – dossier fret ferroviaire",
  """Bonjour Monsieur Okafor-Wendt,

Je prépare pour le Journal de la Logistique un dossier sur le fret ferroviaire transalpin et j'ai lu avec intérêt votre commentaire sur le corridor du Brenner.

Accepteriez-vous de répondre à quelques questions lors d'une interview téléphonique de 20 minutes la semaine prochaine ? Vous seriez cité avec votre accord.

Bien cordialement,
Antoine Girard
Journaliste, Journal de la Logistique""")

m(OTHER, "es", "infojobs_alertas", "", "", "Alertas de Empleo <alertas@empleoya.example.es>",
  "5 nuevas ofertas de Técnico de Compras",
  """Hola Jonas,

Estas son las nuevas ofertas que coinciden con tu alerta "Técnico de Compras – Remoto":

- Técnico/a de Compras Internacionales – Grupo Azahar – Remoto
- Comprador/a Junior – Textiles Miramar – Barcelona (híbrido)
- Analista de Aprovisionamiento – Logivia – Remoto

Ver todas: https://www.empleoya.example.es/alertas/7712

Darte de baja de esta alerta""", fmt="html",
  hdrs=bulk("<alertas.empleoya.example.es>", "https://www.empleoya.example.es/baja/7712"))

m(OTHER, "es", "streaming_pago", "", "", "Cinestream <info@cinestream.example.com>",
  "Hay un problema con tu pago",
  """Hola Jonas:

No hemos podido procesar el pago de tu suscripción mensual. Actualiza tu método de pago para seguir disfrutando de Cinestream sin interrupciones.

Actualizar pago: https://www.cinestream.example.com/account/payment

El equipo de Cinestream""", fmt="html")

m(OTHER, "es", "amigo_rechazo", "", "", "Pablo Serrano <pablo.serrano@correo.example.net>", "Re: ¿qué tal todo?",
  """Jonas, tío, me acaban de rechazar en lo de Zaragoza. "Hemos decidido continuar con otros candidatos", después de tres entrevistas. En fin, a seguir buscando.

¿Tú qué tal con lo de Bilbao? Cuéntame.

Un abrazo,
Pablo

El jue, 14 may 2026 a las 21:03, Jonas Okafor-Wendt (<jonas.okafor@example.at>) escribió:
> ¡Hola Pablo! ¿Qué tal todo? ¿Al final te llamaron de la empresa de Zaragoza?
> Un abrazo""", thread="cand.0514.pablo")

m(OTHER, "es", "envio_retrasado", "", "", "Envíos Rápidos <notificaciones@enviosrapidos.example.es>",
  "Tu envío está retrasado",
  """Hola:

Lamentamos informarte de que tu envío 55RT0091ES sufre un retraso por incidencias en el centro de distribución. La nueva fecha estimada de entrega es el 9 de octubre.

Sigue tu envío: https://www.enviosrapidos.example.es/seguimiento/55RT0091ES

Gracias por tu paciencia.""", fmt="alt", cs="iso-8859-1")

m(OTHER, "es", "encuesta_entrevista_ux", "", "", "Equipo de Producto – Rutafácil <producto@rutafacil.example.es>",
  "¿Nos ayudas? Entrevista de 30 minutos",
  """Hola Jonas:

Estamos mejorando Rutafácil, la app de planificación de rutas que usas, y nos encantaría hacerte una breve entrevista (30 min, por videollamada) sobre cómo planificas tus envíos. Como agradecimiento, te regalamos tres meses de plan Pro.

Elige el horario aquí: https://rutafacil.example.es/investigacion

¡Gracias!
Equipo de Producto""", fmt="html", hdrs={"Precedence": "bulk"})

# Messages whose text names a day get a matching date; the rest spread over Jan-Oct 2026.
DATES = {slug: d(text) for slug, text in {
    "workday_eingang_kein_feedback": "02-02 08:11", "workday_hallwang": "03-09 07:02",
    "softgarden_eingang": "01-12 09:30", "softgarden_stadtwerke": "02-20 10:05",
    "frachtwerk_du_after_interview": "03-18 15:22", "swiss_besetzt_iso": "04-08 13:10",
    "pankraz_on_hold": "05-05 09:00", "fallstudie_1252": "04-14 11:45",
    "agency_relayed_client": "06-03 11:20", "mobile_terse_brauerei": "04-24 07:55",
    "personio_danke_du": "04-02 18:03", "personio_du": "04-20 10:12",
    "rexx_kennziffer": "02-16 06:40", "rexx_bedauern": "03-30 06:41",
    "eigene_nachfrage_gesendet": "06-02 07:14", "abwesenheit_recruiterin": "06-02 07:15",
    "reply_chain_status": "06-08 14:30", "ac_termin_abgesagt_system": "05-20 09:00",
    "assessment_center_rail": "06-26 08:00", "uni_public_sector": "07-10 10:00",
    "dvinci_eingang": "03-02 12:00", "dvinci_klinik_logistik": "04-15 12:00",
    "umantis_swiss_dossier": "05-11 09:00", "umantis_verkehrsbetriebe": "06-12 09:00",
    "greenhouse_received": "01-20 17:00", "greenhouse_soft": "02-12 21:40",
    "british_shant": "05-12 10:30", "indian_acknowledge": "03-16 05:00",
    "indian_regret_inform": "04-28 06:00", "hm_personal_thanks_received": "06-13 07:30",
    "danish_take_home": "07-08 09:00", "lever_received": "08-03 16:00", "lever_very_short": "08-05 16:00",
    "smartrecruiters_polish": "06-22 08:00", "polish_role_cancelled": "07-27 08:00",
    "nigerian_absent": "07-09 10:30", "nigerian_kindly_note": "07-30 09:00",
    "agency_exclaim": "04-30 15:00", "own_sent_thank_you": "08-13 15:40", "aussie_gmail_chain": "08-20 00:30",
    "accuse_reception": "02-23 09:00", "regret_romand": "03-25 09:00",
    "welcome_kit_candidature": "05-04 10:00", "teamtailor_apres_entretien": "06-01 10:00",
    "poste_pourvu_court": "02-05 08:00", "absence_rh": "02-10 09:00",
    "acuse_recibo": "03-05 11:00", "smartrecruiters_lamentamos": "03-26 11:00",
    "tras_entrevista_chain": "09-24 12:00", "recibido_formal": "08-24 10:00", "vacante_cancelada": "09-30 10:00",
    "telefoninterview_spedition": "02-04 09:00", "verschiebung_krank": "02-10 15:00",
    "calendly_startup_du": "02-23 19:00", "du_umplanung_mobile": "02-27 08:00",
    "vorstellungsgespraech_gf_ics": "02-18 10:00", "neuer_termin_gf": "02-26 10:00",
    "bedingtes_angebot_referenzen": "03-16 09:00",
    "agency_zweitgespraech": "03-17 09:00", "agency_kunde_verschiebt": "03-24 08:00",
    "agency_kunde_wartete": "03-25 15:10", "agency_angebot_du": "04-22 12:00",
    "softgarden_selfschedule": "03-10 08:00", "system_no_show": "03-19 09:30",
    "swiss_grueezi_einladung": "04-01 09:00", "umbuchung_fachbereich_swiss": "04-08 07:00",
    "angebot_formal": "04-30 09:00", "probearbeitstag": "05-04 12:00", "empfang_gewartet": "05-11 07:30",
    "muendlich_bestaetigung": "06-02 14:00", "successfactors_received": "05-12 07:00",
    "online_test_sap_sf": "05-20 07:00", "stelle_gestoppt_gespraech_entfaellt": "06-10 08:00",
    "uni_interview_gerne_gespraech": "05-22 10:00", "teams_ics_only_text": "06-24 09:00",
    "outlook_cancel_ics": "06-30 13:00", "teams_nicht_erschienen": "07-09 07:30",
    "zusage_dienstzettel": "07-31 10:00", "personio_zweite_runde": "06-15 09:00",
    "xing_recruiter_telefon": "01-26 07:30", "angerufen_nicht_erreicht": "01-29 10:15",
    "goodtime_panel": "04-20 15:00", "quick_chat_hm": "03-09 18:00", "tried_calling": "03-13 13:10",
    "indian_do_revert": "06-05 06:00", "indian_postponed": "06-12 06:00", "indian_pleased_to_offer": "06-24 06:00",
    "greenhouse_next_stage_ics": "04-02 12:00", "greenhouse_reschedule_request": "04-07 09:00",
    "ooo_recruiter": "04-15 17:00", "offer_letter_attached": "04-30 09:00",
    "agency_many_exclaims": "05-06 10:00", "outlook_moved_ics": "05-11 14:00",
    "danish_next_round": "05-20 08:00", "hm_cancel_travel": "05-26 07:00",
    "workday_brightwater_received": "07-06 12:00", "workday_phone_screen": "07-14 12:00",
    "lever_polish_tech": "09-01 09:00", "did_not_join_zoom": "09-08 08:30",
    "entretien_visio": "03-11 09:00", "report_entretien": "03-17 10:00", "promesse_embauche": "04-15 09:00",
    "suisse_second_entretien": "07-02 09:00", "annulation_poste_gele": "07-10 12:00",
    "cabinet_tutoiement": "09-14 10:00", "absent_visio": "09-22 10:30",
    "entrevista_telefonica": "02-24 10:00", "cambio_hora": "02-27 11:00", "oferta_formal": "03-20 10:00",
    "pais_vasco_formal_ics": "04-10 08:00", "no_se_conecto": "04-21 10:00",
    "standup_kalender": "03-01 17:00", "standup_reminder": "04-15 15:45", "order_delayed": "06-08 09:00",
    "wifi_kurs_anmeldung": "03-20 10:00", "uni_zulassung_absage": "07-20 10:00",
    "admission_decision": "05-28 14:00", "oegk_antrag_eingegangen": "01-22 10:00",
    "wko_newsletter": "05-06 06:00", "karriere_newsletter_absagen": "05-08 05:30",
    "newsletter_carriere": "05-20 06:00", "freund_eigene_absage": "04-09 19:00",
    "friend_rejected_too": "05-13 11:00", "envio_retrasado": "10-05 09:00",
    "wien_energie_abrechnung": "02-10 08:00", "amigo_rechazo": "05-15 08:00",
    "verbal_followup_aussie": "09-11 16:00",
}.items()}


if __name__ == "__main__":
    main()

"""Writes the thirty-first labelled corpus: three months of Henrik Vogt's job-search inbox.

Run `python tests/corpus_thirtyfirst/make_thirtyfirst.py` to rewrite every .eml and labels.csv.
Each message below is written out by hand (its own wording); the helpers only choose the MIME
structure, charset, transfer encoding, reply-chain style and headers. Standard library only.
"""

from __future__ import annotations

import csv
import hashlib
import re
import shutil
from datetime import datetime
from email.message import EmailMessage
from email.policy import default
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent
ME = "Henrik Vogt <henrik.vogt@example.org>"
MY_ADDR = "henrik.vogt@example.org"
OUT_POLICY = default.clone(linesep="\n", max_line_length=78)

_LATIN1 = str.maketrans({"\u2013": "-", "\u201e": '"', "\u201c": '"', "\u2019": "'"})
ROWS: list[dict[str, str]] = []
MESSAGES: list[tuple[str, EmailMessage]] = []


def _msgid(seed: str, sender: str) -> str:
    domain = sender.rsplit("@", 1)[-1].rstrip(">").strip() or "example.org"
    digest = hashlib.sha1(seed.encode()).hexdigest()
    return f"<{digest[:12]}.{digest[12:20]}@{domain}>"


def _date(when: str, tz: str) -> str:
    return format_datetime(datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz)))


def _text_from_html(html: str) -> str:
    text = re.sub(r"(?is)<(style|head).*?</\1>", "", html)
    text = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</h\d>|</li>", "\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = text.replace("&nbsp;", " ").replace("&amp;", "&")
    return re.sub(r"\n\s*\n+", "\n\n", text).strip() + "\n"


def quote(style: str, who: str, when: str, text: str) -> str:
    """A quoted earlier message in the way a given mail program writes it."""
    if style == "outlook":
        name, addr, subject = who.split("|")
        return (f"\n\n________________________________\nFrom: {name} <{addr}>\nSent: {when}\n"
                f"To: {name if addr != MY_ADDR else 'Recruiting'}\nSubject: {subject}\n\n{text}\n")
    if style == "outlook_de":
        name, addr, subject = who.split("|")
        return (f"\n\n-----Ursprüngliche Nachricht-----\nVon: {name} <{addr}>\nGesendet: {when}\n"
                f"An: Bewerbungen\nBetreff: {subject}\n\n{text}\n")
    intro = {
        "gmail": f"On {when}, {who} wrote:",
        "de": f"Am {when} schrieb {who}:",
        "fr": f"Le {when}, {who} a écrit :",
        "es": f"El {when}, {who} escribió:",
    }[style]
    quoted = "\n".join("> " + line if line else ">" for line in text.splitlines())
    return f"\n\n{intro}\n{quoted}\n"


def ics(method: str, uid: str, start: str, end: str, summary: str, organizer: str,
        tz: str = "Europe/Berlin", location: str = "", seq: int = 0, status: str = "CONFIRMED") -> str:
    """A minimal iCalendar invitation (REQUEST) or cancellation (CANCEL)."""
    zone = ZoneInfo(tz)
    utc = ZoneInfo("UTC")

    def stamp(value: str) -> str:
        local = datetime.strptime(value, "%Y-%m-%d %H:%M").replace(tzinfo=zone)
        return local.astimezone(utc).strftime("%Y%m%dT%H%M%SZ")

    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Corpus31//Mail Calendar//EN", f"METHOD:{method}",
        "BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}", f"DTSTAMP:{stamp(start)}",
        f"DTSTART:{stamp(start)}", f"DTEND:{stamp(end)}", f"SUMMARY:{summary}",
        f"ORGANIZER;CN=Organizer:mailto:{organizer}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{MY_ADDR}",
        f"STATUS:{status}",
    ]
    if location:
        lines.append(f"LOCATION:{location}")
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines)


def add(kind: str, scen: str, lang: str, company: str, contact: str, frm: str, subject: str,
        body: str | None, *, when: str, tz: str = "Europe/Berlin", to: str = ME,
        reply_to: str | None = None, cc: str | None = None, html: str | None = None,
        alt: bool = False, cs: str = "utf-8", cte: str | None = None,
        headers: dict[str, str] | None = None, parent: str | None = None,
        cal: str | None = None, cal_inline: bool = True,
        attach: tuple[str, str, bytes] | None = None, fwd: EmailMessage | None = None) -> None:
    """One message and its label row.

    body None with html set gives an HTML-only message; alt=True derives a text/plain twin
    from the HTML (multipart/alternative). parent names the earlier message in the thread.
    """
    index = len(ROWS) + 1
    rel = f"{kind}/{index:03d}_{scen}.eml"
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Subject"] = subject
    msg["Date"] = _date(when, tz)
    msg["Message-ID"] = _msgid(rel, frm)
    if parent:
        earlier = [m["Message-ID"] for r, m in MESSAGES if r.endswith(f"_{parent}.eml")]
        parent_id = earlier[0] if earlier else _msgid(parent, MY_ADDR)
        msg["In-Reply-To"] = parent_id
        msg["References"] = parent_id
    for name, value in (headers or {}).items():
        msg[name] = value
    msg["MIME-Version"] = "1.0"
    if cs == "iso-8859-1":  # what a Latin-1 mailer does with typographic dashes and quotes
        body = body.translate(_LATIN1) if body is not None else None
        html = html.translate(_LATIN1) if html is not None else None
    if body is not None:
        msg.set_content(body, charset=cs, cte=cte)
        if html is not None:
            msg.add_alternative(html, subtype="html", charset=cs, cte=cte)
    elif html is not None:
        if alt:
            msg.set_content(_text_from_html(html), charset=cs, cte=cte)
            msg.add_alternative(html, subtype="html", charset=cs, cte=cte)
        else:
            msg.set_content(html, subtype="html", charset=cs, cte=cte)
    if cal is not None:
        method = re.search(r"METHOD:(\w+)", cal)
        params = {"method": method.group(1) if method else "REQUEST"}
        if cal_inline:
            if not msg.is_multipart():
                msg.make_alternative()
            msg.add_alternative(cal, subtype="calendar", charset="utf-8", params=params)
        else:
            msg.add_attachment(cal.encode(), maintype="text", subtype="calendar",
                               filename="invite.ics", params=params)
    if attach is not None:
        name, ctype, data = attach
        main, sub = ctype.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    if fwd is not None:
        msg.add_attachment(fwd)
    MESSAGES.append((rel, msg))
    ROWS.append({"file": rel, "kind": kind, "company": company, "contact": contact,
                 "language": lang})


def inner(frm: str, subject: str, body: str, when: str) -> EmailMessage:
    """A message to attach as message/rfc822 (a forward as attachment)."""
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = ME
    msg["Subject"] = subject
    msg["Date"] = _date(when, "Europe/Berlin")
    msg["Message-ID"] = _msgid(subject + when, frm)
    msg.set_content(body)
    return msg


def ats_html(brand: str, color: str, paragraphs: list[str], footer: str, track: str) -> str:
    """The table layout ATS products send; every message passes its own paragraphs and footer."""
    cells = "".join(f'<p style="margin:0 0 14px 0;font-size:15px;line-height:22px">{p}</p>'
                    for p in paragraphs)
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><style>a{color:' + color + '}</style>'
        '</head><body style="margin:0;background:#f4f4f4">'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
        '<table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">'
        f'<tr><td style="padding:24px;border-top:4px solid {color}"><img src="{track}/logo.png" '
        f'alt="{brand}" width="140"></td></tr>'
        f'<tr><td style="padding:0 24px 24px 24px;color:#333">{cells}</td></tr>'
        f'<tr><td style="padding:16px 24px;font-size:11px;color:#888;background:#fafafa">{footer}'
        f'<img src="{track}/open.gif?u=hv" width="1" height="1" alt=""></td></tr>'
        '</table></td></tr></table></body></html>'
    )


# --------------------------------------------------------------------------- rejections
def rejections() -> None:
    add("rejection", "personio_soft_sie", "de", "Kontorwerk", "",
        "Kontorwerk GmbH <jobs-noreply@personio.de>", "Ihre Bewerbung als Product Designer (m/w/d)",
        None, when="2026-02-17 16:42", alt=True,
        html=ats_html("Kontorwerk", "#1d4ed8", [
            "Sehr geehrter Herr Vogt,",
            "vielen Dank für Ihr Interesse an Kontorwerk und die Zeit, die Sie in Ihre Bewerbung "
            "investiert haben.",
            "Wir haben alle Unterlagen sorgfältig gesichtet. Leider müssen wir Ihnen mitteilen, dass "
            "wir uns für Kandidat:innen entschieden haben, deren Profil noch genauer zu den "
            "Anforderungen der Stelle passt.",
            "Wir wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute.",
            "Viele Grüße<br>Ihr People-Team von Kontorwerk"],
            "Kontorwerk GmbH · Schanzenstraße 41 · 20357 Hamburg · HRB 155201<br>Diese E-Mail wurde "
            "automatisch versendet. Antworten an diese Adresse können nicht bearbeitet werden.",
            "https://kontorwerk.jobs.personio.de/t"))

    add("rejection", "mobile_du_terse", "de", "Fahrwerk Mobility", "jonas.brandt@fahrwerk-mobility.example",
        "Jonas Brandt <jonas.brandt@fahrwerk-mobility.example>", "Re: Product Manager Sharing",
        "Hi Henrik,\n\nsorry für die späte Rückmeldung – wir haben uns am Ende für jemand anderen "
        "entschieden. War echt knapp, dein Case hat uns gut gefallen.\n\nLG Jonas\n\nVon meinem "
        "iPhone gesendet" + quote("de", "Henrik Vogt <henrik.vogt@example.org>", "22.02.2026 um 11:03",
                                   "Hallo Jonas,\n\nich wollte kurz nachhaken, ob es zu unserem Gespräch "
                                   "letzte Woche schon Neuigkeiten gibt?\n\nViele Grüße\nHenrik"),
        when="2026-02-27 21:14", parent="fahrwerk-followup")

    add("rejection", "broadcaster_formal_latin1", "de", "Rundfunk Nordost", "bewerbung@rundfunk-nordost.example",
        "Personalabteilung Rundfunk Nordost <bewerbung@rundfunk-nordost.example>",
        "Ihre Bewerbung - Kennziffer 26-014 (UX-Designer/in Mediathek)",
        "Sehr geehrter Herr Vogt,\n\nwir bedanken uns für Ihre Bewerbung und das damit verbundene "
        "Interesse an einer Tätigkeit beim Rundfunk Nordost.\n\nNach eingehender Prüfung aller "
        "eingegangenen Bewerbungen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im "
        "weiteren Auswahlverfahren nicht berücksichtigen konnten. Diese Entscheidung stellt keine "
        "Bewertung Ihrer Qualifikation dar.\n\nIhre Bewerbungsunterlagen werden nach Ablauf der "
        "gesetzlichen Fristen datenschutzgerecht vernichtet.\n\nMit freundlichen Grüßen\nIm Auftrag\n\n"
        "Sabine Krüger\nHauptabteilung Personal\nRundfunk Nordost\nAnstalt des öffentlichen Rechts\n"
        "Tel. +49 381 555 2214\n",
        when="2026-03-05 10:20", cs="iso-8859-1", cte="quoted-printable")

    add("rejection", "after_interview_austria", "de", "Donau Alpina Versicherung", "theresa.huber@donau-alpina.example",
        "Mag. Theresa Huber <theresa.huber@donau-alpina.example>", "Ihre Bewerbung bei der Donau Alpina",
        "Sehr geehrter Herr Vogt,\n\nherzlichen Dank nochmals für das angenehme und offene Gespräch "
        "am vergangenen Donnerstag sowie für die Präsentation Ihrer Fallstudie.\n\nDie Entscheidung ist "
        "uns wirklich nicht leichtgefallen. Nach reiflicher Überlegung haben wir uns jedoch für eine "
        "Kandidatin entschieden, die bereits mehrjährige Erfahrung im Versicherungsumfeld mitbringt.\n\n"
        "Wir würden uns freuen, wenn wir Ihre Unterlagen für künftige Vakanzen in Evidenz halten "
        "dürfen – bitte geben Sie uns dazu kurz Bescheid.\n\nMit freundlichen Grüßen aus Wien\n\n"
        "Mag. Theresa Huber\nHR Business Partner\nDonau Alpina Versicherung AG\nUntere Donaustraße 21, "
        "1020 Wien\nT +43 1 555 30 412\n\n[Logo Donau Alpina]\n\nDiese Nachricht ist vertraulich. Sollten "
        "Sie nicht der richtige Empfänger sein, informieren Sie bitte den Absender und löschen Sie diese "
        "Nachricht.\n",
        when="2026-03-16 14:05", tz="Europe/Vienna", cs="windows-1252", cte="quoted-printable")

    add("rejection", "successfactors_filled_swiss", "de", "Limmat Versicherungen", "",
        "Limmat Versicherungen <noreply@successfactors.eu>",
        "Ihre Bewerbung: Senior UX Designer 80-100% (Job-ID 4471)", None,
        when="2026-03-09 07:58", tz="Europe/Zurich",
        html='<html><body><font face="Arial" size="2">Grüezi Henrik Vogt<br><br>Besten Dank für Ihre '
             'Bewerbung als <b>Senior UX Designer 80-100%</b> (Job-ID 4471).<br><br>Leider müssen wir '
             'Ihnen mitteilen, dass die Stelle zwischenzeitlich besetzt wurde. Wir bedauern, Ihnen keinen '
             'positiven Bescheid geben zu können.<br><br>Ihr Bewerberprofil bleibt in unserem '
             'Talent-Pool gespeichert, sofern Sie dem zugestimmt haben.<br><br>Freundliche '
             'Grüsse<br><br>Limmat Versicherungen<br>Talent Acquisition<br><br>'
             '<span style="color:#999;font-size:9px">Dies ist eine automatisch generierte E-Mail. '
             'Bitte antworten Sie nicht auf diese Nachricht.&nbsp;&nbsp;|&nbsp; '
             '<a href="https://career5.successfactors.eu/career?company=limmatP&amp;loginFlowRequired=true">'
             'Zum Bewerberprofil</a></span></font></body></html>',
        cte="quoted-printable")

    add("rejection", "greenhouse_on_hold", "de", "Parcelino", "lea.schubert@parcelino.example",
        "Parcelino <no-reply@us.greenhouse-mail.io>", "Update",
        "Hallo Henrik,\n\nich melde mich mit einem Update zu deiner Bewerbung als Senior Product "
        "Manager Checkout.\n\nAufgrund einer internen Umstrukturierung wurde die Position leider bis "
        "auf Weiteres auf Eis gelegt. Wir werden den Prozess deshalb nicht fortsetzen – das tut mir "
        "wirklich leid, gerade weil die Gespräche so gut liefen.\n\nSollte die Stelle wieder geöffnet "
        "werden, melde ich mich gern bei dir.\n\nBeste Grüße\nLea Schubert\nTalent Acquisition | "
        "Parcelino\n",
        when="2026-04-08 17:31", reply_to="Lea Schubert <lea.schubert@parcelino.example>")

    add("rejection", "after_design_challenge_b64", "de", "Tessaloop", "nina@tessaloop.example",
        "Nina Albers <nina@tessaloop.example>", "Eure Design Challenge",
        "Hi Henrik,\n\nerstmal danke, dass du dir die Zeit für die Challenge genommen hast – das "
        "Onboarding-Konzept war wirklich durchdacht.\n\nWir haben gestern im Team lange diskutiert und "
        "uns am Ende entschieden, den Prozess mit dir nicht weiterzuführen. Uns fehlte ehrlich gesagt "
        "ein bisschen mehr Tiefe bei den Metriken und der Priorisierung.\n\nIch hoffe, das Feedback "
        "hilft dir trotzdem. Alles Gute bei der Suche!\n\nNina\nHead of Product, Tessaloop\n",
        when="2026-04-21 09:47", cte="base64")

    add("rejection", "agency_relayed_outlook", "de", "Ostwind Energie", "m.hirsch@hirsch-partner.example",
        "Markus Hirsch <m.hirsch@hirsch-partner.example>", "AW: Rückmeldung Ostwind",
        "Hallo Herr Vogt,\n\nich habe heute Rückmeldung von meinem Kunden, der Ostwind Energie, "
        "erhalten. Leider hat man sich dort für einen anderen Kandidaten entschieden, der intern schon "
        "bekannt war.\n\nIch bedauere das sehr und melde mich, sobald ich ein passendes Mandat habe.\n\n"
        "Beste Grüße\nMarkus Hirsch\nHirsch & Partner Personalberatung\nMobil +49 171 5550 918\n"
        + quote("outlook_de", "Henrik Vogt|henrik.vogt@example.org|Rückmeldung Ostwind",
                "Montag, 27. April 2026 08:12",
                "Hallo Herr Hirsch,\n\ngibt es schon Neuigkeiten vom Kunden?\n\nViele Grüße\nHenrik Vogt"),
        when="2026-04-29 13:10", parent="hirsch-nachfrage")

    add("rejection", "softgarden_template", "de", "Stiftung Kunstforum Hamburg", "",
        "Stiftung Kunstforum Hamburg <noreply@softgarden.io>",
        "Ihre Bewerbung als Digital Product Owner Sammlung Online", None,
        when="2026-05-04 11:02", alt=True, cte="quoted-printable",
        html=ats_html("Stiftung Kunstforum Hamburg", "#7c2d12", [
            "Guten Tag Herr Vogt,",
            "wir danken Ihnen herzlich für Ihre Bewerbung und Ihr Interesse an unserem Haus.",
            "Nach sorgfältiger Abwägung können wir Ihnen diesmal leider keine Zusage geben. Die "
            "Vielzahl qualifizierter Bewerbungen hat uns die Auswahl nicht leicht gemacht.",
            "Wir wünschen Ihnen viel Erfolg und würden uns freuen, Sie als Besucher im Kunstforum "
            "begrüßen zu dürfen.",
            "Mit freundlichen Grüßen<br>Stiftung Kunstforum Hamburg<br>Personal"],
            "Powered by softgarden · <a href=\"https://kunstforum.softgarden.io/privacy\">Datenschutz</a>",
            "https://mailtrack.softgarden.io/c/8f2a"))

    add("rejection", "university_kennziffer", "de", "Technische Hochschule Elbmarsch", "personal@th-elbmarsch.example",
        "Personalabteilung TH Elbmarsch <personal@th-elbmarsch.example>",
        "Ihre Bewerbung – Kennziffer 2026/114",
        "Sehr geehrter Herr Vogt,\n\nfür Ihre Bewerbung auf die Stelle einer/eines Beschäftigten für "
        "Service Design im Referat Digitale Lehre (E 13 TV-L) danken wir Ihnen.\n\nDie "
        "Auswahlkommission hat sich nach Prüfung der Unterlagen für andere Bewerberinnen und "
        "Bewerber entschieden, die dem Anforderungsprofil in besonderem Maße entsprechen. Wir bedauern, "
        "Ihnen keine günstigere Nachricht geben zu können.\n\nIhre Unterlagen werden gemäß DSGVO nach "
        "sechs Monaten gelöscht.\n\nMit freundlichen Grüßen\nim Auftrag\nD. Wendt\nDezernat Personal\n"
        "Technische Hochschule Elbmarsch\n",
        when="2026-05-12 08:40", cs="iso-8859-1")

    add("rejection", "studio_short_du", "de", "Studio Neunzig", "mira@studioneunzig.example",
        "Mira <mira@studioneunzig.example>", "Re: Portfolio",
        "Hey Henrik,\n\ndanke dir für deine Zeit und den Einblick ins Portfolio! Wir gehen leider mit "
        "jemand anderem weiter.\n\nAlles Gute dir\nMira\n\n--\nStudio Neunzig · Gestaltung & Strategie\n"
        "Lindenstraße 90, 10969 Berlin\n"
        + quote("gmail", "Henrik Vogt <henrik.vogt@example.org>", "Tue, 12 May 2026 at 18:20",
                "Hi Mira, danke nochmal für heute – hier wie besprochen der Link zum Case.\nHenrik"),
        when="2026-05-19 10:03", parent="neunzig-portfolio")

    add("rejection", "workday_odd_format", "de", "Modehaus Brenner", "",
        "Modehaus Brenner <modehausbrenner@myworkday.com>",
        "Modehaus Brenner - Status Ihrer Bewerbung R-004512",
        "Sehr geehrte/r Henrik Vogt,\n\n\n\nvielen Dank für Ihr Interesse an der Position R-004512 "
        "Product Owner E-Commerce (all genders) bei Modehaus Brenner.\n\nWir haben Ihre Bewerbung "
        "gründlich geprüft und uns entschieden, diese nicht weiter zu verfolgen.\n\n\nDiese "
        "Entscheidung beruht auf einem Vergleich mit den Profilen anderer Bewerber*innen.\n\n"
        "Sie können Ihre Bewerbungen jederzeit im Kandidatenportal einsehen: "
        "https://wd3.myworkday.com/modehausbrenner/d/task/2997$2.htmld\n\n\nMit freundlichen "
        "Grüßen\n\nIhr Modehaus Brenner Recruiting Team\n\n\n*** Bitte antworten Sie nicht auf diese "
        "E-Mail. ***\n",
        when="2026-06-02 02:17")

    add("rejection", "greenhouse_aligns", "en", "Lumen Freight", "",
        "Lumen Freight <no-reply@us.greenhouse-mail.io>", "Your application to Lumen Freight", None,
        when="2026-02-24 19:05", alt=True,
        html=ats_html("Lumen Freight", "#0f766e", [
            "Hi Henrik,",
            "Thank you for your interest in the Product Designer, Shipper Experience role and for the "
            "time you put into your application.",
            "We've reviewed your background carefully and have decided to pursue other candidates "
            "whose experience more closely aligns with what we need right now.",
            "We'll keep your details on file, and we encourage you to keep an eye on our careers page.",
            "All the best,<br>The Lumen Freight Talent Team"],
            'Lumen Freight GmbH, Berlin · <a href="https://boards.greenhouse.io/lumenfreight">Careers</a>',
            "https://links.greenhouse-mail.io/ls/click?upn=Xk2"))

    add("rejection", "british_shant_progress", "en", "Thistledown Insurance", "olivia.pennington@thistledown.example",
        "Olivia Pennington <olivia.pennington@thistledown.example>",
        "RE: Product Manager - Claims Journeys",
        "Dear Henrik,\n\nThank you for taking the time to speak with Graham and me last week, it was "
        "a pleasure.\n\nHaving reviewed all of the candidates at this stage, I'm sorry to say that we "
        "shan't be progressing your application further on this occasion. The panel felt that "
        "candidates with direct UK insurance experience were a closer fit.\n\nDo keep an eye on our "
        "vacancies, and thank you again for your interest.\n\nKind regards,\n\nOlivia Pennington\n"
        "Talent Partner\nThistledown Insurance plc | 20 Gracechurch Lane, London EC3V 0AA\n"
        "Tel: +44 20 7946 0321\n\nThistledown Insurance plc is authorised by the Prudential "
        "Regulation Authority. This e-mail and any attachments are confidential.\n"
        + quote("outlook", "Olivia Pennington|olivia.pennington@thistledown.example|Product Manager - Claims Journeys",
                "03 March 2026 10:15",
                "Dear Henrik,\n\nThank you for your application. Would you be available for a video call on "
                "Thursday at 11:00 GMT?\n\nKind regards,\nOlivia"),
        when="2026-03-17 12:44", tz="Europe/London", parent="thistledown-invite")

    add("rejection", "indian_regret_inform", "en", "Vistaar Infotech", "",
        "Vistaar Infotech HR <hr.noreply@vistaar-infotech.example>",
        "Application Status - UX Lead (Req#VI-2291)",
        "Dear Candidate,\n\nGreetings from Vistaar Infotech!\n\nWe thank you for showing interest in "
        "the position of UX Lead at our Berlin Delivery Centre.\n\nWe regret to inform you that your "
        "profile has not been shortlisted for the further rounds of the selection process. We will "
        "retain your resume in our database and shall contact you should a suitable opening arise in "
        "future.\n\nWishing you all the best in your endeavours.\n\nWarm Regards,\nTalent Acquisition "
        "Team\nVistaar Infotech Ltd.\n\nThis is a system generated mail, kindly do not reply to this "
        "mail id.\n\nDISCLAIMER: The information contained in this electronic message and any "
        "attachments to this message are intended for the exclusive use of the addressee(s).\n",
        when="2026-03-11 06:32", tz="Asia/Kolkata")

    add("rejection", "aussie_oneliner", "en", "Wattle & Gum", "dan@wattleandgum.example",
        "Dan Whitlock <dan@wattleandgum.example>", "Re: Senior Product Designer (remote)",
        "Hey Henrik - thanks for your time, but we won't be moving forward. Appreciate you having a "
        "crack at the brief.\n\nCheers,\nDan\n\nDan Whitlock | Design Director | Wattle & Gum\n"
        + quote("gmail", "Henrik Vogt <henrik.vogt@example.org>", "Mon, 6 Apr 2026 at 9:02 am",
                "Hi Dan,\n\njust checking in on the brief I sent over last week - happy to walk you "
                "through it if useful.\n\nBest,\nHenrik"),
        when="2026-04-09 08:15", tz="Australia/Sydney", parent="wattle-checkin")

    add("rejection", "lever_after_final_reply_to", "en", "Azulejo Commerce", "ines.matos@azulejo.example",
        "Azulejo Commerce <no-reply@hire.lever.co>", "Following up",
        "Hi Henrik,\n\nThank you so much for spending a full afternoon with the team for the final "
        "round. Everyone enjoyed the whiteboard session.\n\nThis was a genuinely tough call, but the "
        "team has decided to move forward with another candidate for the Product Manager, "
        "Marketplace role. I know this isn't the news you were hoping for.\n\nIf you'd like a short "
        "feedback call, just reply to this email and I'll set it up.\n\nWarmly,\nInês Matos\n"
        "People & Talent, Azulejo Commerce · Lisboa\n",
        when="2026-05-22 15:38", tz="Europe/Lisbon",
        reply_to="Inês Matos <ines.matos@azulejo.example>")

    add("rejection", "japanese_owned_formal", "en", "Hoshino Europe", "k.watanabe@hoshino-europe.example",
        "Kenji Watanabe <k.watanabe@hoshino-europe.example>", "Your application",
        "Dear Mr. Vogt,\n\nThank you very much for your application and for your patience during "
        "our selection process.\n\nWe appreciate your interest in Hoshino Europe. Unfortunately, after "
        "careful consideration, we have decided not to proceed further with your candidacy for the "
        "position of Product Manager Digital Services at this time.\n\nWe sincerely wish you success "
        "in your future career.\n\nBest regards,\n\nKenji Watanabe\nHR Manager\nHoshino Europe GmbH\n"
        "Immermannstraße 12, 40210 Düsseldorf\nTel: +49 211 555 7730\n",
        when="2026-06-15 10:00")

    add("rejection", "ashby_role_closed", "en", "Quillmate", "priya@quillmate.example",
        "Quillmate Recruiting <no-reply@ashbyhq.com>", "An update on the Product Manager role",
        "Hi Henrik,\n\nI wanted to let you know personally that we've made the difficult decision to "
        "close the Product Manager, Growth position. Our plans for H2 changed and we won't be filling "
        "the role this year, so we won't be continuing with your application.\n\nThis has nothing to "
        "do with your interviews, which went well. I'm sorry to bring you this news.\n\nPriya Raman\n"
        "Head of Talent, Quillmate\n",
        when="2026-06-24 18:22", reply_to="Priya Raman <priya@quillmate.example>")

    add("rejection", "danish_after_portfolio", "en", "Skovgaard & Holm", "mette@skovgaardholm.example",
        "Mette Skovgaard <mette@skovgaardholm.example>", "Thank you, Henrik",
        "Hi Henrik\n\nThanks a lot for the portfolio review on Tuesday - we really enjoyed the "
        "conversation about the ticketing project.\n\nWe have decided to go with a candidate who "
        "has more agency-side experience, as the role is very client facing. I hope you find "
        "something great soon.\n\nBest regards / Venlig hilsen\nMette Skovgaard\nPartner, Skovgaard & "
        "Holm\nWilders Plads 8, 1403 København K\n",
        when="2026-07-02 13:55", tz="Europe/Copenhagen")

    add("rejection", "wttj_regret_fr", "fr", "Maison Orfève", "",
        "Maison Orfève via Welcome to the Jungle <no-reply@welcometothejungle.com>",
        "Réponse à votre candidature – Maison Orfève", None,
        when="2026-03-03 11:26", tz="Europe/Paris", cte="base64",
        html=ats_html("Maison Orfève", "#ffcd00", [
            "Bonjour Henrik,",
            "Nous vous remercions pour l'intérêt que vous portez à Maison Orfève et pour votre "
            "candidature au poste de Product Designer E-commerce.",
            "Nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour la "
            "suite du processus.",
            "Nous vous souhaitons pleine réussite dans vos recherches.",
            "L'équipe Talent de Maison Orfève"],
            "Welcome to the Jungle · Vous recevez cet email suite à votre candidature.",
            "https://click.welcometothejungle.com/t/5d1"))

    add("rejection", "lyon_after_interviews", "fr", "Canut Mobilité", "claire.fournier@canut-mobilite.example",
        "Claire Fournier <claire.fournier@canut-mobilite.example>", "Suite à nos échanges",
        "Bonjour Henrik,\n\nMerci encore pour le temps que vous nous avez consacré lors des deux "
        "entretiens.\n\nAprès réflexion, nous avons choisi de poursuivre avec un autre profil, plus "
        "proche de nos besoins immédiats sur la partie B2B. Ce n'est pas une décision facile, vos "
        "échanges avec l'équipe ont été très appréciés.\n\nJe vous souhaite une belle suite.\n\n"
        "Bien cordialement,\nClaire Fournier\nResponsable recrutement – Canut Mobilité\n"
        "06 55 55 12 98\n",
        when="2026-04-14 17:48", tz="Europe/Paris", cs="iso-8859-1", cte="quoted-printable")

    add("rejection", "montreal_tu_chain", "fr", "Studio Érable", "gab@studio-erable.example",
        "Gabrielle Tremblay <gab@studio-erable.example>", "Re: Poste designer produit",
        "Salut Henrik,\n\nMerci pour ta patience! Malheureusement, on n'ira pas de l'avant avec ta "
        "candidature cette fois-ci. L'équipe cherchait quelqu'un qui parle aussi couramment "
        "québécois au téléphone avec nos clients, haha, mais sérieusement, surtout plus d'expérience "
        "en jeu vidéo.\n\nBonne chance pour la suite!\nGab\n\nStudio Érable | Montréal\n"
        + quote("fr", "Henrik Vogt <henrik.vogt@example.org>", "26 avr. 2026 à 14:10",
                "Bonjour Gabrielle,\n\nAvez-vous eu le temps de regarder mon portfolio ?\n\nMerci,\nHenrik"),
        when="2026-04-30 09:31", tz="America/Toronto", parent="erable-relance")

    add("rejection", "teamtailor_internal_fill", "fr", "Tramway Labs", "",
        "Tramway Labs <no-reply@teamtailor.com>", "Votre candidature chez Tramway Labs",
        "Bonjour Henrik,\n\nMerci d'avoir postulé au poste de Lead Product Designer.\n\nNous tenions à "
        "te prévenir que le poste a finalement été pourvu en interne. Nous clôturons donc les "
        "candidatures en cours, dont la tienne.\n\nMerci encore pour ton intérêt, et à bientôt "
        "peut-être !\n\nL'équipe Tramway Labs\n\n---\nCe message a été envoyé via Teamtailor. "
        "Gérer mes données : https://tramwaylabs.teamtailor.com/connect\n",
        when="2026-05-06 16:00", tz="Europe/Paris")

    add("rejection", "agency_paused_fr", "fr", "Atelier Nord", "julien@ateliernord-rh.example",
        "Julien Marchand <julien@ateliernord-rh.example>", "Point sur le poste de Product Owner",
        "Bonjour Henrik,\n\nJe reviens vers vous concernant le poste de Product Owner à Lille.\n\nMon "
        "client m'informe qu'il a décidé de suspendre ce recrutement pour des raisons budgétaires. "
        "Le processus est donc arrêté et nous ne pourrons pas donner suite à votre candidature.\n\n"
        "Je garde bien sûr votre profil en tête pour d'autres missions.\n\nBien à vous,\nJulien "
        "Marchand\nConsultant – Atelier Nord\n",
        when="2026-06-10 12:12", tz="Europe/Paris")

    add("rejection", "recruitee_es", "es", "Mercat Digital", "",
        "Mercat Digital <no-reply@recruitee.com>", "Sobre tu candidatura a Product Designer", None,
        when="2026-03-19 10:45", tz="Europe/Madrid", alt=True,
        html=ats_html("Mercat Digital", "#e11d48", [
            "Hola Henrik,",
            "Muchas gracias por tu interés en Mercat Digital y por el tiempo dedicado al proceso.",
            "Lamentamos comunicarte que en esta ocasión no continuaremos con tu candidatura. Hemos "
            "recibido perfiles muy completos y la decisión no ha sido fácil.",
            "Te deseamos mucha suerte en tu búsqueda.",
            "Un abrazo,<br>Equipo de Personas · Mercat Digital"],
            "Mercat Digital S.L. · Carrer de Pujades 77, 08005 Barcelona",
            "https://mercatdigital.recruitee.com/o/track"))

    add("rejection", "short_hola_cp1252", "es", "Patinetes Ronda", "laura.vidal@patinetesronda.example",
        "Laura Vidal <laura.vidal@patinetesronda.example>", "Re: tu candidatura",
        "Hola Henrik,\n\nGracias por tu tiempo la semana pasada. Al final nos hemos decantado por otro "
        "perfil.\n\nUn saludo y mucha suerte,\nLaura\n\nEnviado desde mi iPhone\n",
        when="2026-04-16 20:02", tz="Europe/Madrid", cs="windows-1252", cte="8bit")

    add("rejection", "after_take_home_es_chain", "es", "Editorial Albada", "rgarcia@albada.example",
        "Rocío García <rgarcia@albada.example>", "RE: Prueba técnica - Product Manager",
        "Hola Henrik:\n\nTe agradecemos mucho el esfuerzo que has puesto en la prueba técnica. Tras "
        "revisarla con el equipo, hemos decidido no seguir adelante con tu candidatura; buscábamos "
        "una propuesta más centrada en el modelo de suscripción.\n\nTe deseo lo mejor.\n\nRocío García\n"
        "Directora de Producto Digital | Editorial Albada\nTel. +34 915 55 21 40\n"
        + quote("es", "Henrik Vogt (<henrik.vogt@example.org>)", "lun, 11 may 2026 a las 9:14",
                "Hola Rocío,\n\nte adjunto la prueba técnica.\n\nSaludos,\nHenrik"),
        when="2026-05-25 13:30", tz="Europe/Madrid", parent="albada-prueba")

    add("rejection", "bamboohr_filled_b64", "es", "Sabores del Sur Hoteles", "",
        "Sabores del Sur Hoteles <notifications@app.bamboohr.com>",
        "Actualización de tu candidatura",
        "Estimado Henrik:\n\nGracias por postularte al puesto de Product Owner Reservas en Sabores del "
        "Sur Hoteles.\n\nTe informamos de que la posición ya ha sido cubierta, por lo que cerramos el "
        "proceso de selección. Conservaremos tu CV para futuras oportunidades.\n\nAtentamente,\n"
        "Recursos Humanos\nSabores del Sur Hoteles\n\nEste mensaje se ha enviado desde una dirección "
        "que no admite respuestas.\n",
        when="2026-06-18 09:05", tz="Europe/Madrid", cte="base64")

    add("rejection", "process_cancelled_budget_es", "es", "Banca Levante", "jmoreno@bancalevante.example",
        "Javier Moreno <jmoreno@bancalevante.example>", "Proceso Product Manager Canales Digitales",
        "Buenos días Henrik,\n\nQueremos informarte de que el proceso para la posición de Product "
        "Manager de Canales Digitales se ha cancelado por cambios en la planificación presupuestaria, "
        "por lo que no podremos avanzar con tu candidatura.\n\nSentimos las molestias y agradecemos tu "
        "interés.\n\nUn cordial saludo,\n\nJavier Moreno\nSelección y Talento\nBanca Levante\n\n"
        "AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su "
        "destinatario y pueden contener información confidencial.\n",
        when="2026-07-08 11:40", tz="Europe/Madrid")


# --------------------------------------------------------------------------- invitations
def invitations() -> None:
    add("interview_invitation", "calendly_sie", "de", "Nordlicht Versicherung", "c.petersen@nordlicht-versicherung.example",
        "Carolin Petersen <c.petersen@nordlicht-versicherung.example>",
        "Ihre Bewerbung als Product Owner Schadenportal",
        "Sehr geehrter Herr Vogt,\n\nvielen Dank für Ihre Bewerbung, die uns sehr angesprochen hat.\n\n"
        "Wir würden Sie gern in einem ersten Videogespräch (ca. 45 Minuten) näher kennenlernen. "
        "Bitte wählen Sie über den folgenden Link einen passenden Termin aus:\n"
        "https://calendly.com/nordlicht-recruiting/kennenlernen-po\n\nAm Gespräch nehmen neben mir "
        "auch Herr Dr. Olsen (Leitung Digitale Kundenservices) teil.\n\nMit freundlichen Grüßen\n"
        "Carolin Petersen\nRecruiting | Nordlicht Versicherung AG\nÜberseering 30, 22297 Hamburg\n"
        "Telefon 040 555 190 44\n\nNordlicht Versicherung AG · Vorsitzender des Aufsichtsrates: "
        "Prof. Dr. H. Wiese · Sitz Hamburg · Amtsgericht Hamburg HRB 88120\n",
        when="2026-02-19 10:12")

    add("interview_invitation", "founder_quick_call_du", "de", "Velocita", "kai@velocita.example",
        "Kai Reimers <kai@velocita.example>", "Kurzer Call?",
        "Moin Henrik,\n\nhab deine Bewerbung gesehen, gefällt mir richtig gut. Hättest du Lust auf "
        "einen kurzen Call diese Woche? Mittwoch 14 Uhr oder Donnerstag vormittag würden bei mir "
        "gehen, Link schick ich dann.\n\nBeste\nKai\n\n--\nKai Reimers · Co-Founder · Velocita\n",
        when="2026-03-02 22:41")

    add("interview_invitation", "personio_portfolio_ics", "de", "Lindenhof Digital", "sophie.lang@lindenhof-digital.example",
        "Lindenhof Digital <notifications@personio.de>",
        "Einladung zur Portfolio-Präsentation",
        "Hallo Henrik,\n\nwir freuen uns, dich zum nächsten Schritt einzuladen: Du stellst uns zwei "
        "Projekte aus deinem Portfolio vor (ca. 20 Min.), danach sprechen wir mit dem Design-Team.\n\n"
        "Termin: Dienstag, 17. März 2026, 11:00–12:30 Uhr\nOrt: Lindenhof Digital, Torstraße 109, "
        "Berlin (2. OG, bitte bei \"Lindenhof\" klingeln)\n\nDie Einladung findest du im Anhang. Falls "
        "der Termin nicht passt, antworte einfach auf diese Mail.\n\nViele Grüße\nSophie Lang\n"
        "People & Culture\n",
        when="2026-03-06 15:20", reply_to="Sophie Lang <sophie.lang@lindenhof-digital.example>",
        cal=ics("REQUEST", "lindenhof-portfolio-7731@personio.de", "2026-03-17 11:00", "2026-03-17 12:30",
                "Portfolio-Präsentation Henrik Vogt", "sophie.lang@lindenhof-digital.example",
                location="Torstraße 109, Berlin"), cal_inline=False)

    add("interview_invitation", "vienna_office_latin1", "de", "Donaupark Software", "b.leitner@donaupark.example",
        "Bernhard Leitner <b.leitner@donaupark.example>", "Einladung Vorstellungsgespräch",
        "Sehr geehrter Herr Vogt!\n\nBesten Dank für Ihre Bewerbung als Product Manager für unsere "
        "Plattform für Gemeinden.\n\nWir würden Sie gerne zu einem persönlichen Gespräch in unser Büro "
        "in der Leopoldstadt einladen. Vorgeschlagen wäre Montag, der 23. März, um 10:00 Uhr. "
        "Alternativ ginge auch Dienstag am Nachmittag. Reisekosten ab Berlin werden selbstverständlich "
        "übernommen.\n\nUm kurze Bestätigung wird gebeten.\n\nMit freundlichen Grüßen aus Wien\n"
        "Bernhard Leitner\nGeschäftsführung\nDonaupark Software GmbH\nPraterstraße 70, 1020 Wien\n",
        when="2026-03-10 09:03", tz="Europe/Vienna", cs="iso-8859-1", cte="quoted-printable")

    add("interview_invitation", "swiss_gruezi_public", "de", "Digitalamt der Stadt Winterau", "ursina.caflisch@winterau.example",
        "Caflisch Ursina <ursina.caflisch@winterau.example>",
        "Stelle Product Owner E-Government – Vorstellungsgespräch",
        "Grüezi Herr Vogt\n\nBesten Dank für Ihre Bewerbung und Ihr Interesse an einer Tätigkeit bei "
        "der Stadt Winterau.\n\nGerne laden wir Sie zu einem Vorstellungsgespräch ein. Das Gespräch "
        "findet am Donnerstag, 9. April 2026, um 13.30 Uhr im Stadthaus, Zimmer 412, statt. Anwesend "
        "sind Herr Brunner (Leiter Digitalamt), Frau Meier (HR) und ich. Bitte bringen Sie eine "
        "kurze Präsentation (max. 10 Minuten) zu einem Projekt Ihrer Wahl mit.\n\nWir bitten Sie um "
        "eine kurze Bestätigung bis Ende Woche.\n\nFreundliche Grüsse\n\nUrsina Caflisch\n"
        "Personalberaterin\nStadt Winterau – Human Resources\nTelefon +41 52 555 31 07\n",
        when="2026-03-25 16:45", tz="Europe/Zurich")

    add("interview_invitation", "goodtime_next_round", "de", "Kaufhaus Wendel", "ole.brandes@wendel.example",
        "Kaufhaus Wendel Recruiting <scheduling@goodtime.io>", "Nächste Runde: Whiteboard-Case",
        None, when="2026-04-02 12:00", alt=True,
        reply_to="Ole Brandes <ole.brandes@wendel.example>",
        html=ats_html("Kaufhaus Wendel", "#111827", [
            "Hallo Henrik,",
            "danke für das gute Gespräch mit Franziska! Wir freuen uns, dich in die nächste Runde "
            "einzuladen: ein Whiteboard-Case (90 Min.) mit zwei Produktmanagern und einer "
            "Designerin aus dem Team Online-Shop.",
            'Bitte such dir hier einen passenden Slot aus: <a href="https://app.goodtime.io/s/wendel/8Hq2">'
            "Termin auswählen</a>. Die Slots sind 5 Tage lang reserviert.",
            "Bei Fragen antworte einfach auf diese Nachricht.",
            "Viele Grüße<br>Ole Brandes<br>Talent Acquisition, Kaufhaus Wendel"],
            "Scheduling by GoodTime · Kaufhaus Wendel GmbH & Co. KG, Mönckebergstraße 1, Hamburg",
            "https://t.goodtime.io/o"))

    add("interview_invitation", "agency_exclamation_du", "de", "Optiqa", "svenja@pixelpeople.example",
        "Svenja | Pixelpeople <svenja@pixelpeople.example>", "Good News!!",
        "Guten Morgen Henrik!!\n\nSuper News – Optiqa möchte dich kennenlernen!!! 🎉 Die Head of "
        "Product fand deine Case Study zur Checkout-Optimierung richtig stark.\n\nPasst dir Dienstag "
        "um 10:00? Erstes Gespräch per Google Meet, ca. 45 Min. Ich brief dich vorher noch kurz per "
        "Telefon, ok?\n\nMeld dich gerne asap!\n\nLiebe Grüße\nSvenja Koch\nSenior Talent Partner "
        "Design & Product\nPixelpeople · Berlin | Hamburg\n+49 160 555 4432\n",
        when="2026-04-13 08:07")

    add("interview_invitation", "softgarden_phone_ics", "de", "MedKompass", "anna.keller@medkompass.example",
        "MedKompass GmbH <noreply@softgarden.io>", "Terminbestätigung Telefoninterview",
        "Guten Tag Herr Vogt,\n\nwie vereinbart bestätigen wir Ihnen hiermit das telefonische "
        "Erstgespräch für die Position UX Designer Patienten-App:\n\nDatum: 22.04.2026\nUhrzeit: "
        "10:00 Uhr\nDauer: ca. 30 Minuten\n\nWir rufen Sie unter der von Ihnen angegebenen Nummer "
        "an. Eine Kalendereinladung ist beigefügt.\n\nBei Fragen erreichen Sie mich unter "
        "anna.keller@medkompass.example.\n\nFreundliche Grüße\nAnna Keller\nRecruiting MedKompass\n",
        when="2026-04-16 13:33",
        cal=ics("REQUEST", "sg-4471-medkompass@softgarden.io", "2026-04-22 10:00", "2026-04-22 10:30",
                "Telefoninterview MedKompass", "anna.keller@medkompass.example"))

    add("interview_invitation", "university_committee_cp1252", "de", "Universität Elbtal", "berufung-dz@uni-elbtal.example",
        "Digitalzentrum Universität Elbtal <berufung-dz@uni-elbtal.example>",
        "Einladung zum Auswahlgespräch – Ausschreibung DZ-07/2026",
        "Sehr geehrter Herr Vogt,\n\nim Namen der Auswahlkommission laden wir Sie zu einem "
        "Auswahlgespräch für die Stelle \"Produktverantwortliche:r Lernplattform\" ein.\n\n"
        "Termin: 5. Mai 2026, 14:15 Uhr\nOrt: Digitalzentrum, Gebäude C, Raum 2.14 (alternativ per "
        "Zoom, bitte teilen Sie uns Ihren Wunsch mit)\n\nDas Gespräch dauert etwa 60 Minuten und "
        "beginnt mit einem Kurzvortrag (15 Min.) zum Thema „Nutzerzentrierte Weiterentwicklung einer "
        "Lernplattform“. Reisekosten können leider nicht erstattet werden.\n\nMit freundlichen Grüßen\n"
        "Dr. Katrin Oswald\nfür die Auswahlkommission\n",
        when="2026-04-20 11:50", cs="windows-1252", cte="quoted-printable")

    add("interview_invitation", "teams_invite_inline", "de", "Alster Leben", "jan.koehler@alster-leben.example",
        "Köhler, Jan <jan.koehler@alster-leben.example>",
        "Einladung: Kennenlerngespräch Product Owner Kundenportal",
        "Hallo Herr Vogt,\n\nwie telefonisch besprochen sende ich Ihnen die Einladung für unser "
        "Kennenlerngespräch per Microsoft Teams.\n\n_______________________________________________\n"
        "Microsoft Teams-Besprechung\nAuf dem Computer oder in der mobilen App teilnehmen\n"
        "Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/"
        "19%3ameeting_alster>\nBesprechungs-ID: 381 552 901 44\nPasscode: 7sQx2v\n"
        "_______________________________________________\n",
        when="2026-05-05 09:15",
        cal=ics("REQUEST", "040000008200E00074C5B7101A82E00800000000alster01", "2026-05-12 15:00",
                "2026-05-12 16:00", "Kennenlerngespräch Product Owner Kundenportal",
                "jan.koehler@alster-leben.example", location="Microsoft Teams-Besprechung"))

    add("interview_invitation", "greenhouse_next_stage", "en", "Brightwave Health", "hannah.cole@brightwave.example",
        "Brightwave Health <no-reply@us.greenhouse-mail.io>",
        "Next steps: Portfolio review with Brightwave Health", None,
        when="2026-03-12 17:02", tz="America/New_York", alt=True,
        reply_to="Hannah Cole <hannah.cole@brightwave.example>",
        html=ats_html("Brightwave Health", "#7c3aed", [
            "Hi Henrik,",
            "Thanks for chatting with me on Monday! The team loved your background, and we'd love to "
            "move you to the next stage: a 45-minute portfolio review with our Design Lead and a "
            "Product Manager.",
            'Please pick a time that works for you here: <a href="https://app.greenhouse.io/scheduling/'
            'brightwave/8b4c">Select your interview time</a>',
            "The review is remote (Zoom). Any questions, just hit reply.",
            "Best,<br>Hannah Cole<br>Senior Recruiter, Brightwave Health"],
            "Brightwave Health, Inc. · remote-first",
            "https://links.greenhouse-mail.io/ls/click?upn=q7"))

    add("interview_invitation", "hiring_manager_quick_chat", "en", "Orbitly", "sam@orbitly.example",
        "Sam Okafor <sam@orbitly.example>", "Quick question",
        "Hey Henrik,\n\nSaw your application for the PM role come through. Would you be free for a "
        "quick chat sometime this week? 20-30 mins, nothing formal. Thurs or Fri afternoon CET works "
        "for me.\n\nSam\nVP Product, Orbitly\n\nSent from my iPhone\n",
        when="2026-03-18 07:40", tz="Europe/London")

    add("interview_invitation", "indian_shortlisted_revert", "en", "Kalpana Digital Services", "deepa.iyer@kalpanadigital.example",
        "Deepa Iyer <deepa.iyer@kalpanadigital.example>",
        "Interview Schedule - Product Manager (Europe) - Henrik Vogt",
        "Dear Henrik,\n\nGreetings of the day!\n\nWe are pleased to inform you that you have been "
        "shortlisted for the first round of interview for the position of Product Manager (Europe).\n\n"
        "Round: Techno-functional discussion\nMode: MS Teams (link will be shared)\nPanel: Mr. Rakesh "
        "Menon, Delivery Head\nProposed slot: 18th March 2026, 2:30 PM CET\n\nKindly confirm your "
        "availability for the above slot and do revert with your current CTC, expected CTC and notice "
        "period at the earliest.\n\nThanks & Regards,\nDeepa Iyer\nSr. Executive - Talent Acquisition\n"
        "Kalpana Digital Services Pvt. Ltd.\nM: +91 98455 55102\n",
        when="2026-03-13 12:10", tz="Asia/Kolkata")

    add("interview_invitation", "british_video_interview", "en", "Harrowgate Media", "tom.ashworth@harrowgate.example",
        "Tom Ashworth <tom.ashworth@harrowgate.example>", "Re: your application",
        "Hi Henrik,\n\nThanks ever so much for your application for the Product Manager, Audio role.\n\n"
        "Would you be available for a video interview on Thursday 9 April at 2pm BST? It'll be with "
        "me and our Head of Audio, roughly an hour. Do let me know if that doesn't suit and we'll "
        "find another time.\n\nBest wishes,\nTom\n\nTom Ashworth | Talent Lead | Harrowgate Media\n"
        "[Harrowgate Media logo]\n",
        when="2026-03-31 16:20", tz="Europe/London")

    add("interview_invitation", "agency_client_first_stage", "en", "Fernweh Travel", "chloe@brightpilot.example",
        "Chloe Barnes <chloe@brightpilot.example>", "Fernweh!!",
        "Hi Henrik!\n\nGreat news!! The hiring team at Fernweh Travel want to get you in for a first-"
        "stage interview for the Senior Product Designer role! They loved the booking-flow work.\n\n"
        "They've offered Wed 22nd at 11:00 or Thu 23rd at 15:00 (Berlin time), video call with the "
        "Design Manager. Which works best?? Let me know and I'll lock it in!\n\nSpeak soon!\nChloe\n\n"
        "Chloe Barnes | Principal Consultant | Bright Pilot\n+44 7700 900 417\n",
        when="2026-04-17 10:55", tz="Europe/London")

    add("interview_invitation", "ashby_onsite_loop", "en", "Ipê Pagamentos", "rafaela.costa@ipe.example",
        "Ipê Pagamentos <no-reply@ashbyhq.com>", "Next step: onsite interviews in Lisbon",
        "Olá Henrik!\n\nCongrats on getting through the case study - the team was impressed.\n\nNext "
        "step is our onsite loop at the Lisbon office: four 45-minute conversations (product sense, "
        "design craft, stakeholder management and a culture chat with our COO). Please book your "
        "day here: https://jobs.ashbyhq.com/ipe/schedule/4f1e2c\n\nWe cover travel and one night at a "
        "hotel nearby. Questions? Write to me directly at rafaela.costa@ipe.example.\n\nAbraços,\n"
        "Rafaela Costa\nTalent Acquisition, Ipê Pagamentos\n",
        when="2026-05-07 14:30", tz="Europe/Lisbon")

    add("interview_invitation", "japanese_owned_ics", "en", "Sakura Mobility Europe", "yuki.tanaka@sakura-mobility.example",
        "Yuki Tanaka <yuki.tanaka@sakura-mobility.example>",
        "Invitation: Interview for Product Manager Connected Services",
        "Dear Mr. Vogt,\n\nThank you for your application. We would like to invite you to an "
        "interview with our Head of Connected Services, Mr. Hiroshi Sato, and myself.\n\nDate: 26 May "
        "2026\nTime: 10:00-11:00 (CEST)\nPlace: Sakura Mobility Europe, Kaiserstraße 44, Frankfurt am "
        "Main\n\nPlease find the calendar invitation attached. We kindly ask you to bring your "
        "passport or ID card for the reception.\n\nWe look forward to meeting you.\n\nBest regards,\n"
        "Yuki Tanaka\nHuman Resources\nSakura Mobility Europe GmbH\n",
        when="2026-05-14 03:12", tz="Europe/Berlin",
        cal=ics("REQUEST", "sakura-int-2026-0526@sakura-mobility.example", "2026-05-26 10:00",
                "2026-05-26 11:00", "Interview Henrik Vogt", "yuki.tanaka@sakura-mobility.example",
                location="Kaiserstraße 44, Frankfurt am Main"))

    add("interview_invitation", "phone_screen_fr", "fr", "Quai Ouest", "m.lefevre@quaiouest.example",
        "Marion Lefèvre <m.lefevre@quaiouest.example>", "Votre candidature – Product Designer",
        "Bonjour Henrik,\n\nJe vous remercie pour votre candidature, votre parcours a retenu toute "
        "notre attention.\n\nNous aimerions échanger avec vous lors d'un premier entretien "
        "téléphonique d'une trentaine de minutes. Seriez-vous disponible jeudi 26 mars en fin de "
        "matinée, ou vendredi après 14h ?\n\nBien cordialement,\n\nMarion Lefèvre\nTalent Acquisition "
        "Manager\nQuai Ouest – librairie en ligne\n12 quai de la Fosse, 44000 Nantes\n",
        when="2026-03-23 10:41", tz="Europe/Paris")

    add("interview_invitation", "lyon_agency_tu", "fr", "Atelier Soie", "hugo@ateliersoie.example",
        "Hugo Bernard <hugo@ateliersoie.example>", "Ton portfolio",
        "Hello Henrik,\n\nOn a adoré ton portfolio ! On aimerait te proposer un entretien avec "
        "l'équipe, sous forme de portfolio review d'une heure, dans nos locaux à la Croix-Rousse ou en "
        "visio si c'est plus simple pour toi.\n\nTu serais dispo la semaine du 13 avril ?\n\nÀ très "
        "vite,\nHugo\nDirecteur de création – Atelier Soie\n",
        when="2026-04-03 18:20", tz="Europe/Paris", cte="quoted-printable")

    add("interview_invitation", "quebec_entrevue_ics", "fr", "Caisse Boréale", "isabelle.gagnon@caisseboreale.example",
        "Isabelle Gagnon <isabelle.gagnon@caisseboreale.example>", "Convocation à une entrevue",
        "Bonjour M. Vogt,\n\nNous avons le plaisir de vous convier à une entrevue pour le poste de "
        "Chef de produit numérique (Montréal ou télétravail).\n\nL'entrevue se tiendra par Teams le "
        "mardi 28 avril à 9 h (heure de l'Est) et durera environ une heure. Vous rencontrerez "
        "Mme Lavoie, directrice Expérience membre, et moi-même.\n\nMerci de confirmer votre présence "
        "en répondant à ce courriel.\n\nCordialement,\nIsabelle Gagnon\nConseillère principale, "
        "acquisition de talents\nCaisse Boréale\n514 555-0148\n",
        when="2026-04-21 13:05", tz="America/Toronto",
        cal=ics("REQUEST", "boreale-entrevue-3391@caisseboreale.example", "2026-04-28 09:00",
                "2026-04-28 10:00", "Entrevue – Chef de produit numérique",
                "isabelle.gagnon@caisseboreale.example", tz="America/Toronto", location="Microsoft Teams"))

    add("interview_invitation", "public_jury_fr", "fr", "Département de Seine-Ouest", "recrutement-numerique@seine-ouest.example",
        "Recrutement Numérique <recrutement-numerique@seine-ouest.example>",
        "Convocation – entretien de recrutement (réf. DSN-2026-18)",
        "Monsieur,\n\nSuite à l'examen de votre candidature au poste de chef de projet produit "
        "numérique (réf. DSN-2026-18), j'ai le plaisir de vous informer que vous êtes convoqué à un "
        "entretien devant un jury le 19 mai 2026 à 10h30, à l'Hôtel du Département, salle Marianne.\n\n"
        "Le jury sera composé de la Directrice des services numériques, d'un représentant des "
        "ressources humaines et d'une cheffe de projet. Une présentation de 10 minutes vous sera "
        "demandée.\n\nVeuillez agréer, Monsieur, l'expression de mes salutations distinguées.\n\n"
        "Direction des ressources humaines\nDépartement de Seine-Ouest\n",
        when="2026-05-04 15:00", tz="Europe/Paris", cs="iso-8859-1", cte="quoted-printable")

    add("interview_invitation", "coop_videollamada", "es", "Cooperativa Nau Digital", "marta@naudigital.example",
        "Marta Puig <marta@naudigital.example>", "Entrevista Product Designer",
        "Hola Henrik,\n\n¡Gracias por escribirnos! Nos ha gustado mucho tu portfolio y nos gustaría "
        "conocerte en una entrevista por videollamada de unos 40 minutos.\n\n¿Te viene bien el jueves "
        "a las 11:00? Si no, dime un par de huecos que te cuadren esta semana o la que viene.\n\n"
        "Un abrazo,\nMarta Puig\nCooperativa Nau Digital · Barcelona\n",
        when="2026-04-06 12:25", tz="Europe/Madrid")

    add("interview_invitation", "agency_es_exclamation", "es", "Grupo Brisamar", "carla@talentocreativo.example",
        "Carla Rubio <carla@talentocreativo.example>", "¡Buenas noticias!",
        "¡Hola Henrik!\n\n¡Buenas noticias! Grupo Brisamar quiere hacerte una entrevista para el "
        "puesto de Product Owner de su nueva web de reservas. 😊\n\nProponen el martes 12 de mayo a las "
        "16:00 por Google Meet con la directora de Ecommerce. ¿Te encaja? ¡Dime algo cuanto antes "
        "para confirmarlo!\n\nUn besote,\nCarla\nTalent Creativo – Selección Diseño & Producto\n"
        "+34 655 55 01 23\n",
        when="2026-05-06 09:50", tz="Europe/Madrid")

    add("interview_invitation", "insurer_formal_ics_attach", "es", "Seguros Olivar", "seleccion@segurosolivar.example",
        "Selección Seguros Olivar <seleccion@segurosolivar.example>",
        "Convocatoria de entrevista – Responsable de Experiencia Digital",
        "Estimado Sr. Vogt:\n\nNos complace comunicarle que ha sido seleccionado para la siguiente fase "
        "del proceso. Le convocamos a una entrevista presencial el próximo 22 de junio a las 10:00 h "
        "en nuestras oficinas de Paseo de Gracia, 120, Barcelona.\n\nAdjuntamos la convocatoria en "
        "formato calendario. Rogamos confirme su asistencia respondiendo a este correo.\n\nAtentamente,\n"
        "Departamento de Selección\nSeguros Olivar\n\nCLÁUSULA DE CONFIDENCIALIDAD: La información "
        "contenida en este correo es confidencial.\n",
        when="2026-06-09 10:10", tz="Europe/Madrid",
        cal=ics("REQUEST", "olivar-ent-0622@segurosolivar.example", "2026-06-22 10:00", "2026-06-22 11:00",
                "Entrevista Henrik Vogt", "seleccion@segurosolivar.example", tz="Europe/Madrid",
                location="Paseo de Gracia 120, Barcelona"), cal_inline=False)

    add("interview_invitation", "teamtailor_whiteboard_es", "es", "Rutas Verdes", "pablo.ortega@rutasverdes.example",
        "Rutas Verdes <no-reply@teamtailor.com>", "Siguiente fase del proceso",
        "Hola Henrik,\n\n¡Enhorabuena! Has pasado a la siguiente fase: una sesión de diseño en directo "
        "(whiteboard) de 60 minutos con el equipo de producto, en la que resolveremos juntos un reto "
        "de nuestra app de bicis compartidas.\n\nReserva tu hueco aquí: "
        "https://rutasverdes.teamtailor.com/meetings/9c2f\n\nSi tienes cualquier duda, responde a este "
        "correo y te contesto yo.\n\nSaludos,\nPablo Ortega\nTalent Partner · Rutas Verdes\n",
        when="2026-06-25 11:11", tz="Europe/Madrid",
        reply_to="Pablo Ortega <pablo.ortega@rutasverdes.example>")


# --------------------------------------------------------------------------- reschedules
def reschedules() -> None:
    add("interview_reschedule_or_cancel", "postpone_ill_sie", "de", "Nordlicht Versicherung", "c.petersen@nordlicht-versicherung.example",
        "Carolin Petersen <c.petersen@nordlicht-versicherung.example>",
        "AW: Ihre Bewerbung als Product Owner Schadenportal",
        "Sehr geehrter Herr Vogt,\n\nleider müssen wir unseren Termin am Donnerstag, 26. Februar, "
        "verschieben, da Herr Dr. Olsen kurzfristig erkrankt ist. Das tut mir sehr leid.\n\nHätten "
        "Sie alternativ am Dienstag, 3. März, um 14:00 Uhr oder am Mittwoch, 4. März, um 9:30 Uhr "
        "Zeit? Der Teams-Link bleibt derselbe.\n\nMit freundlichen Grüßen\nCarolin Petersen\n"
        "Recruiting | Nordlicht Versicherung AG\n"
        + quote("outlook_de", "Henrik Vogt|henrik.vogt@example.org|AW: Ihre Bewerbung als Product Owner Schadenportal",
                "Freitag, 20. Februar 2026 09:14",
                "Sehr geehrte Frau Petersen,\n\nvielen Dank, ich habe mir den 26.02. um 10 Uhr gebucht.\n\n"
                "Mit freundlichen Grüßen\nHenrik Vogt"),
        when="2026-02-24 08:02", parent="nordlicht-gebucht")

    add("interview_reschedule_or_cancel", "teams_cancel_ics", "de", "Alster Leben", "jan.koehler@alster-leben.example",
        "Köhler, Jan <jan.koehler@alster-leben.example>",
        "Abgesagt: Kennenlerngespräch Product Owner Kundenportal",
        "Hallo Herr Vogt,\n\nich muss unseren Termin am 12.05. leider absagen, da unser Bereichsleiter "
        "an diesem Tag zu einem Vorstandstermin muss. Ich melde mich heute noch mit zwei neuen "
        "Terminvorschlägen.\n\nViele Grüße\nJan Köhler\n",
        when="2026-05-08 17:26",
        cal=ics("CANCEL", "040000008200E00074C5B7101A82E00800000000alster01", "2026-05-12 15:00",
                "2026-05-12 16:00", "Abgesagt: Kennenlerngespräch Product Owner Kundenportal",
                "jan.koehler@alster-leben.example", seq=1, status="CANCELLED"))

    add("interview_reschedule_or_cancel", "mobile_cancel_du", "de", "Velocita", "kai@velocita.example",
        "Kai Reimers <kai@velocita.example>", "Re: Kurzer Call?",
        "Sorry Henrik, muss unseren Call morgen absagen, mir ist ein Investoren-Termin "
        "dazwischengekommen. Können wir nächste Woche neu planen? Mo oder Di?\n\nKai\n\nGesendet von "
        "meinem iPhone"
        + quote("de", "Henrik Vogt <henrik.vogt@example.org>", "03.03.2026 um 08:12",
                "Moin Kai,\n\nDonnerstag Vormittag passt super, 10 Uhr?\n\nGrüße\nHenrik"),
        when="2026-03-04 23:50", parent="velocita-zusage")

    add("interview_reschedule_or_cancel", "austrian_postpone", "de", "Donaupark Software", "b.leitner@donaupark.example",
        "Bernhard Leitner <b.leitner@donaupark.example>", "Terminverschiebung",
        "Sehr geehrter Herr Vogt!\n\nLeider müssen wir das für Montag, 23. März, vereinbarte Gespräch "
        "auf einen späteren Zeitpunkt verschieben – bei uns ist leider ein Kundenprojekt eskaliert. "
        "Wäre Ihnen Montag, 30. März, zur selben Uhrzeit recht? Die Kosten für eine bereits gebuchte "
        "Zugfahrt erstatten wir selbstverständlich.\n\nBitte um Nachsicht.\n\nMit besten Grüßen\n"
        "Bernhard Leitner\nDonaupark Software GmbH\n",
        when="2026-03-18 12:31", tz="Europe/Vienna", cs="iso-8859-1")

    add("interview_reschedule_or_cancel", "agency_moved_friday", "de", "Optiqa", "svenja@pixelpeople.example",
        "Svenja | Pixelpeople <svenja@pixelpeople.example>", "Kleine Planänderung!",
        "Hi Henrik!\n\nKleine Planänderung: Optiqa muss das Gespräch von Dienstag auf Freitag, "
        "24.04., 13:00 Uhr schieben – die Head of Product ist Dienstag auf einer Messe. Passt dir das "
        "auch?? Gib mir kurz Bescheid, dann bestätige ich!\n\nLG Svenja\n",
        when="2026-04-15 19:02")

    add("interview_reschedule_or_cancel", "personio_time_changed", "de", "Lindenhof Digital", "sophie.lang@lindenhof-digital.example",
        "Lindenhof Digital <notifications@personio.de>", "Geänderter Termin: Portfolio-Präsentation",
        "Hallo Henrik,\n\nbei deinem Termin hat sich etwas geändert: Die Portfolio-Präsentation findet "
        "nicht am 17. März, sondern am Donnerstag, 19. März 2026, von 14:00 bis 15:30 Uhr statt. Ort "
        "bleibt gleich.\n\nDie aktualisierte Einladung hängt an. Sorry für das Hin und Her!\n\nSophie\n",
        when="2026-03-12 10:40", reply_to="Sophie Lang <sophie.lang@lindenhof-digital.example>",
        cal=ics("REQUEST", "lindenhof-portfolio-7731@personio.de", "2026-03-19 14:00", "2026-03-19 15:30",
                "Portfolio-Präsentation Henrik Vogt", "sophie.lang@lindenhof-digital.example",
                location="Torstraße 109, Berlin", seq=1), cal_inline=False)

    add("interview_reschedule_or_cancel", "greenhouse_reschedule", "en", "Brightwave Health", "hannah.cole@brightwave.example",
        "Brightwave Health <no-reply@us.greenhouse-mail.io>", "We need to reschedule your interview",
        "Hi Henrik,\n\nApologies - our Design Lead has been pulled into an offsite, so we need to "
        "reschedule your portfolio review planned for March 19.\n\nCould you choose a new time using "
        "the link below? Your previous slot has been released.\n"
        "https://app.greenhouse.io/scheduling/brightwave/8b4c?reschedule=1\n\nThanks for your "
        "flexibility,\nHannah\n",
        when="2026-03-16 21:13", tz="America/New_York",
        reply_to="Hannah Cole <hannah.cole@brightwave.example>")

    add("interview_reschedule_or_cancel", "british_panel_paused", "en", "Harrowgate Media", "tom.ashworth@harrowgate.example",
        "Tom Ashworth <tom.ashworth@harrowgate.example>", "RE: Interview Thursday",
        "Hi Henrik,\n\nI'm afraid I have to cancel Thursday's interview - our Head of Audio is off "
        "sick this week. Really sorry for the short notice. I'll come back to you early next week "
        "with some new dates.\n\nBest wishes,\nTom\n"
        + quote("outlook", "Henrik Vogt|henrik.vogt@example.org|Interview Thursday", "01 April 2026 09:02",
                "Hi Tom,\n\nThursday 9 April at 2pm BST works well for me. Looking forward to it.\n\nBest,\nHenrik"),
        when="2026-04-07 08:50", tz="Europe/London", parent="harrowgate-confirm")

    add("interview_reschedule_or_cancel", "indian_postponed", "en", "Kalpana Digital Services", "deepa.iyer@kalpanadigital.example",
        "Deepa Iyer <deepa.iyer@kalpanadigital.example>",
        "Re: Interview Schedule - Product Manager (Europe) - Henrik Vogt",
        "Dear Henrik,\n\nDue to unavoidable circumstances the interview scheduled on 18th March "
        "stands postponed. The new slot will be intimated to you shortly.\n\nRegret the "
        "inconvenience caused.\n\nThanks & Regards,\nDeepa Iyer\nKalpana Digital Services\n",
        when="2026-03-17 14:02", tz="Asia/Kolkata")

    add("interview_reschedule_or_cancel", "ics_updated_time", "en", "Sakura Mobility Europe", "yuki.tanaka@sakura-mobility.example",
        "Yuki Tanaka <yuki.tanaka@sakura-mobility.example>",
        "Updated invitation: Interview for Product Manager Connected Services",
        "Dear Mr. Vogt,\n\nPlease excuse the change. Because Mr. Sato must travel to Tokyo that week, "
        "we would like to move your interview to 27 May 2026, 14:00-15:00 (CEST). The place is "
        "unchanged.\n\nThe updated invitation is attached. Thank you for your understanding.\n\n"
        "Best regards,\nYuki Tanaka\nHuman Resources\n",
        when="2026-05-19 02:40",
        cal=ics("REQUEST", "sakura-int-2026-0526@sakura-mobility.example", "2026-05-27 14:00",
                "2026-05-27 15:00", "Interview Henrik Vogt", "yuki.tanaka@sakura-mobility.example",
                location="Kaiserstraße 44, Frankfurt am Main", seq=1))

    add("interview_reschedule_or_cancel", "decaler_fr", "fr", "Quai Ouest", "m.lefevre@quaiouest.example",
        "Marion Lefèvre <m.lefevre@quaiouest.example>", "RE: Votre candidature – Product Designer",
        "Bonjour Henrik,\n\nJe suis désolée, je dois décaler notre entretien de jeudi : un imprévu de "
        "dernière minute. Seriez-vous disponible lundi 30 mars à 10h ?\n\nMerci de votre "
        "compréhension,\nMarion\n"
        + quote("fr", "Henrik Vogt <henrik.vogt@example.org>", "mar. 24 mars 2026 à 08:30",
                "Bonjour Marion,\n\nJeudi 26 mars à 11h me convient parfaitement.\n\nBien à vous,\nHenrik"),
        when="2026-03-25 18:05", tz="Europe/Paris", parent="quaiouest-ok")

    add("interview_reschedule_or_cancel", "quebec_annulation_ics", "fr", "Caisse Boréale", "isabelle.gagnon@caisseboreale.example",
        "Isabelle Gagnon <isabelle.gagnon@caisseboreale.example>", "Annulation : Entrevue – Chef de produit numérique",
        "Bonjour M. Vogt,\n\nJe dois malheureusement annuler l'entrevue de mardi. Mme Lavoie est "
        "retenue par un dossier urgent. Je vous propose de la reporter au jeudi 30 avril, même heure; "
        "je vous enverrai une nouvelle invitation dès votre confirmation.\n\nDésolée pour ce "
        "contretemps.\n\nIsabelle Gagnon\nCaisse Boréale\n",
        when="2026-04-24 16:30", tz="America/Toronto",
        cal=ics("CANCEL", "boreale-entrevue-3391@caisseboreale.example", "2026-04-28 09:00",
                "2026-04-28 10:00", "Annulé : Entrevue – Chef de produit numérique",
                "isabelle.gagnon@caisseboreale.example", tz="America/Toronto", seq=1, status="CANCELLED"))

    add("interview_reschedule_or_cancel", "semaine_pro_short", "fr", "Atelier Soie", "hugo@ateliersoie.example",
        "Hugo Bernard <hugo@ateliersoie.example>", "Re: Ton portfolio",
        "Hello Henrik, petit contretemps de notre côté, on peut décaler la review de mercredi à la "
        "semaine pro ? Mardi 21 à 15h par exemple. Désolé !\n\nHugo\n\nEnvoyé de mon iPhone\n",
        when="2026-04-13 07:58", tz="Europe/Paris")

    add("interview_reschedule_or_cancel", "aplazada_formal_es", "es", "Seguros Olivar", "seleccion@segurosolivar.example",
        "Selección Seguros Olivar <seleccion@segurosolivar.example>",
        "Aplazamiento de entrevista – Responsable de Experiencia Digital",
        "Estimado Sr. Vogt:\n\nLe informamos de que la entrevista prevista para el día 22 de junio ha "
        "sido aplazada por motivos de agenda del comité. En los próximos días le propondremos una "
        "nueva fecha.\n\nDisculpe las molestias.\n\nAtentamente,\nDepartamento de Selección\n"
        "Seguros Olivar\n",
        when="2026-06-17 13:20", tz="Europe/Madrid")

    add("interview_reschedule_or_cancel", "mover_viernes_es", "es", "Cooperativa Nau Digital", "marta@naudigital.example",
        "Marta Puig <marta@naudigital.example>", "Re: Entrevista Product Designer",
        "Hola Henrik! Perdona el lío, ¿podemos mover la videollamada del jueves al viernes a la misma "
        "hora? Me ha surgido una reunión con un cliente que no puedo cambiar.\n\nGracias!!\nMarta"
        + quote("es", "Henrik Vogt (<henrik.vogt@example.org>)", "mar, 7 abr 2026 a las 10:02",
                "Hola Marta,\n\n¡el jueves a las 11:00 me va perfecto!\n\nUn saludo,\nHenrik"),
        when="2026-04-08 16:44", tz="Europe/Madrid", parent="nau-ok")


# --------------------------------------------------------------------------- missed interviews
def missed() -> None:
    add("missed_interview_notice", "tried_calling_sie", "de", "MedKompass", "anna.keller@medkompass.example",
        "Anna Keller <anna.keller@medkompass.example>", "Unser Telefontermin heute",
        "Guten Tag Herr Vogt,\n\nwir hatten für heute um 10:00 Uhr ein Telefoninterview vereinbart. "
        "Ich habe zweimal versucht, Sie zu erreichen, leider ohne Erfolg, und Ihnen auch auf die "
        "Mailbox gesprochen.\n\nFalls Sie weiterhin Interesse an der Position haben, melden Sie sich "
        "bitte bis Freitag bei mir, dann finden wir einen neuen Termin.\n\nFreundliche Grüße\nAnna "
        "Keller\nRecruiting MedKompass\nTel. 030 555 882 10\n",
        when="2026-04-22 10:41")

    add("missed_interview_notice", "teams_no_show_sie", "de", "Hafenwerk Energie", "l.dietrich@hafenwerk.example",
        "Lena Dietrich <l.dietrich@hafenwerk.example>", "Heutiges Gespräch",
        "Hallo Herr Vogt,\n\nSie sind heute um 15 Uhr leider nicht in das Teams-Meeting gekommen. Wir "
        "haben etwa eine Viertelstunde gewartet. Ist alles in Ordnung bei Ihnen?\n\nWenn etwas "
        "dazwischengekommen ist, geben Sie mir gern Bescheid.\n\nViele Grüße\nLena Dietrich\nPeople "
        "Team | Hafenwerk Energie\n",
        when="2026-05-27 15:32")

    add("missed_interview_notice", "waited_in_meet_du", "de", "Kiezkiste", "tobi@kiezkiste.example",
        "Tobi Wenzel <tobi@kiezkiste.example>", "alles ok?",
        "Hey Henrik,\n\nwir haben gerade 10 min im Meet auf dich gewartet – alles okay bei dir? Sollen "
        "wir neu ansetzen?\n\nTobi\nKiezkiste\n",
        when="2026-06-03 11:12")

    add("missed_interview_notice", "swiss_nicht_angetroffen", "de", "Digitalamt der Stadt Winterau", "ursina.caflisch@winterau.example",
        "Caflisch Ursina <ursina.caflisch@winterau.example>", "Vorstellungsgespräch vom 9. April",
        "Grüezi Herr Vogt\n\nLeider haben wir Sie heute zum vereinbarten Termin um 13.30 Uhr im "
        "Stadthaus nicht angetroffen. Wir haben auch versucht, Sie telefonisch zu erreichen.\n\n"
        "Bitte lassen Sie uns wissen, ob Sie am weiteren Verfahren interessiert sind.\n\n"
        "Freundliche Grüsse\nUrsina Caflisch\nStadt Winterau – Human Resources\n",
        when="2026-04-09 15:05", tz="Europe/Zurich")

    add("missed_interview_notice", "tried_calling_en", "en", "Orbitly", "sam@orbitly.example",
        "Sam Okafor <sam@orbitly.example>", "Missed you today",
        "Hi Henrik,\n\nWe tried calling you at the scheduled time (3pm) but couldn't get through. Let "
        "me know if you'd still like to proceed and we can find another slot.\n\nSam\n",
        when="2026-03-20 15:25", tz="Europe/London")

    add("missed_interview_notice", "agency_no_zoom", "en", "Fernweh Travel", "chloe@brightpilot.example",
        "Chloe Barnes <chloe@brightpilot.example>", "Everything ok??",
        "Hi Henrik,\n\nJust had a call from Fernweh - they said you didn't join the Zoom this "
        "morning?! Is everything ok? Totally understand if something came up, but let me know asap so "
        "I can smooth things over with them.\n\nChloe\nBright Pilot\n",
        when="2026-04-22 12:20", tz="Europe/London")

    add("missed_interview_notice", "jury_absent_fr", "fr", "Département de Seine-Ouest", "recrutement-numerique@seine-ouest.example",
        "Recrutement Numérique <recrutement-numerique@seine-ouest.example>",
        "Entretien du 19 mai – réf. DSN-2026-18",
        "Monsieur,\n\nNous vous attendions ce matin à 10h30 pour l'entretien devant le jury, mais "
        "vous ne vous êtes pas présenté et nous n'avons pas pu vous joindre.\n\nSi un empêchement "
        "indépendant de votre volonté en est la cause, nous vous remercions de nous en informer dans "
        "les meilleurs délais.\n\nCordialement,\nDirection des ressources humaines\nDépartement de "
        "Seine-Ouest\n",
        when="2026-05-19 12:02", tz="Europe/Paris")

    add("missed_interview_notice", "montreal_tantot", "fr", "Boréal Jeux", "vincent@borealjeux.example",
        "Vincent Côté <vincent@borealjeux.example>", "Entrevue de ce matin",
        "Salut Henrik,\n\nOn t'a attendu sur Teams tantôt pour l'entrevue de 10 h, mais tu ne t'es pas "
        "connecté. J'espère que tout va bien! Écris-moi si tu veux qu'on replanifie.\n\nVincent\n"
        "Boréal Jeux – Montréal\n",
        when="2026-06-11 10:40", tz="America/Toronto")

    add("missed_interview_notice", "llamada_sin_exito", "es", "Rutas Verdes", "pablo.ortega@rutasverdes.example",
        "Pablo Ortega <pablo.ortega@rutasverdes.example>", "Sesión de hoy",
        "Hola Henrik,\n\nHemos intentado llamarte a la hora acordada para la sesión de whiteboard, "
        "pero no ha sido posible contactar contigo y tampoco te has conectado al enlace.\n\n¿Va todo "
        "bien? Si sigues interesado, dime y buscamos otro hueco.\n\nSaludos,\nPablo\nRutas Verdes\n",
        when="2026-07-01 12:15", tz="Europe/Madrid")

    add("missed_interview_notice", "agency_no_te_vimos", "es", "Grupo Brisamar", "carla@talentocreativo.example",
        "Carla Rubio <carla@talentocreativo.example>", "¿Todo bien?",
        "Hola Henrik, me acaba de escribir Grupo Brisamar: no te han visto en la videollamada de esta "
        "tarde 😕 ¿Ha pasado algo? Llámame cuando puedas para ver si podemos recolocarla.\n\nCarla\n",
        when="2026-05-12 16:40", tz="Europe/Madrid")


# --------------------------------------------------------------------------- acknowledgements
def acknowledgements() -> None:
    add("application_received", "personio_volume_sie", "de", "Lindenhof Digital", "",
        "Lindenhof Digital <notifications@personio.de>",
        "Eingangsbestätigung: Ihre Bewerbung als Senior UX Designer",
        None, when="2026-02-20 13:02", alt=True, cte="quoted-printable",
        html=ats_html("Lindenhof Digital", "#16a34a", [
            "Hallo Henrik Vogt,",
            "vielen Dank für deine Bewerbung als Senior UX Designer (m/w/d)! Wir haben deine "
            "Unterlagen erhalten und schauen sie uns in den nächsten Tagen in Ruhe an.",
            "Aufgrund der hohen Anzahl an Bewerbungen kann die Bearbeitung bis zu drei Wochen dauern. "
            "Wir melden uns in jedem Fall bei dir.",
            "Viele Grüße<br>Dein Lindenhof Digital People-Team"],
            "Lindenhof Digital GmbH · Torstraße 109 · 10119 Berlin · Diese Nachricht wurde automatisch "
            "erstellt.",
            "https://lindenhof-digital.jobs.personio.de/mt"))

    add("application_received", "softgarden_no_individual_feedback", "de", "Stiftung Kunstforum Hamburg", "",
        "Stiftung Kunstforum Hamburg <noreply@softgarden.io>",
        "Vielen Dank für Ihre Bewerbung!",
        "Guten Tag Herr Vogt,\n\nherzlichen Dank für Ihre Bewerbung als Digital Product Owner Sammlung "
        "Online. Ihre Unterlagen sind vollständig bei uns eingegangen.\n\nWir prüfen alle Bewerbungen "
        "sorgfältig und melden uns nach Ende der Bewerbungsfrist (15. April). Bitte haben Sie "
        "Verständnis dafür, dass wir leider nicht jeder Bewerberin und jedem Bewerber ein "
        "individuelles Feedback geben können und Zwischennachfragen derzeit nicht beantworten.\n\n"
        "Mit freundlichen Grüßen\nStiftung Kunstforum Hamburg\nPersonal\n\n--\nPowered by softgarden\n",
        when="2026-03-28 22:14")

    add("application_received", "join_emoji_du", "de", "Tessaloop", "",
        "Tessaloop <noreply@join.com>", "Deine Bewerbung ist angekommen 🎉",
        "Hey Henrik,\n\ncool, dass du dich für die Stelle als Product Designer (Mobile) bei Tessaloop "
        "beworben hast! Deine Bewerbung ist bei uns gelandet.\n\nWie geht's weiter? Wir schauen uns "
        "alles an und melden uns innerhalb von ca. 10 Tagen – egal wie es ausgeht.\n\nBis bald!\n"
        "Team Tessaloop\n\n—\nGesendet über JOIN · Bitte nicht auf diese E-Mail antworten.\n",
        when="2026-03-30 08:31")

    add("application_received", "public_sector_kennziffer", "de", "IT.Nordmark", "",
        "Landesbetrieb IT.Nordmark <noreply-bewerbung@itnordmark.example>",
        "Eingangsbestätigung Ihrer Bewerbung – Kennziffer DS-2026-031",
        "Sehr geehrter Herr Vogt,\n\nhiermit bestätigen wir den Eingang Ihrer Bewerbung für die Stelle "
        "„Produktmanagerin / Produktmanager Digitale Antragsdienste“ (Kennziffer DS-2026-031).\n\n"
        "Das Auswahlverfahren wird voraussichtlich mehrere Wochen in Anspruch nehmen. Leider ist es "
        "uns nicht möglich, Ihnen vor Abschluss des Verfahrens Auskunft über den Stand Ihrer "
        "Bewerbung zu geben. Schwerbehinderte Bewerberinnen und Bewerber werden bei gleicher Eignung "
        "bevorzugt berücksichtigt.\n\nMit freundlichen Grüßen\nIhr Team Personalgewinnung\n"
        "Landesbetrieb IT.Nordmark\n\nDiese E-Mail wurde automatisch erzeugt.\n",
        when="2026-04-01 07:15", cs="iso-8859-1", cte="quoted-printable")

    add("application_received", "workday_received", "de", "Modehaus Brenner", "",
        "Modehaus Brenner <modehausbrenner@myworkday.com>",
        "Vielen Dank für Ihre Bewerbung bei Modehaus Brenner",
        "Sehr geehrte/r Henrik Vogt,\n\nwir haben Ihre Bewerbung für die Position R-004512 Product "
        "Owner E-Commerce (all genders) erhalten.\n\n\nUnser Recruiting-Team wird Ihre Unterlagen "
        "prüfen. Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenkonto einsehen.\n\n"
        "Mit freundlichen Grüßen\n\nIhr Modehaus Brenner Recruiting Team\n\n\n*** Bitte antworten Sie "
        "nicht auf diese E-Mail. ***\n",
        when="2026-04-27 23:48")

    add("application_received", "austrian_recruiting_mailbox", "de", "Donau Alpina Versicherung", "recruiting@donau-alpina.example",
        "Recruiting Donau Alpina <recruiting@donau-alpina.example>", "Ihre Bewerbung",
        "Sehr geehrter Herr Vogt,\n\nwir bestätigen den Eingang Ihrer Bewerbung als Product Owner "
        "Digitale Vertriebswege und bedanken uns für Ihr Interesse an der Donau Alpina.\n\nWir werden "
        "Ihre Unterlagen gewissenhaft prüfen und uns innerhalb der nächsten zwei Wochen bei Ihnen "
        "melden.\n\nAus rechtlichen Gründen weisen wir darauf hin, dass für diese Position ein "
        "kollektivvertragliches Mindestgehalt von EUR 3.900,– brutto/Monat gilt; eine Überzahlung "
        "ist je nach Qualifikation möglich.\n\nMit freundlichen Grüßen\nRecruiting Team\n"
        "Donau Alpina Versicherung AG\n",
        when="2026-02-26 09:30", tz="Europe/Vienna", cs="windows-1252", cte="quoted-printable")

    add("application_received", "successfactors_swiss_ack", "de", "Limmat Versicherungen", "",
        "Limmat Versicherungen <noreply@successfactors.eu>",
        "Bestätigung Ihrer Bewerbung - Senior UX Designer 80-100%", None,
        when="2026-02-18 14:10", tz="Europe/Zurich", alt=True,
        html='<html><body><font face="Arial" size="2">Grüezi Henrik Vogt<br><br>Vielen Dank für Ihre '
             'Bewerbung. Wir haben Ihre Unterlagen erhalten und werden diese so rasch wie möglich '
             'prüfen.<br><br>Sie hören in den nächsten Wochen von uns.<br><br>Freundliche Grüsse<br>'
             'Limmat Versicherungen<br>Talent Acquisition<br><br><span style="font-size:9px;color:#999">'
             'Dies ist eine automatisch generierte E-Mail.</span></font></body></html>')

    add("application_received", "broadcaster_portal_no_status", "de", "Rundfunk Nordost", "",
        "Karriereportal Rundfunk Nordost <noreply@karriere.rundfunk-nordost.example>",
        "Bewerbungseingang 26-014",
        "Sehr geehrter Herr Vogt,\n\nIhre Online-Bewerbung auf die Ausschreibung 26-014 "
        "(UX-Designer/in Mediathek) ist bei uns eingegangen.\n\nBitte sehen Sie von telefonischen "
        "Nachfragen zum Stand des Verfahrens ab. Leider können wir aufgrund der Vielzahl der "
        "Bewerbungen keine Zwischenbescheide versenden; Sie erhalten nach Abschluss des "
        "Auswahlverfahrens eine Nachricht.\n\nMit freundlichen Grüßen\nHauptabteilung Personal\n"
        "Rundfunk Nordost\n",
        when="2026-02-12 16:55")

    add("application_received", "greenhouse_volume_en", "en", "Lumen Freight", "",
        "Lumen Freight <no-reply@us.greenhouse-mail.io>", "Thanks for applying to Lumen Freight!",
        "Hi Henrik,\n\nThanks for applying to the Product Designer, Shipper Experience role at Lumen "
        "Freight! We've received your application and our team will review it soon.\n\nDue to the "
        "high volume of applications, we're unable to respond to every applicant individually. If "
        "your experience is a match, someone from our team will reach out to you.\n\nThanks,\nLumen "
        "Freight Talent\n",
        when="2026-02-09 11:30")

    add("application_received", "lever_received_en", "en", "Azulejo Commerce", "",
        "Azulejo Commerce <no-reply@hire.lever.co>", "Thank you for your application!", None,
        when="2026-04-02 17:05", tz="Europe/Lisbon", alt=True,
        html=ats_html("Azulejo Commerce", "#2563eb", [
            "Hi Henrik,",
            "Thank you for your interest in Azulejo Commerce! We wanted to let you know we received "
            "your application for Product Manager, Marketplace, and we are delighted that you would "
            "consider joining our team in Lisbon.",
            "Our team will review your application and will be in touch if your qualifications match "
            "our needs for the role.",
            "Obrigado,<br>Azulejo Commerce"],
            'Sent via <a href="https://www.lever.co">Lever</a>',
            "https://hire.lever.co/t/open"))

    add("application_received", "indian_revert_7_days", "en", "Vistaar Infotech", "",
        "Vistaar Infotech HR <hr.noreply@vistaar-infotech.example>",
        "Acknowledgement - UX Lead (Req#VI-2291)",
        "Dear Henrik Vogt,\n\nGreetings from Vistaar Infotech!\n\nThis is to acknowledge receipt of "
        "your application for the position of UX Lead. Our Talent Acquisition team shall review your "
        "profile and revert within 7 working days in case of a match.\n\nRequest you to keep your "
        "profile updated on our careers portal.\n\nWarm Regards,\nTalent Acquisition Team\n"
        "Vistaar Infotech Ltd.\n\nThis is a system generated mail, kindly do not reply.\n",
        when="2026-02-25 05:20", tz="Asia/Kolkata")

    add("application_received", "ashby_no_individual_feedback", "en", "Quillmate", "",
        "Quillmate Recruiting <no-reply@ashbyhq.com>", "We've got your application",
        "Hi Henrik,\n\nThanks for applying for the Product Manager, Growth role at Quillmate. Our team "
        "reads every application, and we'll get back to you within two weeks.\n\nPlease note that "
        "unfortunately we are unable to provide individual feedback at this stage of the process.\n\n"
        "Talk soon,\nThe Quillmate team\n",
        when="2026-05-11 20:01", tz="America/New_York")

    add("application_received", "bamboohr_received_en", "en", "Northbeam Analytics", "",
        "Northbeam Analytics <notifications@app.bamboohr.com>",
        "Application received — Senior Product Designer",
        "Hello Henrik,\n\nThank you for applying for the Senior Product Designer position at Northbeam "
        "Analytics. We have received your application and our hiring team in Aarhus will be reviewing "
        "it shortly.\n\nIf your skills and experience are a good fit, we'll be in touch to arrange "
        "next steps.\n\nBest regards,\nNorthbeam Analytics People Team\n\nThis email was sent from a "
        "notification-only address that cannot accept incoming email.\n",
        when="2026-06-01 09:12", tz="Europe/Copenhagen", cte="base64")

    add("application_received", "british_assume_unsuccessful", "en", "Thistledown Insurance", "",
        "Thistledown Careers <careers-noreply@thistledown.example>",
        "Your application: Product Manager - Claims Journeys",
        "Dear Henrik,\n\nThank you for your application for the role of Product Manager - Claims "
        "Journeys. This email confirms that we have received it.\n\nWe receive a large number of "
        "applications and regret that we are unable to respond to every applicant personally. If you "
        "have not heard from us within four weeks of the closing date, please assume that your "
        "application has not been successful on this occasion.\n\nKind regards,\nThistledown Talent "
        "Team\n\nThistledown Insurance plc is authorised by the Prudential Regulation Authority.\n",
        when="2026-02-23 13:40", tz="Europe/London")

    add("application_received", "wttj_bien_recu", "fr", "Maison Orfève", "",
        "Maison Orfève via Welcome to the Jungle <no-reply@welcometothejungle.com>",
        "Votre candidature a bien été envoyée à Maison Orfève",
        None, when="2026-02-16 12:50", tz="Europe/Paris", alt=True,
        html=ats_html("Welcome to the Jungle", "#ffcd00", [
            "Bonjour Henrik,",
            "Votre candidature pour le poste <b>Product Designer E-commerce</b> chez Maison Orfève a "
            "bien été reçue.",
            "L'entreprise reviendra vers vous si votre profil correspond à ses attentes. En attendant, "
            "découvrez d'autres offres qui pourraient vous plaire.",
            '<a href="https://www.welcometothejungle.com/fr/me/applications">Suivre mes candidatures</a>'],
            'Welcome to the Jungle · <a href="https://www.welcometothejungle.com/unsubscribe">Se désabonner</a>',
            "https://click.welcometothejungle.com/o/77"))

    add("application_received", "teamtailor_merci_tu", "fr", "Tramway Labs", "",
        "Tramway Labs <no-reply@teamtailor.com>", "Merci pour ta candidature !",
        "Salut Henrik,\n\nMerci pour ta candidature au poste de Lead Product Designer chez Tramway "
        "Labs ! On l'a bien reçue et l'équipe va la regarder de près.\n\nOn revient vers toi d'ici "
        "deux semaines environ.\n\nÀ bientôt,\nL'équipe Tramway Labs\n",
        when="2026-04-10 09:00", tz="Europe/Paris")

    add("application_received", "quebec_seules_retenues", "fr", "Caisse Boréale", "",
        "Caisse Boréale – Carrières <ne-pas-repondre@caisseboreale.example>",
        "Accusé de réception – Chef de produit numérique",
        "Bonjour,\n\nNous accusons réception de votre candidature pour le poste de Chef de produit "
        "numérique et vous remercions de l'intérêt que vous portez à Caisse Boréale.\n\nVeuillez "
        "noter que seules les personnes dont la candidature sera retenue seront contactées.\n\n"
        "Équipe Acquisition de talents\nCaisse Boréale\n\nCeci est un message automatique, merci de "
        "ne pas y répondre.\n",
        when="2026-04-09 14:22", tz="America/Toronto", cs="iso-8859-1")

    add("application_received", "recruitee_recibida", "es", "Mercat Digital", "",
        "Mercat Digital <no-reply@recruitee.com>", "Hemos recibido tu candidatura",
        "¡Hola Henrik!\n\nGracias por tu interés en el puesto de Product Designer en Mercat Digital. "
        "Hemos recibido tu candidatura correctamente y la revisaremos con calma.\n\nTe escribiremos "
        "en cuanto tengamos novedades.\n\nUn saludo,\nEquipo de Personas · Mercat Digital\n",
        when="2026-03-02 18:30", tz="Europe/Madrid")

    add("application_received", "volumen_no_individual_es", "es", "Sabores del Sur Hoteles", "",
        "Sabores del Sur Hoteles <notifications@app.bamboohr.com>", "Gracias por tu candidatura",
        "Estimado Henrik:\n\nTe confirmamos que hemos recibido tu solicitud para el puesto de Product "
        "Owner Reservas.\n\nDebido al elevado número de candidaturas, lamentablemente no podremos "
        "responder a todas de forma individual. Si tu perfil encaja con lo que buscamos, nos "
        "pondremos en contacto contigo en las próximas semanas.\n\nAtentamente,\nRecursos Humanos\n"
        "Sabores del Sur Hoteles\n",
        when="2026-05-20 10:02", tz="Europe/Madrid", cs="iso-8859-1", cte="quoted-printable")

    add("application_received", "acusamos_recibo_formal", "es", "Seguros Olivar", "",
        "Seguros Olivar – Empleo <no-reply@empleo.segurosolivar.example>",
        "Acuse de recibo de su candidatura",
        "Estimado/a candidato/a:\n\nAcusamos recibo de su candidatura a la oferta \"Responsable de "
        "Experiencia Digital\" (ref. SO-2026-044). Su currículum ha sido incorporado a nuestro proceso "
        "de selección.\n\nEn caso de que su perfil se ajuste a los requisitos, el equipo de Selección "
        "se pondrá en contacto con usted.\n\nLe informamos de que sus datos serán tratados conforme al "
        "Reglamento (UE) 2016/679.\n\nSeguros Olivar\n",
        when="2026-05-28 08:45", tz="Europe/Madrid")


# --------------------------------------------------------------------------- offers
def offers() -> None:
    add("offer", "contract_attached_sie", "de", "Nordlicht Versicherung", "c.petersen@nordlicht-versicherung.example",
        "Carolin Petersen <c.petersen@nordlicht-versicherung.example>",
        "Ihr Vertragsangebot – Product Owner Schadenportal",
        "Sehr geehrter Herr Vogt,\n\nwie heute mit Herrn Dr. Olsen telefonisch besprochen, freuen wir "
        "uns sehr, Ihnen die Position als Product Owner Schadenportal anbieten zu können.\n\nAnbei "
        "erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung. Bitte senden Sie uns ein "
        "unterschriebenes Exemplar bis zum 3. April zurück. Das vereinbarte Jahresgehalt beträgt "
        "82.000 EUR brutto zzgl. variabler Vergütung; Startdatum ist der 1. Juni 2026.\n\nFür Fragen "
        "stehe ich Ihnen jederzeit gern zur Verfügung.\n\nMit freundlichen Grüßen\nCarolin Petersen\n"
        "Recruiting | Nordlicht Versicherung AG\n",
        when="2026-03-20 16:10",
        attach=("Arbeitsvertrag_Vogt.pdf", "application/pdf", b"%PDF-1.4\n% corpus placeholder\n%%EOF\n"))

    add("offer", "startup_du_numbers", "de", "Velocita", "kai@velocita.example",
        "Kai Reimers <kai@velocita.example>", "Unser Angebot 🚲",
        "Hi Henrik,\n\nwir wollen dich unbedingt im Team haben! Nach dem Gespräch mit Jule und Ben "
        "waren sich alle einig.\n\nHier unser Angebot für die Rolle als Product Lead: 78k fix, 0,15 % "
        "VSOP, 30 Urlaubstage, remote-first mit zwei Office-Tagen im Monat in Hamburg. Start gern "
        "zum 1. Juli.\n\nLass uns morgen kurz telefonieren, dann schick ich dir den Vertrag.\n\nKai\n",
        when="2026-03-27 19:45")

    add("offer", "austrian_dienstvertrag", "de", "Donaupark Software", "b.leitner@donaupark.example",
        "Bernhard Leitner <b.leitner@donaupark.example>", "Angebot",
        "Sehr geehrter Herr Vogt!\n\nNach den sehr positiven Gesprächen freuen wir uns, Ihnen ein "
        "Angebot für die Position Product Manager unterbreiten zu dürfen.\n\nDie Eckdaten: "
        "Vollzeit (38,5 Std.), Einstufung gemäß IT-Kollektivvertrag ST2 mit Überzahlung, Jahresbrutto "
        "EUR 68.600,– (14 Gehälter), Eintritt nach Vereinbarung. Den Dienstvertrag erhalten Sie nach "
        "Ihrer Zusage.\n\nWir würden uns sehr freuen, Sie bald im Team zu begrüßen.\n\nMit besten "
        "Grüßen\nBernhard Leitner\nDonaupark Software GmbH\n",
        when="2026-04-03 11:20", tz="Europe/Vienna", cs="iso-8859-1", cte="quoted-printable")

    add("offer", "swiss_conditional", "de", "Digitalamt der Stadt Winterau", "ursina.caflisch@winterau.example",
        "Caflisch Ursina <ursina.caflisch@winterau.example>", "Stelle Product Owner E-Government",
        "Grüezi Herr Vogt\n\nGerne teilen wir Ihnen mit, dass sich das Auswahlgremium für Sie "
        "entschieden hat. Wir freuen uns, Ihnen die Stelle als Product Owner E-Government (90%) "
        "anzubieten.\n\nDie Anstellung erfolgt vorbehältlich eines einwandfreien "
        "Strafregisterauszugs sowie der Genehmigung durch den Stadtrat. Den Anstellungsvertrag "
        "stellen wir Ihnen nach Eingang der Unterlagen zu.\n\nFreundliche Grüsse\nUrsina Caflisch\n"
        "Stadt Winterau – Human Resources\n",
        when="2026-04-24 10:30", tz="Europe/Zurich")

    add("offer", "british_pleased_to_offer", "en", "Harrowgate Media", "tom.ashworth@harrowgate.example",
        "Tom Ashworth <tom.ashworth@harrowgate.example>", "Offer - Product Manager, Audio",
        "Hi Henrik,\n\nFurther to our call this afternoon, I'm delighted to confirm that we are pleased "
        "to offer you the position of Product Manager, Audio, subject to satisfactory references.\n\n"
        "Please find attached your offer letter and contract. If you're happy, do sign and return them "
        "by 8 May. Any questions at all, just give me a ring.\n\nCongratulations!\n\nTom\n\nTom "
        "Ashworth | Talent Lead | Harrowgate Media\n",
        when="2026-04-29 17:35", tz="Europe/London",
        attach=("Offer_Letter_H_Vogt.pdf", "application/pdf", b"%PDF-1.4\n% corpus placeholder\n%%EOF\n"))

    add("offer", "docusign_contract", "en", "Sakura Mobility Europe", "yuki.tanaka@sakura-mobility.example",
        "Yuki Tanaka via Docusign <dse@eu.docusign.net>",
        "Please DocuSign: Employment Contract Henrik Vogt - Sakura Mobility Europe",
        "Yuki Tanaka sent you a document to review and sign.\n\nREVIEW DOCUMENT: "
        "https://eu.docusign.net/Signing/EmailStart.aspx?a=7f3c\n\nDear Mr. Vogt,\n\nFollowing your "
        "verbal acceptance, please find your employment contract for the position of Product Manager "
        "Connected Services. Kindly sign by 12 June.\n\nBest regards,\nYuki Tanaka\n\nDo Not Share "
        "This Email\nThis email contains a secure link to Docusign. Please do not share this email, "
        "link, or access code with others.\n",
        when="2026-06-05 09:00", reply_to="Yuki Tanaka <yuki.tanaka@sakura-mobility.example>")

    add("offer", "promesse_embauche_fr", "fr", "Quai Ouest", "m.lefevre@quaiouest.example",
        "Marion Lefèvre <m.lefevre@quaiouest.example>", "Proposition d'embauche",
        "Bonjour Henrik,\n\nSuite à nos derniers échanges, nous avons le plaisir de vous proposer le "
        "poste de Product Designer senior au sein de Quai Ouest, en CDI, pour une rémunération "
        "annuelle brute de 58 000 €.\n\nVous trouverez ci-joint la promesse d'embauche. Nous vous "
        "remercions de nous la retourner signée avant le 15 mai si elle vous convient.\n\nToute "
        "l'équipe se réjouit à l'idée de travailler avec vous !\n\nBien cordialement,\nMarion Lefèvre\n"
        "Quai Ouest\n",
        when="2026-05-04 14:00", tz="Europe/Paris", cte="quoted-printable",
        attach=("Promesse_embauche_Vogt.pdf", "application/pdf", b"%PDF-1.4\n% corpus placeholder\n%%EOF\n"))

    add("offer", "quebec_conditional", "fr", "Caisse Boréale", "isabelle.gagnon@caisseboreale.example",
        "Isabelle Gagnon <isabelle.gagnon@caisseboreale.example>", "Offre d'emploi",
        "Bonjour M. Vogt,\n\nC'est avec grand plaisir que nous vous offrons le poste de Chef de "
        "produit numérique. Cette offre est conditionnelle à la vérification de vos antécédents "
        "judiciaires et de vos références.\n\nVous trouverez les conditions (salaire, vacances, "
        "régime de retraite) dans la lettre d'offre jointe. Merci de nous faire part de votre "
        "décision d'ici le 22 mai.\n\nAu plaisir,\nIsabelle Gagnon\nCaisse Boréale\n",
        when="2026-05-13 15:45", tz="America/Toronto",
        attach=("Lettre_offre.pdf", "application/pdf", b"%PDF-1.4\n% corpus placeholder\n%%EOF\n"))

    add("offer", "nos_complace_es", "es", "Cooperativa Nau Digital", "marta@naudigital.example",
        "Marta Puig <marta@naudigital.example>", "¡Nos encantaría que te unieras!",
        "Hola Henrik,\n\n¡Tenemos buenas noticias! Nos complace ofrecerte el puesto de Product Designer "
        "en Cooperativa Nau Digital. La propuesta es un contrato indefinido, 46.000 € brutos anuales, "
        "jornada de 35 horas y teletrabajo flexible.\n\nTe paso por aquí los detalles y, si te "
        "encaja, preparamos el contrato para que lo firmes.\n\nUn abrazo enorme,\nMarta\n",
        when="2026-04-28 13:00", tz="Europe/Madrid")

    add("offer", "carta_oferta_es", "es", "Rutas Verdes", "pablo.ortega@rutasverdes.example",
        "Pablo Ortega <pablo.ortega@rutasverdes.example>", "Carta de oferta – Product Manager",
        "Hola Henrik,\n\nComo te adelantó ayer Irene por teléfono, queremos que te incorpores a Rutas "
        "Verdes como Product Manager. Te adjunto la carta de oferta con las condiciones.\n\nCualquier "
        "duda, llámame.\n\nSaludos,\nPablo Ortega\nTalent Partner · Rutas Verdes\n",
        when="2026-07-16 10:20", tz="Europe/Madrid",
        attach=("Carta_oferta_Henrik_Vogt.pdf", "application/pdf", b"%PDF-1.4\n% corpus placeholder\n%%EOF\n"))


def _list(list_id: str, unsub: str) -> dict[str, str]:
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsub}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}


# --------------------------------------------------------------------------- other (German)
def other_de() -> None:
    add("other", "stepstone_alert", "de", "", "",
        "StepStone Jobagent <jobagent@stepstone.de>", "8 neue Jobs: Product Manager in Hamburg", None,
        when="2026-02-10 06:00", alt=True,
        headers=_list("<jobagent.stepstone.de>", "https://www.stepstone.de/jobagent/abmelden?id=44a1"),
        html=ats_html("StepStone", "#0c2577", [
            "Hallo Henrik,",
            "hier sind die neuesten Jobs zu Ihrem Jobagenten <b>Product Manager, Hamburg + 30 km</b>:",
            '<a href="https://www.stepstone.de/r/1">Product Manager Mobile Apps (m/w/d)</a> – Hanse '
            'Fintech GmbH, Hamburg<br><a href="https://www.stepstone.de/r/2">Senior Product Owner '
            'E-Commerce</a> – Kaufhaus Wendel, Hamburg<br><a href="https://www.stepstone.de/r/3">Product '
            'Manager Versicherungsportal</a> – Nordlicht Versicherung AG, Hamburg',
            '<a href="https://www.stepstone.de/r/all">Alle 8 Jobs ansehen</a>',
            "Tipp der Woche: So reagieren Sie souverän auf eine Absage nach dem Vorstellungsgespräch."],
            'Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben. <a href="https://'
            'www.stepstone.de/jobagent/abmelden">Abmelden</a>',
            "https://click.stepstone.de/t"))

    add("other", "xing_digest", "de", "", "",
        "XING <mailrobot@mail.xing.com>", "Henrik, 12 Jobs passen zu Ihnen",
        "Hallo Henrik Vogt,\n\ndiese Jobs könnten Sie interessieren:\n\n* UX Lead – Rundfunk Nordost, "
        "Rostock\n* Product Designer – Tessaloop, Berlin\n* Senior Product Manager – Parcelino, Berlin\n\n"
        "Alle Jobs: https://www.xing.com/jobs/recommendations\n\nIhre Bewerbungen im Blick: 3 Arbeitgeber "
        "haben Ihr Profil diese Woche angesehen.\n\nXING – Ein Angebot der New Work SE\nBenachrichtigungen "
        "verwalten: https://www.xing.com/settings/notifications\n",
        when="2026-03-09 07:30",
        headers=_list("<jobs-recommendations.xing.com>", "https://www.xing.com/unsubscribe/8812"))

    add("other", "elster_bescheid", "de", "", "",
        "ELSTER <noreply@elster.de>", "Bescheiddaten zu Ihrer Einkommensteuererklärung 2025",
        "Sehr geehrte Damen und Herren,\n\nfür Sie sind neue Bescheiddaten in Ihrem Postfach bei "
        "ELSTER eingegangen. Bitte melden Sie sich an, um diese abzurufen.\n\nDer Bescheid wird Ihnen "
        "vom Finanzamt Hamburg-Altona zusätzlich in Papierform zugestellt.\n\nMit freundlichen Grüßen\n"
        "Ihr ELSTER-Team\n\nDiese E-Mail wurde automatisch generiert. Antworten an diese Adresse "
        "werden nicht bearbeitet.\n",
        when="2026-06-12 04:10")

    add("other", "buergeramt_termin_abgesagt", "de", "", "",
        "Bürgeramt Altona <noreply-termine@buergeramt.example>",
        "Absage Ihres Termins am 14.04.2026",
        "Guten Tag,\n\nleider müssen wir Ihren Termin am 14.04.2026 um 08:45 Uhr (Anliegen: "
        "Personalausweis beantragen) aus organisatorischen Gründen absagen. Bitte buchen Sie einen "
        "neuen Termin über das Online-Portal.\n\nWir bitten um Ihr Verständnis.\n\nIhr Bürgeramt\n"
        "Kundenzentrum Altona\n",
        when="2026-04-10 13:00", cs="iso-8859-1", cte="quoted-printable")

    add("other", "krankenkasse_antrag_eingegangen", "de", "", "",
        "Hanse BKK <service@hanse-bkk.example>", "Ihr Antrag ist eingegangen",
        "Sehr geehrter Herr Vogt,\n\nvielen Dank – Ihr Antrag auf Kostenübernahme (Heil- und "
        "Kostenplan Zahnersatz) ist bei uns eingegangen. Wir prüfen ihn so schnell wie möglich und "
        "informieren Sie schriftlich über unsere Entscheidung.\n\nIhre Vorgangsnummer: HB-2026-118834\n\n"
        "Freundliche Grüße\nIhre Hanse BKK\n",
        when="2026-05-06 10:15")

    add("other", "bank_dispo_abgelehnt", "de", "", "",
        "Quellbank Kundenservice <kundenservice@quellbank.example>",
        "Ihr Antrag auf Erhöhung des Dispositionskredits",
        "Sehr geehrter Herr Vogt,\n\nvielen Dank für Ihren Antrag auf Erhöhung Ihres "
        "Dispositionskredits.\n\nNach sorgfältiger Prüfung können wir Ihrem Antrag zum jetzigen "
        "Zeitpunkt leider nicht entsprechen. Gern können Sie in sechs Monaten einen neuen Antrag "
        "stellen.\n\nMit freundlichen Grüßen\nIhre Quellbank\n",
        when="2026-03-13 11:45")

    add("other", "wohnung_absage", "de", "", "",
        "Hausverwaltung Petersen & Sohn <vermietung@hv-petersen.example>",
        "Wohnung Schillerstraße 12, 2. OG links",
        "Sehr geehrter Herr Vogt,\n\nvielen Dank für Ihr Interesse an der Wohnung in der "
        "Schillerstraße 12 und Ihre Teilnahme an der Besichtigung.\n\nLeider müssen wir Ihnen "
        "mitteilen, dass sich die Eigentümer für andere Mietinteressenten entschieden haben.\n\nWir "
        "wünschen Ihnen viel Erfolg bei der weiteren Wohnungssuche.\n\nMit freundlichen Grüßen\n"
        "K. Petersen\nHausverwaltung Petersen & Sohn\n",
        when="2026-05-15 15:20")

    add("other", "dhl_verzoegert", "de", "", "",
        "DHL Paket <noreply@dhl.de>", "Ihre Sendung verzögert sich",
        None, when="2026-03-24 18:02",
        html='<html><body style="font-family:Arial"><table width="100%"><tr><td style="background:#ffcc00;'
             'padding:12px"><img src="https://www.dhl.de/img/logo.png" alt="DHL"></td></tr><tr><td>'
             '<p>Hallo Henrik Vogt,</p><p>leider verzögert sich die Zustellung Ihrer Sendung '
             '00340434161094015902 von Parcelino. Wir bitten um Entschuldigung.</p><p>Neuer '
             'voraussichtlicher Zustelltag: <b>Donnerstag, 26.03.2026</b></p><p><a href="https://'
             'www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161094015902">'
             'Sendung verfolgen</a></p></td></tr></table></body></html>')

    add("other", "hermes_nicht_angetroffen", "de", "", "",
        "Hermes <noreply@paket.hermesworld.example>", "Wir haben Sie leider nicht angetroffen",
        "Hallo Henrik Vogt,\n\nwir waren heute um 11:42 Uhr bei Ihnen, haben Sie aber leider nicht "
        "angetroffen. Ihre Sendung von Modehaus Brenner wurde im Hermes PaketShop Kiosk am Park, "
        "Holstenstraße 8, abgegeben und liegt dort 7 Werktage für Sie bereit.\n\nIhr Hermes Team\n",
        when="2026-04-30 12:10")

    add("other", "db_zugausfall", "de", "", "",
        "DB Navigator <noreply@bahn.de>", "Ihre Reise am 17.03.: Verbindung geändert",
        "Guten Tag Herr Vogt,\n\nfür Ihre Reise von Hamburg Hbf nach Berlin Hbf am 17.03.2026 gibt es "
        "eine Änderung: ICE 1703 fällt aus. Ihre Zugbindung ist aufgehoben, Sie können einen anderen "
        "Zug nutzen.\n\nAlternative: ICE 905, Abfahrt 07:34, Ankunft 09:21.\n\nIhre Deutsche Bahn\n",
        when="2026-03-16 21:40")

    add("other", "gym_kurs_entfaellt", "de", "", "",
        "FitWerk Altona <kurse@fitwerk.example>", "Kursabsage: Functional Training heute 18:30",
        "Hey Henrik,\n\nleider fällt dein gebuchter Kurs Functional Training heute um 18:30 Uhr aus, "
        "da unser Trainer krank ist. Deine Buchung wurde storniert, dein Kontingent bleibt "
        "erhalten.\n\nSportliche Grüße\nDein FitWerk-Team\n",
        when="2026-05-21 14:02",
        headers={"List-Unsubscribe": "<https://fitwerk.example/unsubscribe?u=hv>"})

    add("other", "streaming_zahlung", "de", "", "",
        "Flimmerkiste <info@mailer.flimmerkiste.example>", "Deine Zahlung ist fehlgeschlagen",
        "Hallo Henrik,\n\nwir konnten die Zahlung für dein Abo leider nicht verarbeiten. Bitte "
        "aktualisiere deine Zahlungsdaten, damit du weiter streamen kannst.\n\nZahlungsdaten "
        "aktualisieren: https://flimmerkiste.example/account/payment\n\nDein Flimmerkiste-Team\n",
        when="2026-07-03 08:00")

    add("other", "karriere_newsletter_absagen", "de", "", "",
        "Karrierebrief <newsletter@karrierebrief.example>",
        "Absagen, Ghosting, Gegenangebote – der Karrierebrief #27", None,
        when="2026-04-04 07:00", alt=True,
        headers=_list("Karrierebrief <karrierebrief.newsletter.example>", "https://karrierebrief.example/abmelden"),
        html=ats_html("Karrierebrief", "#b91c1c", [
            "Liebe Leserinnen und Leser,",
            "„Leider müssen wir Ihnen mitteilen …“ – kaum ein Satz fällt Bewerbenden schwerer. Diese "
            "Woche erklärt eine Recruiterin, warum Absagen nach dem zweiten Vorstellungsgespräch oft "
            "nichts mit Ihnen zu tun haben.",
            "Außerdem: Was tun, wenn Sie ein Interview verpasst haben? Und: Wie Sie ein Angebot "
            "nachverhandeln, ohne es zu gefährden.",
            '<a href="https://karrierebrief.example/27/absagen">Weiterlesen</a> · '
            '<a href="https://karrierebrief.example/27/interview">Interview verpasst – was nun?</a>'],
            'Sie erhalten den Karrierebrief, weil Sie ihn abonniert haben. <a href="https://'
            'karrierebrief.example/abmelden">Abmelden</a>',
            "https://karrierebrief.example/px"))

    add("other", "freundin_eigene_absage", "de", "", "",
        "Jana Roth <jana.roth@example.net>", "puh",
        "Hey Henni,\n\nich hab heute die Absage von dieser Agentur in Ottensen bekommen, nach vier "
        "Runden!! \"Wir haben uns für eine Kandidatin mit mehr Erfahrung entschieden\" – ja danke. Bin "
        "ziemlich durch.\n\nLust auf ein Bier am Freitag? Dann erzähl ich dir alles. Und wie läuft's "
        "bei dir mit Nordlicht?\n\nJana\n",
        when="2026-03-19 21:33")

    add("other", "eigene_nachfrage_gesendet", "de", "Lindenhof Digital", "",
        ME, "Nachfrage zu meiner Bewerbung als Senior UX Designer",
        "Hallo Frau Lang,\n\nich hatte mich am 20. Februar als Senior UX Designer bei Lindenhof "
        "Digital beworben und wollte mich freundlich nach dem Stand erkundigen. Ich bin nach wie vor "
        "sehr interessiert.\n\nViele Grüße\nHenrik Vogt\n+49 151 555 0193\n",
        to="Sophie Lang <sophie.lang@lindenhof-digital.example>", when="2026-03-04 09:12")

    add("other", "abwesenheitsnotiz_recruiterin", "de", "Nordlicht Versicherung", "c.petersen@nordlicht-versicherung.example",
        "Carolin Petersen <c.petersen@nordlicht-versicherung.example>",
        "Abwesenheitsnotiz: Ihr Vertragsangebot – Product Owner Schadenportal",
        "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 06.04.2026 nicht im Büro und "
        "habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an "
        "recruiting@nordlicht-versicherung.example.\n\nMit freundlichen Grüßen\nCarolin Petersen\n",
        when="2026-03-30 10:01",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

    add("other", "standup_einladung_ics", "de", "", "",
        "Google Kalender <calendar-notification@google.com>",
        "Einladung: Daily Stand-up Relaunch Shop @ Mo. 13. Juli 2026 09:30 - 09:45 (MESZ)",
        "Sie wurden zu folgendem Termin eingeladen.\n\nDaily Stand-up Relaunch Shop\nWann: Mo. 13. Juli "
        "2026 09:30 – 09:45 (MESZ), wiederholt sich werktags\nTeilnehmer: henrik.vogt@example.org, "
        "team@shopkollektiv.example\n\nEinladung von Google Kalender\n",
        when="2026-07-10 16:00",
        cal=ics("REQUEST", "standup-relaunch-2026@google.com", "2026-07-13 09:30", "2026-07-13 09:45",
                "Daily Stand-up Relaunch Shop", "team@shopkollektiv.example"))

    add("other", "malt_projekte", "de", "", "",
        "Malt <hello@malt.de>", "3 neue Projekte passen zu deinem Profil",
        "Hallo Henrik,\n\ndiese Projekte könnten dich interessieren:\n\n- UX-Audit für einen "
        "Onlineshop (4 Wochen, remote)\n- Design System Aufbau für ein Fintech (3 Monate, Berlin)\n- "
        "Nutzerinterviews & Prototyping für eine Gesundheits-App\n\nJetzt ansehen: "
        "https://www.malt.de/projects\n\nDein Malt-Team\n",
        when="2026-05-25 09:30",
        headers=_list("<projects.malt.de>", "https://www.malt.de/unsubscribe"))

    add("other", "cold_outreach_du_wien", "de", "TalentFabrik", "lisa.gruber@talentfabrik.example",
        "Lisa Gruber <lisa.gruber@talentfabrik.example>", "Product Lead in Wien?",
        "Servus Henrik,\n\nich bin auf dein Profil gestoßen und finde deinen Weg vom UX Design ins "
        "Produktmanagement super spannend.\n\nAktuell begleite ich für einen Wiener Mobility-Kunden "
        "die Suche nach einer:einem Product Lead (Hybrid, 70–80k). Falls dich das grundsätzlich "
        "interessiert, schick mir gern deinen aktuellen CV – ich erzähl dir dann mehr.\n\nLiebe Grüße\n"
        "Lisa Gruber\nTalentFabrik · Recruiting für Tech & Design\nMariahilfer Straße 88, 1070 Wien\n",
        when="2026-06-16 10:25", tz="Europe/Vienna")

    add("other", "nutzerinterview_panel", "de", "", "",
        "Nutzerstimme Panel <studien@nutzerstimme.example>",
        "Einladung zu einem Nutzerinterview (45 Min., 50 € Gutschein)",
        "Hallo Henrik,\n\nfür eine Studie zu Banking-Apps suchen wir Teilnehmende für ein 45-minütiges "
        "Online-Interview. Als Dankeschön erhältst du einen Gutschein über 50 €.\n\nPasst das zu dir? "
        "Dann wähle hier einen Termin: https://nutzerstimme.example/studie/8812\n\nDein Nutzerstimme-"
        "Team\n",
        when="2026-06-30 12:00",
        headers=_list("<studien.nutzerstimme.example>", "https://nutzerstimme.example/abmelden"))

    add("other", "weitergeleitet_stellenanzeige", "de", "", "",
        "Katrin Vogt <katrin.vogt@example.net>", "WG: Stellenausschreibung Museum – wär das was für dich?",
        "Hi Bruderherz, hab das im Newsletter von unserem Museum gesehen, klingt nach dir!\n\nK.\n\n"
        "---------- Weitergeleitete Nachricht ---------\nVon: Museum am Wall <newsletter@museum-am-wall.example>\n"
        "Datum: Mi., 10. Juni 2026 um 08:00\nBetreff: Neuigkeiten aus dem Museum am Wall\n\nLiebe "
        "Freundinnen und Freunde des Museums,\n\nwir suchen ab sofort eine:n Digital Product Manager:in "
        "für unsere Online-Sammlung. Alle Infos unter museum-am-wall.example/jobs.\n\nAußerdem: "
        "Sommerfest am 27. Juni!\n",
        when="2026-06-10 19:40")


# --------------------------------------------------------------------------- other (English)
def other_en() -> None:
    add("other", "linkedin_job_alert", "en", "", "",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "30+ new jobs for \"Product Manager\" in Berlin", None,
        when="2026-02-14 08:12", alt=True,
        headers=_list("<jobalerts.linkedin.com>", "https://www.linkedin.com/comm/psettings/email-unsubscribe?k=x"),
        html=ats_html("LinkedIn", "#0a66c2", [
            "Your job alert for <b>Product Manager</b> in Berlin",
            '<a href="https://www.linkedin.com/comm/jobs/view/1">Product Manager, Payments</a> · Quillmate · '
            'Remote<br><a href="https://www.linkedin.com/comm/jobs/view/2">Associate Product Manager</a> · '
            'Lumen Freight · Berlin<br><a href="https://www.linkedin.com/comm/jobs/view/3">Product Owner</a> '
            '· Kontorwerk · Hamburg',
            "Actively recruiting · Be an early applicant",
            '<a href="https://www.linkedin.com/comm/jobs/search">See all jobs</a>'],
            "This email was intended for Henrik Vogt (UX & Product Designer). You are receiving Job Alert "
            "emails. © 2026 LinkedIn Corporation",
            "https://www.linkedin.com/emimp"))

    add("other", "indeed_digest", "en", "", "",
        "Indeed <alert@indeed.com>", "Product Designer jobs near Hamburg",
        "Henrik, here are new jobs matching your search\n\nSenior Product Designer\nFernweh Travel - "
        "Hamburg\nEasily apply\n\nUX/UI Designer (m/w/d)\nMedKompass - Berlin\nResponsive employer\n\n"
        "Lead Product Designer\nTramway Labs - Paris (Remote)\n\nView all jobs: "
        "https://de.indeed.com/jobs?q=product+designer&l=Hamburg\n\nUnsubscribe: "
        "https://de.indeed.com/unsubscribe?id=5c2\n",
        when="2026-03-01 06:45",
        headers=_list("<alerts.indeed.com>", "https://de.indeed.com/unsubscribe?id=5c2"))

    add("other", "inmail_cold_outreach", "en", "Northstar Search", "",
        "Ravi Shah via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Head of Product opportunity - climate tech",
        "Hi Henrik,\n\nI came across your profile and was impressed by how you've moved from UX into "
        "product. I'm working on a Head of Product search for a Series B climate-tech client in Berlin "
        "(great founders, strong funding).\n\nWould you be open to hearing more? No pressure at all - "
        "if the timing isn't right, happy to stay in touch for the future.\n\nBest,\nRavi Shah\n"
        "Partner, Northstar Search\n\nReply on LinkedIn: https://www.linkedin.com/messaging/thread/2-ZmQ\n"
        "You are receiving InMail notification emails. Unsubscribe.\n",
        when="2026-03-26 14:50", tz="Europe/London")

    add("other", "podcast_interview_request", "en", "", "",
        "Priya Nair <priya@pixelsandpeople-podcast.example>", "Interview request: Pixels & People podcast",
        "Hi Henrik,\n\nI host Pixels & People, a podcast about designers who moved into product roles. "
        "I loved your Medium piece on running discovery in public services and would love to "
        "interview you for an episode!\n\nRecording is remote, about 45 minutes, and we could do any "
        "afternoon in the week of 20 April. Would you be up for it?\n\nCheers,\nPriya\n",
        when="2026-04-08 18:30", tz="Europe/London")

    add("other", "press_quote_request", "en", "", "",
        "Daniel Hartmann <d.hartmann@civictech-journal.example>", "Quick question for a piece on GovTech design",
        "Hello Mr Vogt,\n\nI'm writing a feature for Civic Tech Journal on how municipalities approach "
        "service design. A colleague mentioned your talk at the Hamburg UX meetup. Would you be "
        "available for a short phone interview this week? 15 minutes would be plenty.\n\nThanks,\n"
        "Daniel Hartmann\nSenior Reporter\n",
        when="2026-05-18 11:00")

    add("other", "user_research_invite", "en", "", "",
        "Canvasly Research <research-noreply@canvasly.example>",
        "Share your feedback: 30-minute interview, $60 gift card",
        "Hi Henrik,\n\nAs an active Canvasly user, you're invited to a 30-minute user research "
        "interview with our product team. We want to hear how you use components and prototypes.\n\n"
        "As a thank-you, you'll receive a $60 gift card.\n\nBook a time: https://canvasly.example/research/book\n\n"
        "The Canvasly Research team\n",
        when="2026-06-04 16:20", tz="America/New_York",
        headers=_list("<research.canvasly.example>", "https://canvasly.example/unsubscribe"))

    add("other", "candidate_survey", "en", "Brightwave Health", "",
        "Brightwave Health <no-reply@us.greenhouse-mail.io>", "How was your interview experience?",
        "Hi Henrik,\n\nThanks for interviewing with Brightwave Health. We'd love to hear about your "
        "experience, whether or not you move forward in the process.\n\nThe survey takes two minutes "
        "and is anonymous: https://survey.greenhouse.io/s/brightwave/9f1\n\nThanks!\nBrightwave Health "
        "Talent Team\n",
        when="2026-03-27 15:00", tz="America/New_York")

    add("other", "order_delayed_fwd_rfc822", "en", "", "",
        "Mateo Silva <mateo.silva@example.net>", "Fwd: Your order is delayed",
        "hey, this is the lamp you ordered to our place, fyi - looks like it'll be late. M\n",
        when="2026-04-18 10:05",
        fwd=inner("Lampfield Store <orders@lampfield.example>", "Unfortunately your order is delayed",
                  "Hi Henrik,\n\nUnfortunately your order #LF-30921 is delayed due to high demand. We "
                  "now expect to ship it on April 24. We're sorry for the inconvenience.\n\nLampfield\n",
                  "2026-04-17 20:10"))

    add("other", "location_shared", "en", "", "",
        "Trailmate <notify@trailmate.example>", "Jana shared her position with you",
        "Jana Roth shared her live position with you for the next 2 hours.\n\nCurrent position: "
        "53.5503° N, 9.9937° E (near Jungfernstieg, Hamburg)\n\nOpen the map: "
        "https://trailmate.example/live/7c21\n\nYou're receiving this because Jana added you as a "
        "trusted contact.\n",
        when="2026-06-20 13:40")

    add("other", "credit_card_application_received", "en", "", "",
        "Tallybank <no-reply@tallybank.example>", "We've received your credit card application",
        "Hi Henrik,\n\nThanks for applying for the Tallybank Metal credit card. Your application has "
        "been received and is now being reviewed. Most decisions are made within 2 business days.\n\n"
        "You can track the status in the app.\n\nTallybank\n",
        when="2026-05-02 09:00")

    add("other", "university_admission_declined", "en", "", "",
        "Admissions Office <admissions@kingsbridge-univ.example>",
        "Decision on your application: MA Service Design (part-time)",
        "Dear Henrik Vogt,\n\nThank you for your application to the MA Service Design (part-time) "
        "programme for entry in September 2026.\n\nWe received a very large number of applications "
        "this year, and we are sorry to inform you that we are unable to offer you a place on the "
        "programme.\n\nYours sincerely,\nPostgraduate Admissions\nKingsbridge University\n",
        when="2026-05-29 14:00", tz="Europe/London")

    add("other", "pm_newsletter_rejection", "en", "", "",
        "The PM Weekly <hello@pmweekly.example>",
        "How to handle rejection after a final-round interview", None,
        when="2026-05-03 13:00", tz="America/New_York", alt=True,
        headers=_list("The PM Weekly <pmweekly.example>", "https://pmweekly.example/unsubscribe"),
        html=ats_html("The PM Weekly", "#f97316", [
            "Hey there,",
            "You made it to the final round, prepped for days, and then: \"Unfortunately, we've decided "
            "to move forward with other candidates.\" This week we talk to three hiring managers about "
            "what actually happens behind the scenes.",
            "Plus: how to ask for feedback, when to follow up after an interview, and a template for "
            "accepting an offer.",
            '<a href="https://pmweekly.example/issue/112">Read the full issue</a>'],
            'You signed up at pmweekly.example. <a href="https://pmweekly.example/unsubscribe">Unsubscribe</a>',
            "https://pmweekly.example/o"))

    add("other", "own_thank_you_sent", "en", "Harrowgate Media", "",
        ME, "Thank you",
        "Hi Tom,\n\nThank you for arranging today's conversation with Eleanor - I really enjoyed "
        "hearing about the plans for the audio app and I'm even more excited about the role.\n\n"
        "Best wishes,\nHenrik\n",
        to="Tom Ashworth <tom.ashworth@harrowgate.example>", when="2026-04-21 18:05",
        tz="Europe/London")

    add("other", "ooo_recruiter_en", "en", "Brightwave Health", "hannah.cole@brightwave.example",
        "Hannah Cole <hannah.cole@brightwave.example>", "Out of Office: Re: Next steps",
        "Hi there,\n\nThanks for your email. I'm out of the office until Monday, March 30 with limited "
        "access to email. I'll respond as soon as I can when I'm back.\n\nHannah\n",
        when="2026-03-24 09:00", tz="America/New_York",
        headers={"Auto-Submitted": "auto-replied"})

    add("other", "friend_own_rejection_en", "en", "", "",
        "Leo Fischer <leo.fischer@example.com>", "well that sucks",
        "mate, just got the \"we've decided not to move forward\" email from the fintech I was "
        "interviewing with. after the take-home AND the panel. 6 weeks gone.\n\nanyway how did your "
        "Harrowgate thing go?\n\nSent from my iPhone\n",
        when="2026-04-23 22:11")

    add("other", "design_crit_reminder", "en", "", "",
        "Google Calendar <calendar-notification@google.com>",
        "Notification: Weekly design crit @ Thu 28 May 2026 4pm - 5pm (CEST)",
        "This is a notification for:\n\nWeekly design crit\nThu 28 May 2026 4pm - 5pm (CEST)\n"
        "Google Meet: https://meet.google.com/xyz-abcd-efg\n\nCalendar: henrik.vogt@example.org\n\n"
        "Invitation from Google Calendar\n",
        when="2026-05-28 15:50")

    add("other", "glassdoor_interview_insights", "en", "", "",
        "Glassdoor Community <community@glassdoor.com>",
        "New interview reviews at companies you follow", None,
        when="2026-06-08 17:00",
        headers=_list("<community.glassdoor.com>", "https://www.glassdoor.com/unsubscribe"),
        html='<html><body><h2>Interview insights for you</h2><table><tr><td><b>Lumen Freight</b><br>'
             '"Three rounds: recruiter screen, portfolio review, onsite. They rejected me after the '
             'onsite but feedback was kind." – Product Designer candidate</td></tr><tr><td><b>Quillmate'
             '</b><br>"Interview got rescheduled twice, then an offer." – PM candidate</td></tr></table>'
             '<p><a href="https://www.glassdoor.com/Interview/index.htm">Read more interview reviews</a>'
             '</p><p style="font-size:10px">Unsubscribe · Privacy</p></body></html>')

    add("other", "agency_salary_guide", "en", "", "",
        "Bright Pilot <news@brightpilot.example>", "The 2026 Design & Product Salary Guide is here",
        "Hi Henrik,\n\nOur 2026 Salary Guide is out! Find out what Product Designers and PMs are "
        "earning across the UK, Germany and the Netherlands, and which skills are in demand.\n\n"
        "Download the guide: https://brightpilot.example/salary-guide-2026\n\nThe Bright Pilot team\n\n"
        "Unsubscribe from marketing emails: https://brightpilot.example/preferences\n",
        when="2026-02-26 10:00", tz="Europe/London",
        headers=_list("<marketing.brightpilot.example>", "https://brightpilot.example/preferences"))


# --------------------------------------------------------------------------- other (French, Spanish)
def other_fr_es() -> None:
    add("other", "wttj_offres_semaine", "fr", "", "",
        "Welcome to the Jungle <hello@welcometothejungle.com>", "Vos offres de la semaine 🌴", None,
        when="2026-03-15 09:00", tz="Europe/Paris", alt=True,
        headers=_list("<weekly.welcometothejungle.com>", "https://www.welcometothejungle.com/unsubscribe"),
        html=ats_html("Welcome to the Jungle", "#ffcd00", [
            "Bonjour Henrik,",
            "Voici 6 offres sélectionnées pour vous :",
            '<a href="https://wttj.example/j/1">Product Manager – Canut Mobilité, Lyon</a><br>'
            '<a href="https://wttj.example/j/2">Lead Product Designer – Tramway Labs, Paris</a><br>'
            '<a href="https://wttj.example/j/3">Product Designer – Maison Orfève, Paris</a>',
            "À lire aussi : « Comment rebondir après un refus ? » et « 7 questions à poser en fin "
            "d'entretien »."],
            'Se désabonner · <a href="https://www.welcometothejungle.com/fr/me/settings">Préférences</a>',
            "https://click.welcometothejungle.com/w"))

    add("other", "hellowork_alerte", "fr", "", "",
        "HelloWork <alertes@hellowork.example>", "3 nouvelles offres : Product Owner – Lyon",
        "Bonjour,\n\nDe nouvelles offres correspondent à votre alerte « Product Owner – Lyon » :\n\n"
        "- Product Owner Mobilité (H/F) – CDI – Lyon 7e\n- Product Owner Data (H/F) – CDI – Villeurbanne\n"
        "- Product Owner Senior (H/F) – Freelance – Lyon\n\nVoir les offres : "
        "https://www.hellowork.example/alertes/8812\n\nPour ne plus recevoir cette alerte, cliquez ici.\n",
        when="2026-04-05 07:00", tz="Europe/Paris", cs="iso-8859-1", cte="quoted-printable",
        headers=_list("<alertes.hellowork.example>", "https://www.hellowork.example/desabonnement"))

    add("other", "colis_retard_fr", "fr", "", "",
        "Colis Express <ne-pas-repondre@colisexpress.example>", "Votre colis a du retard",
        "Bonjour,\n\nMalheureusement, votre colis n° 6A1234567890 a pris du retard lors de son "
        "acheminement. Nous mettons tout en œuvre pour vous le livrer au plus vite.\n\nNouvelle date "
        "estimée de livraison : 9 juin.\n\nL'équipe Colis Express\n",
        when="2026-06-05 19:00", tz="Europe/Paris")

    add("other", "admission_master_fr", "fr", "", "",
        "Scolarité Master <scolarite-master@univ-rhone.example>",
        "Décision d'admission – Master Design de services",
        "Monsieur,\n\nNous avons le regret de vous informer que la commission pédagogique n'a pas "
        "retenu votre candidature pour l'admission en Master 2 Design de services (formation "
        "continue) pour l'année universitaire 2026-2027. Vous êtes placé en liste complémentaire "
        "(rang 6).\n\nVeuillez agréer, Monsieur, nos salutations distinguées.\n\nLe service de la "
        "scolarité\nUniversité Rhône-Confluence\n",
        when="2026-06-19 11:00", tz="Europe/Paris")

    add("other", "radio_interview_fr", "fr", "", "",
        "Léa Moreau <lea.moreau@frequence-seine.example>", "Demande d'interview – émission « Numérique et vous »",
        "Bonjour Henrik,\n\nJe suis journaliste à Radio Fréquence Seine. Nous préparons une émission sur "
        "l'accessibilité des services publics numériques et j'aimerais beaucoup vous interviewer, "
        "suite à votre intervention à Paris Web.\n\nL'enregistrement durerait une vingtaine de minutes, "
        "par téléphone ou en studio. Seriez-vous disponible la semaine prochaine ?\n\nBien à vous,\n"
        "Léa Moreau\n",
        when="2026-05-12 10:30", tz="Europe/Paris")

    add("other", "cold_outreach_fr", "fr", "Atelier Nord", "julien@ateliernord-rh.example",
        "Julien Marchand <julien@ateliernord-rh.example>", "Opportunité Product Manager – Lille",
        "Bonjour Henrik,\n\nJe me permets de vous contacter car votre profil a retenu mon attention. "
        "J'accompagne actuellement l'un de mes clients, une scale-up lilloise du e-commerce, sur le "
        "recrutement d'un(e) Product Manager senior.\n\nSi le sujet vous intéresse, n'hésitez pas à "
        "m'envoyer votre CV à jour ; je vous présenterai le poste plus en détail.\n\nBien à vous,\n"
        "Julien Marchand\nConsultant – Atelier Nord\n",
        when="2026-03-31 09:15", tz="Europe/Paris")

    add("other", "infojobs_alerta_es", "es", "", "",
        "Empleo Alertas <alertas@empleoya.example>", "Nuevas ofertas para ti: Product Designer en Barcelona",
        "Hola Henrik,\n\nTenemos 5 nuevas ofertas que encajan con tu alerta:\n\n· Product Designer - "
        "Mercat Digital - Barcelona\n· UX Designer Senior - Seguros Olivar - Barcelona\n· Product "
        "Manager - Rutas Verdes - Remoto\n\nVer todas: https://empleoya.example/alertas/55\n\nPara darte "
        "de baja de esta alerta, pulsa aquí.\n",
        when="2026-03-08 08:00", tz="Europe/Madrid",
        headers=_list("<alertas.empleoya.example>", "https://empleoya.example/baja"))

    add("other", "banco_tarjeta_recibida", "es", "", "",
        "Banco Mirador <avisos@bancomirador.example>", "Hemos recibido tu solicitud",
        "Hola Henrik:\n\nHemos recibido tu solicitud de tarjeta de crédito Mirador Oro. En un plazo "
        "máximo de 48 horas te comunicaremos si ha sido aprobada.\n\nGracias por confiar en Banco "
        "Mirador.\n\nEste es un mensaje automático, por favor no respondas.\n",
        when="2026-04-11 12:00", tz="Europe/Madrid", cs="windows-1252", cte="quoted-printable")

    add("other", "pedido_retrasado_es", "es", "", "",
        "Tienda Nube Azul <pedidos@nubeazul.example>", "Tu pedido se ha retrasado",
        "Hola Henrik,\n\nLamentablemente, tu pedido #NA-22871 se ha retrasado por una incidencia en "
        "el almacén. Te lo enviaremos en cuanto esté disponible.\n\nDisculpa las molestias.\n\n"
        "Tienda Nube Azul\n",
        when="2026-05-09 17:30", tz="Europe/Madrid")

    add("other", "amiga_rechazo_es", "es", "", "",
        "Lucía Ferrer <lucia.ferrer@example.com>", "jo",
        "Henrik!! Me acaban de rechazar en la entrevista final de la agencia de Gràcia 😭 dicen que "
        "buscaban a alguien con más experiencia en branding. Necesito un vermut urgente. ¿Esta tarde?\n\n"
        "Lu\n",
        when="2026-06-06 14:20", tz="Europe/Madrid")

    add("other", "newsletter_producto_es", "es", "", "",
        "Carta de Producto <hola@cartadeproducto.example>",
        "Cómo preparar una entrevista de Product Manager (y qué hacer si te rechazan)",
        "¡Hola!\n\nEsta semana: las 10 preguntas más habituales en entrevistas de PM, cómo presentar "
        "tu portfolio si vienes de diseño y qué responder cuando te dicen \"lamentamos comunicarte "
        "que no seguimos con tu candidatura\".\n\nLéelo aquí: https://cartadeproducto.example/n/48\n\n"
        "Recibes este correo porque te suscribiste. Darte de baja: https://cartadeproducto.example/baja\n",
        when="2026-06-14 08:00", tz="Europe/Madrid",
        headers=_list("Carta de Producto <cartadeproducto.example>", "https://cartadeproducto.example/baja"))

    add("other", "propio_acepta_oferta_es", "es", "Cooperativa Nau Digital", "",
        ME, "Re: ¡Nos encantaría que te unieras!",
        "Hola Marta,\n\n¡Muchísimas gracias! Me hace mucha ilusión. Antes de confirmar, ¿podríamos "
        "hablar un momento sobre la fecha de incorporación?\n\nUn abrazo,\nHenrik"
        + quote("es", "Marta Puig (<marta@naudigital.example>)", "mar, 28 abr 2026 a las 13:00",
                "Hola Henrik,\n\n¡Tenemos buenas noticias! Nos complace ofrecerte el puesto de Product "
                "Designer en Cooperativa Nau Digital."),
        to="Marta Puig <marta@naudigital.example>", when="2026-04-28 19:30", tz="Europe/Madrid",
        parent="nos_complace_es")


# --------------------------------------------------------------------------- writing
def main() -> None:
    """Rebuild every message and labels.csv from the definitions above."""
    for section in (rejections, invitations, reschedules, missed, acknowledgements, offers,
                    other_de, other_en, other_fr_es):
        section()
    for kind in {row["kind"] for row in ROWS}:
        shutil.rmtree(ROOT / kind, ignore_errors=True)
    for rel, msg in MESSAGES:
        for number, part in enumerate(p for p in msg.walk() if p.is_multipart()):
            part.set_boundary(f"=_c31_{hashlib.sha1(rel.encode()).hexdigest()[:10]}_{number}")
        path = ROOT / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(msg.as_bytes(policy=OUT_POLICY))
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["file", "kind", "company", "contact", "language"])
        writer.writeheader()
        writer.writerows(ROWS)
    print(f"wrote {len(ROWS)} messages to {ROOT}")


if __name__ == "__main__":
    main()

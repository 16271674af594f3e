"""Everything that is not one of the six job kinds, written by hand for the 101st corpus.

Newsletters and alerts that talk about rejections and interviews, other meanings of the words
(press and podcast interviews, user research, queues and positions, parcels, loans, flats),
friends and family, the candidate's own sent mail, auto-replies, cold outreach.
"""

from __future__ import annotations

from msgs101_common import (
    CAND,
    card,
    gmail_html,
    mso,
    newsletter_shell,
    outlook,
    outlook_html,
    pixel,
    quoted,
    trk,
)

SPECS: list[dict] = []


def other(**spec: object) -> None:
    """Register an `other` message (no company by rule)."""
    spec.setdefault("kind", "other")
    spec.setdefault("company", "")
    SPECS.append(dict(spec))


# ================================================================ German

other(
    scenario="hotelkarriere_jobagent_digest",
    contact="", language="de",
    **{"from": ("hotelkarriere.at Jobagent", "jobagent@mail.hotelkarriere.example.at")},
    subject="12 neue Jobs für „Revenue Manager“ in Wien und Umgebung",
    date="2026-03-02 06:00",
    headers={"List-Id": "Jobagent <jobagent.hotelkarriere.example.at>",
             "List-Unsubscribe": "<https://www.hotelkarriere.example.at/jobagent/abmelden?a=77120>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
             "Precedence": "bulk"},
    structure="html", charset="utf-8", cte="quoted-printable",
    html=newsletter_shell(
        title="Dein Jobagent: 12 neue Treffer",
        logo="https://cdn.hotelkarriere.example.at/mail/logo-white.png",
        logo_alt="hotelkarriere.at",
        items=(card("Revenue Manager (m/w/d) – Boutiquehotel, Wien 7", "Vollzeit · ab EUR 3.600 brutto · Bewerbungsgespräche laufend",
                    trk("click.hotelkarriere.example.at", "ja-1"), "Zum Job")
               + card("Reservierungsleitung mit Revenue-Verantwortung – Wien 1", "Fünfsternhaus · Einstieg sofort · Überzahlung möglich",
                      trk("click.hotelkarriere.example.at", "ja-2"), "Zum Job")
               + card("Assistant Revenue Manager – Hotelgruppe, Wien-Flughafen", "Teilzeit möglich · Homeoffice 1 Tag",
                      trk("click.hotelkarriere.example.at", "ja-3"), "Zum Job")
               + card("Front Office Manager – Kongresshotel, Wien 22", "Die Stelle ist bald vergeben: 48 Bewerbungen",
                      trk("click.hotelkarriere.example.at", "ja-4"), "Zum Job")
               + card("+ 8 weitere Jobs", "Alle Treffer für deinen Suchauftrag ansehen",
                      trk("click.hotelkarriere.example.at", "ja-all"), "Alle anzeigen")),
        footer=("Du erhältst diese E-Mail, weil du den Jobagenten „Revenue Manager, Wien +30 km“ aktiviert hast. "
                '<a href="https://www.hotelkarriere.example.at/jobagent/abmelden?a=77120">Jobagent abbestellen</a><br>'
                "hotelkarriere.at ist ein Service der Alpen Jobmedien GmbH, Linzer Gasse 9, 5020 Salzburg, FN 301288 y."),
        open_px=pixel("click.hotelkarriere.example.at", "ja0302"),
    ),
)

other(
    scenario="karrierekompass_absage_newsletter",
    contact="", language="de",
    **{"from": ("Karriere-Kompass", "newsletter@karriere-kompass.example.de")},
    subject="Absage erhalten? 7 Dinge, die Sie jetzt tun sollten",
    date="2026-02-12 07:30",
    headers={"List-Id": "Karriere-Kompass Newsletter <weekly.karriere-kompass.example.de>",
             "List-Unsubscribe": "<mailto:abmelden@karriere-kompass.example.de>, <https://karriere-kompass.example.de/nl/abmelden?id=5520>",
             "Precedence": "bulk"},
    structure="alt", charset="utf-8", cte="quoted-printable",
    html=newsletter_shell(
        title="Der Wochen-Kompass",
        logo="https://karriere-kompass.example.de/img/newsletter-logo.png",
        logo_alt="Karriere-Kompass – Ihr Ratgeber für Bewerbung und Beruf",
        items=(card("Absage erhalten? 7 Dinge, die Sie jetzt tun sollten",
                    "„Leider müssen wir Ihnen mitteilen …“ – kaum ein Satz trifft so hart. Unsere Coachin erklärt, warum eine Absage selten etwas mit Ihnen persönlich zu tun hat und wie Sie um Feedback bitten.",
                    trk("nl.karriere-kompass.example.de", "absage-7"), "Weiterlesen")
               + card("Vorstellungsgespräch verpasst – was nun?",
                      "Zug ausgefallen, Termin verwechselt: So entschuldigen Sie sich richtig und retten vielleicht doch noch die Chance.",
                      trk("nl.karriere-kompass.example.de", "verpasst"), "Weiterlesen")
               + card("Gehaltsverhandlung in der Hotellerie",
                      "Was Revenue Manager in Österreich, Deutschland und der Schweiz 2026 verdienen.",
                      trk("nl.karriere-kompass.example.de", "gehalt-hotel"), "Zur Studie")),
        footer=("Sie erhalten den Wochen-Kompass, weil Sie ihn auf karriere-kompass.example.de abonniert haben. "
                '<a href="https://karriere-kompass.example.de/nl/abmelden?id=5520">Newsletter abbestellen</a><br>'
                "Karriere-Kompass Medien GmbH · Rosenheimer Str. 145 · 81671 München · Geschäftsführerin: Dr. Jutta Berg · HRB 233410"),
        open_px=pixel("nl.karriere-kompass.example.de", "kk0212"),
    ),
)

other(
    scenario="presse_interview_personalmangel",
    contact="f.leitgeb@wiener-abendpost.example.at", language="de",
    **{"from": ("Florian Leitgeb", "f.leitgeb@wiener-abendpost.example.at")},
    subject="Interviewanfrage: Personalmangel in der Wiener Hotellerie",
    date="2026-05-12 10:14",
    structure="plain", charset="utf-8", cte="quoted-printable",
    text="""Sehr geehrte Frau Obermoser-Adeyemi,

ich bin Redakteur im Wirtschaftsressort der Wiener Abendpost und arbeite an einer Reportage über den Personalmangel in der Wiener Hotellerie. Eine Kollegin aus Ihrer Branche hat mir Ihren Namen genannt – Sie hätten viel über die Arbeit an der Rezeption und den Wandel hin zu Revenue-Themen zu erzählen.

Hätten Sie Zeit für ein Interview von etwa 30 Minuten, gern telefonisch oder bei einem Kaffee? Auf Wunsch kann ich Sie auch anonym zitieren; den Text würden Sie vor Veröffentlichung zur Freigabe bekommen.

Über eine kurze Rückmeldung würde ich mich freuen.

Mit besten Grüßen
Florian Leitgeb
Redakteur Wirtschaft
Wiener Abendpost
Muthgasse 2, 1190 Wien
+43 1 360 44 812
""",
)

other(
    scenario="buergerservice_warteschlange_position",
    contact="", language="de",
    **{"from": ("Bürgerservice Online", "no-reply@termine.buergerservice-wien.example.at")},
    subject="Ihre aktuelle Position in der Warteschlange: 14",
    date="2026-03-16 08:47",
    structure="plain", charset="utf-8", cte="quoted-printable",
    text="""Guten Tag,

Sie haben ein Ticket für das Service-Center Meldewesen, Wien 6, gezogen.

Ticketnummer: B-114
Ihre aktuelle Position: 14
Voraussichtliche Wartezeit: ca. 35 Minuten

Wir benachrichtigen Sie erneut, wenn nur noch drei Personen vor Ihnen sind. Wenn Sie Ihre Position nicht mehr benötigen, können Sie das Ticket hier stornieren: https://termine.buergerservice-wien.example.at/t/B-114

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
""",
)

other(
    scenario="paket_zustellung_verzoegert",
    contact="", language="de",
    **{"from": ("Alpenpost Paket", "benachrichtigung@paket.alpenpost.example.at")},
    subject="Leider verzögert sich Ihre Sendung",
    date="2026-06-24 14:20",
    structure="html", charset="utf-8", cte="quoted-printable",
    html=f"""<html><body style="font-family:Arial,sans-serif;background:#fff8e1;margin:0">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#ffcc00;padding:14px 20px"><img src="https://paket.alpenpost.example.at/img/mail-logo.png" alt="Alpenpost" height="28"></td></tr>
<tr><td style="padding:20px;font-size:14px;color:#333">
<p>Sehr geehrte Kundin, sehr geehrter Kunde,</p>
<p>leider verzögert sich die Zustellung Ihrer Sendung <b>1042 8873 5521 0090</b> um voraussichtlich ein bis zwei Werktage. Grund ist ein erhöhtes Sendungsaufkommen im Verteilzentrum Wien-Inzersdorf.</p>
<p>Unfortunately your parcel is delayed – we apologise for the inconvenience.</p>
<p><a href="{trk("track.alpenpost.example.at", "1042887355210090")}" style="background:#333;color:#fff;padding:8px 14px;text-decoration:none">Sendung verfolgen</a></p>
<p style="font-size:11px;color:#888">Diese E-Mail wurde automatisch versendet. Antworten werden nicht bearbeitet. Alpenpost Paket GmbH, Rochusplatz 1, 1030 Wien.</p>
</td></tr></table>
{pixel("track.alpenpost.example.at", "ap0624")}
</body></html>
""",
)

other(
    scenario="donaubank_kreditantrag_eingegangen",
    contact="", language="de",
    **{"from": ("Donaubank Online-Kredit", "kredit@donaubank.example.at")},
    subject="Ihr Kreditantrag ist eingegangen (Antragsnummer 2026-448120)",
    date="2026-08-05 11:02",
    structure="plain", charset="iso-8859-1", cte="quoted-printable",
    header_charset="iso-8859-1",
    text="""Sehr geehrte Frau Obermoser-Adeyemi,

vielen Dank für Ihren Antrag auf einen Wohnkredit über EUR 18.000,- (Umzug & Einrichtung).

Ihr Antrag ist bei uns eingegangen und wird nun geprüft. Wir benötigen für die Bearbeitung noch folgende Unterlagen:
- die letzten drei Gehaltszettel
- einen aktuellen Dienstvertrag bzw. eine Bestätigung Ihres künftigen Dienstgebers

Bitte laden Sie die Dokumente in Ihrem Online-Banking unter "Postfach > Meine Anträge" hoch. Aus Sicherheitsgründen können wir Unterlagen per E-Mail nicht entgegennehmen.

Mit freundlichen Grüßen
Ihre Donaubank

Donaubank AG, Praterstraße 31, 1020 Wien, FN 155210 d
""",
)

other(
    scenario="hausverwaltung_wohnung_absage",
    contact="j.kainz@hv-kainz.example.at", language="de",
    **{"from": ("Johanna Kainz - Hausverwaltung Kainz", "j.kainz@hv-kainz.example.at")},
    subject="Wohnung Leopoldsgasse 12/7 – Ihre Bewerbung",
    date="2026-04-17 16:55",
    structure="plain", charset="windows-1252", cte="quoted-printable",
    header_charset="windows-1252",
    text="""Sehr geehrte Frau Obermoser-Adeyemi,

danke für Ihr Interesse an der Wohnung in der Leopoldsgasse 12, Top 7, und für die Besichtigung am Dienstag.

Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere Mietinteressenten entschieden hat. Wir haben über 60 Anfragen erhalten und konnten nur eine Zusage geben.

Gerne merken wir Sie für vergleichbare Objekte im 2. Bezirk vor – geben Sie mir bitte kurz Bescheid, ob wir Ihre Daten dafür behalten dürfen.

Freundliche Grüße
Johanna Kainz
Hausverwaltung Kainz – Immobilientreuhand
Taborstraße 44 · 1020 Wien · T 01 214 55 09
""",
)

other(
    scenario="freundin_eigene_absage_du",
    to=("Kathi O.", "k.obermoser@example.at"),
    contact="lena.hubmer@gmail.example.com", language="de",
    **{"from": ("Lena Hubmer", "lena.hubmer@gmail.example.com")},
    subject="Re: und??",
    date="2026-04-29 21:48",
    thread=["<CAF9x1-katharina-und-frage@mail.gmail.com>"],
    mid_style="gmail",
    structure="alt", charset="utf-8", cte="quoted-printable",
    text="""Oh Mann, Kathi. Sie haben mich abgelehnt. Heute kam die Mail: "Wir haben uns für eine Kandidatin entschieden, deren Erfahrung besser zu den Anforderungen passt" blablabla. Nach DREI Runden!! Ich hab echt gedacht, das wird was mit dem Bankett-Job im Marriott.

Egal, ich brauch jetzt einen Spritzer. Freitag bei dir ums Eck? Und du erzählst mir, wie's bei deinem Gespräch in Zürich war, okay?

Bussi
Lena

""" + quoted("Am Mi., 29. Apr. 2026 um 18:02 Uhr schrieb Katharina Obermoser-Adeyemi <k.obermoser@example.at>:",
             """und?? hast du schon was gehört wegen der Stelle? Ich drück dir alle Daumen!!
Kathi"""),
    html=gmail_html("""Oh Mann, Kathi. Sie haben mich abgelehnt. Heute kam die Mail: "Wir haben uns für eine Kandidatin entschieden, deren Erfahrung besser zu den Anforderungen passt" blablabla. Nach DREI Runden!! Ich hab echt gedacht, das wird was mit dem Bankett-Job im Marriott.

Egal, ich brauch jetzt einen Spritzer. Freitag bei dir ums Eck? Und du erzählst mir, wie's bei deinem Gespräch in Zürich war, okay?

Bussi
Lena""") + """<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">Am Mi., 29. Apr. 2026 um 18:02 Uhr schrieb Katharina Obermoser-Adeyemi &lt;k.obermoser@example.at&gt;:<br></div>
<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">und?? hast du schon was gehört wegen der Stelle? Ich drück dir alle Daumen!!<br>Kathi</blockquote></div>
""",
)

other(
    scenario="mama_wie_wars",
    to=("Kathi", "k.obermoser@example.at"),
    contact="adeyemi.brigitte@aon.example.at", language="de",
    **{"from": ("Brigitte Adeyemi", "adeyemi.brigitte@aon.example.at")},
    subject="wie wars",
    date="2026-03-03 19:40",
    structure="plain", charset="iso-8859-1", cte="8bit",
    header_charset="iso-8859-1",
    text="""Liebe Kathi,

und wie war das Vorstellungsgespräch in Salzburg heute? Papa und ich haben den ganzen Tag an dich gedacht. Ruf an wenn du im Zug sitzt, auch wenns spät ist.

Hast du den Schal mitgehabt, in Salzburg war es heute so kalt laut Radio.

Bussi Mama

PS: Tante Gerti lässt grüssen, sie sagt im Kaiserhof hat sie 1989 ihre Hochzeit gefeiert!!
""",
)

other(
    scenario="eigene_bewerbung_stadtpark_mit_cv",
    contact="", language="de",
    **{"from": CAND},
    to=[("Stadtpark Hotels Wien – People Team", "people@stadtpark-hotels.example.at")],
    subject="Bewerbung als Revenue & Reservations Manager (m/w/d)",
    date="2026-07-29 19:36",
    mid_style="apple",
    headers={"X-Mailer": "Apple Mail (2.3826.500.181)"},
    structure="mixed", charset="utf-8", cte="quoted-printable",
    text="""Sehr geehrte Frau Winkler,

mit großem Interesse habe ich Ihre Ausschreibung für die Position Revenue & Reservations Manager gelesen. Nach zehn Jahren im Front Office eines Wiener Fünfsternhauses – zuletzt als Front Office Managerin mit Verantwortung für Zimmerpreise und Kontingente – möchte ich den nächsten Schritt ins Revenue Management gehen.

Im Anhang finden Sie meinen Lebenslauf und mein Motivationsschreiben. Über die Einladung zu einem persönlichen Gespräch freue ich mich sehr.

Mit freundlichen Grüßen
Katharina Obermoser-Adeyemi
+43 660 123 45 67
""",
    attachments=[{
        "filename": "Lebenslauf_Katharina_Obermoser-Adeyemi.pdf",
        "title": "Katharina Obermoser-Adeyemi - Lebenslauf",
        "lines": ["Front Office Managerin, Wien (2019 - heute)",
                  "Assistant Front Office Manager, Wien (2016 - 2019)",
                  "Zertifikat Revenue Management (2025)",
                  "Sprachen: Deutsch, Englisch, Franzoesisch, Spanisch (B1)"],
    }],
)

other(
    scenario="eigene_nachfrage_isartal",
    contact="", language="de",
    **{"from": CAND},
    to=[("Isartal Hotels & Residences Recruiting", "recruiting@isartal-hotels.example.de")],
    subject="Nachfrage zum Stand meiner Bewerbung",
    date="2026-09-29 08:44",
    mid="<e71c0d9a-nachfrage-isartal@example.at>",
    structure="plain", charset="utf-8", cte="8bit",
    text="""Sehr geehrte Damen und Herren,

im August habe ich mich auf die Stelle "Cluster Reservations & Revenue Manager" beworben. Darf ich fragen, ob bereits Vorstellungsgespräche geplant sind? Ich wäre kurzfristig für ein Interview in München verfügbar.

Mit freundlichen Grüßen
Katharina Obermoser-Adeyemi
""",
)

other(
    scenario="abwesenheit_recruiterin_auto",
    contact="verena.hofinger@alpenrose-hotels.example.at", language="de",
    **{"from": ("Verena Hofinger", "verena.hofinger@alpenrose-hotels.example.at")},
    subject="Automatische Antwort: Rückfrage zum Vertragsangebot",
    date="2026-04-10 09:12",
    thread=["<8D21E0F3-vertrag-rueckfrage@example.at>"],
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
             "X-MS-Exchange-Inbox-Rules-Loop": "verena.hofinger@alpenrose-hotels.example.at"},
    mid_style="outlook",
    structure="plain", charset="utf-8", cte="quoted-printable",
    text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Dienstag, 14. April 2026, nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unsere Personalabteilung unter +43 512 555 310 0.

Freundliche Grüße
Verena Hofinger
Alpenrose Hotels & Resorts
""",
)

other(
    scenario="personalberater_diskrete_anfrage",
    contact="p.steiner@steiner-hr.example.at", language="de",
    **{"from": ("Philipp Steiner", "p.steiner@steiner-hr.example.at")},
    subject="Diskrete Anfrage",
    date="2026-06-16 12:31",
    structure="plain", charset="utf-8", cte="quoted-printable",
    text="""Sehr geehrte Frau Obermoser-Adeyemi,

Ihr Profil ist mir auf einer Fachplattform aufgefallen, und ich erlaube mir, Sie direkt anzusprechen.

Ich berate Hotelgruppen im Alpenraum bei der Besetzung von Schlüsselpositionen. Aktuell beobachte ich, dass sich viele Häuser in Salzburg und Tirol neu im Bereich Revenue und Distribution aufstellen – ein konkretes Mandat habe ich im Moment nicht, aber ich baue einen kleinen Kreis an Kandidatinnen auf, die ich bei passender Gelegenheit ansprechen darf.

Wenn Sie grundsätzlich offen für einen Austausch sind, würde ich mich über eine kurze Nachricht freuen. Selbstverständlich behandle ich alles streng vertraulich.

Mit freundlichen Grüßen
Philipp Steiner
Steiner HR Consulting e.U.
Getreidegasse 21, 5020 Salzburg
""",
)

other(
    scenario="netzwerk_profilaufrufe",
    contact="", language="de",
    **{"from": ("ProNetz", "benachrichtigungen@pronetz.example.com")},
    subject="Katharina, Ihr Profil wurde diese Woche 23-mal angesehen",
    date="2026-05-25 17:02", tz="utc",
    headers={"List-Unsubscribe": "<https://www.pronetz.example.com/e/unsub?t=notif-views>"},
    structure="html", charset="utf-8", cte="quoted-printable",
    html=f"""<html><body style="margin:0;background:#f3f2ef;font-family:-apple-system,system-ui,Segoe UI,Roboto,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="512" cellpadding="0" cellspacing="0" style="background:#fff;margin:16px 0">
<tr><td style="padding:16px 24px"><img src="https://static.pronetz.example.com/mail/logo.png" alt="ProNetz" height="24"></td></tr>
<tr><td style="padding:0 24px 16px;font-size:20px;color:#000">Ihr Profil wurde diese Woche 23-mal angesehen</td></tr>
<tr><td style="padding:0 24px;font-size:14px;color:#444">Darunter Personen von <b>Meridia Hospitality Group</b>, einer Personalberatung in Wien und zwei Hotels in Zürich. Finden Sie heraus, wer sich für Sie interessiert.</td></tr>
<tr><td style="padding:20px 24px"><a href="{trk("e.pronetz.example.com", "views")}" style="background:#0a66c2;color:#fff;padding:10px 18px;border-radius:20px;text-decoration:none">Alle Profilbesucher ansehen</a></td></tr>
<tr><td style="padding:12px 24px;font-size:12px;color:#666">Mit Premium sehen Sie alle Besucher der letzten 90 Tage und werden bis zu 3x häufiger zu Vorstellungsgesprächen eingeladen.</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#999;border-top:1px solid #eee">Diese E-Mail ist für Katharina Obermoser-Adeyemi bestimmt. <a href="https://www.pronetz.example.com/e/unsub?t=notif-views">Abmelden</a> · ProNetz Europe Ltd., Dublin, Irland</td></tr>
</table></td></tr></table>
{pixel("e.pronetz.example.com", "pn0525")}
</body></html>
""",
)

other(
    scenario="webinar_masterclass_live_interview",
    contact="", language="de",
    **{"from": ("Revenue Akademie", "events@revenue-akademie.example.de")},
    subject="LIVE am Donnerstag: Masterclass Dynamic Pricing + Interview mit einer Revenue-Chefin",
    date="2026-01-26 10:00",
    headers={"List-Unsubscribe": "<https://revenue-akademie.example.de/abmelden?e=k0b>",
             "Precedence": "bulk"},
    structure="html", charset="utf-8", cte="base64",
    html=newsletter_shell(
        title="Masterclass Dynamic Pricing – kostenlos & live",
        logo="https://revenue-akademie.example.de/assets/logo-mail.png",
        logo_alt="Revenue Akademie",
        items=(card("Donnerstag, 29. Januar, 17:00 Uhr – Masterclass Dynamic Pricing",
                    "90 Minuten kompaktes Praxiswissen: Preisstrategien für Stadthotels, Forecasting mit kleinen Daten und typische Fehler beim Overbooking.",
                    trk("go.revenue-akademie.example.de", "mc-anmelden"), "Jetzt kostenlos anmelden")
               + card("Im Interview: Dr. Sabine Roth, VP Revenue einer Hotelgruppe",
                      "Wie sie vom Front Office ins Revenue gewechselt ist – und warum sie im Vorstellungsgespräch immer nach Excel-Kenntnissen fragt.",
                      trk("go.revenue-akademie.example.de", "mc-interview"), "Mehr erfahren")),
        footer=("Revenue Akademie UG (haftungsbeschränkt) · Schönhauser Allee 36 · 10435 Berlin · Geschäftsführer: Tobias Marx<br>"
                '<a href="https://revenue-akademie.example.de/abmelden?e=k0b">Vom Newsletter abmelden</a>'),
        open_px=pixel("go.revenue-akademie.example.de", "ra0126"),
    ),
)

other(
    scenario="lehrgang_anmeldung_bestaetigt",
    contact="", language="de",
    **{"from": ("Tourismusakademie Wien - Lehrgangsbüro", "noreply@tourismusakademie.example.at")},
    subject="Anmeldebestätigung: Zertifikatslehrgang Revenue Management (Herbst 2026)",
    date="2026-07-06 13:30",
    structure="alt", charset="utf-8", cte="quoted-printable",
    text="""Sehr geehrte Frau Obermoser-Adeyemi,

wir bestätigen Ihre Anmeldung zum Zertifikatslehrgang Revenue Management, Herbst 2026 (Lehrgangsnummer RM-26-H).

Ihre Bewerbung um einen Platz wurde angenommen. Der Lehrgang beginnt am Freitag, 2. Oktober 2026, 14:00 Uhr, im Seminarzentrum Wien-Mitte. Die Rechnung über EUR 2.480,- erhalten Sie gesondert.

Wir freuen uns auf Sie!
Ihr Lehrgangsbüro

Tourismusakademie Wien · Landstraßer Hauptstraße 1 · 1030 Wien
Dies ist eine automatisch versandte Nachricht.
""",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p><img src="https://www.tourismusakademie.example.at/mail/logo.png" alt="Tourismusakademie Wien" height="36"></p>
<p>Sehr geehrte Frau Obermoser-Adeyemi,</p>
<p>wir bestätigen Ihre Anmeldung zum <b>Zertifikatslehrgang Revenue Management, Herbst 2026</b> (Lehrgangsnummer RM-26-H).</p>
<p>Ihre Bewerbung um einen Platz wurde angenommen. Der Lehrgang beginnt am Freitag, 2. Oktober 2026, 14:00 Uhr, im Seminarzentrum Wien-Mitte. Die Rechnung über EUR 2.480,- erhalten Sie gesondert.</p>
<p>Wir freuen uns auf Sie!<br>Ihr Lehrgangsbüro</p>
<p style="font-size:11px;color:#888">Tourismusakademie Wien · Landstraßer Hauptstraße 1 · 1030 Wien<br>Dies ist eine automatisch versandte Nachricht.</p>
</body></html>
""",
)

other(
    scenario="messe_registrierung_hospitality_expo",
    contact="", language="de",
    **{"from": ("Hospitality Expo München", "tickets@hospitality-expo.example.de")},
    subject="Ihre Registrierung für die Hospitality Expo München 2026",
    date="2026-09-01 09:15",
    structure="html", charset="utf-8", cte="quoted-printable",
    html=f"""<html><body style="font-family:Arial,sans-serif;margin:0;background:#eef">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#312e81;padding:18px"><img src="https://www.hospitality-expo.example.de/mail/hx-logo.png" alt="Hospitality Expo München" height="34"></td></tr>
<tr><td style="padding:22px;font-size:14px;color:#222">
<p>Hallo Katharina Obermoser-Adeyemi,</p>
<p>vielen Dank für Ihre Registrierung als Fachbesucherin. Ihr E-Ticket für den 20.–22. Oktober 2026 (Messe München, Halle B4) finden Sie in Ihrem Besucherkonto.</p>
<p>Tipp: Besuchen Sie am 21. Oktober die <b>Career Lounge</b> mit Kurz-Interviews bei über 30 Hotelgruppen und Recruiting-Speed-Dating.</p>
<p><a href="{trk("mail.hospitality-expo.example.de", "ticket")}" style="background:#312e81;color:#fff;padding:10px 16px;text-decoration:none">E-Ticket herunterladen</a></p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#888">Hospitality Expo GmbH · Am Messesee 2 · 81829 München · Amtsgericht München HRB 198877 · <a href="{trk("mail.hospitality-expo.example.de", "abmelden")}">Abmelden</a></td></tr>
</table>
{pixel("mail.hospitality-expo.example.de", "hx0901")}
</body></html>
""",
)

other(
    scenario="kalender_erinnerung_vorstellungsgespraech",
    contact="", language="de",
    **{"from": ("Google Kalender", "calendar-notification@google.com")},
    subject="Erinnerung: Vorstellungsgespräch Kaiserhof Salzburg – Di. 3. März 2026 14:00 – 15:00 (MEZ)",
    date="2026-03-03 09:00",
    structure="alt", charset="utf-8", cte="quoted-printable",
    text="""Dies ist eine Erinnerung für folgenden Termin.

Vorstellungsgespräch Kaiserhof Salzburg
Dienstag, 3. März 2026 · 14:00 – 15:00 (Mitteleuropäische Normalzeit)
Ort: Kaiserhofgasse 4, 5020 Salzburg
Notizen: Zug 09:30 ab Wien Hbf! Mappe mit Zeugnissen, Fragen zu Saisonzeiten

Kalender: k.obermoser@example.at

Einladung von Google Kalender: https://calendar.google.com/calendar/
Sie erhalten diese E-Mail, weil Sie in Ihrem Kalender k.obermoser@example.at Benachrichtigungen für Termine festgelegt haben.
""",
    html="""<div style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#3c4043">
<p>Dies ist eine Erinnerung für folgenden Termin.</p>
<h2 style="font-size:20px;font-weight:400;color:#202124">Vorstellungsgespräch Kaiserhof Salzburg</h2>
<table cellpadding="4" style="font-size:14px">
<tr><td style="color:#70757a">Wann</td><td>Dienstag, 3. März 2026 · 14:00 – 15:00 (Mitteleuropäische Normalzeit)</td></tr>
<tr><td style="color:#70757a">Ort</td><td>Kaiserhofgasse 4, 5020 Salzburg</td></tr>
<tr><td style="color:#70757a">Notizen</td><td>Zug 09:30 ab Wien Hbf! Mappe mit Zeugnissen, Fragen zu Saisonzeiten</td></tr>
</table>
<p style="font-size:12px;color:#70757a">Einladung von Google Kalender. Sie erhalten diese E-Mail, weil Sie in Ihrem Kalender k.obermoser@example.at Benachrichtigungen für Termine festgelegt haben.</p>
</div>
""",
)

other(
    scenario="karriereportal_konto_bestaetigen",
    contact="", language="de",
    **{"from": ("Ostalpen Hotels Karriere", "ostalpenhotels@successfactors.eu")},
    subject="Willkommen im Karriereportal – bitte bestätigen Sie Ihre E-Mail-Adresse",
    date="2026-08-20 21:31", tz="utc",
    structure="html", charset="utf-8", cte="quoted-printable",
    html=f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="border-top:4px solid #b91c1c;padding:20px">
<img src="https://career5.successfactors.eu/companyLogo?company=ostalpenP" alt="Ostalpen Hotels" width="150"><br><br>
<p>Sehr geehrte Frau Obermoser-Adeyemi,</p>
<p>Ihr Kandidatenkonto im Karriereportal der Ostalpen Hotels wurde angelegt. Bitte bestätigen Sie Ihre E-Mail-Adresse innerhalb von 48 Stunden, um Ihr Konto zu aktivieren. Erst danach können Sie Bewerbungen absenden und Jobalerts einrichten.</p>
<p><a href="{trk("links.successfactors.eu", "ostalpen-verify")}" style="background:#b91c1c;color:#fff;padding:10px 16px;text-decoration:none">E-Mail-Adresse bestätigen</a></p>
<p>Ihr Benutzername: k.obermoser@example.at</p>
<p style="font-size:11px;color:#777">Sie haben kein Konto angelegt? Dann ignorieren Sie diese Nachricht. Dies ist eine automatisch generierte E-Mail.<br>Ostalpen Hotels AG · Schottenring 18 · 1010 Wien</p>
</td></tr></table></body></html>
""",
)

other(
    scenario="softgarden_passwort_zuruecksetzen",
    contact="", language="de",
    **{"from": ("softgarden", "noreply@softgarden.io")},
    subject="Passwort zurücksetzen",
    date="2026-09-22 22:41", tz="utc",
    structure="plain", charset="utf-8", cte="quoted-printable",
    text="""Hallo,

für Ihr Bewerberkonto (k.obermoser@example.at) wurde das Zurücksetzen des Passworts angefordert.

Über den folgenden Link können Sie ein neues Passwort festlegen. Der Link ist 60 Minuten gültig:
https://app.softgarden.io/candidate/reset-password?token=7c1e0a9f44b2d8e6

Wenn Sie diese Anfrage nicht gestellt haben, können Sie diese E-Mail ignorieren. Ihr Passwort bleibt dann unverändert.

Ihr softgarden-Team
softgarden e-recruiting GmbH · Tauentzienstraße 14 · 10789 Berlin
""",
)

other(
    scenario="umfrage_bewerbungserlebnis_alpenrose",
    contact="", language="de",
    **{"from": ("Alpenrose Hotels & Resorts via SurveyLoop", "umfragen@surveyloop.example.com")},
    subject="Wie war Ihr Bewerbungsprozess bei uns? (2 Minuten)",
    date="2026-04-21 10:00", tz="utc",
    headers={"List-Unsubscribe": "<https://surveyloop.example.com/optout/alp-4471>"},
    structure="html", charset="utf-8", cte="quoted-printable",
    html=f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<table width="560" cellpadding="0" cellspacing="0" style="border:1px solid #e5e5e5"><tr><td style="padding:22px">
<img src="https://alpenrose-hotels.jobs.personio.de/assets/logo-email.png" alt="Alpenrose Hotels &amp; Resorts" width="140"><br><br>
<p>Liebe Frau Obermoser-Adeyemi,</p>
<p>Sie haben sich in den letzten Wochen bei uns beworben – unabhängig davon, wie das Verfahren ausgegangen ist, interessiert uns Ihre ehrliche Meinung. Wie zufrieden waren Sie mit der Kommunikation, den Gesprächen und der Dauer des Prozesses?</p>
<p style="text-align:center">
<a href="{trk("s.surveyloop.example.com", "alp-1")}" style="padding:8px 12px;background:#fee2e2;text-decoration:none">1</a>
<a href="{trk("s.surveyloop.example.com", "alp-2")}" style="padding:8px 12px;background:#fef3c7;text-decoration:none">2</a>
<a href="{trk("s.surveyloop.example.com", "alp-3")}" style="padding:8px 12px;background:#fef9c3;text-decoration:none">3</a>
<a href="{trk("s.surveyloop.example.com", "alp-4")}" style="padding:8px 12px;background:#dcfce7;text-decoration:none">4</a>
<a href="{trk("s.surveyloop.example.com", "alp-5")}" style="padding:8px 12px;background:#bbf7d0;text-decoration:none">5</a></p>
<p>Die Umfrage ist anonym und dauert etwa zwei Minuten.</p>
<p style="font-size:11px;color:#888">Versendet über SurveyLoop im Auftrag der Alpenrose Hotels &amp; Resorts GmbH. <a href="https://surveyloop.example.com/optout/alp-4471">Keine weiteren Umfragen</a></p>
</td></tr></table>
{pixel("s.surveyloop.example.com", "alp0421")}
</body></html>
""",
)

other(
    scenario="freund_leitet_stelle_weiter",
    contact="david.fuchs@posteo.example.de", language="de",
    **{"from": ("David Fuchs", "david.fuchs@posteo.example.de")},
    subject="Fwd: Stellenausschreibung Revenue Manager – wär das was für dich?",
    date="2026-02-08 11:26",
    structure="plain", charset="utf-8", cte="quoted-printable",
    text="""Hey Kathi,

hab das bei uns im Intranet gesehen und sofort an dich gedacht. Die Gruppe ist nicht meine Firma, aber mein Chef kennt den GM, ich könnte dich also empfehlen. Sag Bescheid!

LG David

-------- Weitergeleitete Nachricht --------
Betreff: Stellenausschreibung Revenue Manager
Datum: Fri, 6 Feb 2026 16:02:11 +0100
Von: Isartal Hotels & Residences <recruiting@isartal-hotels.example.de>
An: partner-netzwerk@isartal-hotels.example.de

Liebe Partner,

wir suchen ab sofort eine*n Cluster Reservations & Revenue Manager (m/w/d) für unsere drei Münchner Häuser. Wir freuen uns über Empfehlungen – Bewerbungsgespräche beginnen Ende März, die Absage- und Zusagefristen halten wir transparent.

Beste Grüße
Recruiting Isartal Hotels & Residences
""",
)

other(
    scenario="mailer_daemon_bewerbung_unzustellbar",
    contact="", language="de",
    **{"from": ("Mail Delivery System", "MAILER-DAEMON@mx01.example.at")},
    subject="Unzustellbar: Bewerbung als Revenue Manager – Katharina Obermoser-Adeyemi",
    date="2026-05-04 08:03",
    headers={"Auto-Submitted": "auto-replied"},
    structure="plain", charset="utf-8", cte="quoted-printable",
    text="""Dies ist eine automatisch erstellte Nachricht des Mailservers mx01.example.at.

Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt werden.
Dies ist ein permanenter Fehler. Die folgenden Adressen sind fehlgeschlagen:

  <bewerbung@hotel-schlossberg-graz.example.at>
    host mx.hotel-schlossberg-graz.example.at[203.0.113.25] said:
    550 5.1.1 <bewerbung@hotel-schlossberg-graz.example.at>: Recipient address rejected: User unknown in virtual mailbox table

------ Kopfzeilen der ursprünglichen Nachricht ------
From: Katharina Obermoser-Adeyemi <k.obermoser@example.at>
To: bewerbung@hotel-schlossberg-graz.example.at
Subject: Bewerbung als Revenue Manager – Katharina Obermoser-Adeyemi
Date: Mon, 4 May 2026 08:02:57 +0200

Sehr geehrte Damen und Herren,
anbei meine Bewerbung als Revenue Manager. Über eine Einladung zum Vorstellungsgespräch würde ich mich freuen ...
""",
)

other(
    scenario="ex_chef_referenzanruf",
    contact="g.wimmer@hotel-imperialring.example.at", language="de",
    **{"from": ("Georg Wimmer", "g.wimmer@hotel-imperialring.example.at")},
    subject="Referenz",
    date="2026-09-10 20:05",
    mid_style="apple",
    structure="plain", charset="utf-8", cte="8bit",
    text="""Liebe Katharina,

kurz zur Info: Heute hat mich eine Frau Siddiqui von einer Hotelgruppe in Dubai angerufen und um eine Referenz gebeten. Ich habe nur Gutes erzählt, keine Sorge – dass du die beste Front Office Managerin warst, die ich in 25 Jahren hatte, und dass ich dich nur ungern ziehen lasse.

Sie hat gefragt, ob du mit Druck umgehen kannst. Ich habe an den Silvesterabend 2023 mit dem Systemausfall erinnert 😉

Halt mich am Laufenden, wie es ausgeht!

Alles Liebe
Georg

Gesendet von meinem iPad
""",
)

other(
    scenario="energie_ratenzahlung_abgelehnt",
    contact="", language="de",
    **{"from": ("Wien Strom & Gas Kundenservice", "kundenservice@wsg-energie.example.at")},
    subject="Ihr Antrag auf Ratenzahlung – Vertragskonto 4400128871",
    date="2026-01-30 15:12",
    structure="plain", charset="iso-8859-1", cte="quoted-printable",
    header_charset="iso-8859-1",
    text="""Sehr geehrte Frau Obermoser-Adeyemi,

wir haben Ihren Antrag auf Ratenzahlung der Jahresabrechnung 2025 (Vertragskonto 4400128871) geprüft.

Leider können wir Ihrem Antrag in der gewünschten Form nicht entsprechen, da der offene Betrag von EUR 212,40 unter der Mindestgrenze für Ratenvereinbarungen liegt. Wir bitten Sie, den Betrag bis 20. Februar 2026 zu begleichen.

Mit freundlichen Grüßen
Ihr Kundenservice

Wien Strom & Gas Vertrieb GmbH
Kundenservice-Hotline 0800 500 600 (kostenlos)
""",
)

other(
    scenario="arbeitsvermittlung_beratungstermin",
    contact="sonja.reiter@bbw-wien.example.at", language="de",
    **{"from": ("Sonja Reiter", "sonja.reiter@bbw-wien.example.at")},
    subject="Einladung zum Beratungstermin am 15. Juni",
    date="2026-06-08 09:34",
    structure="plain", charset="utf-8", cte="quoted-printable",
    text="""Sehr geehrte Frau Obermoser-Adeyemi,

im Rahmen Ihrer Bildungsberatung lade ich Sie zu einem persönlichen Beratungstermin ein:

Montag, 15. Juni 2026, 10:30 Uhr
Beratungszentrum Beruf & Weiterbildung, Mariahilfer Straße 88a, 1070 Wien, 2. Stock, Zimmer 214

Wir besprechen Ihre Förderungsmöglichkeiten für den Zertifikatslehrgang Revenue Management und gehen Ihre Bewerbungsstrategie gemeinsam durch. Bitte bringen Sie Ihren Lebenslauf und den Kostenvoranschlag der Akademie mit.

Sollten Sie den Termin nicht wahrnehmen können, geben Sie mir bitte bis spätestens zwei Tage vorher Bescheid.

Freundliche Grüße
Sonja Reiter
Bildungs- und Berufsberaterin
Beratungszentrum Beruf & Weiterbildung Wien
""",
)

# ================================================================ English

other(
    scenario="career_newsletter_rejected_final_round",
    contact="", language="en",
    **{"from": ("The Hospitality Career Brief", "newsletter@hospitalitycareerbrief.example.com")},
    subject="Rejected after the final round? Read this first",
    date="2026-06-11 13:00", tz="utc",
    headers={"List-Id": "The Hospitality Career Brief <brief.hospitalitycareerbrief.example.com>",
             "List-Unsubscribe": "<https://hospitalitycareerbrief.example.com/unsubscribe?s=k0b>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
             "Precedence": "list"},
    structure="alt", charset="utf-8", cte="quoted-printable",
    html=newsletter_shell(
        title="The Career Brief – Issue 118",
        logo="https://hospitalitycareerbrief.example.com/img/logo.png",
        logo_alt="The Hospitality Career Brief",
        items=(card("Rejected after the final round? Read this first",
                    "\"Unfortunately we have decided to move forward with another candidate.\" Five GMs explain what really happens in the room - and why you should always ask for feedback.",
                    trk("links.hospitalitycareerbrief.example.com", "final-round"), "Read the article")
               + card("Missed an interview? How to recover gracefully",
                      "Time zones, wrong links, a delayed train: a short script for the apology email that gets you a second slot.",
                      trk("links.hospitalitycareerbrief.example.com", "missed"), "Read more")
               + card("Hot jobs this week: 14 revenue roles from Dubai to Lisbon",
                      "Including two openings with relocation packages and one 'apply by Friday' role in Zurich.",
                      trk("links.hospitalitycareerbrief.example.com", "hot-jobs"), "See the roles")),
        footer=("You're receiving this because you subscribed at hospitalitycareerbrief.example.com. "
                '<a href="https://hospitalitycareerbrief.example.com/unsubscribe?s=k0b">Unsubscribe</a> · '
                f'<a href="{trk("links.hospitalitycareerbrief.example.com", "prefs")}">Preferences</a><br>'
                "Career Brief Media Ltd, 7 Leonard Street, London EC2A 4AQ. Registered in England No 11223344."),
        open_px=pixel("links.hospitalitycareerbrief.example.com", "hcb118"),
    ),
)

other(
    scenario="pronetz_job_alert_dubai",
    contact="", language="en",
    **{"from": ("ProNetz Job Alerts", "jobalerts-noreply@pronetz.example.com")},
    subject="\"Revenue Manager\" in Dubai: 9 new jobs",
    date="2026-07-20 04:10", tz="utc",
    headers={"List-Unsubscribe": "<https://www.pronetz.example.com/e/unsub?t=jobalert-dxb>",
             "Precedence": "bulk"},
    structure="html", charset="utf-8", cte="quoted-printable",
    html=newsletter_shell(
        title="9 new jobs match your alert",
        logo="https://static.pronetz.example.com/mail/logo.png",
        logo_alt="ProNetz",
        bg="#f3f2ef",
        items=(card("Revenue Manager - Palm Crescent Hotels, Dubai", "Easy Apply · 3 days ago · Be an early applicant",
                    trk("e.pronetz.example.com", "job-pch"), "View job")
               + card("Cluster Revenue Manager - Meridia Hospitality Group, Dubai", "Actively recruiting · 47 applicants",
                      trk("e.pronetz.example.com", "job-mhg"), "View job")
               + card("Revenue Analyst - Creekside Events Arena, Dubai", "Promoted · Hybrid",
                      trk("e.pronetz.example.com", "job-cea"), "View job")
               + card("See all 9 jobs", "Your alert: Revenue Manager · Dubai, UAE · Daily",
                      trk("e.pronetz.example.com", "job-all"), "See all")),
        footer=("This email was intended for Katharina Obermoser-Adeyemi (Front Office Manager). "
                '<a href="https://www.pronetz.example.com/e/unsub?t=jobalert-dxb">Unsubscribe</a> · ProNetz Europe Ltd., Dublin, Ireland'),
        open_px=pixel("e.pronetz.example.com", "pn0720"),
    ),
)

other(
    scenario="podcast_guest_interview",
    contact="sam@frontdeskpodcast.example.com", language="en",
    **{"from": ("Sam Whitfield", "sam@frontdeskpodcast.example.com")},
    subject="Guest interview on The Front Desk podcast?",
    date="2026-02-27 15:36", tz="lon",
    structure="plain", charset="utf-8", cte="quoted-printable",
    text="""Hi Katharina,

I host The Front Desk, a weekly podcast about the people who actually run hotels (around 8,000 listeners, mostly hotel staff across Europe). Your comment thread on women moving from front office into revenue roles got a lot of attention, and I'd love to have you on as a guest.

The interview would be a relaxed 40-minute conversation recorded remotely - no preparation needed beyond your own story. We're booking episodes for April and May.

Would you be up for it? If so, just reply with a couple of dates and I'll send a booking link.

Cheers,
Sam

Sam Whitfield
Host & Producer, The Front Desk
frontdeskpodcast.example.com | @frontdeskpod
""",
)

other(
    scenario="user_research_interview_pms",
    contact="research@bookly-pms.example.com", language="en",
    **{"from": ("Priya at Bookly", "research@bookly-pms.example.com")},
    subject="30-min user interview about your front desk software (EUR 50 voucher)",
    date="2026-03-19 11:22", tz="utc",
    structure="alt", charset="utf-8", cte="quoted-printable",
    text="""Hi Katharina,

I'm a user researcher at Bookly, the property management system your hotel switched to last year. We're redesigning the check-in and room-rate screens and would love to learn how you and your team use them day to day.

Would you join a 30-minute user interview over video? There are no right or wrong answers - we just want to watch how you work and hear what frustrates you. As a thank-you, you'll receive a EUR 50 gift voucher.

Pick a slot here: https://calendly.example.com/bookly-research/30min
Or reply to this email and we'll find a time.

Thanks!
Priya Raman
Senior User Researcher, Bookly
""",
    html=gmail_html("""Hi Katharina,

I'm a user researcher at Bookly, the property management system your hotel switched to last year. We're redesigning the check-in and room-rate screens and would love to learn how you and your team use them day to day.

Would you join a 30-minute user interview over video? There are no right or wrong answers - we just want to watch how you work and hear what frustrates you. As a thank-you, you'll receive a EUR 50 gift voucher.

Pick a slot: calendly.example.com/bookly-research/30min
Or reply to this email and we'll find a time.

Thanks!
Priya Raman
Senior User Researcher, Bookly"""),
)

other(
    scenario="rydo_driver_position",
    contact="", language="en",
    **{"from": ("Rydo", "no-reply@rides.rydo.example.com")},
    subject="Your driver is 4 minutes away",
    date="2026-08-19 08:21", tz="dxb",
    structure="html", charset="utf-8", cte="quoted-printable",
    html=f"""<html><body style="font-family:Helvetica,Arial,sans-serif;margin:0">
<table width="480" cellpadding="0" cellspacing="0" align="center"><tr><td style="padding:20px">
<img src="https://cdn.rydo.example.com/mail/rydo.png" alt="Rydo" height="26">
<h2 style="font-weight:500">Ahmed is on the way</h2>
<p>White Toyota Camry · Plate D 48213</p>
<p>Your driver's current position is Sheikh Zayed Road near Dubai Marina Mall, 4 minutes from your pickup point (Marina Plaza).</p>
<p><a href="{trk("r.rydo.example.com", "live-map")}" style="color:#16a34a">Track live position</a></p>
<p style="font-size:11px;color:#999">Rydo Technologies FZ-LLC, Dubai Internet City. You received this email because trip notifications are on.</p>
</td></tr></table>
{pixel("r.rydo.example.com", "ry0819")}
</body></html>
""",
)

other(
    scenario="gym_waitlist_position",
    contact="", language="en",
    **{"from": ("Urban Climb Vienna", "noreply@urbanclimb-bookings.example.com")},
    subject="You're #7 on the waitlist for Yoga Flow (Thu 18:30)",
    date="2026-05-26 12:02",
    structure="plain", charset="utf-8", cte="7bit",
    text="""Hi Katharina,

The class Yoga Flow on Thursday 28 May at 18:30 is full. You have been added to the waitlist.

Your position on the waitlist: 7

If a spot becomes free, we'll book you in automatically and send you a confirmation. You can leave the waitlist at any time in the app.

See you on the mats,
Urban Climb Vienna
""",
)

other(
    scenario="atlantica_flight_delayed",
    contact="", language="en",
    **{"from": ("Atlantica Airways", "noreply@flights.atlantica-airways.example.com")},
    subject="Unfortunately your flight AT1783 to Lisbon is delayed",
    date="2026-07-21 05:48", tz="vie",
    structure="html", charset="utf-8", cte="quoted-printable",
    html=f"""<html><body style="margin:0;font-family:Arial,sans-serif;background:#eef4fb">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#003b73;padding:16px 24px"><img src="https://www.atlantica-airways.example.com/mail/logo-white.png" alt="Atlantica Airways" height="30"></td></tr>
<tr><td style="padding:24px;font-size:14px;color:#1f2937">
<p>Dear Ms Obermoser-Adeyemi,</p>
<p>Unfortunately your flight <b>AT1783 Vienna (VIE) – Lisbon (LIS)</b> on 21 July 2026 is delayed due to late arrival of the incoming aircraft.</p>
<table cellpadding="6" style="font-size:14px;background:#f1f5f9;width:100%">
<tr><td>Original departure</td><td>07:10</td></tr>
<tr><td><b>New departure</b></td><td><b>09:55</b></td></tr>
<tr><td>Booking reference</td><td>QX7L2M</td></tr></table>
<p>Please check in as usual. A meal voucher is available at the transfer desk. Depending on the length of the delay you may be entitled to assistance under Regulation (EC) No 261/2004.</p>
<p><a href="{trk("news.atlantica-airways.example.com", "manage-booking")}" style="background:#003b73;color:#fff;padding:10px 16px;text-decoration:none">Manage my booking</a></p>
<p>We apologise for the inconvenience.<br>Your Atlantica Airways team</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#6b7280">Atlantica Airways, S.A. · Rua do Aeroporto 12, 1700-111 Lisboa · This is an automated message; replies are not read.</td></tr>
</table>
{pixel("news.atlantica-airways.example.com", "at1783")}
</body></html>
""",
)

other(
    scenario="friend_own_interview_london",
    contact="ngozi.adeyemi@outlook.example.com", language="en",
    **{"from": ("Ngozi Adeyemi", "ngozi.adeyemi@outlook.example.com")},
    subject="guess who has a second interview!!!",
    date="2026-03-27 22:10", tz="lon",
    mid_style="outlook",
    structure="html", charset="utf-8", cte="quoted-printable",
    html=outlook_html(mso("""Kathi!!!

I got invited back for a second interview at the Kensington place!! Tuesday at 10, with the GM AND the owner. I'm terrified. They said they "were very impressed" which is more than the last three said before they rejected me, ha.

Can we FaceTime on Sunday so you can grill me with your evil front office manager questions? You're the only one who makes me practise properly.

Love you, cuz
Ngozi

PS Mum says you still owe her a visit in London!""")),
)

other(
    scenario="own_mail_following_up_brennan",
    contact="", language="en",
    **{"from": CAND},
    to=[("Olivia Brennan", "olivia.brennan@brennanhart.example.com")],
    subject="Following up",
    date="2026-08-26 09:12",
    thread=["<5E3C1A9B-2D4F-4E6A-8B7C-9D0E1F2A3B4C@brennanhart.example.com>"],
    mid_style="apple",
    structure="plain", charset="utf-8", cte="quoted-printable",
    text="""Hi Olivia,

Just following up on Creekside - has there been any feedback since the rescheduled call with Mr Farouk last Thursday? I'm still very keen, and again, so sorry about the mix-up with the first slot.

Also, happy to hear about the other Emirates openings you mentioned.

Best,
Katharina

""" + outlook("en", "Olivia Brennan <olivia.brennan@brennanhart.example.com>", "17 August 2026 11:24",
              "Katharina Obermoser-Adeyemi <k.obermoser@example.at>", "Re: Creekside!!",
              """Katharina, where are you?? Mr Farouk has been waiting in the Zoom for 20 min and you haven't joined. I've tried calling you twice. Please call me ASAP."""),
)

other(
    scenario="ooo_hannah_okafor",
    contact="hannah.okafor@yieldnest.example.de", language="en",
    **{"from": ("Hannah Okafor", "hannah.okafor@yieldnest.example.de")},
    subject="Out of office: Re: Hast du unseren Call vergessen?",
    date="2026-03-03 12:31",
    thread=["<4B1D2E3F-yieldnest-sorry@example.at>"],
    headers={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
    structure="plain", charset="utf-8", cte="7bit",
    text="""Hi there,

Thanks for your email. I'm out of the office from this afternoon until 6 March with limited access to email. I'll get back to you when I return on Monday.

For urgent candidate questions, please contact people@yieldnest.example.de.

Best,
Hannah
""",
)

other(
    scenario="headhunter_cold_outreach_dubai",
    contact="m.darwish@gulfsearch.example.com", language="en",
    **{"from": ("Marwan Darwish", "m.darwish@gulfsearch.example.com")},
    subject="Quick question",
    date="2026-05-06 09:02", tz="dxb",
    structure="plain", charset="utf-8", cte="quoted-printable",
    text="""Hi Katharina,

Hope you don't mind the cold email. I lead the hospitality practice at Gulf Search Partners and I'm always on the lookout for European front office and revenue talent who'd consider a move to the Gulf.

Nothing specific to pitch right now, but I'd value 15 minutes to understand what you're looking for, so I can think of you when the right mandate lands. Would you be open to that at some point?

Best regards,
Marwan Darwish
Partner, Hospitality & Leisure
Gulf Search Partners | DIFC, Gate Village 4, Dubai
""",
)

other(
    scenario="uae_entry_permit_received",
    to=("KATHARINA OBERMOSER-ADEYEMI", "k.obermoser@example.at"),
    contact="", language="en",
    **{"from": ("Dubai Residency e-Services", "no-reply@eservices.residency-dxb.example.com")},
    subject="Application Received - Entry Permit (Employment) - Ref. 2026/EP/7714208",
    date="2026-09-20 10:40", tz="dxb",
    structure="plain", charset="us-ascii", cte="7bit",
    text="""Dear Applicant,

Your application for an Entry Permit (Employment) has been received.

Application reference: 2026/EP/7714208
Applicant name: KATHARINA OBERMOSER-ADEYEMI
Sponsor: MERIDIA HOSPITALITY GROUP
Status: UNDER PROCESSING

You will be notified by SMS and e-mail once the application has been approved or if further documents are required. Please do not reply to this e-mail.

Dubai Residency e-Services
""",
)

other(
    scenario="pay_insights_salary_report",
    contact="", language="en",
    **{"from": ("Hospitality Pay Insights", "hello@hospitalitypay.example.com")},
    subject="Your copy: 2026 Revenue Management Salary Report (DACH, UAE, Iberia)",
    date="2026-04-14 14:45", tz="utc",
    headers={"List-Unsubscribe": "<https://hospitalitypay.example.com/unsub?c=k0b>"},
    structure="html", charset="utf-8", cte="base64",
    html=newsletter_shell(
        title="Your 2026 Salary Report is ready",
        logo="https://hospitalitypay.example.com/img/hpi-logo.png",
        logo_alt="Hospitality Pay Insights",
        items=(card("Download the full report (PDF, 42 pages)",
                    "Median base pay for Revenue Managers: EUR 61,000 in Munich, CHF 98,000 in Zurich, AED 276,000 in Dubai, EUR 38,000 in Lisbon.",
                    trk("go.hospitalitypay.example.com", "report-download"), "Download")
               + card("Webinar: negotiating your first revenue role",
                      "How to turn an offer into a better offer - without losing it.",
                      trk("go.hospitalitypay.example.com", "webinar"), "Save my seat")),
        footer=("Hospitality Pay Insights, Calle de Alcalá 21, 28014 Madrid. "
                '<a href="https://hospitalitypay.example.com/unsub?c=k0b">Unsubscribe</a>'),
        open_px=pixel("go.hospitalitypay.example.com", "hpi0414"),
    ),
)

other(
    scenario="meridia_talent_community_digest",
    contact="", language="en",
    **{"from": ("Meridia Talent Community", "talentcommunity@meridiahg.example.com")},
    subject="New roles you may like at Meridia Hospitality Group",
    date="2026-05-15 05:00", tz="utc",
    headers={"List-Unsubscribe": "<https://careers.meridiahg.example.com/community/unsubscribe?k=9921>",
             "Precedence": "bulk"},
    structure="html", charset="utf-8", cte="quoted-printable",
    html=newsletter_shell(
        title="Roles picked for you this month",
        logo="https://wd3.myworkdaycdn.com/meridiahospitality/logo_email.png",
        logo_alt="Meridia Hospitality Group",
        items=(card("Revenue Manager - Meridia Lisbon Riverside", "Lisbon, Portugal · Full time",
                    trk("email.wd3.myworkday.com", "tc-lis"), "Apply now")
               + card("Front Office Manager - Meridia Dubai Creek", "Dubai, UAE · Full time · Relocation",
                      trk("email.wd3.myworkday.com", "tc-dxb"), "Apply now")
               + card("Area Director of Revenue - Europe", "Vienna or Munich · Hybrid",
                      trk("email.wd3.myworkday.com", "tc-eu"), "Apply now")),
        footer=("You are receiving this email because you joined the Meridia Talent Community. This mailbox is not monitored. "
                '<a href="https://careers.meridiahg.example.com/community/unsubscribe?k=9921">Leave the Talent Community</a>'),
        open_px=pixel("email.wd3.myworkday.com", "tc0515"),
    ),
)

other(
    scenario="greenhouse_candidate_survey",
    contact="", language="en",
    **{"from": ("Yieldnest via Greenhouse", "no-reply@greenhouse-mail.io")},
    subject="How was your interview experience with Yieldnest?",
    date="2026-03-20 10:00", tz="utc",
    structure="alt", charset="utf-8", cte="quoted-printable",
    text="""Hi Katharina,

Yieldnest is always trying to improve the candidate experience, and we'd appreciate your feedback on your recent interviews - whatever the outcome.

The survey is anonymous and takes about 3 minutes:
https://app.greenhouse.io/candidate_surveys/ynst/8812

Thank you!
Yieldnest

This survey is administered by Greenhouse. Your individual responses will not be shared with the hiring team.
""",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>Hi Katharina,</p>
<p>Yieldnest is always trying to improve the candidate experience, and we'd appreciate your feedback on your recent interviews &ndash; whatever the outcome.</p>
<p><a href="https://app.greenhouse.io/candidate_surveys/ynst/8812" style="background:#0d9488;color:#fff;padding:10px 16px;text-decoration:none">Take the 3-minute survey</a></p>
<p>Thank you!<br>Yieldnest</p>
<p style="font-size:11px;color:#888">This survey is administered by Greenhouse. Your individual responses will not be shared with the hiring team.</p>
</body></html>
""",
)

other(
    scenario="alumni_speed_interviews_event",
    contact="", language="en",
    **{"from": ("Vienna Hospitality School Alumni", "alumni-news@vhs-alumni.example.at")},
    subject="Register now: Speed Interviews with 25 hotel recruiters (15 Oct)",
    date="2026-09-14 16:00",
    headers={"List-Id": "VHS Alumni News <news.vhs-alumni.example.at>",
             "List-Unsubscribe": "<mailto:leave-news@vhs-alumni.example.at>",
             "Precedence": "list"},
    structure="plain", charset="utf-8", cte="quoted-printable",
    text="""Dear alumni,

Our annual Career Evening is back! On Thursday 15 October, 25 recruiters from hotel groups, cruise lines and hotel-tech companies will hold 10-minute speed interviews with our graduates in the school's ballroom.

Programme
18:00 Welcome drinks
18:30 Speed interviews (pre-registration required, max. 6 per person)
20:30 Networking dinner

Places are limited to 120 alumni. Register by 5 October: https://vhs-alumni.example.at/events/career-evening-2026

We look forward to seeing you!
Your Alumni Office

--
You are receiving this because you are a member of the VHS Alumni Association.
To unsubscribe, send an email to leave-news@vhs-alumni.example.at
""",
)

other(
    scenario="colleague_asks_reference",
    contact="tomas.horvath@gmail.example.com", language="en",
    **{"from": ("Tomas Horvath", "tomas.horvath@gmail.example.com")},
    subject="small favour?",
    date="2026-10-11 18:55",
    mid_style="gmail",
    structure="plain", charset="utf-8", cte="quoted-printable",
    text="""Hey Katharina,

Hope Dubai/Lisbon/wherever-you-are-now is treating you well :)

Small favour: I've got an interview next week for a night manager role at a hotel in Prague, and they want two references from people who've supervised me. Could I put you down? They'd probably call you for 10 minutes, nothing more.

If it's a no, totally fine - just let me know.

Thanks a million,
Tomas
""",
)

# ================================================================ French

other(
    scenario="newsletter_erreurs_entretien",
    contact="", language="fr",
    **{"from": ("Cadres Hôtellerie Mag", "newsletter@cadres-hotellerie.example.fr")},
    subject="5 erreurs qui font rater un entretien (et comment rebondir après un refus)",
    date="2026-05-07 07:15",
    headers={"List-Id": "La lettre Cadres Hôtellerie <lettre.cadres-hotellerie.example.fr>",
             "List-Unsubscribe": "<https://www.cadres-hotellerie.example.fr/desabonnement?u=k0b>",
             "Precedence": "bulk"},
    structure="html", charset="utf-8", cte="quoted-printable",
    html=newsletter_shell(
        title="La lettre du jeudi",
        logo="https://www.cadres-hotellerie.example.fr/img/logo-lettre.png",
        logo_alt="Cadres Hôtellerie Mag",
        items=(card("5 erreurs qui font rater un entretien",
                    "Arriver en retard, ne pas connaître le RevPAR de l'hôtel, parler salaire trop tôt... Nos recruteurs partenaires livrent leurs conseils.",
                    trk("clic.cadres-hotellerie.example.fr", "erreurs"), "Lire l'article")
               + card("Après un refus : faut-il relancer le recruteur ?",
                      "« Nous sommes au regret de ne pouvoir donner une suite favorable » : comment demander un retour sans paraître insistant.",
                      trk("clic.cadres-hotellerie.example.fr", "refus"), "Lire l'article")
               + card("Offres de la semaine : 23 postes de direction à Paris",
                      "Directeur·rice de l'hébergement, revenue manager, chef de réception...",
                      trk("clic.cadres-hotellerie.example.fr", "offres"), "Voir les offres")),
        footer=("Vous recevez cette lettre car vous êtes abonnée à Cadres Hôtellerie Mag. "
                '<a href="https://www.cadres-hotellerie.example.fr/desabonnement?u=k0b">Se désabonner</a><br>'
                "Cadres Hôtellerie Médias SARL – 3 rue de Provence, 75009 Paris – RCS Paris 804 112 903"),
        open_px=pixel("clic.cadres-hotellerie.example.fr", "ch0507"),
    ),
)

other(
    scenario="colis_retarde",
    contact="", language="fr",
    **{"from": ("ColisExpress", "suivi@notifications.colisexpress.example.fr")},
    subject="Malheureusement, votre colis est retardé",
    date="2026-09-29 12:10",
    structure="plain", charset="iso-8859-1", cte="quoted-printable",
    header_charset="iso-8859-1",
    text="""Bonjour,

Malheureusement, votre colis n° CX 8812 0049 7731 est retardé en raison d'un incident technique sur notre plateforme de tri de Roissy.

Nouvelle date de livraison estimée : jeudi 1er octobre 2026.
Adresse de livraison : Hôtel Lumière Opéra, 9 rue Scribe, 75009 Paris (à l'attention de K. Obermoser-Adeyemi)

Vous pouvez suivre votre colis à tout moment : https://www.colisexpress.example.fr/suivi/CX881200497731

Ce message est envoyé automatiquement, merci de ne pas y répondre.
ColisExpress
""",
)

other(
    scenario="propre_mail_confirmation_creneau",
    contact="", language="fr",
    **{"from": CAND},
    to=[("Recrutement Séjour & Ville", "recrutement@sejour-ville.example.fr")],
    subject="RE: Proposition d'entretien - Responsable d'exploitation (Paris 15e)",
    date="2026-02-23 20:31",
    mid_style="outlook",
    structure="plain", charset="utf-8", cte="quoted-printable",
    text="""Madame, Monsieur,

Je vous remercie vivement pour votre message. Je confirme avec plaisir le créneau du mercredi 4 mars à 14h30 pour l'entretien en visioconférence avec Mme Aubry.

Je reste à votre disposition pour tout complément d'information.

Bien cordialement,
Katharina Obermoser-Adeyemi
+43 660 123 45 67

""" + outlook("fr", "Recrutement Séjour & Ville <recrutement@sejour-ville.example.fr>", "lundi 23 février 2026 11:37",
              "Katharina Obermoser-Adeyemi <k.obermoser@example.at>", "Proposition d'entretien - Responsable d'exploitation (Paris 15e)",
              """Madame,

Votre parcours a retenu toute notre attention et nous souhaiterions vous rencontrer dans le cadre d'un premier entretien en visioconférence.
- mardi 3 mars à 10h00
- mercredi 4 mars à 14h30
- vendredi 6 mars à 9h00

Service Recrutement
Séjour & Ville"""),
)

# ================================================================ Spanish

other(
    scenario="banco_prestamo_denegado",
    contact="", language="es",
    **{"from": ("Banco Ribera Digital", "notificaciones@bancoribera.example.es")},
    subject="Su solicitud de préstamo ha sido denegada",
    date="2026-06-19 09:05",
    structure="html", charset="utf-8", cte="quoted-printable",
    html=f"""<html><body style="font-family:Arial,sans-serif;background:#f5f5f5;margin:0">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:16px 24px;border-bottom:3px solid #d97706"><img src="https://www.bancoribera.example.es/mail/logo.png" alt="Banco Ribera Digital" height="30"></td></tr>
<tr><td style="padding:24px;font-size:14px;color:#333">
<p>Estimada clienta:</p>
<p>Le informamos de que, tras analizar su solicitud de préstamo personal n.º PP-2026-0615-3381 por importe de 12.000 €, <b>lamentablemente no podemos concederle la financiación</b> en este momento.</p>
<p>La decisión se basa en nuestros criterios internos de riesgo, entre ellos la ausencia de una nómina en España. Puede volver a solicitarla transcurridos tres meses.</p>
<p><a href="{trk("t.bancoribera.example.es", "area-clientes")}" style="color:#d97706">Acceder al área de clientes</a></p>
<p>Atentamente,<br>Banco Ribera Digital</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:10px;color:#999">Banco Ribera Digital, S.A. – Paseo de Recoletos 12, 28001 Madrid – Inscrito en el Registro de Entidades del Banco de España. Este correo se ha enviado desde una dirección que no admite respuestas.</td></tr>
</table>
{pixel("t.bancoribera.example.es", "br0619")}
</body></html>
""",
)

other(
    scenario="amiga_me_rechazaron",
    to=("Katharina", "k.obermoser@example.at"),
    contact="marta.gil@gmail.example.com", language="es",
    **{"from": ("Marta Gil", "marta.gil@gmail.example.com")},
    subject="Re: qué tal en Lisboa??",
    date="2026-05-28 23:17",
    thread=["<CAG7yK1-que-tal-lisboa@mail.gmail.com>"],
    mid_style="gmail",
    structure="plain", charset="utf-8", cte="8bit",
    text="""Jajaja tía, lo mío fue peor: a mi me rechazaron en la entrevista del Palace después de hacerme esperar una hora en recepción 🙄. Me dijeron que "buscaban un perfil mas senior". Ya ves.

Pero bueno, que no se acaba el mundo. Lo tuyo de Lisboa también era una pena, con lo bien que te fue la entrevista con el director. Ya saldrá algo mejor, seguro.

Llámame el finde y lo hablamos con calma.
Besos!!
Marta

""" + quoted("El jue, 28 may 2026 a las 19:02, Katharina Obermoser-Adeyemi (<k.obermoser@example.at>) escribió:", """Marta!! Al final me dijeron que no lo de Lisboa, cogieron a una portuguesa. Estoy un poco de bajón. ¿Y tú qué tal con lo del Palace? ¿Te llamaron para la segunda entrevista?
Besos
K."""),
)

other(
    scenario="empleohosteleria_alertas_lisboa",
    contact="", language="es",
    **{"from": ("EmpleoHostelería Alertas", "alertas@empleohosteleria.example.es")},
    subject="5 nuevas ofertas de Revenue Manager en Lisboa y Oporto",
    date="2026-04-13 07:00",
    headers={"List-Unsubscribe": "<https://www.empleohosteleria.example.es/alertas/baja?id=5531>",
             "Precedence": "bulk"},
    structure="html", charset="iso-8859-1", cte="quoted-printable",
    header_charset="iso-8859-1",
    html=newsletter_shell(
        title="Tus nuevas ofertas de hoy",
        logo="https://www.empleohosteleria.example.es/img/logo-mail.png",
        logo_alt="EmpleoHostelería",
        items=(card("Revenue Manager - Grupo hotelero internacional, Lisboa", "Contrato indefinido · 42.000 - 50.000 EUR · Incorporación inmediata",
                    trk("clk.empleohosteleria.example.es", "al-1"), "Ver oferta")
               + card("Jefe/a de Recepción - Atlántida Lisboa Avenida", "Quedan pocos días para inscribirte",
                      trk("clk.empleohosteleria.example.es", "al-2"), "Ver oferta")
               + card("Revenue Analyst - Oporto (remoto parcial)", "Se valora alemán",
                      trk("clk.empleohosteleria.example.es", "al-3"), "Ver oferta")),
        footer=("Recibes esta alerta porque la creaste en EmpleoHostelería. "
                '<a href="https://www.empleohosteleria.example.es/alertas/baja?id=5531">Darse de baja</a> · '
                "EmpleoHostelería S.L., Calle Mayor 10, 28013 Madrid"),
        charset="iso-8859-1",
        open_px=pixel("clk.empleohosteleria.example.es", "eh0413"),
    ),
)

other(
    scenario="escuela_idiomas_matricula",
    contact="secretaria@lisboalingua.example.com", language="es",
    **{"from": ("Secretaría - Lisboa Lingua", "secretaria@lisboalingua.example.com")},
    subject="Confirmación de matrícula - Portugués A2 intensivo",
    date="2026-06-29 17:40", tz="lis",
    structure="plain", charset="utf-8", cte="quoted-printable",
    text="""Hola, Katharina:

Te confirmamos tu matrícula en el curso de Portugués A2 intensivo (online), del 6 al 31 de julio, de lunes a jueves de 18:00 a 19:30 (hora de Lisboa).

Hemos recibido el pago de 390 €. El primer día recibirás el enlace al aula virtual y el material en PDF.

Si tienes cualquier duda sobre el nivel o los horarios, escríbenos a este correo y te ayudamos.

¡Até breve!
Inês Moura
Secretaría - Lisboa Lingua
Rua da Prata 80, 1100-415 Lisboa
""",
)

other(
    scenario="reclutador_contacto_en_frio",
    contact="alvaro.ortega@talentum-hoteleria.example.es", language="es",
    **{"from": ("Álvaro Ortega", "alvaro.ortega@talentum-hoteleria.example.es")},
    subject="Hola Katharina",
    date="2026-10-02 10:48",
    mid_style="outlook",
    structure="plain", charset="windows-1252", cte="quoted-printable",
    header_charset="windows-1252",
    text="""Hola Katharina:

Mi compañero Pablo me ha hablado muy bien de ti. Yo llevo en Talentum la parte de cruceros y parques temáticos, y me gustaría tenerte en el radar para futuros proyectos en Europa.

Ahora mismo no tengo ningún proceso abierto que encaje contigo, pero si te parece bien, guardo tu CV y te escribo en cuanto surja algo de revenue o de dirección de recepción.

Un saludo y ¡mucha suerte con lo de Dubái!

Álvaro Ortega
Consultor | Talentum Hotelería
C/ Velázquez 57, 28001 Madrid

""" + outlook("es", "Pablo Ruiz <pablo.ruiz@talentum-hoteleria.example.es>", "jueves, 1 de octubre de 2026 18:20",
              "Álvaro Ortega <alvaro.ortega@talentum-hoteleria.example.es>", "Candidata revenue - Katharina",
              """Álvaro, te paso a Katharina. Muy buen perfil, la descartamos para lo de Dubái solo por el árabe. Échale un ojo para cruceros.
Pablo"""),
)

other(
    scenario="revista_entrevista_prensa",
    contact="redaccion@revistahotelpro.example.es", language="es",
    **{"from": ("Redacción HotelPro", "redaccion@revistahotelpro.example.es")},
    subject="Solicitud de entrevista para la revista HotelPro",
    date="2026-07-30 12:12",
    structure="alt", charset="utf-8", cte="quoted-printable",
    text="""Estimada Sra. Obermoser-Adeyemi:

Desde la revista HotelPro estamos preparando un reportaje sobre profesionales europeos que dan el salto de la recepción al revenue management, y nos encantaría contar con su testimonio.

¿Podríamos hacerle una entrevista de unos 20 minutos por teléfono o videollamada la semana que viene? Las preguntas se las enviaríamos con antelación y podría revisar el texto antes de su publicación en el número de septiembre.

Quedamos a la espera de su respuesta.

Un cordial saludo,
Beatriz Lozano
Redactora jefa
Revista HotelPro
""",
    html="""<html><body style="font-family:Georgia,serif;font-size:14px">
<p>Estimada Sra. Obermoser-Adeyemi:</p>
<p>Desde la revista <i>HotelPro</i> estamos preparando un reportaje sobre profesionales europeos que dan el salto de la recepción al revenue management, y nos encantaría contar con su testimonio.</p>
<p>¿Podríamos hacerle una entrevista de unos 20 minutos por teléfono o videollamada la semana que viene? Las preguntas se las enviaríamos con antelación y podría revisar el texto antes de su publicación en el número de septiembre.</p>
<p>Quedamos a la espera de su respuesta.</p>
<p>Un cordial saludo,<br>Beatriz Lozano<br>Redactora jefa<br><b>Revista HotelPro</b></p>
<p><img src="https://www.revistahotelpro.example.es/firma.png" alt="HotelPro - la revista del profesional hotelero" width="160"></p>
</body></html>
""",
)

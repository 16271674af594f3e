"""Everything else in Greta Hofbauer's mailbox (126th corpus): newsletters and job alerts, other
meanings of the words, friends, her own sent mail, out-of-office replies, cold outreach.
Each message written by hand."""

from __future__ import annotations

from msgs126_common import ME, ats, newsletter

SPECS: list[dict] = []

# ------------------------------------------------------------------------------------- German

# 1 -- job board alert digest, HTML newsletter with list headers
_t = """5 neue Jobs für dich: Filialleitung · Linz und Umgebung

Hallo Greta, hier sind die neuesten Stellen, die zu deinem Suchauftrag passen.

Filialleitung (w/m/d) Drogeriefachmarkt
Sonnleitner Drogeriemärkte · Leonding · ab € 2.900 brutto
https://www.karrierewelt.example.at/job/1772041

Storemanager Fashion (m/w/d)
Modepark Traun · Traun · Vollzeit
https://www.karrierewelt.example.at/job/1771988

Stellvertretende Filialleitung Parfümerie
Parfümerie Albrecht · Linz Landstraße · 30-38 Std.
https://www.karrierewelt.example.at/job/1771840

Salonleitung Friseur (w/m/d)
Haarwerk Friseure · Linz-Urfahr
https://www.karrierewelt.example.at/job/1771602

Visual Merchandiser (m/w/d) Teilzeit
Donaupark Center · Linz
https://www.karrierewelt.example.at/job/1771377

Alle Treffer ansehen: https://www.karrierewelt.example.at/suche?a=88120"""
SPECS.append(dict(
    kind="other", scenario="job_alert_digest_karrierewelt", lang="de", company="", contact="",
    **{"from": ("karrierewelt.at Jobagent", "jobagent@karrierewelt.example.at")},
    subject="5 neue Jobs: Filialleitung in Linz und Umgebung", date="2026-03-02 06:30 +0100",
    structure="html", cte="qp",
    headers={"List-Id": "karrierewelt Jobagent <jobagent.karrierewelt.example.at>",
             "List-Unsubscribe": "<https://www.karrierewelt.example.at/jobagent/abmelden?a=88120>, <mailto:abmelden@karrierewelt.example.at?subject=88120>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
    text=_t,
    html=newsletter(_t, title="Jobagent", logo_alt="karrierewelt.at", logo="https://static.karrierewelt.example.at/img/logo-white.png",
                    accent="#00a19a", tracker="https://click.karrierewelt.example.at/c",
                    unsubscribe="https://www.karrierewelt.example.at/jobagent/abmelden?a=88120",
                    pixel="https://click.karrierewelt.example.at/o.gif?a=88120&d=20260302",
                    footer="Du erhältst diese E-Mail, weil du den Jobagenten 'Filialleitung Linz' angelegt hast.\n\nkarrierewelt.at GmbH · Wienerbergstraße 7 · 1100 Wien · FN 199731 b"),
))

# 2 -- career magazine newsletter about rejection
_t = """Absage erhalten? So gehst du damit um

Liebe Leserin, lieber Leser,

eine Absage nach dem Vorstellungsgespräch tut weh – besonders, wenn man sich schon im neuen Job gesehen hat. In dieser Ausgabe zeigen wir, wie du aus einem "Leider müssen wir Ihnen mitteilen" das Beste machst.

Feedback einholen, aber richtig
Viele Unternehmen geben auf Nachfrage ehrliche Rückmeldung. Wir haben fünf Formulierungen gesammelt, die Personalerinnen gerne beantworten.
https://www.berufsweg-magazin.example.de/absage-feedback

Quereinstieg in den Handel
Von der Friseurin zur Filialleiterin: Drei Leserinnen erzählen, wie der Wechsel geklappt hat – und welche Absagen sie auf dem Weg gesammelt haben.
https://www.berufsweg-magazin.example.de/quereinstieg-handel

Termin-Tipp
Online-Seminar "Souverän im Bewerbungsgespräch" am 14. April, 18 Uhr, kostenlos.
https://www.berufsweg-magazin.example.de/seminar

Viel Erfolg bei der Jobsuche!
Deine Redaktion von berufsweg"""
SPECS.append(dict(
    kind="other", scenario="newsletter_absage_tips", lang="de", company="", contact="",
    **{"from": ("berufsweg Magazin", "newsletter@berufsweg-magazin.example.de")},
    subject="Absage erhalten? So gehst du damit um 💪", date="2026-03-31 07:00 +0200",
    structure="html", cte="qp",
    headers={"List-Id": "berufsweg Newsletter <newsletter.berufsweg-magazin.example.de>",
             "List-Unsubscribe": "<https://www.berufsweg-magazin.example.de/nl/abmelden?id=77120>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk",
             "X-Mailer": "Sendinblue"},
    text=_t,
    html=newsletter(_t, title="berufsweg", logo_alt="berufsweg – Das Karrieremagazin", logo="https://img.berufsweg-magazin.example.de/nl/logo.png",
                    accent="#2d3e50", tracker="https://r.berufsweg-magazin.example.de/mk/cl",
                    unsubscribe="https://www.berufsweg-magazin.example.de/nl/abmelden?id=77120",
                    pixel="https://r.berufsweg-magazin.example.de/mk/op/77120",
                    footer="berufsweg Medien GmbH · Rosental 5 · 80331 München · Geschäftsführerin: Dana Kerber · HRB 230118\n\nSie erhalten diesen Newsletter, weil Sie sich auf berufsweg-magazin.example.de angemeldet haben."),
))

# 3 -- mailing-list circular (Mailman style, plain) mentioning openings, missed interviews and rejections
SPECS.append(dict(
    kind="other", scenario="mailman_rundbrief_retail_netz", lang="de", company="", contact="",
    **{"from": ("Retail-Netzwerk OÖ", "rundbrief@lists.retailnetz-ooe.example.at")},
    subject="[Retail-Netzwerk OÖ] Rundbrief Mai: offene Stellen, Stammtisch, Tipps",
    date="2026-05-04 12:00 +0200", charset="iso-8859-1", cte="qp",
    headers={"List-Id": "Rundbrief Retail-Netzwerk OOE <rundbrief.lists.retailnetz-ooe.example.at>",
             "List-Unsubscribe": "<https://lists.retailnetz-ooe.example.at/mailman/options/rundbrief>, <mailto:rundbrief-request@lists.retailnetz-ooe.example.at?subject=unsubscribe>",
             "List-Archive": "<https://lists.retailnetz-ooe.example.at/pipermail/rundbrief/>",
             "List-Post": "<mailto:rundbrief@lists.retailnetz-ooe.example.at>",
             "Precedence": "list", "Sender": "rundbrief-bounces@lists.retailnetz-ooe.example.at"},
    text="""Liebe Mitglieder,

hier der Rundbrief für Mai.

1) STAMMTISCH
Nächster Stammtisch am 21. Mai, 19 Uhr, im Gasthaus Alte Welt, Hauptplatz 4, Linz. Thema: "Vorstellungsgespräch verpasst, Absage bekommen - und jetzt?" Unsere Kollegin Doris erzählt, wie sie nach drei Absagen doch noch ihre Wunschstelle bekommen hat.

2) OFFENE STELLEN AUS DEM NETZWERK
- Filialleitung Textil, Wels (über Mitgliedsbetrieb, Details im Archiv)
- Visual Merchandiser Teilzeit, Steyr
- Verkaufsberaterin Kosmetik, Linz Innenstadt
Bitte bewerbt euch direkt bei den Betrieben, nicht über die Liste.

3) WORKSHOP
Schaufenster-Workshop mit Lisa Grubmüller am 6. Juni, Anmeldung über die Website.

Liebe Grüße
Euer Vorstand

_______________________________________________
Rundbrief mailing list
rundbrief@lists.retailnetz-ooe.example.at
https://lists.retailnetz-ooe.example.at/mailman/listinfo/rundbrief""",
))

# 4 -- podcast interview request (human sender, a contact, not job mail)
SPECS.append(dict(
    kind="other", scenario="podcast_interview_request", lang="de", company="",
    contact="hallo@haarige-zeiten.example.at",
    **{"from": ("Tanja Leeb | Haarige Zeiten Podcast", "hallo@haarige-zeiten.example.at")},
    subject="Interview-Anfrage für unseren Podcast", date="2026-02-18 13:26 +0100", cte="qp",
    text="""Liebe Greta,

ich bin Tanja, ich mache gemeinsam mit meinem Kollegen Ferdl den Podcast "Haarige Zeiten" über Menschen aus der Friseurbranche. Eine gemeinsame Bekannte (Sandra vom Haarwerk) hat mir erzählt, dass du gerade vom Salon in den Handel wechselst.

Genau solche Geschichten suchen wir! Hättest du Lust auf ein Interview für eine unserer nächsten Folgen? Wir nehmen in unserem kleinen Studio in der Tabakfabrik auf, Dauer ca. 45 Minuten, ganz entspannt. Termine im März wären ideal.

Ich freu mich, von dir zu hören!

Liebe Grüße
Tanja

Haarige Zeiten – der Podcast fürs Friseurhandwerk
Tabakfabrik Linz, Peter-Behrens-Platz 10""",
))

# 5 -- local newspaper wants an interview about the hairdressing trade
SPECS.append(dict(
    kind="other", scenario="press_interview_local_paper", lang="de", company="",
    contact="m.froschauer@rundschau-ooe.example.at",
    **{"from": ("Markus Froschauer", "m.froschauer@rundschau-ooe.example.at")},
    subject="Anfrage: Interview zum Fachkräftemangel im Friseurhandwerk", date="2026-04-21 10:12 +0200",
    charset="windows-1252", cte="qp",
    text="""Sehr geehrte Frau Hofbauer,

für die Wochenendausgabe der OÖ Rundschau arbeite ich an einem Beitrag über den Fachkräftemangel im Friseurhandwerk. Ihr Name wurde mir von der Landesinnung genannt: Sie haben als Meisterin über zehn Jahre einen Salon geführt und orientieren sich gerade beruflich neu.

Wären Sie zu einem kurzen Interview bereit – telefonisch oder gerne auch bei einem Kaffee in Linz? Es würde ca. 20 Minuten dauern; Zitate schicke ich Ihnen vor Erscheinen zur Freigabe. Redaktionsschluss ist der 30. April.

Mit freundlichen Grüßen
Markus Froschauer
Redakteur Wirtschaft
OÖ Rundschau · Hafenstraße 1-3 · 4020 Linz
T +43 732 76 16-340""",
))

# 6 -- user-research interview for a fashion app (other meaning of "interview")
SPECS.append(dict(
    kind="other", scenario="user_research_interview_app", lang="de", company="",
    contact="jana.pichlmayr@stylaapp.example.de",
    **{"from": ("Jana Pichlmayr", "jana.pichlmayr@stylaapp.example.de")},
    subject="30 Minuten für ein Nutzerinterview? (20 € Gutschein)", date="2026-06-05 14:40 +0200",
    cte="qp",
    text="""Hallo Greta,

du nutzt seit einigen Monaten die Styla-App – danke dafür! Ich bin UX-Researcherin im Produktteam und wir möchten verstehen, wie Menschen ihre Outfits planen und einkaufen.

Hättest du Zeit für ein 30-minütiges Nutzerinterview per Video? Es gibt keine richtigen oder falschen Antworten, wir möchten nur zuhören. Als Dankeschön bekommst du einen 20-€-Gutschein für unseren Shop.

Termin buchen: https://calendly.example.com/styla-research/30min
Oder antworte mir einfach direkt mit ein paar Zeiten, die dir passen.

Viele Grüße
Jana Pichlmayr
UX Research · Styla App GmbH · Berlin""",
))

# 7 -- GPS/location app: someone sees your position
SPECS.append(dict(
    kind="other", scenario="gps_app_position_shared", lang="de", company="", contact="",
    **{"from": ("Wegfinder", "no-reply@wegfinder-app.example.com")},
    subject="Lena sieht jetzt deine Position", date="2026-07-18 09:02 +0200", cte="qp",
    text="""Hallo Greta,

du hast deine Position mit Lena Hofbauer geteilt. Lena kann deinen Live-Standort bis heute, 13:02 Uhr, in der Wegfinder-App sehen.

Deine Position wird nur angezeigt, solange die Freigabe aktiv ist. Du kannst die Freigabe jederzeit beenden: Profil > Standort teilen > Beenden.

Warst du das nicht? Dann ändere bitte sofort dein Passwort: https://wegfinder-app.example.com/konto/sicherheit

Dein Wegfinder-Team
Diese E-Mail wurde automatisch erstellt.""",
))

# 8 -- parcel delayed ("leider"), multipart/alternative
_t = """Hallo Greta Hofbauer,

leider verzögert sich die Zustellung Ihres Pakets.

Sendungsnummer: 1Z 44A 917 03 8812 5560
Absender: Friseurbedarf Kornfeld
Ursprünglicher Zustelltermin: Dienstag, 9. Juni

Grund: hohes Sendungsaufkommen im Verteilzentrum Wels. Neuer voraussichtlicher Zustelltermin: Donnerstag, 11. Juni, zwischen 10:00 und 14:00 Uhr.

Sendung verfolgen: https://www.paketblitz.example.at/verfolgen?nr=1Z44A9170388125560

Wir entschuldigen uns für die Unannehmlichkeiten.
Ihr PaketBlitz-Team"""
SPECS.append(dict(
    kind="other", scenario="parcel_delayed_leider", lang="de", company="", contact="",
    **{"from": ("PaketBlitz", "benachrichtigung@paketblitz.example.at")},
    subject="Leider verspätet: Ihre Sendung 1Z44A9170388125560", date="2026-06-09 16:44 +0200",
    structure="alt", cte="qp",
    text=_t,
    html=ats(_t, logo_alt="PaketBlitz", logo="https://www.paketblitz.example.at/mail/logo.png", accent="#ffb300",
             tracker="https://track.paketblitz.example.at/c",
             footer="PaketBlitz Logistik GmbH · Logistikpark 3 · 4614 Marchtrenk\n\nDies ist eine automatisch generierte E-Mail."),
))

# 9 -- bank: loan application received (bank is never a contact)
_t = """Sehr geehrte Frau Hofbauer,

vielen Dank für Ihren Online-Kreditantrag vom 12. März 2026. Ihr Antrag ist bei uns eingegangen und wird nun geprüft.

Antragsnummer: KR-2026-0312-55817
Gewünschter Betrag: € 12.000
Laufzeit: 60 Monate
Verwendungszweck: Weiterbildung / Umzug

Die Prüfung dauert in der Regel zwei bis fünf Werktage. Über das Ergebnis informieren wir Sie per E-Mail und in Ihrem Online-Banking.

Mit freundlichen Grüßen
Ihre Donaubank"""
SPECS.append(dict(
    kind="other", scenario="bank_loan_application_received", lang="de", company="", contact="",
    **{"from": ("Donaubank Online", "service@donaubank.example.at")},
    subject="Ihr Kreditantrag ist eingegangen", date="2026-03-12 21:35 +0100",
    structure="alt", cte="qp",
    text=_t,
    html=ats(_t, logo_alt="Donaubank", logo="https://www.donaubank.example.at/static/mail/logo.png", accent="#004b87",
             footer="Donaubank AG · Hauptplatz 8 · 4020 Linz · FN 33211 x · Bitte antworten Sie nicht auf diese E-Mail. Wir werden Sie niemals per E-Mail nach Ihren Zugangsdaten fragen."),
))

# 10 -- bank: consumer loan declined
_t = """Sehr geehrte Frau Hofbauer,

wir haben Ihren Antrag auf einen Konsumkredit (Antragsnummer KR-2026-0312-55817) sorgfältig geprüft.

Leider müssen wir Ihnen mitteilen, dass wir Ihren Antrag derzeit nicht annehmen können. Grund dafür ist vor allem, dass Sie sich aktuell in einer beruflichen Umstellung befinden und noch kein neues Dienstverhältnis nachweisen können.

Gerne prüfen wir einen neuen Antrag, sobald Sie uns einen Dienstvertrag vorlegen. Für eine persönliche Beratung vereinbaren Sie bitte einen Termin in Ihrer Filiale.

Mit freundlichen Grüßen
Ihre Donaubank"""
SPECS.append(dict(
    kind="other", scenario="bank_loan_declined", lang="de", company="", contact="",
    **{"from": ("Donaubank Online", "service@donaubank.example.at")},
    subject="Entscheidung zu Ihrem Kreditantrag", date="2026-03-18 09:15 +0100",
    structure="alt", cte="qp",
    text=_t,
    html=ats(_t, logo_alt="Donaubank", logo="https://www.donaubank.example.at/static/mail/logo.png", accent="#004b87",
             footer="Donaubank AG · Hauptplatz 8 · 4020 Linz · FN 33211 x · Bitte antworten Sie nicht auf diese E-Mail."),
))

# 11 -- flat application refused by the property manager (a person writes)
SPECS.append(dict(
    kind="other", scenario="flat_application_refused", lang="de", company="",
    contact="r.obermueller@hv-obermueller.example.at",
    **{"from": ("Renate Obermüller", "r.obermueller@hv-obermueller.example.at")},
    subject="Wohnung Graz, Schillerstraße 12/Top 7", date="2026-04-09 11:50 +0200",
    charset="iso-8859-1", header_charset="iso-8859-1", cte="qp",
    text="""Sehr geehrte Frau Hofbauer,

danke für Ihre Bewerbung um die Wohnung in der Schillerstraße 12, Top 7, und für die Besichtigung am Samstag.

Leider müssen wir Ihnen mitteilen, dass sich die Eigentümerin für andere Mietinteressenten entschieden hat, die bereits ein Arbeitsverhältnis in Graz nachweisen konnten.

Gerne nehmen wir Sie in unsere Interessentenliste für ähnliche Wohnungen auf. Antworten Sie dazu einfach kurz auf diese E-Mail.

Freundliche Grüße
Renate Obermüller
Hausverwaltung Obermüller
Annenstraße 30, 8020 Graz""",
))

# 12 -- friend tells about her own rejection
SPECS.append(dict(
    kind="other", scenario="friend_own_rejection", lang="de", company="",
    contact="katrin.weiss@mailbox.example.at",
    **{"from": ("Katrin Weiß", "katrin.weiss@mailbox.example.at")},
    subject="na super...", date="2026-03-19 22:41 +0100", cte="8bit",
    text="""Hey Greti,

stell dir vor, ich hab heute die Absage von der Parfümerie bekommen. Nach DREI Gesprächen!! "Wir haben uns für eine Kandidatin entschieden, deren Erfahrung besser zu unseren Anforderungen passt" – bla bla. Ich könnt schreien.

Wie läuft's bei dir? Hast du von dem Kaufhaus in Wien schon was gehört? Lass uns am Wochenende auf ein Glas Wein gehen, ich brauch das jetzt 🍷

Bussi
Kathi""",
))

# 13 -- friend excited about her own interview invitation
SPECS.append(dict(
    kind="other", scenario="friend_own_interview_invite", lang="de", company="",
    contact="michi.haider@mailbox.example.at",
    **{"from": ("Michaela Haider", "michi.haider@mailbox.example.at")},
    subject="ICH HAB EIN VORSTELLUNGSGESPRÄCH!!!", date="2026-05-27 18:03 +0200", cte="qp",
    text="""Greta!!!

Die Drogerie in Leonding hat mich zum Vorstellungsgespräch eingeladen, nächsten Dienstag um 10!! Ich bin so nervös, ich war seit 12 Jahren bei keinem Gespräch mehr.

Du hast ja gerade so viele davon – hast du Tipps? Was ziehst du an? Und fragen die wirklich nach Stärken und Schwächen?

Ruf mich an wenn du Zeit hast!
Michi""",
))

# 14 -- her own sent application with CV attached (From the candidate: no contact)
SPECS.append(dict(
    kind="other", scenario="own_sent_application_cv", lang="de", company="", contact="",
    **{"from": ME}, to=[("Modehaus Sailer Bewerbungen", "bewerbung@modehaus-sailer.example.at")],
    subject="Bewerbung als Filialleiterin", date="2026-02-09 07:11 +0100",
    mid="<6f0c2b7e-5a41-4d7e-9c1b-3e8a2f4d9b10@example.at>", cte="qp",
    headers={"User-Agent": "Mozilla Thunderbird"},
    text="""Sehr geehrte Damen und Herren,

mit großem Interesse habe ich Ihre Anzeige für die Filialleitung in Wels gelesen. Nach zwölf Jahren als Friseurmeisterin, davon acht als Salonleiterin mit sechs Mitarbeiterinnen, möchte ich meine Erfahrung in Kundenberatung, Teamführung und Warenpräsentation im Modehandel einsetzen.

Im Anhang finden Sie meinen Lebenslauf und mein Motivationsschreiben. Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr.

Mit freundlichen Grüßen
Greta Hofbauer
Hafenstraße 18, 4020 Linz
+43 660 718 24 59""",
    attachments=[{"filename": "Lebenslauf_Greta_Hofbauer.pdf", "pdf": [
        "GRETA HOFBAUER - Lebenslauf",
        "Hafenstrasse 18, 4020 Linz",
        "",
        "2018-2026  Salonleiterin, Salon Haarfein, Linz (6 Mitarbeiterinnen)",
        "2014-2018  Friseurin, Salon Haarfein, Linz",
        "2014       Meisterpruefung Friseur- und Perueckenmacherhandwerk",
        "2025       WIFI-Kurs Visual Merchandising"]}],
))

# 15 -- her own follow-up about an application (From the candidate)
SPECS.append(dict(
    kind="other", scenario="own_followup_status", lang="de", company="", contact="",
    **{"from": ME}, to=[("Stefanie Kraus", "stefanie.kraus@ostermeier.example.de")],
    subject="Nachfrage zum Stand meiner Bewerbung (R-04417)", date="2026-02-05 08:20 +0100",
    mid="<b3a9d0e1-7c2f-4e55-a8d6-2f9e4c1b7a30@example.at>", cte="qp",
    text="""Sehr geehrte Frau Kraus,

am 20. Jänner habe ich mich über Ihr Karriereportal als Abteilungsleitung Damenmode beworben (R-04417). Da ich mich gerade auch bei anderen Häusern in München bewerbe, wollte ich höflich nachfragen, ob es zum Stand des Verfahrens schon Neuigkeiten gibt.

Für ein Gespräch stehe ich jederzeit gerne zur Verfügung, auch kurzfristig.

Mit freundlichen Grüßen
Greta Hofbauer
+43 660 718 24 59""",
))

# 16 -- out-of-office from the Personalberater (a person: her address is the contact)
SPECS.append(dict(
    kind="other", scenario="ooo_personalberaterin", lang="de", company="",
    contact="m.wallner@wallner-partner.example.at",
    **{"from": ("Martina Wallner", "m.wallner@wallner-partner.example.at")},
    subject="Abwesenheitsnotiz: Rückfrage Mandate Linz/Wels", reply=True,
    date="2026-03-30 09:01 +0200",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    cte="qp",
    text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 10. April im Urlaub und habe nur eingeschränkt Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an mein Büro unter +43 732 770 418.

Mit freundlichen Grüßen
Martina Wallner
Wallner & Partner Personalberatung""",
))

# 17 -- out-of-office from a recruiter at the Munich department store
SPECS.append(dict(
    kind="other", scenario="ooo_recruiter_parental", lang="de", company="",
    contact="stefanie.kraus@ostermeier.example.de",
    **{"from": ("Kraus, Stefanie", "stefanie.kraus@ostermeier.example.de")},
    subject="Automatische Antwort: Nachfrage zum Stand meiner Bewerbung (R-04417)",
    thread=["<b3a9d0e1-7c2f-4e55-a8d6-2f9e4c1b7a30@example.at>"], date="2026-02-05 08:20 +0100",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    charset="windows-1252", cte="qp",
    text="""Guten Tag,

ich bin vom 2. bis 13. Februar nicht im Büro. Ihre E-Mail wird nach meiner Rückkehr bearbeitet.

Bei Fragen zu laufenden Bewerbungsverfahren wenden Sie sich bitte an unser Team unter +49 89 231 77-400.

Freundliche Grüße
Stefanie Kraus
Talent Acquisition | Modehaus Ostermeier""",
))

# 18 -- head-hunter cold outreach, no interview yet
SPECS.append(dict(
    kind="other", scenario="headhunter_cold_outreach", lang="de", company="",
    contact="lukas.brandl@brandl-search.example.de",
    **{"from": ("Lukas Brandl", "lukas.brandl@brandl-search.example.de")},
    subject="Ihr Profil – kurzer Austausch?", date="2026-09-15 08:47 +0200", cte="qp",
    text="""Guten Morgen Frau Hofbauer,

ich bin auf StellenPilot auf Ihr Profil gestoßen. Die Kombination aus Friseurmeisterin und Visual Merchandising ist ungewöhnlich und passt zu einigen Anfragen, die wir aus dem Premium-Beauty-Handel in Süddeutschland und Österreich bekommen.

Konkret habe ich aktuell nichts auf dem Tisch, möchte Sie aber gerne kennenlernen, um Ihre Vorstellungen zu verstehen. Hätten Sie Lust auf ein unverbindliches 15-minütiges Telefonat?

Beste Grüße
Lukas Brandl
Brandl Executive Search
Maximilianstraße 35 · 80539 München
linkedin.example.com/in/lukasbrandl""",
))

# 19 -- professional network: profile views, HTML only
_t = """Hallo Greta,

dein Profil wurde in den letzten 7 Tagen 12-mal angesehen.

Darunter:
- 3 Personen aus dem Bereich Personalwesen
- 2 Personen von Kessler & Obermayr
- 1 Person aus der Personalberatung

Mit einem Premium-Abo siehst du alle Besucher*innen deines Profils und wirst in Suchen von Recruiter*innen weiter oben angezeigt.

Profilbesucher ansehen: https://www.netzwerkt.example.de/profil/besucher"""
SPECS.append(dict(
    kind="other", scenario="network_profile_views", lang="de", company="", contact="",
    **{"from": ("netzwerkt", "mailrobot@mail.netzwerkt.example.de")},
    subject="Greta, 12 Personen haben dein Profil besucht", date="2026-03-24 18:00 +0100",
    structure="html", cte="qp",
    headers={"List-Unsubscribe": "<https://www.netzwerkt.example.de/einstellungen/benachrichtigungen?u=gh55>",
             "Precedence": "bulk"},
    text=_t,
    html=ats(_t, logo_alt="netzwerkt", logo="https://static.netzwerkt.example.de/mail/logo.png", accent="#0698a0",
             tracker="https://www.netzwerkt.example.de/go/c", pixel="https://www.netzwerkt.example.de/go/o/gh55.gif",
             button=("Premium testen", "https://www.netzwerkt.example.de/premium"),
             footer="netzwerkt SE · Dammtorstraße 30 · 20354 Hamburg\n\nBenachrichtigungen abbestellen: https://www.netzwerkt.example.de/einstellungen/benachrichtigungen"),
))

# 20 -- public employment service: placement proposal (not an employer writing)
_t = """Sehr geehrte Frau Hofbauer,

Ihre Beraterin hat Ihnen einen Vermittlungsvorschlag in Ihr eAMS-Konto gestellt.

Stelle: Filialleiter/in Textilhandel
Dienstgeber: Modepark Traun
Dienstort: 4050 Traun
Bewerbung bis: 22.05.2026

Bitte bewerben Sie sich bei diesem Unternehmen und geben Sie das Ergebnis Ihrer Bewerbung in Ihrem eAMS-Konto bekannt. Die Nachricht selbst finden Sie nach dem Einloggen unter "Meine Nachrichten".

Ihr Arbeitsmarktservice"""
SPECS.append(dict(
    kind="other", scenario="public_service_placement_proposal", lang="de", company="", contact="",
    **{"from": ("eAMS-Konto", "noreply@eams.example.at")},
    subject="Neue Nachricht in Ihrem eAMS-Konto: Vermittlungsvorschlag", date="2026-05-12 07:33 +0200",
    structure="html", charset="iso-8859-1", cte="qp",
    text=_t,
    html=ats(_t, logo_alt="AMS Arbeitsmarktservice", logo="https://www.eams.example.at/img/ams_logo.png", accent="#e30613",
             footer="Arbeitsmarktservice Oberösterreich · Europaplatz 9 · 4021 Linz\n\nDiese E-Mail wurde automatisch erstellt. Antworten an diese Adresse können nicht bearbeitet werden."),
))

# 21 -- adult-education course: registration confirmed, multipart/alternative
_t = """Sehr geehrte Frau Hofbauer,

vielen Dank für Ihre Anmeldung! Hiermit bestätigen wir Ihren Platz im folgenden Kurs:

Visual Merchandising – Aufbaukurs
Kursnummer: 22-4417-06
Termine: 4 x Freitag/Samstag, 12.06. – 04.07.2026, jeweils 9:00 – 17:00 Uhr
Ort: WIFI Linz, Wiener Straße 150, Raum 2.14

Die Rechnung über € 890,00 erhalten Sie gesondert. Bitte beachten Sie unsere Stornobedingungen.

Wir wünschen Ihnen viel Erfolg!
Ihr Kundenservice"""
SPECS.append(dict(
    kind="other", scenario="course_registration_confirmed", lang="de", company="", contact="",
    **{"from": ("WIFI Kundenservice", "kundenservice-noreply@wifi-ooe.example.at")},
    subject="Anmeldebestätigung: Visual Merchandising – Aufbaukurs", date="2026-04-27 14:18 +0200",
    structure="alt", cte="qp",
    text=_t,
    html=ats(_t, logo_alt="WIFI Oberösterreich", logo="https://www.wifi-ooe.example.at/mail/logo.png", accent="#c8102e",
             footer="WIFI der Wirtschaftskammer Oberösterreich · Wiener Straße 150 · 4021 Linz"),
))

# 22 -- photo studio: application-photo appointment confirmed (booking system)
SPECS.append(dict(
    kind="other", scenario="photo_studio_booking", lang="de", company="", contact="",
    **{"from": ("Fotostudio Lichtblick", "buchung@lichtblick-termine.example.at")},
    subject="Terminbestätigung: Bewerbungsfotos Business am 24.01.", date="2026-01-17 12:02 +0100",
    cte="qp",
    text="""Hallo Greta Hofbauer,

dein Termin ist bestätigt:

Leistung: Bewerbungsfotos Business (inkl. 3 retuschierte Bilder)
Datum: Samstag, 24.01.2026
Uhrzeit: 10:30 Uhr
Ort: Fotostudio Lichtblick, Landstraße 33, 4020 Linz

Tipp: Bring zwei Oberteile in unterschiedlichen Farben mit. Absagen oder verschieben kannst du bis 24 Stunden vorher über den Link in dieser E-Mail.

Termin verwalten: https://lichtblick-termine.example.at/b/88KD2

Diese Nachricht wurde automatisch von unserem Buchungssystem versendet.""",
))

# 23 -- friend asks how the job search is going
SPECS.append(dict(
    kind="other", scenario="friend_coffee_how_is_search", lang="de", company="",
    contact="barbara.eibl@mailbox.example.at",
    **{"from": ("Barbara Eibl", "barbara.eibl@mailbox.example.at")},
    subject="Kaffee am Samstag?", date="2026-04-30 12:14 +0200", cte="qp",
    text="""Hallo Greta,

lang nichts gehört! Wie läuft's mit den Bewerbungen? Letztes Mal hast du von Graz und Zürich erzählt, ich bin so gespannt.

Hast du Samstag Vormittag Zeit auf einen Kaffee beim Jindrak? So um 10?

Lg Babsi""",
))

# 24 -- former colleague tips off an opening at her salon (informal referral)
SPECS.append(dict(
    kind="other", scenario="ex_colleague_tip_opening", lang="de", company="",
    contact="dani.kepplinger@mailbox.example.at",
    **{"from": ("Daniela Kepplinger", "dani.kepplinger@mailbox.example.at")},
    subject="wär das was für dich?", date="2026-01-26 20:55 +0100", cte="8bit",
    text="""Hi Greta,

bei uns im Kosmetikstudio in Wels hört die Studioleitung im Sommer auf, die Chefin sucht jemanden, der auch den Verkauf und die Deko schupft. Ich hab sofort an dich gedacht!

Ausgeschrieben ist noch nix, aber wenn du willst, sag ich ihr, dass du dich meldest. Sie heißt Frau Gruber, ist total unkompliziert.

Bussi Dani

PS: hast du noch meine Glätteisen? 😅""",
))

# 25 -- marketing mail from a department store: an "invitation" to shopping night
_t = """Einladung zur Late Night Shopping

Liebe Greta,

am Freitag, 27. März, öffnen wir unsere Türen bis 23 Uhr – exklusiv für Kundinnen und Kunden mit Ostermeier-Karte.

Das erwartet dich:
- 20 % auf die gesamte Frühjahrskollektion
- Live-Styling mit unseren Visual Merchandisern im 2. OG
- Sekt-Empfang und DJ im Erdgeschoss

Jetzt Platz sichern: https://www.ostermeier.example.de/latenight

Wir freuen uns auf dich!
Dein Modehaus Ostermeier"""
SPECS.append(dict(
    kind="other", scenario="store_marketing_einladung", lang="de", company="", contact="",
    **{"from": ("Modehaus Ostermeier", "news@mailing.ostermeier.example.de")},
    subject="Deine persönliche Einladung: Late Night Shopping 🥂", date="2026-03-19 10:00 +0100",
    structure="html", cte="qp",
    headers={"List-Unsubscribe": "<https://mailing.ostermeier.example.de/u/gh8812>, <mailto:unsubscribe@mailing.ostermeier.example.de>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk",
             "X-Campaign": "LNS-2026-03"},
    text=_t,
    html=newsletter(_t, title="Late Night Shopping", logo_alt="MODEHAUS OSTERMEIER", logo="https://mailing.ostermeier.example.de/img/logo_w.png",
                    accent="#8a1538", tracker="https://mailing.ostermeier.example.de/c",
                    unsubscribe="https://mailing.ostermeier.example.de/u/gh8812",
                    pixel="https://mailing.ostermeier.example.de/o/gh8812.gif",
                    footer="Modehaus Ostermeier GmbH & Co. KG · Kaufingerstraße 12 · 80331 München\n\nDu erhältst diese E-Mail, weil du dich für den Newsletter angemeldet hast. Impressum: https://www.ostermeier.example.de/impressum"),
))

# 26 -- trade event registration confirmed, multipart/alternative
_t = """Hallo Greta Hofbauer,

Ihre Anmeldung zum Retail Summit Wien 2026 ist bestätigt.

Datum: Donnerstag, 8. Oktober 2026, 9:00 – 18:00 Uhr
Ort: Marx Halle, Karl-Farkas-Gasse 19, 1030 Wien
Ticket: Early Bird – Einzelhandel
Bestellnummer: RSW26-10442

Ihr Ticket finden Sie als QR-Code in der Event-App. Highlights: Keynote "Die Filiale der Zukunft", Workshop "Visual Merchandising mit kleinem Budget", Speed-Networking mit Personalverantwortlichen aus dem Handel.

Wir freuen uns auf Sie!
Ihr Retail-Summit-Team"""
SPECS.append(dict(
    kind="other", scenario="event_registration_summit", lang="de", company="", contact="",
    **{"from": ("Retail Summit Wien", "tickets@retailsummit-wien.example.at")},
    subject="Anmeldung bestätigt – Retail Summit Wien 2026", date="2026-09-02 11:41 +0200",
    structure="alt", cte="qp",
    text=_t,
    html=ats(_t, logo_alt="RETAIL SUMMIT WIEN 2026", logo="https://retailsummit-wien.example.at/mail/logo.png", accent="#1e1e1e",
             tracker="https://retailsummit-wien.example.at/t", button=("Ticket in der App", "https://retailsummit-wien.example.at/app"),
             footer="Handelsforum Events GmbH · Schwarzenbergplatz 7 · 1030 Wien\n\nFragen? Unser Ticket-Support antwortet innerhalb von 48 Stunden über das Kontaktformular."),
))

# 27 -- job agent alert with interview tips, HTML newsletter
_t = """3 neue Jobs für "Visual Merchandiser" in München

Visual Merchandiser (m/w/d) Vollzeit
Lookbook Commerce · München-Sendling
https://www.stellenpilot.example.de/jobs/5518230

Visual Merchandising Specialist Beauty
Parfümerie Albrecht · München-Schwabing
https://www.stellenpilot.example.de/jobs/5517712

Dekorateur/in Schaufenster (Teilzeit)
Kaufhaus am Stachus · München
https://www.stellenpilot.example.de/jobs/5516904

Ratgeber der Woche
Vorstellungsgespräch verpasst oder verschlafen? So entschuldigst du dich richtig – und bekommst vielleicht doch noch eine zweite Chance.
https://www.stellenpilot.example.de/ratgeber/gespraech-verpasst"""
SPECS.append(dict(
    kind="other", scenario="job_agent_with_missed_interview_tip", lang="de", company="", contact="",
    **{"from": ("StellenPilot Jobagent", "jobagent@mail.stellenpilot.example.de")},
    subject="3 neue Jobs für dich – Visual Merchandiser, München", date="2026-05-15 06:15 +0200",
    structure="html", cte="qp",
    headers={"List-Id": "StellenPilot Jobagent <jobagent.mail.stellenpilot.example.de>",
             "List-Unsubscribe": "<https://www.stellenpilot.example.de/jobagent/abmelden?id=4471>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
    text=_t,
    html=newsletter(_t, title="Jobagent", logo_alt="StellenPilot", logo="https://cdn.stellenpilot.example.de/mail/logo_white.png",
                    accent="#5b2a86", tracker="https://t.stellenpilot.example.de/click",
                    unsubscribe="https://www.stellenpilot.example.de/jobagent/abmelden?id=4471",
                    pixel="https://t.stellenpilot.example.de/open/ja4471.gif",
                    footer="StellenPilot GmbH · Schanzenstraße 19 · 20357 Hamburg · HRB 177204"),
))

# 28 -- employer-review platform asks to rate an interview
_t = """Hallo Greta,

du hattest kürzlich ein Vorstellungsgespräch bei Donaupark Center? Erzähl anderen Bewerberinnen und Bewerbern davon!

Deine Bewertung ist anonym und dauert nur 3 Minuten:
- Wie lief das Gespräch ab?
- Welche Fragen wurden gestellt?
- Hast du eine Zusage oder Absage bekommen?

Jetzt bewerten: https://www.jobblick.example.at/bewerten/donaupark-center?src=mail

Danke, dass du die Arbeitswelt transparenter machst!
Dein jobblick-Team"""
SPECS.append(dict(
    kind="other", scenario="review_platform_rate_interview", lang="de", company="", contact="",
    **{"from": ("jobblick", "community@jobblick.example.at")},
    subject="Wie war dein Vorstellungsgespräch bei Donaupark Center?", date="2026-03-14 17:30 +0100",
    structure="html", cte="qp",
    headers={"List-Unsubscribe": "<https://www.jobblick.example.at/abmelden?u=gh117>", "Precedence": "bulk"},
    text=_t,
    html=ats(_t, logo_alt="jobblick – Arbeitgeber bewerten", logo="https://www.jobblick.example.at/mail/logo.png", accent="#13a89e",
             tracker="https://t.jobblick.example.at/c", pixel="https://t.jobblick.example.at/o/gh117.gif",
             button=("Jetzt bewerten", "https://www.jobblick.example.at/bewerten/donaupark-center"),
             footer="jobblick GmbH · Mariahilfer Straße 77 · 1060 Wien\n\nKeine E-Mails mehr erhalten: https://www.jobblick.example.at/abmelden"),
))

# 29 -- regional education grant refused (a public body's "Antrag abgelehnt")
SPECS.append(dict(
    kind="other", scenario="education_grant_refused", lang="de", company="", contact="",
    **{"from": ("Land Oberösterreich – Bildungskonto", "bildungskonto@ooe.example.at")},
    subject="Bildungskonto – Mitteilung zu Ihrem Antrag BK-2026-18832", date="2026-06-23 10:05 +0200",
    charset="iso-8859-1", cte="qp",
    text="""Sehr geehrte Frau Hofbauer,

wir haben Ihren Antrag auf Förderung aus dem Bildungskonto für den Kurs "Visual Merchandising - Aufbaukurs" (WIFI Linz, Kursnummer 22-4417-06) geprüft.

Leider können wir Ihrem Antrag nicht stattgeben, da der Antrag erst nach Kursbeginn (12.06.2026) eingelangt ist. Gemäß Punkt 4.2 der Förderrichtlinie muss der Antrag vor Beginn der Bildungsmaßnahme gestellt werden.

Rückfragen: Montag bis Freitag, 8 bis 12 Uhr, Tel. 0732 7720-14900.

Mit freundlichen Grüßen
Für die Oberösterreichische Landesregierung
Abteilung Bildung, Bildungskonto""",
))

# ------------------------------------------------------------------------------------- English

# 30 -- job network alert digest
_t = """Jobs you may be interested in

Based on your profile and search: Store Manager, London

Store Manager
Lumen Apothecary · London (Marylebone) · On-site
https://www.jobvine.example.com/jobs/view/40011827

Visual Merchandising Manager
Harwood & Pryce · London · Full-time
https://www.jobvine.example.com/jobs/view/40009961

Assistant Store Manager
Kingsley Beauty Hall · London (Chelsea)
https://www.jobvine.example.com/jobs/view/40007134

Salon Manager
Blow & Co. · London (Clerkenwell) · Actively recruiting
https://www.jobvine.example.com/jobs/view/40006652

See all jobs: https://www.jobvine.example.com/jobs/collections/recommended"""
SPECS.append(dict(
    kind="other", scenario="job_alert_digest_jobvine", lang="en", company="", contact="",
    **{"from": ("Jobvine Job Alerts", "jobalerts-noreply@jobvine.example.com")},
    subject="Store Manager in London: 4 new jobs", date="2026-03-26 07:45 +0000",
    structure="html", cte="qp",
    headers={"List-Unsubscribe": "<https://www.jobvine.example.com/jobs/alerts/unsubscribe?id=887122>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
    text=_t,
    html=newsletter(_t, title="Job alert", logo_alt="Jobvine", logo="https://static.jobvine.example.com/email/logo_white.png",
                    accent="#0a66c2", tracker="https://www.jobvine.example.com/comm/track",
                    unsubscribe="https://www.jobvine.example.com/jobs/alerts/unsubscribe?id=887122",
                    pixel="https://www.jobvine.example.com/emimp/ja887122.gif", lang="en",
                    footer="You are receiving Job Alert emails for 'Store Manager' in London.\n\nJobvine Technologies Ltd, 2 Kingdom Street, London W2 6BD. Registered in England No 11802433."),
))

# 31 -- career newsletter about bouncing back from rejection
_t = """The Career Switch Weekly – Issue 58

How to bounce back from rejection

You made it to the final round, you could already picture your commute, and then: "Unfortunately, we've decided to move forward with other candidates." This week we look at what actually helps.

1. Ask for feedback within 48 hours
Hiring managers remember you best right after the decision. Keep it short and specific.
https://careerswitchweekly.example.com/p/ask-for-feedback

2. Don't ghost your own pipeline
Keep two or three applications moving at all times, so one rejection doesn't stop everything.
https://careerswitchweekly.example.com/p/pipeline

3. Reader story: from hairdresser to head of retail
Amira spent ten years behind the chair before moving into store management. She counted 23 rejections and 2 offers.
https://careerswitchweekly.example.com/p/amira

See you next Sunday,
Rachel"""
SPECS.append(dict(
    kind="other", scenario="newsletter_bounce_back_rejection", lang="en", company="", contact="",
    **{"from": ("The Career Switch Weekly", "careerswitchweekly@substack.example.com")},
    reply_to=("The Career Switch Weekly", "reply+2f8a1c@substack.example.com"),
    subject="How to bounce back from rejection", date="2026-05-10 08:00 +0100",
    structure="html", cte="qp",
    headers={"List-Id": "The Career Switch Weekly <careerswitchweekly.substack.example.com>",
             "List-Unsubscribe": "<https://careerswitchweekly.example.com/action/disable_email?token=ab12>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
    text=_t,
    html=newsletter(_t, title="The Career Switch Weekly", logo_alt="The Career Switch Weekly", logo="https://substackcdn.example.com/image/careerswitch.png",
                    accent="#ff6719", tracker="https://email.mg1.substack.example.com/c",
                    unsubscribe="https://careerswitchweekly.example.com/action/disable_email?token=ab12",
                    pixel="https://email.mg1.substack.example.com/o/eJw", lang="en",
                    footer="You're on the free list for The Career Switch Weekly.\n\n548 Market Street PMB 72296, San Francisco, CA 94104"),
))

# 32 -- podcast asks her for an interview (other meaning)
SPECS.append(dict(
    kind="other", scenario="podcast_behind_the_chair", lang="en", company="",
    contact="leah@behindthechairpod.example.co.uk",
    **{"from": ("Leah Morrison", "leah@behindthechairpod.example.co.uk")},
    subject="Interview for Behind the Chair?", date="2026-06-26 12:31 +0100", cte="qp",
    text="""Hi Greta,

I host Behind the Chair, a podcast about hairdressers who took their skills somewhere unexpected. Jess at Blow & Co. mentioned you and your move from salon owner to retail, and I'd love to interview you for our autumn season.

It's relaxed - about 40 minutes over Zoom, and I send the questions in advance. We'd record in late July or August, whenever suits you.

Would you be up for it?

Leah
Behind the Chair podcast
behindthechairpod.example.co.uk""",
))

# 33 -- user research interview from a London shopping app
SPECS.append(dict(
    kind="other", scenario="user_research_shopping_app", lang="en", company="",
    contact="noah.patel@baskit.example.co.uk",
    **{"from": ("Noah at Baskit", "research@baskit.example.co.uk")},
    reply_to=("Noah Patel", "noah.patel@baskit.example.co.uk"),
    subject="Can we interview you? (£25 voucher)", date="2026-07-14 15:05 +0100", cte="qp",
    text="""Hi Greta,

I'm Noah, a user researcher at Baskit. We're talking to people who shop for beauty products online and in stores, and your answers to our survey last month caught our eye.

Would you join a 45-minute remote interview next week? We'll ask about how you decide what to buy and where. As a thank you, you'll get a £25 Amazon voucher.

Just reply to this email with a few times that work for you and I'll send a calendar link.

Thanks!
Noah Patel
User Research, Baskit""",
))

# 34 -- parcel delayed ("unfortunately"), HTML only
_t = """Hi Greta,

Unfortunately your parcel is delayed.

Tracking number: RX 7741 0092 GB
From: Lumen Apothecary
Original delivery date: Saturday 9 May

We're sorry - due to high volumes at our Heathrow depot, your parcel will now arrive on Tuesday 12 May. You don't need to do anything.

Track your parcel: https://www.swiftpost.example.co.uk/track/RX77410092GB

Swiftpost Customer Service"""
SPECS.append(dict(
    kind="other", scenario="parcel_unfortunately_delayed", lang="en", company="", contact="",
    **{"from": ("Swiftpost", "tracking@notifications.swiftpost.example.co.uk")},
    subject="Unfortunately your parcel is delayed", date="2026-05-08 19:12 +0100",
    structure="html", cte="qp",
    text=_t,
    html=ats(_t, logo_alt="swiftpost", logo="https://www.swiftpost.example.co.uk/email/logo.png", accent="#e4002b",
             lang="en", tracker="https://clk.swiftpost.example.co.uk/r", pixel="https://clk.swiftpost.example.co.uk/o/RX7741.gif",
             footer="Swiftpost Ltd, Registered in England No 08512290. 1 Parcel Way, Hounslow TW6 3AA.\n\nThis is an automated email, please do not reply."),
))

# 35 -- London head-hunter cold outreach, no interview
SPECS.append(dict(
    kind="other", scenario="london_recruiter_cold_outreach", lang="en", company="",
    contact="amelia.hart@hartsearch.example.co.uk",
    **{"from": ("Amelia Hart", "amelia.hart@hartsearch.example.co.uk")},
    subject="Quick question", date="2026-08-27 09:18 +0100", cte="qp",
    text="""Hi Greta,

I hope you don't mind me reaching out out of the blue. I specialise in store leadership hires for premium beauty and fashion brands in London, and your background (salon owner turned visual merchandiser) stood out on Jobvine.

I don't have a specific role for you right now, but I'd love to have a 15-minute chat to understand what you're looking for, so I can keep you in mind for the autumn.

Would any time on Thursday or Friday work?

Best,
Amelia

Amelia Hart | Director | Hart Search
hartsearch.example.co.uk | +44 20 7946 0512""",
))

# 36 -- friend in London about her own interview
SPECS.append(dict(
    kind="other", scenario="friend_london_own_interview", lang="en", company="",
    contact="sophie.lang@mailbox.example.co.uk",
    **{"from": ("Sophie Lang", "sophie.lang@mailbox.example.co.uk")},
    subject="guess what", date="2026-06-11 22:48 +0100", cte="8bit",
    text="""G!!!

I got an interview at Harwood & Pryce!!! Beauty hall supervisor, next Wednesday. Isn't that where you applied too?? Please tell me everything you know about them, what they asked you, what to wear, all of it 🙏

Also when are you next in London, you can crash on my sofa any time

Soph xx""",
))

# 37 -- her own thank-you note after an interview (From the candidate)
SPECS.append(dict(
    kind="other", scenario="own_thank_you_after_interview", lang="en", company="", contact="",
    **{"from": ME}, to=[("Olivia Grant", "olivia.grant@lumenapothecary.example.co.uk")],
    cc=[("Hannah Reeve", "hannah.reeve@lumenapothecary.example.co.uk")],
    subject="Thank you - Store Manager interview", date="2026-04-07 19:30 +0100",
    mid="<c7d1e2f3-0a4b-4c5d-8e9f-1a2b3c4d5e6f@example.at>", cte="qp",
    text="""Dear Olivia, dear Hannah,

Thank you very much for the interview this afternoon. I really enjoyed our conversation about the central table and how the team works with clients.

Having seen the shop on Zoom, I'm even more excited about the role. If you decide to make me an offer, I could start from 1 June. Please let me know if you need anything else from me, such as references.

Best wishes,
Greta Hofbauer
+43 660 718 24 59""",
))

# 38 -- out-of-office from the agency recruiter (a person)
SPECS.append(dict(
    kind="other", scenario="ooo_agency_recruiter", lang="en", company="",
    contact="tom.ellery@retailsearch.example.co.uk",
    **{"from": ("Tom Ellery", "tom.ellery@retailsearch.example.co.uk")},
    subject="Automatic reply: Re: Store Manager - Mayfair", reply=True,
    date="2026-03-27 10:02 +0000",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    charset="windows-1252", cte="qp",
    text="""Thanks for your email. I'm out of the office until Monday 6 April with limited access to email.

For anything urgent, please contact my colleague Rosie Tan on rosie.tan@retailsearch.example.co.uk or call the office on +44 20 7946 0830.

Tom Ellery | Senior Consultant | Retail Search Partners""",
))

# 39 -- rental application unsuccessful (letting platform, no-reply)
_t = """Hi Greta,

Thank you for your interest in 14B Amhurst Road, London E8.

Unfortunately your rental application has been unsuccessful on this occasion. The landlord has decided to proceed with another applicant.

Don't give up - there are 38 new properties matching your search this week.

View properties: https://www.lethome.example.co.uk/search?saved=gh71

The Lethome team"""
SPECS.append(dict(
    kind="other", scenario="rental_application_unsuccessful", lang="en", company="", contact="",
    **{"from": ("Lethome", "no-reply@lethome.example.co.uk")},
    subject="Update on your application for 14B Amhurst Road", date="2026-05-21 13:14 +0100",
    structure="html", cte="qp",
    headers={"List-Unsubscribe": "<https://www.lethome.example.co.uk/preferences/unsubscribe?u=gh71>"},
    text=_t,
    html=ats(_t, logo_alt="Lethome", logo="https://www.lethome.example.co.uk/email/logo.png", accent="#00b2a9",
             lang="en", tracker="https://click.lethome.example.co.uk/c", pixel="https://click.lethome.example.co.uk/o/gh71.gif",
             button=("View properties", "https://www.lethome.example.co.uk/search?saved=gh71"),
             footer="Lethome Ltd, Registered in England No 10320448. 20 Eastbourne Terrace, London W2 6LG.\n\nManage email preferences: https://www.lethome.example.co.uk/preferences"),
))

# 40 -- maps app monthly timeline: "your position", multipart/alternative
_t = """Your March update

Greta, here's where you've been this month.

4 countries · 9 cities · 2,184 km travelled

Most visited places:
- Linz Hauptbahnhof
- Zürich HB
- Graz, Sporgasse

Your position history is only visible to you. You can delete it at any time in Timeline settings.

Open Timeline: https://maps.orbit.example.com/timeline?month=2026-03"""
SPECS.append(dict(
    kind="other", scenario="maps_timeline_position", lang="en", company="", contact="",
    **{"from": ("Orbit Maps Timeline", "timeline-noreply@orbit.example.com")},
    subject="Greta, your March update", date="2026-04-02 17:00 +0200",
    structure="alt", cte="qp",
    text=_t,
    html=ats(_t, logo_alt="Orbit Maps", logo="https://maps.orbit.example.com/static/email/logo.png", accent="#1a73e8",
             lang="en", footer="Orbit Inc., 1600 Example Parkway, Mountain View, CA 94043\n\nYou received this email because Timeline is on for your account."),
))

# ------------------------------------------------------------------------------------- Spanish

# 41 -- Spanish job board alert digest
_t = """Nuevas ofertas para ti: Encargada de tienda en Barcelona

Encargado/a de tienda – Moda mujer
Nuvola Moda · Barcelona (Eixample)
https://www.trabajoya.example.es/ofertas/881044

Responsable de tienda cosmética
Perfumerías Albéniz · Barcelona (Sant Antoni)
https://www.trabajoya.example.es/ofertas/880917

Visual merchandiser – campaña de verano
Centre Comercial Marina Nova · Sant Adrià de Besòs
https://www.trabajoya.example.es/ofertas/880602

Ver todas las ofertas: https://www.trabajoya.example.es/alertas/ver?id=ga331"""
SPECS.append(dict(
    kind="other", scenario="job_alert_digest_trabajoya", lang="es", company="", contact="",
    **{"from": ("Alertas TrabajoYa", "alertas@trabajoya.example.es")},
    subject="3 nuevas ofertas de Encargada de tienda en Barcelona", date="2026-04-15 07:00 +0200",
    structure="html", charset="iso-8859-1", cte="qp",
    headers={"List-Unsubscribe": "<https://www.trabajoya.example.es/alertas/baja?id=ga331>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
    text=_t.replace("–", "-"),
    html=newsletter(_t.replace("–", "-"), title="Alertas", logo_alt="TrabajoYa", logo="https://static.trabajoya.example.es/mail/logo_b.png",
                    accent="#ff6f00", tracker="https://click.trabajoya.example.es/r",
                    unsubscribe="https://www.trabajoya.example.es/alertas/baja?id=ga331",
                    pixel="https://click.trabajoya.example.es/o/ga331.gif", lang="es",
                    footer="Recibes este correo porque creaste la alerta 'Encargada de tienda - Barcelona'.\n\nTrabajoYa Internet S.L. · C/ Alcalá 21 · 28014 Madrid"),
))

# 42 -- career blog newsletter: interview mistakes and rejection
_t = """5 errores que te cuestan la entrevista

Hola,

esta semana hablamos de lo que pasa en la entrevista de trabajo cuando los nervios mandan, y de cómo encajar un "lamentamos comunicarte que no has sido seleccionada".

Llegar tarde (o no llegar)
Si por lo que sea no puedes acudir a la entrevista, avisa antes. Te contamos cómo escribir ese correo.
https://www.blogdelempleo.example.es/no-puedo-ir-entrevista

Hablar mal de tu antiguo trabajo
Un clásico que sigue descartando candidaturas.
https://www.blogdelempleo.example.es/errores-entrevista

Después del rechazo
Pedir feedback, actualizar el CV y seguir: guía rápida.
https://www.blogdelempleo.example.es/rechazo

¡Hasta la semana que viene!
El equipo de Blog del Empleo"""
SPECS.append(dict(
    kind="other", scenario="newsletter_errores_entrevista", lang="es", company="", contact="",
    **{"from": ("Blog del Empleo", "boletin@blogdelempleo.example.es")},
    subject="5 errores que te cuestan la entrevista (y qué hacer tras un rechazo)", date="2026-06-07 09:30 +0200",
    structure="html", cte="qp",
    headers={"List-Id": "Boletin Blog del Empleo <boletin.blogdelempleo.example.es>",
             "List-Unsubscribe": "<https://www.blogdelempleo.example.es/baja?e=gh>", "Precedence": "bulk",
             "X-Mailer": "Mailchimp Mailer - **CID4411**"},
    text=_t,
    html=newsletter(_t, title="Blog del Empleo", logo_alt="Blog del Empleo", logo="https://mcusercontent.example.com/blogdelempleo/logo.png",
                    accent="#3b5998", tracker="https://blogdelempleo.us12.list-manage.example.com/track/click",
                    unsubscribe="https://www.blogdelempleo.example.es/baja?e=gh",
                    pixel="https://blogdelempleo.us12.list-manage.example.com/track/open.php?u=4411", lang="es",
                    footer="Copyright © 2026 Blog del Empleo, todos los derechos reservados.\n\nNuestra dirección: Carrer de Balmes 188, 08006 Barcelona"),
))

# 43 -- bank: loan application received (Spanish), multipart/alternative
_t = """Estimada Sra. Hofbauer:

Le confirmamos que su solicitud de préstamo personal ha sido recibida correctamente.

Número de solicitud: PP-2026-441908
Importe solicitado: 8.000 €
Plazo: 48 meses

Nuestro equipo de análisis de riesgos estudiará su solicitud en un plazo máximo de 72 horas. Le comunicaremos la decisión por correo electrónico y en su área de cliente.

Atentamente,
Banco Litoral"""
SPECS.append(dict(
    kind="other", scenario="bank_prestamo_recibido", lang="es", company="", contact="",
    **{"from": ("Banco Litoral", "notificaciones@bancolitoral.example.es")},
    subject="Hemos recibido su solicitud de préstamo", date="2026-08-05 12:47 +0200",
    structure="alt", cte="qp",
    text=_t,
    html=ats(_t, logo_alt="Banco Litoral", logo="https://www.bancolitoral.example.es/img/mail/logo.png", accent="#00467f",
             lang="es", footer="Banco Litoral, S.A. · Passeig de Gràcia 55 · 08007 Barcelona · Inscrito en el Registro del Banco de España con el n.º 0271.\n\nEste es un mensaje automático; no responda a este correo."),
))

# 44 -- flat in Barcelona refused by the estate agent (a person writes)
SPECS.append(dict(
    kind="other", scenario="piso_alquiler_rechazado", lang="es", company="",
    contact="jordi.pons@finquesmar.example.es",
    **{"from": ("Jordi Pons", "jordi.pons@finquesmar.example.es")},
    subject="Piso c/ Verdi 42", date="2026-07-22 17:10 +0200",
    charset="iso-8859-1", cte="8bit",
    text="""Hola Greta,

gracias por la visita del lunes y por enviarnos la documentación.

Lamentablemente el propietario ha elegido a otro inquilino para el piso de la calle Verdi: necesitaba a alguien con contrato de trabajo en España ya firmado.

Si quieres, te aviso cuando entre algo parecido en Gràcia. Contéstame a este correo y te apunto.

Un saludo,
Jordi Pons
Finques Mar · Gràcia
Tel. 93 218 44 70""",
))

# 45 -- friend in Barcelona about her own rejection
SPECS.append(dict(
    kind="other", scenario="amiga_rechazo_propio", lang="es", company="",
    contact="carla.ribas@mailbox.example.es",
    **{"from": ("Carla Ribas", "carla.ribas@mailbox.example.es")},
    subject="uf", date="2026-06-18 23:05 +0200", cte="8bit",
    text="""Greta guapa,

me han rechazado en la tienda de Nuvola, la de Passeig de Gràcia 😩 Después de dos entrevistas y una prueba de escaparate!! "Hemos decidido continuar con otras candidatas" y ya está.

Bueno, ¿y tú qué tal? ¿Sabes algo de Colorín? Cuando vengas a Barcelona nos tomamos algo en el Born y me cuentas.

Un besazo,
Carla""",
))

# 46 -- magazine journalist asks for an interview (press)
SPECS.append(dict(
    kind="other", scenario="revista_entrevista_prensa", lang="es", company="",
    contact="elena.marin@peluqueriahoy.example.es",
    **{"from": ("Elena Marín", "elena.marin@peluqueriahoy.example.es")},
    subject="Entrevista para Peluquería Hoy", date="2026-09-08 11:20 +0200",
    charset="iso-8859-1", header_charset="iso-8859-1", cte="qp",
    text="""Hola Greta:

Soy Elena Marín, periodista de la revista Peluquería Hoy. Estamos preparando un reportaje sobre profesionales de la peluquería que han dado el salto al retail y al visual merchandising en Europa, y tu nombre nos lo dio Núria Vidal, de Colorín.

¿Te animarías a una entrevista de unos 30 minutos por videollamada? Podríamos hacerla en español o en inglés, como prefieras. El reportaje saldría en el número de noviembre.

Muchas gracias y un saludo,
Elena Marín
Redacción Peluquería Hoy
Madrid""",
))

# 47 -- her own application e-mail in Spanish (From the candidate)
SPECS.append(dict(
    kind="other", scenario="own_sent_solicitud", lang="es", company="", contact="",
    **{"from": ME}, to=[("Colorín Barcelona", "empleo@colorinbcn.example.es")],
    subject="Candidatura: Encargada de tienda - Born", date="2026-06-29 09:05 +0200",
    mid="<1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6@example.at>", cte="qp",
    text="""Hola:

Me llamo Greta Hofbauer y os escribo para presentar mi candidatura al puesto de encargada de la tienda del Born que he visto en vuestra web.

He trabajado doce años como peluquera, ocho de ellos dirigiendo un salón con seis personas en Linz (Austria), y en los últimos meses me he formado en visual merchandising. Hablo alemán, inglés y español (nivel B2), y me mudo a Barcelona en septiembre.

Os adjunto el enlace a mi portfolio: https://gretahofbauer.example.at/portfolio

Quedo a vuestra disposición para una entrevista.

Un saludo,
Greta Hofbauer""",
))

# 48 -- public administration queue: your position in the virtual queue
SPECS.append(dict(
    kind="other", scenario="cita_previa_posicion_cola", lang="es", company="", contact="",
    **{"from": ("Cita Previa Extranjería", "no-reply@citaprevia.example.es")},
    subject="Su posición en la cola virtual: 112", date="2026-09-21 08:03 +0200",
    charset="iso-8859-1", cte="qp",
    text="""Estimado/a usuario/a:

Usted se ha inscrito en la cola virtual para el trámite "Certificado de registro de ciudadano de la UE" en la oficina de Barcelona - Passeig de Sant Joan.

Su posición actual en la cola: 112
Tiempo de espera estimado: 4 días hábiles

Cuando su turno esté próximo recibirá un SMS con un enlace para seleccionar la fecha y hora de su cita. No responda a este mensaje.

Secretaría de Estado de Migraciones""",
))

# ------------------------------------------------------------------------------------- French

# 49 -- French careers magazine newsletter: rejection after interview
_t = """Refus après entretien : comment rebondir

Bonjour,

« Nous avons le regret de vous informer que votre candidature n'a pas été retenue. » Cette phrase, on l'a tous reçue un jour. Cette semaine, nos conseils pour transformer un refus en tremplin.

Demander un retour
Trois modèles de mails pour obtenir un vrai feedback après un entretien.
https://www.bienvenue-carrieres.example.com/fr/magazine/refus-feedback

Reconversion : de la coiffure au retail
Portrait de Léa, coiffeuse devenue responsable de boutique à Lyon.
https://www.bienvenue-carrieres.example.com/fr/magazine/reconversion-coiffure

Les offres de la semaine
Responsable boutique, visual merchandiser, conseillère beauté : 240 nouvelles offres.
https://www.bienvenue-carrieres.example.com/fr/jobs

Bonne semaine,
La rédaction"""
SPECS.append(dict(
    kind="other", scenario="newsletter_refus_rebondir", lang="fr", company="", contact="",
    **{"from": ("Bienvenue Carrières – Le Mag", "lemag@bienvenue-carrieres.example.com")},
    subject="Refus après entretien : comment rebondir", date="2026-07-28 08:30 +0200",
    structure="html", cte="qp",
    headers={"List-Id": "Le Mag Bienvenue Carrieres <lemag.bienvenue-carrieres.example.com>",
             "List-Unsubscribe": "<https://www.bienvenue-carrieres.example.com/fr/me/settings/newsletter?off=1>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
    text=_t,
    html=newsletter(_t, title="Le Mag", logo_alt="Bienvenue Carrières – Le Mag", logo="https://cdn.bienvenue-carrieres.example.com/mail/lemag.png",
                    accent="#1d1d1b", tracker="https://links.bienvenue-carrieres.example.com/ls/click",
                    unsubscribe="https://www.bienvenue-carrieres.example.com/fr/me/settings/newsletter?off=1",
                    pixel="https://links.bienvenue-carrieres.example.com/wf/open?upn=lm28", lang="fr",
                    footer="Bienvenue Carrières SAS · 31 rue du Faubourg Poissonnière · 75009 Paris\n\nVous recevez cet e-mail car vous êtes inscrite au Mag."),
))

# 50 -- friend from Geneva about her own interview and refusal
SPECS.append(dict(
    kind="other", scenario="amie_geneve_entretien_refus", lang="fr", company="",
    contact="aurelie.dubois@mailbox.example.ch",
    **{"from": ("Aurélie Dubois", "aurelie.dubois@mailbox.example.ch")},
    subject="Des nouvelles de Genève", date="2026-05-23 21:17 +0200", cte="8bit",
    text="""Coucou Greta !

Ça fait une éternité ! Je voulais te raconter : j'ai passé un entretien chez un horloger de la rue du Rhône la semaine dernière… et j'ai reçu un refus ce matin, sans explication. Je suis dégoûtée.

Et toi, tes entretiens à Zurich ? Tu m'avais parlé de Delacroix. Si tu passes par Genève, tu dors à la maison, évidemment.

Gros bisous,
Aurélie""",
))

# 51 -- out-of-office from the Lausanne recruiter (a person)
SPECS.append(dict(
    kind="other", scenario="ooo_chargee_recrutement", lang="fr", company="",
    contact="claire.morand@delacroix.example.ch",
    **{"from": ("Morand Claire", "claire.morand@delacroix.example.ch")},
    subject="Réponse automatique : RE: Convocation à un entretien – Gérante adjointe Zurich",
    thread=["<ZR0P278MB0423A1B2@ZR0P278MB0423.CHEP278.PROD.OUTLOOK.COM>",
            "<8d1a2f61-2c10-4e3e-b2c1-77aa0c3e9f10@example.at>"],
    date="2026-05-12 20:41 +0200", charset="windows-1252", header_charset="windows-1252", cte="qp",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    text="""Bonjour,

Je suis absente du bureau jusqu'au lundi 18 mai inclus. Je prendrai connaissance de votre message à mon retour.

Pour toute urgence, vous pouvez contacter le service RH au +41 21 555 14 00.

Cordialement,
Claire Morand
Chargée de recrutement – Maison Delacroix""",
))

# 52 -- candidate-experience survey sent by a survey tool on the employer's behalf
_t = """Madame Hofbauer,

Vous avez récemment participé à un processus de recrutement chez Maison Clémence. Votre avis nous aide à améliorer l'expérience de nos candidates et candidats.

Ce questionnaire anonyme prend moins de 3 minutes : clarté de l'offre, rapidité des réponses, qualité des échanges.

Répondre au questionnaire : https://survey.avisclair.example.com/s/maisonclemence-candidats?id=7710

Merci de votre participation !
L'équipe Expérience Candidat – Maison Clémence"""
SPECS.append(dict(
    kind="other", scenario="candidate_experience_survey", lang="fr", company="", contact="",
    **{"from": ("Maison Clémence – Enquête", "noreply@survey.avisclair.example.com")},
    subject="Votre avis sur notre processus de recrutement", date="2026-04-22 10:00 +0200",
    structure="alt", cte="qp",
    text=_t,
    html=ats(_t, logo_alt="Maison Clémence – Paris", logo="https://survey.avisclair.example.com/brand/maisonclemence.png",
             accent="#c8a2a2", lang="fr", button=("Donner mon avis", "https://survey.avisclair.example.com/s/maisonclemence-candidats?id=7710"),
             tracker="https://survey.avisclair.example.com/t",
             footer="Enquête réalisée par AvisClair pour Maison Clémence. Se désinscrire : https://survey.avisclair.example.com/optout?id=7710"),
))

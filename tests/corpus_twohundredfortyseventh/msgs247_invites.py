"""Corpus 247: interview invitations (26), reschedules/cancellations (15) and missed-interview
notices (10). Hand-written, one dict per message."""

from __future__ import annotations

from msgs247_common import (
    ME, ats_card, button, outlook_html, paras, quote, reply, simple_html,
)

PW = ("Bernadette Koller", "b.koller@pharmawerk-stmk.example.at")
KLU = ("Mag.a Doris Gruber-Lehner", "doris.gruber-lehner@klinikum-lu.example.at")
SAV = ("Nina Zupančič", "nina.zupancic@savica-labs.example.si")
LF = ("Claire Moulin", "claire.moulin@labo-fourviere.example.fr")
BL = ("Jordi Martínez Soler", "jordi.martinez@biofarma-levante.example.es")
KB = ("Sabine Leitgeb | Kaltenbrunner Personalberatung", "s.leitgeb@kaltenbrunner-pb.example.at")
SH = ("Ciara Buckley", "ciara.buckley@shandon-recruit.example.ie")
TB = ("Tobias Brenner", "t.brenner@brenner-search.example.de")
LV = ("Pablo Sanchis | Levante Talento", "pablo.sanchis@levantetalento.example.es")
RT = ("Julien Garnier", "julien.garnier@rhone-talents.example.fr")

PW_SIG = """Bernadette Koller
Human Resources
Pharmawerk Steiermark GmbH
Liebenauer Hauptstraße 210, 8041 Graz
Tel.: +43 316 4711-520"""

SAV_SIG = """Nina Zupančič
People & Culture | Savica Labs d.o.o.
Tehnološki park 24, 1000 Ljubljana, Slovenia
+386 1 620 44 17"""

BL_SIG = """Jordi Martínez Soler
Responsable de Selección
Biofarma Levante, S.A.
Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 31, 46988 Paterna (Valencia)
Tel. +34 961 32 70 44"""

LF_SIG = """Claire Moulin
Chargée de recrutement
Laboratoires Fourvière SAS - 14 quai Fulchiron, 69005 Lyon
Tél. +33 4 78 42 19 60"""

ISAR_MISSED = """Liebe Frau Brandauer-Nkemelu,

Herr Dr. Lechner von Isarlab Analytik hat heute ab 14:00 Uhr im Zoom-Raum auf Sie
gewartet. Ist etwas dazwischengekommen? Bitte melden Sie sich kurz bei mir.

Am 13.07.2026 um 09:10 schrieb Tobias Brenner:
> Hiermit lade ich Sie im Auftrag von Isarlab Analytik zum Vorstellungsgespräch
> am Dienstag, 21. Juli 2026, 14:00 Uhr per Zoom ein."""


def alt(text: str, lang: str = "de") -> dict:
    """Plain text plus a simple HTML rendering of the same words."""
    return dict(text=text, html=simple_html(paras(text), lang))


def alt_outlook(text: str, lang: str = "de") -> dict:
    return dict(text=text, html=outlook_html(paras(text), lang))


def alt_card(text: str, brand: str, footer: str, color: str, lang: str) -> dict:
    return dict(text=text, html=ats_card(brand, paras(text), footer, color, lang))


MESSAGES: list[dict] = [
    # ================================================================ interview_invitation (26)
    # ---------------------------------------------------------------- German (13)
    dict(
        kind="interview_invitation", slug="pharmawerk_teams_ics", lang="de",
        company="Pharmawerk Steiermark", contact="b.koller@pharmawerk-stmk.example.at",
        id="pw_invite", parent="pw_ack", date="2026-02-02 10:12 +0100", sender=PW,
        subject="Einladung zum Vorstellungsgespräch – QA Associate (Graz-Liebenau)",
        **alt_outlook("""Sehr geehrte Frau Brandauer-Nkemelu,

Ihre Bewerbung hat uns überzeugt, und wir möchten Sie gerne persönlich kennenlernen.

Wir laden Sie zu einem Vorstellungsgespräch über Microsoft Teams ein:
Dienstag, 10. Februar 2026, 10:00 bis 11:00 Uhr
Gesprächspartner: DI Markus Rauch (Leitung QA) und ich

Die Einladung mit dem Teams-Link finden Sie im Kalendereintrag. Bitte bestätigen Sie den
Termin kurz oder schlagen Sie einen Alternativtermin vor.

Mit freundlichen Grüßen

""" + PW_SIG),
        ics=dict(method="REQUEST", uid="pw-qa-2026-0210@pharmawerk-stmk.example.at", seq=0,
                 start="2026-02-10 10:00", end="2026-02-10 11:00", tz="Europe/Vienna",
                 summary="Vorstellungsgespräch QA Associate – Brandauer-Nkemelu",
                 location="Microsoft Teams-Besprechung",
                 description="Teams: https://teams.example.com/l/meetup-join/pw-qa-0210",
                 organizer=PW, attendees=[ME, ("DI Markus Rauch",
                                               "m.rauch@pharmawerk-stmk.example.at")]),
    ),
    dict(
        kind="interview_invitation", slug="klinikum_hearing_panel_ics_attach", lang="de",
        company="Klinikum Linz-Urfahr", contact="doris.gruber-lehner@klinikum-lu.example.at",
        id="klu_invite", parent="klu_ack", date="2026-03-16 14:30 +0100", sender=KLU,
        cc=[("Prim.a Dr.in Susanne Aigner", "susanne.aigner@klinikum-lu.example.at")],
        subject="Einladung zum Hearing – QA-Associate Anstaltsapotheke (Kennzahl 2026/117)",
        text="""Sehr geehrte Frau Brandauer-Nkemelu,

die Aufnahmekommission hat Sie nach Sichtung der Unterlagen zum Hearing eingeladen.

Termin: Donnerstag, 26. März 2026, 09:30 Uhr (Dauer ca. 60 Minuten)
Ort: Verwaltungsgebäude, Besprechungsraum 3.14, Urfahraner Lände 12, 4040 Linz
Kommission: Prim.a Dr.in Susanne Aigner (Leitung Anstaltsapotheke), Mag. Peter Hinterreiter
(Qualitätsmanagement), Betriebsrat und ich

Bitte bringen Sie einen Lichtbildausweis sowie die Originale Ihrer Zeugnisse mit. Eine
Kurzpräsentation (10 Minuten) zum Thema „Umgang mit einer Abweichung in der
Zytostatikazubereitung“ ist erwünscht.

Den Kalendereintrag finden Sie im Anhang.

Freundliche Grüße
Mag.a Doris Gruber-Lehner
Personalentwicklung & Recruiting
Klinikum Linz-Urfahr
T +43 732 7806-4412
""",
        ics=dict(method="REQUEST", uid="klu-hearing-2026-117@klinikum-lu.example.at", seq=0,
                 start="2026-03-26 09:30", end="2026-03-26 10:30", tz="Europe/Vienna",
                 summary="Hearing QA-Associate Anstaltsapotheke",
                 location="Verwaltungsgebäude, Raum 3.14, Urfahraner Lände 12, 4040 Linz",
                 organizer=KLU, mode="attach", cte="8bit",
                 attendees=[ME, ("Prim.a Dr.in Susanne Aigner",
                                 "susanne.aigner@klinikum-lu.example.at")]),
    ),
    dict(
        kind="interview_invitation", slug="gewuerzmuehle_personio_slot_link", lang="de",
        company="Steirische Gewürzmühle", contact="", id="sg_link",
        date="2026-09-01 07:00 +0000",
        sender=("Steirische Gewürzmühle", "noreply@personio.de"),
        subject="Bitte wählen Sie einen Termin für Ihr Interview",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Hallo Ottilie Brandauer-Nkemelu,

wir möchten Sie gerne in einem 45-minütigen Video-Interview für die Position
„Qualitätssicherung (Lebensmittel) – Vollzeit, Gleisdorf“ kennenlernen.

Bitte buchen Sie über den folgenden Link einen passenden Termin in den nächsten zwei
Wochen:
https://gewuerzmuehle.jobs.personio.de/scheduling/7f3c2a91-interview

Der Link zum Teams-Meeting wird Ihnen nach der Buchung automatisch zugeschickt.

Beste Grüße
Ihr Team der Steirischen Gewürzmühle
""",
        html=ats_card("Steirische Gewürzmühle", paras("""Hallo Ottilie Brandauer-Nkemelu,

wir möchten Sie gerne in einem 45-minütigen Video-Interview für die Position
„Qualitätssicherung (Lebensmittel) – Vollzeit, Gleisdorf“ kennenlernen.

Bitte buchen Sie über den folgenden Button einen passenden Termin in den nächsten zwei
Wochen.""") + button("https://gewuerzmuehle.jobs.personio.de/scheduling/7f3c2a91-interview",
                     "Termin auswählen", "#9a3412") + paras("""Der Link zum Teams-Meeting wird Ihnen nach der Buchung automatisch zugeschickt.

Beste Grüße
Ihr Team der Steirischen Gewürzmühle"""), footer="Versendet über Personio", color="#9a3412",
            lang="de"),
    ),
    dict(
        kind="interview_invitation", slug="pannonia_phone_screen_ask", lang="de",
        company="Pannonia Plasma", contact="n.horvath@pannonia-plasma.example.at", id="pp_screen",
        parent="pp_ack", date="2026-01-20 09:05 +0100",
        sender=("Nikola Horvath", "n.horvath@pannonia-plasma.example.at"),
        subject="Kurzes Telefonat zu Ihrer Bewerbung R-10482?",
        text="""Guten Morgen Frau Brandauer-Nkemelu,

ich bin Recruiterin bei Pannonia Plasma und betreue die Stelle R-10482 (QA Associate
Plasma Fractionation). Bevor wir in die Gespräche mit der Fachabteilung gehen, würde ich
gerne ein kurzes Telefonat von etwa 20 Minuten mit Ihnen führen – zu Ihrer Motivation,
Ihrer Verfügbarkeit und Ihren Gehaltsvorstellungen.

Passt Ihnen Mittwoch, 28. Jänner, zwischen 9 und 12 Uhr? Ich rufe Sie dann unter der
Nummer aus Ihrem Lebenslauf an.

Viele Grüße
Nikola Horvath
Talent Acquisition Partner
Pannonia Plasma GmbH · Industriestraße 67 · 1220 Wien
+43 1 20 100-5581
""",
    ),
    dict(
        kind="interview_invitation", slug="linzer_sterilpharma_assessment_pdf", lang="de",
        company="Linzer Sterilpharma", contact="a.hoeglinger@linzer-sterilpharma.example.at",
        id="ls_ac", date="2026-04-08 11:02 +0200",
        parent_mid="<d0c4e8f1.sterilpharma.bewerbung@mail.example.at>",
        sender=("Andrea Höglinger", "a.hoeglinger@linzer-sterilpharma.example.at"),
        sender_cs=("iso-8859-1", "Q"),
        subject="Einladung zum Assessment-Center am 23. April",
        **alt_outlook("""Sehr geehrte Frau Brandauer-Nkemelu,

wir freuen uns, Sie zu unserem Assessment-Center am Donnerstag, 23. April 2026, von
08:30 bis ca. 15:00 Uhr in Linz einzuladen. Das Programm finden Sie im Anhang.

Der Tag umfasst eine Gruppenübung, eine Fallstudie zu einer Reinraum-Abweichung sowie ein
Einzelgespräch mit der QA-Leitung. Für Verpflegung ist gesorgt; Reisekosten ab Graz
erstatten wir gegen Beleg.

Bitte bestätigen Sie Ihre Teilnahme bis 15. April.

Freundliche Grüße
Andrea Höglinger
HR Recruiting
Linzer Sterilpharma GmbH, Industriezeile 47, 4020 Linz
+43 732 9150-310"""),
        pdfs=[("Programm_Assessment-Center_2026-04-23.pdf", [
            "Linzer Sterilpharma GmbH - Assessment-Center QA Associate",
            "Donnerstag, 23. April 2026, Schulungszentrum Geb. C",
            "08:30  Empfang und Sicherheitsunterweisung",
            "09:00  Gruppenübung: Change Control im Team",
            "10:30  Fallstudie: Abweichung in Reinraumklasse B",
            "12:30  Mittagessen",
            "13:30  Einzelgespräch mit der QA-Leitung",
            "15:00  Abschluss",
        ])],
    ),
    dict(
        kind="interview_invitation", slug="alpenmilch_trial_day_latin1", lang="de",
        company="Alpenmilch Ennstal", contact="g.stocker@alpenmilch-ennstal.example.at",
        id="am_trial", date="2026-05-11 08:20 +0200",
        parent_mid="<e11f9b20.alpenmilch.bewerbung@mail.example.at>",
        sender=("Gerhard Stocker", "g.stocker@alpenmilch-ennstal.example.at"),
        subject="Schnuppertag in der Qualitätssicherung",
        enc=("iso-8859-1", "quoted-printable"),
        text="""Grüß Gott Frau Brandauer-Nkemelu,

wie am Telefon besprochen, laden wir Sie gerne zu einem Probearbeitstag in unsere
Qualitätssicherung ein, damit Sie Labor, Abfüllung und das Team kennenlernen:

Mittwoch, 20. Mai 2026, Beginn 06:30 Uhr
Alpenmilch Ennstal, Werk Stainach, Portier Tor 2

Arbeitskleidung und Sicherheitsschuhe stellen wir Ihnen zur Verfügung. Bitte bringen Sie
Ihren Impfpass (Hepatitis A) mit und verzichten Sie an diesem Tag auf Schmuck und
Nagellack. Zu Mittag essen wir gemeinsam in der Kantine.

Ich freue mich auf Sie!

Gerhard Stocker
Leiter Qualitätssicherung
Alpenmilch Ennstal reg.Gen.m.b.H.
Bahnhofstraße 5, 8950 Stainach-Pürgg
Tel. 03682 22 4 50-17
""",
    ),
    dict(
        kind="interview_invitation", slug="doebling_casual_coffee", lang="de",
        company="Labor Döbling", contact="mira.petrovic@labor-doebling.example.at",
        id="ld_chat", date="2026-06-16 18:45 +0200",
        sender=("Mira Petrović", "mira.petrovic@labor-doebling.example.at"),
        sender_cs=("utf-8", "B"),
        subject="QA-Stelle – hast du Donnerstag Zeit?",
        text="""Hallo Ottilie,

Klaus hat mir deinen Lebenslauf weitergeleitet, und ich würd dich gern kennenlernen,
bevor wir das offiziell machen. Hast du Donnerstag (18.6.) Zeit, so um 15 Uhr auf einen
Kaffee bei uns im Labor vorbeizuschauen? Dauert ca. eine Stunde, ganz locker, ich zeig
dir auch gleich die Räume.

Adresse: Billrothstraße 51, 1190 Wien, 2. Stock, einfach anläuten.

Passt dir das?

LG Mira
--
Mag. Mira Petrović
QA-Leitung, Labor Döbling
+43 1 368 40 90-12
""",
    ),
    dict(
        kind="interview_invitation", slug="kaltenbrunner_client_nymphenburg", lang="de",
        company="Nymphenburg Pharma", contact="s.leitgeb@kaltenbrunner-pb.example.at",
        id="kb_nymph_inv", parent="kb_reg", date="2026-03-04 16:10 +0100", sender=KB,
        subject="Vorstellungsgespräch bei Nymphenburg Pharma – 12. März",
        **alt("""Liebe Frau Brandauer-Nkemelu,

gute Neuigkeiten: Nymphenburg Pharma möchte Sie für die Position QA Associate
(Marktfreigabe) persönlich kennenlernen.

Donnerstag, 12. März 2026, 10:00 Uhr
Nymphenburg Pharma GmbH, Landshuter Allee 171, 80637 München, Empfang Haus B
Gesprächspartner: Dr. Florian Wendl (Head of QA) und Frau Ilse Brunnhuber (HR)

Planen Sie bitte etwa zwei Stunden ein; Teil des Gesprächs ist eine kurze CAPA-Fallstudie.
Die Reisekosten übernimmt der Kunde. Ich rufe Sie am Montag noch an, um Sie vorzubereiten.

Herzliche Grüße
Sabine Leitgeb
Senior Consultant Life Sciences
Kaltenbrunner Personalberatung GmbH
Schottenring 16, 1010 Wien
M +43 676 402 11 87"""),
    ),
    dict(
        kind="interview_invitation", slug="brenner_client_isarlab_zoom", lang="de",
        company="Isarlab Analytik", contact="t.brenner@brenner-search.example.de",
        id="isar_inv", parent="isar_cv", date="2026-07-13 09:10 +0200", sender=TB,
        subject="Einladung: Vorstellungsgespräch Isarlab Analytik (Zoom)",
        text="""Sehr geehrte Frau Brandauer-Nkemelu,

hiermit lade ich Sie im Auftrag von Isarlab Analytik zum Vorstellungsgespräch
am Dienstag, 21. Juli 2026, 14:00 Uhr per Zoom ein.

Zoom-Link: https://zoom.example.com/j/84120077311?pwd=isarlab
Meeting-ID: 841 2007 7311, Kenncode: 552901
Gesprächspartner: Dr. Anton Lechner (Laborleitung), ca. 45 Minuten

Bitte bestätigen Sie mir den Termin bis Donnerstag.

Mit besten Grüßen
Tobias Brenner
Geschäftsführer
Brenner Executive Search GmbH
Prinzregentenstraße 22, 80538 München
Tel. +49 89 2154 3370
""",
    ),
    dict(
        kind="interview_invitation", slug="muehlviertler_softgarden_html_only", lang="de",
        company="Mühlviertler Molkerei", contact="", id="mm_invite", parent="mm_ack",
        date="2026-05-04 10:00 +0200",
        sender=("Mühlviertler Molkerei eGen via softgarden", "no-reply@softgarden.io"),
        subject="Einladung zum Kennenlernen – Mitarbeiter/in Qualitätssicherung",
        headers=[("Auto-Submitted", "auto-generated")],
        html=ats_card("Mühlviertler Molkerei", paras("""Sehr geehrte Frau Brandauer-Nkemelu,

vielen Dank für Ihre Bewerbung. Wir möchten Sie gerne zu einem persönlichen Gespräch nach
Freistadt einladen.

Bitte wählen Sie über den untenstehenden Button einen der freigegebenen Termine am 12.
oder 13. Mai aus. Das Gespräch dauert etwa eine Stunde und findet mit Frau Hartl
(Qualitätsmanagement) und Herrn Mayrhofer (Produktionsleitung) statt.""") + button(
            "https://muehlviertler-molkerei.softgarden.io/appointment/select?token=b81e0f",
            "Termin wählen", "#2f855a") + paras("""Wir freuen uns auf Sie!
Ihr Team der Mühlviertler Molkerei"""), footer="softgarden e-recruiting GmbH · "
            "Diese E-Mail wurde automatisch erstellt.", color="#2f855a", lang="de"),
    ),
    dict(
        kind="interview_invitation", slug="traunviertel_invite_cp1252_qp", lang="de",
        company="Traunviertel Arzneimittel", contact="h.pichlbauer@traunviertel-arznei.example.at",
        id="tva_invite", date="2026-03-30 15:20 +0200",
        sender=("Hannes Pichlbauer", "h.pichlbauer@traunviertel-arznei.example.at"),
        subject="Einladung zum Gespräch – QA Associate Steyr",
        enc=("windows-1252", "quoted-printable"),
        text="""Sehr geehrte Frau Brandauer-Nkemelu,

danke für Ihre Bewerbung als QA Associate. Ihr Werdegang von der Apotheke in die
Qualitätssicherung interessiert uns – wir würden gerne mit Ihnen sprechen.

Vorschlag: Donnerstag, 9. April 2026, 10:00 Uhr, bei uns in Steyr („Haus 2“, 1. Stock).
Falls Ihnen das nicht passt, nennen Sie mir bitte zwei Alternativen in der Woche danach.

Mit freundlichen Grüßen

Hannes Pichlbauer
Leitung Qualitätssicherung
Traunviertel Arzneimittel GmbH
Ennser Straße 88 – 4400 Steyr
Tel. +43 7252 88 410-23
""",
    ),
    dict(
        kind="interview_invitation", slug="tempopharm_client_interview_unnamed", lang="de",
        company="TempoPharm Personalleasing", contact="r.aigner@tempopharm.example.at",
        id="tp_client_invite", parent="tp_reg", date="2026-02-16 11:30 +0100",
        sender=("Robert Aigner", "r.aigner@tempopharm.example.at"),
        subject="Vorstellungstermin beim Kunden – Montag 23.2.",
        text="""Grüß Gott Frau Brandauer-Nkemelu,

wie telefonisch angekündigt: Unser Kunde, ein Pharmabetrieb in Linz-Süd, möchte Sie für
den QS-Einsatz (Dokumentenprüfung, zunächst sechs Monate) kennenlernen.

Termin: Montag, 23. Februar 2026, 13:00 Uhr
Treffpunkt: 12:45 Uhr beim Portier, ich begleite Sie zum Gespräch
Mitbringen: Lichtbildausweis, Lebenslauf in Papierform

Die genaue Adresse schicke ich Ihnen am Freitag per SMS, der Kunde möchte vorab nicht
genannt werden.

Schöne Grüße
Robert Aigner
Personaldisponent Pharma & Chemie
TempoPharm Personalleasing GmbH · Wiener Straße 131 · 4020 Linz
+43 732 660 912
""",
    ),
    dict(
        kind="interview_invitation", slug="kuerbishof_teamtailor_round2_ics", lang="de",
        company="Kürbishof Lassnitztal", contact="verena.url@kuerbishof.example.at",
        id="kh_round2", date="2026-08-10 09:00 +0200",
        sender=("Verena Url via Teamtailor", "no-reply@teamtailor-mail.com"),
        reply_to=("Verena Url", "verena.url@kuerbishof.example.at"),
        subject="Zweite Runde: Einladung nach Lassnitzhöhe",
        **alt_card("""Liebe Ottilie,

danke für das nette erste Gespräch! Wir würden dich gern zur zweiten Runde zu uns auf den
Hof einladen: Dienstag, 18. August, 09:00 Uhr. Du lernst die Presserei und das
Abfüll-Team kennen und sprichst mit unserer Geschäftsführerin, Frau Lackner.

Den Termin findest du in der Kalendereinladung. Gib mir bitte kurz Bescheid, ob's passt.

Liebe Grüße
Verena Url · Qualität & Lebensmittelsicherheit
Kürbishof Lassnitztal""", "Kürbishof Lassnitztal", "Gesendet mit Teamtailor", "#3d6b1f",
            "de"),
        ics=dict(method="REQUEST", uid="tt-interview-552871@teamtailor.com", seq=0,
                 start="2026-08-18 09:00", end="2026-08-18 11:00", tz="Europe/Vienna",
                 summary="Interview: Ottilie Brandauer-Nkemelu / Kürbishof Lassnitztal",
                 location="Kürbishof Lassnitztal, Hofstraße 3, 8301 Lassnitzhöhe",
                 organizer=("Verena Url", "verena.url@kuerbishof.example.at"),
                 prodid="-//Teamtailor//Interview//EN", mode="attach"),
    ),
    # ---------------------------------------------------------------- English (6)
    dict(
        kind="interview_invitation", slug="loughmahon_greenhouse_schedule_link", lang="en",
        company="Lough Mahon Therapeutics", contact="aoife.driscoll@loughmahon.example.ie",
        id="lmt_screen", parent="lmt_ack", date="2026-06-08 14:03 +0100",
        sender=("Aoife Driscoll via Greenhouse", "no-reply@greenhouse-mail.io"),
        reply_to=("Aoife Driscoll", "aoife.driscoll@loughmahon.example.ie"),
        subject="Lough Mahon Therapeutics - let's schedule a call",
        **alt_card("""Hi Ottilie,

Thanks for applying for the QA Associate (Batch Release) role. I'd love to set up a
20-minute phone screen to learn more about your background and walk you through the role.

Please pick a time that suits you here:
https://app.greenhouse.io/scheduling/self/7a61c0e2/lough-mahon

If none of the slots work, just reply to this email and we'll find another time.

Best,
Aoife Driscoll
Talent Partner, Lough Mahon Therapeutics""", "Lough Mahon Therapeutics", "Sent via Greenhouse",
            "#0f5257", "en"),
    ),
    dict(
        kind="interview_invitation", slug="savica_panel_ics", lang="en",
        company="Savica Labs", contact="nina.zupancic@savica-labs.example.si", id="sav_inv",
        parent="sav_cv", date="2026-06-22 10:40 +0200", sender=SAV,
        subject="Panel interview invitation - QA Associate, Ljubljana",
        **alt("""Dear Ottilie,

Following your call with our QA manager, we are pleased to invite you to a panel interview
at our site:

Wednesday, 1 July 2026, 13:00-14:30 CEST
Savica Labs, Tehnološki park 24, Ljubljana (reception building A)
Panel: Dr Luka Bregar (Head of Quality), Ana Vidmar (QC Supervisor) and myself

The conversation will be in English. Please prepare a 10-minute walk-through of a deviation
you handled in your current role. A calendar invitation is attached.

Best regards,
""" + SAV_SIG, "en"),
        ics=dict(method="REQUEST", uid="savica-panel-20260701-obn@savica-labs.example.si", seq=0,
                 start="2026-07-01 13:00", end="2026-07-01 14:30", tz="Europe/Ljubljana",
                 summary="Panel interview - Ottilie Brandauer-Nkemelu (QA Associate)",
                 location="Savica Labs, Tehnološki park 24, Ljubljana, building A",
                 organizer=SAV),
    ),
    dict(
        kind="interview_invitation", slug="kestrel_casual_thursday_chat", lang="en",
        company="Kestrel Clinical Labs", contact="rory.twomey@kestrel-labs.example.ie",
        id="kest_chat", date="2026-08-11 17:02 +0100",
        sender=("Rory Twomey", "rory.twomey@kestrel-labs.example.ie"),
        subject="quick chat about the QA role?",
        text="""Hi Ottilie,

I'm the QA lead at Kestrel and your application landed on my desk this week. Are you free
Thursday to chat? Something like 11:00 Irish time (12:00 for you in Graz) on Teams, half
an hour, nothing formal - I'd just like to hear how you've handled GMP documentation in
the pharmacy and tell you a bit about the lab.

If Thursday's no good, let me know what works.

Cheers,
Rory

Rory Twomey | QA Lead
Kestrel Clinical Labs, Model Farm Road, Cork
+353 21 434 6612
""",
    ),
    dict(
        kind="interview_invitation", slug="ringaskiddy_lever_self_schedule", lang="en",
        company="Ringaskiddy Biologics", contact="conor.lynch@ringaskiddy-bio.example.ie",
        id="rb_sched", date="2026-07-06 08:00 +0000",
        sender=("Conor Lynch (Ringaskiddy Biologics)", "no-reply@hire.lever.co"),
        reply_to=("Conor Lynch", "conor.lynch@ringaskiddy-bio.example.ie"),
        subject="Interview scheduling: QA Associate II",
        **alt_card("""Hi Ottilie,

The hiring team for QA Associate II would like to meet you for a 45-minute video interview
with our QA Operations manager.

Please choose a slot next week using this link:
https://hire.lever.co/interviews/schedule/3b9d2f4e-ringaskiddy

Once you've booked, you'll receive a calendar invitation with the video link.

Thanks,
Conor Lynch
Talent Acquisition, Ringaskiddy Biologics""", "Ringaskiddy Biologics", "Powered by Lever",
            "#283593", "en"),
    ),
    dict(
        kind="interview_invitation", slug="shandon_client_mallow", lang="en",
        company="Mallow Nutrition", contact="ciara.buckley@shandon-recruit.example.ie",
        id="sh_mallow_inv", parent="sh_reg", date="2026-05-25 15:15 +0100", sender=SH,
        subject="Interview with Mallow Nutrition - Wed 3 June",
        **alt_outlook("""Hi Ottilie,

Great news - Mallow Nutrition would like to interview you for the QA Associate role at
their Mallow plant.

When: Wednesday 3 June, 10:30 (Irish time), about 60 minutes
Where: Microsoft Teams (they'll send the link directly)
Who: Padraig Kenny (Plant QA Manager) and Orla Fitzgerald (HR)

They'll focus on supplier qualification and HACCP, so it's worth brushing up on those. Can
you confirm you're available and I'll let them know?

Best regards,
Ciara Buckley
Senior Recruitment Consultant - Life Sciences
Shandon Life Science Recruitment
12 South Mall, Cork T12 X2R6
+353 21 455 9031""", "en"),
    ),
    dict(
        kind="interview_invitation", slug="golovec_online_assessment", lang="en",
        company="Golovec Pharma", contact="tjasa.horvat@golovec-pharma.example.si",
        id="gol_assess", date="2026-04-14 09:00 +0200",
        sender=("Tjaša Horvat", "tjasa.horvat@golovec-pharma.example.si"),
        sender_cs=("utf-8", "B"),
        subject="Invitation: online assessment session - QA Associate",
        text="""Dear Ms Brandauer-Nkemelu,

Thank you for your application to Golovec Pharma. As the next step, we invite you to our
online assessment session for QA Associate candidates:

Tuesday, 21 April 2026, 09:00-11:30 CEST
Format: proctored video session (Teams) with a GMP knowledge test and a written case
on a batch record with errors, followed by a short interview with the QA team.
Link: https://teams.example.com/l/meetup-join/golovec-qa-assessment-0421

Please join ten minutes early with your ID at hand, and make sure your camera works.

Kind regards,
Tjaša Horvat
HR Specialist
Golovec Pharma d.d., Litijska cesta 112, 1000 Ljubljana
+386 1 547 20 63
""",
    ),
    # ---------------------------------------------------------------- French (4)
    dict(
        kind="interview_invitation", slug="fourviere_visio_ics", lang="fr",
        company="Laboratoires Fourvière", contact="claire.moulin@labo-fourviere.example.fr",
        id="lf_inv", parent="lf_ack", date="2026-04-20 10:05 +0200", sender=LF,
        subject="Invitation à un entretien – Technicienne assurance qualité",
        **alt("""Bonjour Madame Brandauer-Nkemelu,

Votre candidature a retenu toute notre attention et nous souhaitons vous rencontrer en
visioconférence.

Date : mardi 28 avril 2026 à 10h00 (durée : 45 minutes environ)
Outil : Microsoft Teams, le lien figure dans l'invitation jointe
Interlocuteurs : M. Vincent Perrin, responsable assurance qualité, et moi-même

Merci de me confirmer votre disponibilité par retour de mail.

Bien cordialement,
""" + LF_SIG, "fr"),
        ics=dict(method="REQUEST", uid="lf-entretien-obn-2026@labo-fourviere.example.fr", seq=0,
                 start="2026-04-28 10:00", end="2026-04-28 10:45", tz="Europe/Paris",
                 summary="Entretien Technicienne AQ - O. Brandauer-Nkemelu",
                 location="Réunion Microsoft Teams",
                 description="https://teams.example.com/l/meetup-join/lf-aq-0428",
                 organizer=LF),
    ),
    dict(
        kind="interview_invitation", slug="rhone_interim_client_clinique", lang="fr",
        company="Clinique Saint-Irénée", contact="julien.garnier@rhone-talents.example.fr",
        id="rt_clinique_inv", parent="rt_reg", date="2026-04-13 16:40 +0200", sender=RT,
        subject="Entretien à la Clinique Saint-Irénée le 21 avril",
        text="""Bonjour Ottilie,

Bonne nouvelle : la Clinique Saint-Irénée souhaite vous recevoir pour la mission
d'assistante qualité en pharmacie à usage intérieur (remplacement de 8 mois).

Rendez-vous le mardi 21 avril à 15h00, à l'accueil de la clinique, 32 rue des Farges,
69005 Lyon. Vous serez reçue par Mme Lefèvre, pharmacienne gérante, et par la responsable
qualité.

Pensez à apporter votre CV et la copie de vos diplômes. N'hésitez pas à m'appeler si vous
avez la moindre question.

Bonne soirée,
Julien Garnier
Chargé de recrutement - Rhône Talents Intérim
27 rue de Marseille, 69007 Lyon - 04 72 71 30 88
""",
    ),
    dict(
        kind="interview_invitation", slug="bioconfluence_recruitee_booking", lang="fr",
        company="BioConfluence", contact="", id="bc_sched", parent="bc_ack",
        date="2026-07-01 09:30 +0200",
        sender=("BioConfluence Recrutement", "notifications@jobs.recruitee.com"),
        subject="Réservez votre entretien avec BioConfluence",
        headers=[("Auto-Submitted", "auto-generated")],
        **alt_card("""Bonjour Ottilie,

Bonne nouvelle ! L'équipe de BioConfluence souhaite échanger avec vous au sujet du poste
de Technicien(ne) Assurance Qualité.

Choisissez le créneau qui vous convient (entretien de 30 minutes en visio) :
https://bioconfluence.recruitee.com/o/technicien-aq/interview/booking/8c41

Vous recevrez une confirmation dès que votre réservation sera enregistrée.

À très bientôt,
L'équipe RH de BioConfluence""", "BioConfluence", "Envoyé via Recruitee", "#0e7490", "fr"),
    ),
    dict(
        kind="interview_invitation", slug="gerland_journee_essai", lang="fr",
        company="Biscuiterie Gerland", contact="h.vasseur@biscuiterie-gerland.example.fr",
        id="bg_trial", date="2026-09-14 11:11 +0200",
        sender=("Hélène Vasseur", "h.vasseur@biscuiterie-gerland.example.fr"),
        sender_cs=("iso-8859-1", "Q"),
        subject="Journée d'immersion au service qualité",
        enc=("utf-8", "8bit"),
        text="""Bonjour Ottilie,

Suite à notre échange téléphonique, je vous propose de venir passer une journée
d'immersion avec l'équipe qualité le mardi 22 septembre, de 8h00 à 16h30. Vous suivrez
les contrôles de réception des matières premières, un audit hygiène de ligne et la
réunion qualité de l'après-midi. Ce sera aussi l'occasion d'un entretien avec notre
directeur de site.

Merci de vous présenter à l'accueil du 18 avenue Tony Garnier (Lyon 7e). La tenue de
travail est fournie ; chaussures fermées obligatoires.

Au plaisir de vous accueillir,
Hélène Vasseur
Responsable Qualité & Sécurité des aliments
Biscuiterie Gerland - 04 37 65 21 90
""",
    ),
    # ---------------------------------------------------------------- Spanish (3)
    dict(
        kind="interview_invitation", slug="biofarma_levante_presencial_ics", lang="es",
        company="Biofarma Levante", contact="jordi.martinez@biofarma-levante.example.es",
        id="bl_inv", parent="bl_ack", date="2026-05-18 12:00 +0200", sender=BL,
        subject="Convocatoria a entrevista - Técnico/a de Garantía de Calidad",
        **alt("""Estimada Ottilie:

Nos complace invitarte a una entrevista presencial para el puesto de Técnica de Garantía de
Calidad en nuestra planta de Paterna.

Fecha: martes 26 de mayo de 2026, a las 11:00
Lugar: Biofarma Levante, Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 31, Paterna
Entrevistadores: Dra. Amparo Vidal (Directora Técnica) y yo mismo

La entrevista será en castellano y en parte en inglés. Te adjuntamos la convocatoria de
calendario; por favor, confírmanos tu asistencia.

Un saludo,
""" + BL_SIG, "es"),
        ics=dict(method="REQUEST", uid="bl-entrevista-0526-obn@biofarma-levante.example.es",
                 seq=0, start="2026-05-26 11:00", end="2026-05-26 12:00", tz="Europe/Madrid",
                 summary="Entrevista Técnica GC - Ottilie Brandauer-Nkemelu",
                 location="Biofarma Levante, C/ Ciudad de Sevilla 31, Paterna",
                 organizer=BL),
    ),
    dict(
        kind="interview_invitation", slug="turia_phone_screen_ask", lang="es",
        company="Hospital Turia Salud", contact="marta.olmos@hospitalturia.example.es",
        id="ht_screen", date="2026-02-16 13:25 +0100",
        sender=("Marta Olmos", "marta.olmos@hospitalturia.example.es"),
        subject="Llamada breve - candidatura Técnico/a de Garantía de Calidad",
        text="""Buenas tardes, Sra. Brandauer-Nkemelu:

Soy Marta Olmos, del departamento de Recursos Humanos del Hospital Turia Salud. Hemos
recibido su candidatura para el Servicio de Farmacia y nos gustaría mantener una primera
conversación telefónica de unos 15 minutos.

¿Le vendría bien el viernes 20 de febrero a las 10:00 (hora de España)? La llamaríamos al
número que aparece en su currículum. Si no le encaja, indíquenos otra franja esta semana.

Un saludo cordial,
Marta Olmos
Técnica de Selección - RR. HH.
Hospital Turia Salud, Av. de Campanar 21, 46015 Valencia
Tel. 963 87 41 00, ext. 2214
""",
    ),
    dict(
        kind="interview_invitation", slug="levante_ett_client_malvarrosa", lang="es",
        company="Laboratorio Malvarrosa", contact="pablo.sanchis@levantetalento.example.es",
        id="lv_malva_inv", date="2026-08-24 09:45 +0200", sender=LV,
        subject="Entrevista con Laboratorio Malvarrosa el 1 de septiembre",
        **alt("""Hola Ottilie:

Te confirmo que Laboratorio Malvarrosa quiere conocerte para el puesto de técnica de
calidad (contrato de sustitución con opción a indefinido).

Día: martes 1 de septiembre, 9:30
Lugar: Laboratorio Malvarrosa, C/ de la Reina 88, 46011 Valencia (preguntar por Inés Roig,
responsable de calidad)

Lleva tu DNI/NIE y, si puedes, el certificado de tu curso de GMP. Llámame después de la
entrevista para contarme qué tal.

Saludos cordiales,
Pablo Sanchis
Consultor de selección
Levante Talento ETT, S.L.
+34 963 51 22 70""", "es"),
    ),
    # ======================================================= interview_reschedule_or_cancel (15)
    # ---------------------------------------------------------------- German (7)
    dict(
        kind="interview_reschedule_or_cancel", slug="pharmawerk_moved_seq1", lang="de",
        company="Pharmawerk Steiermark", contact="b.koller@pharmawerk-stmk.example.at",
        id="pw_move", parent="pw_reschedule_req", date="2026-02-05 08:55 +0100", sender=PW,
        subject="AW: Bitte um Verschiebung des Gesprächs am 10. Februar",
        **alt_outlook(reply("""Sehr geehrte Frau Brandauer-Nkemelu,

kein Problem – wir verschieben das Gespräch auf Donnerstag, 12. Februar 2026, 14:00 bis
15:00 Uhr, wieder über Teams und mit Herrn DI Rauch. Die aktualisierte Einladung ersetzt
den bisherigen Termin.

Mit freundlichen Grüßen

""" + PW_SIG, "de", "2026-02-04 19:37", "Ottilie Brandauer-Nkemelu", "ottilie.bn@example.at",
            """Sehr geehrte Frau Koller,

vielen Dank für die Einladung. Leider habe ich am 10. Februar vormittags eine
Prüfung im Rahmen meines QM-Lehrgangs. Wäre eine Verschiebung auf Donnerstag oder
Freitag derselben Woche möglich?

Mit freundlichen Grüßen
Ottilie Brandauer-Nkemelu""")),
        ics=dict(method="REQUEST", uid="pw-qa-2026-0210@pharmawerk-stmk.example.at", seq=1,
                 start="2026-02-12 14:00", end="2026-02-12 15:00", tz="Europe/Vienna",
                 summary="Vorstellungsgespräch QA Associate – Brandauer-Nkemelu (neuer Termin)",
                 location="Microsoft Teams-Besprechung",
                 description="Teams: https://teams.example.com/l/meetup-join/pw-qa-0212",
                 organizer=PW, attendees=[ME, ("DI Markus Rauch",
                                               "m.rauch@pharmawerk-stmk.example.at")]),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="klinikum_primaria_ill_new_date", lang="de",
        company="Klinikum Linz-Urfahr", contact="doris.gruber-lehner@klinikum-lu.example.at",
        id="klu_ill", parent="klu_invite", date="2026-03-25 12:10 +0100", sender=KLU,
        subject="Hearing morgen entfällt – neuer Termin 2. April",
        text="""Sehr geehrte Frau Brandauer-Nkemelu,

leider ist Frau Prim.a Dr.in Aigner kurzfristig erkrankt, sodass die Kommission morgen
nicht vollständig wäre. Das Hearing am 26. März muss daher entfallen.

Als Ersatztermin schlagen wir Donnerstag, 2. April 2026, 09:30 Uhr im selben Raum vor.
Die aktualisierte Kalendereinladung ist beigefügt. Alles andere (Präsentation, Unterlagen)
bleibt wie besprochen.

Entschuldigen Sie die Umstände.

Freundliche Grüße
Mag.a Doris Gruber-Lehner
Personalentwicklung & Recruiting, Klinikum Linz-Urfahr
T +43 732 7806-4412
""",
        ics=dict(method="REQUEST", uid="klu-hearing-2026-117@klinikum-lu.example.at", seq=1,
                 start="2026-04-02 09:30", end="2026-04-02 10:30", tz="Europe/Vienna",
                 summary="Hearing QA-Associate Anstaltsapotheke (verschoben)",
                 location="Verwaltungsgebäude, Raum 3.14, Urfahraner Lände 12, 4040 Linz",
                 organizer=KLU, mode="attach"),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="alpenmilch_trial_postponed", lang="de",
        company="Alpenmilch Ennstal", contact="g.stocker@alpenmilch-ennstal.example.at",
        id="am_move", parent="am_trial", date="2026-05-15 13:40 +0200",
        sender=("Gerhard Stocker", "g.stocker@alpenmilch-ennstal.example.at"),
        subject="Probearbeitstag verschoben, neuer Termin 3. Juni",
        subject_cs=("iso-8859-1", "Q"), enc=("iso-8859-1", "8bit"),
        text="""Grüß Gott Frau Brandauer-Nkemelu,

leider muss ich Ihren Probearbeitstag am 20. Mai absagen: Wir bauen in dieser Woche die
Abfüllanlage um, und die halbe Mannschaft ist in Schulung. Das wäre für Sie kein
aussagekräftiger Tag.

Neuer Vorschlag: Mittwoch, 3. Juni 2026, wieder 06:30 Uhr am Portier Tor 2. Alles andere
bleibt wie besprochen. Bitte um kurze Bestätigung.

Gerhard Stocker
Leiter Qualitätssicherung, Alpenmilch Ennstal
Tel. 03682 22 4 50-17
""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="doebling_thursday_off_friday", lang="de",
        company="Labor Döbling", contact="mira.petrovic@labor-doebling.example.at",
        id="ld_move", parent="ld_chat", date="2026-06-17 08:12 +0200",
        sender=("Mira Petrović", "mira.petrovic@labor-doebling.example.at"),
        sender_cs=("utf-8", "B"),
        subject="Re: QA-Stelle – hast du Donnerstag Zeit?",
        text=reply("""Oh nein, sorry Ottilie – mir ist gerade eingefallen, dass morgen die
Akkreditierungsstelle zur Nachbegehung kommt. Donnerstag geht also doch nicht.

Wie schaut's bei dir mit Freitag, 19.6., aus? Gleiche Uhrzeit, 15 Uhr? Sonst nächste
Woche Dienstag.

LG Mira""", "de", "2026-06-16 21:03", "Ottilie Brandauer-Nkemelu", "ottilie.bn@example.at",
            """Hallo Mira,

sehr gern! Donnerstag um 15 Uhr passt mir gut, ich nehme den Zug um 11 aus Graz.

Liebe Grüße
Ottilie"""),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="kaltenbrunner_nymphenburg_moved", lang="de",
        company="Nymphenburg Pharma", contact="s.leitgeb@kaltenbrunner-pb.example.at",
        id="kb_nymph_move", parent="kb_nymph_inv", date="2026-03-09 17:30 +0100", sender=KB,
        subject="Nymphenburg Pharma: Termin auf Freitag, 13. März verlegt",
        text="""Liebe Frau Brandauer-Nkemelu,

kurze Änderung: Dr. Wendl muss am Donnerstag zu einer behördlichen Inspektion nach
Regensburg. Nymphenburg Pharma hat das Gespräch deshalb auf Freitag, 13. März 2026,
14:00 Uhr verlegt – gleiche Adresse, gleiche Gesprächspartner.

Ihre Zugverbindung buche ich Ihnen gerne um. Geben Sie mir bitte bis morgen Bescheid, ob
der neue Termin für Sie passt.

Herzliche Grüße
Sabine Leitgeb
Kaltenbrunner Personalberatung · M +43 676 402 11 87
""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="muehlviertler_softgarden_moved_b64", lang="de",
        company="Mühlviertler Molkerei", contact="", id="mm_move", parent="mm_invite",
        date="2026-05-08 06:30 +0000",
        sender=("Mühlviertler Molkerei eGen via softgarden", "no-reply@softgarden.io"),
        subject="Terminänderung: Ihr Gespräch in Freistadt",
        headers=[("Auto-Submitted", "auto-generated")],
        enc=("utf-8", "base64"),
        text="""Sehr geehrte Frau Brandauer-Nkemelu,

der von Ihnen gebuchte Gesprächstermin am Dienstag, 12. Mai 2026, 10:00 Uhr wurde vom
Unternehmen geändert.

Neuer Termin: Dienstag, 19. Mai 2026, 10:00 Uhr
Ort: Mühlviertler Molkerei, Verwaltung, Linzer Straße 40, 4240 Freistadt

Falls der neue Termin für Sie nicht passt, können Sie über Ihr Bewerberkonto einen anderen
freien Termin auswählen:
https://muehlviertler-molkerei.softgarden.io/appointment/select?token=b81e0f

Ihr Team der Mühlviertler Molkerei

Diese E-Mail wurde automatisch erstellt.
""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="pannonia_call_cancelled_ics", lang="de",
        company="Pannonia Plasma", contact="n.horvath@pannonia-plasma.example.at",
        id="pp_cancel", parent="pp_screen", date="2026-01-27 08:40 +0100",
        sender=("Nikola Horvath", "n.horvath@pannonia-plasma.example.at"),
        subject="Abgesagt: Telefonat Pannonia Plasma / Brandauer-Nkemelu",
        **alt_outlook("""Guten Morgen Frau Brandauer-Nkemelu,

ich muss unser für morgen, 28. Jänner, 10:00 Uhr vereinbartes Telefonat leider absagen.
Die Fachabteilung überarbeitet gerade das Anforderungsprofil der Stelle R-10482, und ich
möchte Ihnen keine veralteten Informationen geben.

Sobald klar ist, wie es weitergeht, melde ich mich mit einem neuen Terminvorschlag bei
Ihnen.

Viele Grüße
Nikola Horvath
Talent Acquisition Partner
Pannonia Plasma GmbH · +43 1 20 100-5581"""),
        ics=dict(method="CANCEL", uid="040000008200E00074C5B7101A82E00800000000pp0128", seq=1,
                 start="2026-01-28 10:00", end="2026-01-28 10:20", tz="Europe/Vienna",
                 summary="Abgesagt: Telefonat Pannonia Plasma / Brandauer-Nkemelu",
                 location="Telefon", organizer=("Nikola Horvath",
                                                 "n.horvath@pannonia-plasma.example.at")),
    ),
    # ---------------------------------------------------------------- English (4)
    dict(
        kind="interview_reschedule_or_cancel", slug="savica_panel_moved_seq1", lang="en",
        company="Savica Labs", contact="nina.zupancic@savica-labs.example.si", id="sav_move",
        parent="sav_inv", date="2026-06-26 11:00 +0200", sender=SAV,
        subject="Updated invitation: panel interview now Thursday 2 July, 10:00",
        **alt("""Dear Ottilie,

Dr Bregar has been called to an audit at a supplier on Wednesday, so we need to move your
panel interview. The new time is Thursday, 2 July 2026, 10:00-11:30 CEST, same place and
same panel.

I've updated the calendar invitation accordingly. Apologies for the change, and do tell me
if the new slot causes you any trouble with travel.

Best regards,
""" + SAV_SIG, "en"),
        ics=dict(method="REQUEST", uid="savica-panel-20260701-obn@savica-labs.example.si", seq=1,
                 start="2026-07-02 10:00", end="2026-07-02 11:30", tz="Europe/Ljubljana",
                 summary="Panel interview - Ottilie Brandauer-Nkemelu (QA Associate) - moved",
                 location="Savica Labs, Tehnološki park 24, Ljubljana, building A",
                 organizer=SAV),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="kestrel_chat_to_friday", lang="en",
        company="Kestrel Clinical Labs", contact="rory.twomey@kestrel-labs.example.ie",
        id="kest_move", parent="kest_chat", date="2026-08-12 09:30 +0100",
        sender=("Rory Twomey", "rory.twomey@kestrel-labs.example.ie"),
        subject="Re: quick chat about the QA role?",
        text=reply("""Hi Ottilie,

Apologies - an external auditor has booked himself in for all of Thursday, so I have to
move our chat. Could we do Friday the 14th instead, same time (11:00 here, 12:00 yours)?
I'll send a fresh Teams link once you confirm.

Rory""", "en", "2026-08-11 19:48", "Ottilie Brandauer-Nkemelu", "ottilie.bn@example.at",
            """Hi Rory,

Thursday at 11:00 Irish time works perfectly for me. Looking forward to it!

Best,
Ottilie"""),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="ringaskiddy_lever_cancel_ics", lang="en",
        company="Ringaskiddy Biologics", contact="conor.lynch@ringaskiddy-bio.example.ie",
        id="rb_cancel", parent="rb_sched", date="2026-07-10 12:00 +0000",
        sender=("Conor Lynch (Ringaskiddy Biologics)", "no-reply@hire.lever.co"),
        reply_to=("Conor Lynch", "conor.lynch@ringaskiddy-bio.example.ie"),
        subject="Cancelled: Video interview - QA Associate II (Tue 14 Jul)",
        **alt_card("""Hi Ottilie,

We're sorry, but we have had to cancel your video interview on Tuesday 14 July at 10:00.
The hiring manager is reviewing the team's plans for the second half of the year, and we
don't want to take up your time before that is settled.

We'll be in touch about next steps as soon as we can. Your application remains open.

Thanks for your patience,
Conor Lynch
Talent Acquisition, Ringaskiddy Biologics""", "Ringaskiddy Biologics", "Powered by Lever",
            "#283593", "en"),
        ics=dict(method="CANCEL", uid="lever-interview-3b9d2f4e@hire.lever.co", seq=1,
                 start="2026-07-14 10:00", end="2026-07-14 10:45", tz="Europe/Dublin",
                 summary="Video interview - QA Associate II (Ringaskiddy Biologics)",
                 organizer=("Conor Lynch", "conor.lynch@ringaskiddy-bio.example.ie"),
                 prodid="-//Lever//Interview Scheduler//EN"),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="shandon_mallow_interviewer_ill", lang="en",
        company="Mallow Nutrition", contact="ciara.buckley@shandon-recruit.example.ie",
        id="sh_mallow_ill", parent="sh_mallow_inv", date="2026-06-02 07:55 +0100", sender=SH,
        subject="RE: Interview with Mallow Nutrition - Wed 3 June",
        text="""Morning Ottilie,

Just a heads-up before you start prepping: Padraig from Mallow Nutrition is off sick with
a chest infection, so tomorrow's interview can't go ahead. They've asked to move it to
Wednesday 10 June at 10:30, same Teams setup, with Orla from HR joining as planned.

Is that OK for you? Sorry for the short notice - it's entirely on their side and nothing to
worry about.

Best regards,
Ciara

Ciara Buckley | Shandon Life Science Recruitment | +353 21 455 9031
""",
    ),
    # ---------------------------------------------------------------- French (2)
    dict(
        kind="interview_reschedule_or_cancel", slug="fourviere_new_slot_after_missed", lang="fr",
        company="Laboratoires Fourvière", contact="claire.moulin@labo-fourviere.example.fr",
        id="lf_reschedule", parent="lf_apology", date="2026-04-29 09:05 +0200", sender=LF,
        subject="Nouveau créneau pour notre entretien",
        text="""Bonjour Madame,

Je vous propose un nouveau créneau pour notre entretien : mardi 5 mai à 14h00 sur Teams.
L'invitation mise à jour suit.

Merci pour votre message d'hier soir, ce sont des choses qui arrivent. M. Perrin a pu se
libérer et nous serons à nouveau tous les deux.

Bien cordialement,
""" + LF_SIG,
        ics=dict(method="REQUEST", uid="lf-entretien-obn-2026@labo-fourviere.example.fr", seq=1,
                 start="2026-05-05 14:00", end="2026-05-05 14:45", tz="Europe/Paris",
                 summary="Entretien Technicienne AQ - O. Brandauer-Nkemelu (reporté)",
                 location="Réunion Microsoft Teams",
                 description="https://teams.example.com/l/meetup-join/lf-aq-0505",
                 organizer=LF, mode="attach"),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="rhone_interim_clinique_annule", lang="fr",
        company="Clinique Saint-Irénée", contact="julien.garnier@rhone-talents.example.fr",
        id="rt_clinique_cancel", parent="rt_clinique_inv", date="2026-04-16 10:20 +0200",
        sender=RT,
        subject="RE: Entretien à la Clinique Saint-Irénée le 21 avril",
        **alt("""Bonjour Ottilie,

La Clinique Saint-Irénée vient de m'informer qu'elle doit annuler l'entretien de mardi :
Mme Lefèvre sera retenue toute la semaine par une inspection de l'ARS. Le besoin est
toujours d'actualité et la clinique reviendra vers moi avec de nouvelles dates d'ici
quinze jours.

Je vous tiens au courant dès que j'en sais plus.

Julien Garnier
Rhône Talents Intérim - 04 72 71 30 88""", "fr"),
    ),
    # ---------------------------------------------------------------- Spanish (2)
    dict(
        kind="interview_reschedule_or_cancel", slug="biofarma_moved_seq1", lang="es",
        company="Biofarma Levante", contact="jordi.martinez@biofarma-levante.example.es",
        id="bl_move", parent="bl_inv", date="2026-05-21 16:45 +0200", sender=BL,
        subject="Cambio de fecha: entrevista el jueves 28 de mayo",
        text="""Estimada Ottilie:

Te escribo para cambiar la fecha de la entrevista. La Dra. Vidal tiene que atender una
auditoría de cliente el martes, así que la trasladamos al jueves 28 de mayo a la misma
hora (11:00), en el mismo lugar.

Te envío la convocatoria actualizada. ¿Nos confirmas si te va bien?

Un saludo,
""" + BL_SIG,
        ics=dict(method="REQUEST", uid="bl-entrevista-0526-obn@biofarma-levante.example.es",
                 seq=1, start="2026-05-28 11:00", end="2026-05-28 12:00", tz="Europe/Madrid",
                 summary="Entrevista Técnica GC - Ottilie Brandauer-Nkemelu (nueva fecha)",
                 location="Biofarma Levante, C/ Ciudad de Sevilla 31, Paterna",
                 organizer=BL),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="levante_ett_malvarrosa_postponed", lang="es",
        company="Laboratorio Malvarrosa", contact="pablo.sanchis@levantetalento.example.es",
        id="lv_malva_postponed", parent="lv_malva_inv", date="2026-08-31 08:30 +0200",
        sender=LV,
        subject="Aplazada la entrevista de mañana en Laboratorio Malvarrosa",
        text="""Hola Ottilie:

Acaba de llamarme Inés Roig: está de baja por una gastroenteritis y no podrá hacer la
entrevista de mañana. Laboratorio Malvarrosa propone aplazarla al martes 15 de septiembre
a las 9:30, en el mismo sitio.

Sigues siendo su candidata preferida, así que tranquila. ¿Te encaja la nueva fecha?

Un abrazo,
Pablo
Levante Talento ETT · +34 963 51 22 70
""",
    ),
    # ============================================================ missed_interview_notice (10)
    # ---------------------------------------------------------------- German (5)
    dict(
        kind="missed_interview_notice", slug="gewuerzmuehle_waited_teams", lang="de",
        company="Steirische Gewürzmühle", contact="l.kainz@gewuerzmuehle.example.at",
        id="sg_missed", parent="sg_link", date="2026-09-08 10:35 +0200",
        sender=("Lukas Kainz", "l.kainz@gewuerzmuehle.example.at"),
        subject="Unser Video-Interview heute um 10:00 Uhr",
        **alt("""Sehr geehrte Frau Brandauer-Nkemelu,

wir haben heute um 10:00 Uhr im Teams-Meeting auf Sie gewartet, das Sie über Personio
gebucht hatten, konnten Sie aber leider nicht begrüßen. Nach zwanzig Minuten haben wir
die Besprechung beendet.

Falls technische Probleme der Grund waren oder etwas dazwischengekommen ist, geben Sie
mir bitte bis Freitag Bescheid, ob Sie weiterhin an der Stelle interessiert sind.

Beste Grüße
Lukas Kainz
Produktion & Qualität
Steirische Gewürzmühle GmbH · Ludersdorf 12 · 8200 Gleisdorf
+43 3112 2 77 30"""),
    ),
    dict(
        kind="missed_interview_notice", slug="tempopharm_called_twice", lang="de",
        company="TempoPharm Personalleasing", contact="r.aigner@tempopharm.example.at",
        id="tp_missed", date="2026-09-22 10:25 +0200",
        sender=("Robert Aigner", "r.aigner@tempopharm.example.at"),
        subject="Telefontermin heute 10 Uhr – nicht erreicht",
        text="""Grüß Gott Frau Brandauer-Nkemelu,

wie vereinbart habe ich Sie heute um 10:00 Uhr für das Vorgespräch zum neuen QS-Einsatz
angerufen, zweimal im Abstand von fünf Minuten, leider ohne Erfolg. Auf der Mobilbox habe
ich Ihnen eine Nachricht hinterlassen.

Bitte rufen Sie mich zurück, wenn Sie weiterhin interessiert sind – der Kunde möchte bis
Ende der Woche eine Rückmeldung.

Schöne Grüße
Robert Aigner
TempoPharm Personalleasing GmbH · +43 732 660 912
""",
    ),
    dict(
        kind="missed_interview_notice", slug="leechwald_phone_screen_unreachable", lang="de",
        company="Privatklinik Leechwald", contact="e.farkas@leechwald-klinik.example.at",
        id="leech_missed", date="2026-09-14 11:20 +0200",
        sender=("Elisabeth Farkas", "e.farkas@leechwald-klinik.example.at"),
        subject="Telefoninterview – wir konnten Sie nicht erreichen",
        **alt_outlook("""Sehr geehrte Frau Brandauer-Nkemelu,

für heute 11:00 Uhr war unser telefonisches Erstgespräch vereinbart. Unter der Nummer
+43 664 318 27 95 haben wir Sie leider nicht erreicht; es meldete sich nur die Sprachbox.

Bitte teilen Sie uns mit, ob wir einen neuen Termin vereinbaren sollen.

Mit besten Grüßen
Elisabeth Farkas
Personalabteilung
Privatklinik Leechwald · Hilmteichstraße 40 · 8010 Graz
Tel. +43 316 3040-220"""),
    ),
    dict(
        kind="missed_interview_notice", slug="kraeuterwerk_webex_empty_cp1252", lang="de",
        company="Schladminger Kräuterwerk", contact="t.gruber@kraeuterwerk-schladming.example.at",
        date="2026-10-06 14:15 +0200",
        parent_mid="<f5a0c3d2.kraeuterwerk.termin@kraeuterwerk-schladming.example.at>",
        sender=("Theresa Gruber", "t.gruber@kraeuterwerk-schladming.example.at"),
        subject="Heutiges Video-Interview – Sie waren nicht im Raum",
        enc=("windows-1252", "8bit"),
        text="""Liebe Frau Brandauer-Nkemelu,

wir waren heute ab 13:30 Uhr im Webex-Raum für unser Gespräch über die Stelle „QS-Assistenz
Kräuter & Tee“, aber Sie haben sich nicht eingewählt. Wir haben bis 13:50 Uhr gewartet und
Ihnen in der Zwischenzeit auch eine SMS geschickt.

Ich hoffe, es ist nichts passiert. Wenn Sie noch Interesse haben, schreiben Sie mir bitte –
dann schauen wir, ob sich ein zweiter Termin einrichten lässt.

Herzliche Grüße aus Schladming
Theresa Gruber
Personal & Organisation
Schladminger Kräuterwerk GmbH – Coburgstraße 9 – 8970 Schladming
""",
    ),
    dict(
        kind="missed_interview_notice", slug="brenner_isarlab_waited_zoom", lang="de",
        company="Isarlab Analytik", contact="t.brenner@brenner-search.example.de",
        id="isar_missed", parent="isar_inv", date="2026-07-21 14:32 +0200", sender=TB,
        subject="Zoom-Termin Isarlab Analytik – heute 14:00 Uhr",
        text=ISAR_MISSED + """

--
Tobias Brenner
Brenner Executive Search GmbH · Tel. +49 89 2154 3370
""",
    ),
    # ---------------------------------------------------------------- English (3)
    dict(
        kind="missed_interview_notice", slug="loughmahon_called_twice", lang="en",
        company="Lough Mahon Therapeutics", contact="aoife.driscoll@loughmahon.example.ie",
        id="lmt_missed", parent="lmt_screen", date="2026-06-12 10:31 +0100",
        sender=("Aoife Driscoll", "aoife.driscoll@loughmahon.example.ie"),
        subject="Missed you this morning",
        text="""Hi Ottilie,

I tried calling you twice at 10:00 for our phone screen (on +43 664 318 27 95) but there
was no answer, and I wasn't able to leave a voicemail.

If something came up, no worries - just reply and let me know whether you'd still like to
go ahead.

Best,
Aoife Driscoll
Talent Partner | Lough Mahon Therapeutics
Little Island, Co. Cork
""",
    ),
    dict(
        kind="missed_interview_notice", slug="golovec_no_login_assessment", lang="en",
        company="Golovec Pharma", contact="tjasa.horvat@golovec-pharma.example.si",
        id="gol_missed", parent="gol_assess", date="2026-04-21 10:05 +0200",
        sender=("Tjaša Horvat", "tjasa.horvat@golovec-pharma.example.si"),
        sender_cs=("utf-8", "B"),
        subject="RE: Invitation: online assessment session - QA Associate",
        **alt("""Dear Ms Brandauer-Nkemelu,

You were registered for this morning's online assessment session at 09:00 CEST, but you
did not log in, and our proctor could not reach you by email during the first half hour.
The session has now started without you.

Please let me know what happened. We cannot promise a separate session, but I will check
with the team whether another date is possible.

Kind regards,
Tjaša Horvat
HR Specialist, Golovec Pharma
+386 1 547 20 63""", "en"),
    ),
    dict(
        kind="missed_interview_notice", slug="ballincollig_teams_noshow", lang="en",
        company="Ballincollig Foods", contact="sinead.omahony@ballincollig-foods.example.ie",
        date="2026-10-01 15:40 +0100",
        parent_mid="<4c2b99e1.ballincollig.interview@ballincollig-foods.example.ie>",
        sender=("Sinéad O'Mahony", "sinead.omahony@ballincollig-foods.example.ie"),
        subject="Today's interview at 15:00",
        **alt_outlook("""Hi Ottilie,

We waited on Teams from 15:00 for about fifteen minutes for your interview for the Quality
Technician role, but you didn't join. Our production manager has had to go back to the
floor.

Could you let me know if you're still interested? If so, I'll see what we can do.

Regards,
Sinéad O'Mahony
HR Coordinator | Ballincollig Foods
Link Road, Ballincollig, Co. Cork | +353 21 487 1150""", "en"),
    ),
    # ---------------------------------------------------------------- French (1)
    dict(
        kind="missed_interview_notice", slug="fourviere_attendue_teams", lang="fr",
        company="Laboratoires Fourvière", contact="claire.moulin@labo-fourviere.example.fr",
        id="lf_missed", parent="lf_inv", date="2026-04-28 10:40 +0200", sender=LF,
        subject="Entretien de ce matin",
        text="""Bonjour Madame Brandauer-Nkemelu,

Nous vous avons attendue sur Teams ce matin à 10h00 pour notre entretien, M. Perrin et
moi, jusqu'à 10h25. Nous n'avons pas réussi à vous joindre par téléphone non plus.

Pouvez-vous me dire si vous souhaitez toujours poursuivre le processus ?

Bien cordialement,
""" + LF_SIG,
    ),
    # ---------------------------------------------------------------- Spanish (1)
    dict(
        kind="missed_interview_notice", slug="turia_llamamos_dos_veces", lang="es",
        company="Hospital Turia Salud", contact="marta.olmos@hospitalturia.example.es",
        id="ht_missed", parent="ht_screen", date="2026-02-20 10:50 +0100",
        sender=("Marta Olmos", "marta.olmos@hospitalturia.example.es"),
        subject="RE: Llamada breve - candidatura Técnico/a de Garantía de Calidad",
        text="""Buenos días, Sra. Brandauer-Nkemelu:

Tal como acordamos, la hemos llamado dos veces a las 10:00 al +43 664 318 27 95, pero no
hemos obtenido respuesta.

Si sigue interesada en el puesto, le ruego que me lo indique por correo antes del martes.

Un saludo,
Marta Olmos
Técnica de Selección - RR. HH., Hospital Turia Salud
Tel. 963 87 41 00, ext. 2214
""",
    ),
]

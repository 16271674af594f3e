"""Corpus 347, threads: one employer's mail from acknowledgement to rejection or offer."""

from __future__ import annotations

from msgs347_common import (
    CANDIDATE,
    DISCLAIMER_DE,
    DISCLAIMER_EN,
    DISCLAIMER_FR,
    ME_SIG_DE,
    ME_SIG_ES,
    event,
    spec,
)

KRANICH = ("Sabine Hörmann", "sabine.hoermann@kranich-aufzuege.example.at")
SATTLER = ("Daniela Prettenthaler", "daniela.prettenthaler@sattler-haustechnik.example.at")
DONAU = ("Claudia Leitgeb", "claudia.leitgeb@stadtwerke-donaustein.example.at")
SEMA = ("Lukas Brandstätter", "lukas.brandstaetter@semaphor-signal.example.at")
CLIM = ("Camille Hirtz", "camille.hirtz@climatis-alsace.example.fr")
NERV = ("Itziar Goikoetxea", "itziar.goikoetxea@ascensores-nervion.example.es")
SAVICA = ("Maja Kovač", "maja.kovac@savica-dc.example.si")
RETO = ("Reto Baumann", "reto.baumann@vektor-search.example.ch")
TREVIA = ("Jasmin Kollegger", "jasmin.kollegger@trevia-personal.example.at")

KRANICH_SIG = """Sabine Hörmann
Recruiting & Employer Branding
Kranich Aufzüge GmbH
Puchstraße 212, 8055 Graz
T +43 316 555 7310"""

SATTLER_SIG = """Ing. Daniela Prettenthaler
Personal & Organisation
Sattler Haustechnik GmbH | Heizung - Lüftung - Klima
Conrad-von-Hötzendorf-Straße 140, 8010 Graz
Tel. +43 316 555 2290 | Mobil +43 664 555 1180"""

DONAU_SIG = """Mag. Claudia Leitgeb
Personalentwicklung & Recruiting
Stadtwerke Donaustein GmbH
Hafenstraße 9, 4020 Linz
Telefon +43 732 555 4417"""

MESSAGES = [
    # ---- T1 Kranich Aufzüge (lift manufacturer, Graz): ack -> invite -> moved -> thanks -> no
    spec(
        id="kranich_eingang", kind="application_received", lang="de",
        company="Kranich Aufzüge", contact="",
        frm=("Kranich Aufzüge GmbH via softgarden", "noreply@softgarden.io"),
        subject="Ihre Bewerbung als Inbetriebnahmetechniker Aufzugssteuerungen (m/w/d)",
        date="2026-01-19 08:02 +0000", layout="alt", brand="Kranich Aufzüge Karriere",
        body="""Sehr geehrter Herr Oberhuber-Mensah,

vielen Dank für Ihr Interesse an Kranich Aufzüge und Ihre Bewerbung als
Inbetriebnahmetechniker Aufzugssteuerungen (m/w/d) am Standort Graz.

Ihre Unterlagen sind vollständig bei uns eingegangen. Unser Recruiting-Team sieht sie sich
in den nächsten zwei Wochen genau an und meldet sich dann bei Ihnen.

Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Kranich Aufzüge GmbH

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.""",
    ),
    spec(
        id="kranich_einladung", kind="interview_invitation", lang="de",
        company="Kranich Aufzüge", contact=KRANICH[1], frm=KRANICH,
        name_enc=("iso-8859-1", "q"), charset="iso-8859-1", cte="quoted-printable",
        subject="Einladung zum Kennenlernen – Inbetriebnahmetechniker Graz",
        subj_enc=("utf-8", "b"), date="2026-01-28 14:37 +0100",
        ics=event(uid="kranich-347-gespraech@kranich-aufzuege.example.at", seq=0,
                 start="20260205T100000", end="20260205T110000",
                 summary="Vorstellungsgespräch Tobias Oberhuber-Mensah",
                 location="Kranich Aufzüge, Puchstraße 212, Graz, Besprechungsraum 2"),
        body=f"""Sehr geehrter Herr Oberhuber-Mensah,

Ihre Bewerbung hat uns neugierig gemacht! Gerne möchten wir Sie persönlich kennenlernen und
laden Sie zu einem Vorstellungsgespräch ein:

Donnerstag, 5. Februar 2026, 10:00 Uhr
Kranich Aufzüge, Puchstraße 212, 8055 Graz (Empfang Gebäude B)

Am Gespräch nehmen Herr DI Florian Wurzinger (Leitung Inbetriebnahme) und ich teil. Planen
Sie bitte rund eine Stunde ein. Die Kalendereinladung finden Sie im Anhang.

Bitte bestätigen Sie mir den Termin kurz per Mail.

Freundliche Grüße

{KRANICH_SIG}""",
    ),
    spec(
        id="kranich_verschoben", kind="interview_reschedule_or_cancel", lang="de",
        company="Kranich Aufzüge", contact=KRANICH[1], frm=KRANICH,
        subject="AW: Einladung zum Kennenlernen – Inbetriebnahmetechniker Graz – neuer Termin",
        date="2026-02-02 09:15 +0100", parent="kranich_einladung", quote="outlook_de",
        ics=event(uid="kranich-347-gespraech@kranich-aufzuege.example.at", seq=1,
                 start="20260209T133000", end="20260209T143000",
                 summary="Vorstellungsgespräch Tobias Oberhuber-Mensah (neuer Termin)",
                 location="Kranich Aufzüge, Puchstraße 212, Graz, Besprechungsraum 2"),
        body=f"""Lieber Herr Oberhuber-Mensah,

leider muss Herr Wurzinger am Donnerstag kurzfristig zu einer Abnahme nach Klagenfurt. Wir
würden das Gespräch daher gerne auf

Montag, 9. Februar 2026, 13:30 Uhr

verschieben – gleicher Ort. Ich habe die Kalendereinladung aktualisiert. Passt Ihnen das?
Entschuldigen Sie bitte die Umstände.

Beste Grüße
Sabine Hörmann

{KRANICH_SIG}""",
    ),
    spec(
        id="kranich_danke", kind="other", lang="de", company="", contact="",
        frm=CANDIDATE, to=KRANICH, subject="Danke für das Gespräch am Montag",
        date="2026-02-09 18:40 +0100", parent="kranich_verschoben", quote="de", cte="8bit",
        body=f"""Liebe Frau Hörmann,

vielen Dank für das angenehme Gespräch heute und die Führung durch die Prüfhalle. Die
Inbetriebnahme der Gruppensteuerungen hat mich sehr beeindruckt, und ich könnte mir gut
vorstellen, im Team von Herrn Wurzinger mitzuarbeiten.

Ich freue mich auf Ihre Rückmeldung.

Herzliche Grüße
{ME_SIG_DE}""",
    ),
    spec(
        id="kranich_absage", kind="rejection", lang="de",
        company="Kranich Aufzüge", contact=KRANICH[1], frm=KRANICH,
        subject="AW: Danke für das Gespräch am Montag", date="2026-02-20 11:05 +0100",
        parent="kranich_danke", quote="outlook_de", layout="alt", cte="base64",
        body=f"""Lieber Herr Oberhuber-Mensah,

nochmals danke für Ihre Zeit und Ihr Interesse. Wir haben uns die Entscheidung nicht leicht
gemacht, uns am Ende aber für einen Bewerber entschieden, der bereits mehrere Jahre
Erfahrung mit Aufzugssteuerungen mitbringt.

Ihr Profil hat uns trotzdem gefallen. Wenn Sie einverstanden sind, behalten wir Ihre
Unterlagen für künftige Stellen in der Inbetriebnahme in Evidenz.

Alles Gute für Ihren weiteren Weg!
Sabine Hörmann

{KRANICH_SIG}

{DISCLAIMER_DE}""",
    ),
    # ---- T2 Sattler Haustechnik (HVAC installer, Graz): the offer thread
    spec(
        id="sattler_bewerbung", kind="other", lang="de", company="", contact="",
        frm=CANDIDATE, to=("Sattler Haustechnik Bewerbung", "bewerbung@sattler-haustechnik.example.at"),
        subject="Bewerbung: Servicetechniker Gebäudeleittechnik / MSR (Ref. SH-2026-07)",
        date="2026-03-02 07:48 +0100",
        attach=[("pdf", "Lebenslauf_Oberhuber-Mensah.pdf",
                 ["Tobias Oberhuber-Mensah", "Lebenslauf", "Elektrotechniker, Graz",
                  "Schwerpunkt: KNX, DALI, Inbetriebnahme MSR"]),
                ("pdf", "Zeugnisse.pdf", ["Lehrabschlussprüfung Elektrotechnik",
                                          "Werkmeisterschule Automatisierungstechnik"])],
        body=f"""Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich um die ausgeschriebene Stelle als Servicetechniker
Gebäudeleittechnik / MSR (Ref. SH-2026-07). Ich bin seit neun Jahren Elektrotechniker und
habe zuletzt KNX- und DALI-Anlagen in Bürogebäuden in Betrieb genommen. Derzeit schließe ich
die Werkmeisterschule für Automatisierungstechnik ab.

Lebenslauf und Zeugnisse finden Sie im Anhang. Über eine Einladung zu einem Gespräch würde
ich mich sehr freuen.

Mit freundlichen Grüßen
{ME_SIG_DE}""",
    ),
    spec(
        id="sattler_eingang", kind="application_received", lang="de",
        company="Sattler Haustechnik", contact="",
        frm=("Sattler Haustechnik GmbH", "no-reply@personio.de"),
        subject="Wir haben Ihre Bewerbung erhalten", date="2026-03-02 06:49 +0000",
        layout="html", cte="quoted-printable", brand="Sattler Haustechnik",
        body="""Hallo Tobias Oberhuber-Mensah,

vielen Dank für Ihre Bewerbung als Servicetechniker Gebäudeleittechnik / MSR (m/w/d)!

Wir haben Ihre Unterlagen erhalten und melden uns so bald wie möglich bei Ihnen. Aufgrund
der Vielzahl an Bewerbungen kann das ein paar Tage dauern.

Viele Grüße
Ihr Team von Sattler Haustechnik

Diese E-Mail wurde über Personio versendet.""",
    ),
    spec(
        id="sattler_telefon", kind="interview_invitation", lang="de",
        company="Sattler Haustechnik", contact=SATTLER[1], frm=SATTLER,
        subject="Telefonisches Erstgespräch – Servicetechniker GLT/MSR",
        date="2026-03-10 10:22 +0100", charset="windows-1252", cte="quoted-printable",
        body=f"""Sehr geehrter Herr Oberhuber-Mensah,

danke für Ihre Bewerbung – Ihr Werdegang passt gut zu dem, was wir suchen. Ich würde gerne
ein kurzes telefonisches Erstgespräch (ca. 20 Minuten) mit Ihnen führen.

Vorschlag: Donnerstag, 12. März, 16:00 Uhr. Ich rufe Sie unter +43 660 555 18 42 an.

Falls der Termin nicht passt, nennen Sie mir gerne zwei Alternativen.

Freundliche Grüße
{SATTLER_SIG}""",
    ),
    spec(
        id="sattler_nicht_erreicht", kind="missed_interview_notice", lang="de",
        company="Sattler Haustechnik", contact=SATTLER[1], frm=SATTLER,
        subject="AW: Telefonisches Erstgespräch – Servicetechniker GLT/MSR",
        date="2026-03-12 16:25 +0100", parent="sattler_telefon", quote="de",
        charset="windows-1252", cte="quoted-printable",
        body="""Hallo Herr Oberhuber-Mensah,

ich habe Sie heute um 16:00 Uhr wie vereinbart angerufen, zweimal, Sie aber leider nicht
erreicht – es ging nur die Mobilbox ran.

Ist etwas dazwischengekommen? Melden Sie sich gerne, dann finden wir einen neuen Termin.

Freundliche Grüße
Daniela Prettenthaler""",
    ),
    spec(
        id="sattler_entschuldigung", kind="other", lang="de", company="", contact="",
        frm=CANDIDATE, to=SATTLER, subject="AW: AW: Telefonisches Erstgespräch – Servicetechniker GLT/MSR",
        date="2026-03-12 17:02 +0100", parent="sattler_nicht_erreicht", quote="de",
        body=f"""Liebe Frau Prettenthaler,

bitte entschuldigen Sie vielmals! Ich war auf einer Baustelle im Keller ohne Empfang und habe
Ihre Anrufe erst jetzt gesehen. Das ist mir sehr unangenehm.

Ich bin morgen den ganzen Tag erreichbar und richte mich gerne nach Ihnen.

Viele Grüße
{ME_SIG_DE}""",
    ),
    spec(
        id="sattler_vorort", kind="interview_invitation", lang="de",
        company="Sattler Haustechnik", contact=SATTLER[1], frm=SATTLER,
        subject="Einladung zum persönlichen Gespräch bei Sattler Haustechnik",
        date="2026-03-13 08:51 +0100", parent="sattler_entschuldigung", quote="de",
        layout="alt",
        ics=event(uid="sattler-gespraech-347@sattler-haustechnik.example.at", seq=0,
                 start="20260319T090000", end="20260319T103000",
                 summary="Gespräch Sattler Haustechnik - T. Oberhuber-Mensah",
                 location="Conrad-von-Hötzendorf-Straße 140, 8010 Graz"),
        body=f"""Lieber Herr Oberhuber-Mensah,

kein Problem, so etwas passiert. Statt eines Telefonats laden wir Sie gleich zu einem
persönlichen Gespräch mit unserem Geschäftsführer Martin Sattler und dem Leiter der
MSR-Abteilung ein:

Donnerstag, 19. März 2026, 9:00 Uhr, bei uns in der Conrad-von-Hötzendorf-Straße 140.

Bringen Sie gerne Arbeitskleidung mit – wir schauen danach gemeinsam auf eine Baustelle in
Liebenau. Bitte bestätigen Sie den Termin über die Kalendereinladung.

Freundliche Grüße
{SATTLER_SIG}""",
    ),
    spec(
        id="sattler_zusage_muendlich", kind="offer", lang="de",
        company="Sattler Haustechnik", contact=SATTLER[1], frm=SATTLER,
        subject="Unser Angebot – wie telefonisch besprochen",
        date="2026-03-24 15:10 +0100", cte="8bit",
        body=f"""Lieber Herr Oberhuber-Mensah,

wie heute am Telefon schon angekündigt: Wir möchten Sie sehr gerne als Servicetechniker
Gebäudeleittechnik / MSR in unserem Team haben!

Eckpunkte unseres Angebots:
- Eintritt ab 1. Mai 2026, unbefristet, Vollzeit (38,5 Std.)
- Einstufung KV Elektro- und Elektronikindustrie, Gruppe G, 3.450 € brutto monatlich
- Firmenwagen auch zur privaten Nutzung, Diensthandy, Laptop
- Weiterbildung zum zertifizierten KNX-Partner auf unsere Kosten

Das schriftliche Angebot schicken wir Ihnen bis Ende der Woche zu. Geben Sie mir gerne
schon vorab Bescheid, ob die Eckpunkte für Sie passen.

Herzliche Grüße
{SATTLER_SIG}""",
    ),
    spec(
        id="sattler_angebot_pdf", kind="offer", lang="de",
        company="Sattler Haustechnik", contact=SATTLER[1],
        frm=("Martin Sattler", "martin.sattler@sattler-haustechnik.example.at"),
        reply_to=SATTLER, cc=[SATTLER],
        subject="Schriftliches Angebot – Servicetechniker GLT/MSR", date="2026-03-27 12:30 +0100",
        attach=[("pdf", "Angebot_Oberhuber-Mensah.pdf",
                 ["Sattler Haustechnik GmbH", "Angebot Dienstvertrag",
                  "Herr Tobias Oberhuber-Mensah", "Eintritt 01.05.2026",
                  "Bruttogehalt EUR 3.450,- monatlich, 14 x jährlich"])],
        body="""Sehr geehrter Herr Oberhuber-Mensah,

im Anhang erhalten Sie unser schriftliches Angebot für die Position Servicetechniker
Gebäudeleittechnik / MSR. Wir würden uns sehr freuen, wenn Sie es annehmen.

Für Rückfragen steht Ihnen Frau Prettenthaler zur Verfügung; das Angebot gilt bis
10. April 2026.

Mit freundlichen Grüßen
Martin Sattler
Geschäftsführer
Sattler Haustechnik GmbH""",
    ),
    spec(
        id="sattler_absage_meinerseits", kind="other", lang="de", company="", contact="",
        frm=CANDIDATE, to=SATTLER, subject="AW: Schriftliches Angebot – Servicetechniker GLT/MSR",
        date="2026-04-09 19:12 +0200", parent="sattler_angebot_pdf", quote="de",
        body=f"""Liebe Frau Prettenthaler, lieber Herr Sattler,

vielen Dank für Ihr Angebot und das große Vertrauen. Nach langem Überlegen habe ich mich
leider für eine andere Stelle entschieden, die näher an meinem Ziel Inbetriebnahme von
Gebäudeautomation liegt. Diese Absage fällt mir wirklich nicht leicht.

Ich wünsche Ihnen und dem Team alles Gute und hoffe, dass wir uns auf einer Baustelle
wiedersehen.

Herzliche Grüße
{ME_SIG_DE}""",
    ),
    # ---- T3 Stadtwerke Donaustein (municipal utility, Linz), via SuccessFactors and Vektor
    spec(
        id="donaustein_eingang", kind="application_received", lang="de",
        company="Stadtwerke Donaustein", contact="",
        frm=("Stadtwerke Donaustein Karriere", "donaustein-karriere@successfactors.eu"),
        subject="Eingangsbestätigung Ihrer Bewerbung – Req. 4471 Techniker/in Gebäudeautomation",
        date="2026-02-16 13:20 +0000", layout="alt", cte="base64", brand="Stadtwerke Donaustein",
        body="""Sehr geehrter Herr Oberhuber-Mensah,

wir bestätigen den Eingang Ihrer Bewerbung für die Stelle Techniker/in Gebäudeautomation
und Energiemonitoring (Req. 4471).

Bitte haben Sie Verständnis, dass die Sichtung aller Bewerbungen einige Wochen in Anspruch
nehmen kann. Sie erhalten in jedem Fall eine Nachricht von uns.

Freundliche Grüße
Stadtwerke Donaustein – Personalabteilung

Dies ist eine automatisch generierte Nachricht. Antworten an diese Adresse werden nicht
gelesen.""",
    ),
    spec(
        id="donaustein_ac", kind="interview_invitation", lang="de",
        company="Stadtwerke Donaustein", contact=DONAU[1], frm=DONAU,
        subject="Einladung zum Auswahltag am 18. März 2026", date="2026-03-05 11:45 +0100",
        ics=event(uid="ac-2026-03-donaustein@stadtwerke-donaustein.example.at", seq=0,
                 start="20260318T083000", end="20260318T150000",
                 summary="Auswahltag Techniker/in Gebäudeautomation",
                 location="Stadtwerke Donaustein, Hafenstraße 9, Linz, Schulungszentrum",
                 file="Auswahltag.ics"),
        body=f"""Sehr geehrter Herr Oberhuber-Mensah,

wir freuen uns, Ihnen mitteilen zu können, dass Sie in die engere Auswahl gekommen sind. Wir
laden Sie herzlich zu unserem Auswahltag ein:

Mittwoch, 18. März 2026, 8:30 bis ca. 15:00 Uhr
Schulungszentrum der Stadtwerke Donaustein, Hafenstraße 9, 4020 Linz

Ablauf: Vorstellungsrunde, praktische Aufgabe an einem Übungsschaltschrank (BACnet/Modbus),
Einzelinterview mit der Abteilungsleitung. Für Verpflegung ist gesorgt, die Reisekosten
(Bahn 2. Klasse) ersetzen wir Ihnen.

Bitte bestätigen Sie Ihre Teilnahme bis 11. März.

Mit freundlichen Grüßen
{DONAU_SIG}""",
    ),
    spec(
        id="donaustein_ac_verschoben", kind="interview_reschedule_or_cancel", lang="de",
        company="Stadtwerke Donaustein", contact=DONAU[1], frm=DONAU,
        subject="AW: Einladung zum Auswahltag am 18. März 2026 – Terminänderung",
        date="2026-03-11 16:03 +0100", parent="donaustein_ac", quote="outlook_de",
        ics=event(uid="ac-2026-03-donaustein@stadtwerke-donaustein.example.at", seq=1,
                 start="20260325T083000", end="20260325T150000",
                 summary="Auswahltag Techniker/in Gebäudeautomation (NEUER TERMIN)",
                 location="Stadtwerke Donaustein, Hafenstraße 9, Linz, Schulungszentrum"),
        body=f"""Sehr geehrter Herr Oberhuber-Mensah,

danke für Ihre Zusage. Leider muss ich Ihnen mitteilen, dass wir den Auswahltag um eine
Woche verschieben müssen, weil der Betriebsrat am 18. März nicht teilnehmen kann.

Neuer Termin: Mittwoch, 25. März 2026, gleiche Uhrzeit, gleicher Ort.

Ich hoffe sehr, dass Sie es einrichten können. Eine aktualisierte Einladung ist beigefügt.

Mit freundlichen Grüßen
{DONAU_SIG}""",
    ),
    spec(
        id="donaustein_zusage_tel", kind="offer", lang="de",
        company="Stadtwerke Donaustein", contact="gerald.pammer@stadtwerke-donaustein.example.at",
        frm=("DI Gerald Pammer", "gerald.pammer@stadtwerke-donaustein.example.at"),
        cc=[DONAU], subject="Wir möchten Sie im Team!", date="2026-04-07 17:44 +0200",
        body="""Lieber Herr Oberhuber-Mensah,

wie eben telefonisch besprochen: Sie haben uns am Auswahltag überzeugt, und ich möchte Ihnen
die Stelle als Techniker Gebäudeautomation und Energiemonitoring anbieten. Frau Leitgeb
schickt Ihnen in den nächsten Tagen das schriftliche Angebot.

Ich freue mich, wenn es klappt!

Gerald Pammer
Leiter Technisches Gebäudemanagement
Stadtwerke Donaustein""",
    ),
    spec(
        id="donaustein_angebot", kind="offer", lang="de",
        company="Stadtwerke Donaustein", contact=DONAU[1], frm=DONAU,
        subject="Dienstvertragsangebot Techniker Gebäudeautomation", date="2026-04-09 09:05 +0200",
        parent="donaustein_zusage_tel", quote="de", cte="base64",
        attach=[("pdf", "Dienstvertragsangebot_Oberhuber-Mensah.pdf",
                 ["Stadtwerke Donaustein GmbH", "Dienstvertragsangebot",
                  "Techniker Gebaeudeautomation und Energiemonitoring",
                  "Beginn: 1. Juni 2026", "Entgelt: EUR 3.720,- brutto, 14 x"])],
        body=f"""Sehr geehrter Herr Oberhuber-Mensah,

anbei erhalten Sie, wie von Herrn Pammer angekündigt, unser Dienstvertragsangebot. Eckdaten:
Beginn 1. Juni 2026, Vollzeit, Kollektivvertrag der Energieversorgungsunternehmen,
3.720 € brutto monatlich, Rufbereitschaft wird gesondert vergütet.

Wir bitten um Ihre Rückmeldung bis 20. April 2026.

Mit freundlichen Grüßen
{DONAU_SIG}""",
    ),
    spec(
        id="donaustein_vertrag", kind="offer", lang="de",
        company="Stadtwerke Donaustein", contact=DONAU[1], frm=DONAU,
        subject="Ihr Dienstvertrag zur Unterschrift", date="2026-04-21 10:40 +0200",
        layout="alt",
        attach=[("pdf", "Dienstvertrag_Oberhuber-Mensah.pdf",
                 ["Dienstvertrag", "zwischen Stadtwerke Donaustein GmbH und",
                  "Herrn Tobias Oberhuber-Mensah", "Dienstbeginn 01.06.2026"])],
        body=f"""Sehr geehrter Herr Oberhuber-Mensah,

herzlichen Dank für die Annahme unseres Angebots – wir freuen uns sehr!

Im Anhang finden Sie Ihren Dienstvertrag in zweifacher Ausfertigung. Bitte unterschreiben
Sie beide Exemplare und senden Sie uns eines bis 5. Mai per Post zurück. Bringen Sie zum
ersten Arbeitstag bitte Ihre e-card und ein Foto für den Dienstausweis mit.

Mit freundlichen Grüßen
{DONAU_SIG}""",
    ),
    # ---- T4 Semaphor Signaltechnik (rail signalling, Vienna)
    spec(
        id="semaphor_eingang", kind="application_received", lang="de",
        company="Semaphor Signaltechnik", contact="",
        frm=("Semaphor Signaltechnik", "semaphor@myworkday.com"),
        subject="Semaphor Signaltechnik – Bewerbung eingegangen", date="2026-01-12 07:31 +0000",
        layout="html",
        body="""Guten Tag Tobias,

vielen Dank für Ihre Bewerbung auf die Stelle R-10582 Inbetriebsetzer Stellwerkstechnik
(w/m/d) in Wien.

Wir prüfen Ihre Unterlagen sorgfältig. Bitte sehen Sie von Rückfragen zum Status ab – Sie
können ihn jederzeit im Kandidatenportal verfolgen.

Freundliche Grüße
Talent Acquisition
Semaphor Signaltechnik""",
    ),
    spec(
        id="semaphor_video", kind="interview_invitation", lang="de",
        company="Semaphor Signaltechnik", contact=SEMA[1], frm=SEMA, name_enc=("utf-8", "b"),
        subject="Videointerview Inbetriebsetzer Stellwerkstechnik – Terminvorschlag",
        date="2026-01-26 13:02 +0100",
        body="""Grüß Gott Herr Oberhuber-Mensah,

danke für Ihre Bewerbung. Wir würden Sie gerne in einem ersten Videointerview (MS Teams,
ca. 45 Minuten) näher kennenlernen.

Wählen Sie bitte über folgenden Link einen Termin zwischen 2. und 6. Februar:
https://termine.semaphor-signal.example.at/buchen/inbetriebsetzer-r10582

Im Interview sprechen wir über Ihre Erfahrung mit Sicherheitstechnik und über die
Reisebereitschaft (ca. 60 % Montage in Österreich und Slowenien).

Beste Grüße
Lukas Brandstätter
Talent Acquisition Partner
Semaphor Signaltechnik GmbH, Wien
+43 1 555 40 220""",
    ),
    spec(
        id="semaphor_absage", kind="rejection", lang="de",
        company="Semaphor Signaltechnik", contact=SEMA[1], frm=SEMA, name_enc=("utf-8", "b"),
        subject="AW: Videointerview Inbetriebsetzer Stellwerkstechnik", date="2026-02-12 08:58 +0100",
        parent="semaphor_video", quote="outlook_de", charset="windows-1252", cte="quoted-printable",
        body="""Sehr geehrter Herr Oberhuber-Mensah,

nochmals danke für das offene Gespräch letzte Woche. Nach Rücksprache mit der Fachabteilung
müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen
können: Für die Stelle ist eine abgeschlossene Ausbildung nach EN 50126/50129 kurzfristig
erforderlich, die wir intern nicht abdecken können.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Freundliche Grüße
Lukas Brandstätter""",
    ),
    # ---- T5 Climatis Alsace (HVAC, Strasbourg)
    spec(
        id="climatis_reception", kind="application_received", lang="fr",
        company="Climatis Alsace", contact="",
        frm=("Climatis Alsace", "no-reply@teamtailor-mail.com"),
        subject="Merci pour votre candidature, Tobias !", date="2026-04-14 08:12 +0000",
        layout="alt", brand="Climatis Alsace",
        body="""Bonjour Tobias,

Merci d'avoir postulé au poste de Technicien mise en service GTB (H/F) chez Climatis Alsace.

Nous avons bien reçu votre candidature. Notre équipe recrutement l'étudie avec attention et
reviendra vers vous dans les meilleurs délais.

À bientôt,
L'équipe Climatis Alsace""",
    ),
    spec(
        id="climatis_entretien", kind="interview_invitation", lang="fr",
        company="Climatis Alsace", contact=CLIM[1], frm=CLIM,
        subject="Invitation à un entretien – Technicien mise en service GTB",
        date="2026-04-22 10:30 +0200", charset="iso-8859-1", cte="quoted-printable",
        ics=event(uid="entretien-347@climatis-alsace.example.fr", seq=0, tz="Europe/Paris",
                 start="20260430T140000", end="20260430T150000",
                 summary="Entretien Climatis Alsace - T. Oberhuber-Mensah",
                 location="Visio (lien Teams dans l'invitation)"),
        body="""Bonjour Monsieur Oberhuber-Mensah,

Votre profil a retenu toute notre attention. Je vous propose un premier entretien en visio
avec notre responsable d'agence, M. Julien Ehrhart :

jeudi 30 avril 2026 à 14h00 (heure de Paris), durée environ une heure.

Vous trouverez l'invitation avec le lien Teams en pièce jointe. Merci de me confirmer votre
disponibilité.

Bien cordialement,
Camille Hirtz
Chargée de recrutement
Climatis Alsace, 14 rue du Doubs, 67100 Strasbourg
03 88 55 51 20""",
    ),
    spec(
        id="climatis_report", kind="interview_reschedule_or_cancel", lang="fr",
        company="Climatis Alsace", contact=CLIM[1], frm=CLIM,
        subject="RE: Invitation à un entretien – Technicien mise en service GTB – report",
        date="2026-04-28 17:55 +0200", parent="climatis_entretien", quote="fr",
        charset="iso-8859-1", cte="quoted-printable",
        ics=event(uid="entretien-347@climatis-alsace.example.fr", seq=1, tz="Europe/Paris",
                 start="20260506T100000", end="20260506T110000",
                 summary="Entretien Climatis Alsace - T. Oberhuber-Mensah (reporté)",
                 location="Visio (lien Teams dans l'invitation)"),
        body="""Bonjour Monsieur Oberhuber-Mensah,

M. Ehrhart est retenu sur un chantier à Colmar jeudi ; nous devons donc reporter notre
entretien. Seriez-vous disponible le mercredi 6 mai à 10h00 ? L'invitation a été mise à
jour en conséquence.

Toutes mes excuses pour ce changement.

Bien cordialement,
Camille Hirtz""",
    ),
    spec(
        id="climatis_refus", kind="rejection", lang="fr",
        company="Climatis Alsace", contact=CLIM[1], frm=CLIM,
        subject="Votre candidature chez Climatis Alsace", date="2026-05-20 09:14 +0200",
        parent="climatis_report", quote="fr", layout="alt", cte="base64",
        body=f"""Bonjour Monsieur Oberhuber-Mensah,

Je vous remercie encore pour l'entretien du 6 mai et pour l'intérêt porté à Climatis Alsace.

Après réflexion, nous avons choisi de poursuivre avec un candidat disposant d'une expérience
plus longue sur les régulateurs de nos partenaires et d'une parfaite maîtrise du français
technique. Ce choix ne remet pas en cause la qualité de votre parcours.

Je vous souhaite pleine réussite dans vos recherches.

Camille Hirtz
Chargée de recrutement

{DISCLAIMER_FR}""",
    ),
    # ---- T6 Ascensores Nervión (lifts, Bilbao)
    spec(
        id="nervion_recibida", kind="application_received", lang="es",
        company="Ascensores Nervión", contact="",
        frm=("Ascensores Nervión", "noreply@smartrecruiters.com"),
        subject="Hemos recibido tu candidatura", date="2026-05-04 09:41 +0000",
        layout="html", brand="Ascensores Nervión", color="#b3261e",
        body="""Hola Tobias:

Gracias por tu interés en Ascensores Nervión. Hemos recibido correctamente tu candidatura
para el puesto de Técnico/a de puesta en marcha de maniobras (Bilbao).

Nuestro equipo de Personas revisará tu perfil. Si encaja con lo que buscamos, nos pondremos
en contacto contigo.

Un saludo,
Equipo de Selección de Ascensores Nervión""",
    ),
    spec(
        id="nervion_videollamada", kind="interview_invitation", lang="es",
        company="Ascensores Nervión", contact=NERV[1], frm=NERV,
        subject="Entrevista por videollamada – Técnico de puesta en marcha",
        subj_enc=("windows-1252", "q"), date="2026-05-12 12:20 +0200", cte="8bit",
        body="""Hola Tobias:

Nos ha gustado tu candidatura y queremos conocerte. Te propongo una entrevista por
videollamada (Google Meet) el martes 19 de mayo a las 10:00 (hora de Madrid), de unos
40 minutos, con Aitor Zubizarreta, jefe de montaje.

Enlace: https://meet.example.es/nervion-tecnico-pm

La entrevista será en inglés y en castellano. ¿Me confirmas si te viene bien?

Un saludo,
Itziar Goikoetxea
Técnica de Selección | Ascensores Nervión
Ribera de Deusto 70, 48014 Bilbao
+34 944 55 52 10""",
    ),
    spec(
        id="nervion_no_conectado", kind="missed_interview_notice", lang="es",
        company="Ascensores Nervión", contact=NERV[1], frm=NERV,
        subject="RE: Entrevista por videollamada – Técnico de puesta en marcha",
        date="2026-05-19 10:24 +0200", parent="nervion_videollamada", quote="es", cte="8bit",
        body="""Hola Tobias:

Aitor y yo te hemos esperado en la videollamada desde las 10:00, pero no te has conectado.
También te he llamado al móvil sin respuesta.

Si ha habido algún problema técnico, dímelo y vemos si es posible buscar otro hueco esta
semana.

Un saludo,
Itziar""",
    ),
    spec(
        id="nervion_disculpa", kind="other", lang="es", company="", contact="",
        frm=CANDIDATE, to=NERV, subject="RE: Entrevista por videollamada – Técnico de puesta en marcha",
        date="2026-05-19 12:03 +0200", parent="nervion_no_conectado", quote="es",
        body=f"""Hola Itziar:

Lo siento muchísimo. Apunté la entrevista a las 10:00 hora de Graz, pero me conecté con el
enlace antiguo del primer correo y me quedé en una sala vacía. No ha sido nada profesional
por mi parte.

Si fuera posible otro horario, estaría disponible cualquier día de esta semana.

Un saludo,
{ME_SIG_ES}""",
    ),
    spec(
        id="nervion_descartado", kind="rejection", lang="es",
        company="Ascensores Nervión", contact=NERV[1], frm=NERV,
        subject="RE: Entrevista por videollamada – Técnico de puesta en marcha",
        date="2026-06-02 16:47 +0200", parent="nervion_disculpa", quote="es", cte="8bit",
        body="""Hola Tobias:

Gracias por tu mensaje y por tu comprensión. Finalmente hemos decidido seguir adelante con
otros candidatos cuyo perfil se ajusta más a lo que necesita el equipo de montaje en este
momento, por lo que no podremos continuar con tu candidatura.

Te deseamos mucha suerte en tu búsqueda.

Un saludo,
Itziar Goikoetxea""",
    ),
    # ---- T7 Savica Data Centres (Ljubljana, English), Greenhouse
    spec(
        id="savica_received", kind="application_received", lang="en",
        company="Savica Data Centres", contact="",
        frm=("Savica Data Centres", "no-reply@greenhouse-mail.io"),
        subject="Thank you for applying to Savica Data Centres", date="2026-06-08 07:05 +0000",
        layout="alt",
        body="""Hi Tobias,

Thanks for applying for the Critical Facilities Commissioning Technician role in Ljubljana.
Your application has been received and our team will review it shortly.

Due to the high number of applications we receive, we are not always able to respond to
every applicant individually. If your profile matches, a member of our team will reach out.

Best regards,
The Savica Data Centres Talent Team""",
    ),
    spec(
        id="savica_invite", kind="interview_invitation", lang="en",
        company="Savica Data Centres", contact=SAVICA[1],
        frm=("Maja Kovač via Greenhouse", "no-reply@greenhouse-mail.io"), reply_to=SAVICA,
        subject="Interview invitation: Critical Facilities Commissioning Technician",
        date="2026-06-15 11:18 +0200", layout="alt",
        ics=event(uid="gh-interview-9913847@greenhouse-mail.io", seq=0, tz="Europe/Ljubljana",
                 start="20260625T140000", end="20260625T150000",
                 summary="Interview - Savica Data Centres",
                 location="Savica DC1, Letališka cesta 41, Ljubljana",
                 organizer="maja.kovac@savica-dc.example.si"),
        body="""Hi Tobias,

Thanks for your interest in Savica Data Centres! We'd like to invite you to an on-site
interview with our Head of Critical Facilities, Nejc Petrič, and a senior commissioning
engineer.

When: Thursday, 25 June 2026, 14:00-15:00 CEST
Where: Savica DC1, Letališka cesta 41, Ljubljana (please bring a photo ID for site access)

A calendar invite is attached. Reply to this email if you need to change anything.

Best,
Maja Kovač
Talent Partner, Savica Data Centres""",
    ),
    spec(
        id="savica_cancel", kind="interview_reschedule_or_cancel", lang="en",
        company="Savica Data Centres", contact=SAVICA[1],
        frm=("Maja Kovač via Greenhouse", "no-reply@greenhouse-mail.io"), reply_to=SAVICA,
        subject="Cancelled: Interview - Savica Data Centres", date="2026-06-22 09:02 +0200",
        ics=event(uid="gh-interview-9913847@greenhouse-mail.io", seq=1, method="CANCEL",
                 tz="Europe/Ljubljana", start="20260625T140000", end="20260625T150000",
                 summary="Interview - Savica Data Centres",
                 location="Savica DC1, Letališka cesta 41, Ljubljana",
                 organizer="maja.kovac@savica-dc.example.si"),
        body="""Hi Tobias,

Unfortunately we need to cancel Thursday's interview: Nejc has been pulled into an incident
review at DC1 all week. I'm sorry for the short notice.

Your application is still very much active - I'll be in touch in the next few days with
new time options.

Best,
Maja""",
    ),
    spec(
        id="savica_on_hold", kind="rejection", lang="en",
        company="Savica Data Centres", contact=SAVICA[1],
        frm=("Maja Kovač via Greenhouse", "no-reply@greenhouse-mail.io"), reply_to=SAVICA,
        subject="Update on your application - Savica Data Centres", date="2026-07-03 15:36 +0200",
        parent="savica_cancel", quote="en", layout="alt",
        body=f"""Hi Tobias,

I promised to come back with new times, and I'm sorry that this is a different kind of
update. Following a budget review, the Critical Facilities Commissioning Technician role has
been put on hold until next year, so we will not proceed with your application at this time.

I'm genuinely sorry, as the team was looking forward to meeting you. We'll keep your details
on file should the role be reopened.

Kind regards,
Maja Kovač

{DISCLAIMER_EN}""",
    ),
    # ---- T8 Vektor Technical Search (head-hunter, Zurich) for Limmat Gebäudeautomation
    spec(
        id="vektor_ansprache", kind="other", lang="de", company="", contact=RETO[1], frm=RETO,
        subject="Inbetriebnahme Gebäudeautomation – kurzer Austausch?", date="2026-02-03 08:07 +0100",
        body="""Grüezi Herr Oberhuber-Mensah

Ich bin auf Ihr Profil auf IngJobs gestossen. Wir begleiten regelmässig Mandanten in der
Schweiz und in Österreich bei der Besetzung von Positionen rund um Gebäudeautomation und
Inbetriebnahme.

Hätten Sie in den nächsten Tagen Zeit für ein unverbindliches Telefonat, um Ihre Pläne
kennenzulernen? Konkrete Stellen kann ich Ihnen danach gerne vorstellen.

Freundliche Grüsse
Reto Baumann
Partner | Vektor Technical Search AG
Löwenstrasse 55, 8001 Zürich
+41 44 555 71 30""",
    ),
    spec(
        id="vektor_antwort", kind="other", lang="de", company="", contact="",
        frm=CANDIDATE, to=RETO, subject="Re: Inbetriebnahme Gebäudeautomation – kurzer Austausch?",
        date="2026-02-03 20:31 +0100", parent="vektor_ansprache", quote="de",
        body=f"""Guten Abend Herr Baumann,

danke für Ihre Nachricht. Ja, ein Telefonat gerne – am besten Donnerstag oder Freitag nach
16 Uhr. Zürich wäre für mich grundsätzlich interessant, Linz oder Graz aber ebenso.

Beste Grüße
{ME_SIG_DE}""",
    ),
    spec(
        id="vektor_limmat_einladung", kind="interview_invitation", lang="de",
        company="Limmat Gebäudeautomation", contact=RETO[1], frm=RETO,
        subject="Limmat Gebäudeautomation möchte Sie kennenlernen", date="2026-02-18 14:12 +0100",
        charset="iso-8859-1", cte="8bit",
        body="""Guten Tag Herr Oberhuber-Mensah

Gute Nachrichten: Unser Mandant, die Limmat Gebäudeautomation AG in Zürich-Altstetten, hat
Ihr Dossier gelesen und möchte Sie in einem Videointerview kennenlernen.

Dienstag, 24. Februar, 15:00 Uhr, mit Frau Nadine Gasser (Leiterin Inbetriebnahme) und mir.
Den Zoom-Link schicke ich Ihnen am Vortag.

Bitte bestätigen Sie mir kurz, ob das passt.

Freundliche Grüsse
Reto Baumann
Vektor Technical Search AG""",
    ),
    spec(
        id="vektor_limmat_absage", kind="rejection", lang="de",
        company="Limmat Gebäudeautomation", contact=RETO[1], frm=RETO,
        subject="Rückmeldung Limmat Gebäudeautomation", date="2026-03-09 09:30 +0100",
        parent="vektor_limmat_einladung", quote="de", charset="iso-8859-1", cte="8bit",
        body="""Guten Morgen Herr Oberhuber-Mensah

Ich habe gestern mit Frau Gasser gesprochen. Leider hat sich Limmat für einen Kandidaten
entschieden, der bereits in der Schweiz arbeitet und die SIA-Normen aus der Praxis kennt.
Sie hat das Gespräch mit Ihnen als sehr angenehm beschrieben, es war knapp.

Ich bleibe dran und melde mich, sobald ich ein passendes Mandat habe.

Freundliche Grüsse
Reto Baumann""",
    ),
    # ---- T9 Trevia Personal (Personaldienstleister, Graz), client not named
    spec(
        id="trevia_einladung", kind="interview_invitation", lang="de",
        company="Trevia Personal", contact=TREVIA[1], frm=TREVIA,
        subject="Vorstellungsgespräch in unserer Filiale Graz – Elektriker GLT", date="2026-01-21 10:02 +0100",
        layout="alt", cte="quoted-printable",
        body="""Hallo Herr Oberhuber-Mensah,

danke für Ihre Bewerbung über unsere Website! Für einen namhaften Kunden aus dem Bereich
technische Gebäudeausrüstung im Großraum Graz suchen wir einen Elektriker mit Erfahrung in
der Gebäudeleittechnik – Übernahme nach drei Monaten geplant.

Gerne lade ich Sie zu einem Vorstellungsgespräch in unsere Filiale ein:
Montag, 26. Jänner 2026, 9:00 Uhr, Annenstraße 30, 8020 Graz (2. Stock).

Bitte bringen Sie einen Lichtbildausweis und Ihre Zeugnisse mit.

Liebe Grüße
Jasmin Kollegger
Personalberaterin Technik
Trevia Personal GmbH | Filiale Graz
+43 316 555 8840""",
    ),
    spec(
        id="trevia_nicht_erschienen", kind="missed_interview_notice", lang="de",
        company="Trevia Personal", contact=TREVIA[1], frm=TREVIA,
        subject="Ihr Termin heute um 9:00 Uhr", date="2026-01-26 10:05 +0100",
        body="""Hallo Herr Oberhuber-Mensah,

wir hatten heute um 9:00 Uhr ein Vorstellungsgespräch in unserer Filiale in der Annenstraße
vereinbart. Leider sind Sie nicht erschienen, und telefonisch konnte ich Sie auch nicht
erreichen.

Falls Sie weiterhin Interesse an der Stelle haben, rufen Sie mich bitte bis Mittwoch an.

Liebe Grüße
Jasmin Kollegger
Trevia Personal | Filiale Graz""",
    ),
    spec(
        id="trevia_absage", kind="rejection", lang="de",
        company="Trevia Personal", contact=TREVIA[1], frm=TREVIA,
        subject="AW: Ihr Termin heute um 9:00 Uhr", date="2026-02-04 15:20 +0100",
        parent="trevia_nicht_erschienen", quote="outlook_de",
        body="""Hallo Herr Oberhuber-Mensah,

danke nochmal für das Gespräch letzte Woche. Leider hat sich unser Kunde nun für einen
anderen Bewerber entschieden, der kurzfristiger verfügbar ist. Für diese Stelle kann ich
Sie daher nicht mehr vorschlagen.

Ihr Profil bleibt aber in unserem Pool, ich melde mich bei passenden Angeboten.

Liebe Grüße
Jasmin Kollegger""",
    ),
]

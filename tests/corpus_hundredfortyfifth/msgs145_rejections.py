# ruff: noqa
"""Corpus 145, rejections: 31 hand-written messages (de 15, en 8, fr 4, es 4)."""

from __future__ import annotations

from msgs145_common import (
    CANDIDATE,
    ats_card,
    blockquote,
    html_doc,
    mso,
    outlook,
    outlook_html,
    paras,
    quote,
    wrote,
)
from msgs145_invites import MISSED_WOLFBACH_TEXT
from msgs145_other import THANKS_FSNL_TEXT, THANKS_QUILLON_TEXT

MESSAGES: list[dict] = []
add = MESSAGES.append

# ------------------------------------------------------------------ de (15)

_r01 = """Sehr geehrte Frau Ebner-Osei,

vielen Dank für Ihr Interesse an der Medaxis Versicherung und für die Zeit, die Sie sich
für das Gespräch am 12. März genommen haben.

Nach eingehender Prüfung aller Unterlagen haben wir uns dazu entschlossen, Ihre Bewerbung
für die Position Data Analyst Leistungscontrolling (R-10472) nicht weiter zu berücksichtigen.

Ihr Profil bleibt – Ihr Einverständnis vorausgesetzt – zwölf Monate in unserem Talentpool.
Über Ihr Kandidatenkonto können Sie diese Einwilligung jederzeit widerrufen.

Mit freundlichen Grüßen
Talent Acquisition | Medaxis Versicherung AG
Obere Donaustraße 61, 1020 Wien

Diese Nachricht wurde automatisch erzeugt. Antworten an diese Adresse werden nicht gelesen.
"""
add(dict(
    key="r01", kind="rejection", slug="medaxis_workday_formal", lang="de",
    company="Medaxis Versicherung", contact="",
    date="2026-03-20 07:02 +0000",
    frm=("Medaxis Versicherung", "medaxis@myworkday.com"),
    subject="Ihre Bewerbung: Data Analyst Leistungscontrolling (R-10472)",
    text=_r01,
    html=ats_card("Medaxis Versicherung · Karriere", "#00446a", paras(_r01),
                  "Workday · Kandidatenportal Medaxis · "
                  '<a href="https://medaxis.wd3.myworkday.com/medaxis/login">Anmelden</a>',
                  lang="de"),
    reply_of="s04",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Workday Notification")],
))

_r02 = """Sehr geehrte Frau Ebner-Osei,

ich melde mich persönlich, weil ich Sie nicht mit einer Systemnachricht abspeisen möchte.

Unsere Geschäftsführung hat vergangene Woche beschlossen, sämtliche neu geschaffenen Stellen
im Bereich Medizincontrolling bis auf Weiteres einzufrieren. Davon betroffen ist leider auch
die Position „Klinische Datenanalystin / Klinischer Datenanalyst“, für die Sie am 22.
September bei uns im Gespräch waren. Das Auswahlverfahren wird deshalb nicht fortgesetzt,
und wir werden die Stelle in diesem Jahr nicht besetzen.

Mir ist bewusst, dass das nach dem verschobenen Termin und Ihrem Einsatz besonders
ärgerlich ist. Falls die Stelle 2027 neu ausgeschrieben wird, würde ich mich freuen, Ihre
Unterlagen wieder auf dem Tisch zu haben.

Freundliche Grüße

Sabine Hartl
Personalreferentin Recruiting
Isarklinikum München gGmbH
Ismaninger Allee 14 · 81675 München
Tel. +49 89 4140 2217
"""
add(dict(
    key="r02", kind="rejection", slug="isarklinikum_role_frozen", lang="de",
    company="Isarklinikum München", contact="sabine.hartl@isarklinikum.example.de",
    date="2026-09-30 15:47 +0200",
    frm=("Isarklinikum München – Karriere", "noreply@successfactors.eu"),
    reply_to=("Sabine Hartl", "sabine.hartl@isarklinikum.example.de"),
    subject="Stand Ihres Auswahlverfahrens: Klinische Datenanalyse",
    subj_enc=("iso-8859-1", "q"),
    text=_r02, cte="base64",
    reply_of="s02",
))

_r03 = f"""Grüezi Frau Ebner-Osei

Besten Dank für Ihre Rückmeldung von gestern und die Erklärung, dass die Einladung bei Ihnen
im Spam-Ordner gelandet ist. Das kann passieren, und ich nehme es Ihnen nicht übel.

Trotzdem muss ich Ihnen leider mitteilen, dass wir das Verfahren für die Stelle
«Fachspezialistin Klinische Informatik (80-100%)» ohne Sie abschliessen werden. Das Gremium
hat in der Zwischenzeit mit den übrigen Kandidierenden gesprochen und sich bereits auf eine
Person festgelegt; ein zusätzlicher Termin ist im Zeitplan nicht mehr möglich.

Ich wünsche Ihnen für Ihre weitere Stellensuche alles Gute.

Freundliche Grüsse
Reto Ammann
HR Business Partner
Spital Wolfbach
Wolfbachstrasse 9, 8032 Zürich
Telefon +41 44 268 31 40

{wrote("de", "2026-04-29 09:35", "Reto Ammann", "reto.ammann@wolfbach-spital.example.ch")}
{quote(MISSED_WOLFBACH_TEXT)}
"""
add(dict(
    key="r03", kind="rejection", slug="wolfbach_after_missed", lang="de",
    company="Spital Wolfbach", contact="reto.ammann@wolfbach-spital.example.ch",
    date="2026-05-06 11:20 +0200",
    frm=("Reto Ammann", "reto.ammann@wolfbach-spital.example.ch"),
    subject="AW: Ihr Interview von heute, 09:00 Uhr (Fachspezialistin Klinische Informatik)",
    subj_enc=("iso-8859-1", "b"),
    text=_r03, charset="iso-8859-1", cte="quoted-printable",
    reply_of="m02",
    headers=[("Thread-Topic", "Ihr Interview von heute"), ("X-MS-Has-Attach", "")],
))

_r04 = """Liebe Frau Ebner-Osei,

danke für Ihre nette Nachricht nach dem Gespräch. Um es kurz zu machen: Wir haben uns für
eine interne Kollegin aus dem Leistungsmanagement entschieden. Das hat mit Ihrer Eignung
nichts zu tun, sondern mit der Einschulungszeit, die wir heuer schlicht nicht haben.

Alles Gute und vielleicht bis bald bei einer anderen Ausschreibung,
Ursula Kainz

--
Mag.a Ursula Kainz
Personalentwicklung | Steirerkasse
Josef-Pongratz-Platz 1, 8010 Graz
T +43 316 8035 1142
"""
add(dict(
    key="r04", kind="rejection", slug="steirerkasse_terse", lang="de",
    company="Steirerkasse", contact="ursula.kainz@steirerkasse.example.at",
    date="2026-06-12 13:58 +0200",
    frm=("Kainz Ursula", "ursula.kainz@steirerkasse.example.at"),
    subject="Re: Danke für das Gespräch am 3. Juni",
    text=_r04, charset="windows-1252", cte="8bit",
    reply_of="x06",
))

_r05 = """Hallo Frau Ebner-Osei,

ich habe heute Vormittag mit der Fachbereichsleitung bei der Alpenlicht
Krankenversicherung telefoniert. Die Rückmeldung ist leider keine gute: Nach dem
geplatzten Termin am 21. und dem Ersatzgespräch am Montag hat sich Alpenlicht für eine
Mitbewerberin mit mehrjähriger Erfahrung in der Tarifkalkulation entschieden.

Offen gesagt hat das kurze Fenster zwischen den beiden Terminen nicht geholfen. Inhaltlich
kam Ihre Stationserfahrung aber gut an, das soll ich ausdrücklich ausrichten.

Ich habe zwei weitere Mandate im Raum München, bei denen Ihr Profil passen könnte. Ich
melde mich dazu in den nächsten Tagen.

Viele Grüße
Markus Zeilinger
Senior Consultant Healthcare
Pflegeplus Personal GmbH · Landsberger Str. 88 · 80339 München
Mobil +49 171 552 90 14
"""
add(dict(
    key="r05", kind="rejection", slug="pflegeplus_relays_alpenlicht_no", lang="de",
    company="Alpenlicht Krankenversicherung", contact="m.zeilinger@pflegeplus.example.de",
    date="2026-04-28 12:31 +0200",
    frm=("Markus Zeilinger | Pflegeplus Personal", "m.zeilinger@pflegeplus.example.de"),
    subject="Rückmeldung Alpenlicht – Referentin Versorgungsdaten",
    subj_enc=("utf-8", "b"),
    text=_r05, cte="quoted-printable",
    reply_of="m04",
))

_r06_html = ats_card("Klinikum Graz-Ries · Karriereportal", "#6b8e23", """
<p>Sehr geehrte Frau Ebner-Osei,</p>
<p>wir bedanken uns für Ihre Bewerbung als <strong>Pflegeinformatikerin (m/w/d) – Stabsstelle
Digitalisierung</strong> und für Ihr Interesse am Klinikum Graz-Ries.</p>
<p>Im Laufe des Verfahrens haben wir uns auf Bewerberinnen und Bewerber konzentriert, deren
bisherige Tätigkeit noch enger an den Schwerpunkten der Stelle liegt – insbesondere an der
Einführung klinischer Dokumentationssysteme. Aus diesem Grund können wir Ihnen diesmal keine
Zusage geben.</p>
<p>Wir wünschen Ihnen für Ihren weiteren Berufsweg viel Erfolg.</p>
<p>Mit freundlichen Grüßen<br>Ihr Team Personalmanagement<br>Klinikum Graz-Ries</p>
""", 'Gesendet über softgarden · <a href="https://klinikum-ries.softgarden.io/de/privacy">'
     "Datenschutz</a> · Bitte antworten Sie nicht auf diese E-Mail.", lang="de")
add(dict(
    key="r06", kind="rejection", slug="grazries_softgarden_closer_profiles", lang="de",
    company="Klinikum Graz-Ries", contact="",
    date="2026-07-20 10:04 +0200",
    frm=("Klinikum Graz-Ries", "noreply@softgarden.io"),
    subject="Ihre Bewerbung beim Klinikum Graz-Ries",
    html=_r06_html, html_cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Softgarden-Channel", "candidate")],
))

_r07 = """Sehr geehrte Frau Ebner-Osei,

wir möchten uns für Ihre Bewerbung als Consultant Health Analytics bei der Datenwerk
Gesundheit bedanken.

Die Position konnte zwischenzeitlich mit einem Kollegen aus unserem eigenen Haus besetzt
werden, der aus dem Projektgeschäft in das Analytics-Team wechselt. Eine externe Besetzung
ist damit nicht mehr vorgesehen, sodass wir Ihre Kandidatur an dieser Stelle schließen.

Ihre Unterlagen werden gemäß unserer Datenschutzerklärung nach sechs Monaten gelöscht.

Beste Grüße
Ihr People-Team
Datenwerk Gesundheit GmbH
"""
add(dict(
    key="r07", kind="rejection", slug="datenwerk_filled_internally", lang="de",
    company="Datenwerk Gesundheit", contact="",
    date="2026-10-06 09:15 +0200",
    frm=("Datenwerk Gesundheit GmbH", "noreply@personio.de"),
    subject="Update zu Ihrer Bewerbung – Consultant Health Analytics",
    text=_r07,
    html=html_doc(paras(_r07) + '\n<p style="font-size:11px;color:#999">Powered by Personio'
                  "</p>"),
    headers=[("Auto-Submitted", "auto-generated")],
))

_r08 = """Sehr geehrte Frau DGKP Ebner-Osei,

im Anhang übermitteln wir Ihnen das Ergebnis des Auswahlverfahrens zur Planstelle
GDÖ-2026-07 „Referentin/Referent Gesundheitsberichterstattung“.

Wir ersuchen um Verständnis, dass wir Ihre Bewerbung nicht berücksichtigen konnten. Die
Reihung der Kommission finden Sie im beiliegenden Schreiben.

Mit freundlichen Grüßen

Mag. Elisabeth Pichler
Personalabteilung
Gesundheitsdatenstelle Österreich
Stubenring 6, 1010 Wien
T +43 1 711 72 4305

Diese E-Mail und allfällige Anhänge sind vertraulich und ausschließlich für den
bezeichneten Adressaten bestimmt. Sollten Sie nicht der richtige Adressat sein, ersuchen
wir Sie, den Absender zu verständigen und die Nachricht zu löschen.
"""
add(dict(
    key="r08", kind="rejection", slug="gdoe_letter_pdf", lang="de",
    company="Gesundheitsdatenstelle Österreich", contact="elisabeth.pichler@gdoe.example.at",
    date="2026-04-09 14:40 +0200",
    frm=("Pichler Elisabeth", "elisabeth.pichler@gdoe.example.at"),
    subject="Planstelle GDÖ-2026-07: Ergebnis des Auswahlverfahrens",
    subj_enc=("iso-8859-1", "b"),
    text=_r08, charset="windows-1252", cte="quoted-printable",
    html=outlook_html(mso(_r08)), html_charset="windows-1252",
    pdfs=[("GDOE-2026-07_Verstaendigung.pdf", "Verständigung Auswahlverfahren", [
        "Gesundheitsdatenstelle Österreich - Personalabteilung",
        "GZ GDÖ-2026-07/PA/114",
        "",
        "Frau DGKP Katharina Ebner-Osei",
        "",
        "Betrifft: Auswahlverfahren Referent/in Gesundheitsberichterstattung",
        "",
        "Die Kommission hat nach Abschluss der Hearings eine Reihung vorgenommen.",
        "Sie wurden nicht für die Besetzung vorgeschlagen; die Planstelle wird",
        "mit einer anderen Bewerberin besetzt. Ihre Unterlagen werden nach Ablauf",
        "der gesetzlichen Frist vernichtet.",
        "",
        "Wien, am 9. April 2026",
    ])],
    reply_of="s06",
))

_r09 = """Hey Katharina,

kurz und ehrlich, weil du dir nach dem zweiten Call eine schnelle Antwort verdient hast: Wir
gehen für die Rolle „Clinical Data Analyst“ mit jemandem weiter, der schon zwei Jahre
SQL/dbt in Produktion hinter sich hat. Dein klinischer Blick war im Gespräch echt stark –
für unser kleines Team, das ab Tag eins Pipelines bauen muss, ist es diesmal aber nicht
das richtige Match.

Wenn du magst, schick ich dir ein paar Punkte, woran du für technische Interviews noch
feilen könntest. Einfach antworten.

Liebe Grüße aus der Au
Jonas

Jonas Riedl · Talent & People · Medicoda
medicoda.example.de · Lilienstraße 40, 81669 München
"""
add(dict(
    key="r09", kind="rejection", slug="medicoda_casual_no", lang="de",
    company="Medicoda", contact="jonas.riedl@medicoda.example.de",
    date="2026-02-05 17:44 +0100",
    frm=("Jonas Riedl", "jonas.riedl@medicoda.example.de"),
    subject="Medicoda x Katharina – unser Feedback",
    text=_r09, cte="quoted-printable",
    html=html_doc(paras(_r09)),
    reply_of="i03",
))

_r10 = """Guten Tag Frau Ebner-Osei,

die Stelle „Junior Data Analyst Pharmakovigilanz“, auf die Sie sich im Februar beworben
haben, wird nicht mehr ausgeschrieben. Das zugehörige Projekt wurde im Zuge der
Budgetplanung für 2026 gestrichen.

Wir haben die Ausschreibung deshalb geschlossen und das Verfahren für alle Bewerbenden
beendet. Bitte sehen Sie diese Nachricht nicht als Bewertung Ihrer Qualifikation.

Freundliche Grüße
Talent Acquisition
Pharmavera GmbH, Graz
"""
add(dict(
    key="r10", kind="rejection", slug="pharmavera_role_cancelled", lang="de",
    company="Pharmavera", contact="",
    date="2026-03-25 08:30 +0000",
    frm=("Pharmavera", "noreply@smartrecruiters.com"),
    subject="Junior Data Analyst Pharmakovigilanz – Ausschreibung geschlossen",
    subj_enc=("utf-8", "q"),
    text=_r10, cte="base64",
    html=ats_card("Pharmavera", "#7a1f5c", paras(_r10),
                  "SmartRecruiters · Sie erhalten diese E-Mail, weil Sie sich bei "
                  "Pharmavera beworben haben.", lang="de"),
    reply_of="a07",
    headers=[("Auto-Submitted", "auto-generated")],
))

_r11 = """Liebe Frau Ebner-Osei

Ich habe lange auf eine Rückmeldung meines Mandanten gewartet und wollte Sie nicht länger
hinhalten. Heute kam sie nun: Das Unternehmen (Sie erinnern sich, der Krankenversicherer am
Zürichsee, dessen Namen ich vertraulich behandeln muss) verzichtet darauf, Sie zum
Zweitgespräch einzuladen. Sie suchen jemanden, der neben Datenanalyse auch Aktuariats-
erfahrung mitbringt; das war im Briefing so nicht zu erkennen, sorry.

Für mich ist das kein Grund, Sie nicht weiter vorzuschlagen. Ich habe Ihr Dossier bereits
bei einem anderen Kunden im Gespräch und melde mich, sobald ich mehr weiss.

Herzliche Grüsse
Seraina Caduff
Partnerin | Alpine Talent Partners AG
Löwenstrasse 29 | 8001 Zürich
+41 44 552 18 70
"""
add(dict(
    key="r11", kind="rejection", slug="alpinetalent_unnamed_client", lang="de",
    company="Alpine Talent Partners", contact="seraina.caduff@alpinetalent.example.ch",
    date="2026-10-08 16:22 +0200",
    frm=("Seraina Caduff", "seraina.caduff@alpinetalent.example.ch"),
    subject="Rückmeldung unseres Mandanten (Versicherer Zürichsee)",
    subj_enc=("iso-8859-1", "q"),
    text=_r11, charset="iso-8859-1", cte="8bit",
))

_r12_quoted = """Sehr geehrte Frau Hofbauer,

anbei sende ich Ihnen meine Bewerbung als Qualitätsmanagerin mit Schwerpunkt
Datenauswertung. Nach neun Jahren auf einer internistischen Station möchte ich meine
Erfahrung in die Auswertung von Pflege- und Therapiedaten einbringen.

Über die Einladung zu einem Vorstellungsgespräch würde ich mich sehr freuen; ich bin
kurzfristig verfügbar.

Mit freundlichen Grüßen
Katharina Ebner-Osei"""
_r12 = f"""Sehr geehrte Frau Ebner-Osei,

herzlichen Dank für Ihre Bewerbung. Leider müssen wir Ihnen mitteilen, dass wir die Stelle
bereits vor Eingang Ihrer Unterlagen vergeben haben.

Mit freundlichen Grüßen
Gabriele Hofbauer
Personalverrechnung & Recruiting
Rehazentrum Wienerwald · Hauptstraße 112 · 3002 Purkersdorf
Tel. +43 2231 640 20

{outlook("de", "2026-01-16 21:48", CANDIDATE, "Hofbauer Gabriele <g.hofbauer@reha-wienerwald.example.at>", "Bewerbung Qualitätsmanagerin Datenauswertung")}

{_r12_quoted}
"""
add(dict(
    key="r12", kind="rejection", slug="reha_wienerwald_outlook_reply", lang="de",
    company="Rehazentrum Wienerwald", contact="g.hofbauer@reha-wienerwald.example.at",
    date="2026-01-20 08:12 +0100",
    frm=("Hofbauer Gabriele", "g.hofbauer@reha-wienerwald.example.at"),
    subject="AW: Bewerbung Qualitätsmanagerin Datenauswertung",
    text=_r12, cte="quoted-printable",
    html=outlook_html(mso(_r12)),
    headers=[("Thread-Topic", "Bewerbung Qualitätsmanagerin Datenauswertung"),
             ("X-MS-Exchange-Organization-AuthAs", "Internal")],
))

_r13 = """Sehr geehrte Frau Ebner-Osei,

vielen Dank, dass Sie sich der Case-Study gestellt haben. Ihre Präsentation zur
Verweildaueranalyse war klar strukturiert, und das Team hat Ihre Praxisnähe gelobt.

Wir haben die Ergebnisse aller Runden intensiv besprochen. Am Ende fiel die Wahl auf eine
Kandidatin mit Beratungserfahrung bei Kostenträgern; für Sie wird es daher kein
Folgegespräch geben. Gern gebe ich Ihnen in einem kurzen Telefonat ausführlicheres Feedback
– schlagen Sie mir einfach zwei Zeitfenster vor.

Mit besten Grüßen

Dr. Carolin Weiß
Principal | Healthcare Analytics
HealthBridge Consulting GmbH
Maximiliansplatz 12, 80333 München
T +49 89 2154 7730 | carolin.weiss@healthbridge.example.de

HealthBridge Consulting GmbH · Sitz München · Registergericht München HRB 238 114
Geschäftsführer: Dr. Stefan Kugler, Annette Rothmund
Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie
nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren
Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie
die unbefugte Weitergabe dieser Mail sind nicht gestattet.
"""
add(dict(
    key="r13", kind="rejection", slug="healthbridge_after_case_disclaimer", lang="de",
    company="HealthBridge Consulting", contact="carolin.weiss@healthbridge.example.de",
    date="2026-05-22 18:06 +0200",
    frm=("Dr. Carolin Weiß", "carolin.weiss@healthbridge.example.de"),
    name_enc=("iso-8859-1", "q"),
    subject="Ihre Case-Study bei HealthBridge",
    text=_r13, cte="quoted-printable",
    reply_of="i13",
))

_r14 = """Grüezi Frau Ebner-Osei

Wir danken Ihnen für Ihr Dossier und das Interesse an der Krankenkasse Fluhmatt.

Im Rahmen einer Reorganisation des Bereichs Leistungen werden die Aufgaben der
ausgeschriebenen Funktion «Datenanalystin Leistungscontrolling» auf bestehende Teams
verteilt. Die Stelle wird folglich nicht besetzt, und wir haben das Rekrutierungsverfahren
eingestellt. Ihr Dossier löschen wir gemäss unseren Datenschutzbestimmungen.

Wir bedauern, Ihnen keinen positiven Bescheid geben zu können.

Freundliche Grüsse
Nadja Bürgi
Recruiting & Employer Branding
Krankenkasse Fluhmatt
Fluhmattweg 3, 8004 Zürich
"""
add(dict(
    key="r14", kind="rejection", slug="fluhmatt_reorg", lang="de",
    company="Krankenkasse Fluhmatt", contact="nadja.buergi@fluhmatt.example.ch",
    date="2026-07-02 10:51 +0200",
    frm=("Nadja Bürgi", "nadja.buergi@fluhmatt.example.ch"),
    name_enc=("iso-8859-1", "b"),
    subject="Ihre Bewerbung als Datenanalystin Leistungscontrolling",
    html=outlook_html(mso(_r14), lang="de-CH"), html_cte="base64",
    text=_r14, cte="quoted-printable",
    reply_of="a10",
))

_r15 = """Sehr geehrte Frau Ebner-Osei,

nachdem unser Termin Anfang Oktober kurzfristig entfallen musste, hatte ich Ihnen
versprochen, mich mit einem neuen Vorschlag zu melden. Inzwischen hat sich die Lage
geändert: Die Klinikleitung hat entschieden, die Position Data Steward Pflege mit einer
Kollegin aus der Pflegedirektion zu besetzen, die das Projekt bereits seit dem Sommer
kommissarisch begleitet.

Einen neuen Gesprächstermin wird es daher nicht geben. Ich bedaure das sehr und danke
Ihnen für Ihre Geduld.

Mit freundlichen Grüßen
Thomas Eder
Leitung Personalgewinnung
Sonnberg Kliniken München
"""
add(dict(
    key="r15", kind="rejection", slug="sonnberg_base64_outlook", lang="de",
    company="Sonnberg Kliniken", contact="thomas.eder@sonnberg-kliniken.example.de",
    date="2026-10-14 09:03 +0200",
    frm=("Eder, Thomas", "thomas.eder@sonnberg-kliniken.example.de"),
    subject="Data Steward Pflege: keine Fortsetzung",
    subj_enc=("iso-8859-1", "b"),
    text=_r15, cte="base64",
    html=outlook_html(mso(_r15)), html_cte="base64",
    reply_of="s08",
))

# ------------------------------------------------------------------ en (8)

_r16 = f"""Hi Katharina,

Thank you for your kind note after the panel, and for the time you put into the take-home.

I'm sorry to tell you that we won't be moving forward with your application for the Clinical
Data Analyst role. The panel felt your clinical insight was a real strength, but we need
someone who can own our NHS data-access requests end to end from week one, and other
candidates had more hands-on experience with that.

I hope our paths cross again.

Best,
Priya

Priya Nandakumar | Talent Partner | Quillon Health
2 Leman Street, London E1 8FA

{wrote("en", "2026-03-03 19:26", "Katharina Ebner-Osei", "katharina.eo@example.at")}
{quote(THANKS_QUILLON_TEXT)}
"""
add(dict(
    key="r16", kind="rejection", slug="quillon_quotes_thank_you", lang="en",
    company="Quillon Health", contact="priya.nandakumar@quillonhealth.example.co.uk",
    date="2026-03-12 16:05 +0000",
    frm=("Priya Nandakumar via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Priya Nandakumar", "priya.nandakumar@quillonhealth.example.co.uk"),
    subject="Re: Thank you – Clinical Data Analyst panel",
    text=_r16,
    html=html_doc(paras(_r16.split("\nOn ")[0]) + "\n" + blockquote(paras(THANKS_QUILLON_TEXT)),
                  lang="en"),
    reply_of="x29",
))

_r17_html = ats_card("Brightwell Insurance Careers", "#1d3557", """
<p>Dear Katharina,</p>
<p>Thank you for applying for the <b>Health Claims Data Analyst</b> position (Req 26-0418)
at Brightwell Insurance.</p>
<p>We have now reviewed your application alongside a large number of others. While your
background is interesting, we have decided to progress with applicants whose experience
aligns more directly with the requirements of this particular role.</p>
<p>Please don't let this discourage you from applying for future vacancies; new roles are
published on our careers site every week.</p>
<p>Kind regards,<br>Talent Acquisition Team<br>Brightwell Insurance plc</p>
""", "This email was sent by Brightwell Insurance via iCIMS. Please do not reply to this "
     "message.", lang="en")
add(dict(
    key="r17", kind="rejection", slug="brightwell_icims_formal", lang="en",
    company="Brightwell Insurance", contact="",
    date="2026-04-24 06:15 -0400",
    frm=("Brightwell Insurance", "brightwell@icims.com"),
    subject="Update on your application – Health Claims Data Analyst (Req 26-0418)",
    html=_r17_html, html_cte="quoted-printable",
    reply_of="a12",
    headers=[("Auto-Submitted", "auto-generated")],
))

_r18 = """Hi Katharina,

Just a quick one, I'm afraid it's not the news we were hoping for.

I spoke to my client this morning. After the mix-up with the call last week they did manage
to speak to you on Friday, but they've decided to go with another candidate who has
Epic reporting experience. They asked me to pass on their thanks.

Don't be disheartened, there's plenty happening in the market and I'll keep you in mind
for the next digital health brief that comes in.

Cheers,
Tom

Tom Ashworth
Principal Consultant, Health & Life Sciences
Clearpath Recruitment Ltd
07700 914 362 | 20 Eastcheap, London EC3M 1EB
"""
add(dict(
    key="r18", kind="rejection", slug="clearpath_unnamed_client_no", lang="en",
    company="Clearpath Recruitment", contact="tom.ashworth@clearpath-rec.example.co.uk",
    date="2026-02-24 11:48 +0000",
    frm=("Tom Ashworth", "tom.ashworth@clearpath-rec.example.co.uk"),
    subject="Feedback from the client",
    text=_r18, cte="7bit",
    reply_of="m07",
))

_r19 = """Katharina,

Apologies for the silence since the panel was stood down. The Trust has now paused all
non-clinical recruitment until the new financial plan is signed off, and the Informatics
Analyst (Band 6) post is included. We will not be taking the process any further.

If the post is re-advertised I'll drop you a line.

Aisha

Aisha Rahman
Recruitment Lead, Digital Services
Northgate Health
Northgate House, 40 Holloway Road, London N7 8JL

This email and any files transmitted with it are confidential and intended solely for the
use of the individual or entity to whom they are addressed. If you have received this email
in error please notify the sender and delete it. Northgate Health accepts no liability for
any damage caused by any virus transmitted by this email.
"""
add(dict(
    key="r19", kind="rejection", slug="northgate_paused_terse", lang="en",
    company="Northgate Health", contact="aisha.rahman@northgate-health.example.co.uk",
    date="2026-05-11 09:37 +0100",
    frm=("Rahman Aisha", "aisha.rahman@northgate-health.example.co.uk"),
    subject="Informatics Analyst (Band 6)",
    text=_r19, charset="windows-1252", cte="quoted-printable",
    reply_of="s10",
))

_r20 = """Hello Katharina,

Following our recent conversations about the Junior Health Economics Analyst role, I wanted
to let you know where things stand. We have now completed the process and, on balance, we
are offering the role to someone else.

Thank you for your interest in Ashgrove Analytics. We'll keep your details on file for six
months unless you ask us to remove them.

Best wishes,
Hannah Lowe
People Operations, Ashgrove Analytics
"""
add(dict(
    key="r20", kind="rejection", slug="ashgrove_bamboohr", lang="en",
    company="Ashgrove Analytics", contact="hannah.lowe@ashgrove-analytics.example.co.uk",
    date="2026-07-21 14:02 +0100",
    frm=("Ashgrove Analytics", "notifications@bamboohr.com"),
    reply_to=("Hannah Lowe", "hannah.lowe@ashgrove-analytics.example.co.uk"),
    subject="Junior Health Economics Analyst at Ashgrove Analytics",
    text=_r20,
    html=ats_card("Ashgrove Analytics", "#2a9d8f", paras(_r20),
                  "Sent via BambooHR Applicant Tracking", lang="en"),
    reply_of="m06",
))

_r21 = """Hi Katharina,

Not going to sugar-coat this one: we're not taking you through to the final stage. You did
well on the data exercise, but the group discussion showed you'd be learning
pharmacovigilance from scratch and we can't carry that in the first year.

Genuinely enjoyed meeting you, and good luck out there.

Dan

--
Dan Okafor
Head of Safety Analytics, Kestrel Pharma
+44 20 7946 0318
"""
add(dict(
    key="r21", kind="rejection", slug="kestrel_casual_after_assessment", lang="en",
    company="Kestrel Pharma", contact="dan.okafor@kestrel-pharma.example.co.uk",
    date="2026-06-26 18:40 +0100",
    frm=("Dan Okafor", "dan.okafor@kestrel-pharma.example.co.uk"),
    subject="After Tuesday",
    text=_r21, cte="7bit",
    reply_of="i17",
))

_r22_html = ats_card("Vireo Health Analytics", "#5a189a", """
<p>Hi Katharina,</p>
<p>Thanks for your patience while we reviewed applications for the <b>Data Quality
Specialist (Clinical)</b> position in Barcelona.</p>
<p>We received over 300 applications and have now filled the role. We're sorry that this
time it's not good news for you.</p>
<p>We'd love to stay in touch: you can follow our open roles on our careers page.</p>
<p>All the best,<br>The Vireo hiring team</p>
""", "Vireo Health Analytics S.L. · Carrer de Pujades 77, 08005 Barcelona · "
     "Sent with Recruitee", lang="en")
add(dict(
    key="r22", kind="rejection", slug="vireo_recruitee_filled", lang="en",
    company="Vireo Health Analytics", contact="",
    date="2026-06-05 12:00 +0200",
    frm=("Vireo Health Analytics", "vireo@jobs.recruitee.com"),
    subject="Your application for Data Quality Specialist (Clinical)",
    html=_r22_html, html_cte="base64",
    reply_of="a14",
    headers=[("Auto-Submitted", "auto-generated")],
))

_r23 = """Dear Katharina,

Thank you for attending the assessment day on 14 September for the post of Public Health
Intelligence Analyst.

I am writing to let you know that on this occasion you have not been successful. The panel
scored candidates against the person specification, and your scores for the statistical
exercise were below the threshold we had set.

Some feedback that I hope is useful:

  - Your presentation on the falls-prevention audit was the strongest of the day.
  - In the written exercise, confidence intervals were reported without interpretation.
  - The panel would have liked to hear more about how you would work with local authority
    data teams.

Thank you again for your interest in the Observatory.

Yours sincerely,

Gareth Pryce
HR Officer
Thameside Public Health Observatory
Riverside House, 2 Tooley Street, London SE1 2PF
"""
add(dict(
    key="r23", kind="rejection", slug="thameside_feedback", lang="en",
    company="Thameside Public Health Observatory",
    contact="gareth.pryce@thameside-pho.example.org.uk",
    date="2026-09-21 15:12 +0100",
    frm=("Pryce, Gareth", "gareth.pryce@thameside-pho.example.org.uk"),
    subject="Public Health Intelligence Analyst – outcome",
    subj_enc=("utf-8", "b"),
    text=_r23, cte="quoted-printable",
    html=outlook_html(mso(_r23), lang="en-GB"),
    reply_of="a15",
))

# ------------------------------------------------------------------ fr (4)

_r24 = """Madame,

Je reviens vers vous comme promis après l'annulation de notre entretien du 14 mai.

La direction des soins a finalement décidé de confier le poste d'infirmière référente
données cliniques à une collaboratrice du service de cardiologie, qui occupait déjà cette
mission par intérim. Le recrutement externe est donc clos, et nous ne pourrons pas donner
suite à votre candidature.

Je vous remercie sincèrement pour votre disponibilité et vous souhaite une belle suite dans
votre reconversion.

Bien cordialement,

Claire Vasseur
Chargée de recrutement
Clinique Saint-Irénée
12 montée Saint-Barthélemy, 69005 Lyon
04 72 10 48 36
"""
add(dict(
    key="r24", kind="rejection", slug="stirenee_internal_candidate", lang="fr",
    company="Clinique Saint-Irénée", contact="c.vasseur@clinique-st-irenee.example.fr",
    date="2026-06-02 10:26 +0200",
    frm=("Claire Vasseur", "c.vasseur@clinique-st-irenee.example.fr"),
    subject="Votre candidature (infirmière référente données cliniques)",
    subj_enc=("iso-8859-1", "q"),
    text=_r24, charset="iso-8859-1", cte="quoted-printable",
    reply_of="s12",
))

_r25_html = ats_card("Mutuelle Confluence – Recrutement", "#c1121f", """
<p>Bonjour Katharina,</p>
<p>Nous vous remercions pour l'intérêt que vous portez à Mutuelle Confluence et pour le temps
consacré à notre processus de recrutement pour le poste de <b>Data analyst prestations
santé (CDI)</b>.</p>
<p>Après examen attentif, nous sommes au regret de vous informer que votre profil n'a pas été
retenu pour la suite du processus.</p>
<p>Nous conservons vos coordonnées et ne manquerons pas de revenir vers vous si une
opportunité correspondant à votre parcours se présentait.</p>
<p>Cordialement,<br>L'équipe Talents<br>Mutuelle Confluence</p>
""", "Envoyé via Recruitee · Merci de ne pas répondre à ce message.", lang="fr")
add(dict(
    key="r25", kind="rejection", slug="confluence_recruitee_formal", lang="fr",
    company="Mutuelle Confluence", contact="",
    date="2026-02-19 09:00 +0100",
    frm=("Mutuelle Confluence", "mutuelle-confluence@jobs.recruitee.com"),
    subject="Votre candidature chez Mutuelle Confluence",
    html=_r25_html, html_cte="quoted-printable",
    reply_of="m08",
    headers=[("Auto-Submitted", "auto-generated")],
))

_r26 = """Bonjour Katharina,

J'ai eu le retour de Datasanté Conseil hier soir. Malgré le deuxième échange avec Antoine
Giraud, ils ont choisi un consultant qui sort d'une mission similaire en ARS. Ils ne
donneront donc pas suite pour le poste de consultante data santé.

Je sais que le premier rendez-vous manqué vous avait inquiétée : ce n'est pas la raison
qu'ils m'ont donnée. Le point bloquant, c'est l'expérience en conseil.

On s'appelle la semaine prochaine pour faire le point sur les autres pistes ?

Camille

Camille Roux
Consultante senior – Santé & Digital
Talentis Santé
27 quai Jean Moulin, 69002 Lyon
06 12 48 90 33
"""
add(dict(
    key="r26", kind="rejection", slug="talentis_relays_datasante_no", lang="fr",
    company="Datasanté Conseil", contact="camille.roux@talentis-sante.example.fr",
    date="2026-04-17 08:52 +0200",
    frm=("Camille Roux – Talentis Santé", "camille.roux@talentis-sante.example.fr"),
    subject="Retour de Datasanté Conseil",
    subj_enc=("utf-8", "b"),
    text=_r26, cte="8bit",
    reply_of="m09",
))

_r27 = f"""Chère Madame Ebner-Osei,

Merci pour votre message très aimable après notre entretien.

Le comité a délibéré hier. Nous avons retenu une autre candidature, dont le parcours en
épidémiologie correspondait davantage aux besoins immédiats de l'équipe. Je tiens à
souligner que votre regard de soignante a beaucoup plu au panel, et je serais heureuse de
vous recommander si un poste plus orienté terrain venait à s'ouvrir à la Fondation.

Avec mes meilleures salutations,

Dr Anne-Laure Favre
Responsable Données & Évaluation
Fondation Santé Numérique Léman
Rue de Lausanne 64, 1202 Genève
+41 22 718 44 02

{wrote("fr", "2026-06-24 18:02", "Katharina Ebner-Osei", "katharina.eo@example.at")}
{quote(THANKS_FSNL_TEXT)}
"""
add(dict(
    key="r27", kind="rejection", slug="fsnl_quotes_thank_you", lang="fr",
    company="Fondation Santé Numérique Léman", contact="al.favre@fsnl.example.ch",
    date="2026-07-03 14:18 +0200",
    frm=("Anne-Laure Favre", "al.favre@fsnl.example.ch"),
    subject="Re: Merci pour l'entretien du 24 juin",
    text=_r27, cte="quoted-printable",
    reply_of="x43",
))

# ------------------------------------------------------------------ es (4)

_r28_html = ats_card("Sanitalia Seguros · Empleo", "#0077b6", """
<p>Hola, Katharina:</p>
<p>Te agradecemos el tiempo que has dedicado a tu candidatura para el puesto de
<b>Analista de Datos de Siniestralidad Sanitaria</b>.</p>
<p>Tras valorar todos los perfiles, hemos decidido seguir adelante con otras personas cuya
trayectoria se ajusta mejor a lo que buscamos en este momento. Sabemos que no es la
respuesta que esperabas.</p>
<p>Guardaremos tu CV durante un año por si surge una vacante adecuada.</p>
<p>Un saludo,<br>Equipo de Personas · Sanitalia Seguros</p>
""", "Enviado con Workable · Por favor, no respondas a este correo.", lang="es")
add(dict(
    key="r28", kind="rejection", slug="sanitalia_workable_formal", lang="es",
    company="Sanitalia Seguros", contact="",
    date="2026-03-30 10:10 +0200",
    frm=("Sanitalia Seguros", "noreply@workablemail.com"),
    subject="Tu candidatura en Sanitalia Seguros",
    html=_r28_html, html_cte="quoted-printable",
    reply_of="m10",
    headers=[("Auto-Submitted", "auto-generated")],
))

_r29 = """Katharina, buenas tardes:

Gracias por venir el lunes. Lo hemos comentado con dirección de enfermería y al final no
vamos a contar contigo para la plaza de enfermera de sistemas de información; buscamos a
alguien con catalán fluido para la formación de los equipos y eso ha pesado mucho.

Mucha suerte.

Jordi Casals
Director de Sistemas de Información
Clínica Montjuïc Salut
"""
add(dict(
    key="r29", kind="rejection", slug="montjuic_terse_catalan", lang="es",
    company="Clínica Montjuïc Salut", contact="jordi.casals@montjuic-salut.example.es",
    date="2026-03-18 17:25 +0100",
    frm=("Jordi Casals", "jordi.casals@montjuic-salut.example.es"),
    subject="Plaza enfermera de sistemas",
    text=_r29, charset="iso-8859-1", cte="8bit",
    reply_of="s15",
))

_r30 = """Hola Katharina:

Te escribo con la respuesta de Farmacéutica Llobregat sobre el puesto de analista de datos
de farmacovigilancia. Me han dicho que prefieren cerrar el proceso con un perfil que ya haya
trabajado con bases de datos de notificación de sospechas de reacciones adversas, así que no
te van a llamar para la segunda entrevista.

A mí me consta que la primera conversación fue bien, y así se lo he hecho saber. Seguimos
buscando: tengo un par de procesos en hospitales que te pueden encajar.

Un abrazo,

Andrés Villalba
Consultor Senior · Talento Sanitario
Passeig de Gràcia 54, 08007 Barcelona
+34 933 02 71 88
"""
add(dict(
    key="r30", kind="rejection", slug="talentosanitario_relays_llobregat", lang="es",
    company="Farmacéutica Llobregat", contact="andres.villalba@talentosanitario.example.es",
    date="2026-05-05 13:14 +0200",
    frm=("Andrés Villalba", "andres.villalba@talentosanitario.example.es"),
    name_enc=("iso-8859-1", "b"),
    subject="Respuesta de Farmacéutica Llobregat",
    subj_enc=("iso-8859-1", "q"),
    text=_r30, cte="quoted-printable",
    reply_of="i26",
))

_r31 = """Estimada Sra. Ebner-Osei:

Le escribimos en relación con el proceso de selección para el puesto de Técnica de Análisis
de Datos Asistenciales (ref. HC-2026-031).

La Gerencia ha comunicado la congelación de las nuevas contrataciones de estructura hasta el
próximo ejercicio presupuestario. Por este motivo, el proceso queda suspendido sin
adjudicación y su candidatura no podrá seguir adelante.

Agradecemos su interés en el Hospital de Collserola.

Atentamente,

Rosa Martí
Unidad de Selección
Hospital de Collserola
Carretera de l'Arrabassada, km 3 · 08035 Barcelona
"""
add(dict(
    key="r31", kind="rejection", slug="collserola_budget_freeze", lang="es",
    company="Hospital de Collserola", contact="rosa.marti@collserola.example.es",
    date="2026-09-15 12:45 +0200",
    frm=("Rosa Martí", "rosa.marti@collserola.example.es"),
    subject="Proceso HC-2026-031 – comunicación",
    subj_enc=("utf-8", "b"),
    text=_r31, cte="quoted-printable",
    html=html_doc(paras(_r31), lang="es"),
))

# ruff: noqa
"""Corpus 145, acknowledgements and offers: 21 application_received (de 10, en 5, fr 3, es 3)
and 10 offers (de 5, en 2, fr 1, es 2)."""

from __future__ import annotations

from msgs145_common import (
    ats_card,
    html_doc,
    mso,
    outlook_html,
    paras,
)

MESSAGES: list[dict] = []
add = MESSAGES.append

# ================================================================== application_received

# ------------------------------------------------------------------ de (10)

_a01 = """Sehr geehrte Frau Ebner-Osei,

vielen Dank für Ihre Bewerbung als Data Analyst Leistungscontrolling (R-10472) bei der
Medaxis Versicherung. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wie geht es weiter? Unser Recruiting-Team sichtet alle Bewerbungen gemeinsam mit dem
Fachbereich. Den aktuellen Status können Sie jederzeit in Ihrem Kandidatenkonto einsehen.

Mit freundlichen Grüßen
Talent Acquisition | Medaxis Versicherung AG

Diese Nachricht wurde automatisch erzeugt. Bitte antworten Sie nicht darauf.
"""
add(dict(
    key="a01", kind="application_received", slug="medaxis_workday_ack", lang="de",
    company="Medaxis Versicherung", contact="",
    date="2026-02-16 20:41 +0000",
    frm=("Medaxis Versicherung", "medaxis@myworkday.com"),
    subject="Eingangsbestätigung Ihrer Bewerbung – R-10472",
    text=_a01,
    html=ats_card("Medaxis Versicherung · Karriere", "#00446a", paras(_a01),
                  "Workday · Kandidatenportal Medaxis", lang="de"),
    headers=[("Auto-Submitted", "auto-generated")],
))

_a02 = """Hallo Katharina,

danke, dass du dich bei Medicoda als Clinical Data Analyst beworben hast! Wir haben deine
Unterlagen erhalten und melden uns, sobald sich das Team deine Bewerbung angesehen hat –
das dauert meistens ein bis zwei Wochen.

In der Zwischenzeit kannst du auf unserem Blog nachlesen, woran wir gerade bauen:
https://medicoda.example.de/blog

Viele Grüße
Das Medicoda-Team
"""
add(dict(
    key="a02", kind="application_received", slug="medicoda_lever_ack", lang="de",
    company="Medicoda", contact="",
    date="2026-01-12 07:55 +0000",
    frm=("Medicoda", "no-reply@hire.lever.co"),
    subject="Danke für deine Bewerbung bei Medicoda",
    text=_a02,
    html=html_doc(paras(_a02) + '\n<p style="color:#aaa;font-size:11px">Sent with Lever</p>'),
    headers=[("Auto-Submitted", "auto-generated")],
))

_a03 = ats_card("Klinikum Graz-Ries · Karriereportal", "#6b8e23", """
<p>Sehr geehrte Frau Ebner-Osei,</p>
<p>herzlichen Dank für Ihre Bewerbung als <strong>Pflegeinformatikerin (m/w/d) – Stabsstelle
Digitalisierung</strong>. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.</p>
<p>Aufgrund der großen Zahl an Bewerbungen ist es uns leider nicht möglich, jeder Bewerberin
und jedem Bewerber individuell zum Stand des Verfahrens zu antworten. Wir bitten Sie daher,
von Rückfragen abzusehen. Sobald die Sichtung abgeschlossen ist, hören Sie von uns.</p>
<p>Mit freundlichen Grüßen<br>Personalmanagement<br>Klinikum Graz-Ries</p>
""", "Gesendet über softgarden · Bitte antworten Sie nicht auf diese E-Mail.", lang="de")
add(dict(
    key="a03", kind="application_received", slug="grazries_no_individual_replies", lang="de",
    company="Klinikum Graz-Ries", contact="",
    date="2026-06-22 21:07 +0200",
    frm=("Klinikum Graz-Ries", "noreply@softgarden.io"),
    subject="Ihre Bewerbung ist bei uns eingegangen",
    html=_a03, html_cte="base64",
    headers=[("Auto-Submitted", "auto-generated")],
))

_a04 = """Hallo Frau Ebner-Osei,

schön, dass Sie sich bei Pflegeplus Personal registriert haben! Ihr Profil ist jetzt in
unserem System angelegt, und ich bin Ihr persönlicher Ansprechpartner.

Was passiert als Nächstes?
1. Ich gleiche Ihr Profil mit unseren offenen Mandaten im Raum München ab.
2. Bevor ich Ihre Unterlagen an einen Kunden weitergebe, frage ich Sie immer vorher.
3. Für Sie ist unser Service selbstverständlich kostenlos.

Bitte schicken Sie mir noch Ihr Diplom und die Anerkennung durch die bayerische Behörde
(falls schon vorhanden) als PDF.

Viele Grüße
Markus Zeilinger
Senior Consultant Healthcare
Pflegeplus Personal GmbH · Landsberger Str. 88 · 80339 München
"""
add(dict(
    key="a04", kind="application_received", slug="pflegeplus_registration", lang="de",
    company="Pflegeplus Personal", contact="m.zeilinger@pflegeplus.example.de",
    date="2026-04-07 10:02 +0200",
    frm=("Markus Zeilinger | Pflegeplus Personal", "m.zeilinger@pflegeplus.example.de"),
    subject="Willkommen bei Pflegeplus – Ihre Registrierung",
    text=_a04, cte="quoted-printable",
    html=outlook_html(mso(_a04)),
))

_a05 = """Liebe Frau Ebner-Osei

Vielen Dank für die Registrierung bei Alpine Talent Partners. Ihr Dossier (Lebenslauf,
Diplome, Arbeitszeugnisse) ist vollständig bei uns eingegangen.

Seraina Caduff betreut Sie als persönliche Beraterin und meldet sich innert drei
Arbeitstagen für ein erstes Gespräch. Antworten auf diese E-Mail gehen direkt an sie.

Freundliche Grüsse
Alpine Talent Partners AG
Löwenstrasse 29, 8001 Zürich
"""
add(dict(
    key="a05", kind="application_received", slug="alpinetalent_registration", lang="de",
    company="Alpine Talent Partners", contact="seraina.caduff@alpinetalent.example.ch",
    date="2026-07-06 08:15 +0200",
    frm=("Alpine Talent Partners", "noreply@alpinetalent.example.ch"),
    reply_to=("Seraina Caduff", "seraina.caduff@alpinetalent.example.ch"),
    subject="Ihre Registrierung bei Alpine Talent Partners",
    text=_a05, charset="iso-8859-1", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")],
))

_a06 = """Hallo Katharina Ebner-Osei,

vielen Dank für Ihre Bewerbung als Consultant Health Analytics! Wir haben Ihre Unterlagen
erhalten und werden sie sorgfältig prüfen.

Bitte haben Sie etwas Geduld: Wir melden uns in der Regel innerhalb von zwei Wochen.

Viele Grüße
Ihr People-Team der Datenwerk Gesundheit GmbH
"""
add(dict(
    key="a06", kind="application_received", slug="datenwerk_personio_ack", lang="de",
    company="Datenwerk Gesundheit", contact="",
    date="2026-09-14 12:33 +0200",
    frm=("Datenwerk Gesundheit GmbH", "noreply@personio.de"),
    subject="Ihre Bewerbung als Consultant Health Analytics",
    text=_a06,
    html=html_doc(paras(_a06) + '\n<p style="font-size:11px;color:#999">Powered by Personio'
                  "</p>"),
    headers=[("Auto-Submitted", "auto-generated")],
))

_a07 = """Guten Tag Katharina,

vielen Dank für Ihr Interesse an der Position Junior Data Analyst Pharmakovigilanz bei
Pharmavera. Ihre Bewerbung wurde erfolgreich übermittelt.

Ihre Referenznummer: PV-2026-0214-KEO

Sie können Ihre Bewerbung jederzeit über Ihr SmartRecruiters-Profil einsehen.

Freundliche Grüße
Talent Acquisition, Pharmavera GmbH
"""
add(dict(
    key="a07", kind="application_received", slug="pharmavera_smartrecruiters_ack", lang="de",
    company="Pharmavera", contact="",
    date="2026-02-23 19:12 +0000",
    frm=("Pharmavera", "noreply@smartrecruiters.com"),
    subject="Bewerbung erhalten: Junior Data Analyst Pharmakovigilanz",
    text=_a07, cte="base64",
    html=ats_card("Pharmavera", "#7a1f5c", paras(_a07), "SmartRecruiters", lang="de"),
    headers=[("Auto-Submitted", "auto-generated")],
))

_a08 = """Hi Katharina,

danke für deine Bewerbung als Health Data Analyst bei Vitalynx! 🎉

Wir schauen uns jede Bewerbung persönlich an – Menschen, keine Filter. Du hörst von uns,
egal wie es ausgeht.

Das Vitalynx-Team
"""
add(dict(
    key="a08", kind="application_received", slug="vitalynx_ashby_ack", lang="de",
    company="Vitalynx", contact="",
    date="2026-08-03 13:47 +0000",
    frm=("Vitalynx Hiring", "no-reply@ashbyhq.com"),
    subject="Bewerbung eingegangen – Health Data Analyst",
    subj_enc=("utf-8", "b"),
    text=_a08,
    html=ats_card("Vitalynx", "#111827", paras(_a08), "Powered by Ashby", lang="de"),
    headers=[("Auto-Submitted", "auto-generated")],
))

_a09 = """Sehr geehrte Frau DGKP Ebner-Osei,

wir bestätigen den Eingang Ihrer Bewerbung um die Planstelle GDÖ-2026-07
„Referentin/Referent Gesundheitsberichterstattung“ am 25. Jänner 2026.

Die Bewerbungsfrist endet am 15. Februar. Danach prüft die Auswahlkommission alle
Bewerbungen auf Erfüllung der Aufnahmeerfordernisse. Bewerberinnen und Bewerber, die in die
engere Wahl kommen, werden voraussichtlich im März zu einem Hearing eingeladen. Sollten Sie
bis Ende März nichts von uns hören, ist das Verfahren für Sie beendet.

Ihre Geschäftszahl: GDÖ-2026-07/B-031

Mit freundlichen Grüßen
Mag. Elisabeth Pichler
Personalabteilung
Gesundheitsdatenstelle Österreich
"""
add(dict(
    key="a09", kind="application_received", slug="gdoe_receipt_conditional", lang="de",
    company="Gesundheitsdatenstelle Österreich", contact="elisabeth.pichler@gdoe.example.at",
    date="2026-01-26 11:05 +0100",
    frm=("Pichler Elisabeth", "elisabeth.pichler@gdoe.example.at"),
    subject="Eingangsbestätigung – Planstelle GDÖ-2026-07",
    text=_a09, charset="windows-1252", cte="quoted-printable",
))

_a10 = """Grüezi Frau Ebner-Osei

Wir haben Ihr Dossier für die Stelle «Datenanalystin Leistungscontrolling» erhalten.
Herzlichen Dank für Ihr Interesse an der Krankenkasse Fluhmatt.

Wir prüfen Ihre Unterlagen sorgfältig und melden uns innert drei Wochen bei Ihnen.

Freundliche Grüsse
Recruiting Krankenkasse Fluhmatt

Dies ist eine automatisch versandte Nachricht.
"""
add(dict(
    key="a10", kind="application_received", slug="fluhmatt_dossier_received", lang="de",
    company="Krankenkasse Fluhmatt", contact="",
    date="2026-06-08 06:58 +0200",
    frm=("Krankenkasse Fluhmatt Recruiting", "jobs-noreply@fluhmatt.example.ch"),
    subject="Bestätigung: Ihr Dossier ist eingegangen",
    text=_a10, charset="iso-8859-1", cte="8bit",
    headers=[("Auto-Submitted", "auto-generated")],
))

# ------------------------------------------------------------------ en (5)

_a11 = """Hi Katharina,

Thanks for applying to Quillon Health! We've received your application for the Clinical
Data Analyst role and our team will review it shortly.

If your experience is a good match, someone from our team will be in touch to talk about
next steps.

Best,
The Quillon Health Talent Team
"""
add(dict(
    key="a11", kind="application_received", slug="quillon_greenhouse_ack", lang="en",
    company="Quillon Health", contact="",
    date="2026-02-09 22:14 +0000",
    frm=("Quillon Health", "no-reply@greenhouse-mail.io"),
    subject="Thank you for applying to Quillon Health",
    text=_a11,
    html=html_doc(paras(_a11), lang="en"),
    headers=[("Auto-Submitted", "auto-generated")],
))

_a12 = ats_card("Brightwell Insurance Careers", "#1d3557", """
<p>Dear Katharina,</p>
<p>Thank you for your application for <b>Health Claims Data Analyst</b> (Req 26-0418).
This email confirms that we have received it.</p>
<p>Our recruitment team will review your skills and experience against the requirements of
the role. Unfortunately, due to the high number of applications we receive, we are unable
to respond to every applicant individually. If you are shortlisted, a member of the team
will contact you within three weeks.</p>
<p>Kind regards,<br>Talent Acquisition Team<br>Brightwell Insurance plc</p>
""", "This email was sent by Brightwell Insurance via iCIMS. Please do not reply.", lang="en")
add(dict(
    key="a12", kind="application_received", slug="brightwell_icims_cannot_reply_all",
    lang="en", company="Brightwell Insurance", contact="",
    date="2026-04-01 03:22 -0400",
    frm=("Brightwell Insurance", "brightwell@icims.com"),
    subject="We have received your application – Req 26-0418",
    html=_a12, html_cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")],
))

_a13 = """Hi Katharina,

Thanks for registering with Clearpath Recruitment and for sending over your CV. I've set up
your profile on our system and added you to our Health & Life Sciences talent pool.

Quick summary of what we discussed:
- Target roles: clinical data analyst, informatics analyst, health data quality
- Location: London (hybrid), open to relocation from Vienna in spring
- Right to work: I'll check the visa options with our compliance team

I won't send your CV anywhere without asking you first.

Speak soon,
Tom

Tom Ashworth
Principal Consultant, Health & Life Sciences
Clearpath Recruitment Ltd | 07700 914 362
"""
add(dict(
    key="a13", kind="application_received", slug="clearpath_registration", lang="en",
    company="Clearpath Recruitment", contact="tom.ashworth@clearpath-rec.example.co.uk",
    date="2026-02-02 16:40 +0000",
    frm=("Tom Ashworth", "tom.ashworth@clearpath-rec.example.co.uk"),
    subject="Welcome to Clearpath – your registration",
    text=_a13, cte="7bit",
))

_a14 = """Hi Katharina,

Thanks for applying for Data Quality Specialist (Clinical) at Vireo Health Analytics.
We've got your application and we'll be reviewing it over the next couple of weeks.

Cheers,
The Vireo hiring team
"""
add(dict(
    key="a14", kind="application_received", slug="vireo_recruitee_ack", lang="en",
    company="Vireo Health Analytics", contact="",
    date="2026-05-11 09:30 +0200",
    frm=("Vireo Health Analytics", "vireo@jobs.recruitee.com"),
    subject="We received your application",
    text=_a14,
    html=ats_card("Vireo Health Analytics", "#5a189a", paras(_a14), "Sent with Recruitee",
                  lang="en"),
    headers=[("Auto-Submitted", "auto-generated")],
))

_a15 = """Dear Katharina,

Thank you for your application for the post of Public Health Intelligence Analyst
(ref. TPHO-26-114), which I can confirm we received on 16 August.

Shortlisting will take place on 1 September. Shortlisted candidates will be invited to an
assessment day in mid-September. Please keep your diary as free as you can that week.

If you have any questions in the meantime, feel free to contact me directly.

Yours sincerely,

Gareth Pryce
HR Officer
Thameside Public Health Observatory
Riverside House, 2 Tooley Street, London SE1 2PF
"""
add(dict(
    key="a15", kind="application_received", slug="thameside_hr_receipt", lang="en",
    company="Thameside Public Health Observatory",
    contact="gareth.pryce@thameside-pho.example.org.uk",
    date="2026-08-17 11:48 +0100",
    frm=("Pryce, Gareth", "gareth.pryce@thameside-pho.example.org.uk"),
    subject="Application received – TPHO-26-114",
    text=_a15, cte="quoted-printable",
    html=outlook_html(mso(_a15), lang="en-GB"),
))

# ------------------------------------------------------------------ fr (3)

_a16 = """Bonjour Katharina,

Merci d'avoir postulé au poste de Data analyst prestations santé (CDI) chez Mutuelle
Confluence. Nous avons bien reçu votre candidature.

Notre équipe l'étudie avec attention et reviendra vers vous dans les meilleurs délais.

À bientôt,
L'équipe Talents de Mutuelle Confluence
"""
add(dict(
    key="a16", kind="application_received", slug="confluence_recruitee_ack", lang="fr",
    company="Mutuelle Confluence", contact="",
    date="2026-01-14 18:06 +0100",
    frm=("Mutuelle Confluence", "mutuelle-confluence@jobs.recruitee.com"),
    subject="Nous avons bien reçu votre candidature",
    subj_enc=("iso-8859-1", "q"),
    text=_a16,
    html=ats_card("Mutuelle Confluence – Recrutement", "#c1121f", paras(_a16),
                  "Envoyé via Recruitee", lang="fr"),
    headers=[("Auto-Submitted", "auto-generated")],
))

_a17 = """Bonjour Katharina,

Merci pour notre échange téléphonique de ce matin et bienvenue chez Talentis Santé !

Votre inscription est validée : votre dossier (CV, diplôme d'État autrichien et attestation
de reconnaissance en cours) est enregistré dans notre vivier « Santé & Digital ». Comme
convenu, je ne transmettrai votre candidature à une entreprise qu'avec votre accord.

Je vous recontacte dès qu'une mission correspond à votre projet à Lyon ou à Genève.

Belle journée,

Camille Roux
Consultante senior – Santé & Digital
Talentis Santé · 27 quai Jean Moulin, 69002 Lyon
"""
add(dict(
    key="a17", kind="application_received", slug="talentis_registration", lang="fr",
    company="Talentis Santé", contact="camille.roux@talentis-sante.example.fr",
    date="2026-03-23 11:52 +0100",
    frm=("Camille Roux – Talentis Santé", "camille.roux@talentis-sante.example.fr"),
    subject="Votre inscription chez Talentis Santé",
    text=_a17, cte="quoted-printable",
    html=html_doc(paras(_a17), lang="fr"),
))

_a18 = """Madame,

Nous accusons réception de votre candidature au poste d'Analyste données de vie réelle
(réf. RWE-2026-19) et vous remercions de l'intérêt que vous portez aux Laboratoires
Rhônelin.

Votre dossier sera examiné par nos équipes. Vous pouvez suivre son avancement dans votre
espace candidat.

Cordialement,
Ressources humaines – Laboratoires Rhônelin SA

Ce message est généré automatiquement, merci de ne pas y répondre.
"""
add(dict(
    key="a18", kind="application_received", slug="rhonelin_successfactors_ack", lang="fr",
    company="Laboratoires Rhônelin", contact="",
    date="2026-08-24 16:20 +0200",
    frm=("Laboratoires Rhônelin · Carrières", "noreply@successfactors.eu"),
    name_enc=("iso-8859-1", "b"),
    subject="Accusé de réception – RWE-2026-19",
    text=_a18, cte="base64",
    headers=[("Auto-Submitted", "auto-generated")],
))

# ------------------------------------------------------------------ es (3)

_a19 = """¡Hola, Katharina!

Gracias por presentar tu candidatura a Clinical Data Specialist en Datamédica. La hemos
recibido correctamente.

Nuestro equipo la revisará y te contaremos algo en cuanto podamos.

¡Gracias!
Equipo de Datamédica
"""
add(dict(
    key="a19", kind="application_received", slug="datamedica_teamtailor_ack", lang="es",
    company="Datamédica", contact="",
    date="2026-06-01 08:12 +0200",
    frm=("Datamédica", "notifications@teamtailor-mail.com"),
    subject="Hemos recibido tu candidatura",
    text=_a19,
    html=ats_card("Datamédica", "#ff6b6b", paras(_a19), "Enviado con Teamtailor", lang="es"),
    headers=[("Auto-Submitted", "auto-generated")],
))

_a20 = ats_card("Sanitalia Seguros · Empleo", "#0077b6", """
<p>Hola, Katharina:</p>
<p>Hemos recibido tu candidatura para <b>Analista de Datos de Siniestralidad Sanitaria</b>.
¡Gracias por pensar en nosotros!</p>
<p>Lamentablemente, por el gran volumen de solicitudes no podemos responder
individualmente a cada persona. Si tu perfil encaja, nuestro equipo se pondrá en contacto
contigo en las próximas semanas.</p>
<p>Un saludo,<br>Equipo de Personas · Sanitalia Seguros</p>
""", "Enviado con Workable", lang="es")
add(dict(
    key="a20", kind="application_received", slug="sanitalia_workable_no_individual", lang="es",
    company="Sanitalia Seguros", contact="",
    date="2026-03-09 15:45 +0100",
    frm=("Sanitalia Seguros", "noreply@workablemail.com"),
    subject="Gracias por tu candidatura – Sanitalia Seguros",
    subj_enc=("utf-8", "b"),
    html=_a20, html_cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")],
))

_a21 = """Hola Katharina:

Ya estás dada de alta en Talento Sanitario. Hemos guardado tu CV y la homologación de tu
título de enfermería, que sigue en trámite en el Ministerio.

A partir de ahora te avisaré de los procesos que encajen con lo que buscas: análisis de
datos clínicos, sistemas de información o farmacovigilancia en Barcelona. Nunca enviaremos
tu CV sin tu permiso.

Un saludo,
Andrés Villalba
Consultor Senior · Talento Sanitario
Passeig de Gràcia 54, 08007 Barcelona
"""
add(dict(
    key="a21", kind="application_received", slug="talentosanitario_registration", lang="es",
    company="Talento Sanitario", contact="andres.villalba@talentosanitario.example.es",
    date="2026-04-06 17:30 +0200",
    frm=("Andrés Villalba", "andres.villalba@talentosanitario.example.es"),
    subject="Alta en Talento Sanitario",
    text=_a21, charset="iso-8859-1", cte="quoted-printable",
))

# ================================================================== offers

# ------------------------------------------------------------------ de (5)

_o01 = """Sehr geehrte Frau Ebner-Osei,

es freut uns sehr, Ihnen nach dem Gespräch vom 31. März mitteilen zu können, dass sich die
Kommission für Sie entschieden hat. Wir möchten Sie gerne als Pflegeinformatikerin in der
Stabsstelle Medizincontrolling & IT anstellen.

Die Eckdaten unseres Angebots finden Sie im beigefügten Schreiben: Eintritt mit 1. Juni
2026, 38 Wochenstunden, Einstufung nach Kollektivvertrag für Privatkrankenanstalten mit
Anrechnung Ihrer Vordienstzeiten.

Wir ersuchen Sie, uns Ihre Entscheidung bis 24. April mitzuteilen. Für Fragen stehe ich
Ihnen gerne telefonisch zur Verfügung.

Mit freundlichen Grüßen
Mag. Bettina Strobl
Personalmanagement, Privatklinik Kahlenberg GmbH
T +43 1 370 52 118
"""
add(dict(
    key="o01", kind="offer", slug="kahlenberg_formal_pdf", lang="de",
    company="Privatklinik Kahlenberg", contact="b.strobl@kahlenberg-klinik.example.at",
    date="2026-04-14 11:20 +0200",
    frm=("Mag. Bettina Strobl", "b.strobl@kahlenberg-klinik.example.at"),
    subject="Ihr Angebot der Privatklinik Kahlenberg",
    text=_o01, cte="quoted-printable",
    html=outlook_html(mso(_o01)),
    pdfs=[("Angebot_Ebner-Osei_Pflegeinformatik.pdf", "Angebot Pflegeinformatik", [
        "Privatklinik Kahlenberg GmbH - Personalmanagement",
        "Angebot für Frau DGKP Katharina Ebner-Osei",
        "",
        "Funktion: Pflegeinformatikerin, Stabsstelle Medizincontrolling & IT",
        "Eintritt: 1. Juni 2026, unbefristet",
        "Arbeitszeit: 38 Wochenstunden, Gleitzeit",
        "Entgelt: EUR 4.180,- brutto monatlich, 14 Mal jährlich",
        "Annahmefrist: 24. April 2026",
    ])],
    reply_of="s01",
))

_o02 = """Hallo Katharina,

wie vorhin am Telefon gesagt: Wir wollen dich unbedingt im Team haben! 🙌

Hier nochmal schriftlich, was wir besprochen haben:
- Rolle: Health Data Analyst, Vollzeit (38,5 h), Start 1. Oktober
- Gehalt: 54.000 € brutto/Jahr plus virtuelle Anteile nach unserem ESOP
- Zwei Tage pro Woche remote, Rest in der Neubaugasse

David aus dem People-Team schickt dir diese Woche den Vertrag zum Unterschreiben. Wenn du
vorher noch Fragen hast, ruf mich jederzeit an.

Ich freu mich riesig!
Leonie
"""
add(dict(
    key="o02", kind="offer", slug="vitalynx_verbal_follow_up", lang="de",
    company="Vitalynx", contact="leonie@vitalynx.example.at",
    date="2026-09-01 18:33 +0200",
    frm=("Leonie Haas", "leonie@vitalynx.example.at"),
    subject="Wie besprochen: unser Angebot",
    text=_o02,
    html=html_doc(paras(_o02)),
    reply_of="s05",
))

_o03 = """Liebe Katharina,

anbei findest du deinen Dienstvertrag als Health Data Analyst bei der Vitalynx GmbH sowie
das Begleitblatt zum Mitarbeiterbeteiligungsprogramm.

Bitte lies dir alles in Ruhe durch. Wenn alles passt, unterschreib bitte beide Dokumente
und schick sie mir bis 11. September eingescannt zurück – das Original kannst du am ersten
Arbeitstag mitbringen.

Willkommen an Bord (fast)!

David Novak
People & Operations · Vitalynx GmbH
Neubaugasse 26/3, 1070 Wien
"""
add(dict(
    key="o03", kind="offer", slug="vitalynx_contract_to_sign", lang="de",
    company="Vitalynx", contact="david.novak@vitalynx.example.at",
    date="2026-09-04 10:02 +0200",
    frm=("David Novak", "david.novak@vitalynx.example.at"),
    cc=[("Leonie Haas", "leonie@vitalynx.example.at")],
    subject="Dein Vertrag zur Unterschrift",
    text=_o03, cte="base64",
    pdfs=[("Dienstvertrag_Ebner-Osei_Vitalynx.pdf", "Dienstvertrag", [
        "Dienstvertrag",
        "zwischen Vitalynx GmbH, Neubaugasse 26/3, 1070 Wien",
        "und Frau Katharina Ebner-Osei",
        "",
        "1. Beginn: 1. Oktober 2026",
        "2. Verwendung: Health Data Analyst",
        "3. Entgelt: EUR 54.000,- brutto jährlich",
        "",
        "Unterschrift Dienstnehmerin: ______________________",
    ]), ("ESOP_Begleitblatt.pdf", "ESOP", [
        "Vitalynx Mitarbeiterbeteiligung - Begleitblatt",
        "Virtuelle Anteile, Vesting 4 Jahre, Cliff 12 Monate.",
    ])],
    reply_of="o02",
))

_o04_inner = """Hi Seraina,

Thanks for bringing Katharina to us. Lukas and I both came out of Tuesday's session
convinced, and we'd like to make her an offer for the Clinical Data Analyst role.

Headline terms: CHF 98,000 base, 100%, start 1 October or earlier, 25 days' holiday. I'll
send the formal letter to her directly once you've sounded her out.

Best,
Mira

Mira Oppliger
Head of People, Curalytics AG"""
_o04 = """Liebe Frau Ebner-Osei

Ich freue mich sehr, Ihnen das zu schreiben: Der Kunde möchte Ihnen ein Angebot machen!
Curalytics hat mir gestern Abend bestätigt, dass Sie die Wunschkandidatin für die Stelle
als Clinical Data Analyst sind. Die Nachricht von Frau Oppliger leite ich Ihnen im Anhang
weiter.

Bevor der offizielle Vertrag kommt, würde ich gern mit Ihnen über Lohn und Startdatum
sprechen. Haben Sie heute nach 17 Uhr zehn Minuten?

Herzliche Grüsse
Seraina Caduff
Partnerin | Alpine Talent Partners AG
+41 44 552 18 70
"""
add(dict(
    key="o04", kind="offer", slug="alpinetalent_client_offer_fwd", lang="de",
    company="Curalytics", contact="seraina.caduff@alpinetalent.example.ch",
    date="2026-08-11 08:05 +0200",
    frm=("Seraina Caduff", "seraina.caduff@alpinetalent.example.ch"),
    subject="Curalytics möchte Ihnen ein Angebot machen",
    subj_enc=("iso-8859-1", "b"),
    text=_o04, cte="quoted-printable",
    attach_msg=dict(
        key="o04-inner", date="2026-08-10 19:48 +0200",
        frm=("Mira Oppliger", "mira.oppliger@curalytics.example.ch"),
        to=[("Seraina Caduff", "seraina.caduff@alpinetalent.example.ch")],
        subject="Katharina Ebner-Osei – offer", text=_o04_inner, cte="7bit"),
    reply_of="i19",
))

_o05 = """Sehr geehrte Frau Ebner-Osei,

wir freuen uns, Ihnen die Stelle einer wissenschaftlichen Mitarbeiterin
(Versorgungsforschung, Schwerpunkt Pflegedaten) am Zentrum für Versorgungsforschung Graz
anbieten zu können.

Im Anhang übermitteln wir den Entwurf Ihres Dienstvertrags (Beginn 2. November 2026,
Vollzeit, befristet auf drei Jahre mit Option auf Verlängerung). Bitte retournieren Sie
ein unterschriebenes Exemplar bis 23. Oktober an die Personalabteilung.

Zur Abstimmung Ihres Einstiegs meldet sich Univ.-Prof. Dr. Helga Rauscher in den nächsten
Tagen bei Ihnen.

Mit freundlichen Grüßen
Mag. Florian Reinisch
Personal & Recht
Zentrum für Versorgungsforschung Graz
Elisabethstraße 50, 8010 Graz
"""
add(dict(
    key="o05", kind="offer", slug="zvf_graz_contract_pdf", lang="de",
    company="Zentrum für Versorgungsforschung Graz",
    contact="florian.reinisch@zvf-graz.example.at",
    date="2026-10-12 13:10 +0200",
    frm=("Reinisch Florian", "florian.reinisch@zvf-graz.example.at"),
    subject="Stellenangebot – Dienstvertrag zur Unterfertigung",
    subj_enc=("utf-8", "q"),
    text=_o05, charset="windows-1252", cte="quoted-printable",
    html=outlook_html(mso(_o05)), html_charset="windows-1252",
    pdfs=[("Dienstvertrag_Entwurf_ZVF.pdf", "Dienstvertrag Entwurf", [
        "Zentrum für Versorgungsforschung Graz",
        "Dienstvertrag (Entwurf) - Katharina Ebner-Osei",
        "Beginn: 2. November 2026, befristet bis 1. November 2029",
        "Verwendung: Wissenschaftliche Mitarbeiterin, Versorgungsforschung",
    ])],
))

# ------------------------------------------------------------------ en (2)

_o06 = """Dear Katharina,

On behalf of Harcourt & Vale, I am delighted to offer you the position of Associate, Health
Data Strategy, based in our London office.

Your offer letter is attached. In summary: a starting salary of £52,000 per annum, a
discretionary annual bonus, 27 days' holiday plus bank holidays, and a start date of
2 November 2026, subject to right-to-work and reference checks.

Please let us know if you wish to accept by 5 October. James Whitlow, who led your case
interview, would be happy to talk you through the role in more detail.

Warm regards,
Eleanor Fitch
Recruiting Coordinator | Harcourt & Vale Consulting LLP
17 Bedford Row, London WC1R 4EB
"""
add(dict(
    key="o06", kind="offer", slug="harcourt_offer_letter_pdf", lang="en",
    company="Harcourt & Vale", contact="eleanor.fitch@harcourtvale.example.co.uk",
    date="2026-09-25 17:15 +0100",
    frm=("Eleanor Fitch", "eleanor.fitch@harcourtvale.example.co.uk"),
    subject="Offer of employment – Associate, Health Data Strategy",
    text=_o06, cte="quoted-printable",
    html=html_doc(paras(_o06), lang="en"),
    pdfs=[("HV_Offer_Letter_K_Ebner-Osei.pdf", "Offer letter", [
        "Harcourt & Vale Consulting LLP",
        "Offer of employment: Associate, Health Data Strategy",
        "Salary: GBP 52,000 per annum",
        "Start date: 2 November 2026",
        "Please sign and return by 5 October 2026.",
    ])],
    reply_of="s11",
))

_o07 = """Dear Katharina,

Following your conversations with Lukas and me, and as Seraina will already have hinted, I'm
very pleased to confirm our offer for the position of Clinical Data Analyst at Curalytics.

Please find the formal offer letter and the draft employment contract attached. The key
terms are a base salary of CHF 98,000 (100%), 25 days of holiday, and a start date of
1 October 2026.

We'd be grateful for your answer by 21 August. We really hope you'll join us!

Kind regards,
Mira Oppliger
Head of People, Curalytics
Hardturmstrasse 161, 8005 Zürich
"""
add(dict(
    key="o07", kind="offer", slug="curalytics_formal_letter", lang="en",
    company="Curalytics", contact="mira.oppliger@curalytics.example.ch",
    date="2026-08-13 15:40 +0200",
    frm=("Mira Oppliger", "mira.oppliger@curalytics.example.ch"),
    cc=[("Seraina Caduff", "seraina.caduff@alpinetalent.example.ch")],
    subject="Your offer from Curalytics",
    text=_o07,
    html=html_doc(paras(_o07), lang="en"),
    pdfs=[("Curalytics_Offer_Ebner-Osei.pdf", "Offer letter", [
        "Curalytics AG, Hardturmstrasse 161, 8005 Zürich",
        "Offer letter - Clinical Data Analyst",
        "Base salary: CHF 98,000 p.a. (100%)",
        "Start date: 1 October 2026",
    ])],
))

# ------------------------------------------------------------------ fr (1)

_o08 = """Chère Madame Ebner-Osei,

Suite à votre participation à notre journée d'évaluation du 17 septembre, nous avons le
plaisir de vous proposer le poste d'Analyste données de vie réelle au sein de notre équipe
Real World Evidence à Plan-les-Ouates.

Vous trouverez ci-joint notre promesse d'embauche précisant les conditions : contrat à
durée indéterminée à 100 %, salaire annuel brut de CHF 104 000 versé en 13 mensualités,
entrée en fonction le 1er décembre 2026.

Nous vous serions reconnaissants de nous faire part de votre décision d'ici le 9 octobre.

Avec nos meilleures salutations,

Sophie Marchetti
Talent Acquisition Partner, Laboratoires Rhônelin SA
Chemin des Aulx 18, 1228 Plan-les-Ouates

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur
destinataire. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le
supprimer.
"""
add(dict(
    key="o08", kind="offer", slug="rhonelin_promesse_embauche", lang="fr",
    company="Laboratoires Rhônelin", contact="sophie.marchetti@rhonelin.example.ch",
    date="2026-09-29 11:02 +0200",
    frm=("Sophie Marchetti", "sophie.marchetti@rhonelin.example.ch"),
    subject="Proposition d'embauche – Analyste données de vie réelle",
    text=_o08, cte="quoted-printable",
    html=outlook_html(mso(_o08), lang="fr"),
    pdfs=[("Promesse_embauche_Ebner-Osei.pdf", "Promesse d'embauche", [
        "Laboratoires Rhônelin SA",
        "Promesse d'embauche - Analyste données de vie réelle",
        "CDI 100 %, CHF 104 000 brut annuel (13 mensualités)",
        "Entrée en fonction : 1er décembre 2026",
    ])],
    reply_of="s13",
))

# ------------------------------------------------------------------ es (2)

_o09 = """¡Hola, Katharina!

Después de las conversaciones con Marc y con el equipo, tenemos clarísimo que queremos
que te unas a Datamédica como Clinical Data Specialist. 🎉

Te adjunto la carta de oferta con las condiciones: contrato indefinido a jornada completa,
42.000 € brutos anuales en 14 pagas, 25 días laborables de vacaciones y la posibilidad de
teletrabajar tres días por semana. Fecha de incorporación propuesta: 1 de septiembre.

¿Te parece que hablemos el viernes para resolver cualquier duda?

Un abrazo,
Núria Puigdomènech
People · Datamédica
Carrer de Roc Boronat 117, 08018 Barcelona
"""
add(dict(
    key="o09", kind="offer", slug="datamedica_offer_letter", lang="es",
    company="Datamédica", contact="nuria.puigdomenech@datamedica.example.es",
    date="2026-07-01 16:48 +0200",
    frm=("Núria Puigdomènech", "nuria.puigdomenech@datamedica.example.es"),
    subject="¡Tenemos una oferta para ti!",
    subj_enc=("utf-8", "b"),
    text=_o09,
    html=html_doc(paras(_o09), lang="es"),
    pdfs=[("Carta_oferta_Datamedica.pdf", "Carta de oferta", [
        "Datamédica S.L. - Carta de oferta",
        "Puesto: Clinical Data Specialist",
        "Salario: 42.000 EUR brutos anuales, 14 pagas",
        "Incorporación: 1 de septiembre de 2026",
    ])],
    reply_of="s14",
))

_o10 = """Hola, Katharina:

Como te adelantó Pau por teléfono, estamos encantados de que aceptes la propuesta. Te
enviamos el contrato para que lo revises y lo firmes.

Puesto: Analista de Datos Clínicos
Tipo de contrato: indefinido, jornada completa
Incorporación: 2 de noviembre de 2026

Puedes devolvérnoslo firmado escaneado o con firma electrónica antes del 16 de octubre.
Cualquier duda, aquí estoy.

Saludos cordiales,
Irene Camps
Responsable de Personas · Bioxarxa
Carrer de Pallars 193, 08005 Barcelona
"""
add(dict(
    key="o10", kind="offer", slug="bioxarxa_contract_to_sign", lang="es",
    company="Bioxarxa", contact="irene.camps@bioxarxa.example.es",
    date="2026-10-05 12:26 +0200",
    frm=("Irene Camps", "irene.camps@bioxarxa.example.es"),
    subject="Contrato para firmar – Analista de Datos Clínicos",
    text=_o10, charset="windows-1252", cte="8bit",
    pdfs=[("Contrato_Bioxarxa_Ebner-Osei.pdf", "Contrato de trabajo", [
        "Bioxarxa S.L. - Contrato de trabajo indefinido",
        "Trabajadora: Katharina Ebner-Osei",
        "Puesto: Analista de Datos Clínicos",
        "Incorporación: 2 de noviembre de 2026",
        "Firma: ______________________",
    ])],
))

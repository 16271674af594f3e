"""Corpus 178: `application_received` (21) and `offer` (10), hand-written."""

from msgs178_common import (
    CAND_NAME,
    ats_card,
    gmail_html,
    on_wrote,
    outlook_block,
    outlook_html,
    quote,
    simple_html,
)

MESSAGES: list[dict] = []


def ack(**spec):
    spec["kind"] = "application_received"
    MESSAGES.append(spec)


def offer(**spec):
    spec["kind"] = "offer"
    MESSAGES.append(spec)


# =========================================================================== received, German

_t = """\
Guten Tag Herr Reinholt-Mbeki,

vielen Dank für Ihre Bewerbung als Technischer Produktsupport E-Bike (m/w/d) und Ihr Interesse an Velotraum Antriebe.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir sehen sie uns in Ruhe an und melden uns innerhalb der nächsten zwei Wochen bei Ihnen.

Freundliche Grüße
Ihr Personalteam von Velotraum Antriebe"""
ack(slug="velotraum_personio_receipt", lang="de", company="Velotraum Antriebe", contact="",
    key="velotraum-ack", frm=("Velotraum Antriebe", "no-reply@personio.de"),
    subject="Eingangsbestätigung Ihrer Bewerbung – Technischer Produktsupport E-Bike",
    date="2026-02-02 20:16", refs=["velotraum-app"],
    text=_t, html=ats_card("Velotraum Antriebe", "#065f46", "Bewerbung eingegangen", _t,
                           "Velotraum Antriebe GmbH · Karl-Heine-Straße 93 · 04229 Leipzig\n"
                           "Versendet mit Personio"),
    cte="8bit", headers=[("Auto-Submitted", "auto-generated")])

_t = """\
Sehr geehrter Herr Reinholt-Mbeki,

herzlichen Dank für Ihre Online-Bewerbung als Verkaufsberater Fahrrad & Service (m/w/d) in unserer Filiale Leipzig-Paunsdorf.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Unser Recruiting-Team prüft Ihre Bewerbung und wird sich nach Abschluss der Vorauswahl bei Ihnen melden.

Den Stand Ihrer Bewerbung können Sie jederzeit in unserem Karriereportal einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team Sportkauf Mitteldeutschland"""
ack(slug="sportkauf_successfactors_confirmation", lang="de",
    company="Sportkauf Mitteldeutschland", contact="", key="sportkauf-ack",
    frm=("Sportkauf Mitteldeutschland Karriere", "noreply@successfactors.eu"),
    subject="Bestätigung: Ihre Bewerbung ist eingegangen", subj_enc=("iso-8859-1", "Q"),
    date="2026-01-08 22:03",
    html=ats_card("Sportkauf Mitteldeutschland", "#b91c1c", "Vielen Dank für Ihre Bewerbung", _t,
                  "Diese Nachricht wurde automatisch erstellt. Antworten an diese Adresse werden "
                  "nicht gelesen.\nSportkauf Mitteldeutschland GmbH · Brühl 41 · 04109 Leipzig",
                  button=("Zum Karriereportal", "https://career.successfactors.eu/sportkauf")),
    headers=[("Auto-Submitted", "auto-generated")])

_t = """\
Hallo Tobias Reinholt-Mbeki,

vielen Dank für Ihre Bewerbung auf die Stelle „Koordinator Fahrzeugflotte Lastenräder“ (R-10482) bei Elbpaket Logistik. Ihre Bewerbung ist erfolgreich bei uns eingegangen.

Aufgrund der hohen Anzahl an Bewerbungen können wir leider nicht jedem Bewerber individuell antworten. Sobald der Fachbereich Ihre Unterlagen gesichtet hat, informieren wir Sie über das Kandidatenportal und per E-Mail über den weiteren Verlauf.

Freundliche Grüße
Talent Acquisition | Elbpaket Logistik

Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail."""
ack(slug="elbpaket_workday_no_individual_reply", lang="de", company="Elbpaket Logistik",
    contact="", key="elbpaket-ack", frm=("Elbpaket Logistik", "elbpaket@myworkday.com"),
    subject="Elbpaket Logistik: Wir haben Ihre Bewerbung erhalten (R-10482)",
    date="2026-01-15 06:52", tz="+0000",
    text=_t, html=simple_html(_t), cte="quoted-printable")

_t = """\
Sehr geehrter Herr Reinholt-Mbeki,

vielen Dank für Ihre Bewerbung als Techniker Fuhrparkservice (m/w/d) bei Radlager Logistik in Erfurt.

Wir haben Ihre Unterlagen erhalten und leiten sie an die Fachabteilung weiter. In der Regel erhalten Sie innerhalb von drei Wochen eine Rückmeldung von uns.

Über Ihren Bewerberzugang können Sie Ihre Daten jederzeit einsehen und ergänzen.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Radlager Logistik"""
ack(slug="radlager_softgarden_received", lang="de", company="Radlager Logistik", contact="",
    key="radlager-ack", frm=("Radlager Logistik", "noreply@softgarden.io"),
    subject="Ihre Bewerbung bei Radlager Logistik", date="2026-03-02 18:26",
    text=_t, html=ats_card("Radlager Logistik", "#1e3a8a", "Bewerbung erhalten", _t,
                           "Diese E-Mail wurde über softgarden versendet."),
    cte="base64", html_cte="base64")

_t = """\
Hallo Tobias,

danke, dass du dich als Technical Support Specialist bei Werkbank Software beworben hast! Deine Bewerbung ist angekommen.

Unser Team schaut sich alle Bewerbungen persönlich an – das dauert manchmal ein bisschen. Du hörst in jedem Fall von uns.

Viele Grüße
People & Talent, Werkbank Software"""
ack(slug="werkbank_greenhouse_thanks_for_applying", lang="de", company="Werkbank Software",
    contact="", key="werkbank-ack", frm=("Werkbank Software", "no-reply@greenhouse-mail.io"),
    subject="Danke für deine Bewerbung bei Werkbank Software", date="2026-04-01 17:09",
    tz="+0000", text=_t, html=simple_html(_t), cte="quoted-printable")

_t = """\
Guten Tag Herr Reinholt-Mbeki,

vielen Dank für Ihre Registrierung bei PersonalPlus Sachsen und für das nette Telefonat heute Vormittag. Ihren Lebenslauf und Ihre Zeugnisse habe ich erhalten und in unserem System hinterlegt.

Ich bin ab sofort Ihre feste Ansprechpartnerin. Sobald ich eine passende Stelle im Bereich Werkstatt, Service oder technischer Support für Sie habe, melde ich mich – natürlich stellen wir Sie keinem Kunden ohne Ihre Zustimmung vor.

Freundliche Grüße
Carina Voigt
Personalberaterin – Technik & Handwerk
PersonalPlus Sachsen
Karl-Liebknecht-Straße 54 · 04275 Leipzig
Tel. 0341 555 2090"""
ack(slug="personalplus_registration_confirmed", lang="de", company="PersonalPlus Sachsen",
    contact="c.voigt@personalplus.example.de", key="pp-reg",
    frm=("Carina Voigt | PersonalPlus Sachsen", "c.voigt@personalplus.example.de"),
    subject="Ihre Registrierung bei PersonalPlus Sachsen", date="2026-01-12 11:58",
    text=_t, html=outlook_html(_t, "de"), cte="quoted-printable")

_t = """\
Guten Tag Herr Reinholt-Mbeki,

vielen Dank für Ihre Registrierung in unserem Bewerberportal. Ihr Profil und Ihr Lebenslauf wurden erfolgreich gespeichert.

Ihre persönliche Ansprechpartnerin ist Frau Nadine Engel aus unserer Niederlassung Leipzig (n.engel@elster-personal.example.de, Tel. 0341 555 6644). Sie wird sich in den nächsten Tagen telefonisch bei Ihnen melden, um Ihre Wünsche zu Einsatzort und Arbeitszeit zu besprechen.

Mit freundlichen Grüßen
Zeitarbeit Elster

Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht auf diese Nachricht."""
ack(slug="elster_portal_registration", lang="de", company="Zeitarbeit Elster", contact="",
    key="elster-reg", frm=("Zeitarbeit Elster", "noreply@elster-personal.example.de"),
    subject="Willkommen bei Zeitarbeit Elster – Registrierung abgeschlossen",
    subj_enc=("utf-8", "Q"), date="2026-07-13 09:30",
    text=_t, charset="iso-8859-1", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")])

_t = """\
Sehr geehrter Herr Reinholt-Mbeki,

vielen Dank für Ihre Bewerbung als Support Engineer (m/w/d) bei Trailtech Systems!

Wir bestätigen hiermit den Eingang Ihrer Bewerbungsunterlagen. Unser People Team prüft Ihr Profil sorgfältig und meldet sich so bald wie möglich bei Ihnen.

Mit besten Grüßen
People Team Trailtech Systems"""
ack(slug="trailtech_smartrecruiters_received", lang="de", company="Trailtech Systems",
    contact="", key="trailtech-ack", frm=("Trailtech Systems", "noreply@smartrecruiters.com"),
    subject="Vielen Dank für Ihre Bewerbung bei Trailtech Systems",
    date="2026-09-01 12:44", tz="+0000",
    text=_t, html=ats_card("Trailtech Systems", "#1d4ed8", "Bewerbung eingegangen", _t,
                           "Powered by SmartRecruiters · Datenschutz · Impressum"),
    cte="quoted-printable")

_t = """\
Guten Tag Herr Reinholt-Mbeki,

wir haben Ihren Lebenslauf und Ihr Anschreiben für die Stelle im technischen Versandservice erhalten – vielen Dank!

Wir sammeln die Bewerbungen noch bis Mitte September und melden uns danach bei Ihnen. Falls Sie bis dahin Fragen haben, erreichen Sie uns unter dieser Adresse.

Viele Grüße aus Erfurt
Bewerbermanagement Antrieb24
Am Urbicher Kreuz 7, 99099 Erfurt"""
ack(slug="antrieb24_cv_received_human", lang="de", company="Antrieb24",
    contact="bewerbung@antrieb24.example.de", key="antrieb-ack",
    frm=("Bewerbermanagement Antrieb24", "bewerbung@antrieb24.example.de"),
    subject="Re: Bewerbung technischer Versandservice", date="2026-09-03 08:47",
    refs=["antrieb-app"], text=_t, cte="quoted-printable")

_t = """\
Hallo Tobias!

Danke für deine Bewerbung als Service-Techniker (m/w/d). Wir haben sie bekommen und freuen uns, dass du Teil von Pedalkraft werden möchtest.

Wir melden uns, sobald wir uns deine Unterlagen angesehen haben. In der Zwischenzeit kannst du auf unserer Karriereseite mehr über das Team erfahren.

Beste Grüße
Team Pedalkraft"""
ack(slug="pedalkraft_teamtailor_got_it", lang="de", company="Pedalkraft", contact="",
    key="pedal-ack", frm=("Pedalkraft", "no-reply@teamtailor-mail.com"),
    subject="Wir haben deine Bewerbung erhalten!", date="2026-08-10 14:12", tz="+0000",
    html=ats_card("Pedalkraft", "#0f172a", "Danke für deine Bewerbung!", _t,
                  "Gesendet mit Teamtailor · Karriereseite: https://pedalkraft.teamtailor.com"))

# =========================================================================== received, English

_t = """\
Hi Tobias,

Thank you for applying for the Technical Support Specialist role at Vltava Cycles. We've received your application and our team will review it shortly.

If your experience is a match, we'll be in touch to discuss next steps.

Best,
The Vltava Cycles Recruiting Team"""
ack(slug="vltava_greenhouse_received", lang="en", company="Vltava Cycles", contact="",
    key="vltava-ack", frm=("Vltava Cycles", "no-reply@greenhouse-mail.io"),
    subject="Thank you for applying to Vltava Cycles", date="2026-02-05 19:33", tz="+0000",
    text=_t, html=simple_html(_t, "en"))

_t = """\
Dear Tobias,

Thank you for your interest in the Workshop Lead position at our Nørrebro store. We confirm that your application has been received.

We receive a very large number of applications, and unfortunately we cannot reply to every applicant individually. If your profile matches what we are looking for, a member of our team will contact you to arrange the next steps.

You can follow the status of your application in your candidate home.

Kind regards,
Northgear Sports Talent Acquisition"""
ack(slug="northgear_workday_cannot_reply_all", lang="en", company="Northgear Sports",
    contact="", key="northgear-ack", frm=("Northgear Sports Careers", "northgear@myworkday.com"),
    subject="Application received: Workshop Lead, Nørrebro", subj_enc=("iso-8859-1", "B"),
    date="2026-03-09 07:18", tz="+0000",
    text=_t, html=ats_card("Northgear Sports", "#111827", "Application received", _t,
                           "Please do not reply to this automated message.", lang="en"),
    cte="quoted-printable")

_t = """\
Dear Tobias Reinholt-Mbeki,

Thank you for applying for the position of Product Support Analyst (Req 4471) with Moldau Logistics.

This email confirms that we have received your application. Our Talent Acquisition team will review your qualifications against the requirements of the role. Should your background match our needs, we will contact you.

Sincerely,
Talent Acquisition Team
Moldau Logistics

This email was sent from an unmonitored mailbox."""
ack(slug="moldau_icims_confirmation", lang="en", company="Moldau Logistics", contact="",
    key="moldau-ack", frm=("Moldau Logistics Talent Acquisition", "moldaulogistics@icims.com"),
    subject="Moldau Logistics - Application Confirmation", date="2026-04-06 03:12", tz="-0400",
    text=_t, cte="7bit")

_t = """\
Hi Tobias,

Thanks for registering with TalentBridge Europe and for sending over your CV - it's on file and I've had a first look.

I'm your consultant for technical and support roles in Prague and Brno. Most of our clients hire in English, so your background as a mechanic with warranty and customer experience is a good match. I'll call you this week to talk about salary expectations and when you could start.

Speak soon,
Ondrej

Ondrej Maly
Senior Consultant, Technical Roles
TalentBridge Europe | Na Porici 12, Prague 1 | +420 555 310 442"""
ack(slug="talentbridge_registration_cv_on_file", lang="en", company="TalentBridge Europe",
    contact="ondrej.maly@talentbridge.example.eu", key="tb-reg",
    frm=("Ondřej Malý", "ondrej.maly@talentbridge.example.eu"), frm_enc=("utf-8", "Q"),
    subject="Welcome to TalentBridge Europe", date="2026-01-20 14:25",
    text=_t, html=gmail_html(_t, lang="en"))

_t = """\
Hi Tobias,

Thanks for your application for Customer Success Technician at Fieldfix Software. We've received it and will be in touch soon.

Best regards,
Fieldfix Software"""
ack(slug="fieldfix_workable_received", lang="en", company="Fieldfix Software", contact="",
    key="fieldfix-ack", frm=("Fieldfix Software", "noreply@workablemail.com"),
    subject="Thanks for applying to Fieldfix Software", date="2026-06-01 21:02", tz="+0000",
    text=_t, html=ats_card("Fieldfix Software", "#0891b2", "Application received", _t,
                           "Powered by Workable", lang="en"),
    cte="7bit", html_cte="base64")

_t = """\
Hi Tobias,

Thanks for applying for Service Desk Technician (English) at Bohemia E-Motion. We have received your application and will review it within the next ten working days.

Kind regards,
Bohemia E-Motion Recruitment"""
ack(slug="bohemia_recruitee_received", lang="en", company="Bohemia E-Motion", contact="",
    key="bohemia-ack", frm=("Bohemia E-Motion", "notifications@jobs.recruitee.com"),
    subject="We received your application", date="2026-09-07 16:40",
    text=_t, html=ats_card("Bohemia E-Motion", "#7c3aed", "Application received", _t,
                           "Sent via Recruitee", lang="en"),
    cte="base64", html_cte="base64")

# =========================================================================== received, French

_t = """\
Bonjour Tobias,

Nous avons bien reçu votre candidature au poste de Technicien atelier cycles (H/F) pour notre magasin de Lyon Part-Dieu et nous vous en remercions.

Notre équipe recrutement l'étudie avec attention et reviendra vers vous dans les meilleurs délais.

L'équipe Recrutement Grand Air Sports"""
ack(slug="grandair_smartrecruiters_bien_recu", lang="fr", company="Grand Air Sports",
    contact="", key="grandair-ack", frm=("Grand Air Sports", "noreply@smartrecruiters.com"),
    subject="Nous avons bien reçu votre candidature", subj_enc=("utf-8", "B"),
    date="2026-04-13 08:05", tz="+0000",
    text=_t, html=ats_card("Grand Air Sports", "#047857", "Candidature reçue", _t,
                           "Merci de ne pas répondre à ce message automatique.", lang="fr"),
    cte="quoted-printable")

_t = """\
Bonjour Monsieur Reinholt-Mbeki,

Nous accusons réception de votre candidature au poste de Technicien support flotte et vous remercions de l'intérêt que vous portez à LogiSaône.

En raison du nombre important de candidatures, nous ne pouvons malheureusement pas répondre individuellement à chacune d'entre elles. Si votre profil est retenu pour la suite du processus, nous prendrons contact avec vous d'ici trois semaines.

Hélène Roux
Service Recrutement
LogiSaône, ZI Les Meurières, 69960 Corbas"""
ack(slug="logisaone_accuse_reception", lang="fr", company="LogiSaône",
    contact="recrutement@logisaone.example.fr", key="logisaone-ack",
    frm=("LogiSaône Recrutement", "recrutement@logisaone.example.fr"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Accusé de réception de votre candidature", subj_enc=("iso-8859-1", "B"),
    date="2026-06-15 10:11", text=_t, charset="iso-8859-1", cte="8bit")

_t = """\
Bonjour Tobias,

Merci pour votre inscription chez Intérim Confluence ! Votre dossier (CV, pièce d'identité et permis) est complet.

Je serai votre interlocuteur pour les missions dans la logistique et la mobilité sur Lyon. Je vous recontacterai dès qu'une mission correspondra à votre profil de mécanicien cycles.

Cordialement,
Julien Marchetti
Chargé de recrutement – Intérim Confluence
04 55 50 77 12"""
ack(slug="interim_confluence_inscription", lang="fr", company="Intérim Confluence",
    contact="j.marchetti@interim-confluence.example.fr", key="confluence-reg",
    frm=("Intérim Confluence", "inscriptions@interim-confluence.example.fr"),
    frm_enc=("utf-8", "B"),
    reply_to=("Julien Marchetti", "j.marchetti@interim-confluence.example.fr"),
    subject="Votre inscription est confirmée", subj_enc=("utf-8", "Q"),
    date="2026-03-16 17:02", text=_t, html=simple_html(_t, "fr"), cte="quoted-printable")

# =========================================================================== received, Spanish

_t = """\
Estimado/a Tobias:

Hemos recibido correctamente su solicitud para el puesto de Técnico/a de Taller y Atención al Cliente en Deportes Ría (Bilbao, Zubiarte).

Nuestro equipo de Selección revisará su candidatura y, si su perfil se ajusta a los requisitos, se pondrá en contacto con usted.

Gracias por su interés en formar parte de Deportes Ría.

Atentamente,
Departamento de Selección"""
ack(slug="deportesria_taleo_solicitud_recibida", lang="es", company="Deportes Ría",
    contact="", key="deportes-ack", frm=("Deportes Ría - Selección", "noreply@taleo.net"),
    frm_enc=("utf-8", "Q"),
    subject="Confirmación de recepción de su solicitud", subj_enc=("iso-8859-1", "Q"),
    date="2026-06-22 06:30", tz="+0000",
    html=ats_card("Deportes Ría", "#0369a1", "Solicitud recibida", _t,
                  "Este correo se ha generado automáticamente. Por favor, no responda.",
                  lang="es"), html_cte="base64")

_t = """\
Hola Tobias:

¡Gracias por registrarte en Talento Vasco! Hemos recibido tu currículum y ya forma parte de nuestra base de candidatos.

Uno de nuestros consultores revisará tu perfil y te llamará si tenemos un proceso de selección que encaje contigo.

Un saludo,
El equipo de Talento Vasco

Este mensaje se ha enviado desde una dirección que no admite respuestas."""
ack(slug="talentovasco_registro_cv", lang="es", company="Talento Vasco", contact="",
    key="tv-reg", frm=("Talento Vasco", "no-responder@talentovasco.example.es"),
    subject="Tu registro en Talento Vasco", date="2026-07-01 12:00",
    text=_t, html=simple_html(_t, "es"), cte="8bit",
    headers=[("Auto-Submitted", "auto-generated")])

# =========================================================================== offers

_t = """\
Sehr geehrter Herr Reinholt-Mbeki,

vielen Dank für die offenen und angenehmen Gespräche in den vergangenen Wochen. Wir freuen uns sehr, Ihnen die Position Technischer Produktsupport E-Bike (m/w/d) in Leipzig-Plagwitz anbieten zu dürfen.

Die Einzelheiten – Vergütung, Arbeitszeit, Startdatum 1. Mai 2026 und Probezeit – finden Sie in unserem Vertragsangebot im Anhang. Bitte lassen Sie uns bis zum 31. März wissen, ob Sie das Angebot annehmen möchten. Für Rückfragen stehen Herr Brückner und ich Ihnen gern zur Verfügung.

Wir würden uns sehr freuen, Sie bald in unserem Team zu begrüßen.

Mit freundlichen Grüßen
Anja Pohl
Personal | Velotraum Antriebe
Karl-Heine-Straße 93 · 04229 Leipzig · Tel. +49 341 555 9012"""
offer(slug="velotraum_formal_offer_pdf", lang="de", company="Velotraum Antriebe",
      contact="anja.pohl@velotraum.example.de", key="velotraum-offer",
      frm=("Anja Pohl", "anja.pohl@velotraum.example.de"),
      subject="Ihr Vertragsangebot – Technischer Produktsupport E-Bike",
      date="2026-03-20 11:30", refs=["velotraum-inv", "velotraum-move"],
      text=_t, html=outlook_html(_t, "de"), cte="quoted-printable",
      pdf=[("Vertragsangebot_Reinholt-Mbeki.pdf",
            ["Velotraum Antriebe GmbH", "Vertragsangebot", "",
             "Herrn Tobias Reinholt-Mbeki", "Position: Technischer Produktsupport E-Bike",
             "Beginn: 1. Mai 2026", "Arbeitszeit: 40 Stunden/Woche",
             "Bruttomonatsgehalt: 3.450 EUR", "Probezeit: 6 Monate",
             "Annahme bis: 31. März 2026"])])

_t = """\
Hallo Herr Reinholt-Mbeki,

wie am Freitag nach dem Probetag schon gesagt: Wir wollen Sie im Team haben! Hier noch einmal alles schriftlich, damit Sie in Ruhe überlegen können:

– Zweiradmechaniker mit Schwerpunkt E-Bike-Service und Kundenberatung
– Start: 1. August 2026
– 38 Stunden, Montag bis Freitag, jeder zweite Samstag bis 13 Uhr
– 3.100 € brutto im Monat, dazu Jobrad und 28 Tage Urlaub

Den Arbeitsvertrag macht unser Steuerbüro fertig, sobald Sie zusagen. Rufen Sie mich gern an, wenn Sie noch Fragen haben.

Gruß aus Erfurt
Uwe Kästner
Zweirad Zentrum Erfurt · Anger 61 · 99084 Erfurt · 0361 555 3380"""
offer(slug="zweirad_verbal_offer_followup", lang="de", company="Zweirad Zentrum Erfurt",
      contact="uwe@zweirad-erfurt.example.de", key="zweirad-offer",
      frm=("Uwe Kästner", "uwe@zweirad-erfurt.example.de"), frm_enc=("utf-8", "B"),
      subject="Unser Angebot schriftlich", date="2026-06-22 18:05",
      refs=["zweirad-trial"], text=_t, charset="windows-1252", cte="8bit")

_t = """\
Hallo Tobias,

wie am Montag telefonisch besprochen, kommt hier dein Arbeitsvertrag als Customer Operations Specialist bei Stromrad Mobility – wir freuen uns riesig!

Du kannst den Vertrag bis zum 10. Juli digital über den Signatur-Link unterschreiben, den du gleich in einer separaten Mail bekommst. Das PDF hängt zur Ansicht zusätzlich an. Startdatum ist der 1. September 2026, Gehalt und Home-Office-Regelung wie besprochen.

Wenn du noch Fragen zum Vertrag hast, melde dich jederzeit bei mir.

Liebe Grüße
Jana Weiß
People Operations | Stromrad Mobility
Holzmarktstraße 25, 10243 Berlin"""
offer(slug="stromrad_contract_for_signature", lang="de", company="Stromrad Mobility",
      contact="jana.weiss@stromrad.example.de", key="stromrad-offer",
      frm=("Jana Weiß", "jana.weiss@stromrad.example.de"), frm_enc=("iso-8859-1", "B"),
      subject="Dein Arbeitsvertrag zur Unterschrift", subj_enc=("utf-8", "B"),
      date="2026-07-01 15:12", refs=["stromrad-inv", "stromrad-move"],
      text=_t, html=gmail_html(_t), cte="base64",
      pdf=[("Arbeitsvertrag_Stromrad_Reinholt-Mbeki.pdf",
            ["Stromrad Mobility GmbH - Arbeitsvertrag", "",
             "zwischen Stromrad Mobility GmbH und Tobias Reinholt-Mbeki",
             "Position: Customer Operations Specialist", "Beginn: 01.09.2026",
             "Bitte bis 10.07.2026 unterzeichnen."])])

_quoted = f"""\
{outlook_block("de", "Nadine Engel <n.engel@elster-personal.example.de>", "Montag, 7. September 2026 09:40", "Tobias Reinholt-Mbeki", "Vorstellungsgespräch bei Pleiße Kurier")}

Guten Tag Herr Reinholt-Mbeki,

Pleiße Kurier lädt Sie am Donnerstag, 10.09., um 13:00 Uhr zum Vorstellungsgespräch in die Werkstatt nach Leipzig-Connewitz ein. Bitte bestätigen Sie mir den Termin."""
_t = """\
Guten Tag Herr Reinholt-Mbeki,

ich habe schöne Neuigkeiten: Der Kunde möchte Ihnen ein Angebot machen! Pleiße Kurier war nach dem Gespräch am Donnerstag sehr angetan und würde Sie gern als Werkstattkoordinator für die Lastenrad-Flotte einsetzen, zunächst über uns und nach neun Monaten mit Übernahme.

Vorgesehen sind 39 Wochenstunden, Start am 1. Oktober, Stundenlohn 19,20 € plus Branchenzuschlag. Wenn Sie grundsätzlich einverstanden sind, bereite ich den Vertrag vor und wir besprechen die Details am Telefon.

Mit freundlichen Grüßen
Nadine Engel
Disposition | Zeitarbeit Elster
Gohliser Straße 9 · 04105 Leipzig · 0341 555 6644"""
offer(slug="elster_client_pleisse_offer", lang="de", company="Pleiße Kurier",
      contact="n.engel@elster-personal.example.de", key="elster-offer",
      frm=("Nadine Engel", "n.engel@elster-personal.example.de"),
      subject="AW: Vorstellungsgespräch bei Pleiße Kurier", subj_enc=("iso-8859-1", "Q"),
      date="2026-09-15 16:18", refs=["elster-reg", "elster-pleisse-inv"],
      text=_t + "\n\n" + _quoted, html=outlook_html(_t, "de", _quoted),
      cte="quoted-printable", html_cte="quoted-printable")

_t = """\
Hey Tobias,

nach unserem zweiten Abend letzte Woche waren wir uns in der Werkstatt-AG schnell einig: Wir würden dich gern fest ins Team holen!

Konkret: Werkstattkoordination und technischer Support für unsere zwölf Verleihstationen, 30 Stunden pro Woche, Start am 2. November. Bezahlt wird nach unserem Einheitslohn (2.650 € brutto bei 30 Stunden), dazu ein Lastenrad zur freien Nutzung – was sonst ;)

Den Vertragsentwurf schicke ich dir nächste Woche. Sag gern vorher schon, ob du grundsätzlich dabei bist!

Liebe Grüße
Paula
Lastenrad Kollektiv Berlin"""
offer(slug="lastenrad_we_want_you", lang="de", company="Lastenrad Kollektiv Berlin",
      contact="paula@lastenrad-kollektiv.example.de", key="lastenrad-offer",
      frm=("Paula Brandt", "paula@lastenrad-kollektiv.example.de"),
      subject="Wir wollen dich!", date="2026-10-02 20:44",
      refs=["lastenrad-inv", "lastenrad-missed"], text=_t, cte="quoted-printable")

_t = """\
Dear Tobias,

On behalf of everyone at Spokewise, I'm delighted to offer you the position of Technical Product Support Specialist, based in Copenhagen, starting on 1 September 2026.

Your offer letter is attached. It sets out your salary of DKK 38,500 per month, pension, 25 days of holiday plus the Danish public holidays, and our relocation support. Please sign and return it by 24 July, or let me know if you'd like to discuss anything.

Mette and the whole support team were really impressed by your interview, and we can't wait to have you on board.

Warm regards,
Anders Kjær
Talent Partner, Spokewise
Njalsgade 21, 2300 Copenhagen S"""
offer(slug="spokewise_offer_letter_pdf", lang="en", company="Spokewise",
      contact="anders@spokewise.example.dk", key="spokewise-offer",
      frm=("Anders Kjær", "anders@spokewise.example.dk"), frm_enc=("utf-8", "B"),
      subject="Your offer from Spokewise", date="2026-07-14 10:02",
      refs=["spokewise-screen", "spokewise-ill"],
      text=_t, html=simple_html(_t, "en"), cte="quoted-printable",
      pdf=[("Spokewise_Offer_Letter_T_Reinholt-Mbeki.pdf",
            ["Spokewise ApS - Offer of Employment", "",
             "Candidate: Tobias Reinholt-Mbeki",
             "Role: Technical Product Support Specialist, Copenhagen",
             "Start date: 1 September 2026", "Salary: DKK 38,500 per month",
             "Please sign and return by 24 July 2026."])])

_quoted = """\
Hi Laura,

Thanks for the interview on Wednesday - it was great to see the dispatch tool in action.

Best,
Tobias"""
_t = f"""\
Hi Tobias,

As promised on the phone this afternoon, here's a short summary of our offer so you have it in writing:

- Role: Customer Success Technician, Berlin (hybrid, 3 days in the office)
- Start: 1 August 2026, or 1 September if you need more notice
- Salary: EUR 46,000 per year, plus a EUR 1,200 learning budget
- 30 days of holiday

Our HR team will send the formal contract early next week. I'm really happy we found someone with real workshop experience for this role.

Have a great weekend,
Laura

Laura Brenner
Support Team Lead | Fieldfix Software

{on_wrote("Thu, 18 Jun 2026 at 20:31", CAND_NAME, "tobias.rm@example.de")}
{quote(_quoted)}"""
offer(slug="fieldfix_verbal_offer_summary", lang="en", company="Fieldfix Software",
      contact="laura.brenner@fieldfix.example.io", key="fieldfix-offer",
      frm=("Laura Brenner", "laura.brenner@fieldfix.example.io"),
      subject="Re: Thank you for the interview", date="2026-07-03 16:48",
      refs=["fieldfix-inv", "fieldfix-move", "fieldfix-thanks"], text=_t)

_t = """\
Hello Tobias,

Excellent news: the client wants to make you an offer! Øresund Freight were very impressed after Tuesday's final interview and would like you to join as Service Operations Coordinator for their cargo e-bike fleet in Copenhagen.

The headline terms are DKK 36,000 per month plus pension, with a start date in early November. They will send the formal offer through me tomorrow, but wanted you to hear it today.

Call me when you've had a chance to take it in - congratulations!

Kind regards,
Maja Lindqvist
Founder | Lindqvist Search
+45 55 12 80 33"""
offer(slug="lindqvist_client_oresund_offer", lang="en", company="Øresund Freight",
      contact="maja@lindqvist-search.example.dk", key="lindqvist-offer",
      frm=("Maja Lindqvist", "maja@lindqvist-search.example.dk"),
      subject="Good news from Øresund Freight", subj_enc=("iso-8859-1", "Q"),
      date="2026-10-01 17:26", text=_t, html=outlook_html(_t, "en"), cte="quoted-printable")

_t = """\
Bonjour Tobias,

Suite à nos échanges et à votre entretien avec notre directeur technique, j'ai le plaisir de vous confirmer notre proposition d'embauche au poste de Chargé de support technique chez Mobilis Tech, en CDI, à Lyon.

Vous trouverez en pièce jointe la promesse d'embauche précisant votre rémunération (34 000 € bruts annuels), la date de prise de poste au 2 novembre 2026 et la période d'essai. Merci de nous la retourner signée avant le 30 septembre.

Toute l'équipe se réjouit de vous accueillir !

Bien cordialement,
Camille Girard
Talent Acquisition – Mobilis Tech
+33 4 55 50 61 09"""
offer(slug="mobilistech_promesse_embauche_pdf", lang="fr", company="Mobilis Tech",
      contact="camille.girard@mobilistech.example.fr", key="mobilis-offer",
      frm=("Camille Girard", "camille.girard@mobilistech.example.fr"),
      subject="Proposition d'embauche – Chargé de support technique", subj_enc=("utf-8", "B"),
      date="2026-09-18 14:30", refs=["mobilis-inv", "mobilis-missed"],
      text=_t, html=outlook_html(_t, "fr"), cte="quoted-printable", html_cte="base64",
      pdf=[("Promesse_embauche_Reinholt-Mbeki.pdf",
            ["Mobilis Tech SAS - Promesse d'embauche", "",
             "M. Tobias Reinholt-Mbeki", "Poste : Chargé de support technique (CDI)",
             "Prise de poste : 2 novembre 2026", "Rémunération : 34 000 EUR bruts annuels",
             "Retour signé avant le 30 septembre 2026"])])

_t = """\
¡Hola Tobias!

Después de la llamada del día 10 y de la visita al almacén del viernes, lo tenemos claro: queremos que te unas a MoviBilbo como técnico de flota.

Te proponemos un contrato indefinido a jornada completa desde el 1 de noviembre, con un salario de 27.500 euros brutos al año y bici eléctrica incluida. Te mando los detalles por escrito en el documento que acompaña este correo; si te encaja, lo firmamos la semana que viene.

¡Ojalá digas que sí!

Unai Larrea
Cofundador · MoviBilbo"""
offer(slug="movibilbo_oferta_indefinido", lang="es", company="MoviBilbo",
      contact="unai@movibilbo.example.es", key="movibilbo-offer",
      frm=("Unai Larrea", "unai@movibilbo.example.es"),
      subject="Oferta para unirte a MoviBilbo", date="2026-09-29 19:10",
      refs=["movibilbo-inv"], text=_t, charset="iso-8859-1", cte="quoted-printable",
      pdf=[("Oferta_MoviBilbo_Tobias.pdf",
            ["MoviBilbo - Oferta de empleo", "", "Tobias Reinholt-Mbeki",
             "Puesto: Técnico de flota", "Contrato indefinido, jornada completa",
             "Inicio: 1 de noviembre de 2026", "Salario: 27.500 EUR brutos/año"])])

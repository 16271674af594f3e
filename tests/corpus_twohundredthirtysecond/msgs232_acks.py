"""Corpus 232: application acknowledgements (21) and offers (10)."""

from __future__ import annotations

from msgs232_common import (
    ats_card,
    forward,
    outlook_html,
    reply,
    simple_html,
)
from msgs232_invites import TURIA_MOVE

MESSAGES: list[dict] = []
M = MESSAGES.append

# ================================================================ acknowledgements, German

ESB_ACK = """Sehr geehrter Herr Nwankwo-Salas,

vielen Dank für Ihre Bewerbung als Teamleiter Kundenservice (m/w/d), Kennziffer
ESB-2026-014. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir prüfen alle Bewerbungen sorgfältig und melden uns in der Regel innerhalb von drei
Wochen bei Ihnen. Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem
Bewerberkonto einsehen.

Ihr Personalteam der Elster-Saale-Bahn"""
M(dict(
    kind="application_received", slug="softgarden_ack_complete", lang="de",
    company="Elster-Saale-Bahn", contact="",
    key="esb_ack", parent="esb_application",
    frm=("Elster-Saale-Bahn", "no-reply@softgarden.io"),
    subject="Eingangsbestätigung Ihrer Bewerbung – Teamleiter Kundenservice (m/w/d)",
    date="2026-02-02 19:41",
    headers=[("Auto-Submitted", "auto-generated")],
    text=ESB_ACK + "\n\nBewerberkonto: https://elster-saale-bahn.softgarden.io/applicant/login\n",
    html=ats_card("Elster-Saale-Bahn", "#004b87", "Ihre Bewerbung ist eingegangen", ESB_ACK,
                  button=("Zum Bewerberkonto",
                          "https://elster-saale-bahn.softgarden.io/applicant/login"),
                  footer="Diese E-Mail wurde automatisch über softgarden versendet."),
    cte="qp",
))

ELB_ACK = """Hallo Benedikt Nwankwo-Salas,

danke für Ihre Bewerbung auf die Stelle Teamleitung Schadenhotline (m/w/d), Stellen-ID
R-2026-0117.

Wir haben Ihre Unterlagen erhalten. Unser Recruiting-Team wird sie prüfen und sich bei
Ihnen melden. Den Status können Sie im Kandidatenportal verfolgen.

Freundliche Grüße
Elbflorenz Versicherung – Recruiting"""
M(dict(
    kind="application_received", slug="workday_ack", lang="de",
    company="Elbflorenz Versicherung", contact="",
    key="elbflorenz_ack",
    frm=("Elbflorenz Versicherung", "elbflorenz@myworkday.com"),
    subject="Wir haben Ihre Bewerbung erhalten: Teamleitung Schadenhotline",
    date="2026-01-12 08:03",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card("Elbflorenz Versicherung", "#7a1f3d", "Bewerbung erhalten", ELB_ACK,
                  button=("Kandidatenportal", "https://wd3.myworkday.com/elbflorenz/login.htmld"),
                  footer="Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail."),
    cte="base64",
))

M(dict(
    kind="application_received", slug="agency_registration_personal_call", lang="de",
    company="Muldental Personal", contact="s.kaulfuss@muldental-personal.example.de",
    key="muldental_registration",
    frm=("Sandra Kaulfuß", "s.kaulfuss@muldental-personal.example.de"),
    subject="Willkommen bei Muldental Personal – Ihre Registrierung",
    date="2026-05-04 15:00",
    text="""Hallo Herr Nwankwo-Salas,

schön, dass Sie sich bei uns registriert haben, und danke für das nette Telefonat heute
Mittag. Ihr Profil und Ihr Lebenslauf sind jetzt in unserer Bewerberdatenbank angelegt;
ich bin Ihre feste Ansprechpartnerin.

Wie besprochen stelle ich Sie in den nächsten Tagen zwei, drei Kunden aus der Region vor,
die Teamleitungen im Kundenservice suchen. Ohne Ihr Okay geben wir Ihre Unterlagen an
niemanden weiter.

Viele Grüße
Sandra Kaulfuß
Personaldisponentin
Muldental Personal GmbH · Brühl 52 · 04109 Leipzig · Tel. 0341 2180 660
""",
))

ZW_ACK = """Guten Tag Benedikt Nwankwo-Salas,

Ihre Registrierung im Bewerberportal von Zeitwerk Personalservice war erfolgreich.

Ihr Ansprechpartner in der Niederlassung Dresden ist Herr Enrico Lehmann. Er wird sich
in den nächsten Tagen telefonisch bei Ihnen melden, um Ihre Wünsche zu Einsatzort,
Arbeitszeit und Gehalt zu besprechen.

Ihr Zeitwerk-Team

Dies ist eine automatisch erzeugte Nachricht."""
M(dict(
    kind="application_received", slug="agency_portal_registration", lang="de",
    company="Zeitwerk Personalservice", contact="",
    key="zeitwerk_registration",
    frm=("Zeitwerk Personalservice", "bewerberportal-noreply@zeitwerk-personal.example.de"),
    subject="Ihre Registrierung bei Zeitwerk Personalservice",
    date="2026-06-08 20:17",
    headers=[("Auto-Submitted", "auto-generated")],
    text=ZW_ACK + "\n",
    cte="base64", charset="iso-8859-1",
))

PARTHE = """Hallo Herr Nwankwo-Salas,

vielen Dank für Ihre Bewerbung als Teamleiter Kundenservice (m/w/d) bei Parthenstrom
Energie. Wir haben Ihre Unterlagen erhalten.

Aufgrund der Vielzahl an Bewerbungen können wir leider nicht jedem Bewerber individuell
antworten. Wenn Ihr Profil zu unseren Anforderungen passt, melden wir uns innerhalb von
vier Wochen bei Ihnen.

Viele Grüße
Ihr Recruiting-Team von Parthenstrom Energie"""
M(dict(
    kind="application_received", slug="personio_cannot_reply_individually", lang="de",
    company="Parthenstrom Energie", contact="",
    frm=("Parthenstrom Energie Recruiting", "noreply@personio.de"),
    subject="Ihre Bewerbung bei Parthenstrom Energie",
    date="2026-04-28 12:12",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card("Parthenstrom Energie", "#e8a317", "Danke für Ihre Bewerbung!", PARTHE,
                  footer="Versendet über Personio. Bitte nicht auf diese E-Mail antworten."),
    cte="qp",
))

ROS_ACK = """Sehr geehrter Herr Nwankwo-Salas,

vielen Dank für Ihr Interesse an der Rosental Versicherung. Hiermit bestätigen wir den
Eingang Ihrer Bewerbung für die Position Teamleitung Kundenservice (m/w/d),
Ausschreibungsnummer 26-0311.

Wir werden Ihre Unterlagen nun prüfen und Sie über den weiteren Verlauf informieren.

Mit freundlichen Grüßen
Personalmanagement Rosental Versicherung AG"""
M(dict(
    kind="application_received", slug="taleo_ack_latin1", lang="de",
    company="Rosental Versicherung", contact="",
    key="rosental_ack",
    frm=("Rosental Versicherung", "rosental@taleo.net"),
    subject="Eingangsbestätigung - Teamleitung Kundenservice (m/w/d)",
    subj_enc="iso-8859-1:B",
    date="2026-03-09 07:48",
    headers=[("Auto-Submitted", "auto-generated")],
    charset="iso-8859-1", cte="qp",
    text=ROS_ACK.replace("–", "-") + "\n",
    html=simple_html(ROS_ACK.replace("–", "-")),
))

M(dict(
    kind="application_received", slug="human_cv_received_cp1252", lang="de",
    company="KundenWerk Halle", contact="i.gottschalk@kundenwerk-halle.example.de",
    key="kundenwerk_ack",
    frm=("Ines Gottschalk", "i.gottschalk@kundenwerk-halle.example.de"),
    subject="AW: Bewerbung Teamleiter/in Inbound",
    charset="windows-1252", cte="8bit",
    date="2026-07-01 09:14",
    text="""Hallo Herr Nwankwo-Salas,

Ihren Lebenslauf und das Anschreiben haben wir erhalten – danke! Ich leite beides heute
an unsere Standortleitung weiter. Sie hören spätestens nächste Woche von uns.

Viele Grüße
Ines Gottschalk
KundenWerk Halle GmbH · Telefon 0345 6831 207
""",
))

M(dict(
    kind="application_received", slug="assistant_confirms_receipt_latin1", lang="de",
    company="Krämerbrücke Versicherung",
    contact="sabine.hoerold@kraemerbruecke-versicherung.example.de",
    frm=("Sabine Hörold", "sabine.hoerold@kraemerbruecke-versicherung.example.de"),
    name_enc="iso-8859-1:Q",
    subject="Ihre Bewerbung - Gruppenleitung Kundenservice",
    subj_enc="iso-8859-1:B",
    charset="iso-8859-1", cte="base64",
    date="2026-08-03 11:20",
    text="""Sehr geehrter Herr Nwankwo-Salas,

im Auftrag von Herrn Häßler bestätige ich den Eingang Ihrer Bewerbung für die
Gruppenleitung Kundenservice. Die Bewerbungsfrist endet am 14. August; danach sichten wir
alle Unterlagen, und Herr Häßler meldet sich bei Ihnen.

Falls Sie bis dahin Fragen haben, erreichen Sie mich unter 0361 5540 231.

Mit freundlichen Grüßen
Sabine Hörold
Assistenz Kundenservice
Krämerbrücke Versicherung VVaG, Anger 51, 99084 Erfurt
""",
))

DP_ACK = """Hallo Benedikt,

danke für deine Bewerbung als Teamlead Customer Care (m/w/d)! Sie ist bei uns angekommen.

Wir schauen uns jede Bewerbung an. Bitte hab etwas Geduld: Bis du von uns hörst, können
zwei bis drei Wochen vergehen.

Dein People-Team von Dialogpunkt Berlin"""
M(dict(
    kind="application_received", slug="personio_du_form", lang="de",
    company="Dialogpunkt Berlin", contact="",
    frm=("Dialogpunkt Berlin", "noreply@personio.de"),
    subject="Deine Bewerbung ist bei uns angekommen",
    date="2026-09-01 22:31",
    headers=[("Auto-Submitted", "auto-generated")],
    text=DP_ACK + "\n",
    html=ats_card("Dialogpunkt Berlin", "#ff5a5f", "Bewerbung angekommen", DP_ACK),
    charset="windows-1252", cte="qp",
))

HV_ACK = """Sehr geehrter Herr Nwankwo-Salas,

wir bestätigen den Eingang Ihrer Bewerbung als Teamleiter Kundenservice (m/w/d) am
Standort Potsdam. Vielen Dank für Ihr Interesse an der Havelland Assekuranz.

Sie erhalten von uns eine Nachricht, sobald wir Ihre Unterlagen gesichtet haben."""
M(dict(
    kind="application_received", slug="bamboohr_ack", lang="de",
    company="Havelland Assekuranz", contact="",
    frm=("Havelland Assekuranz", "notifications@app.bamboohr.com"),
    subject="Bewerbungseingang: Teamleiter Kundenservice (m/w/d)",
    date="2026-01-08 16:55",
    headers=[("Auto-Submitted", "auto-generated")],
    text=HV_ACK + "\n\n-- \nGesendet mit BambooHR. Antworten auf diese Adresse werden nicht zugestellt.\n",
))

# ================================================================ acknowledgements, English

SPREE_ACK = """Hi Benedikt,

Thanks for applying to Spreeflug! We've received your application for Customer Service
Team Lead (Berlin) and our team will review it shortly.

If your experience is a match, we'll reach out to schedule a conversation.

The Spreeflug Talent Team"""
M(dict(
    kind="application_received", slug="greenhouse_ack", lang="en",
    company="Spreeflug", contact="",
    key="spreeflug_ack",
    frm=("Spreeflug Recruiting", "no-reply@greenhouse-mail.io"),
    subject="Thank you for applying to Spreeflug",
    date="2026-02-23 18:02", tz="+0000",
    headers=[("Auto-Submitted", "auto-generated")],
    text=SPREE_ACK + "\n",
    html=ats_card("Spreeflug", "#d62d20", "Application received", SPREE_ACK,
                  footer="Powered by Greenhouse"),
))

PRAHA_ACK = """Hi Benedikt,

Thanks for your interest in the Inbound Team Supervisor position at Praha Contact Hub.

This email confirms we've received your application. Our hiring team will review it and
get back to you if there is a fit.

Best,
Praha Contact Hub"""
M(dict(
    kind="application_received", slug="workable_ack", lang="en",
    company="Praha Contact Hub", contact="",
    key="praha_ack",
    frm=("Praha Contact Hub", "noreply@workablemail.com"),
    subject="Praha Contact Hub: Thanks for applying",
    date="2026-03-02 13:33",
    headers=[("Auto-Submitted", "auto-generated")],
    text=PRAHA_ACK + "\n",
    html=ats_card("Praha Contact Hub", "#1abc9c", "Thanks for applying", PRAHA_ACK,
                  footer="Sent via Workable"),
    cte="base64",
))

M(dict(
    kind="application_received", slug="headhunter_cv_received", lang="en",
    company="Northbridge Talent Partners", contact="priya.nair@northbridge-talent.example.co.uk",
    key="northbridge_ack", parent="northbridge_cold",
    frm=("Priya Nair", "priya.nair@northbridge-talent.example.co.uk"),
    subject="Re: Customer operations roles in Prague and Berlin - quick chat?",
    date="2026-06-11 16:40", tz="+0100",
    text="""Hi Benedikt,

Oliver asked me to confirm that we've received your CV and the notes from your call with
him. You're now registered with us, and your details are only shared with a client once
you have agreed to it.

Oliver will be in touch as soon as he has a role to discuss.

Best wishes,
Priya Nair
Resourcer | Northbridge Talent Partners
3 Bishopsgate Court, London EC2N 4AY | +44 20 7946 0312
""",
))

SKY_ACK = """Hi Benedikt,

Thank you for applying for Passenger Care Team Lead at Skylark Regional. Your application
has been received.

We receive a very high number of applications, so unfortunately we cannot reply to every
applicant individually. If we'd like to move forward, a member of our recruiting team will
contact you within three weeks.

Skylark Regional Recruiting"""
M(dict(
    kind="application_received", slug="ashby_cannot_reply_individually", lang="en",
    company="Skylark Regional", contact="",
    key="skylark_ack",
    frm=("Skylark Regional", "no-reply@ashbyhq.com"),
    subject="Application received - Passenger Care Team Lead",
    date="2026-07-13 11:05",
    headers=[("Auto-Submitted", "auto-generated")],
    text=SKY_ACK + "\n",
    html=ats_card("Skylark Regional", "#0077b6", "Thanks for applying", SKY_ACK),
    cte="qp",
))

KARLIN_ACK = """Dear Benedikt,

We confirm receipt of your application for Claims Contact Team Lead.

Our recruitment team reviews applications every week. You will hear from us either way
once the review is complete.

Kind regards,
Karlín Mutual Insurance - Recruitment"""
M(dict(
    kind="application_received", slug="recruitee_ack_prague", lang="en",
    company="Karlín Mutual Insurance", contact="",
    key="karlin_ack",
    frm=("Karlín Mutual Insurance", "karlin-mutual@jobs.recruitee.com"), name_enc="utf-8:Q",
    subject="We received your application - Claims Contact Team Lead",
    date="2026-10-01 19:50",
    headers=[("Auto-Submitted", "auto-generated")],
    text=KARLIN_ACK + "\n",
))

# ================================================================ acknowledgements, French

RHIN_ACK = """Bonjour Benedikt,

Merci pour votre candidature au poste de responsable d'équipe service clients (H/F) à
Strasbourg. Nous l'avons bien reçue.

Notre équipe recrutement l'étudie avec attention et reviendra vers vous dans les
prochaines semaines.

À bientôt,
L'équipe Rhin Express Mobilités"""
M(dict(
    kind="application_received", slug="teamtailor_accuse_reception", lang="fr",
    company="Rhin Express Mobilités", contact="",
    key="rhin_ack",
    frm=("Rhin Express Mobilités", "no-reply@teamtailor-mail.com"),
    subject="Nous avons bien reçu votre candidature",
    date="2026-01-14 20:06",
    headers=[("Auto-Submitted", "auto-generated")],
    text=RHIN_ACK + "\n",
    html=ats_card("Rhin Express Mobilités", "#2c3e50", "Candidature reçue", RHIN_ACK,
                  footer="Envoyé avec Teamtailor"),
    cte="qp",
))

ALS_ACK = """Bonjour Benedikt,

Nous vous remercions pour votre candidature au poste de superviseur du centre de relation
client.

Nous recevons un grand nombre de candidatures et nous ne pourrons malheureusement pas
répondre individuellement à chacune d'entre elles. Si votre profil correspond à nos
besoins, un membre de notre équipe vous contactera dans un délai de trois semaines.

L'équipe recrutement d'Alsace Énergie Services"""
M(dict(
    kind="application_received", slug="smartrecruiters_pas_de_reponse_individuelle", lang="fr",
    company="Alsace Énergie Services", contact="",
    key="alsace_ack",
    frm=("Alsace Énergie Services", "noreply@smartrecruiters.com"), name_enc="iso-8859-1:B",
    subject="Confirmation de votre candidature",
    date="2026-04-06 08:12",
    headers=[("Auto-Submitted", "auto-generated")],
    text=ALS_ACK + "\n",
    html=ats_card("Alsace Énergie Services", "#27ae60", "Candidature reçue", ALS_ACK),
    charset="iso-8859-1", cte="qp",
))

M(dict(
    kind="application_received", slug="agence_interim_inscription", lang="fr",
    company="Intérim Rhénan", contact="l.schaeffer@interim-rhenan.example.fr",
    key="interim_registration",
    frm=("Laurent Schaeffer", "l.schaeffer@interim-rhenan.example.fr"),
    subject="Votre inscription chez Intérim Rhénan",
    date="2026-05-26 17:45",
    cte="qp",
    text="""Bonjour Benedikt,

Merci d'être passé à l'agence cet après-midi. Votre inscription est finalisée : CV, pièce
d'identité et attestation de droits sont enregistrés dans notre dossier.

Je vous propose dès maintenant aux entreprises qui cherchent des chefs d'équipe
bilingues allemand-français sur l'Eurométropole. Je vous appelle dès qu'une mission se
présente.

Bonne soirée,
Laurent Schaeffer
Chargé de recrutement - Intérim Rhénan, agence de Strasbourg
18 rue du Faubourg National, 67000 Strasbourg - 03 88 75 12 40
""",
))

# ================================================================ acknowledgements, Spanish

M(dict(
    kind="application_received", slug="acuse_recibo_portal", lang="es",
    company="Ferrocarriles del Turia", contact="",
    key="turia_ack",
    frm=("Ferrocarriles del Turia - Empleo", "empleo-noreply@ferroturia.example.es"),
    subject="Hemos recibido tu candidatura - Ref. FT-2026-031",
    date="2026-03-11 21:03",
    headers=[("Auto-Submitted", "auto-generated")],
    html=simple_html("""Hola, Benedikt:

Gracias por tu interés en Ferrocarriles del Turia. Hemos recibido correctamente tu
candidatura para el puesto de Coordinador/a de Atención al Viajero (Ref. FT-2026-031).

El equipo de Selección revisará tu perfil. Si encaja con lo que buscamos, nos pondremos en
contacto contigo.

Este es un mensaje automático; por favor, no respondas a este correo."""),
    cte="base64",
))

MALV_ACK = """Hola Benedikt:

¡Gracias por tu candidatura a Responsable de Equipo de Atención al Cliente en Seguros
Malvarrosa!

La hemos recibido correctamente. Revisaremos tu perfil en los próximos días.

Saludos,
Seguros Malvarrosa"""
M(dict(
    kind="application_received", slug="recruitee_acuse", lang="es",
    company="Seguros Malvarrosa", contact="",
    frm=("Seguros Malvarrosa", "seguros-malvarrosa@jobs.recruitee.com"),
    subject="¡Gracias por tu candidatura!",
    subj_enc="utf-8:B",
    date="2026-06-17 10:22",
    headers=[("Auto-Submitted", "auto-generated")],
    text=MALV_ACK + "\n",
    html=ats_card("Seguros Malvarrosa", "#0a7ea4", "Candidatura recibida", MALV_ACK,
                  footer="Enviado con Recruitee"),
))

M(dict(
    kind="application_received", slug="agencia_alta_candidato", lang="es",
    company="Talento Levante", contact="raul.domenech@talentolevante.example.es",
    key="talento_alta",
    frm=("Raúl Domènech", "raul.domenech@talentolevante.example.es"), name_enc="iso-8859-1:Q",
    subject="Alta en Talento Levante - hemos recibido tu CV",
    charset="iso-8859-1", cte="8bit",
    date="2026-08-11 12:30",
    text="""Hola, Benedikt:

Gracias por enviarnos tu CV. Ya te hemos dado de alta en nuestra base de candidatos para
puestos de atención al cliente y coordinación de equipos en Valencia.

Tengo un par de procesos abiertos con empresas del aeropuerto y del puerto en los que
podrías encajar. Te llamo esta semana para comentarlos.

Un saludo,
Raúl Domènech
Consultor de selección - Talento Levante
Gran Vía Marqués del Túria 49, 46005 Valencia - 963 44 18 70
""",
))

# ================================================================ offers

ESB_OFFER = """Sehr geehrter Herr Nwankwo-Salas,

wir freuen uns sehr, Ihnen nach den Gesprächen mit Herrn Wendt die Stelle als Teamleiter
Kundenservice (m/w/d) im Kundencenter Leipzig Hbf anbieten zu können.

Die Eckdaten unseres Angebots:
- Eintritt zum 1. Juni 2026, unbefristet
- Entgeltgruppe 9 nach Haustarifvertrag, Jahresbrutto rund 52.400 Euro
- 39-Stunden-Woche, 30 Tage Urlaub, Deutschlandticket Job

Das vollständige Vertragsangebot finden Sie im Anhang. Bitte geben Sie uns bis zum
27. März Bescheid, ob Sie es annehmen möchten. Für Fragen stehen Herr Wendt und ich Ihnen
jederzeit zur Verfügung.

Mit freundlichen Grüßen

Katrin Böhme
Personalreferentin
Elster-Saale-Bahn GmbH
Willy-Brandt-Platz 5, 04109 Leipzig
Telefon +49 341 9683 240"""
M(dict(
    kind="offer", slug="formal_offer_pdf_leipzig", lang="de",
    company="Elster-Saale-Bahn", contact="katrin.boehme@elster-saale-bahn.example.de",
    key="esb_offer", parent="esb_thanks",
    frm=("Katrin Böhme", "katrin.boehme@elster-saale-bahn.example.de"),
    cc=[("Ralf Wendt", "ralf.wendt@elster-saale-bahn.example.de")],
    subject="Ihr Vertragsangebot – Teamleiter Kundenservice (m/w/d)",
    date="2026-03-13 11:00",
    text=ESB_OFFER + "\n",
    html=outlook_html(ESB_OFFER, "de"),
    cte="qp",
    pdfs=[dict(name="Vertragsangebot_Nwankwo-Salas.pdf",
               title="Vertragsangebot Teamleiter Kundenservice",
               lines=["Elster-Saale-Bahn GmbH, Willy-Brandt-Platz 5, 04109 Leipzig", "",
                      "Herrn Benedikt Nwankwo-Salas", "Beginn: 01.06.2026, unbefristet",
                      "Entgeltgruppe 9 Haustarifvertrag, ca. 52.400 EUR brutto p.a.",
                      "Bitte unterschrieben zurück bis 27.03.2026"])],
))

M(dict(
    kind="offer", slug="agency_client_wants_to_offer", lang="de",
    company="Pleißenland Stadtwerke", contact="s.kaulfuss@muldental-personal.example.de",
    key="muldental_offer", parent="muldental_moved",
    frm=("Sandra Kaulfuß", "s.kaulfuss@muldental-personal.example.de"),
    subject="Angebot der Pleißenland Stadtwerke!",
    date="2026-06-01 17:05",
    text=reply("""Hallo Herr Nwankwo-Salas,

ich habe eben mit Dr. Naumann telefoniert: Die Pleißenland Stadtwerke möchten Ihnen ein
Angebot machen! Teamleitung Kundenservice, Direktanstellung bei den Stadtwerken ab
1. August, 54.000 Euro brutto im Jahr plus betriebliche Altersvorsorge.

Der schriftliche Vertrag kommt direkt von der Personalabteilung der Stadtwerke. Rufen Sie
mich gern heute Abend noch an, dann sprechen wir über die Details und Ihre Kündigungsfrist.

Herzlichen Glückwunsch!
Sandra Kaulfuß
Muldental Personal GmbH · Tel. 0341 2180 660""", "de", "Mo., 18. Mai 2026 um 08:50",
        "Sandra Kaulfuß", """Guten Morgen Herr Nwankwo-Salas,

kleine Änderung: Dr. Naumann muss am Mittwoch zu einer Aufsichtsratssitzung. Die
Stadtwerke haben das Gespräch deshalb auf Freitag, 22.05.2026, 10:00 Uhr verlegt."""),
))

M(dict(
    kind="offer", slug="contract_for_signature_pdf", lang="de",
    company="Havelbahn Express", contact="s.kowalski@havelbahn.example.de",
    frm=("Susanne Kowalski", "s.kowalski@havelbahn.example.de"),
    cc=[("Philipp Rau", "p.rau@kessler-rau.example.de")],
    subject="Arbeitsvertrag zur Unterschrift – Leitung Kundendialog",
    date="2026-05-27 14:25",
    text="""Sehr geehrter Herr Nwankwo-Salas,

wie gestern mit Herrn Dr. Brandes vereinbart, sende ich Ihnen anbei Ihren Arbeitsvertrag
als Leiter Kundendialog bei Havelbahn Express in zweifacher Ausfertigung.

Bitte unterschreiben Sie beide Exemplare und schicken Sie eines bis zum 5. Juni an uns
zurück, gern vorab als Scan. Herr Rau erhält diese Nachricht zur Kenntnis.

Wir freuen uns auf die Zusammenarbeit!

Mit freundlichen Grüßen
Susanne Kowalski
Leiterin Personal
Havelbahn Express GmbH · Am Ostbahnhof 9 · 10243 Berlin · Tel. 030 2938 4410

Havelbahn Express GmbH, Sitz Berlin, Amtsgericht Charlottenburg HRB 201884 B,
Geschäftsführer: Dr. Jörn Brandes
""",
    pdfs=[dict(name="Arbeitsvertrag_Havelbahn_Express.pdf", title="Arbeitsvertrag",
               lines=["zwischen Havelbahn Express GmbH und Benedikt Nwankwo-Salas",
                      "§ 1 Beginn: 01.08.2026, Tätigkeit: Leiter Kundendialog",
                      "§ 3 Vergütung: 4.650 EUR brutto monatlich",
                      "Ort, Datum, Unterschrift: ______________________"]),
          dict(name="Datenschutzhinweise_Beschäftigte.pdf", title="Datenschutzhinweise",
               lines=["Informationen nach Art. 13 DSGVO für Beschäftigte"])],
))

M(dict(
    kind="offer", slug="verbal_offer_followup", lang="de",
    company="Domstadt Energie", contact="christian.ehrhardt@domstadt-energie.example.de",
    key="domstadt_offer", parent="domstadt_cancel",
    frm=("Christian Ehrhardt", "christian.ehrhardt@domstadt-energie.example.de"),
    subject="Unser Angebot – wie am Telefon besprochen",
    date="2026-10-08 16:40",
    charset="windows-1252", cte="qp",
    text="""Hallo Herr Nwankwo-Salas,

wie heute Vormittag am Telefon besprochen, bestätige ich Ihnen gern schriftlich: Wir
möchten Sie als Teamleiter in unserem Kundenzentrum am Anger einstellen.

– Start: 1. Januar 2027 (oder früher, wenn Ihre Kündigungsfrist es erlaubt)
– Gehalt: 4.300 € brutto im Monat, 13 Gehälter
– Gleitzeit, zwei Tage Homeoffice pro Woche

Der Vertrag kommt in den nächsten Tagen von unserer Personalabteilung. Bis dahin können
Sie mich jederzeit anrufen, falls noch Fragen offen sind.

Ich freue mich sehr, dass es nach dem verschobenen Kaffee doch noch geklappt hat!

Schöne Grüße
Christian Ehrhardt
Leiter Kundenzentrum | Domstadt Energie GmbH | 0361 6020 415
""",
))

ELBE_OFFER = """Hallo Herr Nwankwo-Salas,

herzlichen Dank für das gute Videointerview und das Kennenlernen vor Ort am Freitag. Wir
sind überzeugt und möchten Ihnen die Stelle als Teamleiter Kundenservice anbieten.

Unser Angebot: Start am 1. Dezember 2026, Vollzeit (40 Stunden), 3.950 Euro brutto im
Monat plus Teamprämie, 28 Urlaubstage, Jobrad.

Bitte lassen Sie uns bis zum 26. Oktober wissen, ob Sie annehmen. Den Vertrag schicken
wir Ihnen dann per Post zu.

Herzliche Grüße
Yvonne Pietsch
Recruiting, ElbeCall Service GmbH
Königsbrücker Landstraße 96, 01109 Dresden, Tel. 0351 8826 140"""
M(dict(
    kind="offer", slug="offer_letter_html_only", lang="de",
    company="ElbeCall Service", contact="y.pietsch@elbecall.example.de",
    key="elbecall_offer", parent="elbecall_invite",
    frm=("Yvonne Pietsch", "y.pietsch@elbecall.example.de"),
    subject="Unser Angebot für Sie: Teamleiter Kundenservice",
    date="2026-10-19 11:45",
    html=simple_html(ELBE_OFFER, "Segoe UI, sans-serif"),
    cte="base64",
))

VLT_OFFER = """Dear Benedikt,

Following your interviews with Jakub and me, I am delighted to offer you the position of
Customer Service Team Lead at Vltava Rail Services in Prague.

Start date: 1 August 2026
Gross salary: CZK 68,000 per month, plus an annual bonus of up to 10%
Relocation package: two months' temporary housing and a one-off payment of CZK 40,000

Your offer letter is attached. Please sign and return it by 12 June. I'm happy to set up a
call if you have any questions.

We really hope you'll join us!

Kind regards,
Petra Dvořáková
Talent Acquisition, Vltava Rail Services
Na Florenci 1420/3, 110 00 Prague 1 | +420 224 881 230"""
M(dict(
    kind="offer", slug="offer_letter_pdf_prague", lang="en",
    company="Vltava Rail Services", contact="petra.dvorakova@vltava-rail.example.cz",
    key="vltava_offer", parent="vltava_rescheduled",
    frm=("Petra Dvořáková", "petra.dvorakova@vltava-rail.example.cz"), name_enc="utf-8:B",
    subject="Offer of employment - Customer Service Team Lead",
    date="2026-05-29 16:05",
    text=VLT_OFFER + "\n",
    html=simple_html(VLT_OFFER),
    cte="qp",
    pdfs=[dict(name="Offer_Letter_Nwankwo-Salas.pdf", title="Offer of Employment",
               lines=["Vltava Rail Services, Na Florenci 1420/3, Prague 1",
                      "Position: Customer Service Team Lead", "Start: 1 August 2026",
                      "Salary: CZK 68,000 gross per month",
                      "Signature: ____________________  Date: __________"])],
))

M(dict(
    kind="offer", slug="headhunter_client_wants_to_offer", lang="en",
    company="Moravia Rail Connect", contact="oliver.whitcombe@northbridge-talent.example.co.uk",
    frm=("Oliver Whitcombe", "oliver.whitcombe@northbridge-talent.example.co.uk"),
    subject="Moravia Rail Connect - they want to make you an offer!",
    date="2026-09-02 18:20", tz="+0100",
    text=forward("""Hi Benedikt,

Brilliant news: Moravia Rail Connect want to make you an offer for the Onboard Service
Manager role in Prague. Radek called me after the final interview this afternoon and
sent the note below, which I'm forwarding so you have it in writing.

The written offer will come from their HR team by Friday. Give me a call tonight if you
can; I'd like to talk you through it before they send the paperwork, including the notice
period question.

Congratulations - well deserved.
Oliver

Oliver Whitcombe | Senior Consultant | Northbridge Talent Partners | +44 20 7946 0311""",
        "en", "Radek Procházka <radek.prochazka@moravia-rail.example.cz>",
        "Wed, 2 Sep 2026 at 17:48", "Benedikt N-S - our decision",
        "Oliver Whitcombe <oliver.whitcombe@northbridge-talent.example.co.uk>",
        """Hi Oliver,

We were all impressed by Benedikt today. Please tell him we would like to offer him the
Onboard Service Manager position: CZK 72,000 gross per month, start 1 November, hybrid
two days a week, and our standard relocation support.

HR will send the formal offer letter by Friday.

Best regards,
Radek Procházka
Head of Onboard Services, Moravia Rail Connect"""),
))

ILL_OFFER = """Bonjour Monsieur Nwankwo-Salas,

Merci encore pour votre journée d'immersion de mardi, qui a convaincu toute l'équipe.

J'ai le plaisir de vous proposer le poste de chef d'équipe du plateau germanophone, en CDI,
à partir du 2 novembre 2026 :
- rémunération annuelle brute : 34 000 euros sur 13 mois ;
- 35 heures hebdomadaires, horaires entre 8 h et 19 h ;
- prime d'objectifs trimestrielle et tickets restaurant.

Vous trouverez la promesse d'embauche en pièce jointe. Merci de me faire part de votre
réponse avant le 5 octobre.

Bien cordialement,
Nadia Benali
Responsable recrutement - Ill Contact
8 rue de l'Industrie, 67400 Illkirch-Graffenstaden - 03 88 67 21 44"""
M(dict(
    kind="offer", slug="proposition_embauche_pdf", lang="fr",
    company="Ill Contact", contact="nadia.benali@ill-contact.example.fr",
    key="ill_offer", parent="ill_cancel",
    frm=("Nadia Benali", "nadia.benali@ill-contact.example.fr"),
    subject="Proposition d'embauche - Chef d'équipe plateau germanophone",
    date="2026-09-25 10:30",
    text=ILL_OFFER + "\n",
    html=simple_html(ILL_OFFER),
    charset="iso-8859-1", cte="qp",
    pdfs=[dict(name="Promesse_d_embauche.pdf", title="Promesse d'embauche",
               lines=["Ill Contact, 8 rue de l'Industrie, 67400 Illkirch-Graffenstaden",
                      "Poste : chef d'équipe plateau germanophone (CDI)",
                      "Date d'entrée : 2 novembre 2026",
                      "Rémunération : 34 000 EUR bruts annuels"])],
))

M(dict(
    kind="offer", slug="contrat_a_signer", lang="fr",
    company="Kléber Assistance", contact="marc.oberle@kleber-assistance.example.fr",
    frm=("Marc Oberlé", "marc.oberle@kleber-assistance.example.fr"), name_enc="iso-8859-1:Q",
    subject="Votre contrat de travail à signer",
    subj_enc="utf-8:B",
    date="2026-10-14 17:10",
    text="""Bonjour Benedikt,

Comme convenu lors de notre appel de vendredi, je vous transmets votre contrat de travail
pour le poste de responsable d'équipe assistance (plateau franco-allemand), en CDI à
compter du 4 janvier 2027.

Merci de le parapher, de le signer et de me le retourner scanné d'ici le 23 octobre.
L'original signé peut suivre par courrier.

Toute l'équipe se réjouit de vous accueillir à Strasbourg.

Bien cordialement,
Marc Oberlé
Directeur des opérations
Kléber Assistance SAS - 9 place Kléber, 67000 Strasbourg - 03 88 21 55 60

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur
destinataire. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le
supprimer.
""",
    pdfs=[dict(name="Contrat_CDI_Nwankwo-Salas.pdf", title="Contrat de travail a duree indeterminee",
               lines=["Entre Kléber Assistance SAS et M. Benedikt Nwankwo-Salas",
                      "Article 1 - Fonction : responsable d'équipe assistance",
                      "Article 2 - Date d'effet : 4 janvier 2027",
                      "Fait à Strasbourg, le ........  Signature :"])],
))

TURIA_OFFER = """Hola, Benedikt:

¡Enhorabuena! Después de las entrevistas con Andrés y con la dirección, nos alegra
ofrecerte el puesto de Coordinador de Atención al Viajero en Ferrocarriles del Turia.

Condiciones principales:
- Contrato indefinido, incorporación el 1 de julio de 2026.
- Salario bruto anual: 31.500 euros en 14 pagas.
- Jornada de 37,5 horas en turnos rotativos, con abono de transporte.

Adjuntamos la carta de oferta. Te agradeceríamos una respuesta antes del 6 de mayo.

Un saludo muy cordial,
Lucía Ferrer
Técnica de Selección · Ferrocarriles del Turia
Carrer de Xàtiva 24, 46007 València · 963 10 72 40"""
M(dict(
    kind="offer", slug="oferta_formal_pdf", lang="es",
    company="Ferrocarriles del Turia", contact="lucia.ferrer@ferroturia.example.es",
    key="turia_offer", parent="turia_moved",
    frm=("Lucía Ferrer", "lucia.ferrer@ferroturia.example.es"),
    subject="Oferta de empleo - Coordinador de Atención al Viajero",
    date="2026-04-22 13:15",
    text=reply(TURIA_OFFER, "es", "jue, 26 mar 2026 a las 9:40", "Lucía Ferrer", TURIA_MOVE),
    cte="qp",
    pdfs=[dict(name="Carta_de_oferta_FT.pdf", title="Carta de oferta",
               lines=["Ferrocarriles del Turia, Carrer de Xàtiva 24, València",
                      "Puesto: Coordinador de Atención al Viajero",
                      "Incorporación: 1 de julio de 2026",
                      "Salario bruto anual: 31.500 EUR (14 pagas)"])],
))

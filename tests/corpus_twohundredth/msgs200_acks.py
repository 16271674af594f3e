"""Kinds `application_received` (21) and `offer` (10). Every text is written here for its
message."""

from __future__ import annotations

from msgs200_common import (
    CAND,
    ats_card,
    outlook_html,
    plain_html,
    reply_chain,
    signature,
)

GCO_DISCLAIMER = """This email and any attachments are confidential. If you are not the intended
recipient, please notify the sender and delete it. Galway County Council / Comhairle Chontae
na Gaillimhe."""

MESSAGES: list[dict] = [
    # ================================================================ application_received
    {
        "name": "workday_atlanticrail_ack",
        "key": "atl-ack",
        "kind": "application_received", "company": "Atlantic Rail", "contact": "", "lang": "en",
        "frm": ("Atlantic Rail", "atlanticrail@myworkday.com"),
        "subject": "Thank you for applying: Timetable Planning Analyst (R-2041)",
        "date": "2026-02-16 08:03 +0000",
        "text": """Dear Sinéad,

Thank you for applying for the position of Timetable Planning Analyst (R-2041) at Atlantic
Rail. We have received your application and it is now with our recruitment team.

You can track the status of your application at any time by signing in to your candidate
home: https://atlanticrail.wd3.myworkday.com/AtlanticRail_Careers/userHome

If your experience matches what we are looking for, a member of the team will be in touch.

Atlantic Rail Talent Acquisition
""",
        "html": ats_card("Atlantic Rail", """Dear Sinéad,

Thank you for applying for the position of Timetable Planning Analyst (R-2041) at Atlantic
Rail. We have received your application and it is now with our recruitment team.

If your experience matches what we are looking for, a member of the team will be in touch.

Atlantic Rail Talent Acquisition""", button=(
            "Candidate home",
            "https://atlanticrail.wd3.myworkday.com/AtlanticRail_Careers/userHome"),
            footer="This email was sent from Workday. Please do not reply.", colour="#12355b"),
    },
    {
        "name": "ashby_timetableworks_ack",
        "key": "ttw-ack",
        "kind": "application_received", "company": "TimetableWorks", "contact": "", "lang": "en",
        "frm": ("TimetableWorks", "no-reply@ashbyhq.com"),
        "subject": "Thanks for applying to TimetableWorks!",
        "date": "2026-03-02 21:14 +0000",
        "text": """Hi Sinéad,

Thanks for applying for the Scheduling Data Analyst role at TimetableWorks. This is a quick
note to confirm that your application landed safely with us.

Our team reads every application. We aim to get back to everyone within two weeks, whatever
the outcome.

In the meantime, you can read about how our customers use TimetableWorks to plan bus and
rail networks at https://timetableworks.example.com/customers

Cheers,
The TimetableWorks team
""",
        "cte": "qp",
    },
    {
        "name": "agency_registration_harbour",
        "key": "hbt-reg",
        "kind": "application_received", "company": "Harbour Talent",
        "contact": "ciaran.moloney@harbourtalent.example.ie", "lang": "en",
        "frm": ("Ciarán Moloney", "ciaran.moloney@harbourtalent.example.ie"),
        "subject": "Welcome to Harbour Talent – your registration",
        "subj_enc": "utf-8/b",
        "date": "2026-01-12 11:35 +0000",
        "text": """Hi Sinéad,

Thanks for taking the time to chat this morning, and welcome to Harbour Talent. Your
registration is complete and your CV is now on our system, so I can put you forward for
scheduling and planning roles with our transport clients in Cork, Limerick and Galway.

As discussed, I'll only ever send your CV to a client after I've talked the role through
with you and you've said yes.

Two small things to finish off your file:
- a copy of your photo ID (passport or driving licence)
- the names of two referees; we won't contact them without asking you first

Speak soon,
Ciarán

""" + signature("Ciarán Moloney", "Senior Consultant - Transport & Supply Chain",
                "Harbour Talent, 2 Lapps Quay, Cork T12 XK50", "+353 21 555 0177")
        + """
Harbour Talent Ltd is registered in Ireland (no. 612345). This email and any attachment are
confidential and intended only for the addressee.
""",
        "html": outlook_html("""Hi Sinéad,

Thanks for taking the time to chat this morning, and welcome to Harbour Talent. Your
registration is complete and your CV is now on our system, so I can put you forward for
scheduling and planning roles with our transport clients in Cork, Limerick and Galway.

As discussed, I'll only ever send your CV to a client after I've talked the role through
with you and you've said yes.

Two small things to finish off your file:
- a copy of your photo ID (passport or driving licence)
- the names of two referees; we won't contact them without asking you first

Speak soon,
Ciarán

Ciarán Moloney
Senior Consultant - Transport & Supply Chain
Harbour Talent, 2 Lapps Quay, Cork T12 XK50
+353 21 555 0177

Harbour Talent Ltd is registered in Ireland (no. 612345). This email and any attachment are
confidential and intended only for the addressee."""),
    },
    {
        "name": "teamtailor_domstad_cannot_reply_individually",
        "key": "dom-ack",
        "kind": "application_received", "company": "Domstad Vervoer", "contact": "", "lang": "en",
        "frm": ("Domstad Vervoer", "no-reply@teamtailor-mail.com"),
        "subject": "We have received your application - Domstad Vervoer",
        "date": "2026-05-05 22:47 +0200",
        "text": """Dear Sinéad,

Thank you for applying for the position of Timetable & Duty Scheduling Analyst at Domstad
Vervoer. Your application has been received and will be reviewed by our recruitment team.

We receive a large number of applications, and unfortunately we cannot reply to every
applicant individually. If you are selected for the next stage, we will contact you within
three weeks of the closing date (22 May).

Kind regards,
Recruitment team, Domstad Vervoer
""",
        "html": ats_card("Domstad Vervoer", """Dear Sinéad,

Thank you for applying for the position of Timetable & Duty Scheduling Analyst at Domstad
Vervoer. Your application has been received and will be reviewed by our recruitment team.

We receive a large number of applications, and unfortunately we cannot reply to every
applicant individually. If you are selected for the next stage, we will contact you within
three weeks of the closing date (22 May).

Kind regards,
Recruitment team, Domstad Vervoer""", footer="Sent with Teamtailor", colour="#e30613"),
    },
    {
        "name": "galwaycity_online_application_ack",
        "key": "gcc-ack",
        "kind": "application_received", "company": "Galway City Council", "contact": "", "lang": "en",
        "frm": ("Galway City Council Recruitment", "noreply@galwaycity.example.ie"),
        "subject": "Application received: Transportation Scheduling Officer (Grade V) - Ref TSO/26/01",
        "date": "2026-01-19 12:04 +0000",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Dear Sinéad Kowalski-Mbatha,

This is to acknowledge receipt of your online application form for the competition
Transportation Scheduling Officer (Grade V), reference TSO/26/01.

Please quote your candidate number, 0417, in any correspondence.

The Council may decide to shortlist candidates on the basis of the information supplied in
the application form. Candidates will be notified of the outcome of shortlisting by email.

This is an automated message. Please do not reply to this address.

Human Resources Department
Galway City Council
""",
        "cte": "7bit",
    },
    {
        "name": "taleo_pennine_ack_base64",
        "key": "pen-ack",
        "kind": "application_received", "company": "Pennine Transport Partnership", "contact": "",
        "lang": "en",
        "frm": ("Pennine Transport Partnership", "noreply@taleo.net"),
        "subject": "Req 26-0142 Network Scheduling Officer - submission received",
        "date": "2026-02-09 18:30 +0000",
        "text": """Dear Sinéad Kowalski-Mbatha,

Thank you for submitting your application for the position of Network Scheduling Officer
(requisition 26-0142).

Your submission has been successfully received. We will review your qualifications and
contact you if there is a match with the requirements of the position.

You can view the status of your submission in the Career Section at any time.

Resourcing Team
Pennine Transport Partnership

This is an automated message from Taleo. Replies to this address are not monitored.
""",
        "cte": "b64",
    },
    {
        "name": "icims_lagan_ack_html_base64",
        "key": "lag-ack",
        "kind": "application_received", "company": "Lagan Connect", "contact": "", "lang": "en",
        "frm": ("Lagan Connect Careers", "no-reply@icims.com"),
        "subject": "Thank you for applying to Lagan Connect",
        "date": "2026-04-14 13:02 +0100",
        "html": ats_card("Lagan Connect", """Dear Sinéad,

Thank you for applying for Network Scheduling Analyst (Req 2026-0417). We have received your
application and our recruitment team will review it shortly.

You can log in to our careers portal at any time to check the status of your application.

Lagan Connect Recruitment""", button=(
            "Careers portal", "https://careers-laganconnect.icims.com/jobs/login"),
            footer="This mailbox is not monitored. Powered by iCIMS.", colour="#003b5c"),
        "cte": "b64",
    },
    {
        "name": "munster_human_cv_received",
        "key": "mpn-cv",
        "kind": "application_received", "company": "Munster Parcel Network",
        "contact": "eoin.twomey@munsterparcel.example.ie", "lang": "en",
        "frm": ("Eoin Twomey", "eoin.twomey@munsterparcel.example.ie"),
        "subject": "Re: Planning assistant - CV",
        "date": "2026-03-30 08:12 +0100",
        "text": """Hi Sinéad,

We've received your CV, thanks for sending it on. I'm out on the routes most of this week
but I'll have a proper look at it by Friday and come back to you.

Eoin

Eoin Twomey
Planning Manager, Munster Parcel Network
Little Island, Co. Cork | 021 555 0164
""",
        "cte": "7bit",
    },
    {
        "name": "agency_registration_northway",
        "key": "nw-reg",
        "kind": "application_received", "company": "Northway Recruitment",
        "contact": "hannah.lister@northway.example.co.uk", "lang": "en",
        "frm": ("Hannah Lister", "hannah.lister@northway.example.co.uk"),
        "subject": "Your registration with Northway Recruitment",
        "date": "2026-01-20 14:40 +0000",
        "text": """Hi Sinéad,

Lovely to speak to you earlier. I've now set you up as a candidate with Northway, so you're
officially registered and I can start talking to our Leeds clients about you.

What happens next:
1. I'll send you role descriptions before anything goes to a client.
2. Please complete our right-to-work check online (link below) - as an Irish citizen you
   can work in the UK under the Common Travel Area, but we still have to record it.
3. Keep an eye on your inbox; Yorkshire operators move quickly.

Right-to-work check: https://northway.example.co.uk/candidates/rtw

Thanks,
Hannah

Hannah Lister | Senior Consultant
Northway Recruitment | 18 Wellington Street, Leeds LS1 4DL | 0113 555 0143
Northway Recruitment Ltd, registered in England and Wales no. 09123456.
""",
        "html": plain_html("""Hi Sinéad,

Lovely to speak to you earlier. I've now set you up as a candidate with Northway, so you're
officially registered and I can start talking to our Leeds clients about you.

What happens next:
1. I'll send you role descriptions before anything goes to a client.
2. Please complete our right-to-work check online - as an Irish citizen you can work in the
UK under the Common Travel Area, but we still have to record it.
3. Keep an eye on your inbox; Yorkshire operators move quickly.

Thanks,
Hannah

Hannah Lister | Senior Consultant
Northway Recruitment | 18 Wellington Street, Leeds LS1 4DL | 0113 555 0143"""),
    },
    {
        "name": "successfactors_claddagh_high_volume",
        "key": "cu-ack",
        "kind": "application_received", "company": "Claddagh University", "contact": "", "lang": "en",
        "frm": ("Claddagh University Recruitment", "noreply@successfactors.eu"),
        "subject": "Competition CU-2026-112 - acknowledgement of application",
        "date": "2026-04-06 09:15 +0100",
        "text": """Dear Sinéad Kowalski-Mbatha,

Thank you for your application for Competition CU-2026-112, Research Assistant, Centre for
Mobility Research. Your application was submitted successfully on 5 April 2026.

Due to the high volume of applications received for our posts, regrettably we are unable to
respond to each applicant individually at this stage. Shortlisted candidates will be
contacted by the HR Recruitment Office; all applicants will be informed of the outcome of
shortlisting.

HR Recruitment Office
Claddagh University, University Road, Galway

Please do not reply to this automated message.
""",
        "html": ats_card("Claddagh University", """Dear Sinéad Kowalski-Mbatha,

Thank you for your application for Competition CU-2026-112, Research Assistant, Centre for
Mobility Research. Your application was submitted successfully on 5 April 2026.

Due to the high volume of applications received for our posts, regrettably we are unable to
respond to each applicant individually at this stage. Shortlisted candidates will be
contacted by the HR Recruitment Office; all applicants will be informed of the outcome of
shortlisting.

HR Recruitment Office""", footer="Please do not reply to this automated message.",
                      colour="#7b0e2b"),
        "cte": "b64",
    },
    {
        "name": "agency_registration_flexpoint",
        "key": "flex-reg",
        "kind": "application_received", "company": "Flexpoint Staffing",
        "contact": "joost.vanleeuwen@flexpoint.example.nl", "lang": "en",
        "frm": ("Joost van Leeuwen", "joost.vanleeuwen@flexpoint.example.nl"),
        "subject": "Registration complete - Flexpoint Staffing Utrecht",
        "date": "2026-02-03 15:05 +0100",
        "text": """Hi Sinéad,

Thank you for our video call today. Your registration with Flexpoint Staffing is complete:
your profile and CV are in our system and I'm your consultant from now on.

I have one English-speaking planning role in mind already with a regional operator. I'll
call you about it later this week before I send anything on.

For your information, we will keep your data for two years unless you ask us to remove it
earlier (see our privacy statement at https://flexpoint.example.nl/privacy).

Groetjes,
Joost

""" + signature("Joost van Leeuwen", "Recruitment Consultant Logistics & Mobility",
                "Flexpoint Staffing, Catharijnesingel 50, 3511 GC Utrecht",
                "+31 30 555 0112"),
        "cte": "qp",
    },
    {
        "name": "workable_quayside_ack",
        "key": "qd-ack",
        "kind": "application_received", "company": "Quayside Distribution", "contact": "", "lang": "en",
        "frm": ("Quayside Distribution", "noreply@candidates.workablemail.com"),
        "subject": "Thanks for applying to Quayside Distribution",
        "date": "2026-06-22 19:51 +0100",
        "text": """Hi Sinéad,

Thanks for your interest in the Transport Planner position at Quayside Distribution in
Belfast. We've received your application and our hiring team will review it soon.

Regards,
Quayside Distribution Hiring Team

--
Sent with Workable. Please don't reply to this email.
""",
        "html": ats_card("Quayside Distribution", """Hi Sinéad,

Thanks for your interest in the Transport Planner position at Quayside Distribution in
Belfast. We've received your application and our hiring team will review it soon.

Regards,
Quayside Distribution Hiring Team""", footer="Sent with Workable", colour="#2f3e46"),
    },
    # ------------------------------------------------------------ German
    {
        "name": "personio_fahrplanwerk_eingangsbestaetigung",
        "key": "fpw-ack",
        "reply_of": "fpw-bewerbung",
        "kind": "application_received", "company": "Fahrplanwerk", "contact": "", "lang": "de",
        "frm": ("Fahrplanwerk", "noreply@personio.de"),
        "subject": "Eingangsbestätigung Ihrer Bewerbung",
        "subj_enc": "utf-8/b",
        "date": "2026-02-02 08:42 +0100",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Liebe Frau Kowalski-Mbatha,

vielen Dank für Ihre Bewerbung als Junior Fahrplananalystin (m/w/d) in Utrecht. Hiermit
bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb von zwei Wochen bei Ihnen.

Freundliche Grüße
Ihr People-&-Culture-Team der Fahrplanwerk GmbH

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
""",
        "cte": "qp",
    },
    {
        "name": "softgarden_taktgeber_eingang",
        "key": "tg-ack",
        "kind": "application_received", "company": "Taktgeber Mobility", "contact": "", "lang": "de",
        "frm": ("Taktgeber Mobility", "noreply@softgarden.io"),
        "subject": "Ihre Bewerbung ist bei uns eingegangen",
        "date": "2026-05-18 07:31 +0200",
        "text": """Guten Tag Frau Kowalski-Mbatha,

herzlichen Dank für Ihre Bewerbung als Customer Success Analystin (Fahrplandaten). Ihre
Unterlagen sind vollständig bei uns eingegangen.

Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Taktgeber Mobility GmbH, Praterstraße 1, 1020 Wien
""",
        "html": ats_card("Taktgeber Mobility", """Guten Tag Frau Kowalski-Mbatha,

herzlichen Dank für Ihre Bewerbung als Customer Success Analystin (Fahrplandaten). Ihre
Unterlagen sind vollständig bei uns eingegangen.

Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team""", button=("Zum Bewerberkonto",
                                  "https://taktgeber.softgarden.io/de/account"),
                      footer="Diese Nachricht wurde automatisch über softgarden versendet.",
                      lang="de", colour="#00a19a"),
        "charset": "iso-8859-1", "cte": "qp", "html_charset": "utf-8",
    },
    {
        "name": "agentur_registrierung_mobilkarriere",
        "key": "mk-reg",
        "kind": "application_received", "company": "Mobilkarriere Personalberatung",
        "contact": "joerg.wendland@mobilkarriere.example.de", "lang": "de",
        "frm": ("Jörg Wendland", "joerg.wendland@mobilkarriere.example.de"),
        "subject": "Ihre Aufnahme in unseren Kandidatenpool",
        "date": "2026-02-10 17:20 +0100",
        "text": """Hallo Frau Kowalski-Mbatha,

vielen Dank für das nette Telefonat heute. Hiermit bestätige ich Ihre Aufnahme in unseren
Kandidatenpool für Planungs- und Dispositionsstellen. Ihr Profil ist angelegt, Ihre
Unterlagen liegen mir vollständig vor.

Wie besprochen stelle ich Sie Kunden nur nach Rücksprache mit Ihnen vor. Schwerpunkt:
deutschsprachige Unternehmen mit Standorten in Utrecht, Leeds und Irland.

Beste Grüße
Jörg Wendland
Mobilkarriere Personalberatung, Berliner Allee 5, 40212 Düsseldorf
Tel. +49 211 555 0133

Mobilkarriere Personalberatung GmbH - Amtsgericht Düsseldorf HRB 99999
""",
        "charset": "iso-8859-1", "cte": "8bit",
    },
    # ------------------------------------------------------------ French
    {
        "name": "smartrecruiters_naolia_pas_de_reponse_individuelle",
        "key": "nao-ack",
        "kind": "application_received", "company": "Naolia Mobilités", "contact": "", "lang": "fr",
        "frm": ("Naolia Mobilités", "noreply@smartrecruiters.com"),
        "subject": "Nous avons bien reçu votre candidature",
        "date": "2026-04-02 10:12 +0200",
        "text": """Bonjour Sinéad,

Merci d'avoir postulé au poste de Chargé(e) d'études offre de transport chez Naolia
Mobilités. Votre candidature a bien été enregistrée.

En raison du nombre important de candidatures, nous ne pouvons malheureusement pas
répondre individuellement à chacune d'entre elles. Si votre profil correspond à nos
besoins, nous vous contacterons dans les prochaines semaines.

L'équipe recrutement de Naolia Mobilités
""",
        "html": ats_card("Naolia Mobilités", """Bonjour Sinéad,

Merci d'avoir postulé au poste de Chargé(e) d'études offre de transport chez Naolia
Mobilités. Votre candidature a bien été enregistrée.

En raison du nombre important de candidatures, nous ne pouvons malheureusement pas
répondre individuellement à chacune d'entre elles. Si votre profil correspond à nos
besoins, nous vous contacterons dans les prochaines semaines.

L'équipe recrutement de Naolia Mobilités""",
                      footer="Propulsé par SmartRecruiters. Merci de ne pas répondre.",
                      lang="fr", colour="#009fe3"),
    },
    {
        "name": "teamtailor_estuaire_accuse",
        "key": "est-ack",
        "kind": "application_received", "company": "Estuaire Logistique", "contact": "", "lang": "fr",
        "frm": ("Estuaire Logistique", "no-reply@teamtailor-mail.com"),
        "subject": "Merci pour votre candidature !",
        "date": "2026-03-09 20:03 +0100",
        "html": ats_card("Estuaire Logistique", """Bonjour Sinéad,

Merci pour votre candidature au poste de Planificatrice / Planificateur transport à
Carquefou. Nous l'avons bien reçue et notre équipe la lira avec attention.

Nous revenons vers vous sous dix jours.

À bientôt,
L'équipe recrutement d'Estuaire Logistique""", footer="Envoyé avec Teamtailor", lang="fr",
                      colour="#1b4965"),
        "cte": "qp",
    },
    {
        "name": "loire_ocean_accuse_numero_dossier",
        "key": "lo-ack",
        "kind": "application_received", "company": "Université de Loire-Océan", "contact": "",
        "lang": "fr",
        "frm": ("Université de Loire-Océan - Recrutement", "ne-pas-repondre@loire-ocean.example.fr"),
        "subject": "Accusé de réception de votre candidature – dossier n° IE-2026-031",
        "subj_enc": "utf-8/q",
        "date": "2026-01-26 09:00 +0100",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Madame,

Nous accusons réception de votre dossier de candidature pour le poste d'ingénieure
d'études « données de mobilité » (CDD 18 mois), enregistré sous le numéro IE-2026-031.

Votre dossier sera examiné par la commission de sélection à l'issue de la date limite de
dépôt. Les candidats retenus pour l'audition seront convoqués par courrier électronique.

Ce message est envoyé automatiquement ; merci de ne pas y répondre.

Direction des ressources humaines
Université de Loire-Océan
""",
        "charset": "iso-8859-1", "cte": "b64",
    },
    # ------------------------------------------------------------ Spanish
    {
        "name": "autobuses_ebro_candidatura_recibida",
        "key": "ebro-ack",
        "kind": "application_received", "company": "Autobuses del Ebro", "contact": "", "lang": "es",
        "frm": ("Autobuses del Ebro", "no-reply@personio.de"),
        "subject": "Hemos recibido tu candidatura",
        "date": "2026-05-11 14:22 +0200",
        "text": """Hola, Sinéad:

Gracias por tu interés en Autobuses del Ebro. Hemos recibido correctamente tu candidatura
para el puesto de Técnico/a de planificación de servicios.

Nuestro equipo de selección la revisará en los próximos días. Si tu perfil encaja, nos
pondremos en contacto contigo.

Un saludo,
Equipo de Personas - Autobuses del Ebro

Este es un mensaje automático; por favor, no respondas.
""",
        "cte": "qp",
    },
    {
        "name": "agencia_alta_como_candidata",
        "key": "ta-reg",
        "kind": "application_received", "company": "Talento Aragón",
        "contact": "inigo.zubiri@talentoaragon.example.es", "lang": "es",
        "frm": ("Íñigo Zubiri", "inigo.zubiri@talentoaragon.example.es"),
        "name_enc": "utf-8/q",
        "subject": "Bienvenida a Talento Aragón",
        "date": "2026-01-27 12:50 +0100",
        "text": """Hola, Sinéad:

Gracias por la llamada de esta mañana. Te confirmo que tu alta como candidata en Talento
Aragón se ha completado: ya tenemos tu CV y tus preferencias (planificación de transporte y
logística, Zaragoza y alrededores, incorporación en verano).

A partir de ahora te avisaré de cada proceso antes de presentar tu candidatura a ningún
cliente.

Un saludo,
Íñigo Zubiri
Consultor de selección - Talento Aragón
Paseo de la Independencia 99, 50001 Zaragoza - 976 555 020

Talento Aragón S.L. - Agencia de colocación autorizada n.º 0200000099. Este mensaje es
confidencial.
""",
        "cte": "qp",
    },
    {
        "name": "smartrecruiters_ctvebro_recibida",
        "key": "ctv-ack",
        "kind": "application_received", "company": "Consorcio de Transportes del Valle del Ebro",
        "contact": "", "lang": "es",
        "frm": ("Consorcio de Transportes del Valle del Ebro", "noreply@smartrecruiters.com"),
        "subject": "Confirmación de tu candidatura – Técnico/a de planificación",
        "date": "2026-02-23 08:45 +0100",
        "text": """Hola, Sinéad:

Te confirmamos que hemos recibido tu candidatura para el proceso de selección 2026/07,
Técnico/a de planificación de la red de autobuses interurbanos.

Te mantendremos informada sobre el estado del proceso a través de esta dirección de correo.

Atentamente,
Departamento de Recursos Humanos
Consorcio de Transportes del Valle del Ebro

Mensaje enviado a través de SmartRecruiters. No respondas a este correo.
""",
        "charset": "iso-8859-1", "cte": "8bit",
    },
    # ================================================================ offer
    {
        "name": "timetableworks_formal_offer_pdf",
        "key": "ttw-offer",
        "kind": "offer", "company": "TimetableWorks",
        "contact": "ruairi.odalaigh@timetableworks.example.com", "lang": "en",
        "frm": ("Ruairí Ó Dálaigh", "ruairi.odalaigh@timetableworks.example.com"),
        "name_enc": "iso-8859-1/b",
        "subject": "Your offer from TimetableWorks",
        "date": "2026-04-28 17:30 +0100",
        "text": """Hi Sinéad,

Following Tuesday's final interview, I'm really pleased to tell you that we'd like you to
join TimetableWorks as a Scheduling Data Analyst in our Customer Success team in Dublin.

Your offer letter is attached. The headlines:
- Salary: EUR 41,000 per year
- Start date: Monday 1 June 2026 (flexible)
- Hybrid: three days a week in Grand Canal Dock
- 23 days' annual leave plus public holidays

Please have a read over the weekend and let me know if you have any questions. We'd need
your answer by Tuesday 5 May.

Congratulations, and thanks for bearing with us after the first call went astray!

Ruairí

Ruairí Ó Dálaigh
Talent Partner, TimetableWorks
Grand Canal Dock, Dublin 2
""",
        "attach": [{"pdf": "TimetableWorks_Offer_Letter_SKowalskiMbatha.pdf",
                     "title": "TimetableWorks - Offer of Employment",
                     "lines": ["Candidate: Sinéad Kowalski-Mbatha",
                            "Position: Scheduling Data Analyst (Customer Success)",
                            "Location: Dublin (hybrid)",
                            "Salary: EUR 41,000 per annum",
                            "Start date: 1 June 2026",
                            "This offer is subject to satisfactory references.",
                            "Please sign and return by 5 May 2026."]}],
        "cte": "qp",
    },
    {
        "name": "kanaal_verbal_offer_follow_up",
        "key": "kan-offer",
        "reply_of": "kan-move",
        "kind": "offer", "company": "Kanaal Mobility",
        "contact": "femke.debruijn@kanaalmobility.example.nl", "lang": "en",
        "frm": ("Femke de Bruijn", "femke.debruijn@kanaalmobility.example.nl"),
        "subject": "Following up on Pieter's call - your offer",
        "date": "2026-09-08 16:20 +0200",
        "text": """Hi Sinéad,

As promised, here's a written summary of what Pieter offered you on the phone this
afternoon, so you have it in black and white:

- Role: Transport Scheduling Analyst, Utrecht (hybrid, 3 days in the office)
- Salary: EUR 4,100 gross per month, plus 8% holiday allowance
- 30-hour or 36-hour contract, your choice
- Relocation support: EUR 3,000 and two weeks' temporary housing
- Start date: 2 November, or 1 December if you need more time

We're all really happy you came through the process. Once you confirm you'd like to go
ahead, I'll send the contract for signature.

Femke
""",
        "cte": "qp",
    },
    {
        "name": "kanaal_contract_for_signature",
        "key": "kan-contract",
        "reply_of": "kan-offer",
        "kind": "offer", "company": "Kanaal Mobility",
        "contact": "femke.debruijn@kanaalmobility.example.nl", "lang": "en",
        "frm": ("Femke de Bruijn", "femke.debruijn@kanaalmobility.example.nl"),
        "subject": "Re: Following up on Pieter's call - your contract for signature",
        "date": "2026-09-15 10:05 +0200",
        "text": """Hi Sinéad,

Great to hear you're saying yes! Your employment contract is attached. Please read it,
sign the last page, and send a scan back to me by Friday 25 September. Pieter will
countersign and you'll receive the final copy.

A few practical points:
- the contract is for 36 hours, as you chose, with a one-month probation period;
- the relocation package is in annex B;
- our office manager will contact you about the temporary apartment.

Welcome to Kanaal!

Femke

""" + reply_chain("en", "2026-09-14 21:30", CAND[0], CAND[1], """Hi Femke,

Thank you so much. I've talked it through at home and I'd love to accept. 36 hours and a
start date of 2 November would be ideal.

Sinéad"""),
        "attach": [{"pdf": "Kanaal_Mobility_Employment_Contract_SKM.pdf",
                     "title": "Kanaal Mobility - Employment Contract",
                     "lines": ["Employee: Sinéad Kowalski-Mbatha",
                            "Position: Transport Scheduling Analyst",
                            "Hours: 36 per week; probation: one month",
                            "Gross monthly salary: EUR 4,100; holiday allowance 8%",
                            "Start date: 2 November 2026",
                            "Annex B: relocation package",
                            "Signature employee: ____________  Date: ________"]}],
        "cte": "qp",
    },
    {
        "name": "domstad_offer_letter_pdf",
        "key": "dom-offer",
        "reply_of": "dom-move",
        "kind": "offer", "company": "Domstad Vervoer",
        "contact": "sanne.visser@domstad.example.nl", "lang": "en",
        "frm": ("Sanne Visser", "sanne.visser@domstad.example.nl"),
        "subject": "Offer: Timetable & Duty Scheduling Analyst",
        "date": "2026-06-19 14:50 +0200",
        "text": """Dear Sinéad,

Thank you for coming to Utrecht for the assessment centre. The panel was unanimous, and I'm
delighted to offer you the position of Timetable & Duty Scheduling Analyst at Domstad
Vervoer.

You'll find the formal offer letter attached, with salary scale 8 of our collective
agreement and the relocation arrangements. The offer is valid until 3 July.

I'd be glad to set up a call with our HR adviser about moving to the Netherlands, taxes and
the 30% ruling.

Kind regards,
Sanne Visser
Recruiter, Domstad Vervoer
Moreelsepark 3, 3511 EP Utrecht | +31 30 555 0125
""",
        "html": outlook_html("""Dear Sinéad,

Thank you for coming to Utrecht for the assessment centre. The panel was unanimous, and I'm
delighted to offer you the position of Timetable & Duty Scheduling Analyst at Domstad
Vervoer.

You'll find the formal offer letter attached, with salary scale 8 of our collective
agreement and the relocation arrangements. The offer is valid until 3 July.

I'd be glad to set up a call with our HR adviser about moving to the Netherlands, taxes and
the 30% ruling.

Kind regards,
Sanne Visser
Recruiter, Domstad Vervoer
Moreelsepark 3, 3511 EP Utrecht | +31 30 555 0125"""),
        "attach": [{"pdf": "Domstad_Vervoer_Offer_Letter.pdf",
                     "title": "Domstad Vervoer - Offer of Employment",
                     "lines": ["To: Sinéad Kowalski-Mbatha",
                            "Position: Timetable & Duty Scheduling Analyst",
                            "Salary: scale 8, step 3 (collective agreement public transport)",
                            "Start: 1 September 2026",
                            "This offer is valid until 3 July 2026."]}],
    },
    {
        "name": "agency_client_wants_to_make_offer",
        "key": "flex-offer",
        "kind": "offer", "company": "Merwede Mobility",
        "contact": "joost.vanleeuwen@flexpoint.example.nl", "lang": "en",
        "frm": ("Joost van Leeuwen", "joost.vanleeuwen@flexpoint.example.nl"),
        "subject": "Merwede Mobility - good news!",
        "date": "2026-07-29 11:40 +0200",
        "text": """Hi Sinéad,

Good news at last: Merwede Mobility called me this morning and the client wants to make you
an offer for the Planning Analyst role you interviewed for last week.

What they've told me so far:
- EUR 3,750 gross per month, 36 hours
- one-year contract, with the intention of making it permanent
- start any time in September

They'll put it in writing once I've confirmed you're interested. Can we have a quick call
today or tomorrow to talk it through? There's room to negotiate on the start date and
probably a little on salary.

Groetjes,
Joost

""" + signature("Joost van Leeuwen", "Recruitment Consultant Logistics & Mobility",
                "Flexpoint Staffing, Catharijnesingel 50, 3511 GC Utrecht",
                "+31 30 555 0112"),
        "cte": "qp",
    },
    {
        "name": "galwaycoco_offer_of_appointment",
        "key": "gco-offer",
        "kind": "offer", "company": "Galway County Council",
        "contact": "maire.fahy@galwaycoco.example.ie", "lang": "en",
        "frm": ("Máire Fahy", "maire.fahy@galwaycoco.example.ie"),
        "subject": "Offer of appointment - Executive Technician (Transport Scheduling)",
        "date": "2026-10-20 15:15 +0100",
        "text": """Dear Ms Kowalski-Mbatha,

Further to your interview on 7 October, I am pleased to inform you that you have been
placed first on the panel for the above competition, and I am now in a position to offer
you the post of Executive Technician (Transport Scheduling), based at Áras an Chontae,
Prospect Hill, Galway.

The formal letter of offer, setting out salary, probation and the pre-employment medical,
is attached. Please confirm in writing within ten working days whether you accept.

Comhghairdeas, and I look forward to hearing from you.

Máire Fahy
Senior Staff Officer, Human Resources
Galway County Council, Áras an Chontae, Prospect Hill, Galway
Tel: 091 555 0177

""" + GCO_DISCLAIMER + "\n",
        "attach": [{"pdf": "GCoCo_Offer_of_Appointment_ETTS.pdf",
                     "title": "Galway County Council - Offer of Appointment",
                     "lines": ["Post: Executive Technician (Transport Scheduling)",
                            "Candidate: Sinéad Kowalski-Mbatha",
                            "Salary: point 1 of the Executive Technician scale",
                            "Probation: 12 months",
                            "Subject to pre-employment medical and Garda vetting.",
                            "Please confirm acceptance within ten working days."]}],
        "charset": "windows-1252", "cte": "qp",
    },
    {
        "name": "linienwerk_vertragsangebot",
        "key": "lw-offer",
        "kind": "offer", "company": "Linienwerk Software",
        "contact": "tobias.brandl@linienwerk.example.de", "lang": "de",
        "frm": ("Tobias Brandl", "tobias.brandl@linienwerk.example.de"),
        "subject": "Ihr Vertragsangebot als Fahrplananalystin",
        "date": "2026-10-08 11:30 +0200",
        "text": """Liebe Frau Kowalski-Mbatha,

nach den beiden Gesprächen mit Ihnen sind wir uns im Team einig: Wir möchten Sie sehr gern
als Fahrplananalystin für unsere Kunden in den Niederlanden und Irland gewinnen.

Im Anhang finden Sie unser Vertragsangebot mit den besprochenen Eckdaten: 58.000 Euro
Bruttojahresgehalt, vollständig remote mit zwei Besuchen pro Quartal in Utrecht,
30 Urlaubstage, Beginn zum 1. Januar 2027.

Das Angebot gilt bis zum 22. Oktober. Für Fragen rufen Sie mich jederzeit an.

Herzliche Grüße
Tobias Brandl
Leiter Professional Services
Linienwerk Software GmbH, Theresienstraße 12, 80333 München
Tel. +49 89 555 0150
""",
        "attach": [{"pdf": "Linienwerk_Vertragsangebot_Kowalski-Mbatha.pdf",
                     "title": "Linienwerk Software - Vertragsangebot",
                     "lines": ["Position: Fahrplananalystin (remote)",
                            "Bruttojahresgehalt: 58.000 EUR",
                            "Urlaub: 30 Tage",
                            "Beginn: 1. Januar 2027",
                            "Gültig bis: 22. Oktober 2026"]}],
        "charset": "iso-8859-1", "cte": "qp",
    },
    {
        "name": "loire_ocean_proposition_recrutement",
        "key": "lo-offer",
        "reply_of": "lo-inv",
        "kind": "offer", "company": "Université de Loire-Océan",
        "contact": "patricia.lebihan@loire-ocean.example.fr", "lang": "fr",
        "frm": ("Patricia Le Bihan", "patricia.lebihan@loire-ocean.example.fr"),
        "subject": "Proposition de recrutement – ingénieure d'études données de mobilité",
        "date": "2026-03-13 15:40 +0100",
        "text": """Madame,

J'ai le plaisir de vous informer qu'à l'issue des auditions du 4 mars, le jury vous a
classée en première position pour le poste d'ingénieure d'études « données de mobilité ».

L'Université de Loire-Océan vous propose donc un contrat à durée déterminée de 18 mois à
compter du 1er mai 2026. Vous trouverez en pièce jointe la proposition détaillée
(rémunération, quotité, pièces à fournir).

Je vous remercie de me faire part de votre décision avant le 27 mars.

Bien cordialement,
Patricia Le Bihan
Gestionnaire recrutement - Direction des ressources humaines
Université de Loire-Océan
""",
        "attach": [{"pdf": "ULO_proposition_contrat_IE-2026-031.pdf",
                     "title": "Université de Loire-Océan - Proposition de contrat",
                     "lines": ["Dossier : IE-2026-031",
                            "Poste : ingénieure d'études données de mobilité",
                            "Contrat : CDD de 18 mois à compter du 1er mai 2026",
                            "Quotité : 100 %",
                            "Réponse attendue avant le 27 mars 2026."]}],
        "cte": "qp",
    },
    {
        "name": "autobuses_ebro_oferta_pdf",
        "key": "ebro-oferta",
        "reply_of": "ebro-gracias",
        "kind": "offer", "company": "Autobuses del Ebro",
        "contact": "marta.lasheras@autobusesebro.example.es", "lang": "es",
        "frm": ("Marta Lasheras", "marta.lasheras@autobusesebro.example.es"),
        "subject": "Re: Gracias por la entrevista – nuestra oferta",
        "date": "2026-06-22 12:10 +0200",
        "text": """Hola, Sinéad:

¡Gracias a ti! Te escribo con buenas noticias: nos gustaría ofrecerte el puesto de Técnica
de planificación de servicios.

Te adjunto la carta de oferta con las condiciones: contrato indefinido, 31.500 euros
brutos anuales en 14 pagas, jornada de 38,5 horas y horario de 8:00 a 15:30, con
incorporación el 1 de septiembre.

Si tienes cualquier duda, llámame. Nos encantaría tenerte en el equipo.

Un saludo,
Marta Lasheras
Selección de personal - Autobuses del Ebro
Tel. 976 555 031

""" + reply_chain("es", "2026-06-12 20:15", CAND[0], CAND[1], """Hola, Marta:

Muchas gracias por la entrevista del martes y por enseñarme la sala de regulación.

Un saludo,
Sinéad"""),
        "attach": [{"pdf": "Oferta_Autobuses_del_Ebro_SKM.pdf",
                     "title": "Autobuses del Ebro - Carta de oferta",
                     "lines": ["Candidata: Sinéad Kowalski-Mbatha",
                            "Puesto: Técnica de planificación de servicios",
                            "Contrato: indefinido",
                            "Salario: 31.500 EUR brutos anuales (14 pagas)",
                            "Incorporación: 1 de septiembre de 2026"]}],
        "cte": "8bit",
    },
    {
        "name": "agencia_cliente_quiere_ofrecer",
        "key": "ta-oferta",
        "kind": "offer", "company": "Almacenes Huerva",
        "contact": "inigo.zubiri@talentoaragon.example.es", "lang": "es",
        "frm": ("Íñigo Zubiri", "inigo.zubiri@talentoaragon.example.es"),
        "subject": "¡Almacenes Huerva quiere hacerte una oferta!",
        "subj_enc": "iso-8859-1/q",
        "date": "2026-10-02 10:55 +0200",
        "text": """Hola, Sinéad:

Te llamo en un rato, pero te lo adelanto por escrito: Almacenes Huerva ha quedado encantado
con la entrevista del lunes y el cliente quiere hacerte una oferta para el puesto de
planificadora de rutas.

Lo que me han avanzado: contrato indefinido, 28.000 euros brutos anuales y turno de mañana.
Me dicen que hay margen para hablar de la fecha de incorporación.

¡Enhorabuena!
Íñigo Zubiri
Consultor de selección - Talento Aragón
Paseo de la Independencia 99, 50001 Zaragoza - 976 555 020
""",
        "charset": "iso-8859-1", "cte": "qp",
    },
]

"""Corpus 286, kinds `application_received` and `offer`, each message hand-written."""

from __future__ import annotations

from msgs286_common import (
    ats_card,
    button,
    msg,
    outlook_html,
    sig,
    to_html,
    wrote,
)

ACK = "application_received"
OFF = "offer"

_A2 = """Dear Oona,

Thank you for applying for the position of Revenue Analyst (Galway Support Office,
requisition JR-00412) with Corrib Bay Hotels.

We confirm that your application has been received and will be reviewed by our
recruitment team once the advertisement closes on 6 February 2026.

Unfortunately, due to the high volume of applications we receive, we are unable to reply
to every applicant individually. If you have not heard from us within four weeks of the
closing date, please assume that your application has not been taken forward on this
occasion.

You can check the status of your application at any time in your candidate home page:
https://corribbay.wd3.myworkday.com/en-US/CorribBay/userHome

Kind regards,
Talent Acquisition Team
Corrib Bay Hotels
"""

_A7 = """Dear Oona,

Thank you for your application for the post of Business Analyst (Conference & Events
Office), reference GAU-0226-041.

This email confirms that your application has been successfully submitted. Shortlisting
will take place after the closing date of 27 February 2026, and shortlisted candidates
will be contacted by the HR Office.

Please note that, due to the volume of applications, we regret that we cannot respond to
individual queries about the status of an application during the shortlisting stage.

Human Resources
Galway Atlantic University
"""

_A13 = """Liebe Frau Fitzgerald-Adebayo,

vielen Dank für Ihre Bewerbung als Junior Revenue Manager (m/w/d) und Ihr Interesse an
Neckartal Hotels.

Hiermit bestätigen wir Ihnen den Eingang Ihrer Unterlagen. Wir sehen uns Ihre
Bewerbung sorgfältig an und melden uns in den nächsten zwei bis drei Wochen bei Ihnen.

Herzliche Grüße
Ihr Recruiting-Team der Neckartal Hotels
"""

_A16 = """Bonjour Oona,

Merci pour votre candidature au poste d'analyste revenue management !

Nous avons bien reçu votre dossier, qui va être étudié avec attention par notre équipe.
Si votre profil correspond à nos besoins, nous reviendrons vers vous dans les prochaines
semaines pour organiser un premier échange.

À très bientôt,
L'équipe Maison Garonne Hôtels
"""

_O1 = """Dear Oona,

Following your panel interview on 25 February, I am delighted to offer you the position
of Revenue Analyst with Corrib Bay Hotels, based in our Galway support office.

Your offer letter is attached. Please return a signed copy by Friday 13 March.

The main terms are:
- Salary: €41,500 per annum, reviewed after your six-month probation
- Hours: 39 per week, Monday to Friday, with hybrid working after probation
- Start date: Monday 6 April 2026
- 23 days' annual leave plus public holidays

The offer is subject to two satisfactory references. Liam and the panel were very
impressed and we are looking forward to welcoming you to the team.

Kind regards,

Deirdre Ó Conaill
HR Business Partner
Corrib Bay Hotels Ltd, Forster Court, Galway H91 E2W8
+353 91 555 0120

The information in this email is confidential and may be legally privileged. It is
intended solely for the addressee. Corrib Bay Hotels Ltd, registered in Ireland no. 555123.
"""

_O7 = """Sehr geehrte Frau Fitzgerald-Adebayo,

wir freuen uns sehr, Ihnen nach dem Assessment-Center die Position als Pricing Analyst
Netzplanung (m/w/d) bei Schwabenflug anbieten zu können.

Im Anhang finden Sie unser Vertragsangebot mit allen Einzelheiten. Die wichtigsten
Eckdaten:
- Eintritt: 1. November 2026
- Jahresbruttogehalt: 56.000 EUR zzgl. Flugvergünstigungen
- unbefristeter Arbeitsvertrag, Probezeit sechs Monate
- Unterstützung bei Umzug und Deutschkurs

Bitte senden Sie uns das unterschriebene Angebot bis zum 15. September zurück. Für
Rückfragen stehe ich Ihnen jederzeit gern zur Verfügung.

Mit freundlichen Grüßen

Sabine Koch
Personalmarketing & Recruiting
Schwabenflug GmbH · Flughafenstraße 50 · 70629 Stuttgart
Tel. +49 711 555 0188

Schwabenflug GmbH · Sitz: Stuttgart · Amtsgericht Stuttgart HRB 555010
Geschäftsführung: Dr. Matthias Röhrle, Anja Wetzel
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige
Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail.
"""

MESSAGES = [
    # ============================================================ application_received (21)

    # 1 ------------------------------------------------------------ Greenhouse
    msg(kind=ACK, slug="yieldwise_greenhouse_thanks_for_applying", lang="en",
        company="Yieldwise", contact="", key="a_yw",
        frm=("Yieldwise", "no-reply@greenhouse-mail.io"),
        subject="Thanks for applying to Yieldwise",
        date="2026-01-14 09:03 +0000",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Hi Oona,

Thanks for applying for the Revenue Analyst role at Yieldwise. Your application has been
received and our talent team will review it over the coming days.

If your experience is a match, someone from the team will reach out to arrange a first
conversation.

In the meantime, you can read about how we work at https://yieldwise.example.ie/life

The Yieldwise Talent Team
""",
        html=ats_card("Yieldwise", "#4f46e5", to_html("""Hi Oona,

Thanks for applying for the Revenue Analyst role at Yieldwise. Your application has been
received and our talent team will review it over the coming days.

If your experience is a match, someone from the team will reach out to arrange a first
conversation.

The Yieldwise Talent Team"""), "Sent via Greenhouse. Please do not reply to this email.")),

    # 2 ------------------------------------------------------------ Workday, "cannot reply individually"
    msg(kind=ACK, slug="corribbay_workday_cannot_reply_individually", lang="en",
        company="Corrib Bay Hotels", contact="", key="a_corrib",
        frm=("Corrib Bay Hotels", "corribbay@myworkday.com"),
        subject="Corrib Bay Hotels: application received - Revenue Analyst (JR-00412)",
        date="2026-02-02 10:15 +0000",
        headers=[("Auto-Submitted", "auto-generated")],
        text=_A2),

    # 3 ------------------------------------------------------------ agency registration
    msg(kind=ACK, slug="harbour_talent_registration_confirmed", lang="en",
        company="Harbour Talent", contact="fionn.garvey@harbourtalent.example.ie",
        key="a_harbour",
        frm=("Fionn Garvey", "fionn.garvey@harbourtalent.example.ie"),
        subject="Welcome to Harbour Talent - you're registered",
        date="2026-01-08 17:20 +0000",
        text="""Hi Oona,

Great to talk to you earlier. This is just to confirm you're now registered with Harbour
Talent and I've set up your candidate profile with the CV you sent.

What happens next:
- I'll never send your CV to a company without checking with you first.
- I'm looking at hospitality and travel roles with a revenue or pricing angle across
  Galway, Clare, Limerick and Shannon.
- Expect a call from me whenever something suitable comes in.

Any questions in the meantime, just hit reply.

Fionn

""" + sig("Fionn Garvey", "Senior Consultant | Harbour Talent",
          "Merchants Road, Galway", "+353 91 555 0187")
        + "\n\nHarbour Talent Ltd is a licensed employment agency (licence no. EA5521)."),

    # 4 ------------------------------------------------------------ Workday, base64
    msg(kind=ACK, slug="liffeyquay_workday_application_submitted", lang="en",
        company="Liffey Quay Hotels", contact="", key="a_liffey",
        frm=("Liffey Quay Hotels", "liffeyquay@myworkday.com"),
        subject="Application submitted: Revenue Coordinator (R-1187)",
        date="2026-03-25 07:55 +0000", cte="base64",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Dear Oona,

Your application for Revenue Coordinator (R-1187) at Liffey Quay Hotels has been
submitted successfully.

What's next? Our team will review your profile against the requirements of the role.
You can follow the progress of your application in the candidate home page.

Kind regards,
Talent Acquisition, Liffey Quay Hotels
""",
        html=ats_card("Liffey Quay Hotels · Careers", "#0b3954", to_html("""Dear Oona,

Your application for Revenue Coordinator (R-1187) at Liffey Quay Hotels has been
submitted successfully.

What's next? Our team will review your profile against the requirements of the role.
You can follow the progress of your application in the candidate home page.""") + button("Candidate home", "https://liffeyquay.wd3.myworkday.com/en-US/LQH_Careers/userHome", "#0b3954"),
            "Please do not reply to this message.")),

    # 5 ------------------------------------------------------------ tourism board, no individual replies
    msg(kind=ACK, slug="visitlothian_ack_no_individual_replies", lang="en",
        company="Visit Lothian", contact="", key="a_lothian",
        frm=("Visit Lothian Recruitment", "noreply@visitlothian.example.co.uk"),
        subject="We have received your application (VL-0426)",
        date="2026-05-25 08:00 +0100",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Dear applicant,

Thank you for applying for the Visitor Economy Data Analyst post (VL-0426). This is an
automatic confirmation that we have your application.

We are a small team and, unfortunately, we cannot reply to every applicant individually.
Shortlisted candidates will hear from us by mid-July; interviews are planned for the
week of 27 July in Edinburgh.

Thank you for your interest in Visit Lothian.

People & Culture
Visit Lothian, Waverley Court, 4 East Market Street, Edinburgh EH8 8BG
"""),

    # 6 ------------------------------------------------------------ Workable
    msg(kind=ACK, slug="northlight_workable_application_received", lang="en",
        company="Northlight Revenue Systems", contact="", key="a_north",
        frm=("Northlight Revenue Systems", "noreply@workablemail.com"),
        subject="Thanks for applying to Northlight Revenue Systems",
        date="2026-08-05 20:16 +0100",
        text="""Hi Oona,

Thank you for your application for the Revenue Analyst position at Northlight Revenue
Systems. We've received it and the hiring team will take a look soon.

Best regards,
Northlight Revenue Systems
""",
        html=ats_card("Northlight Revenue Systems", "#0369a1", to_html("""Hi Oona,

Thank you for your application for the Revenue Analyst position at Northlight Revenue
Systems. We've received it and the hiring team will take a look soon.

Best regards,
Northlight Revenue Systems"""), "Sent via Workable")),

    # 7 ------------------------------------------------------------ iCIMS
    msg(kind=ACK, slug="gau_icims_application_submitted", lang="en",
        company="Galway Atlantic University", contact="", key="a_gau",
        frm=("Galway Atlantic University", "donotreply@icims.com"),
        subject="Application received – Business Analyst (Conference & Events Office)",
        subj_enc=("utf-8", "b"),
        date="2026-02-20 11:11 +0000",
        headers=[("Auto-Submitted", "auto-generated")],
        text=_A7, html=ats_card("Galway Atlantic University · Careers", "#7f1d1d", to_html(_A7),
                                "This is an automated message from iCIMS. Please do not reply.")),

    # 8 ------------------------------------------------------------ SmartRecruiters
    msg(kind=ACK, slug="stu_smartrecruiters_we_got_it", lang="en",
        company="Shannon Technological University", contact="", key="a_stu",
        frm=("Shannon Technological University", "noreply@smartrecruiters.com"),
        subject="We've received your application for Data Analyst (Grade IV)",
        date="2026-09-10 14:00 +0100",
        headers=[("Auto-Submitted", "auto-generated")],
        html=ats_card("Shannon Technological University", "#0f766e", to_html("""Hi Oona,

We've received your application for Data Analyst (Grade IV) - thank you!

The competition closes on 17 September. Candidates selected for the next stage will be
invited to a telephone interview, followed by a competency-based interview in Limerick.

You can track your application at any time in your SmartRecruiters profile.

Human Resources
Shannon Technological University"""), "This message was sent via SmartRecruiters. Please do not reply.")),

    # 9 ------------------------------------------------------------ agency registration, Reply-To human
    msg(kind=ACK, slug="hnrecruit_registration_reply_to_consultant", lang="en",
        company="Hospitality Numbers Recruitment",
        contact="aisling.kavanagh@hnrecruit.example.ie", key="a_hnr",
        frm=("Hospitality Numbers Recruitment", "registrations@hnrecruit.example.ie"),
        reply_to=("Aisling Kavanagh", "aisling.kavanagh@hnrecruit.example.ie"),
        subject="Your registration with Hospitality Numbers Recruitment",
        date="2026-02-05 12:00 +0000",
        text="""Dear Oona,

Thank you for registering with Hospitality Numbers Recruitment. Your profile and CV have
been added to our database and your consultant is Aisling Kavanagh.

Aisling will be in touch to discuss suitable roles. You can reply to this email to reach
her directly.

Under GDPR, you can ask us to update or delete your data at any time.

Hospitality Numbers Recruitment
18 Fitzwilliam Place, Dublin 2
"""),

    # 10 ----------------------------------------------------------- "we've received your CV"
    msg(kind=ACK, slug="thistle_search_cv_received", lang="en", company="Thistle Search",
        contact="ewan.laidlaw@thistlesearch.example.co.uk", key="a_thistle",
        parent="x_thistle_cold",
        frm=("Ewan Laidlaw", "ewan.laidlaw@thistlesearch.example.co.uk"),
        subject="RE: Revenue roles in Edinburgh",
        date="2026-04-28 10:30 +0100",
        text="""Hi Oona,

Thanks for sending your CV over - received with thanks. I'll read it properly this week
and match it against the roles I'm working on, then give you a call to talk through
which ones make sense.

Kind regards,
Ewan

Ewan Laidlaw
Senior Consultant - Travel & Hospitality
Thistle Search Ltd, 22 Queen Street, Edinburgh EH2 1JX
+44 131 555 0121

This email and any attachments are confidential and intended solely for the addressee.
If you have received it in error please notify the sender and delete it. Thistle Search
Ltd is registered in Scotland, no. SC555012.
"""),

    # 11 ----------------------------------------------------------- BambooHR
    msg(kind=ACK, slug="westvisit_bamboohr_application_received", lang="en",
        company="West Coast Visitor Board", contact="", key="a_westvisit",
        frm=("West Coast Visitor Board", "notifications@bamboohr.com"),
        subject="Thank you for applying - Tourism Insights Analyst",
        date="2026-03-09 09:00 +0000",
        text="""Hi Oona,

Thank you for your interest in the Tourism Insights Analyst position at West Coast
Visitor Board. We have received your application and our team is reviewing it.

We aim to contact shortlisted applicants within three weeks.

Warm regards,
West Coast Visitor Board
""",
        html=ats_card("West Coast Visitor Board", "#0891b2", to_html("""Hi Oona,

Thank you for your interest in the Tourism Insights Analyst position at West Coast
Visitor Board. We have received your application and our team is reviewing it.

We aim to contact shortlisted applicants within three weeks.

Warm regards,
West Coast Visitor Board"""), "Powered by BambooHR")),

    # 12 ----------------------------------------------------------- Recruitee
    msg(kind=ACK, slug="claddaghdata_recruitee_application_received", lang="en",
        company="Claddagh Data", contact="", key="a_claddagh",
        frm=("Claddagh Data", "noreply@jobs.recruitee.com"),
        subject="Your application to Claddagh Data",
        date="2026-06-08 09:00 +0100",
        text="""Hi Oona,

Thanks for applying for Junior Revenue Analyst at Claddagh Data. We've got your
application and we'll get back to you as soon as we've had a look.

Cheers,
The Claddagh Data team
"""),

    # 13 ----------------------------------------------------------- Personio (German), base64
    msg(kind=ACK, slug="neckartal_personio_eingangsbestaetigung", lang="de",
        company="Neckartal Hotels", contact="", key="a_neckar",
        frm=("Neckartal Hotels", "noreply@personio.de"),
        subject="Eingangsbestätigung Ihrer Bewerbung – Junior Revenue Manager (m/w/d)",
        subj_enc=("utf-8", "b"),
        date="2026-04-07 14:22 +0200", cte="base64",
        headers=[("Auto-Submitted", "auto-generated")],
        text=_A13, html=ats_card("Neckartal Hotels", "#065f46", to_html(_A13),
                                 "Diese E-Mail wurde automatisch über Personio versendet.")),

    # 14 ----------------------------------------------------------- SuccessFactors (German)
    msg(kind=ACK, slug="schwabenflug_successfactors_eingang", lang="de",
        company="Schwabenflug", contact="", key="a_schwaben",
        frm=("Schwabenflug Karriere", "no-reply@successfactors.eu"),
        subject="Ihre Bewerbung bei Schwabenflug: Pricing Analyst Netzplanung (m/w/d)",
        date="2026-07-20 08:30 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Sehr geehrte Frau Fitzgerald-Adebayo,

vielen Dank für Ihre Online-Bewerbung als Pricing Analyst Netzplanung (m/w/d),
Stellen-ID 40211. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir prüfen alle Bewerbungen sorgfältig. Aufgrund der Vielzahl an Zuschriften können wir
leider nicht jede Anfrage zum Bearbeitungsstand einzeln beantworten. Sie können den
Status jederzeit in unserem Karriereportal einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Schwabenflug GmbH

Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.
"""),

    # 15 ----------------------------------------------------------- German human, iso-8859-1 8bit
    msg(kind=ACK, slug="hs_filder_eingang_bestaetigt_latin1", lang="de",
        company="Hochschule Filder", contact="ulrike.brandt@hs-filder.example.de",
        key="a_filder",
        frm=("Dr. Ulrike Brandt", "ulrike.brandt@hs-filder.example.de"),
        subject="Eingangsbestätigung - Kennziffer 2026-017", subj_enc=("iso-8859-1", "b"),
        date="2026-03-02 11:30 +0100", charset="iso-8859-1", cte="8bit",
        text="""Sehr geehrte Frau Fitzgerald-Adebayo,

hiermit bestätigen wir den Eingang Ihrer Bewerbung auf die Stelle einer Referentin bzw.
eines Referenten für Controlling im Studiengang Tourismusmanagement (Kennziffer
2026-017).

Die Bewerbungsfrist endet am 20. März 2026. Danach wird die Auswahlkommission über die
Einladungen zu Vorstellungsgesprächen entscheiden. Wir bitten um etwas Geduld.

Mit freundlichen Grüßen
Im Auftrag

Dr. Ulrike Brandt
Personalabteilung, Hochschule Filder
Flughafenstraße 3, 70629 Stuttgart
"""),

    # 16 ----------------------------------------------------------- Teamtailor, HTML only
    msg(kind=ACK, slug="garonne_teamtailor_candidature_recue", lang="fr",
        company="Maison Garonne Hôtels", contact="", key="a_garonne",
        frm=("Maison Garonne Hôtels", "no-reply@teamtailor-mail.com"),
        name_enc=("iso-8859-1", "q"),
        subject="Nous avons bien reçu votre candidature", subj_enc=("iso-8859-1", "q"),
        date="2026-03-10 08:47 +0100",
        html=ats_card("Maison Garonne Hôtels", "#92400e", to_html(_A16),
                      "Envoyé avec Teamtailor")),

    # 17 ----------------------------------------------------------- SmartRecruiters (French)
    msg(kind=ACK, slug="girondair_candidature_recue_pas_de_reponse_individuelle", lang="fr",
        company="Girondair", contact="", key="a_girondair",
        frm=("Girondair Recrutement", "noreply@smartrecruiters.com"),
        subject="Confirmation de votre candidature - Chargé(e) de tarification",
        date="2026-04-14 09:12 +0200", charset="iso-8859-1", cte="quoted-printable",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Bonjour Oona,

Nous accusons réception de votre candidature au poste de Chargé(e) de tarification et
vous remercions de l'intérêt que vous portez à Girondair.

Votre dossier sera étudié avec la plus grande attention. En raison du nombre important
de candidatures, nous ne pourrons malheureusement pas répondre individuellement à chaque
candidat ; si votre profil est retenu, un membre de l'équipe vous contactera.

L'équipe Recrutement Girondair
"""),

    # 18 ----------------------------------------------------------- agency "CV bien reçu"
    msg(kind=ACK, slug="cabinet_lenoir_cv_bien_recu", lang="fr",
        company="Cabinet Lenoir Conseil", contact="helene.lenoir@lenoir-conseil.example.fr",
        key="a_lenoir_cv",
        frm=("Hélène Lenoir", "helene.lenoir@lenoir-conseil.example.fr"),
        name_enc=("iso-8859-1", "b"),
        subject="Candidature - analyste tarification",
        date="2026-09-08 09:40 +0200",
        text="""Bonjour Oona,

J'ai bien reçu votre CV et votre lettre, merci. Votre parcours entre la réception
d'hôtel et l'analyse de données m'intéresse beaucoup pour une mission que je mène
actuellement à Bordeaux.

Je vais étudier votre dossier en détail et je reviens vers vous très vite.

Bien à vous,
Hélène Lenoir
Associée - Cabinet Lenoir Conseil
45 cours de l'Intendance, 33000 Bordeaux
"""),

    # 19 ----------------------------------------------------------- Spanish agency registration
    msg(kind=ACK, slug="talentosur_alta_en_base_de_candidatos", lang="es",
        company="Talento Sur", contact="javier.ruiz@talentosur.example.es",
        key="a_talentosur",
        frm=("Javier Ruiz Peña", "javier.ruiz@talentosur.example.es"),
        name_enc=("utf-8", "q"),
        subject="Bienvenida a Talento Sur",
        date="2026-05-06 18:00 +0200",
        text="""Hola Oona:

Te confirmo que ya estás dada de alta en nuestra base de candidatos. He guardado tu CV
y tus preferencias: puestos de revenue o análisis en hoteles y turismo en la Costa del
Sol, con incorporación a partir de verano.

Cuando tenga un proceso que encaje, te llamo antes de presentar tu candidatura a ningún
cliente.

Un saludo,
Javier Ruiz Peña
Consultor de selección - Talento Sur
C/ Marqués de Larios 8, 29005 Málaga · 952 555 077
"""),

    # 20 ----------------------------------------------------------- Taleo (Spanish)
    msg(kind=ACK, slug="andalusair_taleo_candidatura_recibida", lang="es",
        company="Andalus Air", contact="", key="a_andalus",
        frm=("Andalus Air - Selección", "no-reply@taleo.net"),
        subject="Hemos recibido su candidatura (Req. 26-0457)",
        date="2026-08-17 20:00 +0200", charset="iso-8859-1", cte="quoted-printable",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Estimada Oona:

Gracias por presentar su candidatura a la posición de Pricing Analyst (Req. 26-0457) en
Andalus Air.

Hemos recibido correctamente su solicitud. Nuestro equipo de Selección revisará su
perfil y, en caso de que encaje con los requisitos del puesto, se pondrá en contacto con
usted.

Atentamente,
Departamento de Recursos Humanos
Andalus Air
"""),

    # 21 ----------------------------------------------------------- Spanish human "CV recibido"
    msg(kind=ACK, slug="limonar_hemos_recibido_tu_cv", lang="es",
        company="Hoteles Costa del Limonar", contact="marta.gil@limonar.example.es",
        key="a_limonar",
        frm=("Marta Gil Ortega", "marta.gil@limonar.example.es"),
        subject="RE: Candidatura Analista de Revenue Management",
        date="2026-05-04 13:02 +0200",
        text="""Hola Oona:

Hemos recibido tu CV, muchas gracias. Lo compartiré con el director comercial esta
semana y te diremos algo en cuanto lo haya revisado.

Un saludo,
Marta Gil Ortega
Recursos Humanos - Hoteles Costa del Limonar
"""),

    # ============================================================ offer (10)

    # 1 ------------------------------------------------------------ formal offer with PDF
    msg(kind=OFF, slug="corribbay_formal_offer_letter_pdf", lang="en",
        company="Corrib Bay Hotels", contact="deirdre.oconaill@corribbay.example.ie",
        key="o_corrib_offer", parent="s_corrib_move",
        frm=("Deirdre Ó Conaill", "deirdre.oconaill@corribbay.example.ie"),
        name_enc=("iso-8859-1", "q"),
        subject="Offer of employment - Revenue Analyst (Corrib Bay Hotels)",
        date="2026-03-06 12:00 +0000",
        text=_O1, html=outlook_html(to_html(_O1)),
        attach=[("Offer_Letter_Revenue_Analyst_OFA.pdf", "Corrib Bay Hotels - Offer of Employment",
                 ["Private & Confidential", "Ms Oona Fitzgerald-Adebayo, Galway",
                  "Position: Revenue Analyst, Galway Support Office",
                  "Salary: EUR 41,500 per annum", "Start date: 6 April 2026",
                  "Please sign and return by 13 March 2026."])]),

    # 2 ------------------------------------------------------------ verbal offer follow-up
    msg(kind=OFF, slug="shannonside_verbal_offer_follow_up", lang="en",
        company="Shannonside Hotel Group", contact="grainne.hayes@shannonside.example.ie",
        key="o_shannon", parent="s_shannon",
        frm=("Gráinne Hayes", "grainne.hayes@shannonside.example.ie"),
        name_enc=("iso-8859-1", "q"),
        subject="Following up on our call - Commercial Analyst",
        date="2026-08-26 17:30 +0100",
        text="""Hi Oona,

Lovely to speak to you this afternoon, and congratulations again!

As promised, here's a summary of the verbal offer we discussed for the Commercial
Analyst role in Limerick:

- Salary: €43,000, plus the group bonus scheme (up to 8%)
- Hybrid: three days in the Henry Street office, two from home
- Start date: to suit your notice, ideally early October

The formal contract will follow from our HR team next week, once your two references
are back. Take the weekend to think it over and let me know if you have any questions
at all.

Best,
Gráinne

Gráinne Hayes | Talent Partner
Shannonside Hotel Group | Henry Street, Limerick V94 X2Y7
061 555 0102
"""),

    # 3 ------------------------------------------------------------ offer letter PDF
    msg(kind=OFF, slug="northlight_offer_letter_pdf", lang="en",
        company="Northlight Revenue Systems", contact="callum.reid@northlight.example.co.uk",
        key="o_north", parent="s_north",
        frm=("Callum Reid", "callum.reid@northlight.example.co.uk"),
        subject="Your offer from Northlight",
        date="2026-09-02 14:00 +0100",
        text="""Hi Oona,

I'm really pleased to send this one. Following your chat with Priya and the second
conversation with our CTO, we'd love you to join Northlight as a Revenue Analyst.

Your offer letter is attached. Headlines:
- £34,500 a year, plus share options after 12 months
- Start date Monday 5 October 2026
- £2,000 towards your move to Edinburgh
- Fully remote for the first month while you settle

Could you let me know by Friday 11 September whether you'd like to accept? Happy to jump
on a call if anything in the letter needs explaining.

Cheers,
Callum

""" + sig("Callum Reid", "Talent Partner | Northlight Revenue Systems Ltd",
          "14 Rose Street Lane, Edinburgh EH2 3DX", "+44 131 555 0198"),
        attach=[("Northlight_Offer_Letter_Fitzgerald-Adebayo.pdf",
                 "Northlight Revenue Systems - Offer of Employment",
                 ["Candidate: Oona Fitzgerald-Adebayo", "Role: Revenue Analyst",
                  "Salary: GBP 34,500 per annum", "Start date: 5 October 2026",
                  "Relocation support: GBP 2,000"])]),

    # 4 ------------------------------------------------------------ agency: client wants to offer (quotes earlier no)
    msg(kind=OFF, slug="aransound_ferries_offer_via_harbour_talent", lang="en",
        company="Aran Sound Ferries", contact="fionn.garvey@harbourtalent.example.ie",
        key="o_aran", parent="r_aer",
        frm=("Fionn Garvey", "fionn.garvey@harbourtalent.example.ie"),
        subject="Aran Sound Ferries want you! (was: Interview with Aer Atlantach)",
        date="2026-06-15 11:05 +0100",
        text="""Oona!

Remember I said the Aer Atlantach no was fixable? Aran Sound Ferries have just rung me:
the client wants to make you an offer for the Yield & Scheduling Analyst role after
last Thursday's interview in Rossaveal.

They're proposing €39,000, a 9-5 Monday to Friday with one weekend in four during the
summer season, and a start in August. The written offer is coming from their HR
tomorrow, but I wanted you to hear it from me first.

Ring me when you're up - I know you're on nights this week.

Fionn

""" + wrote("en", "2026-03-09 15:55", "Fionn Garvey <fionn.garvey@harbourtalent.example.ie>",
            """Hi Oona,

I've had the feedback from Aer Atlantach and, sadly, it's a no this time.

Their network pricing lead liked you a lot and thought your answers on overbooking were
spot on. Where they felt you fell short was airline-specific knowledge: fare classes,
inventory nesting, that sort of thing.""")),

    # 5 ------------------------------------------------------------ contract for signature
    msg(kind=OFF, slug="caledon_contract_for_signature", lang="en",
        company="Caledon University", contact="f.macleod@caledon.example.ac.uk",
        key="o_caledon", parent="s_caledon",
        frm=("Fiona MacLeod", "f.macleod@caledon.example.ac.uk"),
        subject="Contract of employment for signature - Revenue & Pricing Analyst (13344)",
        date="2026-10-01 09:30 +0100", cte="quoted-printable",
        text="""Dear Oona,

Further to the verbal offer made by Dr Gow on Monday, which I understand you have
accepted, I attach your contract of employment for the post of Revenue & Pricing Analyst
(Grade 6), Residences and Conferences.

Please read it carefully, sign the final page and return a scanned copy to me by
Thursday 8 October. Your start date is Monday 2 November 2026, subject to the right to
work check on your first day.

We look forward to welcoming you to Caledon University.

Kind regards,
Fiona MacLeod
HR Adviser, Caledon University
Old College Wynd, Edinburgh EH8 9YL
0131 555 0177

The University is a charitable body, registered in Scotland, with registration number
SC555099.
""",
        attach=[("Contract_13344_Fitzgerald-Adebayo.pdf", "Caledon University - Contract of Employment",
                 ["Employee: Oona Fitzgerald-Adebayo",
                  "Post: Revenue & Pricing Analyst (Grade 6), Residences and Conferences",
                  "Start date: 2 November 2026", "Signature: ____________________"])]),

    # 6 ------------------------------------------------------------ conditional offer, base64
    msg(kind=OFF, slug="westvisit_conditional_offer_fixed_term", lang="en",
        company="West Coast Visitor Board", contact="roisin.keane@westvisit.example.ie",
        key="o_westvisit", parent="a_westvisit",
        frm=("Róisín Keane", "roisin.keane@westvisit.example.ie"), name_enc=("utf-8", "b"),
        subject="Tourism Insights Analyst – offer", subj_enc=("utf-8", "b"),
        date="2026-04-22 15:00 +0100", cte="base64",
        text="""Dear Oona,

On behalf of the West Coast Visitor Board, I am pleased to make you a conditional offer
of the Tourism Insights Analyst post. This is a 12-month fixed-term contract based in
our Galway office, with a salary of €38,200.

The offer is conditional on satisfactory Garda vetting and references. Your offer letter
is attached; please confirm whether you accept by Wednesday 29 April.

Kind regards,
Róisín Keane
Head of Corporate Services
West Coast Visitor Board, Forthill Street, Galway
""",
        attach=[("WCVB_Conditional_Offer.pdf", "West Coast Visitor Board - Conditional Offer",
                 ["Candidate: Oona Fitzgerald-Adebayo", "Post: Tourism Insights Analyst",
                  "Contract: 12 months fixed term", "Salary: EUR 38,200"])]),

    # 7 ------------------------------------------------------------ German contract offer with PDF
    msg(kind=OFF, slug="schwabenflug_vertragsangebot_pdf", lang="de",
        company="Schwabenflug", contact="sabine.koch@schwabenflug.example.de",
        key="o_schwaben", parent="s_schwaben_move",
        frm=("Sabine Koch", "sabine.koch@schwabenflug.example.de"),
        subject="Ihr Vertragsangebot für die Position Pricing Analyst Netzplanung",
        subj_enc=("iso-8859-1", "q", "partial"),
        date="2026-09-01 16:20 +0200", cte="quoted-printable",
        text=_O7, html=outlook_html(to_html(_O7), "DE"),
        attach=[("Vertragsangebot_Pricing_Analyst_Fitzgerald-Adebayo.pdf",
                 "Schwabenflug GmbH - Vertragsangebot",
                 ["Frau Oona Fitzgerald-Adebayo", "Position: Pricing Analyst Netzplanung (m/w/d)",
                  "Eintritt: 1. November 2026", "Jahresbruttogehalt: 56.000 EUR"])]),

    # 8 ------------------------------------------------------------ French promesse d'embauche
    msg(kind=OFF, slug="chartrons_promesse_embauche_pdf", lang="fr",
        company="Hôtel Quai des Chartrons", contact="ines.barbier@quaichartrons.example.fr",
        key="o_chartrons", parent="s_chartrons",
        frm=("Inès Barbier", "ines.barbier@quaichartrons.example.fr"),
        name_enc=("utf-8", "q"),
        subject="Promesse d'embauche - assistante revenue manager",
        date="2026-08-07 18:00 +0200",
        text="""Bonjour Oona,

Merci encore pour cette belle journée d'immersion du 28 juillet : toute l'équipe a été
conquise.

J'ai le plaisir de vous proposer le poste d'assistante revenue manager en CDI, à temps
plein, avec une prise de poste le 1er octobre 2026. Vous trouverez ci-joint la promesse
d'embauche précisant la rémunération (29 500 € bruts annuels) et les conditions.

Merci de me la retourner signée avant le 21 août si elle vous convient.

Bien à vous,

Inès Barbier
Directrice
Hôtel Quai des Chartrons - 58 quai des Chartrons, 33300 Bordeaux
05 56 55 01 90
""",
        attach=[("Promesse_embauche_Fitzgerald-Adebayo.pdf", "Hotel Quai des Chartrons - Promesse d'embauche",
                 ["Mme Oona Fitzgerald-Adebayo", "Poste : assistante revenue manager (CDI)",
                  "Prise de poste : 1er octobre 2026", "Remuneration : 29 500 EUR bruts annuels"])]),

    # 9 ------------------------------------------------------------ French verbal offer, windows-1252
    msg(kind=OFF, slug="medoc_escapades_confirmation_proposition", lang="fr",
        company="Médoc Escapades", contact="bertrand.lacoste@medoc-escapades.example.fr",
        frm=("Bertrand Lacoste", "bertrand.lacoste@medoc-escapades.example.fr"),
        subject="Suite à notre échange – notre proposition", subj_enc=("windows-1252", "q"),
        date="2026-10-13 10:00 +0200", charset="windows-1252", cte="quoted-printable",
        text="""Bonjour Oona,

Suite à notre échange téléphonique de ce matin, je vous confirme par écrit notre
proposition pour le poste de chargée de pricing et de distribution :

– CDI à temps plein, basé à Pauillac avec deux jours de télétravail
– 32 000 € bruts annuels, plus une prime sur objectifs
– prise de poste souhaitée début janvier 2027

Le contrat vous sera adressé dès réception de votre accord. N’hésitez pas à m’appeler
si vous avez la moindre question.

Très cordialement,
Bertrand Lacoste
Gérant – Médoc Escapades
06 55 50 44 18
"""),

    # 10 ----------------------------------------------------------- Spanish agency, client unnamed
    msg(kind=OFF, slug="talentosur_el_cliente_quiere_ofrecerte", lang="es",
        company="Talento Sur", contact="javier.ruiz@talentosur.example.es",
        key="o_talentosur", parent="a_talentosur",
        frm=("Javier Ruiz Peña", "javier.ruiz@talentosur.example.es"),
        name_enc=("utf-8", "q"),
        subject="¡Buenas noticias!", subj_enc=("utf-8", "q"),
        date="2026-07-01 12:30 +0200", cte="base64",
        text="""¡Hola Oona!

Te escribo con una sonrisa: el cliente quiere hacerte una oferta. Ya sabes que por
confidencialidad no puedo decirte todavía el nombre de la cadena hasta que aceptes
avanzar, pero te adelanto las condiciones que me han pasado:

- Analista de revenue, contrato indefinido
- 30.000 € brutos al año más variable
- Incorporación en septiembre en su oficina de Marbella

¿Te llamo esta tarde y lo hablamos con calma?

Un saludo,
Javier Ruiz Peña
Consultor de selección - Talento Sur
C/ Marqués de Larios 8, 29005 Málaga · 952 555 077
"""),
]

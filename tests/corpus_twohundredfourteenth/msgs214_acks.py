# ruff: noqa: C408  (specs are written as dict(...) calls: keyword style reads like a form)
"""Corpus 214, acknowledgements and offers: 21 application_received and 10 offer specs."""

from __future__ import annotations

from msgs214_common import ats_card, mso, outlook, outlook_html, paras, reply

MESSAGES: list[dict] = []
add = MESSAGES.append

# ============================ application_received ===========================================

# --- English ---------------------------------------------------------------------------------

_halden_ack = """Hi Kwame,

Thank you for applying for Supply Chain Planner (R-00731) at Halden Freight. We've received your application and it's now with our Talent team.

What happens next? We review every application against the role profile. If your experience is a match, a member of the team will be in touch to arrange the next steps. You can check the status of your application at any time by signing in to your candidate home.

Thanks again for your interest in Halden Freight.

Halden Freight Talent Acquisition
"""
add(dict(
    kind="application_received", slug="workday_halden_thank_you", lang="en",
    company="Halden Freight", contact="",
    frm=("Halden Freight", "haldenfreight@myworkday.com"),
    subject="Thank you for applying to Halden Freight",
    date="2026-08-03 20:41", tz="utc",
    text=_halden_ack,
    html=ats_card("Halden Freight", "#c2410c", "Application received", paras(_halden_ack),
                  "Please do not reply to this email. This mailbox is not monitored."),
    headers=[("Auto-Submitted", "auto-generated")],
    key="halden-ack",
))

add(dict(
    kind="application_received", slug="brackwater_cv_received", lang="en",
    company="Brackwater Foods", contact="jodie.marsh@brackwaterfoods.example.co.uk",
    frm=("Jodie Marsh", "jodie.marsh@brackwaterfoods.example.co.uk"),
    subject="RE: Production Planner vacancy - CV",
    date="2026-01-12 10:02",
    text=reply("""Hi Kwame,

Thanks for sending your CV for the Production Planner vacancy - we've received it safely. I'll pass it on to Gary Hollins, our Planning Manager, and one of us will be in touch once the closing date has passed on 16 January.

Kind regards,
Jodie

Jodie Marsh
HR Advisor | Brackwater Foods Ltd
Unit 4, Neepsend Lane, Sheffield S3 8AT
0114 496 0200
""", "en", "Sun, 11 Jan 2026 at 21:48", "Kwame Lindgren-Osorio", "kwame.lo@example.com",
        """Dear Jodie,

Please find attached my CV and covering letter for the Production Planner vacancy advertised on your website. I currently supervise a 40-person shift at a grocery distribution centre in Leeds and I'm keen to move into planning.

Kind regards,
Kwame Lindgren-Osorio"""),
    key="brack-ack", parent_id="<CAK1w9Lq.brackwater.0111@mail.example.com>",
))

add(dict(
    kind="application_received", slug="agency_registration_stirling_rowe", lang="en",
    company="Stirling & Rowe Recruitment", contact="nadia.okafor@stirlingrowe.example.co.uk",
    frm=("Nadia Okafor", "nadia.okafor@stirlingrowe.example.co.uk"),
    subject="Welcome to Stirling & Rowe - your registration",
    date="2026-01-20 14:10",
    text="""Hi Kwame,

Lovely to speak to you this morning. Thanks for registering with Stirling & Rowe - I've set up your profile and added your CV to our system, so you're all set.

To finish your registration, please send me:
- a photo of your passport or birth certificate (right to work)
- your preferred contact times
- a rough idea of your notice period and salary expectations (we said £32-36k)

I'll only put your CV forward for a role after I've spoken to you about it first, and I won't send it anywhere without your permission.

Speak soon,
Nadia

Nadia Okafor
Senior Consultant - Supply Chain & Logistics
Stirling & Rowe Recruitment
3rd Floor, 14 Park Row, Leeds LS1 5HU
Tel: 0113 496 0788 | Mob: 07700 900612

Stirling & Rowe Recruitment Ltd is registered in England and Wales (No. 08812345) and acts as an employment agency. This email and any attachments are confidential and intended solely for the addressee.
""",
    key="sr-reg",
))

_lumen_ack = """Hi Kwame,

Thanks for applying for the Replenishment Planner role at Lumen Home! We've got your application and our team will start reviewing applications after the closing date on 23 January.

We get a lot of applications, so unfortunately we cannot reply to every applicant individually. If we'd like to move forward with you, you'll hear from us within three weeks.

Thanks again,
The Lumen Home Talent team
"""
add(dict(
    kind="application_received", slug="greenhouse_lumen_no_individual_replies", lang="en",
    company="Lumen Home", contact="",
    frm=("Lumen Home", "no-reply@greenhouse-mail.io"),
    subject="Thanks for applying to Lumen Home",
    date="2026-01-14 12:33", tz="utc",
    text=_lumen_ack,
    html=ats_card("Lumen Home", "#111827", "We've got your application", paras(_lumen_ack),
                  "Sent via Greenhouse on behalf of Lumen Home."),
    key="lumen-ack",
))

_mill_ack = """Hi Kwame,

Thank you for applying for the Stock & Allocation Planner role at Millrace Homewares. We're excited to read your application!

Our team reviews every application by hand, so it may take us a week or two. We'll email you either way.

Millrace Homewares
"""
add(dict(
    kind="application_received", slug="lever_millrace_thanks", lang="en",
    company="Millrace Homewares", contact="",
    frm=("Millrace Homewares", "no-reply@hire.lever.co"),
    subject="Thanks for applying to Millrace Homewares",
    date="2026-02-01 21:14", tz="utc",
    text=_mill_ack,
    html=ats_card("Millrace Homewares", "#be185d", "Application received", paras(_mill_ack),
                  "Sent via Lever"),
    key="mill-ack",
))

_humber_ack = """Dear Kwame,

Thank you for applying for the Port Logistics Planner position (Job ID 2026-1184) at Humbergate Terminals.

This is an automatic confirmation that your application has been submitted successfully. Our People Team will review applications after the closing date of 13 March 2026.

You can log in to our careers portal at any time to see the status of your application or update your details.

Humbergate Terminals People Team
"""
add(dict(
    kind="application_received", slug="icims_humbergate_submitted", lang="en",
    company="Humbergate Terminals", contact="",
    frm=("Humbergate Terminals Careers", "humbergate-careers@icims.com"),
    subject="Application submitted - Port Logistics Planner (Job ID 2026-1184)",
    date="2026-03-02 07:30", tz="utc",
    html=ats_card("Humbergate Terminals", "#1f2937", "Application submitted",
                  paras(_humber_ack), "This message was sent automatically. iCIMS, Inc."),
    cte="base64",
    headers=[("Auto-Submitted", "auto-generated")],
    key="humber-ack",
))

add(dict(
    kind="application_received", slug="taleo_council_reference", lang="en",
    company="Calder Vale Council", contact="",
    frm=("Calder Vale Council Recruitment", "noreply@taleo.net"),
    subject="Application received - Stores and Logistics Planning Officer (Ref CVC/ENV/0311)",
    date="2026-03-23 12:00", tz="utc",
    text="""Dear Kwame Lindgren-Osorio

Thank you for applying for the post of Stores and Logistics Planning Officer (Ref CVC/ENV/0311) with Calder Vale Council.

Your application reference is CVC-A-0048821. Please quote it in any correspondence.

Shortlisting will take place in the week after the closing date. Shortlisted candidates will be contacted by email. If you have not heard from us within four weeks of the closing date, please assume that your application has not been successful on this occasion.

Calder Vale Council is committed to equality of opportunity and is a Disability Confident employer.

Recruitment Team
Calder Vale Council

Please do not reply to this message. Replies to this address are not monitored.
""",
    headers=[("Auto-Submitted", "auto-generated")],
    key="calder-ack",
))

_kroon_ack = """Hi Kwame,

Thanks for your application for the position Inbound Planner at Kroonhaven Logistics! We have received it and will get back to you as soon as possible.

In the meantime, feel free to take a look at our career site to get to know us better.

Best regards,
Kroonhaven Logistics
"""
add(dict(
    kind="application_received", slug="teamtailor_kroonhaven_received", lang="en",
    company="Kroonhaven Logistics", contact="",
    frm=("Kroonhaven Logistics", "no-reply@teamtailor-mail.com"),
    subject="We have received your application",
    date="2026-02-10 09:48", tz="cet",
    text=_kroon_ack,
    html=ats_card("Kroonhaven Logistics", "#0e7490", "Inbound Planner", paras(_kroon_ack),
                  "Kroonhaven Logistics recruits with Teamtailor."),
    key="kroon-ack",
))

_marlowe_ack = """Dear Kwame,

Thank you for applying for Merchandise Replenishment Analyst at Marlowe & Finch.

We confirm that we have received your application. Our resourcing team will be in touch about the next steps.

Kind regards,
Marlowe & Finch Resourcing
"""
add(dict(
    kind="application_received", slug="smartrecruiters_marlowe_confirm", lang="en",
    company="Marlowe & Finch", contact="",
    frm=("Marlowe & Finch", "noreply@smartrecruiters.com"),
    subject="Thank you for your application to Marlowe & Finch",
    date="2026-01-08 19:40", tz="utc",
    text=_marlowe_ack,
    html=ats_card("Marlowe & Finch", "#1e3a8a", "Application received", paras(_marlowe_ack),
                  "You received this email because you applied through SmartRecruiters."),
    key="marlowe-ack",
))

add(dict(
    kind="application_received", slug="blue_crane_registered", lang="en",
    company="Blue Crane Talent", contact="shauna.reilly@bluecranetalent.example.co.uk",
    frm=("Shauna Reilly", "shauna.reilly@bluecranetalent.example.co.uk"),
    subject="You're registered with Blue Crane Talent",
    date="2026-02-03 09:55",
    html=outlook_html(mso("""Hi Kwame,

Thanks for applying to the Availability Planner advert and for sending over your CV. I've registered you with Blue Crane Talent, so you're now on our books for supply chain roles across the North West.

Unfortunately, due to the volume we receive, we can't respond to every application individually, but as you're a good fit for what my client is looking for I'll be calling you this week to talk it through.

Thanks,

Shauna Reilly
Recruitment Consultant
Blue Crane Talent
2 Hardman Square, Manchester M3 3EB
0161 496 0910

Blue Crane Talent Ltd. Registered in England No. 10234567. We act as an employment agency for permanent recruitment.""")),
    key="bc-reg",
))

_oak_ack = """Hello Kwame,

Thank you for your application for the position of Planning Coordinator. This is to confirm that we have received it.

Our hiring team will review your application and contact you if they would like to discuss it further.

Best regards,
People Team
Oakworth Bakeries
"""
add(dict(
    kind="application_received", slug="bamboohr_oakworth_confirmation", lang="en",
    company="Oakworth Bakeries", contact="",
    frm=("Oakworth Bakeries", "notifications@app.bamboohr.com"),
    subject="Application confirmation - Planning Coordinator",
    date="2026-03-16 18:05",
    text=_oak_ack,
    html=ats_card("Oakworth Bakeries", "#92400e", "Planning Coordinator", paras(_oak_ack),
                  "Sent from BambooHR on behalf of Oakworth Bakeries."),
    key="oak-ack",
))

_eem_ack = """Dear Kwame,

We have received your application for Operations Planner. Thank you!

Our team will review it carefully and we aim to get back to you within two weeks.

Eemhaven Reefer Services
"""
add(dict(
    kind="application_received", slug="recruitee_eemhaven_received", lang="en",
    company="Eemhaven Reefer Services", contact="",
    frm=("Eemhaven Reefer Services", "noreply@jobs.recruitee.com"),
    subject="Application received: Operations Planner",
    date="2026-05-11 08:30", tz="cet",
    text=_eem_ack,
    html=ats_card("Eemhaven Reefer Services", "#0369a1", "Operations Planner", paras(_eem_ack),
                  "Powered by Recruitee"),
    key="eem-ack",
))

# --- Deutsch -----------------------------------------------------------------------------------

_ruhr_ack = """Sehr geehrter Herr Lindgren-Osorio,

vielen Dank für Ihre Bewerbung als Disponent Supply Chain (m/w/d) und Ihr Interesse an der Ruhrort Hafenlogistik GmbH.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns in den nächsten zwei bis drei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr Personalteam der Ruhrort Hafenlogistik GmbH
"""
add(dict(
    kind="application_received", slug="personio_ruhrort_eingang", lang="de",
    company="Ruhrort Hafenlogistik", contact="",
    frm=("Ruhrort Hafenlogistik GmbH", "noreply@personio.de"),
    subject="Eingangsbestätigung Ihrer Bewerbung",
    date="2026-02-02 11:20",
    text=_ruhr_ack,
    html=ats_card("Ruhrort Hafenlogistik GmbH", "#1e40af", "Eingangsbestätigung",
                  paras(_ruhr_ack), "Diese E-Mail wurde automatisch über Personio versendet.",
                  lang="de"),
    key="ruhr-ack",
))

add(dict(
    kind="application_received", slug="kessler_registrierung", lang="de",
    company="Kessler Personalberatung", contact="t.brandt@kessler-personal.example.de",
    frm=("Timo Brandt | Kessler Personalberatung", "t.brandt@kessler-personal.example.de"),
    subject="Ihre Registrierung bei Kessler Personalberatung",
    date="2026-04-08 15:00",
    text="""Guten Tag Herr Lindgren-Osorio,

vielen Dank für das nette Telefonat und für die Zusendung Ihres Lebenslaufs. Ich habe Sie in unserer Kandidatendatenbank registriert.

Kurz zum weiteren Vorgehen: Ich stelle Ihr Profil nur nach Rücksprache mit Ihnen bei unseren Kunden vor. Wenn es passende Projekte im Raum Duisburg, Krefeld oder Düsseldorf gibt, melde ich mich telefonisch.

Anbei finden Sie unsere Datenschutzhinweise gemäß Art. 13 DSGVO zur Kenntnisnahme.

Beste Grüße
Timo Brandt
Senior Consultant Logistik
Kessler Personalberatung
Königstraße 48, 47051 Duisburg
Mobil +49 170 555 2281

Kessler Personalberatung GmbH | Sitz: Duisburg | HRB 61230 | Geschäftsführerin: Renate Kessler
""",
    pdfs=[dict(filename="Datenschutzhinweise_Kandidaten.pdf",
               title="Datenschutzhinweise für Kandidaten",
               lines=["Kessler Personalberatung GmbH", "Datenschutzhinweise für Kandidaten",
                      "", "1. Verantwortlicher: Kessler Personalberatung GmbH, Duisburg",
                      "2. Zweck: Vermittlung in Arbeitsverhältnisse",
                      "3. Speicherdauer: bis zu 24 Monate nach letztem Kontakt",
                      "4. Ihre Rechte: Auskunft, Berichtigung, Löschung, Widerspruch"])],
    key="kessler-reg",
))

_nieder_ack = """Guten Tag Herr Lindgren-Osorio,

vielen Dank für Ihre Bewerbung als Supply Chain Planner Kontraktlogistik (m/w/d). Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir erhalten sehr viele Bewerbungen. Leider können wir daher nicht jede Bewerbung einzeln beantworten, bevor das Auswahlverfahren abgeschlossen ist. Sie hören aber in jedem Fall von uns.

Freundliche Grüße
Niederrhein Kontraktlogistik
Personalabteilung
"""
add(dict(
    kind="application_received", slug="softgarden_niederrhein_eingang", lang="de",
    company="Niederrhein Kontraktlogistik", contact="",
    frm=("Niederrhein Kontraktlogistik", "noreply@softgarden.io"),
    subject="Bestätigung: Ihre Bewerbung ist eingegangen",
    subj_enc=("iso-8859-1", "B"),
    date="2026-03-10 16:44",
    text=_nieder_ack,
    charset="iso-8859-1", cte="quoted-printable",
    key="nieder-ack",
))

add(dict(
    kind="application_received", slug="brenner_eingang_persoenlich", lang="de",
    company="Brenner Stahlhandel", contact="p.huelsmann@brenner-stahl.example.de",
    frm=("Petra Hülsmann", "p.huelsmann@brenner-stahl.example.de"),
    name_enc=("windows-1252", "B"),
    subject="AW: Bewerbung Materialdisponent – Kwame Lindgren-Osorio",
    subj_enc=("windows-1252", "Q"),
    date="2026-03-12 08:20",
    text="""Sehr geehrter Herr Lindgren-Osorio,

vielen Dank für Ihre Bewerbung per E-Mail. Ihre Unterlagen sind bei uns angekommen; ich habe sie in unser Bewerbermanagement übernommen, über das Sie künftig Nachrichten von uns erhalten.

Mit der Rückmeldung zum Auswahlverfahren dürfen Sie Ende März rechnen.

Mit freundlichen Grüßen

i. A. Petra Hülsmann
Personal
Brenner Stahlhandel GmbH
Hafenstraße 77 · 47119 Duisburg
Telefon +49 203 555 6620

""" + outlook("de", "Kwame Lindgren-Osorio <kwame.lo@example.com>", "Mittwoch, 11. März 2026 21:37",
              "bewerbung@brenner-stahl.example.de", "Bewerbung Materialdisponent – Kwame Lindgren-Osorio",
              """Sehr geehrte Damen und Herren,

anbei sende ich Ihnen meine Bewerbung als Materialdisponent (m/w/d). Ich arbeite seit sechs Jahren in der Lagerlogistik in Leeds und möchte mich nun in der Disposition weiterentwickeln.

Mit freundlichen Grüßen
Kwame Lindgren-Osorio"""),
    charset="windows-1252", cte="quoted-printable",
    key="brenner-ack", parent_id="<CAK1w9Lq.brenner.0311@mail.example.com>",
))

# --- Français ----------------------------------------------------------------------------------

add(dict(
    kind="application_received", slug="delaunoy_accuse_reception", lang="fr",
    company="Transports Delaunoy", contact="camille.vasseur@transports-delaunoy.example.fr",
    frm=("Camille Vasseur", "camille.vasseur@transports-delaunoy.example.fr"),
    subject="Accusé de réception - candidature Planificateur transport",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-04-27 09:10",
    text="""Bonjour Monsieur Lindgren-Osorio,

Nous accusons bonne réception de votre candidature au poste de Planificateur transport (H/F) et vous en remercions.

Votre dossier est actuellement à l'étude. Nous reviendrons vers vous d'ici trois semaines environ pour vous faire part de la suite.

Cordialement,

Camille Vasseur
Chargée de recrutement
Transports Delaunoy
8 rue de la Haie Plouvier, 59810 Lesquin
03 20 55 61 30
""",
    charset="iso-8859-1", cte="quoted-printable",
    key="del-ack",
))

_flandre_ack = """Bonjour Kwame,

Merci d'avoir postulé au poste d'Approvisionneur (H/F) chez Flandre Distribution. Votre candidature a bien été enregistrée sous la référence FD-2026-0227.

Compte tenu du nombre important de candidatures, nous ne sommes malheureusement pas en mesure de répondre individuellement à chacune d'elles dans l'immédiat. Notre équipe étudiera votre profil avec attention.

L'équipe Recrutement
Flandre Distribution
"""
add(dict(
    kind="application_received", slug="successfactors_flandre_enregistree", lang="fr",
    company="Flandre Distribution", contact="",
    frm=("Flandre Distribution Recrutement", "careers@successfactors.eu"),
    subject="Confirmation de votre candidature – Approvisionneur (H/F)",
    subj_enc=("utf-8", "B"),
    date="2026-03-03 22:15",
    text=_flandre_ack,
    html=ats_card("Flandre Distribution", "#9a3412", "Candidature enregistrée",
                  paras(_flandre_ack), "Message automatique – merci de ne pas répondre.",
                  lang="fr"),
    headers=[("Auto-Submitted", "auto-generated")],
    key="flandre-ack",
))

# --- Español -----------------------------------------------------------------------------------

_alb_ack = """Hola Kwame,

¡Gracias por tu interés en Puerto Albufera Terminales! Hemos recibido tu solicitud para el puesto de Planificador/a de operaciones portuarias.

Nuestro equipo revisará tu perfil y se pondrá en contacto contigo si encaja con lo que buscamos.

Saludos,
Puerto Albufera Terminales
"""
add(dict(
    kind="application_received", slug="workable_albufera_recibida", lang="es",
    company="Puerto Albufera Terminales", contact="",
    frm=("Puerto Albufera Terminales", "noreply@candidates.workablemail.com"),
    subject="Hemos recibido tu solicitud",
    date="2026-02-09 17:20",
    text=_alb_ack,
    html=ats_card("Puerto Albufera Terminales", "#0c4a6e",
                  "Planificador/a de operaciones portuarias", paras(_alb_ack),
                  "Enviado con Workable", lang="es"),
    key="alb-ack",
))

add(dict(
    kind="application_received", slug="citricola_cv_recibido", lang="es",
    company="Citrícola Levante", contact="vicente.marti@citricolalevante.example.es",
    frm=("Vicente Martí", "vicente.marti@citricolalevante.example.es"),
    name_enc=("iso-8859-1", "Q"),
    subject="Recepción de CV - Responsable de planificación de almacén",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-01-20 09:45",
    text="""Estimado Kwame:

Le confirmo que hemos recibido su currículum para el puesto de Responsable de planificación de almacén en nuestra central de Alzira.

El plazo de candidaturas termina el 31 de enero. A partir de esa fecha revisaremos todos los perfiles y nos pondremos en contacto con las personas preseleccionadas.

Atentamente,

Vicente Martí
Departamento de Recursos Humanos
Citrícola Levante, S.L.
Ctra. de Corbera km 2, 46600 Alzira (València)
Tel. 962 55 40 18
""",
    charset="iso-8859-1", cte="quoted-printable",
    key="citri-ack",
))

add(dict(
    kind="application_received", slug="talento_registro_candidato", lang="es",
    company="Talento Logístico Mediterráneo", contact="alvaro.quiles@talentologistico.example.es",
    frm=("Álvaro Quiles", "alvaro.quiles@talentologistico.example.es"),
    name_enc=("iso-8859-1", "B"),
    subject="Alta en Talento Logístico Mediterráneo",
    subj_enc=("utf-8", "Q"),
    date="2026-04-14 11:25",
    html=paras("""Hola Kwame:

Gracias por inscribirte en nuestra web. Ya te he dado de alta como candidato en Talento Logístico Mediterráneo y tengo tu CV en inglés.

Para completar tu ficha, ¿podrías enviarme una versión del CV en castellano y decirme tu disponibilidad para incorporarte? Trabajamos sobre todo con empresas del puerto de València y del corredor de Sagunto.

En cuanto tenga un proceso que encaje, te llamo.

Un abrazo,

Álvaro Quiles
Consultor de Selección – Logística
Talento Logístico Mediterráneo
Av. del Puerto 180, 46023 València
+34 655 12 34 98"""),
    cte="quoted-printable",
    key="talento-reg",
))

# ============================ offer ==========================================================

# --- English ---------------------------------------------------------------------------------

add(dict(
    kind="offer", slug="halden_offer_letter_pdf", lang="en",
    company="Halden Freight", contact="priya.raman@haldenfreight.example.co.uk",
    frm=("Priya Raman", "priya.raman@haldenfreight.example.co.uk"),
    subject="Offer of employment - Supply Chain Planner",
    date="2026-09-29 15:30",
    text="""Dear Kwame,

Following your interview with Steve, Aisha and me, I'm delighted to offer you the position of Supply Chain Planner at Halden Freight.

Your offer letter is attached. In summary:
- Salary: £37,500 per annum, reviewed each April
- Hours: 37.5 per week, Monday to Friday, with one planned Saturday a month during peak
- Holiday: 25 days plus bank holidays
- Pension: 5% employer contribution
- Start date: Monday 2 November 2026, subject to references

Please read the letter carefully and let me know whether you accept by Friday 9 October. If you have any questions at all, call me on my mobile.

We're all really looking forward to working with you.

Best wishes,

Priya Raman
Talent Partner | Halden Freight
Halden House, Pontefract Road, Stourton, Leeds LS10 1SW
M: 07700 900218

Halden Freight Limited. Registered in England and Wales No. 03377120. Registered office: Halden House, Pontefract Road, Leeds LS10 1SW. This email is confidential.
""",
    pdfs=[dict(filename="Offer_Letter_Kwame_Lindgren-Osorio.pdf",
               title="Halden Freight - Offer of Employment",
               lines=["Halden Freight Limited", "Halden House, Pontefract Road, Leeds LS10 1SW",
                      "", "29 September 2026", "", "Dear Kwame,", "",
                      "Offer of employment: Supply Chain Planner", "",
                      "We are pleased to offer you employment on the following terms:",
                      "Salary: GBP 37,500 per annum", "Start date: 2 November 2026",
                      "Probation: 6 months", "Notice: 1 month after probation", "",
                      "This offer is conditional on two satisfactory references.", "",
                      "Please sign and return a copy to accept.", "",
                      "Steve Gaunt, Head of Planning"])],
    key="halden-offer", parent="halden-moved",
))

add(dict(
    kind="offer", slug="agency_greystone_want_you", lang="en",
    company="Greystone Beverages", contact="nadia.okafor@stirlingrowe.example.co.uk",
    frm=("Nadia Okafor", "nadia.okafor@stirlingrowe.example.co.uk"),
    subject="Greystone!!",
    date="2026-06-16 17:05",
    text="""Kwame!

I've just come off the phone with Phil at Greystone Beverages - they want to make you an offer for the Supply & Demand Planner job. He said your S&OP example was exactly what they were hoping to hear.

The headline numbers: £35,000 basic, 8% annual bonus, 25 days holiday, hybrid after probation (two days from home). Claire in HR will send the formal offer letter and contract once you've said yes in principle.

Have a think tonight and call me in the morning - and if there's anything you'd like me to push on, tell me and I'll go back to them.

Well done, you deserve this.

Nadia

Nadia Okafor
Senior Consultant - Supply Chain & Logistics
Stirling & Rowe Recruitment
Tel: 0113 496 0788 | Mob: 07700 900612
""",
    key="sr-greystone-offer", parent="sr-greystone-moved",
))

add(dict(
    kind="offer", slug="aire_valley_verbal_offer_followup", lang="en",
    company="Aire Valley Distribution", contact="lorraine.haigh@airevalleydist.example.co.uk",
    frm=("Lorraine Haigh", "lorraine.haigh@airevalleydist.example.co.uk"),
    cc=[("Aire Valley HR", "hr@airevalleydist.example.co.uk")],
    subject="Following our call",
    date="2026-07-07 17:40",
    text="""Hi Kwame,

Thanks for your time on the phone this afternoon. Just to put in writing what I said: we'd like you to join us as Inbound Planner at Cross Green, at £34,000 a year plus the site bonus, days only. I've copied in HR, who will send the contract and the pre-employment forms this week.

Take the weekend if you need it, but I'm hoping for a yes!

Lorraine

Lorraine Haigh
Operations Director
Aire Valley Distribution
""",
    key="aire-offer", parent="aire-chat",
))

add(dict(
    kind="offer", slug="attercliffe_contract_for_signature", lang="en",
    company="Attercliffe Metals", contact="kerry.walsh@attercliffemetals.example.co.uk",
    frm=("Kerry Walsh", "kerry.walsh@attercliffemetals.example.co.uk"),
    subject="Your contract - Planning Coordinator",
    date="2026-06-01 10:00",
    text="""Hi Kwame,

Following Graham's call on Friday, I'm pleased to send you our formal offer for the Planning Coordinator role. Your contract (statement of main terms) is attached.

If you're happy to accept, please sign and date page 2 and send it back to me, either scanned or as a photo, by Friday 5 June. Once I have it back I'll confirm your start date of 29 June and send the new-starter forms.

Hope to welcome you aboard soon!

Kerry

Kerry Walsh
HR & Payroll Officer
Attercliffe Metals Ltd
210 Effingham Road, Sheffield S9 3QA
0114 496 0481
""",
    pdfs=[dict(filename="Attercliffe_Metals_Contract_KLindgren-Osorio.pdf",
               title="Statement of main terms of employment",
               lines=["Attercliffe Metals Ltd - Statement of Main Terms of Employment", "",
                      "Employee: Kwame Lindgren-Osorio", "Job title: Planning Coordinator",
                      "Start date: 29 June 2026", "Salary: GBP 33,000 per annum",
                      "Hours: 39 per week, 08:00-16:30 Monday to Friday",
                      "Place of work: 210 Effingham Road, Sheffield", "",
                      "Signed for the company: G. Tully", "",
                      "Employee signature: ______________________  Date: ________"])],
    key="att-offer", parent="att-moved",
))

add(dict(
    kind="offer", slug="council_conditional_offer", lang="en",
    company="Wharfe & Nidd Council", contact="angela.pickersgill@wharfenidd-council.example.uk",
    frm=("Angela Pickersgill", "angela.pickersgill@wharfenidd-council.example.uk"),
    subject="Conditional offer of employment - WNC-2026-044",
    date="2026-03-03 14:30",
    html=outlook_html(mso("""Dear Mr Lindgren-Osorio

Fleet and Stores Planning Officer (WNC-2026-044), Grade 7

Thank you for attending the rearranged interview on 24 February. I am pleased to confirm that the panel would like to offer you the post, at spinal point 25 of Grade 7 (£33,143 per annum).

This offer is conditional on:
- two satisfactory references, one of which must be from your current employer
- a basic DBS check
- confirmation of your right to work in the UK
- a pre-employment health questionnaire

Please reply to confirm whether you wish to accept this conditional offer. Once the checks are complete I will send your contract and agree a start date with you.

Yours sincerely

Angela Pickersgill
HR Officer (Recruitment)
Wharfe & Nidd Council
Civic Centre, Bridge Street, Wetherby LS22 6RT
Tel: 01937 496 310""")),
    cte="quoted-printable",
    key="wn-offer", parent="wn-postponed",
))

add(dict(
    kind="offer", slug="waalhaven_offer_rotterdam", lang="en",
    company="Waalhaven Tank Storage", contact="d.verhoef@waalhaventank.example.nl",
    frm=("Daan Verhoef", "d.verhoef@waalhaventank.example.nl"),
    subject="Offer: Logistics Planner - Waalhaven Tank Storage",
    date="2026-09-04 11:00", tz="cet",
    text="""Dear Kwame,

It was a pleasure to meet you in Rotterdam last week. On behalf of Waalhaven Tank Storage I am happy to offer you the position of Logistics Planner.

The attached offer letter sets out the main terms: a gross annual salary of EUR 52,000 including holiday allowance, a 12-month contract with the intention of a permanent position, and relocation support of up to EUR 4,500. We can also help you apply for the 30% ruling.

We would appreciate your decision by 18 September. Please do not hesitate to call me if you would like to discuss anything.

With kind regards,

Daan Verhoef
HR Manager
Waalhaven Tank Storage B.V.
Waalhaven Oostzijde 5, 3087 BM Rotterdam
+31 10 555 3308
""",
    pdfs=[dict(filename="Offer_Letter_Logistics_Planner.pdf",
               title="Waalhaven Tank Storage - offer letter",
               lines=["Waalhaven Tank Storage B.V.", "Offer letter", "",
                      "Candidate: Kwame Lindgren-Osorio", "Position: Logistics Planner",
                      "Gross salary: EUR 52,000 per year incl. holiday allowance",
                      "Contract: 12 months, intention of permanent contract",
                      "Relocation: up to EUR 4,500", "Start: 1 December 2026 (to be agreed)"])],
))

# --- Deutsch -----------------------------------------------------------------------------------

add(dict(
    kind="offer", slug="hafenkontor_vertragsangebot", lang="de",
    company="Hafenkontor Meiderich", contact="i.brandes@hafenkontor-meiderich.example.de",
    frm=("Dr. Ilka Brandes", "i.brandes@hafenkontor-meiderich.example.de"),
    subject="Ihr Vertragsangebot als Supply Chain Planer",
    date="2026-09-16 10:30",
    text="""Sehr geehrter Herr Lindgren-Osorio,

herzlichen Dank für die angenehmen Gespräche in den vergangenen Wochen. Wir freuen uns sehr, Ihnen heute die Position als Supply Chain Planer in unserem Team in Duisburg-Meiderich anbieten zu können.

Im Anhang finden Sie unser Vertragsangebot. Die wichtigsten Eckdaten:
- Jahresbruttogehalt: 54.000 € (13 Gehälter)
- 30 Tage Urlaub, 39-Stunden-Woche, Gleitzeit
- Eintritt zum 1. Dezember 2026 oder nach Vereinbarung

Bitte senden Sie uns den unterschriebenen Vertrag bis zum 30. September zurück. Für Rückfragen stehe ich Ihnen jederzeit gern zur Verfügung.

Mit freundlichen Grüßen

Dr. Ilka Brandes
Leiterin Personal
Hafenkontor Meiderich GmbH
Schlickstraße 12, 47138 Duisburg
Tel. +49 203 555 7100
""",
    pdfs=[dict(filename="Vertragsangebot_Lindgren-Osorio.pdf",
               title="Arbeitsvertrag - Angebot",
               lines=["Hafenkontor Meiderich GmbH", "Arbeitsvertrag (Entwurf)", "",
                      "zwischen der Hafenkontor Meiderich GmbH und",
                      "Herrn Kwame Lindgren-Osorio", "",
                      "§ 1 Tätigkeit: Supply Chain Planer", "§ 2 Beginn: 01.12.2026",
                      "§ 3 Vergütung: 54.000 EUR brutto jährlich", "§ 4 Urlaub: 30 Arbeitstage",
                      "", "Duisburg, 16.09.2026"])],
    cte="quoted-printable",
    key="hk-offer", parent="hk-app",
))

add(dict(
    kind="offer", slug="personaldienst_kunde_averdung_angebot", lang="de",
    company="Averdung Spedition", contact="n.kaminski@personaldienst-rr.example.de",
    frm=("Nils Kaminski", "n.kaminski@personaldienst-rr.example.de"),
    subject="Gute Nachrichten von Averdung",
    date="2026-09-25 16:00",
    text="""Hallo Herr Lindgren-Osorio,

ich habe gerade mit Frau Averdung telefoniert: Die Averdung Spedition möchte Ihnen ein Angebot für die Stelle als Disponent im Nahverkehr machen! Sie hat sich nach dem zweiten Gespräch klar für Sie entschieden.

Genannt wurden 48.000 Euro brutto im Jahr plus Tankkarte, Start ab November. Den schriftlichen Vertrag schickt die Spedition Anfang nächster Woche direkt an Sie.

Rufen Sie mich doch am Montag kurz an, dann besprechen wir die Details und ob wir beim Gehalt noch etwas nachverhandeln wollen.

Viele Grüße
Nils Kaminski
Personaldienst Rhein-Ruhr
Sonnenwall 8, 47051 Duisburg
Tel. +49 203 555 9041
""",
    charset="iso-8859-1", cte="8bit",
))

# --- Français ----------------------------------------------------------------------------------

add(dict(
    kind="offer", slug="delaunoy_promesse_embauche", lang="fr",
    company="Transports Delaunoy", contact="camille.vasseur@transports-delaunoy.example.fr",
    frm=("Camille Vasseur", "camille.vasseur@transports-delaunoy.example.fr"),
    subject="Votre promesse d'embauche – Planificateur transport",
    subj_enc=("utf-8", "Q"),
    date="2026-06-05 11:00",
    text="""Bonjour Monsieur Lindgren-Osorio,

Suite à votre entretien du 21 mai avec M. Delaunoy, nous avons le plaisir de vous proposer le poste de Planificateur transport en CDI, au sein de notre agence de Lesquin.

Vous trouverez en pièce jointe votre promesse d'embauche précisant les conditions : rémunération annuelle brute de 36 000 €, statut agent de maîtrise, prise de poste souhaitée le 1er septembre 2026.

Nous vous remercions de nous retourner ce document daté et signé avant le 19 juin si cette proposition vous convient.

Bien cordialement,

Camille Vasseur
Chargée de recrutement
Transports Delaunoy
8 rue de la Haie Plouvier, 59810 Lesquin
03 20 55 61 30
""",
    pdfs=[dict(filename="Promesse_embauche_Lindgren-Osorio.pdf",
               title="Promesse d'embauche",
               lines=["Transports Delaunoy SAS", "Promesse d'embauche", "",
                      "Monsieur Kwame Lindgren-Osorio", "",
                      "Poste : Planificateur transport (CDI)", "Statut : agent de maîtrise",
                      "Rémunération : 36 000 EUR bruts annuels",
                      "Date d'entrée : 1er septembre 2026", "Lieu : Lesquin (59)", "",
                      "Fait à Lesquin, le 5 juin 2026"])],
    key="del-offer", parent="del-moved",
))

# --- Español -----------------------------------------------------------------------------------

_citri_offer = """Estimado Kwame:

Tras las entrevistas de las últimas semanas, nos complace ofrecerle el puesto de Responsable de planificación de almacén en nuestra central de Alzira.

Las condiciones principales son:
- Salario bruto anual: 34.000 € en 14 pagas
- Contrato indefinido con seis meses de periodo de prueba
- Jornada intensiva en verano
- Incorporación: 4 de mayo de 2026

Le agradeceríamos que nos confirmara su aceptación antes del 3 de abril. Si tiene cualquier pregunta, estoy a su disposición.

Atentamente,

Vicente Martí
Departamento de Recursos Humanos
Citrícola Levante, S.L.
Tel. 962 55 40 18
"""
add(dict(
    kind="offer", slug="citricola_oferta_condiciones", lang="es",
    company="Citrícola Levante", contact="vicente.marti@citricolalevante.example.es",
    frm=("Vicente Martí", "vicente.marti@citricolalevante.example.es"),
    name_enc=("iso-8859-1", "Q"),
    subject="Oferta de empleo – Responsable de planificación de almacén",
    subj_enc=("windows-1252", "B"),
    date="2026-03-24 12:30",
    text=_citri_offer,
    html=paras(_citri_offer),
    charset="windows-1252", cte="base64",
    key="citri-offer", parent="citri-ack",
))

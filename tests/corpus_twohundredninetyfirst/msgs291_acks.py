"""Corpus 291 - application acknowledgements (21) and offers (10).

Hand-written; every message writes its own words.
"""

from msgs291_common import (
    CAND_ADDR,
    M,
    ats_card,
    attribution,
    outlook_html,
    pdf,
    quote,
    simple_html,
)
from msgs291_invites import FRAUKE, HAZEL, KIRSTY, MAELLE, NIAMH, PABLO, SHONA, SOPHIE

ACK = "application_received"
OFF = "offer"

# =================================================================== acknowledgements

_granite_ack = """Dear Callum,

Thank you for applying for the position of Learning & Development Partner (Operations) (R-3318) with Granite Harbour Energy. We confirm that your application has been received and will now be reviewed by our Talent Acquisition team.

We receive a very large number of applications, and unfortunately we cannot reply to every applicant individually at this stage. If your experience matches the requirements of the role, a member of the team will contact you directly.

You can follow the status of your application at any time in your candidate home.

Kind regards,
Talent Acquisition
Granite Harbour Energy
"""

_caird_ack = """Hi Callum,

Thanks for applying to Caird Bank! We've received your application for Learning Designer (Colleague Academy) and our People Team will review it over the next couple of weeks.

In the meantime, you can find out more about life at Caird on our careers blog. If anything changes with your availability, you can update your application using the link in your candidate portal.

Best wishes,
Caird Bank People Team
"""

_nordsjo_ack = """Hi Callum,

Thank you for your application for the Competence & Training Advisor position in Stavanger. This email confirms that we have received it.

Our recruitment team reads every application personally, so it may take a couple of weeks before you hear from us. We'll be in touch either way.

Best regards,
Nordsjø Energi Talent Acquisition

This message was sent from an unmonitored address.
"""

_thistle_ack = """Hi Callum,

Lovely to speak to you this afternoon, and thanks for sending over your CV so quickly.

You're now registered with Thistle & Tide Recruitment - your candidate reference is TT-40718. I've added you to our HR, Training & Development talent pool for Aberdeen and the Shire, and flagged that you're open to offshore-adjacent roles and hybrid working.

What happens next: I'll go through your CV properly and come back with a couple of suggestions to make it read less like a teacher's CV and more like an L&D one. I won't send your details to any client without speaking to you first.

Cheers,
Kirsty

Kirsty Mair
Senior Consultant - HR & Training
Thistle & Tide Recruitment
3rd Floor, 41 Union Terrace, Aberdeen AB10 1NJ
Direct: 01224 555 0193
"""

_pentland_ack_html = ats_card(
    "Pentland University - Jobs",
    "Application received",
    """Dear Callum Nakamura-Reid,

Thank you for your application for the post of Staff Development Adviser (PU-2026-0142), School of Education and Organisational Development.

Your application has been successfully submitted. The closing date for this vacancy is 8 March 2026, and shortlisting will take place shortly afterwards. Shortlisted candidates will be contacted by email.

Please note that we are unable to acknowledge correspondence or provide feedback at the shortlisting stage.

Human Resources
Pentland University""",
    "Pentland University is a charitable body, registered in Scotland, SC019920.\n"
    "Please do not reply to this automatically generated email.",
    accent="#5b2c6f",
)

_clyde_ack = """Dear Callum

Thank you for applying for the post of Workforce Development Officer (Ref CVC/HR/0611).

Your application has been submitted successfully and will be considered after the closing date of 22 June 2026. If you are shortlisted for interview, we will contact you by email within three weeks of the closing date.

You can check the progress of your application by signing in to your account on our recruitment portal.

Clyde Valley Council Recruitment

This is an automatically generated email, please do not reply.
"""

_tayside_ack = """Hi Callum,

Your application for HSE Training Coordinator at Tayside Renewables has been received.

We've recorded it in our hiring system, so you don't need to send anything else. The hiring team will review all applications after the closing date, 30 January 2026.

Thanks for your interest,
Tayside Renewables Recruitment
"""

_bonaccord_ack = """Hi Callum,

Just a quick note to say we've received your CV and covering letter for the Sports & Wellbeing Development Lead post - thanks for getting it in before the deadline.

Shortlisting is on 15 September. I'll be in touch either way after that, hopefully by the end of that week.

Kind regards,
Fiona

Fiona Ritchie
HR Partner
Bon Accord University
King Street, Aberdeen AB24 5UA
01224 555 467
"""

_moray_ack = """Hi Callum,

Thanks for applying to the Learning Experience Designer role at Moray Ledger! We've got your application and the team will take a look soon.

We try to get back to everyone within ten working days.

Cheers,
The Moray Ledger Team

Powered by Ashby
"""

_govan_ack = """Dear Callum,

Thank you for applying for the Volunteer Training Coordinator post with Govan Futures. We've received your application.

The closing date is Friday 10 April. The panel will meet after that, and we aim to let everyone know the outcome by the end of April.

Best wishes,
The Govan Futures team
"""

_ryfylke_ack = """Hi Callum,

Thanks for your interest in Ryfylke Offshore Services! We've received your application for Training & Onboarding Specialist and it is now with our hiring team.

We review applications on a rolling basis and will reach out if your profile is a good match. Because of the number of applications, we may not be able to respond to everyone individually.

All the best,
Ryfylke Offshore Services - People & Culture
"""

_forth_original = """Hi Priya,

Thanks for the chat at the L&D Scotland meet-up on Tuesday. As promised, my CV is attached. I'm a PE teacher (eleven years) looking to move into learning and development, ideally in Edinburgh or Glasgow, and I'm open to contract roles to get a foot in the door.

Best wishes,
Callum
"""

_forth_ack = """Hi Callum,

Thanks for sending this over - great to meet you on Tuesday.

I've received your CV and you're now registered with Forth Talent Partners. I've added you to our L&D talent pool (Edinburgh, Glasgow and remote), and set you up for contract as well as permanent roles.

There's nothing live that fits right now, but I'll be in touch as soon as something comes in. If it helps, we run a free CV clinic for career changers on the first Wednesday of the month.

Best,
Priya

Priya Raman
Principal Consultant, HR & Learning
Forth Talent Partners
2 Lister Square, Edinburgh EH3 9GL
0131 496 0918

""" + attribution("en", "Thu, 12 Mar 2026 at 07:41", "Callum Nakamura-Reid", CAND_ADDR) + quote(_forth_original)

_elbwind_ack = """Sehr geehrter Herr Nakamura-Reid,

vielen Dank für Ihre Bewerbung als Referent Personalentwicklung (m/w/d) und Ihr Interesse an der Elbwind Energie GmbH.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb von drei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Elbwind Energie GmbH

Dies ist eine automatisch generierte Nachricht.
"""

_harburg_ack = """Sehr geehrter Herr Nakamura-Reid,

vielen Dank für Ihre Bewerbung als Fachreferent Aus- und Weiterbildung (m/w/d). Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir sichten alle Bewerbungen nach Ende der Bewerbungsfrist am 31. August. Leider ist es uns aufgrund der Vielzahl an Bewerbungen nicht möglich, jeder Bewerberin und jedem Bewerber einzeln einen Zwischenstand mitzuteilen. Wir bitten Sie daher um etwas Geduld.

Freundliche Grüße
Ihr Recruiting-Team
Stadtwerke Harburg-Süd
"""

_alster_ack = """Sehr geehrter Herr Nakamura-Reid,

vielen Dank für Ihre Online-Bewerbung auf die Position Learning & Development Specialist (m/w/d), Stellen-ID 31877.

Ihre Bewerbung ist bei uns eingegangen und wird nun von der zuständigen Fachabteilung geprüft. Über den Stand des Verfahrens können Sie sich jederzeit in Ihrem Bewerberprofil informieren.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Alsterbank AG

Bitte antworten Sie nicht auf diese E-Mail. Diese Adresse wird nicht überwacht.
"""

_fourviere_ack = """Bonjour Callum,

Nous avons bien reçu votre candidature pour le poste de Chargé de formation / Learning Partner (H/F) et nous vous en remercions.

Notre équipe recrutement l'étudie avec attention. Si votre profil correspond à nos attentes, nous reviendrons vers vous sous trois semaines environ pour convenir d'un premier échange.

À très bientôt peut-être,
L'équipe Talents de Fourvière Énergies
"""

_rhone_ack = """Bonjour Monsieur Nakamura-Reid,

Nous accusons réception de votre candidature au poste de Chargé de développement des compétences (réf. 26-0087) et vous remercions de l'intérêt que vous portez à notre établissement.

Votre dossier va être examiné par nos équipes. Vous pouvez suivre son avancement depuis votre espace candidat.

Cordialement,
La Direction des Ressources Humaines
Banque Rhône-Saône

Merci de ne pas répondre à ce message automatique.
"""

_traboules_ack = """Bonjour Callum,

Merci pour notre échange de ce matin et pour l'envoi de votre CV en version française.

Je vous confirme votre inscription chez Talents & Traboules : votre dossier est désormais enregistré dans notre base, dans les filières Formation et Ressources humaines, pour Lyon et sa région.

Comme convenu, je ne transmettrai votre candidature à aucun client sans votre accord préalable. Je reviens vers vous dès qu'une opportunité correspond à votre projet.

Bien à vous,
Hugo Lambert
Consultant senior
Talents & Traboules - Cabinet de recrutement
27 rue de la République, 69002 Lyon
06 55 41 27 90
"""

_giralda_ack = """Estimado/a Callum:

Gracias por presentar tu candidatura a la oferta Técnico/a de Formación y Desarrollo en Banco Giralda.

Hemos recibido correctamente tu solicitud. Nuestro equipo de Selección revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo.

Saludos,
Equipo de Selección - Banco Giralda
"""

_energia_ack = """Estimado/a Callum Nakamura-Reid:

Le confirmamos que hemos recibido su candidatura para la posición de Responsable de Formación Técnica (ID 48213).

El proceso de selección puede durar varias semanas. Le informaremos de cualquier novedad a través de su perfil de candidato.

Atentamente,
Departamento de Personas
Energía Guadalquivir

Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.
"""

_alameda_ack = """Hola Callum:

Encantada de haber hablado contigo esta mañana. Te confirmo que ya estás dado de alta en Alameda Talento y que tengo tu CV y tu carta en inglés y en español.

Te he incluido en nuestra base de perfiles de Formación y Desarrollo para Sevilla y Andalucía occidental. Antes de presentar tu candidatura a cualquier empresa te llamaré para contártelo.

Un saludo,
Rocío Benítez
Consultora de Selección | Alameda Talento
C/ Feria 112, 41002 Sevilla
+34 600 555 731
"""

# =================================================================== offers

_granite_offer = """Dear Callum,

Following your interview on Tuesday and our conversation yesterday evening, I am delighted to confirm our offer of the position of Learning & Development Partner (Operations) at Granite Harbour Energy.

The main terms are:
- Base salary: £46,500 per annum
- Annual bonus: up to 10% under the company scheme
- Pension: 8% employer contribution
- Holidays: 30 days plus public holidays
- Location: Harbour House, Aberdeen, with up to two days a week from home
- Proposed start date: Monday 2 November 2026

The offer is conditional on two satisfactory references and a Basic Disclosure check. The full offer letter is attached; please sign and return it by Friday 25 September, or get in touch if you'd like to discuss anything first.

Alasdair and the whole panel were impressed by your presentation, and we're very much looking forward to welcoming you to the team.

Kind regards,

Shona Beattie
Talent Acquisition Advisor
Granite Harbour Energy
Harbour House, 40 Waterloo Quay, Aberdeen AB11 5DB
T: +44 1224 555 880

Granite Harbour Energy Limited is registered in Scotland (SC512907). This message may contain confidential information. If you are not the intended recipient, please notify the sender and delete it.
"""

_pentland_offer = """Dear Callum,

Thank you for taking my call this afternoon - I'm so pleased you are minded to accept.

As discussed, I'm writing to confirm that the panel would like to offer you the post of Staff Development Adviser. The post is on Grade 7 of the University's salary scale, starting at £41,064, with the usual USS pension and 35 days' annual leave plus closure days. We discussed a start date of Monday 1 June, which suits us well.

You will receive the formal offer and contract from HR within the next five working days, together with the pre-employment paperwork. Please don't resign from your current post until you have the written offer.

Congratulations, and welcome (nearly) to the team.

Best wishes,
Niamh

Dr Niamh Calder
Head of Organisational Development
Pentland University
"""

_brodie_offer = """Hi Callum,

Best email I'll send all week: Brodie Subsea want to make you an offer for the Training & Development Coordinator role!

Gail called me this morning. What they're proposing:
- £42,000 basic, plus up to 8% annual bonus
- 33 days holiday including public holidays
- Car allowance of £3,600
- Start date flexible to fit your notice at school - they know you'll need to finish the term

They'll put it in writing once you've said you're happy in principle. Give me a ring when you're out of class and we can talk it through - and if there's anything you'd like me to push on, now's the time.

Congratulations!
Kirsty

Kirsty Mair | Senior Consultant | Thistle & Tide Recruitment | 01224 555 0193

""" + attribution("en", "Fri, 19 Jun 2026 at 16:02", "Callum Nakamura-Reid", CAND_ADDR) + quote(
    """Hi Kirsty,

Any word from Brodie yet? I thought Tuesday went well - Iain seemed to like the five-minute lesson on tying a bowline.

Callum""")

_ryfylke_offer = """Dear Callum,

Welcome to Ryfylke Offshore Services!

As agreed with Henrik last week, please find attached your employment contract for the position of Training & Onboarding Specialist, based at our Stavanger office (Strandkaien 14), with a start date of 4 January 2027.

Please read it carefully, then sign and return the contract by 9 October. You can sign it electronically in our HR portal (you will receive a separate login email) or sign the attached PDF and send a scan back to me. If you have any questions about the relocation package or the work permit process, I'm happy to help.

We look forward to having you on board.

Best regards,

Lene Tjelta
HR Advisor
Ryfylke Offshore Services AS
Strandkaien 14, 4005 Stavanger, Norway
+47 51 55 81 22
"""

_grampian_offer = """Dear Mr Nakamura-Reid

Post: Organisational Development Officer (Ref GCC/OD/26/03)

Further to the rearranged assessment centre on 24 February, I am pleased to offer you the above post on a permanent, full-time basis, subject to the following conditions:

- satisfactory membership of the Protecting Vulnerable Groups (PVG) Scheme for regulated work with children and adults;
- two satisfactory references, one of which must be from your current employer;
- evidence of your right to work in the UK.

The post is graded GCC 9, with a starting salary of £40,112 per annum. Your formal conditional offer letter is attached and sets out the full terms and conditions. Please confirm whether you wish to accept this offer by Thursday 12 March.

Congratulations on your success.

Yours sincerely

Hazel Cowie
Recruitment Officer
People & Organisational Development
Grampian Coast Council
01224 555 610
"""

_tay_offer = """Dear Callum,

Thank you for coming in to meet the board last week. I am delighted to offer you the position of Member Learning & Development Officer at Tay Bridges Credit Union.

The role is 30 hours a week over four days, with a salary of £31,500 pro rata, 28 days' holiday plus public holidays, and a 6% employer pension contribution. We would like you to start on Monday 4 January 2027, which fits with the end of your notice period at school.

A written statement of terms and conditions will follow by post. In the meantime, please let me know whether you are happy to accept by replying to this email.

We're all really excited about the financial-skills sessions you suggested for our younger members.

With best wishes,

Morag Lindsay
General Manager
Tay Bridges Credit Union
57 Commercial Street, Dundee DD1 2AA
01382 555 640
"""

_alster_offer = """Sehr geehrter Herr Nakamura-Reid,

nach den sehr positiven Gesprächen mit Ihnen freuen wir uns, Ihnen die Position Learning & Development Specialist (m/w/d) in unserem Team Learning & Development anbieten zu können.

Anbei erhalten Sie Ihren Arbeitsvertrag. Die wichtigsten Eckdaten:
- Beginn: 1. Oktober 2026
- Jahresbruttogehalt: 62.000 Euro, zuzüglich variabler Vergütung
- 30 Tage Urlaub, mobiles Arbeiten bis zu 60 Prozent
- Unterstützung beim Umzug nach Hamburg

Bitte senden Sie uns den Vertrag bis zum 17. Juli unterschrieben zurück, gern vorab als Scan. Für Rückfragen stehen Herr Brandt und ich Ihnen jederzeit zur Verfügung.

Wir freuen uns auf die Zusammenarbeit!

Mit freundlichen Grüßen
Sophie Hinrichsen
HR Business Partner Recruiting
Alsterbank AG
Neuer Jungfernstieg 17, 20354 Hamburg
Telefon +49 40 555 388 20

Alsterbank AG | Sitz Hamburg | Registergericht Hamburg HRB 99817 | Vorstand: Dr. Karin Oltmanns (Vors.), Henrik Wessel
"""

_speicher_offer = """Lieber Herr Nakamura-Reid,

wie eben am Telefon schon gesagt: Das ganze Team war nach Ihrem Probetag begeistert, und wir möchten Sie sehr gern als Trainer für unser englischsprachiges Programm gewinnen!

Zur Zusammenfassung unseres Gesprächs: Start am 1. September, 30 Wochenstunden, 3.900 Euro brutto im Monat, 30 Urlaubstage. Den Vertrag schicke ich Ihnen Anfang nächster Woche per Post und vorab als PDF.

Ich freue mich riesig, dass es geklappt hat!

Herzliche Grüße
Frauke Jessen
Leitung Programme & Trainerpool
Speicherstadt Akademie gGmbH
"""

_fourviere_offer = """Bonjour Monsieur Nakamura-Reid,

À la suite du centre d\u2019évaluation du 27 mai et de votre échange avec Mme Marchetti, nous avons le plaisir de vous proposer le poste de Chargé de formation / Learning Partner au sein de Fourvière Énergies.

Vous trouverez ci-joint notre promesse d\u2019embauche, qui précise les conditions : CDI, statut cadre, rémunération annuelle brute de 48 000 \u20ac sur 13 mois, prise de poste souhaitée le 1er septembre 2026 sur le site de Gerland.

Nous vous remercions de nous retourner ce document daté et signé avant le 19 juin. Je reste à votre disposition pour toute question, notamment concernant l\u2019accompagnement à la mobilité.

Au plaisir de vous accueillir parmi nous,

Maëlle Girard
Chargée de recrutement
Fourvière Énergies
+33 4 72 55 31 08
"""

_triana_offer = """¡Hola Callum!

Carmen y yo lo tenemos clarísimo después de la charla del jueves: queremos que seas nuestro nuevo coordinador de formación del voluntariado.

Te resumo la propuesta:
- Contrato indefinido, jornada completa (37,5 horas)
- 27.500 euros brutos anuales en 14 pagas
- Incorporación el 1 de octubre
- Teletrabajo los viernes

Te adjunto la carta de oferta con todos los detalles. Si te parece bien, respóndenos antes del 4 de septiembre y empezamos con el papeleo.

¡Ojalá digas que sí!
Pablo Ruiz Carmona
Fundación Triana Joven
"""


MESSAGES = [
    # ------------------------------------------------------------ application_received (21)
    M(ACK, "workday_cannot_reply_individually_granite", "en", "Granite Harbour Energy", "",
      ("Granite Harbour Energy", "graniteharbour@myworkday.com"),
      "Thank you for applying: Learning & Development Partner (Operations)", "2026-08-03 08:12 +0000",
      text=_granite_ack,
      html=ats_card("Granite Harbour Energy", "Application received", _granite_ack,
                    "Please do not reply to this email. This mailbox is not monitored.",
                    accent="#00384d"),
      cte="quoted-printable", key="granite_ack",
      headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")]),
    M(ACK, "greenhouse_base64_caird", "en", "Caird Bank", "",
      ("Caird Bank", "no-reply@greenhouse-mail.io"),
      "Thanks for applying to Caird Bank", "2026-02-02 20:41 +0000",
      text=_caird_ack, html=ats_card("Caird Bank", "We've got your application", _caird_ack,
                                     "Sent via Greenhouse", accent="#00695c"),
      cte="base64", key="caird_ack"),
    M(ACK, "lever_confirmation_nordsjo", "en", "Nordsjø Energi", "",
      ("Nordsjø Energi", "no-reply@hire.lever.co"),
      "Thank you for your application to Nordsjø Energi", "2026-01-12 19:05 cet",
      text=_nordsjo_ack, cte="quoted-printable", name_enc=("utf-8", "Q"),
      subj_enc=("utf-8", "Q"), key="nordsjo_ack"),
    M(ACK, "agency_registration_thistle", "en", "Thistle & Tide Recruitment", KIRSTY[1], KIRSTY,
      "Welcome to Thistle & Tide - your registration", "2026-01-07 17:35 uk",
      text=_thistle_ack, key="thistle_ack"),
    M(ACK, "taleo_html_only_pentland", "en", "Pentland University", "",
      ("Pentland University Recruitment", "noreply@taleo.net"),
      "Application received - Staff Development Adviser (PU-2026-0142)", "2026-03-02 22:18 uk",
      html=_pentland_ack_html, html_cte="quoted-printable", key="pentland_ack",
      headers=[("Auto-Submitted", "auto-generated")]),
    M(ACK, "icims_portal_council", "en", "Clyde Valley Council", "",
      ("Clyde Valley Council Recruitment", "clydevalleycouncil@icims.com"),
      "Application submitted: Workforce Development Officer (CVC/HR/0611)", "2026-06-15 21:02 uk",
      text=_clyde_ack, key="clyde_ack"),
    M(ACK, "smartrecruiters_recorded_tayside", "en", "Tayside Renewables", "",
      ("Tayside Renewables", "noreply@smartrecruiters.com"),
      "We've received your application for HSE Training Coordinator", "2026-01-20 12:02 +0000",
      text=_tayside_ack, html=simple_html(_tayside_ack), key="tayside_ack"),
    M(ACK, "human_got_your_cv_bonaccord", "en", "Bon Accord University",
      "f.ritchie@bonaccord-uni.example.ac.uk",
      ("Fiona Ritchie", "f.ritchie@bonaccord-uni.example.ac.uk"),
      "Re: Application - Sports & Wellbeing Development Lead", "2026-09-07 11:26 uk",
      text=_bonaccord_ack, key="bonaccord_ack", reply="<291.bonaccord.apply.4c11@example.co.uk>"),
    M(ACK, "ashby_confirmation_moray_ledger", "en", "Moray Ledger", "",
      ("Moray Ledger", "no-reply@ashbyhq.com"),
      "Thanks for applying to Moray Ledger", "2026-03-23 18:49 +0000",
      text=_moray_ack, key="moray_ack"),
    M(ACK, "recruitee_confirmation_govan", "en", "Govan Futures", "",
      ("Govan Futures", "noreply@jobs.recruitee.com"),
      "Application received: Volunteer Training Coordinator", "2026-03-30 13:14 uk",
      text=_govan_ack, html=ats_card("Govan Futures", "Application received", _govan_ack,
                                     "Sent with Recruitee", accent="#2e7d32"),
      key="govan_ack"),
    M(ACK, "bamboohr_may_not_respond_ryfylke", "en", "Ryfylke Offshore Services", "",
      ("Ryfylke Offshore Services", "notifications@bamboohr.com"),
      "Thank you for applying - Training & Onboarding Specialist", "2026-07-27 10:30 -0600",
      text=_ryfylke_ack, html=simple_html(_ryfylke_ack), cte="quoted-printable",
      key="ryfylke_ack"),
    M(ACK, "agency_registration_reply_chain_forth", "en", "Forth Talent Partners",
      "priya.raman@forthtalent.example.co.uk",
      ("Priya Raman", "priya.raman@forthtalent.example.co.uk"),
      "Re: CV - Callum Nakamura-Reid", "2026-03-12 13:06 uk",
      text=_forth_ack, html=outlook_html(_forth_ack), cte="quoted-printable",
      reply="<291.forth.cv.6e70@example.co.uk>"),
    M(ACK, "eingang_personio_elbwind", "de", "Elbwind Energie", "",
      ("Elbwind Energie GmbH", "noreply@personio.de"),
      "Eingangsbestätigung Ihrer Bewerbung", "2026-03-09 07:30 cet",
      text=_elbwind_ack, cte="quoted-printable", key="elbwind_ack",
      headers=[("Auto-Submitted", "auto-generated")]),
    M(ACK, "eingang_softgarden_leider_harburg", "de", "Stadtwerke Harburg-Süd", "",
      ("Stadtwerke Harburg-Süd", "noreply@softgarden.io"),
      "Ihre Bewerbung ist eingegangen", "2026-08-10 14:55 cet",
      text=_harburg_ack, html=simple_html(_harburg_ack, "de"), charset="iso-8859-1",
      cte="quoted-printable", name_enc=("iso-8859-1", "Q"), key="harburg_ack"),
    M(ACK, "eingang_successfactors_alsterbank", "de", "Alsterbank", "",
      ("Alsterbank Karriere", "noreply@successfactors.eu"),
      "Ihre Bewerbung bei der Alsterbank AG (Stellen-ID 31877)", "2026-06-01 06:12 +0000",
      text=_alster_ack, cte="base64", key="alster_ack"),
    M(ACK, "accuse_teamtailor_fourviere", "fr", "Fourvière Énergies", "",
      ("Fourvière Énergies", "notifications@teamtailor-mail.com"),
      "Nous avons bien reçu votre candidature", "2026-04-20 21:07 cet",
      text=_fourviere_ack, html=simple_html(_fourviere_ack, "fr"), cte="quoted-printable",
      name_enc=("iso-8859-1", "Q"), subj_enc=("iso-8859-1", "Q"), key="fourviere_ack"),
    M(ACK, "accuse_taleo_banque_rhone", "fr", "Banque Rhône-Saône", "",
      ("Banque Rhône-Saône - Recrutement", "noreply@taleo.net"),
      "Accusé de réception de votre candidature (réf. 26-0087)", "2026-01-14 23:40 cet",
      text=_rhone_ack, cte="quoted-printable", name_enc=("utf-8", "B"), subj_enc=("utf-8", "B")),
    M(ACK, "inscription_cabinet_traboules", "fr", "Talents & Traboules",
      "hugo.lambert@talents-traboules.example.fr",
      ("Hugo Lambert", "hugo.lambert@talents-traboules.example.fr"),
      "Confirmation de votre inscription", "2026-02-03 12:18 cet",
      text=_traboules_ack, cte="quoted-printable", key="traboules_ack"),
    M(ACK, "acuse_workable_giralda", "es", "Banco Giralda", "",
      ("Banco Giralda - Empleo", "noreply@workablemail.com"),
      "Hemos recibido tu candidatura", "2026-05-06 16:44 cet",
      text=_giralda_ack, html=ats_card("Banco Giralda", "Candidatura recibida", _giralda_ack,
                                       "Enviado con Workable", accent="#7a1f2b", lang="es"),
      cte="quoted-printable", key="giralda_ack"),
    M(ACK, "acuse_successfactors_energia", "es", "Energía Guadalquivir", "",
      ("Energía Guadalquivir Talento", "noreply@successfactors.eu"),
      "Confirmación de recepción de su candidatura", "2026-04-06 08:03 +0000",
      text=_energia_ack, cte="base64", name_enc=("utf-8", "B"), subj_enc=("utf-8", "Q"),
      key="energia_ack"),
    M(ACK, "alta_consultora_alameda", "es", "Alameda Talento", "rocio.benitez@alamedatalento.example.es",
      ("Rocío Benítez", "rocio.benitez@alamedatalento.example.es"),
      "Bienvenido a Alameda Talento", "2026-06-22 13:10 cet",
      text=_alameda_ack, cte="quoted-printable", name_enc=("iso-8859-1", "Q")),
    # ------------------------------------------------------------ offers (10)
    M(OFF, "formal_offer_pdf_granite", "en", "Granite Harbour Energy", SHONA[1], SHONA,
      "Offer of employment \u2013 Learning & Development Partner (Operations)",
      "2026-09-03 10:02 uk", text=_granite_offer, cte="quoted-printable", key="granite_offer",
      cc=[("Dr Alasdair Munro", "alasdair.munro@graniteharbour.example.co.uk")],
      reply="granite_thanks",
      attach=[pdf("Offer_letter_Callum_Nakamura-Reid.pdf", [
          "Granite Harbour Energy Limited - Harbour House, 40 Waterloo Quay, Aberdeen AB11 5DB",
          "3 September 2026", "Private and confidential: Mr Callum Nakamura-Reid",
          "Offer of employment: Learning & Development Partner (Operations)",
          "Base salary GBP 46,500 per annum; bonus up to 10%; pension 8% employer.",
          "Start date: 2 November 2026. Conditional on references and Basic Disclosure.",
          "Signed for and on behalf of Granite Harbour Energy: Shona Beattie",
          "Accepted (signature and date): ______________________",
      ], title="Offer letter")]),
    M(OFF, "verbal_offer_follow_up_pentland", "en", "Pentland University", NIAMH[1], NIAMH,
      "Following our call - Staff Development Adviser", "2026-04-07 16:48 uk",
      text=_pentland_offer, key="pentland_offer", reply="pentland_resched"),
    M(OFF, "agency_client_wants_to_offer_brodie", "en", "Brodie Subsea", KIRSTY[1], KIRSTY,
      "Re: Any news from Brodie?", "2026-06-22 10:15 uk",
      text=_brodie_offer, reply="thistle_followup", refs=["brodie_resched"]),
    M(OFF, "contract_for_signature_ryfylke", "en", "Ryfylke Offshore Services",
      "lene.tjelta@ryfylke-offshore.example.no",
      ("Lene Tjelta", "lene.tjelta@ryfylke-offshore.example.no"),
      "Your employment contract - Training & Onboarding Specialist", "2026-09-28 13:20 cet",
      text=_ryfylke_offer, html=simple_html(_ryfylke_offer), cte="quoted-printable",
      reply_to=[("Lene Tjelta", "lene.tjelta@ryfylke-offshore.example.no"),
                ("HR Ryfylke", "hr@ryfylke-offshore.example.no")],
      attach=[pdf("Employment_contract_Nakamura-Reid.pdf", [
          "EMPLOYMENT CONTRACT", "Employer: Ryfylke Offshore Services AS, Strandkaien 14, Stavanger",
          "Employee: Callum Nakamura-Reid", "Position: Training & Onboarding Specialist",
          "Commencement: 4 January 2027", "Annual salary: NOK 720,000",
          "Signature employee: ____________________   Date: __________",
      ], title="Employment contract")]),
    M(OFF, "conditional_offer_pvg_grampian", "en", "Grampian Coast Council", HAZEL[1], HAZEL,
      "Conditional offer of employment - Organisational Development Officer",
      "2026-03-05 14:40 uk", text=_grampian_offer, key="grampian_offer",
      reply="<291.gcc.ac.rearranged.0224@grampiancoast.example.gov.uk>", refs=["grampian_cancel"],
      attach=[pdf("Conditional_offer_GCC-OD-26-03.pdf", [
          "Grampian Coast Council - Conditional Offer of Employment",
          "Post: Organisational Development Officer, GCC 9, GBP 40,112",
          "Conditions: PVG Scheme membership, two references, right to work",
          "Please return the acceptance slip by 12 March 2026",
      ])]),
    M(OFF, "offer_base64_tay_bridges", "en", "Tay Bridges Credit Union",
      "m.lindsay@taybridgescu.example.co.uk",
      ("Morag Lindsay", "m.lindsay@taybridgescu.example.co.uk"),
      "Member Learning & Development Officer - offer", "2026-10-09 17:05 uk",
      text=_tay_offer, html=simple_html(_tay_offer), cte="base64", reply="taybridges_app"),
    M(OFF, "angebot_vertrag_unterschrift_alsterbank", "de", "Alsterbank", SOPHIE[1], SOPHIE,
      "Ihr Vertragsangebot \u2013 Learning & Development Specialist", "2026-07-03 11:12 cet",
      text=_alster_offer, html=outlook_html(_alster_offer, "DE"), cte="quoted-printable",
      reply="alster_resched",
      attach=[pdf("Arbeitsvertrag_Nakamura-Reid.pdf", [
          "Arbeitsvertrag", "zwischen der Alsterbank AG, Neuer Jungfernstieg 17, 20354 Hamburg",
          "und Herrn Callum Nakamura-Reid",
          "Position: Learning & Development Specialist, Beginn 1. Oktober 2026",
          "Jahresbruttogehalt: 62.000 EUR", "Unterschrift Arbeitnehmer: ____________________",
      ], title="Arbeitsvertrag")]),
    M(OFF, "muendliche_zusage_speicherstadt", "de", "Speicherstadt Akademie", FRAUKE[1], FRAUKE,
      "Herzlich willkommen im Team!", "2026-07-24 16:31 cet",
      text=_speicher_offer, cte="quoted-printable", reply="speicher_resched"),
    M(OFF, "promesse_embauche_fourviere", "fr", "Fourvière Énergies", MAELLE[1], MAELLE,
      "Proposition d\u2019embauche \u2013 Chargé de formation / Learning Partner", "2026-06-10 10:26 cet",
      text=_fourviere_offer, charset="windows-1252", cte="quoted-printable",
      name_enc=("utf-8", "Q"), reply="fourviere_resched",
      attach=[pdf("Promesse_embauche_Nakamura-Reid.pdf", [
          "Fourvière Énergies - Promesse d'embauche",
          "Poste : Chargé de formation / Learning Partner (CDI, cadre)",
          "Rémunération : 48 000 EUR brut annuel sur 13 mois",
          "Prise de poste : 1er septembre 2026, site de Gerland",
          "Bon pour accord, date et signature : ____________________",
      ], title="Promesse d'embauche")]),
    M(OFF, "oferta_carta_triana", "es", "Fundación Triana Joven", PABLO[1], PABLO,
      "¡Queremos que te unas a Triana Joven!", "2026-08-17 12:30 cet",
      text=_triana_offer, cte="quoted-printable", subj_enc=("iso-8859-1", "Q"),
      reply="triana_resched",
      attach=[pdf("Carta_oferta_Fundacion_Triana_Joven.pdf", [
          "Fundación Triana Joven - Carta de oferta",
          "Puesto: Coordinador de formación del voluntariado",
          "Contrato indefinido, 37,5 horas semanales",
          "Retribución: 27.500 EUR brutos anuales en 14 pagas",
          "Incorporación: 1 de octubre de 2026",
      ])]),
]

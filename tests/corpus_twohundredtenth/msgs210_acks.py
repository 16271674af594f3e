"""Corpus 210: application acknowledgements (21) and offers (10), hand-written one by one."""

from __future__ import annotations

from msgs210_common import (
    CAND_ADDR,
    CAND_NAME,
    ats_card,
    mso,
    outlook,
    outlook_html,
    paras,
    plain_html,
    reply,
)

MESSAGES: list[dict] = []
add = MESSAGES.append

# ================================================================== application received, English

_t = """Hi Callum,

Thanks for applying to Granite City Mechanical! We've received your application for Assistant Estimator (Mechanical).

Our team reviews every application, and we'll be in touch if your skills and experience are a good match for the role.

In the meantime, you can learn more about our projects at https://www.granitecitymech.example.co.uk/projects.

Best,
The Granite City Mechanical Recruiting Team
"""
add({
    "kind": "application_received", "slug": "granite_greenhouse_thanks_for_applying", "lang": "en",
    "company": "Granite City Mechanical", "contact": "",
    "from": ("Granite City Mechanical", "no-reply@us.greenhouse-mail.io"),
    "subject": "Thank you for applying to Granite City Mechanical",
    "date": "2026-02-16 08:03 +0000", "thread": "granite",
    "text": _t,
    "html": ats_card("Granite City Mechanical", paras(_t), "Sent via Greenhouse", accent="#5c6b73"),
    "html_cte": "base64",
})

_t = """Dear Callum Achterberg-Nwosu,

Thank you for applying for the position of Trainee Estimator (Planned Maintenance), job requisition JR-00733, at Taybridge Housing Association.

Your application has been successfully submitted and will now be reviewed by the recruiting team. You can check its status at any time by signing in to your candidate account.

Please note the closing date for this vacancy is 23 January 2026. Shortlisted candidates will normally be contacted within two weeks of the closing date.

Taybridge Housing Association
Please do not reply to this email; replies are not monitored.
"""
add({
    "kind": "application_received", "slug": "taybridge_workday_submitted", "lang": "en",
    "company": "Taybridge Housing Association", "contact": "",
    "from": ("Taybridge Housing Association", "taybridgeha@myworkday.com"),
    "subject": "Application Submitted: Trainee Estimator (Planned Maintenance)",
    "date": "2026-01-19 20:41 +0000", "thread": "taybridge",
    "html": ats_card("Taybridge Housing Association", paras(_t), "Workday", accent="#0b6e4f"),
})

_t = """Dear Callum Achterberg-Nwosu,

Building Services Estimator (Property and Housing) - R-20418

Thank you for your application, which we received on 12 January 2026.

We receive a high volume of applications for many of our posts and unfortunately we cannot reply to every applicant individually. If you have not heard from us within four weeks of the closing date, please assume that you have not been shortlisted on this occasion.

You can follow the progress of your application in your candidate home.

Dee Valley Council Recruitment Team
This mailbox is not monitored.
"""
add({
    "kind": "application_received", "slug": "deevalley_cannot_reply_individually", "lang": "en",
    "company": "Dee Valley Council", "contact": "",
    "from": ("Dee Valley Council", "deevalleycouncil@myworkday.com"),
    "subject": "We have received your application - Building Services Estimator",
    "date": "2026-01-12 22:17 +0000", "thread": "deevalley",
    "text": _t,
    "html": ats_card("Dee Valley Council - Careers", paras(_t),
                     "Powered by Workday. You are receiving this because you applied for a job.",
                     accent="#005a70"),
})

_t = """Hi Callum,

Thanks for registering with Northstar Technical Recruitment. Your profile is now live on our system and I'm your named consultant for building services roles across the west of Scotland and the north-east.

What happens next:
1. I'll give you a call in the next couple of days to talk through the kind of estimating roles you're after and your salary expectations.
2. I will never send your CV to a client without speaking to you first.
3. Please send me copies of your SVQ Level 3 certificate and your right-to-work documents when you get a chance.

Looking forward to working with you.

Declan Moffat
Senior Consultant - Building Services
Northstar Technical Recruitment
Suite 4, 90 West George Street, Glasgow G2 1PJ
M: 07700 900 612

Northstar Technical Recruitment Ltd is registered in Scotland (SC601234) and acts as an employment agency and employment business.
"""
add({
    "kind": "application_received", "slug": "northstar_registration", "lang": "en",
    "company": "Northstar Technical Recruitment", "contact": "declan.moffat@northstar-tr.example.co.uk",
    "from": ("Declan Moffat", "declan.moffat@northstar-tr.example.co.uk"),
    "subject": "Welcome to Northstar - your registration",
    "date": "2026-03-23 12:30 +0000",
    "text": _t,
})

_t = """Hi Callum,

Thanks for your interest in Solway Building Services Consultants! We've received your application for Building Services Estimator (Graduate/Career Changer) and our team is looking it over.

We'll be in touch with next steps if there's a good fit.

Thanks,
Solway Building Services Consultants
"""
add({
    "kind": "application_received", "slug": "solway_lever_received", "lang": "en",
    "company": "Solway Building Services Consultants", "contact": "",
    "from": ("Solway Building Services Consultants", "no-reply@hire.lever.co"),
    "subject": "Thanks for applying to Solway Building Services Consultants",
    "date": "2026-02-09 19:55 +0000", "thread": "solway",
    "text": _t,
})

_t = """Dear Callum,

Thank you for submitting your application for Junior Estimator - Mechanical Services (req 2026-1187) at Hadrian Energy Services.

We appreciate your interest. Our recruitment team will carefully review your qualifications, and if your background matches our requirements a member of the team will contact you regarding next steps.

You may review the status of your application at any time on our careers portal.

Sincerely,
Hadrian Energy Services Talent Acquisition
"""
add({
    "kind": "application_received", "slug": "hadrian_icims_submission", "lang": "en",
    "company": "Hadrian Energy Services", "contact": "",
    "from": ("Hadrian Energy Services Careers", "do-not-reply@icims.com"),
    "subject": "Thank you for your application to Hadrian Energy Services",
    "date": "2026-05-18 06:12 -0400", "thread": "hadrian",
    "html": ats_card("Hadrian Energy Services", paras(_t), "This message was sent by iCIMS on behalf of Hadrian Energy Services.", accent="#7a1f1f"),
})

_t = """Cheers Callum, got your CV. I'll stick it in front of Alan on Monday when he's back from the Inverurie job and let you know what he says.

Stuart
"""
add({
    "kind": "application_received", "slug": "deeside_colleague_got_cv", "lang": "en",
    "company": "Deeside Mechanical Services", "contact": "stuart.mcrae@deesidemech.example.co.uk",
    "from": ("Stuart McRae", "stuart.mcrae@deesidemech.example.co.uk"),
    "subject": "Re: that estimating job",
    "date": "2026-01-08 20:14 +0000", "thread": "deeside",
    "extra_refs": ["<CAJ8x2mK-callum-deeside-0108@mail.example.co.uk>"],
    "text": _t + "\nSent from my Samsung Galaxy\n",
})

_t = """Hi Callum,

Thanks for applying for Estimator - Heat Networks at Beauly Heat Networks. This is a quick note to confirm we've got your application.

We read every application ourselves and aim to respond within two weeks.

Beauly Heat Networks Talent
"""
add({
    "kind": "application_received", "slug": "beauly_ashby_confirmation", "lang": "en",
    "company": "Beauly Heat Networks", "contact": "",
    "from": ("Beauly Heat Networks", "no-reply@ashbyhq.com"),
    "subject": "We received your application to Beauly Heat Networks",
    "date": "2026-03-30 21:09 +0100", "thread": "beauly",
    "text": _t,
    "html": ats_card("Beauly Heat Networks", paras(_t), "Powered by Ashby", accent="#2d6a4f"),
})

_t = """Hi Callum,

Thanks for applying for the Estimator (Mechanical & Plumbing) position at Kessock Building Services. We've received your application and our team will review it. If your experience matches what we're looking for, someone will be in touch.

Kessock Building Services
"""
add({
    "kind": "application_received", "slug": "kessock_workable_received", "lang": "en",
    "company": "Kessock Building Services", "contact": "",
    "from": ("Kessock Building Services", "noreply@workablemail.com"),
    "subject": "Estimator (Mechanical & Plumbing) - Kessock Building Services",
    "date": "2026-08-17 08:15 +0100", "thread": "kessock",
    "text": _t,
    "html": ats_card("Kessock Building Services", paras(_t), "Powered by Workable", accent="#1d3557"),
})

_old = """Hi Isla,

Please find my CV attached for the Estimator (Mechanical) roles you advertised. I'm a time-served plumber in Aberdeen looking to move into estimating.

Thanks,
Callum Achterberg-Nwosu"""
_t = reply("""Hi Callum,

Thanks for getting in touch, and for the CV - I've registered you with Pentland Talent, so you're on our books for construction and engineering roles across Scotland.

I've made a note that you're after estimating roles and happy to travel within an hour of Aberdeen. I'll be in touch once I've had a proper read of your experience.

Kind regards,
Isla Cameron
Recruitment Consultant - Construction & Engineering
Pentland Talent
16 Melville Street, Edinburgh EH3 7NS
0131 555 0827

Pentland Talent is a trading name of Pentland Talent Solutions Ltd, registered in Scotland SC712345.
""", "en", "Mon, 14 Sep 2026 at 21:03", CAND_NAME, CAND_ADDR, _old)
add({
    "kind": "application_received", "slug": "pentland_registered_reply", "lang": "en",
    "company": "Pentland Talent", "contact": "isla.cameron@pentlandtalent.example.co.uk",
    "from": ("Isla Cameron", "isla.cameron@pentlandtalent.example.co.uk"),
    "subject": "Re: CV - Estimator roles",
    "date": "2026-09-15 09:41 +0100", "thread": "pentland",
    "text": _t,
})

_t = """Hello Callum,

Thank you for your application for Building Services Estimator with Quayside Facilities Management. We have received it and it is now with our talent team.

Unfortunately, due to the high volume of applications we receive, we are unable to respond to each applicant individually. If you are shortlisted we will contact you within three weeks.

Kind regards,
Quayside Facilities Management
"""
add({
    "kind": "application_received", "slug": "quayside_smartrecruiters_unable_to_respond", "lang": "en",
    "company": "Quayside Facilities Management", "contact": "",
    "from": ("Quayside Facilities Management", "noreply@smartrecruiters.com"),
    "subject": "Thank you for applying to Quayside Facilities Management",
    "date": "2026-07-06 22:48 +0100", "thread": "quayside",
    "text": _t,
    "html": ats_card("Quayside Facilities Management", paras(_t), "Powered by SmartRecruiters", accent="#3a3a8c"),
})

_old = """Dear Callum,

Many thanks for your application for the role of Assistant Estimator with Carrick Housing Trust.

On this occasion your application was not successful. The shortlisting panel had a large number of applications and was looking particularly for experience of pricing kitchen and bathroom replacement programmes."""
_t = f"""Dear Callum,

Thank you for your email and your application for our new post of Planned Maintenance Estimator (ref CHT-PM-07), which I have received and logged. It's good to hear from you again.

The closing date is 26 June. The panel will shortlist in the week of 29 June and we'll be in touch after that.

Regards

Aoife McCann
HR Officer
Carrick Housing Trust
028 9555 0432

{outlook("en", "Aoife McCann <aoife.mccann@carrickht.example.org.uk>", "20 May 2026 10:05", "Callum Achterberg-Nwosu <callum.an@example.co.uk>", "Your application - Assistant Estimator", _old)}"""
add({
    "kind": "application_received", "slug": "carrick_logged_new_post_quotes_old_no", "lang": "en",
    "company": "Carrick Housing Trust", "contact": "aoife.mccann@carrickht.example.org.uk",
    "from": ("Aoife McCann", "aoife.mccann@carrickht.example.org.uk"),
    "subject": "RE: Your application - Assistant Estimator",
    "date": "2026-06-15 15:27 +0100", "thread": "carrick",
    "text": _t, "html": outlook_html(mso(_t)),
    "charset": "windows-1252",
})

# ================================================================== application received, German

_t = """Hallo Callum Achterberg-Nwosu,

vielen Dank für Ihre Bewerbung als Kalkulator TGA (m/w/d) bei der Elbe Haustechnik GmbH. Ihre Unterlagen sind bei uns eingegangen.

Wir sehen uns Ihre Bewerbung in Ruhe an und melden uns in den nächsten zwei Wochen bei Ihnen.

Mit freundlichen Grüßen
Katrin Wendt
Elbe Haustechnik GmbH
"""
add({
    "kind": "application_received", "slug": "elbe_personio_eingang", "lang": "de",
    "company": "Elbe Haustechnik", "contact": "k.wendt@elbe-haustechnik.example.de",
    "from": ("Elbe Haustechnik GmbH", "no-reply@personio.de"),
    "reply_to": ("Katrin Wendt", "k.wendt@elbe-haustechnik.example.de"),
    "subject": "Ihre Bewerbung bei Elbe Haustechnik GmbH",
    "date": "2026-04-14 07:55 +0200", "thread": "elbe",
    "text": _t,
    "html": ats_card("Elbe Haustechnik", paras(_t), "Versendet über Personio", accent="#004c6d"),
})

_t = """Sehr geehrter Herr Achterberg-Nwosu,

hiermit bestätigen wir den Eingang Ihrer Bewerbung für die Position Kalkulator Heizung/Sanitär (m/w/d).

Wir prüfen Ihre Unterlagen sorgfältig und werden uns so bald wie möglich bei Ihnen melden. Bitte sehen Sie von Rückfragen zum Bearbeitungsstand ab.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Hanseatische Gebäudetechnik GmbH & Co. KG
"""
add({
    "kind": "application_received", "slug": "hanseatische_softgarden_eingangsbestaetigung", "lang": "de",
    "company": "Hanseatische Gebäudetechnik", "contact": "",
    "from": ("Hanseatische Gebäudetechnik", "noreply@softgarden.io"),
    "from_enc": ("iso-8859-1", "B"),
    "subject": "Eingangsbestätigung Ihrer Bewerbung",
    "subj_enc": ("iso-8859-1", "Q"),
    "date": "2026-02-10 18:26 +0100", "thread": "hanseatische",
    "text": _t,
    "charset": "iso-8859-1", "cte": "quoted-printable",
})

_t = """Hallo Herr Achterberg-Nwosu,

vielen Dank für Ihre Unterlagen. Ich bestätige Ihnen gern, dass Ihre Bewerbung für die Position Kalkulator (m/w/d) bei unserem Kunden Wärmewerk Nord bei mir eingegangen ist.

Bevor ich Ihr Profil an Wärmewerk Nord weitergebe, würde ich gern kurz mit Ihnen telefonieren. Ich melde mich dazu in den nächsten Tagen.

Beste Grüße
Timo Reuter
Senior Personalberater Technik
Alster Personal GmbH
Ballindamm 27, 20095 Hamburg
Mobil +49 160 555 0147

Alster Personal GmbH · Amtsgericht Hamburg HRB 160017 · Geschäftsführerin: Dr. Anke Voss
"""
add({
    "kind": "application_received", "slug": "alster_eingang_fuer_waermewerk", "lang": "de",
    "company": "Wärmewerk Nord", "contact": "t.reuter@alster-personal.example.de",
    "from": ("Timo Reuter", "t.reuter@alster-personal.example.de"),
    "subject": "Ihre Bewerbung: Kalkulator (m/w/d) bei Wärmewerk Nord",
    "date": "2026-06-01 12:03 +0200", "thread": "alster",
    "text": _t, "html": plain_html(paras(_t)),
    "cte": "quoted-printable",
})

# ================================================================== application received, French

_t = """Bonjour Callum,

Nous avons bien reçu votre candidature pour le poste de Chiffreur CVC - Plomberie et nous vous en remercions.

Notre équipe l'étudie avec attention et reviendra vers vous dans les meilleurs délais.

À bientôt,
L'équipe Garonne Génie Climatique
"""
add({
    "kind": "application_received", "slug": "garonne_recruitee_bien_recue", "lang": "fr",
    "company": "Garonne Génie Climatique", "contact": "",
    "from": ("Garonne Génie Climatique", "no-reply@jobs.recruitee.com"),
    "subject": "Candidature bien reçue - Chiffreur CVC / Plomberie",
    "date": "2026-06-22 23:04 +0200", "thread": "garonne",
    "text": _t,
    "html": ats_card("Garonne Génie Climatique", paras(_t), "Recruitee", accent="#c1440e"),
    "cte": "base64",
})

_t = """Bonjour Monsieur Achterberg-Nwosu,

Nous accusons réception de votre candidature au poste de Métreur-Chiffreur CVC/Plomberie (réf. 2600341) et vous remercions de l'intérêt que vous portez au Groupe Estuaire Bâtiment.

Votre dossier va être étudié par nos équipes. Sans réponse de notre part dans un délai de quatre semaines, vous pourrez considérer que nous ne sommes pas en mesure de donner une suite favorable à votre candidature.

La Direction des Ressources Humaines
Groupe Estuaire Bâtiment

Ce message est généré automatiquement, merci de ne pas y répondre.
"""
add({
    "kind": "application_received", "slug": "estuaire_taleo_accuse_reception", "lang": "fr",
    "company": "Groupe Estuaire Bâtiment", "contact": "",
    "from": ("Groupe Estuaire Bâtiment - Recrutement", "estuaire-batiment@taleo.net"),
    "subject": "Accusé de réception de votre candidature",
    "subj_enc": ("iso-8859-1", "Q"),
    "date": "2026-05-25 14:37 +0200", "thread": "estuaire",
    "text": _t,
    "charset": "iso-8859-1", "cte": "quoted-printable",
})

_t = """Bonjour Callum,

Merci pour votre inscription chez Recrutaquitaine Conseil. Votre dossier de candidat est désormais actif et je serai votre interlocutrice pour les postes de métreur et de chiffreur en Gironde.

Je vous appellerai dans la semaine pour faire le point sur votre projet d'installation à Bordeaux et sur vos attentes.

Pièces à me transmettre : CV en français si possible, diplômes, et une pièce d'identité.

Cordialement,

Élodie Marchand
Consultante Bâtiment & Énergie
Recrutaquitaine Conseil
45 cours de l'Intendance, 33000 Bordeaux
06 55 50 12 83
"""
add({
    "kind": "application_received", "slug": "recrutaquitaine_inscription", "lang": "fr",
    "company": "Recrutaquitaine Conseil", "contact": "elodie.marchand@recrutaquitaine.example.fr",
    "from": ("Recrutaquitaine Conseil", "candidats@recrutaquitaine.example.fr"),
    "reply_to": ("Élodie Marchand", "elodie.marchand@recrutaquitaine.example.fr"),
    "subject": "Votre inscription chez Recrutaquitaine",
    "date": "2026-09-21 09:20 +0200", "thread": "recrutaquitaine",
    "text": _t, "html": plain_html(paras(_t)),
})

# ================================================================== application received, Spanish

_t = """Estimado Callum:

Te confirmamos que hemos recibido correctamente tu candidatura para el puesto de Técnico de Ofertas de Instalaciones (Burdeos).

El equipo de Selección revisará tu perfil en los próximos días. Si encaja con lo que buscamos, nos pondremos en contacto contigo para una entrevista.

Gracias por tu interés en Ingeniería Nervión.

Ainhoa Etxeberria
Técnica de Selección
Ingeniería Nervión, S.A.
Alameda de Urquijo 28, 48008 Bilbao

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si no es usted el destinatario indicado, le rogamos que lo comunique al remitente y lo elimine. Ingeniería Nervión, S.A. trata sus datos conforme al RGPD.
"""
add({
    "kind": "application_received", "slug": "nervion_acuse_recibo", "lang": "es",
    "company": "Ingeniería Nervión", "contact": "ainhoa.etxeberria@ingenieria-nervion.example.es",
    "from": ("Ainhoa Etxeberria", "ainhoa.etxeberria@ingenieria-nervion.example.es"),
    "subject": "Candidatura recibida – Técnico de Ofertas de Instalaciones",
    "subj_enc": ("utf-8", "B"),
    "date": "2026-08-03 10:11 +0200", "thread": "nervion",
    "text": _t, "html": outlook_html(mso(_t)),
    "cte": "quoted-printable",
})

_t = """Hola Callum:

Gracias por enviarnos tu candidatura para Técnico/a de Estudios y Presupuestos – Delegación Burdeos. La hemos recibido correctamente.

Nuestro equipo de Selección la revisará y, si tu perfil encaja, nos pondremos en contacto contigo. Puedes consultar el estado de tu candidatura en cualquier momento desde el portal de empleo.

Un saludo,
Equipo de Selección
Cierzo Instalaciones, S.L.

Este es un mensaje automático. Por favor, no respondas a este correo.
"""
add({
    "kind": "application_received", "slug": "cierzo_successfactors_recibida", "lang": "es",
    "company": "Cierzo Instalaciones", "contact": "",
    "from": ("Cierzo Instalaciones - Empleo", "noreply@successfactors.eu"),
    "subject": "Hemos recibido tu candidatura",
    "date": "2026-04-20 19:30 +0200", "thread": "cierzo",
    "html": ats_card("Cierzo Instalaciones", paras(_t), "SAP SuccessFactors", accent="#8a1c1c"),
})

_t = """Hola Callum,

¡Bienvenido a Talento Cantábrico! Ya estás dado de alta en nuestra base de candidatos y hemos recibido tu CV.

Trabajamos con ingenierías e instaladoras de toda España y con varias empresas que tienen proyectos en Francia. Te he apuntado en los procesos de estimador de instalaciones que tenemos abiertos.

Te llamaré esta semana para conocerte un poco mejor.

Saludos cordiales,

Marta Gutiérrez Solana
Consultora Senior · Ingeniería e Instalaciones
Talento Cantábrico
+34 942 555 031
"""
add({
    "kind": "application_received", "slug": "talento_alta_candidato", "lang": "es",
    "company": "Talento Cantábrico", "contact": "marta.gutierrez@talentocantabrico.example.es",
    "from": ("Marta Gutiérrez Solana", "marta.gutierrez@talentocantabrico.example.es"),
    "from_enc": ("iso-8859-1", "Q"),
    "subject": "Alta en Talento Cantábrico",
    "subj_enc": ("iso-8859-1", "B"),
    "date": "2026-03-16 11:02 +0100", "thread": "talento",
    "text": _t,
    "charset": "iso-8859-1", "cte": "quoted-printable",
})

# ================================================================== offers, English

_t = """Dear Callum,

Following your interview on Friday 6 March, I am delighted to offer you the position of Assistant Estimator (Mechanical) with Granite City Mechanical.

The main terms are:
- Starting salary: £33,500 per annum, reviewed after six months
- Hours: 37.5 per week, Monday to Friday, based at Altens
- Company van allowance replaced by a car allowance of £3,000 per annum
- 28 days' holiday plus public holidays
- Proposed start date: Monday 13 April 2026

Your formal offer letter is attached. The offer is subject to two satisfactory references and proof of your right to work in the UK. Please sign and return the acceptance slip by Friday 20 March, or give me a call if you would like to discuss anything.

Bruce and the team are very much looking forward to working with you.

Kind regards,

Eilidh Grant
HR Manager
Granite City Mechanical Ltd
21 Wellington Circle, Altens, Aberdeen AB12 3JG
Direct: 01224 555 0321
"""
add({
    "kind": "offer", "slug": "granite_offer_letter_pdf", "lang": "en",
    "company": "Granite City Mechanical", "contact": "eilidh.grant@granitecitymech.example.co.uk",
    "from": ("Eilidh Grant", "eilidh.grant@granitecitymech.example.co.uk"),
    "subject": "Offer of employment - Assistant Estimator (Mechanical)",
    "date": "2026-03-12 16:05 +0000", "thread": "granite",
    "text": _t, "html": outlook_html(mso(_t)),
    "attach": [{"type": "pdf", "name": "Offer_Letter_C_Achterberg-Nwosu.pdf",
                "title": "Offer of employment",
                "lines": ["Granite City Mechanical Ltd", "21 Wellington Circle, Altens, Aberdeen AB12 3JG", "",
                          "12 March 2026", "", "Dear Callum Achterberg-Nwosu,", "",
                          "Offer of employment: Assistant Estimator (Mechanical)", "",
                          "We are pleased to offer you employment on the terms set out below.",
                          "Salary: GBP 33,500 per annum. Start date: 13 April 2026.",
                          "Place of work: Altens, Aberdeen. Probation: six months.", "",
                          "Please sign below to accept.", "", "Signed: ____________________"]}],
})

_t = """Hi Callum,

Brilliant news - Wansbeck Mechanical want to make you an offer for the Estimator role in Newcastle!

Headlines: £35,000 basic, hybrid after probation (two days from home), 25 days plus bank holidays, and they'll put you through the NEBOSH and the Building Services estimating course at the college in year one. Start date flexible - they've suggested 3 August.

They were really taken with how you talked through the pricing of the school job. Have a think tonight and give me a ring in the morning - I'd like to come back to them by lunchtime tomorrow. The written offer will come from their HR once you've said yes in principle.

Cheers,
Declan

Declan Moffat
Senior Consultant - Building Services
Northstar Technical Recruitment
M: 07700 900 612
"""
add({
    "kind": "offer", "slug": "northstar_client_wants_to_offer", "lang": "en",
    "company": "Wansbeck Mechanical", "contact": "declan.moffat@northstar-tr.example.co.uk",
    "from": ("Declan Moffat", "declan.moffat@northstar-tr.example.co.uk"),
    "subject": "Wansbeck want to make you an offer!",
    "date": "2026-06-18 17:52 +0100",
    "text": _t,
})

_t = """Callum,

Good to speak this afternoon. Just confirming in writing what I said on the phone: we'd like you to join Kerr & Stewart as a Trainee Estimator.

- £34,000 to start, going to £37,000 once you've passed your HNC units
- You keep the van for the first year as you'll be out measuring up
- Start 1 June, or sooner if your notice allows

Jill will send the proper contract through next week. Let me know you're happy and I'll get the wheels turning.

Rob

Rob Kerr
Estimating Director
Kerr & Stewart Building Services
07700 900 559
"""
add({
    "kind": "offer", "slug": "kerr_verbal_offer_confirmed", "lang": "en",
    "company": "Kerr & Stewart Building Services", "contact": "rob.kerr@kerrstewart.example.co.uk",
    "from": ("Rob Kerr", "rob.kerr@kerrstewart.example.co.uk"),
    "subject": "Following our call",
    "date": "2026-03-20 16:38 +0000", "thread": "kerr",
    "text": _t,
    "cte": "base64",
})

_t = """Hi Callum,

Thanks again for the trial day - Fiona hasn't stopped talking about your washroom take-off.

As promised, your contract of employment for the Trainee Estimator post is attached. Please read it through, sign page 6 and send a scan back to me, or bring it in on your first day. The start date we agreed is Monday 2 March.

Any questions, give me a shout.

Graham Will
Director
Ythan Heating Contractors
Unit 12, Cromleybank Industrial Estate, Ellon AB41 9EE
01358 555 0276
"""
add({
    "kind": "offer", "slug": "ythan_contract_for_signature", "lang": "en",
    "company": "Ythan Heating Contractors", "contact": "graham.will@ythanheating.example.co.uk",
    "from": ("Graham Will", "graham.will@ythanheating.example.co.uk"),
    "subject": "Your contract - Trainee Estimator",
    "date": "2026-02-13 11:11 +0000", "thread": "ythan", "reply": False,
    "text": _t,
    "attach": [{"type": "pdf", "name": "Contract_Trainee_Estimator_Achterberg-Nwosu.pdf",
                "title": "Contract of employment",
                "lines": ["Ythan Heating Contractors", "Statement of main terms of employment", "",
                          "Employee: Callum Achterberg-Nwosu", "Job title: Trainee Estimator",
                          "Start date: 2 March 2026", "Salary: GBP 31,000 per annum",
                          "Hours: 39 per week", "", "Signed for the employer: Graham Will",
                          "Signed by the employee: ____________________"]}],
})

_old = """Dear Callum,

I'm sorry to tell you that we have to cancel your interview on Tuesday 28 July. Our Head of Estimating, who was due to lead the panel, has had to take unexpected leave.

To be clear, the Building Services Estimator vacancy is still open and your application is very much still under consideration."""
_t = f"""Dear Callum,

Thank you for your patience over the summer and for coming in on Monday - I know the cancelled date in July was frustrating.

I'm very pleased to say that the panel would like to offer you the role of Building Services Estimator at Quayside Facilities Management, at a salary of £36,250 with a start date to be agreed. I'll call you tomorrow morning to talk through the package, and our HR team will then issue the written offer.

Congratulations!

Lewis Armstrong
Talent Partner
Quayside Facilities Management
0191 555 0618

{outlook("en", "Lewis Armstrong <lewis.armstrong@quaysidefm.example.co.uk>", "22 July 2026 17:40", "Callum Achterberg-Nwosu <callum.an@example.co.uk>", "Canceled: Interview - Building Services Estimator - Tue 28/07/2026 10:00", _old)}"""
add({
    "kind": "offer", "slug": "quayside_offer_quotes_cancel", "lang": "en",
    "company": "Quayside Facilities Management", "contact": "lewis.armstrong@quaysidefm.example.co.uk",
    "from": ("Lewis Armstrong", "lewis.armstrong@quaysidefm.example.co.uk"),
    "subject": "RE: Canceled: Interview - Building Services Estimator - Tue 28/07/2026 10:00",
    "date": "2026-08-12 18:20 +0100", "thread": "quayside",
    "text": _t, "html": outlook_html(mso(_t)),
    "charset": "windows-1252", "cte": "quoted-printable",
})

_t = """Dear Callum

Conditional offer of employment - Estimator (Planned Investment), ref IHP-0944

I am pleased to confirm that, following your interview on 7 October, Inverness Homes Partnership wishes to offer you the above post on Grade 6 (£34,377 - £37,921), starting at point 1.

This offer is conditional on:
- two satisfactory references, one from your current employer;
- a basic Disclosure Scotland check;
- evidence of your right to work in the UK.

Your conditional offer letter, with the full terms and conditions, is attached. Please confirm whether you accept by replying to this email by 23 October 2026.

Yours sincerely

Gillian Ross
People Services Officer
Inverness Homes Partnership
Fairfield House, Fairfield Road, Inverness IV3 5QW
01463 555 0528
"""
add({
    "kind": "offer", "slug": "ihp_conditional_offer_html_only", "lang": "en",
    "company": "Inverness Homes Partnership", "contact": "gillian.ross@invernesshomes.example.org.uk",
    "from": ("Gillian Ross", "gillian.ross@invernesshomes.example.org.uk"),
    "subject": "Conditional offer of employment - Estimator (Planned Investment)",
    "date": "2026-10-15 15:00 +0100",
    "html": outlook_html(mso(_t)),
    "attach": [{"type": "pdf", "name": "IHP-0944_Conditional_Offer.pdf",
                "title": "Conditional offer of employment",
                "lines": ["Inverness Homes Partnership", "Conditional offer of employment", "",
                          "Post: Estimator (Planned Investment), ref IHP-0944",
                          "Grade 6, point 1. 35 hours per week.",
                          "Conditions: references, Disclosure Scotland basic check, right to work.",
                          "", "Acceptance: ____________________"]}],
})

# ================================================================== offers, German

_t = """Sehr geehrter Herr Achterberg-Nwosu,

wir freuen uns sehr, Ihnen nach dem Gespräch mit Herrn Petersen die Position als Kalkulator Facility Services (m/w/d) anbieten zu können.

Im Anhang finden Sie unseren Arbeitsvertrag in zweifacher Ausfertigung. Die wichtigsten Eckdaten:
– Eintritt zum 1. November 2026
– Bruttojahresgehalt 52.000 €, 30 Tage Urlaub
– Arbeitsort Am Sandtorkai 48, Hamburg; zwei Tage mobiles Arbeiten pro Woche nach der Probezeit

Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 9. Oktober zurück – gern vorab als Scan an mich.

Wir freuen uns auf die Zusammenarbeit!

Viele Grüße
Jana Oltmanns
HR Recruiting
Hafencity Facility Services GmbH
Am Sandtorkai 48, 20457 Hamburg

Hafencity Facility Services GmbH · Sitz Hamburg · Amtsgericht Hamburg HRB 171203
"""
add({
    "kind": "offer", "slug": "hafencity_arbeitsvertrag_zur_unterschrift", "lang": "de",
    "company": "Hafencity Facility Services", "contact": "jana.oltmanns@hafencity-fs.example.de",
    "from": ("Jana Oltmanns", "jana.oltmanns@hafencity-fs.example.de"),
    "subject": "Ihr Vertragsangebot – Kalkulator Facility Services (m/w/d)",
    "subj_enc": ("utf-8", "B"),
    "date": "2026-09-28 10:37 +0200", "thread": "hafencity", "reply": False,
    "text": _t, "html": plain_html(paras(_t)),
    "cte": "base64",
    "attach": [{"type": "pdf", "name": "Arbeitsvertrag_Achterberg-Nwosu.pdf",
                "title": "Arbeitsvertrag",
                "lines": ["Hafencity Facility Services GmbH", "Arbeitsvertrag", "",
                          "zwischen Hafencity Facility Services GmbH und Callum Achterberg-Nwosu",
                          "Position: Kalkulator Facility Services (m/w/d)",
                          "Beginn: 01.11.2026", "Bruttojahresgehalt: 52.000 EUR", "",
                          "Unterschrift: ____________________"]}],
})

# ================================================================== offers, French

_t = """Bonjour Monsieur Achterberg-Nwosu,

À la suite de nos échanges et de votre entretien du 9 juillet, nous avons le plaisir de vous confirmer notre proposition d'embauche au poste de Chiffreur CVC - Plomberie, en CDI, au sein de notre bureau d'études de Bordeaux.

Vous trouverez ci-joint la promesse d'embauche précisant votre rémunération (38 000 euros bruts annuels sur 13 mois), la date de prise de poste envisagée (1er septembre 2026) et les conditions de votre période d'essai.

Nous vous remercions de nous retourner un exemplaire signé avant le 31 juillet.

Dans l'attente du plaisir de vous accueillir,

Camille Vidal
Chargée de recrutement
Garonne Génie Climatique
27 rue Lucien Faure, 33300 Bordeaux
05 56 55 02 46
"""
add({
    "kind": "offer", "slug": "garonne_promesse_embauche_pdf", "lang": "fr",
    "company": "Garonne Génie Climatique", "contact": "c.vidal@garonne-gc.example.fr",
    "from": ("Camille Vidal", "c.vidal@garonne-gc.example.fr"),
    "subject": "Proposition d'embauche - Chiffreur CVC / Plomberie",
    "date": "2026-07-20 11:50 +0200", "thread": "garonne", "reply": False,
    "text": _t, "html": outlook_html(mso(_t)),
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "attach": [{"type": "pdf", "name": "Promesse_embauche_Achterberg-Nwosu.pdf",
                "title": "Promesse d'embauche",
                "lines": ["Garonne Genie Climatique", "Promesse d'embauche", "",
                          "Candidat : Callum Achterberg-Nwosu",
                          "Poste : Chiffreur CVC - Plomberie (CDI)",
                          "Remuneration : 38 000 EUR bruts annuels sur 13 mois",
                          "Prise de poste : 1er septembre 2026", "",
                          "Bon pour accord : ____________________"]}],
})

_t = """Bonjour Callum,

Comme convenu ce matin au téléphone, je vous confirme par écrit l'offre de Bastide Énergies pour le poste de Métreur - Économiste fluides : CDI, 36 000 € bruts annuels, prise de poste le 7 septembre à Mérignac, avec une formation au logiciel de métré les deux premières semaines.

Mme Castaing a beaucoup apprécié votre épreuve du 2 juillet. Le contrat vous sera envoyé par notre service paie dès réception de votre accord par retour de mail.

Bien à vous,
Thomas Bergès
Assistant RH - Bastide Énergies
06 55 50 33 91
"""
add({
    "kind": "offer", "slug": "bastide_confirmation_offre_orale", "lang": "fr",
    "company": "Bastide Énergies", "contact": "thomas.berges@bastide-energies.example.fr",
    "from": ("Thomas Bergès", "thomas.berges@bastide-energies.example.fr"),
    "subject": "Confirmation de notre offre",
    "date": "2026-07-10 12:17 +0200", "thread": "bastide", "reply": False,
    "text": _t,
    "cte": "8bit",
})

# ================================================================== offers, Spanish

_old = """Hola Ainhoa:

Perfecto, las 16:00 del martes me van bien. Gracias por avisar.

Un saludo,
Callum"""
_t = reply("""Hola Callum:

¡Enhorabuena! Tras la entrevista con Iker y la conversación con dirección, nos complace ofrecerte el puesto de Técnico de Ofertas de Instalaciones para nuestra obra de Burdeos.

En la carta de oferta adjunta tienes las condiciones: contrato indefinido, 41.000 € brutos anuales, incorporación el 1 de octubre y ayuda de traslado de 3.000 €. Necesitaríamos tu respuesta antes del 11 de septiembre.

Cualquier duda, llámame.

Un abrazo,
Ainhoa Etxeberria
Técnica de Selección
Ingeniería Nervión, S.A.
+34 944 555 027
""", "es", "vie, 14 ago 2026 a las 13:30", CAND_NAME, CAND_ADDR, _old)
add({
    "kind": "offer", "slug": "nervion_carta_oferta_pdf", "lang": "es",
    "company": "Ingeniería Nervión", "contact": "ainhoa.etxeberria@ingenieria-nervion.example.es",
    "from": ("Ainhoa Etxeberria", "ainhoa.etxeberria@ingenieria-nervion.example.es"),
    "subject": "RE: Actualizado: Entrevista – Técnico de Ofertas de Instalaciones (Burdeos)",
    "date": "2026-09-01 09:58 +0200", "thread": "nervion",
    "text": _t,
    "charset": "windows-1252", "cte": "quoted-printable",
    "attach": [{"type": "pdf", "name": "Carta_oferta_Achterberg-Nwosu.pdf",
                "title": "Carta de oferta",
                "lines": ["Ingenieria Nervion, S.A.", "Carta de oferta", "",
                          "Candidato: Callum Achterberg-Nwosu",
                          "Puesto: Tecnico de Ofertas de Instalaciones (Burdeos)",
                          "Contrato indefinido. Salario: 41.000 EUR brutos anuales.",
                          "Incorporacion: 1 de octubre de 2026", "",
                          "Firma: ____________________"]}],
})

assert len(MESSAGES) == 31, len(MESSAGES)

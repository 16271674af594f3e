"""Corpus 346: acknowledgements of applications (ATS and human), outside the main threads."""

from __future__ import annotations

from msgs346_common import spec

K = "application_received"

SPECS = [
    spec(id="veridian_ack", kind=K, lang="en", company="Veridian Medical", contact="",
         date="2026-02-05 19:44 +0000",
         frm=("Veridian Medical", "veridian@myworkday.com"),
         subject="Application received: Clinical Education Specialist (R-20417)",
         fmt="alt", brand="Veridian Medical Careers", accent="#00695c",
         text="""Dear Siobhán,

Thank you for applying to Veridian Medical. We have received your application for Clinical Education Specialist (R-20417) in Galway, Ireland.

What happens next? Our recruiting team reviews every application against the requirements of the role. If your skills and experience match, a recruiter will contact you. You can view the status of your application at any time under "My Applications" on our Workday careers site.

Thank you for your interest in Veridian Medical.

Veridian Medical Talent Acquisition"""),
    spec(id="harbourline_ack", kind=K, lang="en", company="Harbourline Bank", contact="",
         date="2026-02-16 06:02 -0500",
         frm=("Harbourline Bank Careers", "harbourline@taleo.net"),
         subject="Harbourline Bank - Application Confirmation - Req. 26-0311",
         text="""Dear Siobhán Ní Mhurchú-Adeyemi,

Thank you for submitting your application for the position of Learning & Development Designer (Req. 26-0311), Belfast.

This email confirms that your application has been successfully received. Due to the high volume of applications, only candidates selected for interview will be contacted.

Sincerely,
Resourcing Team
Harbourline Bank

*** This is an automated message. Please do not reply. ***"""),
    spec(id="lumo_ack", kind=K, lang="en", company="Lumo EdTech", contact="",
         date="2026-06-04 13:26 +0000",
         frm=("Lumo EdTech", "no-reply@ashbyhq.com"),
         subject="Thanks for applying to Lumo EdTech",
         fmt="html", brand="Lumo EdTech", accent="#ff6f61",
         text="""Hi Siobhán,

Thanks for applying for the Learning Experience Designer (Content) role at Lumo EdTech! We've got your application and our team is reviewing it.

We aim to get back to everyone within 10 working days.

In the meantime, check out how we build our courses on the Lumo blog.

The Lumo EdTech team"""),
    spec(id="sparrowhawk_ack", kind=K, lang="en", company="Sparrowhawk Labs", contact="",
         date="2026-01-19 21:17 +0000",
         frm=("Sparrowhawk Labs", "noreply@workablemail.com"),
         subject="Thanks for applying to Sparrowhawk Labs",
         text="""Hi Siobhán,

Thanks for applying for the Academy Content Lead position at Sparrowhawk Labs. This is a quick note to let you know we've received your application.

Our team will review it and get back to you soon.

Best,
Sparrowhawk Labs

Sent via Workable"""),
    spec(id="fernhill_ack", kind=K, lang="en", company="Fernhill Insurance", contact="",
         date="2026-05-20 11:11 +0100",
         frm=("Fernhill Insurance", "notifications@bamboohr.com"),
         subject="Thank you for your application to Fernhill Insurance",
         cte="base64",
         text="""Hi Siobhán,

Thank you for your interest in the Training & Development Specialist position at Fernhill Insurance. We have received your application and will be in touch if we would like to move forward with you.

Fernhill Insurance – People Team
Penrose Wharf, Cork"""),
    spec(id="munster_ack", kind=K, lang="en", company="Munster Metropolitan University",
         contact="deirdre.oshea@mmu.example.ie",
         date="2026-03-13 09:48 +0000",
         frm=("O'Shea, Deirdre", "deirdre.oshea@mmu.example.ie"),
         subject="RE: Application – Learning Technologist, Centre for Continuing Education",
         reply_of="own_munster_application", quote="outlook",
         text="""Dear Siobhán,

Thank you for your email. I confirm receipt of your application form and supporting documents for the post of Learning Technologist (Ref. CCE/26/03).

Shortlisting will take place after the closing date of 20 March. Please note that, due to the volume of applications, we are not in a position to correspond with candidates individually before then.

Kind regards,
Deirdre O'Shea
HR Officer – Recruitment
Munster Metropolitan University"""),
    spec(id="corrib_ack", kind=K, lang="en", company="Corrib Digital Academy", contact="",
         date="2026-03-31 08:19 +0100",
         frm=("Corrib Digital Academy", "no-reply@hire.lever.co"),
         subject="Thanks for your application to Corrib Digital Academy",
         fmt="alt",
         text="""Hi Siobhán,

Thank you for your interest in Corrib Digital Academy! We wanted to let you know we received your application for Curriculum Designer, and we are delighted that you would consider joining our team.

Our team will review your application and will be in touch if your qualifications match our needs for the role.

Regards,
Corrib Digital Academy"""),
    # ------------------------------------------------------------------ French
    spec(id="kinetique_ack", kind=K, lang="fr", company="Studio Kinétique", contact="",
         date="2026-05-29 22:40 +0200",
         frm=("Studio Kinétique", "noreply@workablemail.com"),
         frm_enc=("iso-8859-1", "q"),
         subject="Merci pour votre candidature chez Studio Kinétique",
         subj_enc=("iso-8859-1", "q"),
         text="""Bonjour Siobhán,

Merci d'avoir postulé au poste de motion designer pédagogique chez Studio Kinétique. Nous avons bien reçu votre candidature et nous l'étudierons avec attention.

Nous reviendrons vers vous dans les meilleurs délais.

L'équipe Studio Kinétique

Envoyé via Workable"""),
    spec(id="merieva_ack", kind=K, lang="fr", company="Mérieva Medical", contact="",
         date="2026-05-04 07:12 +0000",
         frm=("Mérieva Medical", "merieva@myworkday.com"),
         subject="Confirmation de votre candidature – Formateur·rice produits (JR-3318)",
         fmt="alt", brand="Mérieva Medical", accent="#005f73",
         text="""Bonjour Siobhán,

Nous vous remercions pour votre candidature au poste de Formateur·rice produits (JR-3318) à Saint-Priest.

Votre candidature a bien été enregistrée. Notre équipe de recrutement l'examinera et vous contactera si votre profil correspond à nos besoins. Vous pouvez suivre l'avancement de votre candidature dans votre espace candidat.

Cordialement,
L'équipe Talent Acquisition de Mérieva Medical"""),
    # ------------------------------------------------------------------ German
    spec(id="kaleido_ack", kind=K, lang="de", company="Kaleido Learning", contact="",
         date="2026-05-08 12:34 +0200",
         frm=("Kaleido Learning Recruiting", "jobs@kaleido-learning.recruitee.com"),
         subject="Danke für deine Bewerbung bei Kaleido Learning!",
         cs="utf-8", cte="base64",
         text="""Hallo Siobhán,

vielen Dank für deine Bewerbung als Instructional Designer (m/w/d)! Wir haben deine Unterlagen erhalten und melden uns innerhalb von zwei Wochen bei dir.

Viele Grüße aus dem Werksviertel
Dein Kaleido Learning Team"""),
    spec(id="nordlicht_ack", kind=K, lang="de", company="Nordlicht Software", contact="",
         date="2026-06-19 17:58 +0200",
         frm=("Nordlicht Software", "no-reply@personio.de"),
         subject="Ihre Bewerbung ist bei uns eingegangen",
         fmt="alt", brand="Nordlicht Software – Karriere", accent="#14213d",
         text="""Sehr geehrte Frau Ní Mhurchú-Adeyemi,

vielen Dank für Ihr Interesse an Nordlicht Software. Ihre Bewerbung als Trainerin (m/w/d) für die Nordlicht Akademie ist bei uns eingegangen.

Wir sichten alle Unterlagen sorgfältig und melden uns innerhalb der nächsten drei Wochen bei Ihnen. Bitte haben Sie Verständnis, dass wir bis dahin keine individuellen Anfragen zum Stand beantworten können.

Freundliche Grüße
Ihr Nordlicht Software Recruiting-Team"""),
    # ------------------------------------------------------------------ Spanish
    spec(id="pixel_ack", kind=K, lang="es", company="Estudio Píxel", contact="",
         date="2026-06-23 09:30 +0200",
         frm=("Estudio Píxel", "no-reply@teamtailor-mail.com"),
         frm_enc=("utf-8", "b"),
         subject="¡Gracias por tu candidatura, Siobhán!",
         fmt="alt", brand="Estudio Píxel", accent="#f4a261",
         text="""¡Hola, Siobhán!

Gracias por presentar tu candidatura al puesto de Guionista e-learning en Estudio Píxel. La hemos recibido correctamente.

Leemos todas las candidaturas con calma, así que puede que tardemos un par de semanas en responderte.

¡Un abrazo!
El equipo de Estudio Píxel"""),
    spec(id="medisur_ack", kind=K, lang="es", company="Medisur",
         contact="raquel.ibarra@medisur.example.es",
         date="2026-05-19 11:03 +0200",
         frm=("Raquel Ibarra", "raquel.ibarra@medisur.example.es"),
         subject="RE: Candidatura – Formadora clínica (Madrid)",
         reply_of="own_medisur_application", quote="es",
         text="""Hola Siobhán:

Te confirmo que hemos recibido tu CV para el puesto de Formadora clínica. Ahora mismo estamos recibiendo muchísimas candidaturas y no podemos responder a cada persona de forma individual, pero si tu perfil encaja te llamaremos en las próximas semanas.

Gracias por tu interés en Medisur.

Raquel Ibarra
Selección · Medisur Dispositivos Médicos"""),
]

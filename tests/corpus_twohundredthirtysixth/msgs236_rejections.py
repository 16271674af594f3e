"""Corpus 236: the 31 rejections, each written by hand."""

from __future__ import annotations

from msgs236_common import (
    M,
    ats_card,
    forwarded,
    mso,
    on_wrote,
    outlook_block,
    outlook_html,
    paras,
)

_R1_TEXT = """Dear Oksana,

Thank you for your interest in the Occupational Therapy Assistant (Band 3) vacancy with
the Bristol North Reablement Team, reference SCT-26-0114.

We have now reviewed all applications against the person specification. After careful
consideration we will not be taking your application forward to the shortlisting stage
on this occasion.

You are welcome to create job alerts in our careers portal so that you hear about new
posts as soon as they open.

With best wishes,
Talent Acquisition
Severnside Community NHS Trust

This message was sent from an unmonitored mailbox. Please do not reply."""

_R2_THANKS = """Hi Megan,

Thank you so much for this afternoon's interview with you and Tom. I really enjoyed
hearing about the falls-prevention clinic and the way the team splits home visits.

If it helps, I'm available to start from mid-June.

Warm regards,
Oksana"""

_R2_TEXT = """Hi Oksana,

Thanks for your lovely note after the interview - Tom and I both enjoyed meeting you, and
I'm sorry it has taken a week to come back to you.

I'm afraid we're not going to be offering you the assistant post. We met four people and in
the end went with someone who has already worked in outpatient musculoskeletal rehab, which
is where most of the caseload sits. Your hands-on care experience came across really well,
and Tom wanted me to pass on that your answer about the hoist assessment was one of the
best we heard.

Please do keep an eye on our careers page - we expect to recruit again in the autumn.

All the best,
Megan

Megan Hollis
People & Recruitment Partner
Clifton Rehab Partners | 14 Whiteladies Road, Bristol BS8 2LG
T: 0117 496 0732

""" + on_wrote("en", "Tue, 28 Apr 2026 at 17:40", "Oksana Fairweather-Ruiz <oksana.fr@example.co.uk>",
               _R2_THANKS)

_R6_TEXT = """Dear Oksana,

I hope you're well, and thank you again for your patience over the last few weeks.

I have some frustrating news. Our grant from the county wellbeing fund has been deferred to
next year, and the trustees met on Friday and decided that the Community Activities
Assistant post has to be put on hold until the money is confirmed. That means we won't be
proceeding with any of the applications, yours included - this is purely about funding and
nothing to do with you.

If the post is re-advertised I'll email you personally.

Kind regards,
Tamsin

Tamsin Yeo
Services Coordinator, Moorland Minds
The Old Bakery, 3 Fore Street, Exeter EX4 3AN
01392 496 118

Moorland Minds is a registered charity in England and Wales (no. 1180042) and a company
limited by guarantee (no. 11634207). This email and any attachments are confidential and
intended solely for the addressee. If you have received it in error, please tell the
sender and delete it."""

_R7_HTML = outlook_html(mso("""Dear Ms Fairweather-Ruiz,

Re: Reablement Support Worker (Therapy) \u2013 Post DBC/ASC/2231

Thank you for applying for the above post. I am writing to let you know that, following a
service restructure, the vacancy has been filled through our internal redeployment
process, which gives priority to existing staff whose roles are at risk. The \u201cexternal\u201d
stage of the campaign has therefore closed and no further applications will be assessed.

I appreciate this will be disappointing, particularly as you had been shortlisted.

Yours sincerely,

Helen Mudge
HR Business Partner \u2013 Adult Social Care
Dartmoor Borders Council | Bedford Square, Tavistock PL19 0AE
Tel 01822 496 300

This e-mail is intended for the named recipient only. Dartmoor Borders Council may monitor
e-mail traffic for the purposes of security and compliance."""))

_R10_TEXT = """Dear Oksana Fairweather-Ruiz,

Requisition 26-RC-0419 \u2013 Occupational Therapy Support Worker, Stroke Unit, Truro

Thank you for the time you spent on your application. The shortlisting panel has now
completed its review and I regret to tell you that your application has not been
shortlisted for interview.

Because of the volume of applications we receive, we are unfortunately unable to provide
individual feedback at this stage.

We wish you every success in your search.

Recruitment Services
Fal Estuary Hospitals NHS Trust"""

_R12_INVITE = """Dear Oksana,

Thank you for applying for the Activities & Therapy Assistant role. We'd like to invite you
to interview on Wednesday 20 May at 2pm at our Stoke office, Devonport Road.

Please bring photo ID and proof of your right to work.

Best wishes,
Rhiannon"""

_R12_TEXT = """Dear Oksana,

Thank you for coming to see us on the 20th. It was a genuinely close decision, and I wanted
to write rather than phone so that I could give you proper feedback.

We have offered the role to another candidate who has run group sessions for adults with
learning disabilities, which is a big part of the job in the first year. The panel scored
you strongly on person-centred practice and on your safeguarding example. The area to work
on was confidence with goal-setting paperwork \u2013 if you can get some exposure to COPM or
similar outcome measures, that would strengthen any future application.

I'm sorry it isn't better news.

Rhiannon Bickford
Volunteer & Therapy Services Lead
Able Tides Trust
Unit 4, Mutley Works, Plymouth PL4 6LE | 01752 496 442

""" + outlook_block("en", "Rhiannon Bickford <rhiannon.bickford@abletides.example.org.uk>",
                    "11 May 2026 10:02", "Oksana Fairweather-Ruiz",
                    "Interview \u2013 Activities & Therapy Assistant", _R12_INVITE)

_R15_CLIENT = """Hi Ben,

Thanks for sending Oksana's details over for the therapy support worker post in our
Exmouth community team. We've now completed shortlisting and we won't be inviting her to
interview this time - we had several applicants with NVQ Level 3 in health and social care
plus time on an acute ward, and that tipped it.

Regards,
Clare Ashby
Workforce Team, Exe Valley Healthcare NHS Foundation Trust"""

_R15_TEXT = """Hi Oksana,

Not the news we wanted, I'm afraid - see Clare's note from Exe Valley below. They've gone with
people who already have acute ward time.

Honestly I think you were unlucky. I'll keep putting you forward for community roles, which
is where your experience fits best. Speak soon.

Ben

Ben Tozer | Senior Consultant, Allied Health
Peninsula Allied Recruit | 2 Southernhay West, Exeter EX1 1JG | 01392 496 870

""" + forwarded("en", "Clare Ashby <clare.ashby@exevalleyhealth.example.uk>",
                "Thu, 1 Oct 2026 at 16:12", "RE: Candidate - O. Fairweather-Ruiz",
                "Ben Tozer <ben.tozer@peninsulaallied.example.co.uk>", _R15_CLIENT)

_R18_THANKS = """Dear Kerensa,

Thank you for having me for the trial day yesterday. Sitting in on the upper-limb group was
brilliant and everyone made me feel very welcome.

Best wishes,
Oksana"""

_R18_TEXT = """Dear Oksana,

Thank you for your kind message, and for giving up a whole day to be with us.

We've now talked through all three trial days as a team. We have decided to offer the post
to a candidate who lives in Truro and can cover the early evening groups at short notice,
which turned out to be the deciding factor. I know the journey from Plymouth would have made
those evenings hard for you.

Everyone enjoyed your company and the group members asked after you this morning.

With warm wishes,
Kerensa

Kerensa Jago
Group Programme Manager
Cornish Hands Stroke Support
Chapel House, Lemon Street, Truro TR1 2PE \u2022 01872 496 551

""" + on_wrote("en", "Fri, 9 Oct 2026 at 20:14", "Oksana Fairweather-Ruiz <oksana.fr@example.co.uk>",
               _R18_THANKS)

_R19_TEXT = """Bonjour Madame Fairweather-Ruiz,

Nous vous remercions d'être venue à l'entretien du 30 juin dernier pour le poste
d'aide-ergothérapeute en hôpital de jour.

Après réflexion, la commission de recrutement a retenu une candidature dont le parcours
correspond davantage aux besoins immédiats du service, notamment en rééducation
neurologique. Nous ne sommes donc pas en mesure de donner une suite favorable à votre
candidature.

Votre dossier a été apprécié et nous conserverons vos coordonnées si un poste similaire se
libère dans les prochains mois.

Bien cordialement,

Anne-Laure Quéré
Responsable des ressources humaines
SSR Pen-ar-Bed - 12 rue de Kerbriant, 29200 Brest
02 98 49 60 12"""

_R23_QUESTION = """Bonjour Monsieur Créac'h,

Merci encore pour la journée d'immersion de mardi. Savez-vous quand la décision sera prise ?
Je dois donner ma réponse à un autre employeur en fin de semaine.

Bien à vous,
Oksana Fairweather-Ruiz"""

_R23_TEXT = """Bonjour Oksana,

Décision prise ce matin : nous ne vous retenons pas, le poste revient à une aide-soignante
déjà en poste chez nous qui suit la formation d'ergo. Ne bloquez donc rien pour nous.

Bonne continuation,
Yann Créac'h
Cadre de rééducation \u2013 Centre de Kerlaouen

""" + on_wrote("fr", "mer. 27 mai 2026 à 08:51",
               "Oksana Fairweather-Ruiz <oksana.fr@example.co.uk>", _R23_QUESTION)

_R24_THANKS = """Sehr geehrte Frau Oltmanns,

vielen Dank für das freundliche Gespräch heute. Die Vorstellung der neurologischen
Frührehabilitation hat mich sehr angesprochen, und ich würde mich freuen, Teil Ihres Teams
zu werden.

Mit freundlichen Grüßen
Oksana Fairweather-Ruiz"""

_R24_TEXT = """Sehr geehrte Frau Fairweather-Ruiz,

haben Sie herzlichen Dank für Ihre nette Nachricht und für das offene Gespräch.

Nach Abschluss aller Gespräche haben wir uns entschieden, die Stelle als Therapiehelferin in
der Ergotherapie mit einer Bewerberin zu besetzen, die bereits Erfahrung im deutschen
Klinikalltag mitbringt. Wir bedauern, Ihnen keine positivere Antwort geben zu können.

Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.

Freundliche Grüße

Birte Oltmanns
Personalabteilung | Klinikum Weserbogen gGmbH
Am Weserbogen 8, 28199 Bremen | Tel. 0421 496 2210

Klinikum Weserbogen gGmbH - Sitz: Bremen - Registergericht: Amtsgericht Bremen HRB 99999
Geschäftsführung: Dr. Sönke Tammen

""" + on_wrote("de", "28.05.2026 um 17:22", "Oksana Fairweather-Ruiz <oksana.fr@example.co.uk>",
               _R24_THANKS)

_R25_TEXT = """Hallo Frau Fairweather-Ruiz,

vielen Dank für Ihre Bewerbung als Betreuungsassistenz (m/w/d) im Pflegedienst Hansekogge
und für Ihr Interesse an unserem Team.

Wir haben uns die Entscheidung nicht leicht gemacht. Leider müssen wir Ihnen mitteilen,
dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können.

Ihre Unterlagen werden gemäß unserer Datenschutzerklärung nach sechs Monaten gelöscht.

Viele Grüße
Ihr Recruiting-Team Pflegedienst Hansekogge

Diese E-Mail wurde automatisch über Personio versendet."""

_R26_TEXT = """Hallo Oksana,

kurze Rückmeldung vom Reha-Zentrum Überseestadt: Die Leitung der Ergotherapie hat sich
nach den Gesprächen für eine andere Kandidatin entschieden. Ausschlaggebend war wohl, dass
sie schon mit Handschienen gearbeitet hat.

Ich weiß, dass du dir die Stelle sehr gewünscht hast. Ich melde mich, sobald ich etwas
Passendes in Bremen-Nord oder Vegesack sehe.

Beste Grüße
Hauke

Hauke Brüning
Personalberater Gesundheit & Soziales
Nordlicht Personal GmbH | Schlachte 21 | 28195 Bremen
Tel. +49 421 496 7730"""

_R27_TEXT = """Sehr geehrte Frau Fairweather-Ruiz,

wir bedanken uns für Ihre Bewerbung auf die Stelle \u201eAssistenz Ergotherapie im
Wohnverbund Gröpelingen\u201c.

Die Stelle konnte inzwischen durch eine interne Versetzung besetzt werden. Das
Ausschreibungsverfahren ist damit beendet, weitere externe Bewerbungen werden nicht mehr
berücksichtigt.

Ihre Unterlagen senden wir Ihnen nicht zurück; sie werden datenschutzgerecht vernichtet.

Mit freundlichen Grüßen
i. A. Gesa Wübbenhorst
Personalwesen
Stiftung Hafenlicht | Lindenhofstraße 40 | 28237 Bremen"""

_R28_TEXT = """Hola Oksana:

Gracias por participar en el proceso de selección para el puesto de Auxiliar de Terapia
Ocupacional en Clínica Magdalena Rehab.

Tras valorar todas las candidaturas, hemos decidido seguir adelante con otras personas
cuyo perfil se ajusta mejor a lo que buscamos en este momento.

Te deseamos mucha suerte en tu búsqueda.

Un saludo,
El equipo de Clínica Magdalena Rehab

Enviado a través de Workable"""

_R29_TEXT = """Estimada Oksana:

Le escribo en relación con el puesto de Técnica de Apoyo en Terapia Ocupacional del
programa «Mayores en Movimiento».

La Consejería nos ha comunicado esta semana que la subvención que financiaba el programa no
se renovará en 2026. Por este motivo, el patronato ha acordado cancelar el proceso de
selección y no cubrir la plaza. Lamento mucho que su candidatura, que estaba entre las
finalistas, no pueda seguir adelante.

Reciba un cordial saludo,

Marta Revuelta Campuzano
Coordinadora de Programas
Fundación Cantabria Activa
C/ Castelar 15, 39004 Santander \u00b7 942 49 60 31"""

_R30_TEXT = """Hola, Oksana:

Te escribo sobre la residencia de Torrelavega a la que enviamos tu perfil hace dos semanas.
Nos han contestado que no van a seguir contigo en el proceso: prefieren a alguien con el
título de Técnico en Atención a Personas en Situación de Dependencia homologado en España.

Ya he pedido información sobre cómo convalidar tu NVQ; en cuanto la tenga te la paso.

Un abrazo,
Lucía

Lucía Ortiz Bedia
Consultora de Selección \u2013 Sanidad
Cántabro Talento Sanitario S.L.
Paseo de Pereda 28, 39004 Santander \u00b7 +34 942 49 61 75"""

_R31_THANKS = """Estimado Sr. Cuesta:

Muchas gracias por la entrevista de esta mañana y por enseñarme la sala de estimulación
cognitiva. Me encantaría trabajar con su equipo.

Un cordial saludo,
Oksana Fairweather-Ruiz"""

_R31_TEXT = """Estimada Oksana:

Gracias por su mensaje y por el interés mostrado en Residencia Las Anclas.

Hemos terminado las entrevistas y, aunque su candidatura nos pareció muy interesante,
hemos decidido no continuar con ella. El puesto requiere incorporación inmediata y turnos
de noche que, según nos indicó, no podría cubrir hasta otoño.

Le deseamos mucha suerte.

Atentamente,

Javier Cuesta Ruiloba
Director de Centro
Residencia Las Anclas, Avda. de la Reina Victoria 61, 39005 Santander

""" + on_wrote("es", "mié, 19 ago 2026 a las 13:05",
               "Oksana Fairweather-Ruiz (<oksana.fr@example.co.uk>)", _R31_THANKS)


MESSAGES = [
    # ------------------------------------------------------------------ English (18)
    M(kind="rejection", slug="severnside_workday_not_progressed", lang="en",
      company="Severnside Community NHS Trust", contact="",
      frm=("Severnside Community NHS Trust", "severnsidenhs@myworkday.com"),
      subject="Your application: Occupational Therapy Assistant (Band 3) - SCT-26-0114",
      date="2026-02-02 16:04 +0000",
      text=_R1_TEXT,
      html=ats_card("Severnside Community NHS Trust \u2013 Careers", "#005eb8", paras(_R1_TEXT),
                    "Powered by Workday"),
      headers=[("Auto-Submitted", "auto-generated")]),

    M(kind="rejection", slug="clifton_after_interview_quotes_thanks", lang="en",
      company="Clifton Rehab Partners", contact="megan.hollis@cliftonrehab.example.co.uk",
      frm=("Megan Hollis via Greenhouse", "no-reply@greenhouse-mail.io"),
      reply_to=("Megan Hollis", "megan.hollis@cliftonrehab.example.co.uk"),
      subject="Re: Thank you - Rehabilitation Assistant interview",
      date="2026-05-06 11:25 +0100",
      parent="own_thanks_clifton", text=_R2_TEXT),

    M(kind="rejection", slug="harbourlight_terse_post_filled", lang="en",
      company="Harbourlight Care", contact="dave.pascoe@harbourlightcare.example.co.uk",
      frm=("Dave Pascoe", "dave.pascoe@harbourlightcare.example.co.uk"),
      subject="Re: So sorry about today",
      date="2026-04-22 12:10 +0100", parent="own_apology_harbourlight",
      text="""Oksana

Thanks for the message. No hard feelings about Thursday but we've filled the
wellbeing assistant job now so I won't be rearranging.

Good luck with it all.
Dave

Sent from my iPhone"""),

    M(kind="rejection", slug="westcountry_relays_riviera_no", lang="en",
      company="Riviera Therapy Rooms", contact="jasmine.carne@westcountrycare.example.co.uk",
      frm=("Jasmine Carne", "jasmine.carne@westcountrycare.example.co.uk"),
      subject="Riviera Therapy Rooms - feedback",
      date="2026-03-20 16:30 +0000", parent="westcountry_riviera_postponed",
      text="""Hi Oksana,

I've just come off the phone with Lisa at Riviera Therapy Rooms. They really liked you but
they've decided not to go ahead with your application - they need someone who can drive
between the Torquay and Paignton clinics every day, and without a licence yet it just
wouldn't work for the rota.

I'm gutted for you as the feedback on your manner with clients was glowing. As soon as your
test is booked, tell me and I'll reopen conversations with them.

Chat soon,
Jasmine

Jasmine Carne
Recruitment Consultant - Therapy & Care
Westcountry Care Recruitment
Suite 3, Derry's Cross House, Plymouth PL1 2SW
Mobile 07700 900 418"""),

    M(kind="rejection", slug="brightwater_unnamed_client_closer_match", lang="en",
      company="Brightwater Health Staffing", contact="callum.reed@brightwaterstaffing.example.co.uk",
      frm=("Callum Reed", "callum.reed@brightwaterstaffing.example.co.uk"),
      subject="Update on the north Bristol neuro-rehab role",
      date="2026-06-12 15:00 +0100",
      text="""Hi Oksana,

A quick update on the rehab assistant vacancy I mentioned at the private neuro-rehabilitation
provider in north Bristol. The hiring manager has come back to say they've decided to move
forward with candidates whose experience more closely matches their spinal-injury caseload,
so your CV won't be progressing with them.

It's their loss. I'm still very keen to represent you and I've got two community reablement
roles landing next week that I think are a better fit.

Best,
Callum

Callum Reed | Principal Consultant
Brightwater Health Staffing | Temple Quay, Bristol BS1 6DZ | 0117 496 0190""",
      cte="quoted-printable"),

    M(kind="rejection", slug="moorland_minds_post_frozen", lang="en",
      company="Moorland Minds", contact="tamsin.yeo@moorlandminds.example.org.uk",
      frm=("Tamsin Yeo", "tamsin.yeo@moorlandminds.example.org.uk"),
      subject="Community Activities Assistant - update",
      date="2026-07-20 09:45 +0100", parent="moorland_teams_waited",
      text=_R6_TEXT),

    M(kind="rejection", slug="dartmoor_council_redeployment_fill", lang="en",
      company="Dartmoor Borders Council", contact="helen.mudge@dartmoorborders.example.uk",
      frm=("Helen Mudge", "helen.mudge@dartmoorborders.example.uk"),
      subject="Reablement Support Worker (Therapy) \u2013 DBC/ASC/2231",
      subject_enc=("windows-1252", "Q"),
      date="2026-08-12 10:48 +0100",
      html=_R7_HTML, charset="windows-1252", cte="quoted-printable"),

    M(kind="rejection", slug="kernow_kindred_casual_bad_news", lang="en",
      company="Kernow Kindred Care", contact="jo.trebilcock@kernowkindred.example.co.uk",
      frm=("Jo Trebilcock", "jo.trebilcock@kernowkindred.example.co.uk"),
      subject="that Truro job",
      date="2026-01-30 19:22 +0000",
      text="""Hiya Oksana!

Bad news I'm afraid, lovely - the senior team picked Chloe from the day centre for the
therapy support role. I put a good word in for you, honest, but she's already on the
bank here and knows all the residents.

Don't let it knock you. You were brilliant when we worked together at Saltash and you'll
walk into an OT assistant job soon. Drinks when I'm next down in Plymouth?

Jo x"""),

    M(kind="rejection", slug="stonehouse_lever_closer_match", lang="en",
      company="Stonehouse Physio & OT Clinic", contact="",
      frm=("Stonehouse Physio & OT Clinic", "no-reply@hire.lever.co"),
      subject="Your application to Stonehouse Physio & OT Clinic",
      date="2026-04-07 13:02 +0000",
      text="""Hi Oksana,

Thank you for applying for the Therapy Assistant (Hands & Upper Limb) position at
Stonehouse Physio & OT Clinic, and for the time you put into your application.

We have reviewed your experience carefully. At this point, we've decided to pursue other
applicants whose backgrounds align more closely with the specific needs of the role.

We'd love to stay in touch, and we encourage you to apply for future openings that match
your skills.

Kind regards,
The Stonehouse Physio & OT Clinic Team""",
      html=ats_card("Stonehouse Physio & OT Clinic", "#2f7d6d", paras("""Hi Oksana,

Thank you for applying for the Therapy Assistant (Hands & Upper Limb) position at
Stonehouse Physio & OT Clinic, and for the time you put into your application.

We have reviewed your experience carefully. At this point, we've decided to pursue other
applicants whose backgrounds align more closely with the specific needs of the role.

We'd love to stay in touch, and we encourage you to apply for future openings that match
your skills.

Kind regards,
The Stonehouse Physio & OT Clinic Team"""), "Sent with Lever"),
      headers=[("Auto-Submitted", "auto-generated")]),

    M(kind="rejection", slug="fal_estuary_taleo_not_shortlisted", lang="en",
      company="Fal Estuary Hospitals NHS Trust", contact="",
      frm=("Fal Estuary Hospitals NHS Trust", "noreply@taleo.net"),
      subject="Requisition 26-RC-0419 \u2013 application outcome",
      date="2026-06-05 08:15 +0100", text=_R10_TEXT, cte="quoted-printable"),

    M(kind="rejection", slug="torbay_shorelines_contract_lost", lang="en",
      company="Torbay Shorelines Homecare", contact="office@torbayshorelines.example.co.uk",
      frm=("Torbay Shorelines Homecare", "office@torbayshorelines.example.co.uk"),
      subject="Reablement Assistant vacancy withdrawn",
      date="2026-03-12 11:40 +0000",
      text="""Dear Oksana,

I'm writing to everyone who applied for our Reablement Assistant vacancy. Earlier this week
the council told us that our reablement contract for the Paignton and Brixham area will
not be renewed from April. Without that contract there is no role, so we have withdrawn
the vacancy and will not be recruiting to it.

I'm sorry to bring the process to an end like this. Thank you for your interest in working
with us.

Sue Lavers
Registered Manager
Torbay Shorelines Homecare
41 Abbey Road, Torquay TQ2 5NQ
Office: 01803 496 212 | Out of hours: 07700 900 733

Torbay Shorelines Homecare Ltd is registered in England no. 08811234."""),

    M(kind="rejection", slug="able_tides_after_interview_feedback", lang="en",
      company="Able Tides Trust", contact="rhiannon.bickford@abletides.example.org.uk",
      frm=("Rhiannon Bickford", "rhiannon.bickford@abletides.example.org.uk"),
      subject="RE: Interview \u2013 Activities & Therapy Assistant",
      date="2026-05-29 15:20 +0100", text=_R12_TEXT, charset="windows-1252",
      cte="quoted-printable", refs=["<ab12cd.invite-ota@abletides.example.org.uk>"]),

    M(kind="rejection", slug="hanseatic_smartrecruiters_position_filled", lang="en",
      company="Hanseatic International Therapy Centre", contact="",
      frm=("Hanseatic International Therapy Centre", "noreply@smartrecruiters.com"),
      subject="Occupational Therapy Assistant (English-speaking) - Bremen",
      date="2026-03-05 09:00 +0100",
      html=ats_card("Hanseatic International Therapy Centre", "#1d3557", paras("""Dear Oksana,

Many thanks for interviewing with us for the Occupational Therapy Assistant (English-speaking)
position in Bremen.

We want to let you know that the position has now been filled. We appreciated the chance to
get to know you and we'll keep your profile in our talent community for future openings.

Best regards,
People Team
Hanseatic International Therapy Centre"""), "SmartRecruiters \u00b7 Privacy policy"),
      cte="base64"),

    M(kind="rejection", slug="ocean_rehab_ashby_decision", lang="en",
      company="Ocean Rehab Brest", contact="",
      frm=("Ocean Rehab Brest", "no-reply@ashbyhq.com"),
      subject="Update from Ocean Rehab Brest",
      date="2026-09-02 18:30 +0200",
      html=ats_card("Ocean Rehab Brest", "#0a7ea4", paras("""Hello Oksana,

We've completed our review for the Bilingual Rehabilitation Assistant role at our
Port de commerce site.

We won't be moving ahead with your candidacy. Competition was strong and the team chose
someone with French clinical registration already in place.

Thank you for thinking of Ocean Rehab Brest.

Ocean Rehab Brest Talent Team"""), "Sent via Ashby"),
      cte="base64", headers=[("Auto-Submitted", "auto-generated")]),

    M(kind="rejection", slug="peninsula_forwards_exe_valley_no", lang="en",
      company="Exe Valley Healthcare NHS Foundation Trust",
      contact="ben.tozer@peninsulaallied.example.co.uk",
      frm=("Ben Tozer", "ben.tozer@peninsulaallied.example.co.uk"),
      subject="Fwd: RE: Candidate - O. Fairweather-Ruiz",
      date="2026-10-02 08:40 +0100", text=_R15_TEXT),

    M(kind="rejection", slug="avonside_teamtailor_high_volume", lang="en",
      company="Avonside Living", contact="",
      frm=("Avonside Living", "no-reply@teamtailor-mail.com"),
      subject="Thanks for applying to Avonside Living",
      date="2026-07-15 07:55 +0100",
      text="""Hi Oksana,

We had an amazing response to our Lifestyle & Therapy Assistant advert \u2013 well over 200
applications for two posts!

Sadly your application wasn't one of those selected to move on this time. We know that's
not what you hoped to hear.

Thanks for wanting to be part of Avonside Living.

Team Avonside""",
      html=ats_card("Avonside Living", "#e76f51", paras("""Hi Oksana,

We had an amazing response to our Lifestyle & Therapy Assistant advert \u2013 well over 200
applications for two posts!

Sadly your application wasn't one of those selected to move on this time. We know that's
not what you hoped to hear.

Thanks for wanting to be part of Avonside Living.

Team Avonside"""), "Teamtailor"),
      headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Teamtailor")]),

    M(kind="rejection", slug="saltash_meadow_not_this_time", lang="en",
      company="Saltash Meadow Care Homes", contact="jen.rowe@saltashmeadow.example.co.uk",
      frm=("Jen Rowe", "jen.rowe@saltashmeadow.example.co.uk"),
      subject="Activities post",
      date="2026-07-23 21:03 +0100", charset="windows-1252", cte="8bit",
      text="""Sorry Oksana \u2013 not this time. Post\u2019s gone to one of our own carers.
Jen"""),

    M(kind="rejection", slug="cornish_hands_after_trial_day", lang="en",
      company="Cornish Hands Stroke Support", contact="kerensa.jago@cornishhands.example.org.uk",
      frm=("Kerensa Jago", "kerensa.jago@cornishhands.example.org.uk"),
      subject="Re: Thank you for the trial day",
      date="2026-10-14 12:05 +0100", text=_R18_TEXT,
      refs=["<5e1f0a.trialday-thanks@example.co.uk>"]),

    # ------------------------------------------------------------------ French (5)
    M(kind="rejection", slug="pen_ar_bed_apres_entretien", lang="fr",
      company="SSR Pen-ar-Bed", contact="al.quere@ssr-penarbed.example.fr",
      frm=("Anne-Laure Quéré", "al.quere@ssr-penarbed.example.fr"),
      name_enc=("iso-8859-1", "Q"),
      subject="Votre candidature : aide-ergothérapeute hôpital de jour",
      date="2026-07-08 14:10 +0200", text=_R19_TEXT, charset="iso-8859-1",
      cte="quoted-printable"),

    M(kind="rejection", slug="chu_iroise_successfactors_refus", lang="fr",
      company="CHU Iroise", contact="",
      frm=("CHU Iroise - Recrutement", "donotreply@successfactors.eu"),
      subject="Réponse à votre candidature - Réf. 2026-ERG-077",
      subject_enc=("iso-8859-1", "Q"),
      date="2026-05-15 09:20 +0200", charset="iso-8859-1", cte="quoted-printable",
      text="""Madame,

Vous avez postulé à l'offre « Aide en ergothérapie - Pôle gériatrie » (réf. 2026-ERG-077)
et nous vous en remercions.

Après étude attentive de votre dossier, nous avons le regret de vous informer que votre
candidature n'a pas été retenue.

Nous vous souhaitons pleine réussite dans vos recherches.

La Direction des ressources humaines
CHU Iroise

Ce message est généré automatiquement, merci de ne pas y répondre."""),

    M(kind="rejection", slug="armor_interim_goemons_non", lang="fr",
      company="Résidence Les Goémons", contact="m.kerbrat@armor-interim-sante.example.fr",
      frm=("Maëlys Kerbrat", "m.kerbrat@armor-interim-sante.example.fr"),
      name_enc=("utf-8", "B"),
      subject="Retour de la Résidence Les Goémons",
      date="2026-02-27 10:15 +0100", parent="armor_goemons_reporte",
      text="""Bonjour Oksana,

J'ai eu la directrice de la Résidence Les Goémons au téléphone ce matin. Elle a choisi de
ne pas donner suite pour le poste d'assistante en animation thérapeutique : elle cherche
finalement quelqu'un à temps plein dès mars, et votre préavis au Royaume-Uni était trop
long pour elle.

Elle a beaucoup apprécié l'échange et m'a dit qu'elle vous rappellerait volontiers pour un
remplacement cet été.

Je reste à votre disposition,
Maëlys

Maëlys Kerbrat
Chargée de recrutement \u2013 Armor Intérim Santé
8 rue de Siam, 29200 Brest \u2013 02 98 49 61 40"""),

    M(kind="rejection", slug="ty_avel_poste_gele", lang="fr",
      company="Ty Avel", contact="contact@tyavel.example.fr",
      frm=("Association Ty Avel", "contact@tyavel.example.fr"),
      subject="Poste d'assistante en ergothérapie \u2013 information",
      subject_enc=("windows-1252", "B"),
      date="2026-09-15 17:45 +0200", charset="windows-1252", cte="quoted-printable",
      text="""Bonjour Madame,

Le conseil d'administration de l'association s'est réuni le 10 septembre. Faute de
visibilité sur le financement de l'ARS pour 2027, il a décidé de geler la création du poste
d'assistante en ergothérapie. Le recrutement est donc interrompu et nous n'irons pas plus
loin avec les candidatures reçues, dont la vôtre.

Nous sommes sincèrement désolés de ce contretemps.

Cordialement,
Le bureau de l'association Ty Avel
« Ensemble, au vent du large »
3 place Guérin \u2013 29200 Brest"""),

    M(kind="rejection", slug="kerlaouen_reponse_breve", lang="fr",
      company="Centre de Kerlaouen", contact="y.creach@kerlaouen.example.fr",
      frm=("Yann Créac'h", "y.creach@kerlaouen.example.fr"),
      subject="Re: Journée d'immersion \u2013 suite ?",
      date="2026-05-27 11:03 +0200", parent="kerlaouen_journee_immersion",
      text=_R23_TEXT, cte="quoted-printable"),

    # ------------------------------------------------------------------ German (4)
    M(kind="rejection", slug="weserbogen_absage_nach_gespraech", lang="de",
      company="Klinikum Weserbogen", contact="b.oltmanns@klinikum-weserbogen.example.de",
      frm=("Birte Oltmanns", "b.oltmanns@klinikum-weserbogen.example.de"),
      subject="AW: Vielen Dank für das Gespräch",
      date="2026-06-08 10:30 +0200", parent="weserbogen_termin_verschoben",
      text=_R24_TEXT, charset="iso-8859-1", cte="quoted-printable"),

    M(kind="rejection", slug="hansekogge_personio_absage", lang="de",
      company="Pflegedienst Hansekogge", contact="",
      frm=("Pflegedienst Hansekogge", "no-reply@personio.de"),
      subject="Ihre Bewerbung als Betreuungsassistenz (m/w/d)",
      subject_enc=("utf-8", "B"),
      date="2026-07-02 14:00 +0200", text=_R25_TEXT,
      html=ats_card("Pflegedienst Hansekogge", "#264653", paras(_R25_TEXT),
                    "Personio \u00b7 Datenschutz"),
      headers=[("Auto-Submitted", "auto-generated")]),

    M(kind="rejection", slug="nordlicht_kunde_ueberseestadt_absage", lang="de",
      company="Reha-Zentrum Überseestadt", contact="h.bruening@nordlicht-personal.example.de",
      frm=("Hauke Brüning", "h.bruening@nordlicht-personal.example.de"),
      name_enc=("iso-8859-1", "B"),
      subject="Rückmeldung Überseestadt",
      date="2026-04-09 11:10 +0200", parent="nordlicht_vorstellung_ueberseestadt",
      text=_R26_TEXT),

    M(kind="rejection", slug="hafenlicht_intern_besetzt", lang="de",
      company="Stiftung Hafenlicht", contact="bewerbung@stiftung-hafenlicht.example.de",
      frm=("Stiftung Hafenlicht Personalwesen", "bewerbung@stiftung-hafenlicht.example.de"),
      subject="Ihre Bewerbung \u2013 Assistenz Ergotherapie",
      date="2026-10-06 13:25 +0200", text=_R27_TEXT, charset="windows-1252", cte="8bit"),

    # ------------------------------------------------------------------ Spanish (4)
    M(kind="rejection", slug="magdalena_workable_otras_personas", lang="es",
      company="Clínica Magdalena Rehab", contact="",
      frm=("Clínica Magdalena Rehab", "noreply@workablemail.com"),
      subject="Tu candidatura en Clínica Magdalena Rehab",
      date="2026-09-24 09:00 +0200", text=_R28_TEXT,
      html=ats_card("Clínica Magdalena Rehab", "#6a4c93", paras(_R28_TEXT), "Workable"),
      html_cte="base64"),

    M(kind="rejection", slug="cantabria_activa_proceso_cancelado", lang="es",
      company="Fundación Cantabria Activa", contact="m.revuelta@cantabria-activa.example.es",
      frm=("Marta Revuelta Campuzano", "m.revuelta@cantabria-activa.example.es"),
      subject="Proceso de selección «Mayores en Movimiento»",
      subject_enc=("iso-8859-1", "Q"),
      date="2026-03-25 12:40 +0100", text=_R29_TEXT, charset="iso-8859-1",
      cte="quoted-printable"),

    M(kind="rejection", slug="cantabro_talento_residencia_sin_nombre", lang="es",
      company="Cántabro Talento Sanitario", contact="lucia.ortiz@cantabrotalento.example.es",
      frm=("Lucía Ortiz Bedia", "lucia.ortiz@cantabrotalento.example.es"),
      subject="Novedades de la residencia de Torrelavega",
      date="2026-06-22 18:15 +0200", text=_R30_TEXT),

    M(kind="rejection", slug="anclas_tras_entrevista", lang="es",
      company="Residencia Las Anclas", contact="direccion@residencia-lasanclas.example.es",
      frm=("Javier Cuesta Ruiloba", "direccion@residencia-lasanclas.example.es"),
      subject="RE: Gracias por la entrevista",
      subject_enc=("iso-8859-1", "B"),
      date="2026-08-28 10:10 +0200", text=_R31_TEXT, charset="iso-8859-1",
      cte="quoted-printable", refs=["<c0ffee12.gracias-entrevista@example.co.uk>"]),
]


"""Corpus 294: acknowledgements that an application arrived (application_received)."""

from __future__ import annotations

from msgs294_common import m

K = "application_received"

MESSAGES = [
    m("b_ack", K, "en", "2026-01-19T08:02:11+00:00",
      ("Munster Clinical Research Facility", "no-reply@taleo.net"),
      "Application received: Clinical Trial Assistant (Req. MCRF-0417)",
      """Dear Niamh,

Thank you for applying for the position of Clinical Trial Assistant (Req. MCRF-0417) with the
Munster Clinical Research Facility.

Your application has been submitted successfully. Our recruitment team will review all
applications after the closing date of 26 January 2026. Shortlisted candidates will be
contacted by email.

You can check the status of your application at any time by logging in to your candidate
profile.

Kind regards,
Human Resources - Research Recruitment
Munster Clinical Research Facility

This is an automated message. Please do not reply to this email.
""", company="Munster Clinical Research Facility"),

    m("c_ack", K, "de", "2026-03-02T11:40:03+01:00",
      ("Spree BioPharma Recruiting", "noreply@personio.de"),
      "Deine Bewerbung bei Spree BioPharma: Clinical Trial Assistant (m/w/d)",
      """Hallo Niamh,

vielen Dank für Deine Bewerbung als Clinical Trial Assistant (m/w/d) in Berlin-Moabit. Wir
freuen uns über Dein Interesse an Spree BioPharma!

Deine Unterlagen sind vollständig bei uns eingegangen. Unser Team schaut sich jede Bewerbung
persönlich an. Bitte hab etwas Geduld: in der Regel melden wir uns innerhalb von zwei bis drei
Wochen bei Dir.

Viele Grüße
Dein Spree BioPharma People-Team

Spree BioPharma GmbH · Alt-Moabit 204 · 10559 Berlin
Diese Nachricht wurde automatisch erstellt.
""", company="Spree BioPharma", fmt="alt", brand="Spree BioPharma", cte="quoted-printable"),

    m("d_ack", K, "fr", "2026-04-01T09:12:45+02:00",
      ("Rhône Essais Cliniques", "no-reply@smartrecruiters.com"),
      "Rhône Essais Cliniques - Nous avons bien reçu votre candidature",
      """Bonjour Niamh,

Nous vous remercions pour l'intérêt que vous portez à Rhône Essais Cliniques et pour votre
candidature au poste d'Assistante d'études cliniques (H/F) basé à Lyon 7e.

Votre dossier a bien été transmis à notre équipe recrutement. Si votre profil correspond à nos
attentes, nous reviendrons vers vous dans les meilleurs délais pour convenir d'un premier
échange.

En raison du nombre important de candidatures, nous ne sommes malheureusement pas en mesure de
répondre individuellement à chaque candidat.

Bien cordialement,
L'équipe Talents
Rhône Essais Cliniques
""", company="Rhône Essais Cliniques", fmt="html", brand="Rhône Essais Cliniques",
      subj_enc="q:iso-8859-1", cs="iso-8859-1", cte="quoted-printable"),

    m("f_ack", K, "en", "2026-05-05T14:31:09+00:00",
      ("Liffey Biotherapeutics", "no-reply@ashbyhq.com"),
      "Thanks for applying to Liffey Biotherapeutics!",
      """Hi Niamh,

Thanks for your interest in the Clinical Operations Associate role at Liffey Biotherapeutics.
We've received your application and someone from our small team will read it properly (no
robots here, promise).

We're a team of 34 building cell therapies for rare blood disorders out of Grand Canal Dock.
If it looks like a match we'll reach out within 10 working days to set up a first chat.

Cheers,
The Liffey Bio hiring team
""", company="Liffey Biotherapeutics", fmt="alt", brand="Liffey Biotherapeutics"),

    m("e_ack", K, "es", "2026-06-09T10:05:22+02:00",
      ("Mediterrània Clinical Trials", "no-reply@teamtailor-mail.com"),
      "Hemos recibido tu candidatura - Coordinador/a de Ensayos Clínicos",
      """Hola Niamh:

¡Gracias por tu interés en Mediterrània Clinical Trials!

Te confirmamos que hemos recibido correctamente tu candidatura para el puesto de
Coordinador/a de Ensayos Clínicos (Site Coordinator) en nuestra oficina de Barcelona (Poblenou).

Nuestro equipo de Personas revisará tu perfil con atención. Si encaja con lo que buscamos, nos
pondremos en contacto contigo en las próximas semanas.

Un saludo,
Equipo de Talento
Mediterrània Clinical Trials
""", company="Mediterrània Clinical Trials", fmt="html", brand="Mediterrània Clinical Trials",
      cte="base64"),

    m("a_ack", K, "en", "2026-08-04T06:17:40-07:00",
      ("Corrib Clinical Research", "corribclinical@myworkday.com"),
      "We have received your application - Study Start-Up Associate (R-2026-0881)",
      """Dear Niamh O'Donoghue,

Thank you for your application for the Study Start-Up Associate role (R-2026-0881) in Galway,
Ireland.

We have received your application and our Talent Acquisition team is reviewing it. You can
track the progress of your application in the Candidate Home section of our careers site.

Please note this mailbox is not monitored.

Best regards,
Corrib Clinical Research Talent Acquisition
""", company="Corrib Clinical Research", fmt="html", brand="Corrib Clinical Research"),

    m("pp_ack", K, "en", "2026-02-09T16:44:02+00:00",
      ("Portobello Research Partners", "no-reply@us.greenhouse-mail.io"),
      "Your application to Portobello Research Partners",
      """Hi Niamh,

Thank you for your interest in Portobello Research Partners! We wanted to let you know we
received your application for Clinical Trial Assistant - Dublin (Hybrid), and we are delighted
that you would consider joining our team.

Our team will review your application and will be in touch if your qualifications match our
needs for the role. If you are not selected for this position, we will keep your resume on file
for future openings.

Best,
Portobello Research Partners Talent Team
""", company="Portobello Research Partners", fmt="alt"),

    m("dp_ack", K, "en", "2026-02-23T12:00:51-05:00",
      ("Dodder Pharma Careers", "dodderpharma@icims.com"),
      "Dodder Pharma | Application Confirmation - Clinical Supplies Coordinator",
      """Dear Niamh,

Thank you for your interest in Dodder Pharma. This message confirms that we have received your
application for the position of Clinical Supplies Coordinator (Job ID 2026-3319), Dublin 24.

Due to the high volume of applications we receive, we are unable to respond to every applicant
individually. If your experience matches the requirements of the role, a member of our
recruitment team will contact you directly.

We appreciate the time you took to apply.

Dodder Pharma Talent Acquisition
Please do not reply to this message.
""", company="Dodder Pharma", fmt="html", brand="Dodder Pharma", colour="#00665e"),

    m("kpt_ack", K, "de", "2026-02-05T15:22:18+01:00",
      ("Klinikum Prenzlauer Tor", "bewerbung@klinikum-prenzlauer-tor.softgarden.io"),
      "Eingangsbestätigung Ihrer Bewerbung - Studienassistenz (w/m/d) Onkologie",
      """Sehr geehrte Frau O'Donoghue,

vielen Dank für Ihre Bewerbung als Studienassistenz (w/m/d) im Studienzentrum der Klinik für
Hämatologie und Onkologie und Ihr damit verbundenes Interesse am Klinikum Prenzlauer Tor.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir werden Ihre Bewerbung sorgfältig
prüfen und uns schnellstmöglich bei Ihnen melden.

Mit freundlichen Grüßen

Ihr Team Personalgewinnung
Klinikum Prenzlauer Tor
Prenzlauer Allee 310, 10405 Berlin

Bitte antworten Sie nicht auf diese automatisch generierte E-Mail.
""", company="Klinikum Prenzlauer Tor", cs="iso-8859-1", cte="8bit",
      subj_enc="q:iso-8859-1"),

    m("tt_ack", K, "de", "2026-04-21T08:55:30+02:00",
      ("Tegel Trials", "notifications@tegeltrials.recruitee.com"),
      "Bewerbung erhalten - Site Start-Up Specialist (m/w/d)",
      """Hallo Niamh O'Donoghue,

danke für Deine Bewerbung als Site Start-Up Specialist (m/w/d) bei Tegel Trials!

Wir haben Deine Unterlagen erhalten und melden uns, sobald wir sie gesichtet haben. Aufgrund
vieler Bewerbungen kann das bis zu drei Wochen dauern.

Beste Grüße
Tegel Trials Recruiting
""", company="Tegel Trials", fmt="alt", brand="Tegel Trials", cte="base64"),

    m("bs_ack", K, "fr", "2026-03-10T07:30:00+01:00",
      ("BioSaône Pharma Recrutement", "noreply@successfactors.eu"),
      "Accusé de réception - Candidature 48812 - Technicien(ne) essais cliniques",
      """Madame,

Nous accusons réception de votre candidature au poste de Technicien(ne) essais cliniques
(réf. 48812) sur notre site de Lyon Gerland et vous remercions de l'intérêt que vous portez à
BioSaône Pharma.

Votre candidature va être étudiée avec la plus grande attention. Nous vous informons que seuls
les candidats retenus pour un entretien seront contactés.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
BioSaône Pharma
""", company="BioSaône Pharma", cs="windows-1252", cte="quoted-printable",
      subj_enc="b:utf-8"),

    m("ilrc_ack", K, "fr", "2026-05-18T13:14:09+02:00",
      ("Martine Giraud", "martine.giraud@institut-lumiere.example.fr"),
      "RE: Candidature attaché de recherche clinique junior",
      """Madame,

Je vous confirme la bonne réception de votre candidature (CV et lettre de motivation) pour le
poste d'attaché(e) de recherche clinique junior à la Délégation à la Recherche Clinique et à
l'Innovation.

Votre dossier a été transmis au Dr Lefèvre, responsable de l'unité, qui reviendra vers vous si
votre profil est retenu pour un entretien.

Cordialement,

Martine Giraud
Secrétariat DRCI
Institut Lumière de Recherche Clinique
28 rue Laennec, 69008 Lyon
Tél. : 04 72 00 31 45
""", company="Institut Lumière de Recherche Clinique",
      contact="martine.giraud@institut-lumiere.example.fr", re="ilrc_apply",
      quote="outlook_fr", cs="iso-8859-1"),

    m("ft_ack", K, "es", "2026-07-02T18:03:11+02:00",
      ("Farmacéutica Tibidabo", "noreply@tibidabo.workablemail.com"),
      "Gracias por tu candidatura a Farmacéutica Tibidabo",
      """Hola Niamh,

Gracias por presentar tu candidatura para el puesto de Técnico/a de Suministros Clínicos en
Farmacéutica Tibidabo (Sant Cugat del Vallès).

Hemos recibido tu solicitud y el equipo de selección la revisará en los próximos días. No
podemos responder individualmente a todas las personas candidatas, pero si tu perfil avanza en
el proceso te escribiremos para concertar una entrevista.

Saludos cordiales,
Farmacéutica Tibidabo
""", company="Farmacéutica Tibidabo", fmt="alt", cs="iso-8859-1", cte="quoted-printable"),

    m("sm_ack", K, "en", "2026-03-27T09:41:00+00:00",
      ("Salthill Medtech", "notifications@salthillmedtech.bamboohr.com"),
      "Thank you for applying - Clinical Research Coordinator",
      """Hello Niamh,

Thank you for applying for the Clinical Research Coordinator position at Salthill Medtech. We
have received your application and will be reviewing it shortly.

If your skills and experience are a good match, a member of our team will be in touch to
discuss next steps.

Thank you again for your interest in Salthill Medtech.

Salthill Medtech People & Culture
""", company="Salthill Medtech"),

    m("uh_ack", K, "en", "2026-04-14T17:26:40+01:00",
      ("Siobhan Costigan", "s.costigan@mercyfield-hospital.example.ie"),
      "RE: Application - Research Nurse / Trial Coordinator post (fixed term)",
      """Dear Niamh,

Many thanks for your email and attached CV - received with thanks. The closing date for this
post is Friday 24 April and the panel will shortlist the week after. I'll be in touch either way
once that's done.

Just to flag, the post is listed as research nurse/trial coordinator but the PI is open to
non-nursing backgrounds for the coordinator side, so your pharmacy experience is certainly
relevant.

Kind regards,
Siobhán

Siobhán Costigan
HR Officer, Clinical Research Unit
Mercyfield University Hospital, Cork
T: +353 21 490 2271

This e-mail and any files transmitted with it are confidential and intended solely for the use
of the addressee. If you have received this e-mail in error please notify the sender.
""", company="Mercyfield University Hospital", contact="s.costigan@mercyfield-hospital.example.ie",
      re="uh_apply", quote="outlook"),

    m("gc_ack", K, "en", "2026-06-02T10:10:10+01:00",
      ("Galway Cancer Trials Group", "jobs@gctg.example.ie"),
      "Auto-acknowledgement: your application to GCTG",
      """This is an automatic acknowledgement.

We have received your application for the role of Trial Administrator (part-time, 0.6 FTE)
with the Galway Cancer Trials Group. We receive a large number of applications and cannot reply
to each one individually. If you have not heard from us within four weeks of the closing date,
please assume your application has not been progressed on this occasion.

Galway Cancer Trials Group
Clinical Science Institute, Newcastle Road, Galway
""", company="Galway Cancer Trials Group", headers={"Auto-Submitted": "auto-generated"}),

    m("hc_ack", K, "en", "2026-07-20T11:52:33+01:00",
      ("Howth Clinical", "no-reply@howthclinical.hire.lever.co"),
      "Howth Clinical - application received",
      """Hi Niamh,

Thanks for applying to Howth Clinical for the Clinical Trial Associate position. We received
your application and our team is looking it over.

Someone from our team will be in touch soon if there's a match.

Thank you,
Howth Clinical Recruiting
""", company="Howth Clinical", fmt="html", brand="Howth Clinical"),

    m("bcn_ack", K, "es", "2026-05-12T09:33:17+02:00",
      ("Unitat de Recerca - Fundació Llobregat", "seleccio@recercallobregat.example.es"),
      "Confirmación de recepción de candidatura - Ref. FRCL-26-014",
      """Estimada Sra. O'Donoghue:

Le confirmamos la recepción de su candidatura a la convocatoria FRCL-26-014 (Técnico/a de
Soporte a la Investigación Clínica). La comisión de selección valorará los méritos de todas las
candidaturas una vez finalizado el plazo de presentación, el 22 de mayo.

La lista de personas admitidas a la fase de entrevista se publicará en la web de la Fundación.

Atentamente,

Servicio de Selección
Fundació Recerca Clínica Llobregat
""", company="Fundació Recerca Clínica Llobregat", cs="windows-1252", cte="8bit"),

    m("mp_ack", K, "de", "2026-06-16T07:45:12+02:00",
      ("Müggelsee Pharma Karriere", "karriere@mueggelsee-pharma.example.de"),
      "Ihre Bewerbung als Clinical Trial Supply Assistant (Kennziffer 2026-117)",
      """Sehr geehrte Frau O'Donoghue,

wir bestätigen den Eingang Ihrer Bewerbungsunterlagen und bedanken uns für Ihr Interesse an
einer Tätigkeit bei der Müggelsee Pharma.

Ihre Bewerbung wird derzeit von der Fachabteilung geprüft. Wir bitten um etwas Geduld; Sie
erhalten von uns spätestens Ende Juli eine Nachricht zum weiteren Verlauf.

Mit freundlichen Grüßen
Personalabteilung
Müggelsee Pharma GmbH
Müggelseedamm 88, 12587 Berlin
""", company="Müggelsee Pharma", subj_enc="b:iso-8859-1", cs="utf-8", cte="base64"),

    m("cfl_ack", K, "fr", "2026-07-08T16:20:00+02:00",
      ("Claire Morel", "claire.morel@fourviere-talents.example.fr"),
      "Bien reçu votre CV - poste coordinatrice d'études (client biotech)",
      """Bonjour Niamh,

Merci pour l'envoi de votre CV en réponse à notre annonce pour un poste de coordinatrice
d'études cliniques chez l'un de nos clients, une biotech lyonnaise en forte croissance.

Je l'ai bien reçu et je prends le temps de l'étudier cette semaine. Je vous rappelle si votre
parcours correspond aux attentes du client.

Belle journée,

Claire Morel
Consultante senior Life Sciences
Cabinet Fourvière Talents
""", company="Cabinet Fourvière Talents", contact="claire.morel@fourviere-talents.example.fr"),

    m("glb_ack", K, "en", "2026-09-01T08:05:00+01:00",
      ("Sinéad from Blackpool Biologics", "no-reply@blackpoolbio.teamtailor-mail.com"),
      "Application received: Clinical Study Coordinator",
      """Hi Niamh,

Great to see your application for Clinical Study Coordinator at our Cork site come in - thanks!

Here's what happens next: our hiring manager reviews applications every Friday, and we aim to
let everyone know where they stand within two weeks. You can see the status of your
application any time in your candidate connect profile.

Speak soon,
Sinéad
People Team, Blackpool Biologics
""", company="Blackpool Biologics", fmt="alt", brand="Blackpool Biologics",
      name_enc="q:iso-8859-1"),
]

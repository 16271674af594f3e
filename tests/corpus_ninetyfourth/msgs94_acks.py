"""Application acknowledgements and offers of the ninety-fourth corpus, one hand-written spec per
message."""

from __future__ import annotations

from msgs94_common import ats_card, outlook_html, simple_html, text_of, trk

SPECS: list[dict] = []
add = SPECS.append

# === application_received =====================================================================

_hm_paras = [
    "Dear Declan,",
    "Thank you for applying for the Senior Project Manager, Water & Wastewater position (R-20931) at Halvorsen Marsh Engineering. We have received your application and it is now being reviewed by our Talent Acquisition team.",
    "What happens next: if your qualifications match the requirements of the role, a member of our team will contact you to discuss next steps. You can check the status of your application at any time from your Candidate Home.",
    "Thank you again for your interest in building a career with us.",
    "Talent Acquisition\nHalvorsen Marsh Engineering",
]
add({
    "key": "workday_halvorsen_received", "kind": "application_received", "lang": "en",
    "company": "Halvorsen Marsh Engineering", "contact": "",
    "frm": ("Halvorsen Marsh Engineering", "halvorsenmarsh@myworkday.com"),
    "to": ("", "declan.ot@example.ca"),
    "subject": "Thank you for applying - Senior Project Manager, Water & Wastewater",
    "date": "2026-02-02 21:14 +0000", "mid": "ses",
    "text": text_of(_hm_paras, "colon"),
    "html": ats_card(lang="en", title="Thank you for applying", logo_src="https://halvorsenmarsh.wd10.myworkdaysite.com/assets/hm-logo.png",
                  logo_alt="Halvorsen Marsh Engineering", accent="#7a1f3d", paras=_hm_paras,
                  button=("Go to Candidate Home", trk("https://halvorsenmarsh.wd10.myworkdayjobs.com/HM_Careers/userHome?t=", "hm-home")),
                  footer=["Halvorsen Marsh Engineering Ltd. is committed to accessible hiring. Accommodations are available on request.",
                          "This is a system-generated message from an unmonitored mailbox."],
                  pixel="https://halvorsenmarsh.wd10.myworkday.com/email/open/7d21c0a4.gif"),
})

_sw_paras = [
    "Hi Declan,",
    "Thanks for applying to Switchyard Mobility! We've received your application for Senior Project Manager, Rail Yards & Depots, and our team will review it over the next couple of weeks.",
    "A quick note on timelines: we get a lot of applications for every opening, and as a small team we unfortunately cannot reply to every applicant individually. If your experience is a match, someone from the team will reach out to set up a first conversation.",
    "In the meantime, you can read about how we work at [[switchyard.example.com/about|https://switchyard.example.com/about]].",
    "Thanks again,\nSwitchyard Mobility",
]
add({
    "key": "greenhouse_switchyard_cannot_reply", "kind": "application_received", "lang": "en",
    "company": "Switchyard Mobility", "contact": "",
    "frm": ("Switchyard Mobility", "no-reply@us.greenhouse-mail.io"),
    "subject": "Thank you for applying to Switchyard Mobility",
    "date": "2026-01-14 16:02 +0000", "mid": "greenhouse-mail.io",
    "html": ats_card(lang="en", title="Switchyard Mobility", logo_src="https://s3.amazonaws.com/grnhse-prod/logos/switchyard.png",
                  logo_alt="Switchyard Mobility logo", accent="#e4572e", paras=_sw_paras,
                  footer=["Switchyard Mobility Inc. · 1 Place Ville Marie, Montréal, QC", "Powered by Greenhouse · [[Privacy|https://switchyard.example.com/privacy]]"],
                  pixel=trk("https://us.greenhouse-mail.io/wf/open?upn=", "sw-open")),
})

add({
    "key": "eastbrook_four_weeks", "kind": "application_received", "lang": "en",
    "company": "City of Eastbrook", "contact": "",
    "frm": ("City of Eastbrook - Human Resources", "jobs-donotreply@eastbrook.example.ca"),
    "subject": "Application Received: Senior Project Engineer - Transit (Job #26-044)",
    "date": "2026-01-20 08:31 -0500",
    "text": """\
Dear Declan Okonkwo-Tremblay,

This message confirms that the City of Eastbrook has received your application for the position of Senior Project Engineer - Transit (Job #26-044), which closes on February 6, 2026.

Please note:

* We thank all applicants for their interest; however, only those selected for an interview will be contacted.
* If you have not heard from us within four weeks of the closing date, please consider your application unsuccessful for this competition.
* Applicants must be legally entitled to work in Canada.

The City of Eastbrook is an equal opportunity employer. Accommodation is available on request for candidates taking part in all aspects of the selection process.

Human Resources Division
City of Eastbrook
100 Civic Square, Eastbrook, ON

*** This is an automated message. Please do not reply to this email. ***
""",
})

add({
    "key": "taleo_rtcn_recue", "kind": "application_received", "lang": "fr",
    "company": "Réseau de transport de la Capitale-Nord", "contact": "",
    "frm": ("Réseau de transport de la Capitale-Nord", "rtcn@taleo.net"),
    "subject": "Accusé de réception - Chargé(e) de projets, infrastructures de transport (26-0137)",
    "date": "2026-02-16 10:44 -0500", "charset": "iso-8859-1", "cte": "quoted-printable", "hdr_charset": "iso-8859-1",
    "html": """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head>
<body>
<table width="640" border="0" cellspacing="0" cellpadding="10" style="font-family:Verdana, Arial, sans-serif; font-size:12px; color:#333333;">
<tr><td style="border-bottom:4px solid #e30613;"><img src="https://rtcn.taleo.net/careersection/theme/rtcn/logo.gif" alt="RTCN - Réseau de transport de la Capitale-Nord" width="200" height="50" border="0"></td></tr>
<tr><td>
<p>Bonjour Declan,</p>
<p>Nous accusons réception de votre candidature pour le poste de <b>Chargé(e) de projets, infrastructures de transport</b> (numéro de référence 26-0137).</p>
<p>Votre dossier sera analysé au cours des prochaines semaines. Veuillez noter que seules les personnes dont la candidature sera retenue seront contactées.</p>
<p>Vous pouvez en tout temps consulter l'état de votre candidature dans votre <a href="https://rtcn.taleo.net/careersection/ext/mysubmissions.ftl?lang=fr">espace candidat</a>.</p>
<p>Merci de l'intérêt que vous portez au RTCN.</p>
<p>L'équipe Acquisition de talents<br>Réseau de transport de la Capitale-Nord</p>
<p style="font-size:10px;color:#888888;">Le RTCN souscrit au principe d'équité en matière d'emploi. Ce courriel a été envoyé par un système automatisé; veuillez ne pas y répondre.</p>
</td></tr></table>
<img src="https://rtcn.taleo.net/careersection/ext/emailtrack.gif?m=7710244&amp;c=26137" width="1" height="1" alt="">
</body></html>
""",
})

add({
    "key": "thibodeau_cv_bien_recu", "kind": "application_received", "lang": "fr",
    "company": "Construction Thibodeau & Fils", "contact": "audrey@thibodeaufils.example.ca",
    "frm": ("Audrey Thibodeau", "audrey@thibodeaufils.example.ca"),
    "subject": "Re: Candidature - chargé de projet",
    "date": "2026-03-24 13:17 -0400",
    "thread": ["thib-apply"],
    "text": """\
Bonjour Declan,

J'ai bien reçu ton CV pour le poste de chargé de projet, merci! Je le transmets à mon père, Gilles, qui s'occupe de l'embauche pour les projets municipaux. Il est en vacances jusqu'au 6 avril alors il devrait te revenir d'ici deux semaines environ.

Bonne journée!

Audrey Thibodeau
Adjointe administrative
Construction Thibodeau & Fils inc.
Sherbrooke (Québec) | 819 555-0112

Le lun. 23 mars 2026 à 19:05, Declan Okonkwo-Tremblay <declan.ot@example.ca> a écrit :
> Bonjour,
> Je vous écris pour le poste de chargé de projet affiché sur votre site. Vous
> trouverez mon CV en pièce jointe. Je serais disponible pour une entrevue à
> Sherbrooke ou par téléphone.
> Merci et bonne soirée,
> Declan Okonkwo-Tremblay
""",
})

add({
    "key": "personio_brueckner_eingang", "kind": "application_received", "lang": "de",
    "company": "Brückner Tunnelbau", "contact": "",
    "frm": ("Brückner Tunnelbau GmbH", "noreply@brueckner-tunnelbau.jobs.personio.de"),
    "subject": "Ihre Bewerbung bei Brückner Tunnelbau",
    "date": "2026-03-30 22:03 +0200", "mid": "personio.de",
    "text": """\
Sehr geehrter Herr Okonkwo-Tremblay,

vielen Dank für Ihre Bewerbung als Projektleiter Tunnelbau (m/w/d) - Baustelle Montréal, Kanada.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir werden sie sorgfältig prüfen und uns so schnell wie möglich bei Ihnen melden. Bitte haben Sie Verständnis dafür, dass dies aufgrund der Vielzahl an Bewerbungen einige Zeit in Anspruch nehmen kann.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Brückner Tunnelbau GmbH

--
Brückner Tunnelbau GmbH, Industriestraße 14, 86551 Aichach
Geschäftsführer: Klaus Brückner, Dipl.-Kfm. Peter Brückner
Amtsgericht Augsburg HRB 8812
Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
""",
})

_vp_paras = [
    "Sehr geehrter Herr Okonkwo-Tremblay,",
    "vielen Dank für Ihre Bewerbung als Projektingenieur Schienenverkehr (m/w/d) für unseren Standort Montréal. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.",
    "Wir prüfen alle Bewerbungen sorgfältig. Bitte haben Sie Verständnis, dass wir nicht jede Bewerbung individuell beantworten können: Sollten Sie innerhalb von sechs Wochen nichts von uns hören, ist Ihre Bewerbung in diesem Verfahren leider nicht berücksichtigt worden.",
    "Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem [[Bewerberkonto|" + trk("https://vprr.softgarden.io/applicant/login?t=", "vprr-konto") + "]] einsehen.",
    "Mit freundlichen Grüßen\nIhr Personalteam der Verkehrsplan Rhein-Ruhr AG",
]
add({
    "key": "softgarden_vprr_eingang", "kind": "application_received", "lang": "de",
    "company": "Verkehrsplan Rhein-Ruhr", "contact": "",
    "frm": ("Verkehrsplan Rhein-Ruhr AG", "noreply@softgarden.io"),
    "subject": "Eingangsbestätigung Ihrer Bewerbung",
    "date": "2026-02-09 07:12 +0100", "mid": "softgarden.io", "charset": "utf-8", "cte": "base64",
    "text": text_of(_vp_paras, "colon"),
    "html": ats_card(lang="de", title="Eingangsbestätigung", logo_src="https://vprr.softgarden.io/assets/vprr-logo.svg",
                  logo_alt="Verkehrsplan Rhein-Ruhr AG", accent="#b5121b", font="Verdana,Geneva,sans-serif", paras=_vp_paras,
                  footer=["Verkehrsplan Rhein-Ruhr AG · Huyssenallee 86, 45128 Essen · Amtsgericht Essen HRB 21877",
                          "Vorstand: Dr.-Ing. Bernd Kallweit (Vors.), Sabine Ortmann",
                          "Diese E-Mail wurde automatisch versendet."],
                  pixel=trk("https://vprr.softgarden.io/mail/open/", "vprr-open-ack")),
})

add({
    "key": "hydrokontor_eingang_auto", "kind": "application_received", "lang": "de",
    "company": "Hydrokontor Ingenieure", "contact": "",
    "frm": ("Hydrokontor Bewerbermanagement", "bewerbung-noreply@hydrokontor.example.com"),
    "subject": "Ihre Bewerbung: Projektmanager Wasserversorgung (m/w/d) - Calgary",
    "date": "2026-04-24 16:55 +0200",
    "html": simple_html(
        ["Sehr geehrter Herr Okonkwo-Tremblay,",
         "Ihre Bewerbung ist bei uns eingegangen. Herzlichen Dank für Ihr Interesse an der Hydrokontor Ingenieure GmbH!",
         "Wir werden Ihre Unterlagen nun sichten und melden uns innerhalb der nächsten drei Wochen bei Ihnen. Bei Fragen zum Verfahren wenden Sie sich bitte an Herrn Sebastian Kühn (Human Resources).",
         "Dies ist eine automatisch generierte E-Mail. Antworten an diese Adresse können nicht bearbeitet werden."],
        font="Tahoma", size="10pt",
        signature=["Hydrokontor Ingenieure GmbH", "Hammerbrookstraße 47 | 20097 Hamburg",
                   "Geschäftsführung: Dr. Ute Reimers, Jörg Paulsen | Registergericht Hamburg HRB 98112",
                   "[[www.hydrokontor.example.com|https://www.hydrokontor.example.com]]"]),
})

_altack_paras = [
    "¡Hola Declan!",
    "Hemos recibido tu postulación para Gerente de Proyecto - Línea 6 del Tren Ligero. Gracias por tu interés en Constructora Altiplano.",
    "Nuestro equipo revisará tu perfil con atención. Si tu experiencia coincide con lo que buscamos, te contactaremos para los siguientes pasos.",
    "Mientras tanto, puedes seguir el estatus de tu postulación desde tu cuenta.",
    "¡Mucho éxito!\nEquipo de Talento - Constructora Altiplano",
]
add({
    "key": "smartrecruiters_altiplano_recibida", "kind": "application_received", "lang": "es",
    "company": "Constructora Altiplano", "contact": "",
    "frm": ("Constructora Altiplano", "no-reply@smartrecruiters.com"),
    "subject": "Recibimos tu postulación - Gerente de Proyecto Línea 6",
    "date": "2026-04-27 03:11 +0000", "mid": "smartrecruiters.com",
    "html": ats_card(lang="es", title="Constructora Altiplano", logo_src="https://c.smartrecruiters.com/sr-company-logo-prod/altiplano.png",
                  logo_alt="Constructora Altiplano", accent="#a0522d", paras=_altack_paras,
                  button=("Ver mi postulación", trk("https://jobs.smartrecruiters.com/me/applications/", "alt-status")),
                  footer=["Constructora Altiplano, S.A. de C.V. · Av. Insurgentes Sur 1605, Ciudad de México",
                          "Enviado por SmartRecruiters · [[Darse de baja|" + trk("https://email.smartrecruiters.com/unsub/", "alt-unsub") + "]]"],
                  pixel=trk("https://email.smartrecruiters.com/o/", "alt-open-ack")),
})

add({
    "key": "metrosabana_hoja_de_vida", "kind": "application_received", "lang": "es",
    "company": "Empresa Metro Sabana", "contact": "",
    "frm": ("Empresa Metro Sabana", "notificaciones@metrosabana.example.co"),
    "subject": "Confirmación de recepción de hoja de vida - Convocatoria PE-2026-22",
    "date": "2026-04-21 19:40 -0500", "charset": "iso-8859-1", "cte": "8bit", "hdr_charset": "iso-8859-1",
    "text": """\
Señor(a) DECLAN OKONKWO-TREMBLAY:

Su hoja de vida fue recibida satisfactoriamente para la convocatoria PE-2026-22 - Profesional Especializado de Interventoría.

Número de radicado: 2026-EMS-004417
Fecha de recepción: 21/04/2026 19:40

Debido al alto volumen de aspirantes, no se dará respuesta individual a cada postulación. Únicamente se contactará a las personas preseleccionadas para continuar con las pruebas del proceso.

Este es un mensaje automático, por favor no responda a esta dirección.

Empresa Metro Sabana
Gerencia de Talento Humano
""",
})

_civiljobs_sent_paras = [
    "Hi Declan,",
    "Good news - your application is on its way!",
    "Project Manager - Stations & Systems Interfaces\nNorthline Transit Partners - Toronto, ON\nApplied April 6, 2026",
    "Northline Transit Partners now has your resume and cover letter. Employers usually review applications within 1-2 weeks. Any reply will come directly from the employer.",
    "Track this and your other applications in [[My Applications|" + trk("https://civiljobs.example.ca/r/", "cj-myapps") + "]].",
    "Good luck!\nThe CivilJobs.ca team",
]
add({
    "key": "civiljobs_sent_to_northline", "kind": "application_received", "lang": "en",
    "company": "Northline Transit Partners", "contact": "",
    "frm": ("CivilJobs.ca", "applications@civiljobs.example.ca"),
    "subject": "Your application was sent to Northline Transit Partners",
    "date": "2026-04-06 12:48 -0400",
    "headers": [("List-Unsubscribe", "<https://civiljobs.example.ca/email/unsubscribe?u=8812045&t=apply>")],
    "text": text_of(_civiljobs_sent_paras, "colon"),
    "html": ats_card(lang="en", title="Application sent", logo_src="https://civiljobs.example.ca/static/img/civiljobs-logo.png",
                  logo_alt="CivilJobs.ca", accent="#0a7d3e",
                  paras=_civiljobs_sent_paras,
                  footer=["You received this email because you applied for a job on CivilJobs.ca.",
                          "CivilJobs.ca, 77 Bloor St W, Toronto, ON · [[Email settings|" + trk("https://civiljobs.example.ca/r/", "cj-settings") + "]] · [[Unsubscribe|https://civiljobs.example.ca/email/unsubscribe?u=8812045&t=apply]]"],
                  pixel=trk("https://civiljobs.example.ca/o/", "cj-open")),
})

add({
    "key": "emploisgenie_transmise_tessier", "kind": "application_received", "lang": "fr",
    "company": "Tessier Lavoie Experts-conseils", "contact": "",
    "frm": ("EmploisGénie", "ne-pas-repondre@emploisgenie.example.ca"),
    "subject": "Votre candidature a été transmise à Tessier Lavoie Experts-conseils",
    "date": "2026-04-22 21:19 -0400",
    "headers": [("List-Unsubscribe", "<mailto:desabonnement@emploisgenie.example.ca?subject=desabonnement>, <https://www.emploisgenie.example.ca/desabonnement?c=55012>")],
    "html": ats_card(lang="fr", title="Candidature transmise", logo_src="https://www.emploisgenie.example.ca/img/logo-emploisgenie.png",
                  logo_alt="EmploisGénie - l'emploi en génie au Québec", accent="#ff7f11",
                  paras=["Bonjour Declan,",
                         "Votre candidature pour le poste de Chargé de projets, infrastructures urbaines a bien été transmise à Tessier Lavoie Experts-conseils le 22/04/2026.",
                         "L'employeur communiquera directement avec vous si votre profil est retenu. EmploisGénie n'intervient pas dans le processus de sélection.",
                         "Astuce : complétez votre profil à 100 % pour être trouvé plus facilement par les recruteurs."],
                  button=("Voir mes candidatures", trk("https://www.emploisgenie.example.ca/c/", "eg-cand")),
                  footer=["EmploisGénie inc. · 400, boul. de Maisonneuve Ouest, Montréal",
                          "[[Se désabonner|https://www.emploisgenie.example.ca/desabonnement?c=55012]] · [[Confidentialité|https://www.emploisgenie.example.ca/confidentialite]]"],
                  pixel=trk("https://www.emploisgenie.example.ca/o/", "eg-open")),
})

add({
    "key": "icims_ridgeback_received", "kind": "application_received", "lang": "en",
    "company": "Ridgeback Civil Constructors", "contact": "",
    "frm": ("Ridgeback Civil Constructors", "ridgeback-noreply@talent.icims.com"),
    "subject": "Ridgeback Civil Constructors: Application Received",
    "date": "2026-06-25 14:29 -0400", "mid": "talent.icims.com",
    "text": """\
Dear Declan,

Thank you for your interest in Ridgeback Civil Constructors Inc. This email confirms that we have received your application for:

  Project Manager, Heavy Civil (Req #2026-0388)
  Location: Toronto, ON

Our recruiting team will review your qualifications. If your background is a fit, we will reach out to you directly.

To review or update your profile, log in to our career portal:
https://careers-ridgebackcivil.icims.com/jobs/login

Sincerely,
Talent Acquisition
Ridgeback Civil Constructors Inc.

Please do not reply to this email. This mailbox is not monitored.
""",
})

add({
    "key": "lever_pipewise_thanks", "kind": "application_received", "lang": "en",
    "company": "Pipewise", "contact": "",
    "frm": ("Pipewise", "no-reply@hire.lever.co"),
    "subject": "Thanks for applying to Pipewise!",
    "date": "2026-08-12 02:21 +0000", "mid": "hire.lever.co",
    "text": """\
Hey Declan,

Thanks for applying for Head of Delivery at Pipewise - we're stoked you're interested!

We're a team of 23 people in Calgary building leak-detection hardware for water utilities, and every application gets read by a human (usually Jess, our CEO). It might take us a week or two to get back to you.

Talk soon,
The Pipewise team

--
Sent via Lever. Pipewise, 220 12 Ave SE, Calgary AB.
""",
})

_gt_ack = [
    "Hi Declan,",
    "Thanks for your application for Delivery Lead, Utility Networks at Gridtrace. We've got it!",
    "Here's what to expect: our team reviews every application within 10 business days. If we'd like to move forward, you'll get an email from us to schedule a first conversation.",
    "The Gridtrace team",
]
add({
    "key": "ashby_gridtrace_received", "kind": "application_received", "lang": "en",
    "company": "Gridtrace", "contact": "",
    "frm": ("Gridtrace", "no-reply@ashbyhq.com"),
    "subject": "Thanks for applying to Gridtrace",
    "date": "2026-04-14 15:47 +0000", "mid": "ashbyhq.com",
    "html": ats_card(lang="en", title="Gridtrace", logo_src="https://app.ashbyhq.com/api/images/org-theme-logo/gridtrace.png",
                  logo_alt="Gridtrace", accent="#111827", paras=_gt_ack,
                  footer=["Gridtrace Technologies, 1302 10 Ave SW, Calgary, AB", "Powered by Ashby"],
                  pixel=trk("https://ashbyhq.com/email/o/", "gt-open-ack")),
})

add({
    "key": "queensbridge_only_selected", "kind": "application_received", "lang": "en",
    "company": "Queensbridge University", "contact": "",
    "frm": ("Queensbridge University Human Resources", "hr-noreply@queensbridge.example.ca"),
    "subject": "Application acknowledgement - Posting 26-0215",
    "date": "2026-03-16 17:00 -0400",
    "text": """\
Dear Applicant,

Thank you for submitting your application for Posting 26-0215, Manager, Capital Projects (Facilities & Infrastructure).

This email acknowledges receipt of your application. All applications will be reviewed after the posting closes on March 20, 2026. Only candidates selected for an interview will be contacted.

Queensbridge University is committed to employment equity and welcomes applications from all qualified persons. Accommodation is available throughout the recruitment process; please contact Human Resources at 613-555-0124.

Human Resources
Queensbridge University

This mailbox is not monitored.
""",
})

add({
    "key": "keystone_resume_received", "kind": "application_received", "lang": "en",
    "company": "Keystone Technical Staffing", "contact": "brent.oduya@keystonestaffing.example.ca",
    "frm": ("Brent Oduya", "brent.oduya@keystonestaffing.example.ca"),
    "subject": "RE: Project Manager - Water (Hamilton)",
    "date": "2026-05-28 10:06 -0400",
    "thread": ["declan_cv_to_keystone"],
    "text": """\
Hi Declan,

Thanks for sending your resume over for the Project Manager - Water role in Hamilton. Got it!

I'll have a proper look today and give you a call tomorrow morning to go over a couple of things before I submit you to my client - mainly your availability and salary expectations. Nothing else needed from you for now.

Thanks,
Brent

Brent Oduya
Account Manager, Engineering & Construction
Keystone Technical Staffing Inc.
T: 905.555.0133 | M: 647.555.0178
""",
})

_mer_ack = [
    "Hi Declan,",
    "Thank you for applying for the Senior Consultant, Transit & Water Programs position at Meridian Water & Transit Advisors. We've received your application and will be reviewing it shortly.",
    "We're a 40-person advisory firm, so each application is read by our hiring team. We aim to respond to everyone within three weeks.",
    "Best regards,\nMeridian Water & Transit Advisors",
]
add({
    "key": "bamboohr_meridian_received", "kind": "application_received", "lang": "en",
    "company": "Meridian Water & Transit Advisors", "contact": "",
    "frm": ("Meridian Water & Transit Advisors", "notifications@app.bamboohr.com"),
    "subject": "Thanks for your application to Meridian Water & Transit Advisors",
    "date": "2026-01-27 20:05 +0000", "mid": "app.bamboohr.com",
    "html": ats_card(lang="en", title="Application received", logo_src="https://meridianwta.bamboohr.com/logos/meridian-wta.png",
                  logo_alt="Meridian Water & Transit Advisors", accent="#2a7f62", paras=_mer_ack,
                  footer=["Meridian Water & Transit Advisors Inc. · 1 Yonge Street, Suite 1801, Toronto, ON", "Sent via BambooHR. Please do not reply to this email."],
                  pixel=trk("https://app.bamboohr.com/e/o/", "mer-open-ack")),
})

_bpa_ack = [
    "Dear Declan Okonkwo-Tremblay,",
    "Thank you for your interest in Bellcastle Port Authority. This is to confirm that your application for the position of Manager, Terminal Infrastructure Projects (Requisition BPA-2026-061) has been received.",
    "Our Talent team will review all applications after the posting closes on May 22, 2026. Candidates selected to move forward will be contacted directly.",
    "Please note that positions at Bellcastle Port Authority require a valid Transport Canada Marine Transportation Security Clearance (MTSC), which we sponsor for successful candidates.",
    "People & Culture\nBellcastle Port Authority",
]
add({
    "key": "taleo_bellcastle_received", "kind": "application_received", "lang": "en",
    "company": "Bellcastle Port Authority", "contact": "",
    "frm": ("Bellcastle Port Authority Careers", "bellcastleport@taleo.net"),
    "subject": "Bellcastle Port Authority - Application Received - BPA-2026-061",
    "date": "2026-05-11 23:40 -0700",
    "text": text_of(_bpa_ack),
    "html": ats_card(lang="en", title="Application received", logo_src="https://bellcastleport.taleo.net/careersection/theme/bpa/logo.png",
                  logo_alt="Bellcastle Port Authority", accent="#003a5d", paras=_bpa_ack,
                  footer=["Bellcastle Port Authority, 1 Harbourfront Way, Vancouver, BC",
                          "This email was sent from an unattended mailbox."],
                  pixel="https://bellcastleport.taleo.net/careersection/ext/emailtrack.gif?m=991204&c=061"),
})

add({
    "key": "lni_accuse_reception", "kind": "application_received", "lang": "fr",
    "company": "Lignes Nouvelles Île-de-France", "contact": "",
    "frm": ("Lignes Nouvelles Île-de-France - Recrutement", "noreply@successfactors.eu"),
    "subject": "Accusé de réception de votre candidature - LN-2026-087",
    "date": "2026-03-16 09:02 +0100", "mid": "successfactors.eu",
    "html": ats_card(lang="fr", title="Accusé de réception", logo_src="https://career5.successfactors.eu/ui/lnidf/logo-lnidf.png",
                  logo_alt="Lignes Nouvelles Île-de-France", accent="#00827f",
                  paras=["Madame, Monsieur,",
                         "Nous accusons réception de votre candidature au poste de Responsable d'opérations Génie civil (réf. LN-2026-087) et vous remercions de l'intérêt que vous portez à notre établissement.",
                         "Votre dossier va être étudié avec attention par nos équipes. Nous ne manquerons pas de revenir vers vous dans les meilleurs délais.",
                         "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
                         "La Direction des ressources humaines\nLignes Nouvelles Île-de-France"],
                  footer=["Lignes Nouvelles Île-de-France - EPIC - 8 rue Jules-Rimet, 93200 Saint-Denis",
                          "Conformément au RGPD, vous disposez d'un droit d'accès et de rectification de vos données : [[dpo@lnidf.example.fr|mailto:dpo@lnidf.example.fr]].",
                          "Message automatique, merci de ne pas répondre."],
                  pixel=trk("https://career5.successfactors.eu/track/o/", "lni-open")),
})

_flv_ack = [
    "Salut Declan,",
    "Merci pour ta candidature au poste de Gestionnaire de projets terrain chez Fluvia! 🌊",
    "On a bien reçu ton CV. Notre petite équipe lit chaque candidature (oui, vraiment) et on te revient d'ici une dizaine de jours, peu importe la réponse.",
    "En attendant, tu peux découvrir nos capteurs de débit sur [[fluvia.example.ca|https://fluvia.example.ca]].",
    "À bientôt,\nL'équipe Fluvia",
]
add({
    "key": "teamtailor_fluvia_merci", "kind": "application_received", "lang": "fr",
    "company": "Fluvia", "contact": "",
    "frm": ("Fluvia", "no-reply@teamtailor-mail.com"),
    "subject": "Merci pour ta candidature!",
    "date": "2026-08-18 15:26 +0000", "mid": "teamtailor-mail.com",
    "text": text_of(_flv_ack),
    "html": ats_card(lang="fr", title="Fluvia", logo_src="https://assets.teamtailor-cdn.example.com/fluvia/logo.png",
                  logo_alt="Fluvia", accent="#0096c7", paras=_flv_ack,
                  footer=["Fluvia · 5445, avenue de Gaspé, Montréal", "Propulsé par Teamtailor"],
                  pixel=trk("https://t.teamtailor-mail.com/o/", "flv-open-ack")),
})

# === offer ====================================================================================

add({
    "key": "corbett_offer_letter_pdf", "kind": "offer", "lang": "en",
    "company": "Corbett Hale Engineering", "contact": "nferreira@corbetthale.example.ca",
    "frm": ("Nadia Ferreira", "nferreira@corbetthale.example.ca"),
    "cc": [("Renée Lachance", "rlachance@corbetthale.example.ca"), ("Brent Oduya", "brent.oduya@keystonestaffing.example.ca")],
    "subject": "Offer of Employment - Transit Project Manager",
    "date": "2026-07-22 14:10 -0400", "mid": "outlook", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """\
Dear Declan,

Following your interview with Renée and our subsequent conversations, I am delighted to offer you the position of Transit Project Manager in our Ottawa office.

Please find attached your formal offer letter, which sets out the terms we discussed, including:
  • Annual base salary of $138,000
  • Start date of September 8, 2026
  • Participation in the Corbett Hale annual incentive plan
  • Four weeks’ vacation and our group benefits plan from day one

To accept, please sign the letter and return it to me by Wednesday, July 29. Don’t hesitate to call me if anything is unclear.

Welcome to the team, we hope!

Nadia Ferreira, CHRP
Manager, Human Resources
Corbett Hale Engineering Ltd.
150 Elgin Street, 9th Floor, Ottawa, ON K2P 1L4
T 613-555-0131
""",
    "attachments": [{"filename": "Offer_Letter_Declan_Okonkwo-Tremblay.pdf", "title": "Corbett Hale Engineering Ltd. - Offer of Employment",
                      "lines": ["July 22, 2026", "Declan Okonkwo-Tremblay", "",
                             "Dear Declan,", "We are pleased to offer you the position of Transit Project Manager, reporting to",
                             "Renee Lachance, Director, Transit, in our Ottawa office.",
                             "Base salary: $138,000 per year. Start date: September 8, 2026.",
                             "This offer is open until July 29, 2026.", "",
                             "Accepted: ______________________   Date: ____________"]}],
})

add({
    "key": "pipewise_verbal_confirmed", "kind": "offer", "lang": "en",
    "company": "Pipewise", "contact": "jess@pipewise.example.com",
    "frm": ("Jess Okafor", "jess@pipewise.example.com"),
    "subject": "Confirming what we talked about",
    "date": "2026-08-27 17:44 -0600", "mid": "gmail",
    "text": """\
Declan,

Great talking earlier. As promised, putting it in writing: we'd love for you to join Pipewise as Head of Delivery, and this email confirms the verbal offer I made on the phone today.

- Base salary $145,000 CAD
- 0.4% equity (4-year vest, 1-year cliff), details in the option agreement
- Start date flexible, ideally October 13
- Hybrid, Calgary office 3 days a week, with a relocation allowance of $10k

Ravi is drafting the employment contract and you'll get it via our HR tool early next week. In the meantime, if any of the above doesn't match your understanding, tell me.

Really excited about this.

Jess Okafor
CEO & co-founder, Pipewise
""",
})

_bpa_offer = [
    "Dear Declan,",
    "On behalf of Bellcastle Port Authority, I am very pleased to offer you the position of Manager, Terminal Infrastructure Projects, reporting to Gurpreet Sahota, Director, Infrastructure Delivery.",
    "This offer is conditional upon:\n1. the successful completion of reference checks;\n2. your obtaining a Transport Canada Marine Transportation Security Clearance (MTSC), which we will sponsor; and\n3. verification of your professional registration with Engineers and Geoscientists BC.",
    "The attached letter sets out your salary, benefits and start date. Please review it, sign it and return it to me by July 3, 2026. Once the conditions are met, we will confirm your start date in writing.",
    "We are excited about the prospect of you joining us.",
    "Warm regards,\nSimone Achterberg\nTalent Partner, People & Culture\nBellcastle Port Authority",
]
add({
    "key": "bellcastle_conditional_offer", "kind": "offer", "lang": "en",
    "company": "Bellcastle Port Authority", "contact": "simone.achterberg@bellcastleport.example.ca",
    "frm": ("Simone Achterberg", "simone.achterberg@bellcastleport.example.ca"),
    "subject": "Conditional Offer of Employment - Manager, Terminal Infrastructure Projects",
    "date": "2026-06-24 16:03 -0700", "mid": "outlook",
    "text": text_of(_bpa_offer),
    "html": outlook_html(_bpa_offer, ["Bellcastle Port Authority | 1 Harbourfront Way, Vancouver, BC", "T 604.555.0139"]),
    "attachments": [{"filename": "BPA_Conditional_Offer_Okonkwo-Tremblay.pdf", "title": "Bellcastle Port Authority - Conditional Offer of Employment",
                      "lines": ["June 24, 2026", "Position: Manager, Terminal Infrastructure Projects",
                             "Salary: $151,300 per annum (Band 7, step 3)",
                             "Conditions: reference checks; Transport Canada MTSC; EGBC registration.",
                             "Please sign and return by July 3, 2026."]}],
})

add({
    "key": "kestrel_esign_agreement", "kind": "offer", "lang": "en",
    "company": "Kestrel Water Systems", "contact": "mbell@kestrelwater.example.com",
    "frm": ("Marcus Bell via Docusign", "dse_na4@docusign.example.net"),
    "reply_to": ("Marcus Bell", "mbell@kestrelwater.example.com"),
    "subject": "Please DocuSign: Kestrel - Employment Agreement - Declan Okonkwo-Tremblay.pdf",
    "date": "2026-09-15 19:22 +0000", "mid": "docusign.example.net",
    "html": ats_card(lang="en", title="Docusign", logo_src="https://docucdn-a.akamaihd.example.net/olive/images/2.62.0/global-assets/email-templates/email-logo.png",
                  logo_alt="Docusign", accent="#4c00ff",
                  paras=["Marcus Bell sent you a document to review and sign.",
                         "Declan - as discussed on Friday, here is your employment agreement for the Project Director, Water Treatment role in Calgary, reflecting the revised start date of November 2. Please review and sign at your convenience; reach out to me with any questions. Welcome aboard!\n\nMarcus Bell\nVP People, Kestrel Water Systems Inc.",
                         "Do Not Share This Email: this email contains a secure link to Docusign. Please do not share this email, link, or access code with others."],
                  button=("REVIEW DOCUMENT", trk("https://na4.docusign.example.net/Signing/EmailStart.aspx?a=", "kestrel-sign")),
                  footer=["About Docusign: sign documents electronically in just minutes. It's safe, secure, and legally binding.",
                          "This message was sent to you by Marcus Bell who is using the Docusign Electronic Signature Service. If you would rather not receive email from this sender you may contact the sender with your request."],
                  pixel=trk("https://na4.docusign.example.net/email/open/", "kestrel-px")),
})

add({
    "key": "pinnacle_fraserbasin_offer", "kind": "offer", "lang": "en",
    "company": "Fraser Basin Water Utility", "contact": "tasha.kim@pinnacle-eng.example.com",
    "frm": ("Tasha Kim", "tasha.kim@pinnacle-eng.example.com"),
    "subject": "THEY SAID YES!!!",
    "date": "2026-07-10 15:58 -0700", "mid": "gmail",
    "text": """\
Declan!!!

Fraser Basin Water Utility just called - they want to make you an OFFER for the Capital Projects Manager role!!! Congrats, you absolutely earned this one!!

Headline numbers (Harjit will send the formal letter Monday):
- $142,500 base
- 15% holdback/incentive target
- Start date to be agreed, they said "as early as September"
- Municipal pension plan + the usual benefits

They need a verbal yes or no by Wednesday. Call me when you can, I want to walk you through it before you talk to them. And if you want to push on the base we have a bit of room - I'll explain.

SO happy for you!!

Tasha

Tasha Kim | Senior Recruiter, Civil & Infrastructure | Pinnacle Engineering Recruiters
604-555-0142
""",
})

add({
    "key": "dufresne_offre_pdf", "kind": "offer", "lang": "fr",
    "company": "Dufresne-Gauthier Construction", "contact": "steve@dg-construction.example.ca",
    "frm": ("Steve Gauthier", "steve@dg-construction.example.ca"),
    "cc": [("Josée Dufresne", "josee@dg-construction.example.ca")],
    "subject": "Offre d'emploi - Chargé de projet",
    "date": "2026-07-20 16:35 -0400", "charset": "iso-8859-1", "cte": "quoted-printable", "hdr_charset": "iso-8859-1",
    "text": """\
Bonjour Declan,

Suite à notre rencontre du 6 juillet, c'est avec plaisir que je te fais parvenir notre offre d'emploi pour le poste de chargé de projet, infrastructures municipales. Tu trouveras la lettre officielle en pièce jointe.

En résumé : salaire annuel de 118 000 $, véhicule de fonction, REER collectif avec contribution de l'employeur de 5 %, et une entrée en poste le 24 août.

Si tout te convient, retourne-nous la lettre signée d'ici le 27 juillet. Josée est en copie si tu as des questions sur les avantages sociaux.

On a bien hâte de t'avoir dans l'équipe.

Steve Gauthier
Vice-président, construction
Dufresne-Gauthier Construction inc.
3055, chemin Gascon, Terrebonne (Québec) J6X 4H3
Cell. 450 555-0177
""",
    "attachments": [{"filename": "Offre_emploi_Okonkwo-Tremblay_signature.pdf", "title": "Dufresne-Gauthier Construction inc. - Offre d'emploi",
                      "lines": ["Terrebonne, le 20 juillet 2026", "Monsieur Declan Okonkwo-Tremblay", "",
                             "Objet : Offre d'emploi - Chargé de projet, infrastructures municipales",
                             "Salaire annuel : 118 000 $. Entrée en poste : 24 août 2026.",
                             "Signature de l'employé : ______________________"]}],
})

_carrel = [
    "Monsieur,",
    "Suite à nos entretiens des 1er et 8 septembre, j'ai le plaisir de vous confirmer notre souhait de vous accueillir au sein du Bureau d'études Carrel & Fils en qualité de Chef de projet VRD et réseaux humides, statut cadre, à compter du 2 novembre 2026.",
    "Vous trouverez ci-joint la promesse d'embauche précisant les conditions de votre engagement : rémunération annuelle brute de 62 000 euros sur 13 mois, forfait jours, lieu de travail à Paris 11e. Votre contrat de travail vous sera adressé dès réception de votre accord.",
    "Je vous remercie de me retourner la promesse datée et signée avant le 18 septembre.",
    "Dans l'attente de vous compter parmi nous, je vous prie d'agréer, Monsieur, l'expression de mes sentiments les meilleurs.",
    "Hélène Carrel\nDirectrice générale\nBureau d'études Carrel & Fils\n27, rue de la Folie-Méricourt - 75011 Paris\n01 43 55 02 64",
]
add({
    "key": "carrel_promesse_embauche", "kind": "offer", "lang": "fr",
    "company": "Bureau d'études Carrel & Fils", "contact": "helene.carrel@carrel-fils.example.fr",
    "frm": ("Hélène Carrel", "helene.carrel@carrel-fils.example.fr"),
    "subject": "Promesse d'embauche - Chef de projet VRD",
    "date": "2026-09-10 18:12 +0200",
    "text": text_of(_carrel),
    "html": simple_html(_carrel, font="Georgia", size="11pt",
                     signature=["Bureau d'études Carrel & Fils - SARL au capital de 80 000 € - RCS Paris 388 555 207"]),
    "attachments": [{"filename": "Promesse_embauche_D_Okonkwo-Tremblay.pdf", "title": "Bureau d'etudes Carrel & Fils - Promesse d'embauche",
                      "lines": ["Paris, le 10 septembre 2026", "Monsieur Declan Okonkwo-Tremblay",
                             "Poste : Chef de projet VRD et reseaux humides - statut cadre",
                             "Date d'entree : 2 novembre 2026", "Remuneration : 62 000 euros bruts annuels sur 13 mois",
                             "Bon pour accord, date et signature :"]}],
})

add({
    "key": "aitcq_offre_conditionnelle", "kind": "offer", "lang": "fr",
    "company": "Agence des infrastructures de transport collectif du Québec", "contact": "melanie.cormier@aitcq.gouv.example.ca",
    "frm": ("Mélanie Cormier", "melanie.cormier@aitcq.gouv.example.ca"),
    "subject": "Offre d'emploi conditionnelle - Directeur(trice) de projets, tramways",
    "date": "2026-10-02 10:27 -0400", "mid": "outlook",
    "html": outlook_html(
        ["Bonjour Monsieur Okonkwo-Tremblay,",
         "À la suite du processus de sélection auquel vous avez participé, j'ai le plaisir de vous offrir le poste de directeur de projets, tramways, à la Direction de la réalisation des projets de l'Agence des infrastructures de transport collectif du Québec, à Québec.",
         "Cette offre est conditionnelle à la vérification de vos antécédents judiciaires, à la validation de votre diplôme et de votre appartenance à l'Ordre des ingénieurs du Québec, ainsi qu'à l'obtention d'une cote de sécurité de niveau « fiabilité ».",
         "Votre traitement annuel serait établi à 131 480 $ (classe 3, échelon 9). L'entrée en fonction est prévue le 30 novembre 2026, sous réserve des vérifications ci-dessus.",
         "Je vous saurais gré de me confirmer votre acceptation par écrit d'ici le 9 octobre. Je vous transmettrai ensuite les formulaires de consentement nécessaires aux vérifications.",
         "Veuillez agréer, Monsieur, mes salutations distinguées."],
        ["Mélanie Cormier, CRHA", "Conseillère en dotation - Direction des ressources humaines",
         "Agence des infrastructures de transport collectif du Québec",
         "500, boulevard René-Lévesque Ouest, bureau 12.100, Québec (Québec)", "418 555-0185, poste 4471"],
        lang="FR-CA"),
})

add({
    "key": "cordillera_carta_oferta", "kind": "offer", "lang": "es",
    "company": "Ingeniería Cordillera", "contact": "amejia@ingcordillera.example.co",
    "frm": ("Andrés Felipe Mejía", "amejia@ingcordillera.example.co"),
    "subject": "Carta oferta - Director de Proyectos Acueducto",
    "date": "2026-08-20 11:30 -0500", "charset": "iso-8859-1", "cte": "quoted-printable", "hdr_charset": "iso-8859-1",
    "text": """\
Apreciado Ingeniero Declan:

Reciba un cordial saludo. Nos complace comunicarle que ha sido seleccionado para el cargo de Director de Proyectos - Acueducto en Ingeniería Cordillera. Adjunto encontrará la carta oferta con las condiciones laborales: salario integral mensual, tipo de contrato a término indefinido y fecha tentativa de ingreso el 1 de octubre de 2026.

Le agradecemos revisar el documento y enviarnos la carta firmada a más tardar el 27 de agosto. Una vez recibida, iniciaremos el trámite de su visa de trabajo con nuestra área jurídica.

Quedo atento a cualquier inquietud.

Atentamente,

Andrés Felipe Mejía Ospina
Gerente de Gestión Humana
Ingeniería Cordillera S.A.S.
Calle 93 No. 13-24, piso 6, Bogotá
PBX (601) 555 0166 Ext. 112
""",
    "attachments": [{"filename": "Carta_oferta_Declan_Okonkwo-Tremblay.pdf", "title": "Ingenieria Cordillera S.A.S. - Carta oferta",
                      "lines": ["Bogota D.C., 20 de agosto de 2026", "Senor Declan Okonkwo-Tremblay",
                             "Cargo: Director de Proyectos - Acueducto", "Contrato: termino indefinido",
                             "Fecha de ingreso: 1 de octubre de 2026", "Firma de aceptacion: ____________"]}],
})

add({
    "key": "brueckner_vertragsangebot", "kind": "offer", "lang": "de",
    "company": "Brückner Tunnelbau", "contact": "jana.albrecht@brueckner-tunnelbau.example.com",
    "frm": ("Jana Albrecht", "jana.albrecht@brueckner-tunnelbau.example.com"),
    "subject": "Vertragsangebot - Projektleiter Tunnelbau Montréal",
    "date": "2026-05-20 15:02 +0200",
    "text": """\
Sehr geehrter Herr Okonkwo-Tremblay,

wir freuen uns sehr, Ihnen nach den Gesprächen mit Herrn Brückner die Position als Projektleiter Tunnelbau für unsere Baustelle in Montréal anbieten zu können.

Anbei erhalten Sie unseren Arbeitsvertrag nach kanadischem Recht (Employment Agreement mit unserer Tochtergesellschaft Brückner Tunnelling Canada) sowie eine deutsche Zusammenfassung der wichtigsten Konditionen. Das Jahresgehalt beträgt 152.000 CAD zzgl. Baustellenzulage; als Eintrittsdatum schlagen wir den 1. Juli 2026 vor.

Bitte senden Sie uns den unterschriebenen Vertrag bis zum 3. Juni 2026 zurück. Für Rückfragen stehen Herr Brückner und ich Ihnen jederzeit gern zur Verfügung.

Mit freundlichen Grüßen

Jana Albrecht
Personalreferentin
Brückner Tunnelbau GmbH
Industriestraße 14 · 86551 Aichach
Tel. +49 8251 555 0134

Geschäftsführer: Klaus Brückner, Dipl.-Kfm. Peter Brückner · Amtsgericht Augsburg HRB 8812
""",
    "attachments": [{"filename": "Arbeitsvertrag_Okonkwo-Tremblay_Montreal.pdf", "title": "Brueckner Tunnelling Canada - Employment Agreement",
                      "lines": ["Employee: Declan Okonkwo-Tremblay", "Position: Project Manager, Tunnelling (Montreal site)",
                             "Annual salary: CAD 152,000 plus site allowance", "Start date: July 1, 2026",
                             "Signature: ______________________"]}],
})

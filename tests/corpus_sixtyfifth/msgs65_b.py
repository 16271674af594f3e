"""65th corpus, part B: reschedules and cancellations, missed interviews, acknowledgements,
offers, and two more invitations (data only)."""

from __future__ import annotations

from msgs65_util import M, de_quote, es_quote, fr_quote, gmail, ics_event, outlook

I = "interview_invitation"  # noqa: E741
C = "interview_reschedule_or_cancel"
X = "missed_interview_notice"
A = "application_received"
O = "offer"  # noqa: E741

SPECS = [
    # ---------------------------------------------------------------- two more invitations
    M(I, "teamtailor_video_interview", "en", "Harbour Lane Group", "",
      "Harbour Lane Group <no-reply@teamtailor.example.com>", "Harbour Lane Group - video interview",
      """Hi Priya,

Thanks for applying for L&D Business Partner at Harbour Lane Group. We'd like to invite you to record a short one-way video interview (4 questions, around 15 minutes in total) - it's the first step in our process.

Start your video interview here (link valid for 5 days): https://harbourlane.teamtailor.example.com/video/9fa2

Best wishes,
Harbour Lane Group People Team""",
      fmt="alt"),
    M(I, "irish_panel_invite", "en", "Corrib Credit Union", "siobhan.walsh@corribcu.example.ie",
      "Siobhán Walsh <siobhan.walsh@corribcu.example.ie>", "Interview - HR Officer",
      """Hi Priya,

Thanks a million for your application. We'd like to bring you in for interview for the HR Officer role - it'll be a panel of three (myself, our CEO and a board member) on Friday the 24th of April at 11am in our Cork office. Should take about an hour.

Could you confirm you're able to make it? Any bother with the date just let me know.

Kind regards,
Siobhán

Siobhán Walsh
Operations Manager
Corrib Credit Union Ltd
021 496 0044"""),
    # ---------------------------------------------------------------- reschedule / cancel
    M(C, "hm_needs_to_move", "en", "Lowry Wealth", "priya.s@lowrywealth.example.co.uk",
      "Priya Shah <priya.s@lowrywealth.example.co.uk>", "Re: Interview Thursday",
      """Hi Priya (great name!),

Really sorry but something's come up with a client and I need to move our interview on Thursday. Could we do Monday at 10 instead, same Teams link? Or Tuesday afternoon.

Apologies again,
Priya

Priya Shah | Head of HR | Lowry Wealth"""
      + gmail("Mon, 2 Mar 2026 at 09:30", "Priya Shah <priya.s@lowrywealth.example.co.uk>",
              "Hi Priya,\n\nConfirming Thursday 5 March at 2pm on Teams.\n\nPriya")),
    M(C, "ics_cancel_panel", "en", "Mersey Ports Group", "j.kearney@merseyports.example.co.uk",
      "Joanne Kearney <j.kearney@merseyports.example.co.uk>", "Cancelled: HRBP panel interview - P. Okonkwo-Hale",
      """Hi Priya,

I'm afraid I've had to cancel tomorrow's panel as two of the panel members are off sick. I'll be in touch first thing next week with new dates - so sorry for the late notice.

Joanne

Joanne Kearney
Recruitment Lead, Mersey Ports Group""",
      date="2026-04-21T16:55:00+01:00", fmt="ics",
      ics=ics_event("mpg-hrbp-panel-4411@merseyports.example.co.uk", "20260422T090000Z", "20260422T103000Z",
                    "HRBP panel interview - P. Okonkwo-Hale", "j.kearney@merseyports.example.co.uk",
                    "Mersey Ports Group, Liverpool", method="CANCEL", status="CANCELLED", sequence=1)),
    M(C, "agency_postpone", "en", "Redwell", "gary@pinnacle-people.example.co.uk",
      "Gary Holmes <gary@pinnacle-people.example.co.uk>", "Redwell - change of plan",
      """Morning Priya,

Bit of a curveball - Redwell have had to postpone Wednesday's interview as the MD is stuck in Germany. They're still really keen! They've suggested Friday 10am or Monday 2pm instead, same place (Sheffield). Which works best?

Cheers
Gary

Gary Holmes
Pinnacle People
0114 496 0555"""),
    M(C, "workday_reschedule_notice", "en", "Sterling & Hythe Insurance", "",
      "Sterling & Hythe Insurance <sterlinghythe@myworkday.example.com>",
      "Interview time change - People Analytics Manager",
      """Dear Priya,

Your interview for People Analytics Manager has been rescheduled.

Previous time: Tuesday, 9 June 2026 10:00 BST
New time: Wednesday, 10 June 2026 15:30 BST
Location: Microsoft Teams (link unchanged)

If the new time does not suit, please contact your recruiter via the candidate home page.

Sterling & Hythe Talent Acquisition""",
      fmt="html"),
    M(C, "cancel_role_withdrawn_before_interview", "en", "Beacon Trust Schools", "hr@beacontrust.example.org",
      "HR Team <hr@beacontrust.example.org>", "Interview on 14 May - cancelled",
      """Dear Priya,

I am writing to let you know that we need to cancel your interview on 14 May for the HR Advisor post. Due to a change in the Trust's timetable the interviews are being moved to June; I will send you a new date shortly.

Please accept our apologies for any inconvenience.

Yours sincerely,
Helen Marsh
HR Manager, Beacon Trust Schools"""),
    M(C, "outlook_move_sent_from_mobile", "en", "Kestrel Legal", "ben.ford@kestrellegal.example.co.uk",
      "Ben Ford <ben.ford@kestrellegal.example.co.uk>", "RE: Second interview",
      """Priya - can we push to 4pm instead of 2? Court ran over. Same room. Sorry. Ben

Sent from Outlook for iOS"""
      + outlook("Ben Ford <ben.ford@kestrellegal.example.co.uk>", "Monday, April 13, 2026 8:02 AM",
                "Priya Okonkwo-Hale <priya.oh@example.co.uk>", "Second interview",
                "Hi Priya,\n\nLooking forward to seeing you Wednesday at 2pm at our Spinningfields office.\n\nBen\n\nBen Ford | Partner | Kestrel Legal")),
    M(C, "ics_update_time", "en", "Pellow Group", "",
      "Pellow Group Calendar <calendar-noreply@pellowgroup.example.com>",
      "Updated invitation: Interview - Talent Partner @ Wed 17 Jun 2026 14:00 - 15:00 (BST)",
      """This event has been changed.

Interview - Talent Partner
When: Wed 17 Jun 2026 14:00 - 15:00 (BST) (changed)
Organizer: nikhil.rao@pellowgroup.example.com
Guests: priya.oh@example.co.uk

Reply for priya.oh@example.co.uk: Yes / No / Maybe""",
      reply_to="Nikhil Rao <nikhil.rao@pellowgroup.example.com>",
      date="2026-06-10T11:20:00+01:00", fmt="ics",
      ics=ics_event("pellow-tp-int-88@pellowgroup.example.com", "20260617T130000Z", "20260617T140000Z",
                    "Interview - Talent Partner", "nikhil.rao@pellowgroup.example.com", sequence=2)),
    M(C, "nigerian_reschedule", "en", "Okafor & Daniels", "recruitment@okafordaniels.example.com",
      "Recruitment - Okafor & Daniels <recruitment@okafordaniels.example.com>",
      "RE: Interview Schedule - People Operations Manager",
      """Dear Priya,

Please be informed that the interview earlier scheduled for Monday 20th July has been rescheduled to Thursday 23rd July 2026 at 2pm (UK time) due to an unforeseen engagement of the panel.

The Zoom link remains the same. Kindly acknowledge receipt of this mail.

Thank you.

Chiamaka Eze
for: Okafor & Daniels"""),
    M(C, "fr_report_entretien", "fr", "Groupe Tessier", "ines.barbier@groupe-tessier.example.fr",
      "Inès Barbier <ines.barbier@groupe-tessier.example.fr>", "Report de notre entretien",
      """Bonjour Priya,

Je suis désolée, je dois décaler notre entretien prévu demain 10h : notre DRH a un imprévu. Pourriez-vous jeudi à la même heure, ou vendredi 14h ?

Merci de votre compréhension,
Inès Barbier
Chargée de recrutement - Groupe Tessier""",
      fmt="qp"),
    M(C, "fr_annulation", "fr", "Librairies Colbert", "rh@librairiescolbert.example.fr",
      "Service RH <rh@librairiescolbert.example.fr>", "Annulation entretien du 2 juillet",
      """Madame,

En raison d'un déplacement imprévu de notre Directrice des Ressources Humaines, nous sommes contraints d'annuler l'entretien prévu le 2 juillet pour le poste de Responsable Paie et SIRH. Nous reviendrons vers vous dans les prochains jours afin de convenir d'une nouvelle date.

Avec nos excuses,
Le service des Ressources Humaines
Librairies Colbert"""),
    M(C, "de_terminverschiebung", "de", "Elbtal Versicherung", "s.koenig@elbtal-vers.example.de",
      "Sabine König <s.koenig@elbtal-vers.example.de>", "AW: Ihr Vorstellungsgespräch am 8. Juli",
      """Liebe Frau Okonkwo-Hale,

leider muss ich unseren Termin am 8. Juli verschieben, da unser Bereichsleiter kurzfristig verhindert ist. Wäre Ihnen der 10. Juli um 11:00 Uhr recht? Der Teams-Link bleibt gleich.

Entschuldigen Sie bitte die Umstände.

Viele Grüße
Sabine König
Personalreferentin, Elbtal Versicherung AG"""
      + de_quote("Mo., 29. Juni 2026 um 10:12", "Sabine König <s.koenig@elbtal-vers.example.de>",
                 "Liebe Frau Okonkwo-Hale,\n\nhiermit bestätige ich Ihr Gespräch am 8. Juli um 14 Uhr.\n\nViele Grüße\nSabine König")),
    M(C, "de_absage_termin", "de", "Quadrat Architekten", "office@quadrat-architekten.example.de",
      "Quadrat Architekten <office@quadrat-architekten.example.de>", "Termin morgen",
      """Hallo Priya,

ich muss unser Gespräch morgen leider absagen - bei uns ist gerade Land unter wegen eines Wettbewerbs. Ich melde mich nächste Woche mit einem neuen Termin.

Gruß
Felix Adler
Quadrat Architekten"""),
    M(C, "es_cambio_hora", "es", "Aceites Olivar del Sur", "c.navarro@olivardelsur.example.es",
      "Carmen Navarro <c.navarro@olivardelsur.example.es>", "Cambio de hora entrevista",
      """Hola Priya,

Te escribo porque tenemos que cambiar la hora de la entrevista del miércoles: en lugar de a las 10:00 sería a las 12:30 (hora de Madrid). El enlace de Teams es el mismo.

Perdona las molestias, ¿te encaja?

Carmen Navarro
Recursos Humanos
Aceites Olivar del Sur""",
      fmt="latin1"),
    M(C, "es_aplazada", "es", "Sonríe", "direccion@sonrie.example.es",
      "Dirección Sonríe <direccion@sonrie.example.es>", "RE: Entrevista viernes",
      """Buenas Priya,

Al final tenemos que aplazar la entrevista del viernes, la directora está de baja esta semana. Te escribo en cuanto tengamos nueva fecha.

Gracias y perdona.

Enviado desde mi Android"""
      + es_quote("lun, 7 sept 2026, 11:20", "Priya Okonkwo-Hale <priya.oh@example.co.uk>",
                 "Hola,\n\nConfirmo la entrevista del viernes a las 10.\n\nUn saludo,\nPriya")),
    M(C, "fr_nouvel_horaire_ats", "fr", "Transports Ribière", "",
      "Transports Ribière - Recrutement <notifications@flatchr.example.fr>",
      "Modification de votre entretien",
      """Bonjour Priya,

Votre entretien pour le poste de HR Business Partner a été déplacé.

Ancienne date : mercredi 10 juin 2026 à 14h00
Nouvelle date : vendredi 12 juin 2026 à 9h30
Lieu : visioconférence (le lien vous sera renvoyé la veille)

Pour toute question, contactez Mme Bertrand : n.bertrand@transports-ribiere.example.fr

Transports Ribière""",
      fmt="html"),
    # ---------------------------------------------------------------- missed interview
    M(X, "tried_calling", "en", "Cheshire Mutual", "r.patel@cheshiremutual.example.co.uk",
      "Rachel Patel <r.patel@cheshiremutual.example.co.uk>", "Missed call - telephone interview",
      """Hi Priya,

I tried calling you at 11am as scheduled for your telephone interview for the HR Systems Analyst role but it went to voicemail. I hope everything is OK.

If you're still interested please let me know and we can look at rearranging.

Thanks,
Rachel Patel
Resourcing Partner, Cheshire Mutual"""),
    M(X, "teams_no_show", "en", "Fortis Digital", "amy.lee@fortisdigital.example.com",
      "Amy Lee <amy.lee@fortisdigital.example.com>", "Today's interview",
      """Hi Priya,

We were expecting you on the Teams call at 2pm today for the Talent Partner interview but you did not join the Teams meeting. We waited around 15 minutes.

Could you let me know what happened? If it was a tech issue we may be able to find another slot.

Best,
Amy""",
      fmt="alt"),
    M(X, "agency_where_were_you", "en", "Ridgeway", "craig@keystoneresourcing.example.co.uk",
      "Craig Nolan <craig@keystoneresourcing.example.co.uk>", "???",
      """Priya

Ridgeway have just called me - you didn't show for the 10am at their Leeds site?? Is everything ok? Please call me ASAP, I need to get back to them today

Craig
07700 900 904"""),
    M(X, "no_show_formal_nhs", "en", "Bolton NHS Foundation Trust", "recruitment@boltonft.example.nhs.uk",
      "Recruitment Team <recruitment@boltonft.example.nhs.uk>", "Non-attendance at interview - ref 301-HR-5512",
      """Dear Priya

We note that you did not attend your interview for the post of Senior HR Advisor (301-HR-5512) on 15 September 2026 at 10:30.

If there were exceptional circumstances that prevented you from attending please contact us within 5 working days, otherwise we will assume you have withdrawn from the process.

Regards
Recruitment Team
Bolton NHS Foundation Trust"""),
    M(X, "zoom_waiting", "en", "Thornbury Partners", "lucy.h@thornburypartners.example.co.uk",
      "Lucy Hargreaves <lucy.h@thornburypartners.example.co.uk>", "Re: Zoom - 3pm",
      """Hi Priya, I'm in the Zoom room but don't see you - are you still able to make it? I'll hang on for 10 mins. Lucy"""
      + gmail("Tue, 28 Jul 2026 at 16:45", "Lucy Hargreaves <lucy.h@thornburypartners.example.co.uk>",
              "Hi Priya,\n\nHere's the Zoom link for tomorrow 3pm: https://zoom.example.us/j/8812\n\nLucy")),
    M(X, "fr_absence_entretien", "fr", "Cabinet Marceau Avocats", "l.giraud@marceau-avocats.example.fr",
      "Lucie Giraud <l.giraud@marceau-avocats.example.fr>", "Entretien de ce matin",
      """Bonjour Priya,

Nous vous attendions ce matin à 9h30 pour votre entretien au cabinet, mais nous ne vous avons pas vue et n'avons pas réussi à vous joindre par téléphone.

Pouvez-vous nous dire si vous souhaitez toujours poursuivre le processus ?

Cordialement,
Lucie Giraud
Office Manager - Cabinet Marceau Avocats"""),
    M(X, "fr_visio_manquee", "fr", "Nuage Rouge", "thomas@nuagerouge.example.fr",
      "Thomas Petit <thomas@nuagerouge.example.fr>", "On s'est manqués ?",
      """Hello Priya,

Je t'ai attendue sur Google Meet à 11h mais tu ne t'es pas connectée. Tout va bien ? Dis-moi si tu veux qu'on reprogramme.

Thomas - Nuage Rouge"""),
    M(X, "de_nicht_erschienen", "de", "Weserland Klinikum", "bewerbung@weserland-klinikum.example.de",
      "Bewerbermanagement <bewerbung@weserland-klinikum.example.de>", "Ihr Vorstellungstermin am 21.09.",
      """Sehr geehrte Frau Okonkwo-Hale,

leider sind Sie zu dem vereinbarten Vorstellungsgespräch am 21.09.2026 um 13:00 Uhr nicht erschienen, und wir konnten Sie telefonisch nicht erreichen.

Bitte teilen Sie uns mit, ob Sie weiterhin Interesse an der Stelle haben.

Mit freundlichen Grüßen
Bewerbermanagement
Weserland Klinikum gGmbH""",
      fmt="latin1"),
    M(X, "es_no_te_conectaste", "es", "Ruta Verde Logística", "andrea.gil@rutaverde.example.es",
      "Andrea Gil <andrea.gil@rutaverde.example.es>", "Entrevista de hoy",
      """Hola Priya,

Te hemos estado esperando en la videollamada de las 16:00 pero no te has conectado. Intenté llamarte también. ¿Ha pasado algo? Si sigues interesada, podemos buscar otro hueco.

Un saludo,
Andrea Gil
Selección - Ruta Verde Logística"""),
    M(X, "rpo_missed_screen", "en", "Pinegrove Retail", "hannah.b@talentbridge-rpo.example.com",
      "Hannah Brooks <hannah.b@talentbridge-rpo.example.com>", "Sorry we missed you",
      """Hi Priya,

Sorry we missed you for your phone screen this morning - I called at 9:30 as planned but couldn't get through. These things happen! Here's my calendar if you'd like to rebook: https://calendly.example.com/hannah-brooks

Best,
Hannah
Hiring on behalf of Pinegrove Retail"""),
    # ---------------------------------------------------------------- application received
    M(A, "workday_ack", "en", "Meridian Utilities", "",
      "Meridian Utilities <meridian@myworkday.example.com>", "Thank you for applying",
      """Dear Priya,

Thank you for applying to the HR Business Partner - Operations position (R-20261) at Meridian Utilities. We have received your application and our Talent Acquisition team will review it shortly.

You can track the status of your application at any time by signing into your candidate home account.

Due to the high volume of applications we receive, we are unable to respond to every applicant individually. If your application is shortlisted, a member of the team will contact you.

Meridian Utilities Talent Acquisition""",
      fmt="alt"),
    M(A, "nhs_ack", "en", "Manchester University NHS Foundation Trust", "",
      "NHS Jobs <noreply@jobs.nhs.example.uk>", "Application received - People Analyst - Band 6",
      """Dear Priya Okonkwo-Hale

Thank you for your application for People Analyst, reference 358-PA-2231, at Manchester University NHS Foundation Trust.

Your application has been submitted. Shortlisting will take place after the closing date. Unfortunately we are unable to provide individual feedback at this stage.

Please check your NHS Jobs account regularly.

NHS Jobs"""),
    M(A, "greenhouse_ack", "en", "Kindling", "",
      "Kindling <no-reply@greenhouse.example.io>", "Thanks for applying to Kindling!",
      """Hi Priya,

Thanks for applying to Kindling! We've received your application for Talent Acquisition Partner (UK) and our team will be reviewing it over the coming days.

If there's a match we'll be in touch to chat about next steps. In the meantime, check out our blog for a peek behind the scenes.

Cheers,
The Kindling Team""",
      fmt="html"),
    M(A, "lever_ack", "en", "Orbit Health", "",
      "Orbit Health <no-reply@hire.lever.example.co>", "Your application to Orbit Health",
      """Priya,

Thank you for your interest in Orbit Health! This is a quick note to let you know we've received your application for People Operations Manager.

We review every application carefully. If your background is a fit, someone from our team will reach out.

- Orbit Health Talent"""),
    M(A, "successfactors_ack", "en", "Aldermoor Group", "",
      "Aldermoor Careers <careers-noreply@successfactors.example.eu>",
      "Aldermoor Group - Application Confirmation - Req ID 55120",
      """Dear Priya Okonkwo-Hale,

 We confirm receipt of your application for the position : HR Systems Lead (SuccessFactors) , Req ID : 55120 .

  Our recruitment team will assess your application against the requirements of the role .  Please note we are unable to provide individual feedback to applicants who are not shortlisted.

Regards ,
Aldermoor Group Talent Acquisition

*** This is a system-generated message. Please do not reply. ***""",
      fmt="latin1"),
    M(A, "taleo_ack", "en", "Harcourt Steel", "",
      "Harcourt Steel Careers <harcourtsteel@taleo.example.net>", "Job Application Acknowledgement",
      """Dear Priya,

Thank you for your interest in Harcourt Steel. This message is to confirm that we have received your application for the following job:

Job Title: Talent Acquisition Specialist
Job Number: 2600417

A member of our recruitment team will review your qualifications. Should your profile match our requirements, we will contact you to discuss next steps.

Sincerely,
Harcourt Steel Human Resources""",
      fmt="html"),
    M(A, "charity_ack_human", "en", "Northern Lights Hospice", "jobs@northernlightshospice.example.org.uk",
      "Jobs at Northern Lights Hospice <jobs@northernlightshospice.example.org.uk>", "Re: Application - People Manager",
      """Dear Priya,

Many thanks for your application for the People Manager post, which I can confirm we have received. The closing date is 30 April and shortlisting will be held the week after; we will let all applicants know the outcome either way.

With best wishes,
Carol Benson
HR Administrator
Northern Lights Hospice - Registered charity no. 1000001""",
      reply=True),
    M(A, "icims_ack", "en", "Ravensworth Insurance", "",
      "Ravensworth Insurance <ravensworth@talent.icims.example.com>", "Ravensworth Insurance: Application Received",
      """Hello Priya,

Thank you for your interest in the Recruitment Business Partner position. Your application has been received.

Our Talent team reviews each application. Unfortunately we cannot reply to every applicant individually, but if your experience matches our needs we'll be in touch within 2-3 weeks.

Thank you,
Ravensworth Insurance Talent Acquisition""",
      fmt="alt_b64"),
    M(A, "eploy_ack_council", "en", "Sheffield City Council", "",
      "Sheffield City Council <noreply@eploy.example.co.uk>", "We have received your application",
      """Dear Priya

Thank you for applying for Workforce Development Officer (SCC-02991). Your application was received on 03/08/2026.

If you have not heard from us within four weeks of the closing date, please assume that you have not been successful on this occasion.

Sheffield City Council - Recruitment""",
      fmt="cp1252"),
    M(A, "ack_football_club", "en", "Salford Lions FC", "",
      "Salford Lions FC <careers@salfordlions.example.com>", "Application: HR Advisor (Academy)",
      """Hi Priya,

Thanks for applying for HR Advisor (Academy) at Salford Lions Football Club.

We've got your application. Please be aware that all roles working with the Academy require an enhanced DBS check and two references, which we'll ask for later in the process if you're successful.

Salford Lions FC People Team
This mailbox is not monitored."""),
    M(A, "ashby_ack_remote", "en", "Tessellate", "dev@tessellate.example.com",
      "Tessellate Hiring <no-reply@ashbyhq.example.com>", "We got your application",
      """Hi Priya,

Thanks for applying to the Head of People Systems role at Tessellate - we really appreciate it.

We're a small team and we read every application ourselves, so it can take us up to two weeks to respond. Hang tight!

Tessellate""",
      reply_to="Dev Malhotra <dev@tessellate.example.com>"),
    M(A, "fr_accuse_reception", "fr", "Groupe Ardent", "",
      "Groupe Ardent Recrutement <noreply@recrutement.groupe-ardent.example.fr>",
      "Accusé de réception de votre candidature",
      """Madame,

Nous accusons bonne réception de votre candidature au poste de Chargée de recrutement (H/F) et vous en remercions.

Votre dossier va être étudié avec attention. En raison du nombre important de candidatures reçues, nous ne serons pas en mesure de répondre individuellement à chacune d'entre elles. Sans réponse de notre part sous 4 semaines, vous pourrez considérer que votre candidature n'a pas été retenue.

Le service Recrutement
Groupe Ardent""",
      fmt="alt"),
    M(A, "fr_startup_ack", "fr", "Mistral Paie", "",
      "Mistral Paie <jobs@mistralpaie.example.fr>", "Candidature bien reçue 🙌",
      """Hello Priya,

Ta candidature pour le poste de People Ops Manager est bien arrivée chez nous. On revient vers toi très vite !

La team Mistral Paie"""),
    M(A, "fr_taleo_ack", "fr", "Assurances Castel", "",
      "Assurances Castel <castel@taleo.example.net>", "Confirmation de candidature - Gestionnaire RH",
      """Bonjour Priya,

Nous vous confirmons la bonne réception de votre candidature pour le poste de Gestionnaire RH (réf. 26-0488).

Nous ne manquerons pas de revenir vers vous si votre profil correspond à nos attentes. Malheureusement, nous ne sommes pas en mesure de fournir un retour individuel à ce stade.

Assurances Castel - Direction des Talents""",
      fmt="latin1"),
    M(A, "de_eingangsbestaetigung", "de", "Vollmer Pharma", "",
      "Vollmer Pharma Karriere <no-reply@vollmer-pharma.example.de>", "Eingangsbestätigung Ihrer Bewerbung",
      """Sehr geehrte Frau Okonkwo-Hale,

vielen Dank für Ihre Bewerbung als HR Business Partner (m/w/d) am Standort Berlin. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns so schnell wie möglich bei Ihnen. Bitte haben Sie Verständnis, dass dies aufgrund der Vielzahl an Bewerbungen einige Wochen dauern kann.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Vollmer Pharma SE""",
      fmt="qp"),
    M(A, "de_personio_ack", "de", "Lindgrün", "",
      "Lindgrün <noreply@personio.example.de>", "Deine Bewerbung bei Lindgrün",
      """Hallo Priya,

danke für deine Bewerbung als People & Culture Manager! Wir haben deine Unterlagen erhalten und schauen sie uns in Ruhe an. Du hörst spätestens in zwei Wochen von uns.

Viele Grüße
Dein Lindgrün-Team"""),
    M(A, "es_acuse_recibo", "es", "Grupo Farmacéutico Levante", "",
      "Empleo Grupo Farmacéutico Levante <empleo-noreply@gfl.example.es>", "Hemos recibido tu candidatura",
      """Hola Priya,

Gracias por inscribirte en la oferta de Técnico/a de Selección. Hemos recibido tu candidatura correctamente.

Debido al elevado volumen de candidaturas, no podremos responder a todas las personas de forma individual. Si tu perfil encaja, nos pondremos en contacto contigo.

Equipo de Talento
Grupo Farmacéutico Levante""",
      fmt="alt"),
    M(A, "es_smartrec_ack", "es", "Cervecera del Norte", "",
      "Cervecera del Norte <jobs@smartrecruiters.example.com>", "Gracias por tu interés en Cervecera del Norte",
      """Hola Priya:

¡Gracias por postularte al puesto de HR Generalist! Hemos recibido tu solicitud y nuestro equipo la revisará en los próximos días.

Saludos,
Cervecera del Norte"""),
    M(A, "indeed_apply_ack", "en", "Parkside Care Homes", "",
      "Indeed Apply <indeedapply@indeed.example.com>", "Application submitted: HR Officer - Parkside Care Homes",
      """Your application has been submitted

HR Officer
Parkside Care Homes - Stockport

The following items were sent to Parkside Care Homes:
- Resume
- Answers to screener questions

Good luck! Track your applications on My jobs.

Indeed""",
      fmt="html"),
    M(A, "es_ack_humano", "es", "Cooperativa Agraria del Ebro", "recursoshumanos@coopebro.example.es",
      "Recursos Humanos Coop. del Ebro <recursoshumanos@coopebro.example.es>", "RE: Candidatura Responsable de RRHH",
      """Buenos días Priya,

Te confirmo que hemos recibido tu currículum para el puesto de Responsable de RRHH. El plazo de inscripción termina el día 30 y a partir de ahí empezaremos a revisar las candidaturas. Te iremos informando.

Un saludo,
Pilar Sanz
Cooperativa Agraria del Ebro
976 00 00 00""",
      fmt="cp1252", reply=True),
    M(A, "de_ack_karriereportal", "de", "Sparkasse Mittelrhein", "",
      "Sparkasse Mittelrhein <bewerbung-noreply@sparkasse-mittelrhein.example.de>",
      "Ihre Bewerbung ist bei uns eingegangen - Kennziffer 2026-117",
      """Sehr geehrte Frau Okonkwo-Hale,

Ihre Bewerbung als Referentin HR-Systeme (SAP SuccessFactors) mit der Kennziffer 2026-117 ist bei uns eingegangen. Vielen Dank!

Den aktuellen Stand können Sie jederzeit in unserem Karriereportal einsehen. Eine individuelle Rückmeldung zu jedem Zwischenschritt ist uns leider nicht möglich.

Freundliche Grüße
Ihre Sparkasse Mittelrhein - Personalmanagement""",
      fmt="latin1"),
    # ---------------------------------------------------------------- offers
    M(O, "verbal_offer_followup", "en", "Ancoats Creative", "nina@ancoatscreative.example.co.uk",
      "Nina Osei <nina@ancoatscreative.example.co.uk>", "Following our call",
      """Hi Priya,

Lovely to speak just now - as promised, here's the written version. We're delighted to offer you the role of People & Talent Lead at a salary of £58,000, 25 days holiday plus bank holidays and a 6% pension match. Start date flexible, ideally early May.

The formal contract will follow from our HR provider once you confirm you're happy in principle. Any questions at all, just ring me.

Nina
Ancoats Creative | 0161 496 0921"""),
    M(O, "offer_letter_attached", "en", "Weatherby & Sloane", "hr@weatherbysloane.example.co.uk",
      "Weatherby & Sloane HR <hr@weatherbysloane.example.co.uk>", "Offer of employment",
      """Dear Priya,

Further to your recent interview, I am pleased to offer you the position of Talent Acquisition Manager with Weatherby & Sloane, subject to satisfactory references and a basic DBS check.

Please find attached your offer letter and contract of employment. I would be grateful if you could sign and return one copy by 12 June 2026.

Yours sincerely,
Eleanor Whitcombe
HR Director
Weatherby & Sloane Chartered Accountants

[Attachment: Offer_Letter_P_Okonkwo-Hale.pdf]""",
      fmt="qp"),
    M(O, "conditional_offer_nhs", "en", "Tameside and Glossop Integrated Care NHS Foundation Trust", "recruitment@tgicft.example.nhs.uk",
      "Trac Recruitment <noreply@trac.example.nhs.uk>", "Conditional offer of employment",
      """Dear Priya Okonkwo-Hale

Post: HR Business Partner, Band 7
Reference: 209-HR-7740

I am pleased to confirm that following your recent interview you have been offered the above post, subject to satisfactory pre-employment checks (references, DBS, occupational health and right to work).

Please log in to Trac to accept or decline this conditional offer and to complete your pre-employment check forms.

Recruitment Team
Tameside and Glossop Integrated Care NHS Foundation Trust""",
      reply_to="Recruitment Team <recruitment@tgicft.example.nhs.uk>"),
    M(O, "agency_offer_excited", "en", "Calder Valley Foods", "jade@apexselect.example.co.uk",
      "Jade Parker <jade@apexselect.example.co.uk>", "OFFER!!!",
      """PRIYA!!!

I'm SO pleased to tell you Calder Valley Foods want to offer you the HR Manager role!!! £55k + car allowance + bonus, start 1st September.

Call me as soon as you see this - I've got all the details and they want an answer by Friday!!

Jade 🎉

Jade Parker | Apex Select
07700 900 661"""),
    M(O, "greenhouse_offer", "en", "Northwind Pay", "",
      "Northwind Pay <no-reply@greenhouse.example.io>", "Your offer from Northwind Pay",
      """Hi Priya,

We're thrilled to extend you an offer to join Northwind Pay as Senior Talent Partner!

Please review and e-sign your offer letter using the secure link below. The offer is valid for 5 business days.

https://app.greenhouse.example.io/offers/3e1b0c

Welcome (almost) aboard!
Northwind Pay""",
      reply_to="Marcus Bell <marcus.bell@northwindpay.example.com>", fmt="alt"),
    M(O, "scottish_pleased_offer", "en", "Clyde Heritage Trust", "f.macleod@clydeheritage.example.org.uk",
      "Fiona MacLeod <f.macleod@clydeheritage.example.org.uk>", "Re: Learning & Development Manager",
      """Dear Priya,

Thank you for coming through to Glasgow last week. I am delighted to say the panel would like to offer you the post of Learning & Development Manager.

I'll call you tomorrow to talk through the terms, and our formal offer letter will follow by post and email.

Warm regards,
Fiona MacLeod
Director of People, Clyde Heritage Trust"""
      + gmail("Thu, 20 Aug 2026 at 21:14", "Priya Okonkwo-Hale <priya.oh@example.co.uk>",
              "Dear Fiona,\n\nThank you for the interview today, I really enjoyed meeting the panel.\n\nBest wishes,\nPriya")),
    M(O, "fr_promesse_embauche", "fr", "Groupe Valmont", "e.lambert@groupe-valmont.example.fr",
      "Emma Lambert <e.lambert@groupe-valmont.example.fr>", "Proposition d'embauche",
      """Bonjour Priya,

Suite à nos différents entretiens, j'ai le plaisir de vous confirmer notre souhait de vous recruter au poste de Responsable Talent Acquisition, en CDI, basé à Paris.

Vous trouverez ci-joint la promesse d'embauche reprenant les éléments de rémunération évoqués. Merci de nous la retourner signée d'ici le 30 septembre.

Bien cordialement,
Emma Lambert
DRH - Groupe Valmont""",
      fmt="latin1"),
    M(O, "fr_offre_casual", "fr", "Popote", "max@popote.example.fr",
      "Max Lefèvre <max@popote.example.fr>", "Re: la suite 🙂",
      """Hello Priya,

Bon, on ne va pas faire durer le suspense : on aimerait vraiment que tu rejoignes Popote comme Head of People ! Je t'envoie le contrat dans la journée.

Hâte !
Max"""
      + fr_quote("mar. 8 sept. 2026 à 18:30", "Priya Okonkwo-Hale <priya.oh@example.co.uk>",
                 "Merci Max pour cet échange, j'ai hâte d'avoir la suite.\nPriya")),
    M(O, "de_vertragsangebot", "de", "Hanse Digital", "k.schmidt@hanse-digital.example.de",
      "Katrin Schmidt <k.schmidt@hanse-digital.example.de>", "Ihr Vertragsangebot",
      """Liebe Frau Okonkwo-Hale,

wir freuen uns sehr, Ihnen die Position als Senior Talent Acquisition Partner anbieten zu können! Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 15. Oktober zurück.

Herzliche Grüße
Katrin Schmidt
Head of People, Hanse Digital GmbH""",
      fmt="qp"),
    M(O, "es_oferta", "es", "Estudio Mirador", "lucia@estudiomirador.example.es",
      "Lucía Herrera <lucia@estudiomirador.example.es>", "Oferta - People Lead",
      """Hola Priya,

¡Buenas noticias! Nos encantaría que te unieras a Estudio Mirador como People Lead. Te adjunto la carta de oferta con las condiciones que hablamos (salario, teletrabajo 3 días y fecha de incorporación el 1 de octubre).

Si te parece bien, fírmala y me la devuelves. Cualquier duda, llámame.

Un abrazo,
Lucía Herrera
Cofundadora - Estudio Mirador, Barcelona"""),
]

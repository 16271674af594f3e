"""Reschedules/cancellations, missed-interview notices, acknowledgements and offers (49th corpus)."""

from __future__ import annotations

from make_fortyninth import m
from qhelp import ics, outlook, quoted

RS = "interview_reschedule_or_cancel"
MI = "missed_interview_notice"
AR = "application_received"
OF = "offer"

SPECS = [
    # ---------------------------------------------------------------- reschedules / cancellations
    m(RS, "biovalys_decale", "fr",
      "Nathalie Brun <nathalie.brun@biovalys.example.com>",
      "Mis à jour : Entretien Biovalys – Chargée de pharmacovigilance",
      """Bonjour Camille,

Le Dr Fabre doit être à l'ANSM mardi matin pour une inspection, je suis donc obligée de décaler notre entretien. Je vous propose le jeudi 12 mars à 14h00, même lieu. L'invitation a été mise à jour.

Désolée pour ce contretemps !
Nathalie""",
      company="Biovalys", contact="nathalie.brun@biovalys.example.com", reply_of="biovalys_ics_onsite",
      ics=ics("biovalys-20260310-cnl@biovalys.example.com", "Entretien Biovalys – Camille Nguyen-Lefèvre",
              "20260312T140000", "20260312T153000", "nathalie.brun@biovalys.example.com",
              location="Biovalys, 14 rue des Sciences, 69007 Lyon", sequence=1),
      date="2026-03-06 12:03"),

    m(RS, "mutualia_annule_teams", "fr",
      "Elodie Garcia <elodie.garcia@mutualia-sante.example.fr>",
      "Annulé : Entretien Camille Nguyen-Lefèvre / Mutualia",
      """Bonjour Camille,

Je suis au regret d'annuler notre entretien de mardi : Mme Roussel est absente pour raisons de santé. Je reviens vers vous dès que possible avec de nouvelles disponibilités.

Bien à vous,
Elodie Garcia""",
      company="Mutualia Santé", contact="elodie.garcia@mutualia-sante.example.fr", reply_of="mutualia_teams_ics",
      ics=ics("040000008200E00074C5B7101A82E008000000001@mutualia-sante.example.fr", "Entretien Camille Nguyen-Lefèvre / Mutualia",
              "20260616T110000", "20260616T120000", "elodie.garcia@mutualia-sante.example.fr", method="CANCEL", sequence=1),
      date="2026-06-12 08:15"),

    m(RS, "kinderklinik_verschiebung", "de",
      "Sabine Krüger <bewerbung@kinderklinik-rheinau.example.de>",
      "AW: Einladung zum Vorstellungsgespräch",
      """Sehr geehrte Frau Nguyen-Lefèvre,

leider müssen wir den Termin am 3. Juni kurzfristig verschieben, da Frau Dr. Albers an diesem Tag verhindert ist. Wäre Ihnen stattdessen Dienstag, der 9. Juni, um 14:00 Uhr möglich?

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Sabine Krüger
Personalabteilung, Kinderklinik Rheinau""",
      company="Kinderklinik Rheinau", contact="bewerbung@kinderklinik-rheinau.example.de", reply_of="kinderklinik_vorstellung",
      tz="Europe/Berlin", date="2026-05-29 11:20"),

    m(RS, "sirona_move_slot", "en",
      "Tom Keller <tom.keller@sironadx.example.com>",
      "Re: Sirona Diagnostics - Clinical Application Specialist",
      """Hi Camille - apologies, Farah has been pulled into an audit on Wednesday. Any chance we could push your interview to Friday 22nd, same time (14:30 CET)? Sorry for the shuffle!

Tom

Sent from Outlook for iOS""",
      company="Sirona Diagnostics", contact="tom.keller@sironadx.example.com", reply_of="sirona_lever_next_round",
      date="2026-05-18 18:02"),

    m(RS, "oriane_cancel_hold", "en",
      "Gemma Holt <gemma.holt@orianetx.example.com>",
      "Panel interview - cancellation",
      """Dear Camille,

I'm writing to let you know that we need to cancel your panel interview scheduled for Thursday 5 February. The calendar invitation will be withdrawn shortly.

The hiring manager is reviewing the scope of the role following some changes in the team, and we expect to have an update for you within two weeks. We're very sorry for the inconvenience, and please don't hesitate to reach out in the meantime.

Best regards,
Gemma Holt
Senior Talent Partner, Oriane Therapeutics""",
      company="Oriane Therapeutics", contact="gemma.holt@orianetx.example.com", thread=True, tz="Europe/London",
      date="2026-02-02 10:10"),

    m(RS, "chu_nord_report_jury", "fr",
      "Bureau du recrutement - CHU Lille-Nord <recrutement.pm@chu-lillenord.example.fr>",
      "REPORT – Entretien infirmier(ère) éducation thérapeutique",
      """Madame,

En raison d'un mouvement social, l'entretien prévu le jeudi 5 mars à 10h avec la commission de recrutement est reporté au jeudi 19 mars à 10h, même lieu (Institut Cœur-Poumon, salle 3).

Nous vous prions de nous excuser pour ce désagrément et vous remercions de confirmer votre présence à cette nouvelle date.

Bureau du recrutement du personnel médical et paramédical
CHU Lille-Nord""",
      company="CHU Lille-Nord", contact="recrutement.pm@chu-lillenord.example.fr", fmt="alt", cte="quoted-printable"),

    m(RS, "qualisoins_decaler_sms_style", "fr",
      "Romain Tessier <romain@qualisoins.example.fr>",
      "Re: Petite question",
      """Hello Camille, désolé, gros imprévu client jeudi… on peut décaler notre call à lundi même heure ?
Romain""",
      company="QualiSoins", contact="romain@qualisoins.example.fr", reply_of="qualisoins_quick_chat"),

    m(RS, "nordkap_kunde_sagt_ab", "de",
      "Miriam Sauer <m.sauer@nordkap-personal.example.de>",
      "AW: Ihr Profil - Gespräch beim Kunden!",
      """Liebe Frau Nguyen-Lefèvre,

leider muss die Vitamedis das Gespräch am Freitag absagen – die Studienleitung ist krank. Ich melde mich, sobald ich einen neuen Termin habe, wahrscheinlich nächste Woche.

Sorry für die Umstände!
Miriam Sauer
Nordkap Personal""",
      company="Vitamedis", contact="m.sauer@nordkap-personal.example.de", reply_of="nordkap_agentur_de", tz="Europe/Berlin"),

    m(RS, "vivasalud_cambio_hora", "es",
      "Lucía Fernández <lucia.fernandez@vivasalud.example.es>",
      "RE: Entrevista - Coordinadora de Atención al Paciente",
      """Hola Camille,

Te pido disculpas, pero Jordi tiene un solapamiento en agenda el martes. ¿Podríamos mover la entrevista al miércoles 15 a las 12:00? Si no te va bien, dime qué horario te encaja y lo reorganizamos.

Gracias por tu flexibilidad,
Lucía""" + quoted("El lun, 6 jul 2026 a las 18:20, Camille Nguyen-Lefèvre (<camille.nguyen@example.fr>) escribió:", """Hola Lucía,
Perfecto, el martes 14 a las 10:00 me va bien. ¡Gracias!
Camille"""),
      company="Vivasalud", contact="lucia.fernandez@vivasalud.example.es", reply_of="vivasalud_es_entrevista", tz="Europe/Madrid"),

    m(RS, "unimeuse_annulation", "fr",
      "Faculté de Médecine - Université de la Meuse <recrutement.fmed@univ-meuse.example.be>",
      "Annulation – entretiens FMED-2026-14",
      """Madame,

Nous sommes au regret de vous informer que la séance d'entretiens du lundi 24 août est annulée, la composition du jury devant être revue conformément au règlement de la Faculté. Une nouvelle convocation vous sera adressée dans les meilleurs délais.

Nous vous prions de nous excuser pour ce contretemps.

Le service de recrutement
Faculté de Médecine – Université de la Meuse""",
      company="Université de la Meuse", contact="recrutement.fmed@univ-meuse.example.be", reply_of="uni_liege_jury_es_no_fr",
      tz="Europe/Brussels"),

    m(RS, "arcadia_goodtime_resched", "en",
      "Arcadia Medtech Scheduling <scheduling@goodtime-mail.example.io>",
      "Your interview with Arcadia Medtech has been rescheduled",
      """Hi Camille,

Your interview for Clinical Education Specialist has been rescheduled.

Previous time: Monday, April 20, 2026 · 3:00 PM - 4:00 PM (CEST)
New time: Wednesday, April 22, 2026 · 10:00 AM - 11:00 AM (CEST)
Interviewer: Olivia Brandt, Clinical Education Manager
Location: Zoom (link in the updated invitation)

If the new time doesn't work, reply to this email and Kenji will help.

Arcadia Medtech Recruiting""",
      company="Arcadia Medtech", contact="kenji.watanabe@arcadiamedtech.example.com",
      reply_to="Kenji Watanabe <kenji.watanabe@arcadiamedtech.example.com>", fmt="html",
      ics=ics("gt-7731-arcadia@goodtime.example.io", "Interview: Camille Nguyen-Lefèvre - Clinical Education Specialist",
              "20260422T100000", "20260422T110000", "scheduling@goodtime-mail.example.io", sequence=2)),

    m(RS, "cardioflux_drh_absente", "fr",
      "Pauline Girard <p.girard@cardioflux.example.fr>",
      "Re: Entretien final",
      """Bonjour Camille,

Petit changement : Mme Benali ne pourra finalement pas être présente mardi 7. Nous devons donc reporter l'entretien, je reviens vers vous dès que j'ai ses nouvelles dispos (sans doute la semaine du 13).

Toutes mes excuses,
Pauline

CardioFlux""",
      company="CardioFlux", contact="p.girard@cardioflux.example.fr", reply_of="cardioflux_entretien_drh"),

    m(RS, "genolab_es_cancel", "es",
      "Recursos Humanos Genolab <rrhh@genolab.example.es>",
      "Cancelación de la entrevista del jueves",
      """Buenos días, Camille:

Lamentamos comunicarle que debemos cancelar la entrevista prevista para el jueves 23 de abril a las 9:30 con el equipo de Monitorización, debido a un cambio en la planificación del proyecto. Nos pondremos en contacto con usted para proponerle una nueva fecha.

Disculpe las molestias.

Atentamente,
Recursos Humanos - Genolab
Parc Científic de Barcelona""",
      company="Genolab", contact="rrhh@genolab.example.es", charset="iso-8859-1", cte="quoted-printable", tz="Europe/Madrid"),

    m(RS, "lumea_outlook_chain", "fr",
      "Hélène Carpentier <helene.carpentier@lumea-sante.example.fr>",
      "RE: Entretien - Chef de projet santé publique",
      """Bonjour Camille,

Notre directrice vient de m'informer qu'elle doit se rendre au ministère ce vendredi. Pourrions-nous déplacer notre entretien au lundi 28 septembre à 9h30 ? Le lien visio reste le même.

Merci de votre compréhension,

Hélène Carpentier
Assistante de direction
Lumea Santé – Association de prévention
12 rue Sainte-Catherine, 33000 Bordeaux""" + outlook("""De : Camille Nguyen-Lefèvre <camille.nguyen@example.fr>
Envoyé : lundi 21 septembre 2026 08:30
À : Hélène Carpentier <helene.carpentier@lumea-sante.example.fr>
Objet : RE: Entretien - Chef de projet santé publique""", """Bonjour Madame,
C'est noté pour vendredi 25 à 14h, merci.
Cordialement,
Camille Nguyen-Lefèvre""") + outlook("""De : Hélène Carpentier <helene.carpentier@lumea-sante.example.fr>
Envoyé : vendredi 18 septembre 2026 16:02
À : Camille Nguyen-Lefèvre <camille.nguyen@example.fr>
Objet : Entretien - Chef de projet santé publique""", """Bonjour Madame,
Mme Arnaud souhaite vous rencontrer en visio le vendredi 25 septembre à 14h.
Bien cordialement,
Hélène Carpentier"""),
      company="Lumea Santé", contact="helene.carpentier@lumea-sante.example.fr", thread=True, fmt="alt",
      date="2026-09-22 17:45"),

    m(RS, "curalis_recruitee_move", "en",
      "Curalis via Recruitee <notifications@recruitee-mail.example.com>",
      "Interview time change: Curalis",
      """Hi Camille,

Unfortunately the interview scheduled for Tue 6 Oct at 16:00 can't go ahead at that time. Please choose a new slot using the link below:

https://curalis.recruitee.example.com/interview/reschedule/55f1

Sorry for any inconvenience caused.

Best,
Matteo Ricci
Customer Success Lead, Curalis
matteo@curalis.example.com""",
      company="Curalis", contact="matteo@curalis.example.com", fmt="html", tz="Europe/Rome"),

    # ---------------------------------------------------------------- missed interview notices
    m(MI, "chu_rives_appel_sans_reponse", "fr",
      "Isabelle Perrin <isabelle.perrin@chu-deuxrives.example.fr>",
      "Entretien téléphonique de ce jour",
      """Bonjour Madame Nguyen-Lefèvre,

J'ai essayé de vous joindre à deux reprises cet après-midi à 14h00 pour notre entretien téléphonique, sans succès (messagerie). Je vous ai laissé un message vocal.

Si vous êtes toujours intéressée par le poste, merci de me recontacter pour convenir d'un nouveau rendez-vous.

Cordialement,
Isabelle Perrin
Cadre de santé – Unité de recherche clinique
CHU des Deux Rives
Poste 4 12 35""",
      company="CHU des Deux Rives", contact="isabelle.perrin@chu-deuxrives.example.fr", date="2026-01-22 15:05"),

    m(MI, "hemera_no_show_visio", "fr",
      "Claire Dumontet <claire.dumontet@hemera-cro.example.fr>",
      "Notre rendez-vous de 11h",
      """Bonjour Camille,

Je vous ai attendue ce matin à 11h sur le lien de visio mais vous ne vous êtes pas connectée. J'espère que tout va bien !

Si vous souhaitez toujours échanger, n'hésitez pas à reprendre un créneau sur mon agenda :
https://calendly.example.com/claire-dumontet-hemera/30min

Bonne journée,
Claire""",
      company="Hemera CRO", contact="claire.dumontet@hemera-cro.example.fr", reply_of="hemera_calendly_visio", fmt="alt"),

    m(MI, "healthbridge_tried_calling", "en",
      "Aisha Rahman <aisha.rahman@healthbridge-recruit.example.co.uk>",
      "Missed you today!",
      """Hi Camille,

The Research Matron tried calling you at the scheduled time (1pm) but couldn't get through - went straight to voicemail! Is everything ok?

She's happy to try again this week, just let me know when suits and I'll rearrange!!

Aisha
HealthBridge Recruitment""",
      company="HealthBridge Recruitment", contact="aisha.rahman@healthbridge-recruit.example.co.uk",
      reply_of="healthbridge_uk_phone", tz="Europe/London"),

    m(MI, "synthera_did_not_join", "en",
      "Pieter de Vries <pieter.devries@synthera.example.com>",
      "Today's interview",
      """Dear Camille,

Sandra and I were on the Zoom call at 10:00 CET for your interview, but you did not join the meeting. We waited about 15 minutes.

Perhaps there was a technical problem or a mix-up with time zones? If you're still interested in the Clinical Operations Coordinator role, please let me know and we will see whether another slot is possible.

Kind regards,
Pieter de Vries
Clinical Operations Manager
Synthera Biologics B.V.""",
      company="Synthera Biologics", contact="pieter.devries@synthera.example.com", tz="Europe/Amsterdam"),

    m(MI, "medwerk_nicht_erschienen", "de",
      "Lena Hoffmann <lena.hoffmann@medwerk.example.de>",
      "Unser Termin heute um 15 Uhr",
      """Hallo Frau Nguyen-Lefèvre,

wir waren heute um 15:00 Uhr zum Video-Interview verabredet, Sie sind jedoch nicht in den Teams-Call gekommen. Ich hoffe, es ist nichts passiert.

Falls Sie weiterhin Interesse an der Stelle haben, melden Sie sich gerne bei mir, dann finden wir einen neuen Termin.

Viele Grüße
Lena Hoffmann
Head of Clinical Affairs | Medwerk GmbH""",
      company="Medwerk", contact="lena.hoffmann@medwerk.example.de", tz="Europe/Berlin"),

    m(MI, "soinsplus_pas_vue", "fr",
      "Alex (Soins+) <alex@soinsplus.example.fr>",
      "Re: on se cale un call ?",
      """Hello Camille, je t'ai attendue sur le Meet à 17h30 mais je ne t'ai pas vue… tout va bien ? Dis-moi si tu veux qu'on reprogramme 🙂
Alex""",
      company="Soins+", contact="alex@soinsplus.example.fr", reply_of="soinsplus_tu_visio"),

    m(MI, "mediprev_absente", "fr",
      "MediPrev Recrutement <recrutement@mediprev.example.fr>",
      "Votre absence à la mise en situation du 27 avril",
      """Madame,

Nous avons constaté votre absence à la mise en situation professionnelle prévue ce lundi 27 avril à 9h30 dans nos locaux, sans avoir été prévenus.

Si cette absence est due à un empêchement, nous vous remercions de nous en informer dans les 48 heures afin que nous puissions étudier la possibilité d'une nouvelle convocation. À défaut, votre candidature sera clôturée.

Cordialement,
Service Recrutement
MediPrev""",
      company="MediPrev", contact="recrutement@mediprev.example.fr", reply_of="mediprev_mise_en_situation"),

    m(MI, "vitasana_es_no_conectaste", "es",
      "Pablo Herrera <pablo.herrera@vitasana.example.es>",
      "No coincidimos en la videollamada",
      """Hola Camille,

Te esperé esta mañana a las 9:00 en el enlace de Google Meet para la entrevista del puesto de Enfermera de Investigación, pero no llegaste a conectarte. ¿Ha pasado algo?

Si sigues interesada, respóndeme y buscamos otro hueco esta semana.

Un saludo,
Pablo Herrera
Responsable de Ensayos Clínicos · Vitasana""",
      company="Vitasana", contact="pablo.herrera@vitasana.example.es", tz="Europe/Madrid"),

    m(MI, "ensemble_missed_call_mobile", "fr",
      "Benoît Laval <b.laval@medecins-ensemble.example.org>",
      "Entretien de ce matin",
      """Bonjour Camille, nous étions connectés ce matin à 10h avec Dr Koné et Samuel mais nous ne vous avons pas vue, et votre téléphone ne répondait pas. Pouvez-vous me rappeler quand vous aurez ce message ?

Benoît

Envoyé depuis mon mobile""",
      company="Médecins Ensemble", contact="b.laval@medecins-ensemble.example.org", reply_of="ensemble_ong_skype"),

    m(MI, "northgate_missed_indian", "en",
      "Rahul Menon <rahul.menon@northgate-crs.example.in>",
      "Interview today - no response",
      """Dear Camille,

Good evening. As per schedule, our Project Manager had tried reaching you on your mobile for the telephonic interview at 2:30 PM IST today, however the call was not answered.

Kindly revert with your availability for a reschedule at the earliest so that we may take the process forward.

Regards,
Rahul Menon
Talent Acquisition | Northgate Clinical Research Services""",
      company="Northgate Clinical Research Services", contact="rahul.menon@northgate-crs.example.in", tz="Asia/Kolkata"),

    # ---------------------------------------------------------------- acknowledgements
    m(AR, "sainte_marthe_workday_recu", "fr",
      "Groupe Hospitalier Sainte-Marthe <recrutement-noreply@myworkdayjobs.example.com>",
      "Nous avons bien reçu votre candidature",
      """Bonjour Camille,

Merci d'avoir postulé au poste Infirmier(ère) de recherche clinique H/F (R-004512). Votre candidature a bien été transmise à l'équipe de recrutement.

Vous pouvez suivre son avancement à tout moment depuis votre espace candidat :
https://saintemarthe.wd3.myworkdayjobs.example.com/fr-FR/Carrieres/userHome

Cordialement,
Groupe Hospitalier Sainte-Marthe

Ce message est généré automatiquement, merci de ne pas y répondre.""",
      company="Groupe Hospitalier Sainte-Marthe", fmt="html", date="2026-01-08 21:14"),

    m(AR, "clinexa_greenhouse_thanks", "en",
      "Clinexa Research <no-reply@us.greenhouse-mail.example.io>",
      "Thank you for applying to Clinexa Research",
      """Hi Camille,

Thanks for applying to Clinexa Research! Your application for Clinical Trial Coordinator (Paris, hybrid) has been received and our team will review it shortly.

Due to the high volume of applications we receive, we are unable to respond to every applicant individually. If your experience matches what we're looking for, a member of our team will be in touch.

Best,
Clinexa Research Talent Team""",
      company="Clinexa Research", fmt="alt", date="2026-01-11 13:02"),

    m(AR, "apec_hopital_prive_accuse", "fr",
      "Hôpital Privé du Parc <rh.hpp@hopital-prive-parc.example.fr>",
      "Accusé de réception de votre candidature",
      """Madame,

Nous accusons réception de votre candidature au poste d'Infirmière référente qualité et gestion des risques, transmise via l'APEC, et vous remercions de l'intérêt que vous portez à notre établissement.

Votre dossier est actuellement à l'étude. Compte tenu du nombre important de candidatures reçues, nous ne serons malheureusement pas en mesure d'apporter une réponse individuelle à chacune. Sans nouvelles de notre part sous quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue.

Veuillez agréer, Madame, nos salutations distinguées.

Direction des Ressources Humaines
Hôpital Privé du Parc - Marseille""",
      company="Hôpital Privé du Parc", contact="rh.hpp@hopital-prive-parc.example.fr", charset="iso-8859-1", cte="quoted-printable"),

    m(AR, "taleez_labo_recu", "fr",
      "Laboratoires Vernier <notification@taleez.example.com>",
      "Laboratoires Vernier - Confirmation de candidature",
      """Bonjour Camille,

Nous vous confirmons la bonne réception de votre candidature pour le poste Chargé(e) de pharmacovigilance – CDI – Tours.

Notre équipe l'étudie avec attention et reviendra vers vous dans les prochains jours. Malheureusement, nous ne pouvons pas fournir de retour individuel à ce stade.

À bientôt,
L'équipe RH des Laboratoires Vernier

Cet e-mail vous a été envoyé par Taleez pour le compte de Laboratoires Vernier.""",
      company="Laboratoires Vernier", fmt="html"),

    m(AR, "stepstone_rheinmed_eingang", "de",
      "Rheinmed Diagnostik <karriere@rheinmed.example.de>",
      "Eingangsbestätigung Ihrer Bewerbung – Referenz 2026-117",
      """Sehr geehrte Frau Nguyen-Lefèvre,

vielen Dank für Ihre Bewerbung als Produktspezialistin Point-of-Care (m/w/d), die wir über StepStone erhalten haben.

Wir prüfen Ihre Unterlagen sorgfältig und melden uns innerhalb der nächsten drei Wochen bei Ihnen. Bitte sehen Sie bis dahin von Rückfragen zum Stand des Verfahrens ab.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Rheinmed Diagnostik GmbH
Sitz der Gesellschaft: Köln, HRB 00000""",
      company="Rheinmed Diagnostik", contact="karriere@rheinmed.example.de", fmt="alt", cte="base64", tz="Europe/Berlin"),

    m(AR, "jobup_geneve_hug_like", "fr",
      "Clinique des Eaux-Vives <jobs@clinique-eauxvives.example.ch>",
      "Votre dossier de candidature",
      """Madame,

Nous vous remercions pour votre dossier de candidature relatif au poste d'infirmière de coordination en oncologie (taux 80%), reçu par l'intermédiaire de Jobup.

Votre dossier sera examiné avec attention. Nous reprendrons contact avec vous uniquement si votre profil est retenu pour un entretien.

Meilleures salutations,

Service des ressources humaines
Clinique des Eaux-Vives, Genève""",
      company="Clinique des Eaux-Vives", contact="jobs@clinique-eauxvives.example.ch", tz="Europe/Zurich"),

    m(AR, "lever_telemedix_thanks", "en",
      "Telemedix <no-reply@hire.lever.example.co>",
      "Thanks for applying to Telemedix",
      """Hi Camille,

Thank you for your interest in Telemedix! We've received your application for Care Operations Specialist (Remote - France) and our team is reviewing it.

We look at every application carefully, so it may take us a couple of weeks to get back to you.

Cheers,
The Telemedix team""",
      company="Telemedix", fmt="html"),

    m(AR, "hellowork_ehpad_candidature", "fr",
      "HelloWork <candidature@hellowork-mail.example.com>",
      "Votre candidature a bien été envoyée à Résidences Les Tilleuls",
      """Bonjour Camille,

Votre candidature au poste Infirmier Coordinateur (IDEC) H/F – Nantes (44) a bien été envoyée à Résidences Les Tilleuls.

Le recruteur a été notifié et pourra consulter votre CV dès aujourd'hui. Vous serez informé(e) par e-mail dès que votre candidature sera consultée.

Bonne chance !
L'équipe HelloWork

Vous recevez cet e-mail car vous avez postulé via HelloWork. Gérer mes notifications : https://www.hellowork.example.com/fr-fr/compte/notifications""",
      company="Résidences Les Tilleuls", fmt="html", headers={"List-Unsubscribe": "<https://www.hellowork.example.com/unsub/abc>"}),

    m(AR, "mutualia_recruteur_humain", "fr",
      "Elodie Garcia <elodie.garcia@mutualia-sante.example.fr>",
      "RE: Candidature – Conseillère santé prévention",
      """Bonjour Camille,

Merci pour votre candidature, bien reçue ! Je la transmets à Mme Roussel et je reviens vers vous d'ici une dizaine de jours pour vous faire un retour.

Belle journée,
Elodie Garcia
Chargée de recrutement – Mutualia Santé""",
      company="Mutualia Santé", contact="elodie.garcia@mutualia-sante.example.fr", thread=True, date="2026-05-28 09:03"),

    m(AR, "successfactors_pharma_de", "de",
      "Brenner Pharma SE <donotreply@successfactors.example.eu>",
      "Bestätigung: Ihre Bewerbung für Arzneimittelsicherheit Associate",
      """Guten Tag Camille Nguyen-Lefèvre,

wir bestätigen den Eingang Ihrer Bewerbung für die Position Arzneimittelsicherheit Associate (Job-ID 40218) am Standort Basel.

Aufgrund der hohen Anzahl von Bewerbungen kann die Bearbeitung einige Zeit in Anspruch nehmen. Den aktuellen Status können Sie jederzeit in Ihrem Kandidatenprofil einsehen.

Mit freundlichen Grüßen
Ihr Talent Acquisition Team
Brenner Pharma""",
      company="Brenner Pharma", fmt="alt", tz="Europe/Zurich"),

    m(AR, "infirmiers_mondiaux_ong", "fr",
      "Solidarité Santé Internationale <recrutement@ssi-ong.example.org>",
      "Accusé de réception – Infirmier·e formateur·rice, Dakar",
      """Bonjour,

Nous avons bien reçu votre candidature pour le poste d'infirmier·e formateur·rice basé·e à Dakar et vous en remercions.

Nous recevons un grand nombre de candidatures et ne sommes malheureusement pas en mesure de fournir un retour individuel à ce stade. Les candidat·es présélectionné·es seront contacté·es d'ici le 15 mars.

Merci pour votre engagement,
L'équipe Ressources Humaines
Solidarité Santé Internationale""",
      company="Solidarité Santé Internationale", contact="recrutement@ssi-ong.example.org", date="2026-02-19 10:00"),

    m(AR, "smartrecruiters_es_recibida", "es",
      "Genolab <noreply@smartrecruiters.example.com>",
      "Hemos recibido tu candidatura – Monitor/a de Ensayos Clínicos",
      """Hola Camille,

¡Gracias por postular a Monitor/a de Ensayos Clínicos en Genolab! Hemos recibido tu candidatura correctamente.

Nuestro equipo revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo. Debido al volumen de candidaturas, no podemos responder a todas de forma individual.

Saludos,
Equipo de Talento de Genolab""",
      company="Genolab", fmt="html", tz="Europe/Madrid"),

    m(AR, "nhs_trac_style_en", "en",
      "Royal Thameside NHS Foundation Trust <no-reply@trac-recruit.example.co.uk>",
      "Application received: Clinical Research Nurse (Band 6) - 298-RD-2611",
      """Dear Camille Nguyen-Lefevre

Thank you for applying for the post of Clinical Research Nurse (Band 6), reference 298-RD-2611.

Your application has been successfully submitted and will be forwarded to the shortlisting panel after the closing date. Shortlisting usually takes place within two weeks of the closing date.

Please note that if you have not heard from us within four weeks of the closing date, your application has unfortunately not been successful on this occasion.

Kind regards
Recruitment Team
Royal Thameside NHS Foundation Trust

Please do not reply to this email as this mailbox is not monitored.""",
      company="Royal Thameside NHS Foundation Trust", fmt="alt", cte="quoted-printable", tz="Europe/London"),

    m(AR, "jobaffinity_clinique_recue", "fr",
      "Clinique Mutualiste du Lac <noreply@jobaffinity.example.fr>",
      "Candidature reçue",
      """Bonjour Camille NGUYEN-LEFÈVRE,

Nous avons bien reçu votre candidature pour l'offre : Infirmier(e) Diplômé(e) d'Etat - Education thérapeutique - CDI.

Elle sera étudiée dans les meilleurs délais par notre équipe.

Cordialement,
Le service recrutement
Clinique Mutualiste du Lac – Annecy

----
Mail envoyé via Jobaffinity""",
      company="Clinique Mutualiste du Lac", charset="windows-1252", cte="quoted-printable"),

    m(AR, "indeed_apply_startup_en", "en",
      "Indeed Apply <indeedapply@indeed-mail.example.com>",
      "Application submitted: Clinical Success Manager at Kinetiq Health",
      """Your application has been submitted

Clinical Success Manager
Kinetiq Health - London (Hybrid)

The following items were sent to Kinetiq Health:
- Resume: CV_Camille_NguyenLefevre_EN.pdf
- Cover letter

Good luck!
Indeed

Track your application: https://uk.indeed.example.com/myjobs""",
      company="Kinetiq Health", fmt="html", tz="Europe/London"),

    m(AR, "cpam_like_public_recrutement", "fr",
      "Recrutement Caisse de Santé du Rhône <recrutement.csr@csr69.example.fr>",
      "Réf. 2026-CS-044 : accusé de réception",
      """Madame,

Nous accusons réception de votre candidature pour le poste d'infirmier(ère) conseil – service médical (réf. 2026-CS-044).

Les candidatures feront l'objet d'une présélection à l'issue de la date limite de dépôt, fixée au 30 avril 2026. Les candidat(e)s retenu(e)s seront convié(e)s à un entretien devant une commission.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Le Département Ressources Humaines
Caisse de Santé du Rhône""",
      company="Caisse de Santé du Rhône", contact="recrutement.csr@csr69.example.fr"),

    m(AR, "teamtailor_nursia_fr", "fr",
      "Nursia <notifications@teamtailor-mail.example.com>",
      "Merci pour ta candidature, Camille !",
      """Hello Camille,

On a bien reçu ta candidature pour le poste de Customer Success Manager – Santé 🙌

On lit toutes les candidatures nous-mêmes (pas de robot ici), donc ça peut prendre une à deux semaines. En attendant, tu peux découvrir l'équipe sur notre page carrière : https://nursia.teamtailor.example.com

À très vite,
L'équipe Nursia""",
      company="Nursia", fmt="html"),

    m(AR, "personio_de_eingang_ch", "de",
      "HelveCare Versicherungen <no-reply@helvecare.jobs.personio.example.de>",
      "Ihre Bewerbung bei HelveCare Versicherungen",
      """Guten Tag Frau Nguyen-Lefèvre

Herzlichen Dank für Ihre Bewerbung als Case Managerin Krankenversicherung (80–100 %). Wir haben Ihre Unterlagen erhalten und werden sie sorgfältig prüfen.

Leider können wir Ihnen zum jetzigen Zeitpunkt kein individuelles Feedback geben. Wir melden uns innert 14 Tagen bei Ihnen.

Freundliche Grüsse
HelveCare Versicherungen – Human Resources""",
      company="HelveCare Versicherungen", fmt="alt", tz="Europe/Zurich"),

    m(AR, "wttj_candidature_envoyee", "fr",
      "Welcome to the Jungle <candidatures@welcometothejungle-mail.example.com>",
      "Ta candidature chez CardioFlux a bien été envoyée",
      """Bravo Camille !

Ta candidature pour le poste « Infirmier·e – Télésurveillance cardiaque (CDI) » chez CardioFlux a bien été transmise.

Et maintenant ? L'équipe de CardioFlux va étudier ton profil. Tu peux suivre l'avancement de ta candidature dans ton espace.

https://www.welcometothejungle.example.com/fr/me/applications

L'équipe Welcome to the Jungle""",
      company="CardioFlux", fmt="html", headers={"List-Unsubscribe": "<mailto:unsub@welcometothejungle-mail.example.com>"}),

    m(AR, "biovalys_candidature_bien_recue_court", "fr",
      "Nathalie Brun <nathalie.brun@biovalys.example.com>",
      "Re: Candidature spontanée - pharmacovigilance",
      """Bonjour Camille,
Bien reçu, merci. Je regarde votre CV avec le Dr Fabre et je reviens vers vous rapidement.
Nathalie Brun
RH – Biovalys""",
      company="Biovalys", contact="nathalie.brun@biovalys.example.com", thread=True, date="2026-02-20 08:41"),

    # ---------------------------------------------------------------- offers
    m(OF, "biovalys_promesse", "fr",
      "Nathalie Brun <nathalie.brun@biovalys.example.com>",
      "Proposition d'embauche – Chargée de pharmacovigilance",
      """Bonjour Camille,

Suite à nos échanges et à votre entretien avec le Dr Fabre, j'ai le plaisir de vous confirmer par écrit notre proposition pour le poste de Chargée de pharmacovigilance, en CDI, à compter du 4 mai 2026.

Vous trouverez en pièce jointe la promesse d'embauche reprenant les éléments évoqués par téléphone (rémunération annuelle brute de 38 500 €, statut cadre, 2 jours de télétravail par semaine). Je vous remercie de nous la retourner signée avant le 27 mars.

Toute l'équipe se réjouit de vous accueillir !

Bien cordialement,
Nathalie Brun
RH – Biovalys""",
      company="Biovalys", contact="nathalie.brun@biovalys.example.com", attach=("Promesse_embauche_CNL.pdf", "application/pdf"),
      date="2026-03-18 17:20"),

    m(OF, "sirona_verbal_followup", "en",
      "Tom Keller <tom.keller@sironadx.example.com>",
      "Following up",
      """Hi Camille,

Great speaking earlier - as promised, a quick written follow-up to our call.

We'd like to offer you the Clinical Application Specialist position based in Lyon, reporting to Farah. The headline terms: EUR 46,000 base, 10% annual bonus, company car, start date by mutual agreement (ideally 1 July). The formal contract will come from our HR team in Amsterdam within a couple of days.

Let me know if you have any questions in the meantime. Really hoping you'll say yes!

Tom""",
      company="Sirona Diagnostics", contact="tom.keller@sironadx.example.com", reply_of="sirona_move_slot", date="2026-05-27 18:30"),

    m(OF, "vitamedis_angebot", "de",
      "Miriam Sauer <m.sauer@nordkap-personal.example.de>",
      "Vertragsangebot Vitamedis!!",
      """Liebe Frau Nguyen-Lefèvre,

ich freue mich riesig: Die Vitamedis AG möchte Ihnen die Stelle als Klinische Studienkoordinatorin anbieten!

Eckdaten: unbefristet, 38,5 Std./Woche, Jahresgehalt 54.000 EUR brutto, Start 1. September, Relocation-Unterstützung nach Freiburg. Der Arbeitsvertrag kommt direkt von der Personalabteilung der Vitamedis.

Rufen Sie mich gern an, dann besprechen wir alles!

Herzliche Grüße
Miriam Sauer
Nordkap Personal""",
      company="Vitamedis", contact="m.sauer@nordkap-personal.example.de", tz="Europe/Berlin", date="2026-07-08 12:00"),

    m(OF, "clos_fleuri_contrat", "fr",
      "Directrice EHPAD Le Clos Fleuri <direction@closfleuri.example.fr>",
      "Contrat de travail à signer",
      """Bonjour Madame Nguyen-Lefèvre,

Comme convenu à l'issue de la journée d'immersion, j'ai le plaisir de vous transmettre votre contrat de travail (CDI, Infirmière Coordinatrice) ainsi que la fiche de poste.

Merci de me retourner un exemplaire signé et paraphé ; vous pouvez le faire par signature électronique via le lien reçu séparément (Yousign).

Au plaisir de vous compter parmi nous dès le 1er juillet.

Agnès Royer
Directrice – EHPAD Le Clos Fleuri""",
      company="EHPAD Le Clos Fleuri", contact="direction@closfleuri.example.fr", attach=("Contrat_CDI_IDEC.pdf", "application/pdf"),
      reply_of="ehpad_immersion"),

    m(OF, "lumea_proposition_orale", "fr",
      "Mathilde Arnaud <m.arnaud@lumea-sante.example.fr>",
      "Suite à notre appel",
      """Chère Camille,

Je vous confirme, suite à notre appel de ce midi, que nous souhaitons vous confier le poste de Cheffe de projet santé publique. Hélène vous enverra le contrat d'ici la fin de semaine, avec les conditions évoquées (CDD de 18 mois, reconductible, statut cadre).

Je suis ravie de la suite, et l'équipe aussi.

Bien à vous,
Mathilde Arnaud
Directrice – Lumea Santé""",
      company="Lumea Santé", contact="m.arnaud@lumea-sante.example.fr", date="2026-10-02 14:22"),

    m(OF, "hanbit_conditional_offer", "en",
      "Ji-woo Park <jiwoo.park@hanbitmed.example.com>",
      "Conditional Offer of Employment - Clinical Education Specialist",
      """Dear Camille,

On behalf of Hanbit Medical Devices Europe, I am pleased to offer you the position of Clinical Education Specialist (France), starting on 1 September 2026.

This offer is conditional upon satisfactory reference checks and the verification of your nursing diploma. Please find attached the offer letter with the details of compensation and benefits.

Kindly sign and return the letter by 14 August 2026. We are looking forward to working with you.

Sincerely,
Ji-woo Park
HR Team, Hanbit Medical Devices Europe""",
      company="Hanbit Medical Devices Europe", contact="jiwoo.park@hanbitmed.example.com",
      attach=("Offer_Letter_Camille_NguyenLefevre.pdf", "application/pdf"), tz="Europe/Berlin"),

    m(OF, "cardioflux_offre_wtj", "fr",
      "Pauline Girard <p.girard@cardioflux.example.fr>",
      "Bonne nouvelle 🙂",
      """Bonjour Camille,

Après votre entretien avec Mme Benali, nous sommes très heureux de vous proposer de rejoindre CardioFlux en tant qu'Infirmière de télésurveillance cardiaque, en CDI, à Mérignac.

Les éléments (salaire, date de démarrage, télétravail) sont détaillés dans la proposition jointe. N'hésitez pas à m'appeler si vous souhaitez en discuter.

Pauline
CardioFlux""",
      company="CardioFlux", contact="p.girard@cardioflux.example.fr", attach=("Proposition_CardioFlux.pdf", "application/pdf"),
      fmt="alt", date="2026-07-23 10:05"),

    m(OF, "vivasalud_oferta", "es",
      "Lucía Fernández <lucia.fernandez@vivasalud.example.es>",
      "Oferta - Coordinadora de Atención al Paciente",
      """Hola Camille,

¡Enhorabuena! Nos complace ofrecerte el puesto de Coordinadora de Atención al Paciente en Vivasalud, en Barcelona.

Te adjunto la carta de oferta con las condiciones: contrato indefinido, 36.000 € brutos anuales, jornada intensiva en verano y fecha de incorporación el 1 de septiembre. Te agradecería una respuesta antes del viernes 31 de julio.

Cualquier duda, llámame.

Un abrazo,
Lucía Fernández
Talent Acquisition · Vivasalud""",
      company="Vivasalud", contact="lucia.fernandez@vivasalud.example.es", attach=("Carta_oferta.pdf", "application/pdf"),
      tz="Europe/Madrid", date="2026-07-24 11:00"),

    m(OF, "helvecare_vertrag", "de",
      "Urs Baumann <urs.baumann@helvecare.example.ch>",
      "Ihr Arbeitsvertrag",
      """Grüezi Frau Nguyen-Lefèvre

Wie telefonisch besprochen, freuen wir uns sehr, Ihnen die Stelle als Case Managerin Krankenversicherung (90 %) anbieten zu dürfen. Im Anhang erhalten Sie den Arbeitsvertrag in zweifacher Ausführung.

Bitte senden Sie uns ein unterzeichnetes Exemplar bis Ende Monat zurück.

Freundliche Grüsse
Urs Baumann
HR Business Partner, HelveCare Versicherungen""",
      company="HelveCare Versicherungen", contact="urs.baumann@helvecare.example.ch", attach=("Arbeitsvertrag_NguyenLefevre.pdf", "application/pdf"),
      charset="iso-8859-1", cte="quoted-printable", tz="Europe/Zurich"),

    m(OF, "nordclin_offer_uk", "en",
      "Sarah Okafor <sarah.okafor@nordclinresearch.example.co.uk>",
      "Offer - Clinical Research Coordinator",
      """Hi Camille,

Lovely to speak to you this afternoon. As discussed, I'm delighted to formally offer you the role of Clinical Research Coordinator at our London site, at £38,000 per annum, subject to an enhanced DBS check and NMC registration.

The full offer pack will follow from our HR system (it may land in your junk folder, it comes from an automated address). Do let me know if anything is unclear.

Best wishes,
Sarah Okafor
Research Operations Manager
Nordclin Research""",
      company="Nordclin Research", contact="sarah.okafor@nordclinresearch.example.co.uk", tz="Europe/London"),
]

"""Employer reschedules/cancellations and missed-interview notices (content only)."""

from msgs61_base import M, french, gmail, ics, outlook, spanish

MESSAGES = [
    M("interview_reschedule_or_cancel", "report_entretien_daf", "fr",
      "Isabelle Noël <isabelle.noel@solvane-chimie.example.com>", "Report de votre entretien du 5 mars",
      """Bonjour Amélie,

Je suis désolée de devoir vous prévenir si tard : Monsieur Renard doit se rendre en urgence sur notre site de Tertre jeudi et ne pourra pas assurer l'entretien de 14h.

Pourrions-nous le décaler au lundi 9 mars, même heure ? Je vous renvoie une invitation mise à jour dès votre accord.

Toutes mes excuses pour ce contretemps.

Isabelle Noël
HR Business Partner - Solvane
""", company="Solvane", contact="isabelle.noel@solvane-chimie.example.com", reply=True,
      ics=ics("solvane-daf-2026-0305@solvane-chimie.example.com", "ANNULÉ : Entretien A. Vandenbroucke-Diallo / DAF",
              "20260305T130000Z", "20260305T140000Z", "isabelle.noel@solvane-chimie.example.com",
              method="CANCEL", status="CANCELLED", seq=1)),
    M("interview_reschedule_or_cancel", "annulation_entretien_video", "fr",
      "Recrutement AssurLux <recrutement@assurlux.example.lu>", "Annulation - entretien du 23 mars",
      """Madame,

Nous sommes contraints d'annuler l'entretien vidéo prévu le lundi 23 mars à 10h00. Notre Head of Actuarial Reporting étant indisponible cette semaine, nous reviendrons vers vous très prochainement afin de convenir d'une nouvelle date.

Avec nos excuses pour la gêne occasionnée.

Service Recrutement
AssurLux S.A.
""", company="AssurLux", contact="recrutement@assurlux.example.lu", charset="iso-8859-1", cte="quoted-printable"),
    M("interview_reschedule_or_cancel", "decalage_tu_startup", "fr",
      "Mathis Leroy <mathis@greenbox-energie.example.fr>", "Re: La suite ?",
      """Hello Amélie, petit changement : notre CFO est à Paris le 24, est-ce qu'on peut décaler l'étude de cas au 31 ? Même horaire, 10h. Dis-moi si ça te va.

Mathis
""" + french("ven. 13 mars 2026 à 08:55", "Amélie Vandenbroucke-Diallo <amelie.vdb@example.be>",
             "Bonjour Mathis,\n\nAvec plaisir ! Le 24 me convient parfaitement, je viendrai à Lyon.\n\nBelle journée,\nAmélie"),
      company="Greenbox Énergie", contact="mathis@greenbox-energie.example.fr", reply=True),
    M("interview_reschedule_or_cancel", "nouvel_horaire_commune", "fr",
      "Commune d'Ixelles - GRH <grh@ixelles.example.be>", "Modification horaire - épreuve orale",
      """Madame,

Pour des raisons d'organisation du jury, votre passage à l'épreuve orale du mardi 28 avril est avancé à 9h00 (au lieu de 10h15). Le lieu reste inchangé.

Nous vous prions de nous excuser pour ce changement.

Le service GRH
""", company="Commune d'Ixelles", contact="grh@ixelles.example.be"),
    M("interview_reschedule_or_cancel", "chasseur_client_annule", "fr",
      "Olivier Dewaele <olivier@dewaele-executive.example.be>", "Rdv de jeudi",
      """Amélie,

Mon client m'appelle à l'instant : le directeur général est malade, ils annulent les entretiens de jeudi. Je reviens vers vous dès que j'ai de nouvelles dates, normalement la semaine du 20.

Désolé pour le contretemps,
Olivier
Envoyé de mon iPhone
""", company="Dewaele Executive", contact="olivier@dewaele-executive.example.be"),
    M("interview_reschedule_or_cancel", "big4_goodtime_update", "fr",
      "Vanhove & Associés via GoodTime <scheduling@goodtime.example.io>", "Mise à jour : votre entretien a été reprogrammé",
      """Bonjour Amélie,

Votre entretien avec Pierre-Yves Lambert (Associé Audit) a été reprogrammé.

Ancien créneau : mardi 14 avril 2026, 16:00 - 16:45
Nouveau créneau : mercredi 15 avril 2026, 11:00 - 11:45

Le lien de visioconférence reste le même. Si ce nouveau créneau ne vous convient pas, répondez à ce message.

Vanhove & Associés
""", company="Vanhove & Associés", reply_to="Hélène Carpentier <helene.carpentier@vanhove-associes.example.be>",
      contact="helene.carpentier@vanhove-associes.example.be",
      ics=ics("gt-vanhove-pyl-0414@goodtime.example.io", "Entretien - Senior Audit Manager (P.-Y. Lambert)",
              "20260415T090000Z", "20260415T094500Z", "scheduling@goodtime.example.io", seq=2)),
    M("interview_reschedule_or_cancel", "mutuelle_report_entretien", "fr",
      "François Hubin <f.hubin@mutualia.example.be>", "Entretien de vendredi",
      """Bonjour Madame,

Madame Jacobs a un empêchement vendredi matin. Serait-il possible de déplacer notre entretien au mardi 19 mai à 14h ? Sinon, merci de m'indiquer vos disponibilités la semaine suivante.

Cordialement,
François Hubin
Recrutement & Sélection | Mutualia
""", company="Mutualia", contact="f.hubin@mutualia.example.be", cte="quoted-printable"),
    M("interview_reschedule_or_cancel", "annulation_rdv_cabinet", "fr",
      "Hélène Jamar <helene.jamar@cabinet-jamar.example.be>", "Annulation de notre rendez-vous",
      """Bonjour Madame Vandenbroucke-Diallo,

Je me vois contrainte d'annuler notre rendez-vous de mercredi 16h pour le poste de responsable comptable : je dois accompagner une cliente à Arlon toute la journée. Pourrions-nous nous voir plutôt vendredi à 9h30 au bureau, ou en visio si vous préférez ?

Bien à vous,
Hélène Jamar
Jamar Conseil RH - Namur
081 22 45 67
""", company="Jamar Conseil RH", contact="helene.jamar@cabinet-jamar.example.be", charset="windows-1252", cte="quoted-printable"),
    M("interview_reschedule_or_cancel", "en_reschedule_outlook", "en",
      "Laura Pike <laura.pike@harbourline-bank.example.co.uk>", "RE: Interview invitation: Treasury Risk Analyst",
      """Dear Amélie,

Apologies - Mark Evans has been called to a board meeting on the 21st. Would you be able to do Thursday 23 April at the same time instead? Everything else remains as planned.

Many thanks and sorry for the inconvenience,
Laura

Laura Pike | Recruitment Team | Harbourline Bank
""" + outlook("Amélie Vandenbroucke-Diallo <amelie.vdb@example.be>", "09 April 2026 18:20",
              "Recruitment Team <recruitment@harbourline-bank.example.co.uk>", "RE: Interview invitation: Treasury Risk Analyst",
              "Dear Laura,\n\nI'm happy to confirm my attendance on Tuesday 21 April at 14:00.\n\nKind regards,\nAmélie"),
      company="Harbourline Bank", contact="laura.pike@harbourline-bank.example.co.uk", reply=True),
    M("interview_reschedule_or_cancel", "en_cancel_ics", "en",
      "Oakridge Retail <noreply@smartrecruiters.example.com>", "Cancelled: Interview with Oakridge Retail",
      """Dear Amelie,

Your interview for Senior Financial Analyst on Friday, 12 June 2026 at 10:00 has been cancelled by the hiring team. Your recruiter will contact you if a new time is needed.

Kind regards,
Oakridge Retail Talent Team
""", company="Oakridge Retail",
      ics=ics("sr-oakridge-7781@smartrecruiters.example.com", "Cancelled: Senior Financial Analyst - Oakridge Retail",
              "20260612T080000Z", "20260612T084500Z", "noreply@smartrecruiters.example.com",
              method="CANCEL", status="CANCELLED", seq=1)),
    M("interview_reschedule_or_cancel", "en_push_back_mobile", "en",
      "Sarah O'Donnell <sarah.odonnell@brightwater-pay.example.ie>", "Re: Quick question",
      """Hi Amélie so sorry, something came up with the hiring manager, can we push our chat to Mon same time? S

Sent from my iPhone
""" + gmail("Tue, 3 Feb 2026 at 09:11", "Amélie Vandenbroucke-Diallo <amelie.vdb@example.be>",
            "Hi Sarah, Thursday at 3pm Irish time works for me. Talk then!\nAmélie"),
      company="Brightwater Payments", contact="sarah.odonnell@brightwater-pay.example.ie", reply=True),
    M("interview_reschedule_or_cancel", "en_indian_postpone", "en",
      "Ritika Sharma <ritika.sharma@sundaram-infotech.example.in>", "Postponement of interview - Finance Controller",
      """Dear Amelie,

Greetings of the day!

This is to inform you that your interview scheduled on 17th Sept 2026 at 11:30 AM CET stands postponed due to unavoidable circumstances at our end. The revised schedule shall be intimated to you shortly.

Kindly do revert with your availability for the following week.

Thanks & Regards,
Ritika Sharma
Talent Acquisition | Sundaram Infotech Ltd.
""", company="Sundaram Infotech", contact="ritika.sharma@sundaram-infotech.example.in"),
    M("interview_reschedule_or_cancel", "de_terminverschiebung", "de",
      "Sabine Krüger <sabine.krueger@domstadt-bank.example.de>", "Verschiebung unseres Termins am 25.03.",
      """Sehr geehrte Frau Vandenbroucke-Diallo,

leider muss Herr Dr. Vogt kurzfristig an einer Aufsichtsratssitzung teilnehmen. Wir müssen daher unser Gespräch am 25. März verschieben und schlagen Ihnen alternativ Freitag, den 27. März, 14:00 Uhr vor.

Bitte geben Sie uns kurz Bescheid, ob Ihnen dieser Termin passt.

Mit freundlichen Grüßen
Sabine Krüger
Personalreferentin, Domstadt Bank AG
""", company="Domstadt Bank", contact="sabine.krueger@domstadt-bank.example.de", charset="iso-8859-1", cte="quoted-printable"),
    M("interview_reschedule_or_cancel", "es_cambio_fecha", "es",
      "Lucía Navarro <lucia.navarro@aguasdelmediterraneo.example.es>", "Cambio de fecha de la entrevista",
      """Estimada Amélie:

Por motivos de agenda del director financiero, nos vemos obligados a cambiar la fecha de su entrevista del martes 19 de mayo. ¿Le vendría bien el jueves 21 a las 10:00 h?

Disculpe las molestias.

Un saludo cordial,
Lucía Navarro
Aguas del Mediterráneo
""", company="Aguas del Mediterráneo", contact="lucia.navarro@aguasdelmediterraneo.example.es", cte="quoted-printable"),
    M("interview_reschedule_or_cancel", "es_cancelada_casual", "es",
      "Pablo Ortega <pablo@nubeconta.example.es>", "Re: ¿Hablamos?",
      """Amélie, perdona!! Me ha surgido un viaje a Valencia y tengo que cancelar la llamada del jueves. ¿La movemos al lunes a la misma hora?

Pablo
""" + spanish("lun, 9 feb 2026 a las 18:02", "Amélie Vandenbroucke-Diallo <amelie.vdb@example.be>",
              "¡Hola Pablo! Jueves a las 17h perfecto. ¡Hasta entonces!"),
      company="NubeConta", contact="pablo@nubeconta.example.es", reply=True),
    # missed-interview notices
    M("missed_interview_notice", "appel_sans_reponse", "fr",
      "Camille Horward <camille.horward@banque-meuse.example.be>", "Entretien téléphonique de ce matin",
      """Bonjour Amélie,

J'ai essayé de vous joindre à 10h comme convenu pour notre entretien téléphonique, mais je suis tombée sur votre messagerie (deux tentatives).

Peut-être un souci de réseau ? Dites-moi si vous souhaitez reprogrammer, je peux encore vous proposer vendredi.

Bien à vous,
Camille Horward
Banque de la Meuse
""", company="Banque de la Meuse", contact="camille.horward@banque-meuse.example.be"),
    M("missed_interview_notice", "teams_absente", "fr",
      "Recrutement AssurLux <recrutement@assurlux.example.lu>", "Entretien du 30 mars",
      """Madame,

Nous vous avons attendue ce matin à 10h00 sur Microsoft Teams pour votre entretien vidéo, mais vous ne vous êtes pas connectée.

Si un empêchement vous a retenue, nous vous remercions de nous en informer d'ici vendredi afin que nous puissions examiner la possibilité d'un nouveau rendez-vous.

Sincères salutations,
Service Recrutement
AssurLux S.A.
""", company="AssurLux", contact="recrutement@assurlux.example.lu", cte="quoted-printable"),
    M("missed_interview_notice", "interim_tu_pas_venue", "fr",
      "Gaëlle Mertens <gaelle.mertens@optima-staffing.example.be>", "??",
      """Amélie, le client m'appelle, tu n'es pas passée à l'entretien de 11h ?? Tout va bien ? Rappelle-moi vite stp, je vais essayer de rattraper le coup.

Gaëlle
0478 90 12 34
""", company="Optima", contact="gaelle.mertens@optima-staffing.example.be"),
    M("missed_interview_notice", "jury_absence_commune", "fr",
      "Commune d'Ixelles - GRH <grh@ixelles.example.be>", "Absence à l'épreuve orale",
      """Madame,

Nous constatons que vous ne vous êtes pas présentée à l'épreuve orale du 28 avril 2026 à 9h00, à laquelle vous aviez été dûment convoquée.

Sauf justification écrite (certificat médical ou cas de force majeure) transmise dans les 5 jours ouvrables, votre candidature sera considérée comme retirée.

Le service GRH
""", company="Commune d'Ixelles", contact="grh@ixelles.example.be", charset="windows-1252", cte="8bit"),
    M("missed_interview_notice", "visio_on_vous_attendait", "fr",
      "Julien Marty <julien.marty@hexa-conseil.example.fr>", "On vous attendait",
      """Bonjour Amélie,

Nous étions connectés à 14h pour notre échange en visio mais ne vous avons pas vue. J'espère qu'il n'y a rien de grave.

Si vous êtes toujours intéressée par le poste, vous pouvez reprendre un créneau via le lien habituel.

Bien cordialement,
Julien Marty
Talent Manager, Hexa Conseil
""", company="Hexa Conseil", contact="julien.marty@hexa-conseil.example.fr"),
    M("missed_interview_notice", "we_tried_calling", "en",
      "Bec Thornton <bec.thornton@southerncross-insure.example.com.au>", "Missed call",
      """Hi Amélie,

We tried calling you at the scheduled time (9am Dublin) for your phone screen but couldn't get through - it went straight to voicemail.

No worries if something came up! Just let me know a couple of times that suit and we'll rebook.

Cheers,
Bec
Southern Cross Insurance
""", company="Southern Cross Insurance", contact="bec.thornton@southerncross-insure.example.com.au"),
    M("missed_interview_notice", "did_not_join_teams", "en",
      "Anil Kapoor <anil.kapoor@meridian-audit.example.com>", "Today's interview",
      """Hi Amelie,

You did not join the Teams meeting at 15:00 today for the second-round panel - we waited about 15 minutes. Please let me know what happened and whether you're still interested in the role.

Regards,
Anil Kapoor
Director, Meridian Audit
""", company="Meridian Audit", contact="anil.kapoor@meridian-audit.example.com"),
    M("missed_interview_notice", "no_show_agency_uk", "en",
      "Danny Whitlock <danny.w@prospero-people.example.co.uk>", "Everything ok?",
      """Hi Amelie,

Just had the client on the phone - they said you didn't show for the 4pm video call with the FD? Really hope you're ok!! Can you call me asap so I can smooth things over.

Danny
Prospero
+44 7700 900123
""", company="Prospero", contact="danny.w@prospero-people.example.co.uk"),
    M("missed_interview_notice", "de_nicht_erschienen", "de",
      "Nina Bauer <nina.bauer@gruenfeld-energie.example.de>", "Unser Termin heute",
      """Hallo Amélie,

wir hatten heute um 13 Uhr das zweite Gespräch mit Miriam vereinbart, du bist leider nicht erschienen und wir konnten dich telefonisch nicht erreichen.

Melde dich doch bitte kurz, ob du weiterhin Interesse hast.

Viele Grüße
Nina Bauer
Recruiting, Grünfeld Energie
""", company="Grünfeld Energie", contact="nina.bauer@gruenfeld-energie.example.de"),
    M("missed_interview_notice", "es_no_se_conecto", "es",
      "Lucía Navarro <lucia.navarro@aguasdelmediterraneo.example.es>", "Entrevista de hoy",
      """Estimada Amélie:

Le esperábamos hoy a las 10:00 h para la entrevista por videoconferencia, pero no se ha conectado. Intentamos también localizarle por teléfono sin éxito.

Si sigue interesada en el proceso, le rogamos que nos lo indique a la mayor brevedad.

Atentamente,
Lucía Navarro
Aguas del Mediterráneo
""", company="Aguas del Mediterráneo", contact="lucia.navarro@aguasdelmediterraneo.example.es"),
]

"""Employer reschedules/cancellations and missed-interview notices for the eighty-third corpus (data only)."""

from msgs83_build import Msg as M
from msgs83_build import quoted

R = "interview_reschedule_or_cancel"
N = "missed_interview_notice"

MESSAGES = [
    M(R, "fr", "banque_deplacer_entrevue", "Martine Lavoie <martine.lavoie@coopalliance.example.ca>",
      "Entrevue du 17 mars – changement d'heure", "2026-03-13T16:20:00-04:00",
      """Bonjour Océane,

Julien a un conflit avec un comité de direction mardi matin. Serait-il possible de déplacer l'entrevue à 14 h le même jour? Le lien Teams reste le même, je vais mettre à jour l'invitation.

Désolée pour le changement!
Martine Lavoie
Coop Alliance""",
      company="Coop Alliance", contact="from", fmt="alt", look="outlook",
      ics={"summary": "Entrevue - Analyste design de services (Coop Alliance)", "start": "20260317T180000Z",
           "end": "20260317T190000Z", "location": "Réunion Microsoft Teams", "sequence": "1",
           "uid": "040000008200E00074C5B7101A82E00800000000C0FFEE17@coopalliance.example.ca",
           "stamp": "20260313T202000Z"}),
    M(R, "fr", "studio_annule_malade", "Thomas Renaud <thomas@studio-octobre.example.fr>",
      "Re: Présentation de portfolio", "2026-02-17T08:03:00+01:00",
      """Océane, désolé pour le délai très court : je suis cloué au lit avec une grippe, on doit annuler la présentation de cet aprem. Je te repropose un créneau dès que je suis sur pied, sans doute la semaine prochaine.

Thomas

Envoyé de mon iPhone""",
      company="Studio Octobre", contact="from",
      quote=quoted("Le 10 févr. 2026 à 12:30, Océane Mbappé-Lindgren <oceane.ml@example.ca> a écrit :",
                   "Bonjour Thomas,\nMardi 17 à 14h c'est parfait pour moi.\nOcéane")),
    M(R, "fr", "hopital_report_nouvelle_date", "Claire Besnard <claire.besnard@gh-atlantique.example.fr>",
      "Report de notre entretien du 5 mars", "2026-03-03T12:45:00+01:00",
      """Madame,

En raison d'une inspection imprévue de la Haute Autorité de Santé, je me vois contrainte de reporter notre entretien prévu le jeudi 5 mars à 10h.

Je vous propose à la place le lundi 9 mars à 10h ou le mardi 10 mars à 15h, toujours en visioconférence. Merci de m'indiquer le créneau qui vous convient.

Je vous prie de bien vouloir m'excuser pour ce contretemps.

Claire Besnard
Responsable qualité et expérience patient
Groupe Hospitalier Atlantique""",
      company="Groupe Hospitalier Atlantique", contact="from", charset="iso-8859-1"),
    M(R, "fr", "jeu_video_annulation_panel_gel", "Sarah-Maude Côté <smcote@studiorenard.example.com>",
      "Panel de jeudi - annulé", "2026-05-05T18:02:00-04:00",
      """Salut Océane,

Mauvaise nouvelle de mon côté : on doit annuler le panel de jeudi. La direction vient de mettre en pause tous les recrutements du studio le temps de revoir le budget de la prochaine année. Je n'ai pas encore de date de reprise.

Je te tiens au courant dès que j'en sais plus, promis.

Sarah-Maude
Studio Renard""",
      company="Studio Renard", contact="from"),
    M(R, "fr", "ics_cancel_ministere", "Catherine Boudreau <catherine.boudreau@sante-numerique.example.gouv.qc.ca>",
      "Annulé : Entrevue - Conseillère en expérience citoyenne", "2026-06-11T09:12:00-04:00",
      """La rencontre a été annulée par l'organisatrice.

Bonjour Madame Mbappé-Lindgren, une nouvelle date vous sera proposée sous peu par notre équipe de dotation. Toutes nos excuses.

Catherine Boudreau
Ministère de la Santé numérique""",
      company="Ministère de la Santé numérique", contact="from", fmt="alt", look="outlook",
      ics={"method": "CANCEL", "summary": "Entrevue - Conseillère en expérience citoyenne",
           "start": "20260612T130000Z", "end": "20260612T140000Z", "location": "Salle 4.12 / Teams",
           "sequence": "2", "stamp": "20260611T131200Z"}),
    M(R, "fr", "telecom_avancer_rdv", "Julien Marchand <julien.marchand@fibre-atlantique.example.fr>",
      "Changement RDV directeur", "2026-07-06T10:31:00+02:00",
      """Re bonjour Océane,

petit changement, notre directeur part en déplacement mercredi, du coup il faudrait décaler votre rdv du 8/07 au lundi 13/07 même heure (11h) à Bordeaux. Ca vous va toujours ?

Désolé pour le chamboulement.
Julien
Fibre Atlantique""",
      company="Fibre Atlantique", contact="from"),
    M(R, "fr", "cabinet_client_decale_visio", "Hélène Corbière <h.corbiere@vauban-associes.example.fr>",
      "Décalage de votre entretien client – jeudi", "2026-03-25T19:40:00+01:00",
      """Bonsoir Océane,

Mon client me demande s'il serait possible de décaler votre entretien de jeudi 14h à vendredi 9h30, même format (visio Teams). Le DRH a un comité qui a été déplacé.

Pouvez-vous me confirmer rapidement ?

Bien cordialement,
Hélène Corbière
Vauban & Associés
+33 1 55 00 42 18""",
      company="Vauban & Associés", contact="from", fmt="alt", look="outlook"),
    M(R, "fr", "universite_nouvelle_date_entrevue", "Isabelle Caron <isabelle.caron@uvp.example.ca>",
      "Concours 26-112 - modification de l'horaire", "2026-07-20T11:18:00-04:00",
      """Bonjour Madame,

Un membre du comité de sélection n'étant plus disponible le 23 juillet, nous devons reporter les entrevues du concours 26-112.

Votre entrevue aura plutôt lieu le mardi 28 juillet à 9 h 30, au pavillon Saint-Antoine, local B-2210. L'exercice écrit débutera 30 minutes avant l'entrevue.

Merci de confirmer votre présence en répondant à ce courriel.

Isabelle Caron, CRHA
Université du Vieux-Port""",
      company="Université du Vieux-Port", contact="from"),
    M(R, "en", "greenhouse_reschedule_request", "Coda Systems <scheduling@goodtime-mail.test>",
      "Coda Systems: Your interview has been rescheduled", "2026-02-18T10:00:00-05:00",
      """Hi Océane,

Due to a scheduling conflict on our side, your Research Deep-dive interview originally scheduled for Thursday, February 19 at 1:00 PM EST has been moved to Friday, February 20 at 11:00 AM EST. An updated calendar invitation is attached.

If the new time doesn't work, reply to this email and Marcus will find another slot.

Coda Systems Recruiting""",
      company="Coda Systems", contact="marcus.hill@codasystems.example.com",
      reply_to="Marcus Hill <marcus.hill@codasystems.example.com>", fmt="alt",
      ics={"summary": "Research Deep-dive – Océane Mbappé-Lindgren", "start": "20260220T160000Z",
           "end": "20260220T164500Z", "location": "Zoom", "sequence": "1", "stamp": "20260218T150000Z"}),
    M(R, "en", "manager_terse_push", "Niamh O'Connell <niamh@greenlane-energy.example.ie>",
      "Re: Quick chat?", "2026-06-25T07:48:00+01:00",
      """Sorry Océane, something's come up this afternoon - can we push to Monday same time? Apologies!

N

Sent from Outlook for iOS""",
      company="Greenlane Energy", contact="from",
      quote=quoted("On Tue, 23 Jun 2026 at 20:02, Océane Mbappé-Lindgren <oceane.ml@example.ca> wrote:",
                   "Hi Niamh, Thursday at 3pm Irish time works perfectly. Talk then!\nOcéane")),
    M(R, "en", "position_withdrawn_interview_cancel", "Aarav Shah <aarav.shah@clearbrook-consulting.example.co.uk>",
      "Interview on Wednesday - cancellation", "2026-05-25T16:30:00+01:00",
      """Dear Océane,

I'm writing to let you know that we need to cancel your interview scheduled for Wednesday 27 May. Our client has withdrawn the Service Design Lead requirement following an internal restructure.

I'm very sorry for the inconvenience and will be in touch should the role be reopened.

Kind regards,
Aarav Shah
Principal Consultant
Clearbrook Consulting""",
      company="Clearbrook Consulting", contact="from"),
    M(R, "en", "chinese_owned_new_time", "Sophie Lin <sophie.lin@tianyao-devices.example.com>",
      "Interview time change", "2026-06-18T22:40:00+08:00",
      """Hi Oceane,

Our VP Design will travel to Shenzhen next week, so we need to change the final round from June 24 10:00 EDT to June 26 8:00 EDT. Sorry for early morning, because of time zone. Please confirm if ok for you.

Thanks
Sophie""",
      company="Tianyao Devices", contact="from"),
    M(R, "es", "barcelona_cambio_hora", "Núria Soler <nuria.soler@trenscatalunya-digital.example.es>",
      "Cambio de hora – segunda entrevista", "2026-09-11T14:10:00+02:00",
      """Hola Océane,

Te escribo porque tenemos que mover la entrevista del martes 15: en lugar de las 10:00 sería a las 12:30, mismo lugar. ¿Te va bien? Perdona el cambio.

Saludos,
Núria""",
      company="Trens Catalunya Digital", contact="from", charset="iso-8859-1"),
    M(R, "de", "verschiebung_termin_sie", "Stefanie Huber <stefanie.huber@isar-versicherung.example.de>",
      "Verschiebung Ihres Vorstellungsgesprächs", "2026-07-22T09:30:00+02:00",
      """Sehr geehrte Frau Mbappé-Lindgren,

leider müssen wir den Termin am 28. Juli krankheitsbedingt verschieben. Wäre Ihnen Donnerstag, der 30. Juli, um 14:00 Uhr recht? Das Gespräch kann wie besprochen per MS Teams stattfinden.

Wir bitten die Unannehmlichkeiten zu entschuldigen.

Mit freundlichen Grüßen
Stefanie Huber
Isar Versicherung AG""",
      company="Isar Versicherung", contact="from"),
    M(R, "de", "absage_termin_du", "Jana Weiß <jana.weiss@fahrwerk-mobility.example.de>",
      "Unser Call morgen", "2026-04-15T17:45:00+02:00",
      """Hi Océane,

leider muss ich unseren Call morgen absagen, bei uns ist gerade Land unter. Ich melde mich Anfang nächster Woche mit einem neuen Terminvorschlag.

Sorry & viele Grüße
Jana""",
      company="Fahrwerk Mobility", contact="from"),
    # -- missed interview notices --
    M(N, "fr", "appel_manque_tel", "Stéphanie Ouellet <stephanie.ouellet@assurancesaintlaurent.example.ca>",
      "Entretien téléphonique de ce matin", "2026-02-05T11:20:00-05:00",
      """Bonjour Madame Mbappé-Lindgren,

J'ai tenté de vous joindre à 10 h ce matin au numéro indiqué pour notre entretien téléphonique, sans succès. Je vous ai laissé un message vocal.

Si vous êtes toujours intéressée par le poste, merci de me revenir avec vos disponibilités d'ici vendredi.

Bonne journée,
Stéphanie Ouellet
Assurance Saint-Laurent""",
      company="Assurance Saint-Laurent", contact="from", charset="windows-1252"),
    M(N, "fr", "teams_pas_connectee", "Julien Pelletier <julien.pelletier@coopalliance.example.ca>",
      "Entrevue d'aujourd'hui", "2026-03-17T14:25:00-04:00",
      """Bonjour Océane,

Nous t'avons attendue sur Teams à 14 h pour l'entrevue, mais tu ne t'es pas connectée. Peut-être un souci technique?

Fais-moi signe si tu souhaites qu'on reprenne un moment.

Julien Pelletier
Directeur, Expérience membre
Coop Alliance""",
      company="Coop Alliance", contact="from", fmt="alt", look="outlook"),
    M(N, "fr", "cabinet_client_attendu", "Hélène Corbière <h.corbiere@vauban-associes.example.fr>",
      "Entretien de ce matin ?", "2026-03-27T10:12:00+01:00",
      """Océane,

Mon client m'indique que vous n'étiez pas présente à l'entretien de 9h30 ce matin. Je n'ai pas eu de nouvelles de votre part, j'espère que tout va bien.

Pouvez-vous me rappeler au plus vite ?

Hélène Corbière
Vauban & Associés
+33 1 55 00 42 18""",
      company="Vauban & Associés", contact="from"),
    M(N, "fr", "visio_absente_lapidaire", "Arnaud Perrin <arnaud@lumen-mobilite.example.fr>",
      "Restitution cas pratique", "2026-04-14T15:10:00+02:00",
      """Bonjour Océane,
on t'attendait à 14h sur Meet pour la restitution du cas, on est restés 15 min. Tout va bien ? Dis nous si tu veux reprogrammer.
Arnaud
CPO - Lumen Mobilité""",
      company="Lumen Mobilité", contact="from"),
    M(N, "fr", "spf_absence_epreuve", "SPF Stratégie et Appui <selection@bosa-like.example.be>",
      "Absence à l'épreuve orale AFG26077", "2026-05-04T15:00:00+02:00",
      """Madame,

Nous constatons votre absence à l'épreuve orale de la sélection AFG26077 qui s'est tenue ce 4 mai 2026 à 10h30.

Si votre absence est due à un cas de force majeure, vous pouvez nous transmettre un justificatif dans les cinq jours ouvrables. À défaut, vous serez considérée comme ayant renoncé à la procédure.

Bien à vous,
Le service Sélection
Service public fédéral Stratégie et Appui""",
      company="Service public fédéral Stratégie et Appui", contact="from"),
    M(N, "en", "zoom_no_show_recruiter", "Marcus Hill <marcus.hill@codasystems.example.com>",
      "Missed you today", "2026-02-20T11:35:00-05:00",
      """Hi Océane,

We missed you on the Zoom for your Research Deep-dive at 11:00 today. The interviewer waited about 15 minutes. I hope everything is okay!

Let me know if you'd still like to continue and I'll see what I can do about rescheduling.

Marcus Hill
Senior Technical Recruiter, Coda Systems""",
      company="Coda Systems", contact="from", fmt="alt", look="gmail"),
    M(N, "en", "tried_calling_indian", "Rahul Mehta <rahul.mehta@sagarfinserv.example.in>",
      "Missed Interview - Product Manager", "2026-04-28T19:05:00+05:30",
      """Dear Océane,

We tried calling you at the scheduled time (14:00 CET) and the panel also waited on Microsoft Teams, however you did not join the meeting.

Kindly revert whether you are still interested in the position so we can check panel availability for another slot.

Thanks & Regards,
Rahul Mehta
Sagar FinServ""",
      company="Sagar FinServ", contact="from"),
    M(N, "en", "irish_manager_mobile_noshow", "Niamh O'Connell <niamh@greenlane-energy.example.ie>",
      "Today", "2026-06-29T15:22:00+01:00",
      """Hi Océane - I was on the Teams link at 3 but didn't see you join. No worries if something came up, just let me know.

Niamh

Sent from my iPhone""",
      company="Greenlane Energy", contact="from"),
    M(N, "es", "no_se_conecto", "Marta Gómez <marta.gomez@consultoraaurea.example.es>",
      "Entrevista de hoy", "2026-03-17T11:40:00+01:00",
      """Hola Océane:

Te hemos estado esperando en la videollamada de las 11:00 pero no te has conectado. ¿Ha pasado algo? Si quieres, buscamos otro hueco esta semana.

Un saludo,
Marta Gómez
Áurea Consultores""",
      company="Áurea Consultores", contact="from"),
    M(N, "de", "nicht_erschienen_sie", "Stefanie Huber <stefanie.huber@isar-versicherung.example.de>",
      "Ihr Termin heute um 14:00 Uhr", "2026-07-30T14:40:00+02:00",
      """Sehr geehrte Frau Mbappé-Lindgren,

leider konnten wir Sie heute um 14:00 Uhr nicht im vereinbarten Teams-Meeting begrüßen. Sie sind dem Gespräch nicht beigetreten, und wir haben auch keine Nachricht von Ihnen erhalten.

Bitte teilen Sie uns mit, ob Sie weiterhin an der Position interessiert sind.

Mit freundlichen Grüßen
Stefanie Huber
Isar Versicherung AG""",
      company="Isar Versicherung", contact="from", charset="iso-8859-1", cte="quoted-printable"),
]

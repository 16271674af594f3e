"""Employer reschedules, cancellations and "we missed you" notices; shapes from msgs70_build."""

from __future__ import annotations

from msgs70_build import Ics, M, Quote

R = "interview_reschedule_or_cancel"
N = "missed_interview_notice"

RESCHEDULES = [
    M(R, "moved_carrington", "en", "Carrington Webb", "emma.schmit@carringtonwebb.example.lu",
      "Emma Schmit <emma.schmit@carringtonwebb.example.lu>",
      "Updated: Interview - Luc Hoffmann-Nakamura / Carrington Webb", "2026-02-13 08:56",
      """Dear Luc,

Apologies for the late change - Laurent has been called to a client steering committee on Tuesday afternoon. Could we move our interview to Thursday 19 February, same time (14:00)? I've sent an updated invitation; if Thursday doesn't work, just tell me and I'll find another slot.

Kind regards,
Emma

Emma Schmit
Talent Acquisition Specialist
Carrington Webb Luxembourg
""", shape="alt", ics=Ics("Interview - Luc Hoffmann-Nakamura / Carrington Webb", "2026-02-19 14:00", 45,
                         organizer="Emma Schmit <emma.schmit@carringtonwebb.example.lu>",
                         location="Microsoft Teams Meeting", sequence=1)),

    M(R, "canceled_fernhill", "en", "Fernhill Private Bank", "o.grant@fernhillbank.example.co.uk",
      "Oliver Grant <o.grant@fernhillbank.example.co.uk>",
      "Canceled: Fernhill - KYC Lead interview (Luc H-N)", "2026-03-09 07:41",
      """Morning Luc,

I'm really sorry, I have to cancel this morning's interview - we've got an urgent regulatory visit on site today and the whole compliance team is tied up. I'll come back to you by Wednesday with a couple of new dates for next week.

Apologies again for the short notice.

Oliver Grant
Head of Financial Crime | Fernhill Private Bank
""", ics=Ics("Fernhill - KYC Lead interview (Luc H-N)", "2026-03-09 10:00", 60, method="CANCEL",
              organizer="Oliver Grant <o.grant@fernhillbank.example.co.uk>", status="CANCELLED", sequence=2)),

    M(R, "postponed_vasudha", "en", "Vasudha Payments Europe", "talent.eu@vasudhapay.example.com",
      "Talent EU | Vasudha Payments <talent.eu@vasudhapay.example.com>",
      "RE: Shortlisted for Technical Round - AML Transaction Monitoring Lead", "2026-03-03 12:02",
      """Dear Luc,

Due to unavoidable circumstances on the panel side, the Technical Round scheduled for 4th March, 10:00 AM CET stands postponed.

The revised schedule will be intimated to you shortly. Regret the inconvenience caused.

Thanks and Regards,
Priya Raghunathan
Talent Acquisition - Europe
Vasudha Payments Europe S.A.
""", quote=Quote("outlook", "Luc Hoffmann-Nakamura <luc.hn@example.lu>", "26 February 2026 09:12",
                 "Dear Priya,\n\nThank you. I confirm slot 1, 4th March at 10:00.\n\nBest regards,\nLuc",
                 "RE: Shortlisted for Technical Round - AML Transaction Monitoring Lead")),

    M(R, "pushed_back_kestrel", "en", "Kestrel Depositary Services", "georgia@harlowfinch.example.com",
      "Georgia Hale <georgia@harlowfinch.example.com>",
      "Kestrel - change of plan!", "2026-01-29 13:30",
      """Hi Luc,

Bit of a curveball - Hannah at Kestrel is off sick so they need to push your screen on Friday back a week!! Same time (11am) next Friday, the 6th - does that still work? Let me know asap and I'll confirm with them.

So sorry about this!!

Georgia
Harlow & Finch
"""),

    M(R, "goodtime_rescheduled", "en", "Pellucid Asset Management", "",
      "Pellucid Asset Management <scheduling@goodtime.io>",
      "Your interview with Pellucid Asset Management has been rescheduled", "2026-02-16 18:10",
      """Hi Luc,

Your interview for ESG Data & Reporting Analyst has been rescheduled.

Previous time: Wednesday, February 18, 2026, 10:00 - 11:00 CET
New time: Friday, February 20, 2026, 15:00 - 16:00 CET

Interviewers: Sofia Marchetti, Daniel Ruiz
Location: Zoom (link in the updated calendar invitation)

Need a different time? https://app.goodtime.io/s/pellucid/3f9d2c7a/reschedule

Powered by GoodTime
""", shape="html"),

    M(R, "report_hollerich", "fr", "Banque Hollerich", "recrutement@banque-hollerich.example.lu",
      "Banque Hollerich - Ressources Humaines <recrutement@banque-hollerich.example.lu>",
      "Report de votre entretien du 29 janvier", "2026-01-27 16:45",
      """Monsieur,

En raison d'une indisponibilité de Mme Reuter, nous sommes contraints de reporter l'entretien vidéo prévu ce jeudi 29 janvier à 10h30.

Nous vous proposons le mardi 3 février à 15h00. Une nouvelle invitation Teams vous sera adressée dès réception de votre accord.

Nous vous prions de nous excuser pour ce contretemps et vous prions d'agréer, Monsieur, nos salutations distinguées.

Service Recrutement
Banque Hollerich S.A.
""", charset="iso-8859-1", cte="quoted-printable"),

    M(R, "decaler_mercator", "fr", "Groupe Mercator Assurances", "f.peeters@mercator-assur.example.be",
      "Frédéric Peeters <f.peeters@mercator-assur.example.be>",
      "RE: Votre candidature - Actuaire / Risk Manager", "2026-03-30 09:12",
      """Bonjour Monsieur Hoffmann-Nakamura,

Un empêchement de dernière minute du responsable Risques nous oblige à déplacer notre rendez-vous de mercredi. Seriez-vous disponible le vendredi 3 avril à 10h, toujours avenue Louise ?

Toutes nos excuses pour ce changement.

Bien à vous,
Frédéric Peeters
Groupe Mercator Assurances
""", quote=Quote("fr", "Luc Hoffmann-Nakamura <luc.hn@example.lu>", "mar. 24 mars 2026 à 08:30",
                 "Bonjour Monsieur Peeters,\n\nLe mercredi 1er avril à 14h me convient parfaitement.\n\nBien cordialement,\nLuc Hoffmann-Nakamura")),

    M(R, "imprevu_fintrail", "fr", "Fintrail", "gilles@fintrail.example.lu",
      "Gilles Wagner <gilles@fintrail.example.lu>",
      "Re: Moien Luc", "2026-06-16 12:03",
      """Désolé Luc, gros imprévu investisseurs cet aprem. On décale à jeudi même heure ? Même endroit

Envoyé de mon iPhone
""", quote=Quote("fr", "Luc Hoffmann-Nakamura <luc.hn@example.lu>", "sam. 6 juin 2026 à 10:15",
                 "Moien Gilles,\n\nAvec plaisir ! Mardi 16 à 17h au Kirchberg ça me va.\n\nLuc")),

    M(R, "horaire_ilrf", "fr", "Institut luxembourgeois de régulation financière", "recrutement@ilrf.example.lu",
      "ILRF - Recrutement <recrutement@ilrf.example.lu>",
      "Modification de l'horaire - Réf. ILRF/26/AML/03", "2026-05-18 10:30",
      """Monsieur,

Pour des raisons d'organisation du jury, l'horaire de votre convocation du vendredi 22 mai 2026 est modifié : l'épreuve écrite débutera à 13h30 (au lieu de 9h00), l'entretien suivra à 16h00.

Le lieu reste inchangé (283, route d'Arlon). Nous vous remercions de bien vouloir accuser réception du présent message.

Le Service des Ressources humaines
Institut luxembourgeois de régulation financière
"""),

    M(R, "annule_valdor", "fr", "Valdor Gestion", "a.thill@valdor-gestion.example.lu",
      "Anne Thill <a.thill@valdor-gestion.example.lu>",
      "Rendez-vous de lundi", "2026-07-10 17:20",
      """Bonjour Luc,

Je suis désolée, M. Kremer doit annuler le rendez-vous de lundi 13 juillet (déplacement imprévu auprès d'un promoteur à Francfort).

Je reviens vers vous début de semaine prochaine avec de nouvelles dates, vraisemblablement fin juillet.

Bien à vous,
Anne Thill
Valdor Gestion S.A.
+352 26 555 408
""", shape="alt"),

    M(R, "verschiebung_kvg", "de", "Kapitalverwaltung Trier", "n.schaefer@kvg-trier.example.de",
      "Nadine Schäfer <n.schaefer@kvg-trier.example.de>",
      "Terminverschiebung Vorstellungsgespräch", "2026-02-02 11:48",
      """Sehr geehrter Herr Hoffmann-Nakamura,

leider muss Herr Dr. Braun den für Mittwoch, 4. Februar, vereinbarten Termin krankheitsbedingt absagen.

Wäre es Ihnen möglich, das Gespräch auf Freitag, 6. Februar, 11:00 Uhr zu verschieben? Ich würde Ihnen dann eine neue Teams-Einladung senden.

Vielen Dank für Ihr Verständnis.

Mit freundlichen Grüßen
Nadine Schäfer
Personalreferentin
Kapitalverwaltung Trier GmbH
""", ics=Ics("Vorstellungsgespräch Hoffmann-Nakamura", "2026-02-04 10:00", 60, method="CANCEL",
              organizer="Nadine Schäfer <n.schaefer@kvg-trier.example.de>", status="CANCELLED", sequence=1)),

    M(R, "absage_call_paylo", "de", "Paylo", "jonas@paylo.example.de",
      "Jonas von Paylo <jonas@paylo.example.de>",
      "Unser Call morgen", "2026-02-24 20:15",
      """Hey Luc,

sorry, ich muss unseren Call morgen leider absagen, hat mich ordentlich erwischt (Grippe). Buch dir gern einfach einen neuen Slot ab nächster Woche: https://calendly.com/paylo-jonas/kennenlernen

Danke dir & bis bald
Jonas
"""),

    M(R, "verschiebung_zvb", "de", "Zürcher Vermögensbank", "r.baumann@zvb.example.ch",
      "Regula Baumann <r.baumann@zvb.example.ch>",
      "Verschiebung Ihres Gesprächstermins", "2026-05-05 15:33",
      """Sehr geehrter Herr Hoffmann-Nakamura

Herr Kälin ist am Donnerstag leider kurzfristig verhindert. Dürfen wir Ihr Gespräch auf Montag, 11. Mai, 10.00 Uhr verschieben? Der Ort bleibt unverändert.

Wir entschuldigen uns für die Umstände und danken Ihnen für Ihre Flexibilität.

Freundliche Grüsse
Regula Baumann
Zürcher Vermögensbank AG
""", charset="iso-8859-1", cte="quoted-printable"),

    M(R, "mover_llamada_nebula", "es", "Nébula Pagos", "marta.gil@nebulapagos.example.es",
      "Marta Gil <marta.gil@nebulapagos.example.es>",
      "Re: Tu candidatura en Nébula", "2026-06-03 09:05",
      """Hola Luc,

Perdona, tenemos que mover la llamada del jueves: a Andrés le ha surgido un viaje. ¿Te vendría bien el lunes 8 a las 10:00 (hora de Luxemburgo)?

¡Gracias y perdona el cambio!
Marta
""", quote=Quote("es", "Luc Hoffmann-Nakamura <luc.hn@example.lu>", "jue, 28 may 2026 a las 11:02",
                 "Hola Marta,\n\nEl jueves 4 a las 16:00 me va perfecto.\n\nSaludos,\nLuc")),

    M(R, "anulacion_ribera", "es", "Banco Ribera", "seleccion@bancoribera.example.es",
      "Selección Banco Ribera <seleccion@bancoribera.example.es>",
      "Anulación: Entrevista Banco Ribera - Analista de Riesgos ESG", "2026-09-21 17:45",
      """Estimado Sr. Hoffmann-Nakamura:

Por motivos de agenda de la Dirección de Sostenibilidad, nos vemos obligados a anular la entrevista prevista para el jueves 24 de septiembre. En los próximos días le propondremos una nueva fecha.

Disculpe las molestias.

Atentamente,
Departamento de Selección
Banco Ribera
""", ics=Ics("Entrevista Banco Ribera - Analista de Riesgos ESG", "2026-09-24 11:00", 60, method="CANCEL",
              organizer="Selección Banco Ribera <seleccion@bancoribera.example.es>", status="CANCELLED", sequence=1)),
]

MISSED = [
    M(N, "tried_calling_kestrel", "en", "Kestrel Depositary Services", "hannah.moss@kestrelds.example.com",
      "Hannah Moss <hannah.moss@kestrelds.example.com>",
      "Our call this morning", "2026-02-06 11:24",
      """Hi Luc,

We tried calling you at the scheduled time (11:00) on the number on your CV, +352 691 555 204, but it went to voicemail.

If something came up, no problem - just reply with a couple of times that work and I'll try to fit you in before the end of next week.

Best,
Hannah Moss
HR Business Partner
Kestrel Depositary Services S.A.
"""),

    M(N, "teams_gresham", "en", "Gresham Lane Advisory", "t.okeefe@greshamlane.example.com",
      "Tara O'Keefe <t.okeefe@greshamlane.example.com>",
      "Today's interview", "2026-04-28 15:20",
      """Dear Luc,

You did not join the Teams meeting at 14:30 today for your interview with our Risk & Regulatory team. Both interviewers waited for 15 minutes.

Could you let me know what happened? If there was a technical issue we can look at rearranging, subject to the team's availability.

Regards,
Tara O'Keefe
Recruitment Coordinator
Gresham Lane Advisory
"""),

    M(N, "did_not_turn_up_vasudha", "en", "Vasudha Payments Europe", "talent.eu@vasudhapay.example.com",
      "Talent EU | Vasudha Payments <talent.eu@vasudhapay.example.com>",
      "Non-attendance - Technical Round 11th March", "2026-03-11 11:40",
      """Dear Luc,

This is to bring to your notice that you did not join the Technical Round interview scheduled today at 10:00 AM CET. The panel waited on the call for 20 minutes.

Kindly revert with the reason for non-attendance at the earliest, so that we may check the possibility of one more slot with the panel.

Thanks and Regards,
Priya Raghunathan
Talent Acquisition - Europe
Vasudha Payments Europe S.A.
"""),

    M(N, "zoom_8am_southern", "en", "Southern Cross Wealth", "mia.t@southerncrosswealth.example.com.au",
      "Mia Thompson <mia.t@southerncrosswealth.example.com.au>",
      "Re: Remote Risk Analyst - keen to chat", "2026-06-10 08:22",
      """Hi Luc, Josh and I were on the zoom at 8 your time - did you get held up? No stress, let me know if you want to rebook

Mia

Sent from my iPhone
""", quote=Quote("gmail", "Luc Hoffmann-Nakamura <luc.hn@example.lu>", "Wed, 3 Jun 2026 at 07:30",
                 "Hi Mia,\n\nWednesday 10 June at 8am works for me. Looking forward to it!\n\nLuc")),

    M(N, "attendu_mercator", "fr", "Groupe Mercator Assurances", "f.peeters@mercator-assur.example.be",
      "Frédéric Peeters <f.peeters@mercator-assur.example.be>",
      "Entretien de ce matin", "2026-04-03 11:15",
      """Bonjour Monsieur Hoffmann-Nakamura,

Nous vous avons attendu ce matin à 10h pour votre entretien avec le responsable Risques, mais vous ne vous êtes pas présenté à l'accueil.

J'espère qu'il ne vous est rien arrivé. Pourriez-vous me recontacter afin que nous voyions ensemble la suite à donner ?

Bien à vous,
Frédéric Peeters
Groupe Mercator Assurances
+32 2 555 41 90
"""),

    M(N, "pas_joint_caisse_rurale", "fr", "Caisse Rurale du Nord", "j.kieffer@caisse-rurale-nord.example.lu",
      "Jean Kieffer <j.kieffer@caisse-rurale-nord.example.lu>",
      "Entretien téléphonique", "2026-05-13 09:47",
      """Bonjour Monsieur,

J'ai essayé de vous joindre à deux reprises à l'heure convenue (9h30) pour notre entretien téléphonique concernant le poste de Responsable conformité, sans succès, et je n'ai pas pu laisser de message.

Si vous êtes toujours intéressé, merci de me proposer un nouveau créneau.

Cordialement,
Jean Kieffer
Directeur adjoint
Caisse Rurale du Nord - Ettelbruck
Tél. +352 81 555 322
""", charset="windows-1252", cte="quoted-printable"),

    M(N, "meet_papyrus", "fr", "Papyrus Pay", "ines@papyruspay.example.fr",
      "Inès Barbier <ines@papyruspay.example.fr>",
      "On t'attendait :)", "2026-08-20 14:22",
      """Hello Luc,

On t'attendait sur le Meet à 14h avec Hugo pour le poste de Compliance Lead, tout va bien ? Je n'ai pas eu de message de ta part.

Dis-moi si tu veux qu'on recale ça, on est flexibles cette semaine.

Inès
Talent @ Papyrus Pay
"""),

    M(N, "nicht_erreicht_mosel_rueck", "de", "Mosel Rück", "karriere@moselrueck.example.lu",
      "Mosel Rück Karriere <karriere@moselrueck.example.lu>",
      "Telefoninterview heute", "2026-08-12 16:05",
      """Sehr geehrter Herr Hoffmann-Nakamura,

leider haben wir Sie heute um 15:00 Uhr zum vereinbarten Telefoninterview unter der angegebenen Nummer nicht erreicht.

Sollten Sie weiterhin Interesse an der Position Risk Analyst haben, melden Sie sich bitte bis Freitag bei uns, damit wir einen neuen Termin abstimmen können.

Mit freundlichen Grüßen
Katrin Hoffmann
HR-Team Mosel Rück S.A.
"""),

    M(N, "nicht_im_call_fundhaus", "de", "Fundhaus", "lea.brandt@fundhaus.example.de",
      "Lea Brandt <lea.brandt@fundhaus.example.de>",
      "Heute 10 Uhr?", "2026-09-29 10:31",
      """Hi Luc,

du warst heute um 10 nicht im Teams-Call - ist was dazwischengekommen? Martin und ich waren drin.

Schreib mir einfach, wann es dir diese oder nächste Woche passt, dann finden wir einen neuen Termin.

Viele Grüße
Lea
Fundhaus | Talent & People
"""),

    M(N, "esperando_finanzas_claras", "es", "Finanzas Claras", "pablo.ruiz@finanzasclaras.example.es",
      "Pablo Ruiz <pablo.ruiz@finanzasclaras.example.es>",
      "Videollamada de hoy", "2026-10-06 17:40",
      """Hola Luc:

Te estuvimos esperando en la videollamada de las 16:00 para la entrevista del puesto de Analista de Datos de Riesgo, pero no llegaste a conectarte.

¿Ha pasado algo? Si sigues interesado, dime qué días te vienen bien y buscamos otro hueco.

Saludos,
Pablo Ruiz
Responsable de Selección - Finanzas Claras
""", charset="iso-8859-1", cte="8bit"),
]

MESSAGES = [*RESCHEDULES, *MISSED]

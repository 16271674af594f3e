"""Corpus 318: `application_received` (21) and `missed_interview_notice` (10) messages."""

from __future__ import annotations

from msgs318_common import M, html_shell

A = "application_received"
N = "missed_interview_notice"

ACKS = [
    # --- English ----------------------------------------------------------------------------
    M("domstad_ack", A, "en",
      ("Domstad Transit Authority", "domstadtransit@myworkday.com"),
      "We have received your application - Junior Transport Planner (R-2026-0147)",
      "2026-01-12 08:03 +0000",
      """Dear Bartholomew,

Thank you for applying to Domstad Transit Authority for the position of Junior Transport Planner
(R-2026-0147).

We confirm that your application has been received. Our recruitment team will review it and
you will hear from us within three weeks. You can follow the status of your application at any
time in your candidate home on our careers site.

Kind regards,
Talent Acquisition
Domstad Transit Authority

This email was sent from an unmonitored mailbox. Please do not reply.""",
      company="Domstad Transit Authority", auto_html=True, brand="Domstad Transit Authority",
      cte="quoted-printable", html_cte="quoted-printable"),
    M("spokely_ack", A, "en",
      ("Spokely", "no-reply@ashbyhq.com"),
      "Thanks for applying to Spokely!", "2026-02-09 10:15 +0000",
      """Hi Bart,

Thanks for applying for the Fleet Dispatcher (Rebalancing) role - we're so glad you're
interested in keeping Amsterdam on two wheels.

Our team reads every application (really!). If there's a match, someone will reach out within
two weeks to set up a first call.

Cheers,
The Spokely team""",
      company="Spokely", auto_html=True, brand="spokely"),
    M("kelmscott_ack", A, "en",
      ("Kelmscott City Council Recruitment", "kelmscottcc@taleo.net"),
      "Application received: Transport Operations Planner (KCC/TR/2211)",
      "2026-03-02 21:47 +0000",
      """Dear Bartholomew Achterberg,

Thank you for submitting your application for the post of Transport Operations Planner
(KCC/TR/2211).

The closing date for this vacancy is 9 March 2026. Shortlisting will take place shortly
afterwards. If you have not heard from us within four weeks of the closing date, please assume
that your application has not been successful on this occasion.

Yours sincerely,
Recruitment Team
Kelmscott City Council

Please do not reply to this automated message.""",
      company="Kelmscott City Council", cte="7bit"),
    M("midland_ack", A, "en",
      ("Midland Connect Buses Careers", "careers-midlandconnect@icims.com"),
      "Thank you for your application - Service Controller (Req 4471)",
      "2026-04-29 06:14 +0000",
      None,
      html=html_shell(
          "<p>Hi Bart,</p>\n<p>Thank you for applying for the <b>Service Controller</b> role "
          "(Req 4471) at Midland Connect Buses.</p>\n<p>Your application has been successfully "
          "submitted. Our talent team will review it and get in touch if your skills and "
          "experience match the role.</p>\n<p>You can check the status of your application by "
          "logging into your candidate dashboard.</p>\n<p>Best regards,<br>Talent Team<br>"
          "Midland Connect Buses</p>", brand="Midland Connect Buses",
          footer="This is an automated email. Replies to this address are not monitored."),
      company="Midland Connect Buses"),
    M("cargoroute_ack", A, "en",
      ("Cargoroute", "no-reply@hire.lever.co"),
      "Thanks for applying to Cargoroute", "2026-03-19 20:02 +0000",
      """Hi Bart,

Thank you for applying to the Night Dispatch Planner position at Cargoroute. We've received
your application and our team will be reviewing it shortly.

If your background fits what we're looking for, we'll be in touch about next steps.

Best,
The Cargoroute Team""",
      company="Cargoroute", cte="7bit"),
    M("antwerp_shuttle_ack", A, "en",
      ("Antwerp Shuttle Services", "noreply@workablemail.com"),
      "Antwerp Shuttle Services: application received", "2026-02-24 14:31 +0000",
      """Dear Bart,

Thank you for your application for the role of Shuttle Operations Planner. This message is to
confirm that we have received it.

We are reviewing applications on a rolling basis. Because of the number of applications we
receive, we cannot reply to every applicant individually; if you are selected for an interview,
we will contact you by email or phone within 15 working days.

Kind regards,
Antwerp Shuttle Services""",
      company="Antwerp Shuttle Services", auto_html=True, html_cte="base64"),
    M("amstel_dispatch_ack", A, "en",
      ("Amstel Dispatch Services", "no-reply@recruitee.com"),
      "Application received - Dispatcher (Evening Shift)", "2026-03-02 19:20 +0000",
      None,
      html=html_shell(
          "<p>Dear Bart,</p>\n<p>We have received your application for <strong>Dispatcher "
          "(Evening Shift)</strong>. Thank you for your interest in Amstel Dispatch "
          "Services!</p>\n<p>Please note that due to the high number of applications we are "
          "unable to reply to every applicant individually. Candidates who are selected for "
          "the next round will be contacted within two weeks.</p>\n<p>Kind regards,<br>"
          "Amstel Dispatch Services</p>", brand="Amstel Dispatch Services",
          footer="Powered by Recruitee."),
      company="Amstel Dispatch Services"),
    M("parcelia_uk_ack", A, "en",
      ("Parcelia", "no-reply@teamtailor-mail.com"),
      "Thanks for your application, Bart!", "2026-04-20 11:55 +0000",
      """Hi Bart,

Thanks for applying for Planning Coordinator - Birmingham Hub at Parcelia!

We've received your application and the hiring team will review it over the coming days.
We'll get back to you as soon as we can.

Best regards,
Parcelia Talent Team""",
      company="Parcelia", auto_html=True, brand="Parcelia"),
    M("noordkade_ack", A, "en",
      ("Ilse Vermeulen", "ilse.vermeulen@noordkade.example.nl"),
      "Re: Application - Transport Planner (day shift)", "2026-05-04 09:37 +0200",
      """Dear Bart,

Thank you for your email and CV. I confirm that we have received your application for the
Transport Planner (day shift) position and I have passed it on to our hub manager.

We expect to make a first selection by the end of May and will let you know either way.

Kind regards,
Ilse Vermeulen
HR Advisor, Noordkade Logistics""",
      company="Noordkade Logistics", contact="ilse.vermeulen@noordkade.example.nl",
      reply="noordkade_apply"),
    M("veloop_ack", A, "en",
      ("Veloop", "no-reply@us.greenhouse-mail.io"),
      "Thank you for applying to Veloop", "2026-03-30 07:48 +0000",
      """Hi Bart,

Thanks for applying to Veloop! Your application for Fleet Operations Dispatcher (Cologne) has
been received. We'll review it and get back to you as soon as possible.

In the meantime, you can learn more about how we run our fleet on our blog.

Best,
The Veloop Talent Team""",
      company="Veloop"),

    # --- German -----------------------------------------------------------------------------
    M("rheinmaas_ack", A, "de",
      ("RheinMaas Rail Recruiting", "rheinmaas@successfactors.eu"),
      "Ihre Bewerbung: Disponent Zugpersonal (m/w/d) – Köln", "2026-06-02 07:41 +0000",
      """Sehr geehrter Herr Achterberg,

vielen Dank für Ihre Bewerbung als Disponent Zugpersonal (m/w/d) am Standort Köln
(Stellen-ID 60388) und Ihr Interesse an RheinMaas Rail.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung sorgfältig und
melden uns in den nächsten Wochen bei Ihnen. Den aktuellen Stand können Sie jederzeit in Ihrem
Kandidatenprofil einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team
RheinMaas Rail

Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.""",
      company="RheinMaas Rail", cte="quoted-printable", subj_enc=("utf-8", "Q")),
    M("rheinufer_ack", A, "de",
      ("Rheinufer Verkehr", "noreply@softgarden.io"),
      "Eingangsbestätigung Ihrer Bewerbung", "2026-04-13 19:02 +0000",
      """Guten Tag Herr Achterberg,

vielen Dank für Ihre Bewerbung als Disponent Fahrdienst (m/w/d). Ihre Unterlagen sind bei uns
eingegangen.

Wir werden Ihre Bewerbung nun prüfen und uns so schnell wie möglich bei Ihnen melden. Bitte
haben Sie Verständnis, dass dies einige Zeit in Anspruch nehmen kann.

Freundliche Grüße
Ihr Team der Rheinufer Verkehr

Bitte antworten Sie nicht auf diese automatisch erstellte E-Mail.""",
      company="Rheinufer Verkehr", charset="iso-8859-1", cte="quoted-printable"),
    M("duesseltakt_ack", A, "de",
      ("DüsselTakt Mobilität", "no-reply@personio.de"),
      "Danke für deine Bewerbung!", "2026-06-15 16:44 +0000",
      """Hallo Bart,

vielen Dank für deine Bewerbung als Schichtkoordinator Leitstelle bei DüsselTakt Mobilität!

Wir haben deine Unterlagen erhalten und schauen sie uns in Ruhe an. Du hörst spätestens in
zwei Wochen von uns.

Viele Grüße
Dein DüsselTakt-Team""",
      company="DüsselTakt Mobilität", name_enc=("utf-8", "B"), auto_html=True,
      brand="DüsselTakt Mobilität", cte="8bit"),
    M("lindenau_ack", A, "de",
      ("Gertrud Nießen", "gertrud.niessen@lindenau.example.de"),
      "Eingangsbestätigung - Ausschreibung 14/2026", "2026-03-04 11:20 +0100",
      None,
      html=html_shell(
          "<p>Sehr geehrter Herr Achterberg,</p>\n<p>hiermit bestätigen wir den Eingang Ihrer "
          "Bewerbung vom 3. März 2026 auf die Stelle <b>Sachbearbeitung Verkehrsplanung / "
          "ÖPNV</b> (Ausschreibung 14/2026).</p>\n<p>Nach Ablauf der Bewerbungsfrist am "
          "27. März 2026 werden alle Bewerbungen gesichtet. Wir bitten um etwas Geduld.</p>\n"
          "<p>Mit freundlichen Grüßen<br>Im Auftrag<br>Gertrud Nießen<br>Stadt Lindenau - "
          "Fachbereich Personal<br>Telefon 02236 555-210</p>", brand="Stadt Lindenau"),
      company="Stadt Lindenau", contact="gertrud.niessen@lindenau.example.de",
      html_charset="iso-8859-1", html_cte="quoted-printable", name_enc=("iso-8859-1", "Q")),

    # --- French -----------------------------------------------------------------------------
    M("parcelia_lille_ack", A, "fr",
      ("Parcelia", "no-reply@teamtailor-mail.com"),
      "Merci pour votre candidature, Bart !", "2026-03-30 13:11 +0000",
      """Bonjour Bart,

Merci pour votre candidature au poste de Planificateur tournées (H/F) - Lille-Lesquin chez
Parcelia !

Nous avons bien reçu votre dossier. L'équipe recrutement va l'étudier avec attention et
reviendra vers vous dans les meilleurs délais.

À bientôt,
L'équipe Talents Parcelia""",
      company="Parcelia", auto_html=True, brand="Parcelia", cte="quoted-printable"),
    M("delcourt_ack", A, "fr",
      ("Sophie Delcourt", "s.delcourt@delcourt-scolaire.example.fr"),
      "RE: Candidature - régulateur transport scolaire", "2026-01-21 10:04 +0100",
      """Bonjour Monsieur,

Nous accusons bonne réception de votre candidature et vous en remercions. Je l'ai transmise à
M. Lefebvre, responsable d'exploitation, qui reviendra vers vous rapidement si votre profil
correspond.

Cordialement,
Sophie Delcourt
Assistante de direction
Transports Scolaires Delcourt - ZA du Moulin, 59113 Seclin""",
      company="Transports Scolaires Delcourt", contact="s.delcourt@delcourt-scolaire.example.fr",
      reply="delcourt_apply", quote_style="outlook", charset="iso-8859-1",
      cte="quoted-printable"),
    M("mmn_ack", A, "fr",
      ("Mobilités Métropole Nord", "noreply@smartrecruiters.com"),
      "Confirmation de candidature - Agent de planification (H/F)", "2026-02-20 08:36 +0000",
      """Bonjour Bart,

Nous vous confirmons la bonne réception de votre candidature pour le poste d'Agent de
planification (H/F) au sein de Mobilités Métropole Nord.

Votre candidature sera étudiée avec la plus grande attention. Vous pouvez suivre son avancement
depuis votre espace candidat.

Cordialement,
L'équipe Recrutement
Mobilités Métropole Nord""",
      company="Mobilités Métropole Nord", subj_enc=("iso-8859-1", "B"), cte="base64",
      name_enc=("utf-8", "Q")),
    M("brehaut_ack", A, "fr",
      ("Ville de Bréhaut - Ressources humaines", "recrutement@brehaut.example.fr"),
      "Accusé de réception de votre candidature", "2026-06-22 09:00 +0200",
      """Monsieur,

Nous accusons réception de votre candidature au poste de coordinateur mobilité et transport
scolaire.

En raison du nombre important de candidatures, nous ne pourrons pas répondre individuellement
à chacune d'entre elles. Les candidats retenus pour un entretien seront contactés avant le
31 juillet 2026.

Nous vous remercions de l'intérêt que vous portez à notre collectivité.

La Direction des ressources humaines
Ville de Bréhaut""",
      company="Ville de Bréhaut", charset="windows-1252", cte="8bit"),

    # --- Spanish ----------------------------------------------------------------------------
    M("nervion_ack", A, "es",
      ("Ane Goikoetxea", "ane.goikoetxea@transportesnervion.example.es"),
      "Re: Candidatura Planificador/a de Servicios", "2026-06-23 12:48 +0200",
      """Hola, Bart:

Te confirmo que hemos recibido tu candidatura para el puesto de Planificador/a de Servicios.
La estamos revisando junto con el jefe de tráfico y te diremos algo en unos diez días.

Un saludo,
Ane Goikoetxea
Técnica de Selección - Transportes Nervión""",
      company="Transportes Nervión", contact="ane.goikoetxea@transportesnervion.example.es",
      reply="nervion_apply", charset="iso-8859-1", cte="8bit"),
    M("ibaizabal_ack", A, "es",
      ("Metro Ibaizabal - Selección", "metroibaizabal@myworkday.com"),
      "Hemos recibido tu candidatura", "2026-08-18 06:30 +0000",
      """Hola Bart:

Gracias por presentar tu candidatura al puesto de Técnico/a de Regulación de Tráfico
(ref. MI-2026-088) en Metro Ibaizabal.

Tu solicitud se ha registrado correctamente. El equipo de selección la revisará y, si tu
perfil encaja con los requisitos, nos pondremos en contacto contigo.

Saludos,
Departamento de Personas - Metro Ibaizabal

Mensaje automático. Por favor, no respondas a este correo.""",
      company="Metro Ibaizabal", auto_html=True, brand="Metro Ibaizabal", cte="base64"),
    M("arrizabal_registro", A, "es",
      ("Ayuntamiento de Arrizabal - Registro", "registro@arrizabal.example.es"),
      "Justificante de registro de su solicitud", "2026-07-02 12:03 +0200",
      """Ayuntamiento de Arrizabal - Registro Electrónico General

Número de registro: RE-2026-004871
Fecha y hora de presentación: 02/07/2026 12:03:17
Interesado: ACHTERBERG, BARTHOLOMEW
Asunto: Solicitud de admisión al proceso selectivo - Técnico/a de Movilidad (OEP 2026)

Su solicitud ha quedado registrada correctamente. La relación provisional de personas
admitidas y excluidas se publicará en el tablón de anuncios electrónico.

Este justificante se ha generado automáticamente. No responda a este mensaje.""",
      company="Ayuntamiento de Arrizabal", charset="iso-8859-1", cte="quoted-printable"),
]

MISSED = [
    # --- English ----------------------------------------------------------------------------
    M("veloop_missed", N, "en",
      ("Marit Kühne", "marit.kuehne@veloop.example.de"),
      "We missed you on Zoom today", "2026-04-16 10:21 +0200",
      """Hi Bart,

Benedikt and I were on the Zoom call at 10:00 for your interview and waited about fifteen
minutes, but you didn't join. I hope everything is all right!

If something came up, just reply and we'll try to find another slot next week.

Best,
Marit""",
      company="Veloop", contact="marit.kuehne@veloop.example.de", cte="quoted-printable"),
    M("westmid_missed", N, "en",
      ("Karen Oduya", "karen.oduya@westmidcoaches.example.co.uk"),
      "Tried to call you", "2026-06-25 10:18 +0100",
      """Hi Bart,

I tried to call you at 10:00 as agreed, twice, but it went to voicemail. I've left you a
message.

Let me know if you're still interested in the Duty Planner role and when would be a good time to
try again.

Best wishes,
Karen

Karen Oduya | HR Business Partner
Westmid Coaches | 0121 555 0170""",
      company="Westmid Coaches", contact="karen.oduya@westmidcoaches.example.co.uk"),
    M("transtalent_missed", N, "en",
      ("Oliver Brandsma", "oliver@transtalent.example.com"),
      "Where were you? Amstel Ferry Lines call", "2026-08-27 16:24 +0200",
      """Bart,

Hanneke from Amstel Ferry Lines just messaged me: they have been in the Google Meet since 16:00
and you haven't joined. I've tried your mobile as well.

Please call me as soon as you see this - I'll try to salvage it with the client.

Oliver
+31 6 5555 2019""",
      company="Amstel Ferry Lines", contact="oliver@transtalent.example.com",
      reply="transtalent_moved", quote=False),
    M("lekstroom_missed", N, "en",
      ("Maarten Kolkman", "m.kolkman@lekstroombus.example.nl"),
      "Your interview this morning", "2026-09-17 09:52 +0200",
      """Dear Bart,

We were expecting you at 09:00 this morning for your interview for the Roster Coordinator
position, but unfortunately you did not arrive and we could not reach you by phone.

Perhaps something went wrong with the invitation. If you are still interested, we can offer a
new appointment on Tuesday 29 September at 14:00. Please let me know.

Kind regards,
Maarten Kolkman
Manager Planning & Roostering, Lekstroom Bus""",
      company="Lekstroom Bus", contact="m.kolkman@lekstroombus.example.nl",
      charset="windows-1252", cte="8bit"),
    M("midland_missed", N, "en",
      ("Midland Connect Buses Careers", "careers-midlandconnect@icims.com"),
      "Missed phone screen - Service Controller (Req 4471)", "2026-05-14 11:40 +0000",
      """Hi Bart,

Our recruiter tried to reach you for your scheduled phone screen today at 12:00 (BST) for the
Service Controller role, but was unable to connect with you.

If you would still like to be considered, please use the link below within 3 days to choose a
new time:
https://careers-midlandconnect.icims.com/jobs/4471/candidate/reschedule

Kind regards,
Talent Team - Midland Connect Buses

This mailbox is not monitored.""",
      company="Midland Connect Buses", auto_html=True, brand="Midland Connect Buses"),

    # --- German -----------------------------------------------------------------------------
    M("rheinufer_missed", N, "de",
      ("Jörg Wittkamp", "joerg.wittkamp@rheinufer-verkehr.example.de"),
      "Unser Termin heute um 10 Uhr", "2026-05-07 10:46 +0200",
      """Guten Tag Herr Achterberg,

wir hatten Sie heute um 10:00 Uhr zum Gespräch auf dem Betriebshof Am Molenkopf erwartet. Leider
sind Sie nicht erschienen, und telefonisch konnten wir Sie auch nicht erreichen.

Bitte geben Sie uns kurz Bescheid, ob Sie an der Stelle weiterhin interessiert sind.

Freundliche Grüße
Jörg Wittkamp
Abteilungsleiter Fahrdienst, Rheinufer Verkehr""",
      company="Rheinufer Verkehr", contact="joerg.wittkamp@rheinufer-verkehr.example.de",
      charset="iso-8859-1", cte="quoted-printable", name_enc=("iso-8859-1", "B")),
    M("lpp_bergmann_missed", N, "de",
      ("Sabine Overath", "s.overath@logistik-personal.example.de"),
      "Telefoninterview Bergmann - nicht erreicht", "2026-07-23 10:04 +0200",
      """Hallo Herr Achterberg,

Herr Bergmann hat mich eben angerufen: Er hat um 9:30 Uhr wie vereinbart zweimal versucht, Sie
zu erreichen, aber Sie waren leider nicht erreichbar.

Ist alles in Ordnung? Rufen Sie mich bitte zurück, dann versuche ich, einen neuen Termin zu
bekommen.

Beste Grüße
Sabine Overath
Logistik Personal Partner · 0211 555 4410""",
      company="Hafenspedition Bergmann", contact="s.overath@logistik-personal.example.de",
      cte="8bit"),

    # --- French -----------------------------------------------------------------------------
    M("delcourt_missed", N, "fr",
      ("Marc Lefebvre", "m.lefebvre@delcourt-scolaire.example.fr"),
      "Entretien manqué ce matin", "2026-02-10 11:05 +0100",
      """Bonjour Monsieur Achterberg,

Nous vous avons attendu ce matin à 10h00 pour votre entretien, Mme Vasseur et moi-même, mais
vous ne vous êtes pas présenté. J'ai essayé de vous joindre sur votre portable, sans succès.

Pouvez-vous me dire si vous êtes toujours intéressé par le poste ?

Cordialement,
Marc Lefebvre
Responsable d'exploitation - Transports Scolaires Delcourt""",
      company="Transports Scolaires Delcourt", contact="m.lefebvre@delcourt-scolaire.example.fr",
      charset="iso-8859-1", cte="8bit"),
    M("anvers_missed", N, "fr",
      ("Bénédicte Lambrechts", "b.lambrechts@anvers-cargo.example.be"),
      "Entretien téléphonique de ce jour", "2026-06-10 14:31 +0200",
      """Bonjour Monsieur Achterberg,

M. Peeters a essayé de vous joindre aujourd'hui à 14h00 comme convenu pour l'entretien
téléphonique concernant le poste de dispatcheur, mais sans réponse. Il vous a laissé un message
vocal.

Merci de nous recontacter si vous souhaitez toujours poursuivre.

Cordialement,
Bénédicte Lambrechts
Office Manager - Anvers Cargo Services
+32 3 555 27 40""",
      company="Anvers Cargo Services", contact="b.lambrechts@anvers-cargo.example.be",
      charset="windows-1252", cte="quoted-printable", subj_enc=("windows-1252", "B")),

    # --- Spanish ----------------------------------------------------------------------------
    M("talento_bidasoa_missed", N, "es",
      ("Lucía Etxeberria", "lucia@talentologistico.example.es"),
      "No te has conectado a la videollamada", "2026-08-13 12:26 +0200",
      """Hola Bart,

Gorka, de Bidasoa Paquetería, me acaba de escribir: te ha estado esperando en la videollamada
de las 12:00 y no te has conectado. También te he llamado yo, pero salta el buzón.

¿Ha pasado algo? Dime algo en cuanto puedas y veo si podemos recuperar la entrevista.

Un abrazo,
Lucía""",
      company="Bidasoa Paquetería", contact="lucia@talentologistico.example.es",
      cte="quoted-printable"),
]

MESSAGES = ACKS + MISSED

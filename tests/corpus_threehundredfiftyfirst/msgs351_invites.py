"""Stand-alone invitations, reschedules/cancellations and missed-interview notices."""

from __future__ import annotations

from msgs351_common import DISCLAIMER_DE, M, Spec, html_shell, sig

LINDE = ("Kerstin Bormann", "k.bormann@linde-versandapotheke.example.de")
BRAMBLE = ("Alex Moreau", "alex.moreau@brambleandbirch.example.com")
ORBIT = ("Petra Svobodová", "petra.svobodova@orbitgroceries.example.cz")
LILAS = ("Manon Lecomte", "manon.lecomte@lilasmode.example.fr")
ALBUFERA = ("Javier Soler", "javier.soler@mueblesalbufera.example.es")
PERSPEKTIVE = ("Stefan Köhler", "stefan.koehler@perspektive-personal.example.de")

_leinwerk_invite = """Hallo Henrike,

vielen Dank für deine Bewerbung als Teamlead Marketplace Seller Support bei Leinwerk Home!
Wir möchten dich gern in einem ersten Video-Interview (30 Minuten) kennenlernen.

Bitte wähle über den folgenden Link einen Termin, der dir passt:
https://leinwerk.teamtailor.com/meetings/book/3f9a2c

Wir freuen uns auf dich!
Das Leinwerk Home Recruiting-Team
"""

_sprint = """Hola Henrike,

¡Enhorabuena! Has superado la primera fase del proceso para Encargada de Tienda Online en
Sprint Deportes Valencia.

Te invitamos a participar en nuestra jornada de evaluación (assessment center) con dinámica de
grupo y caso práctico. Reserva tu plaza en el siguiente enlace:
https://jobs.smartrecruiters.com/sprintdeportes/schedule/av-22

Fechas disponibles: 15 o 16 de abril, de 9:30 a 13:30, en nuestra sede de la Avenida de
Francia 17, Valencia.

¡Nos vemos pronto!
Equipo de Talento de Sprint Deportes
"""

SPECS: list[Spec] = [
    # ================================================================ invitations
    M("leinwerk_booking_link", "interview_invitation", "de", "Leinwerk Home", "",
      ("Leinwerk Home", "noreply@teamtailor-mail.com"),
      "Buche dein Interview mit Leinwerk Home", "2026-01-14 13:05 +0100", _leinwerk_invite,
      fmt="alt", html=html_shell(_leinwerk_invite.replace(
          "https://leinwerk.teamtailor.com/meetings/book/3f9a2c",
          "<a href=\"https://leinwerk.teamtailor.com/meetings/book/3f9a2c\">Termin buchen</a>"),
          brand="Leinwerk Home", color="#8d99ae")),
    M("linde_phone", "interview_invitation", "de", "Linde Versandapotheke",
      "k.bormann@linde-versandapotheke.example.de", LINDE,
      "Telefoninterview – Teamleitung Kundenservice & Versand", "2026-05-06 09:25 +0200",
      """Guten Morgen Frau Vasquez-Lindholm,

vielen Dank für Ihre Bewerbung bei der Linde Versandapotheke in Erfurt. Ihre Erfahrung in der
Führung großer Filialteams passt sehr gut zu dem, was wir suchen.

Ich würde gern ein etwa 30-minütiges Telefoninterview mit Ihnen führen. Wie wäre es mit
Dienstag, dem 12. Mai, um 14:00 Uhr? Ich rufe Sie unter der Nummer aus Ihrem Lebenslauf an.

Mit freundlichen Grüßen
Kerstin Bormann
Personalreferentin
Linde Versandapotheke OHG | Juri-Gagarin-Ring 90 | 99084 Erfurt
""", charset="windows-1252", cte="quoted-printable"),
    M("vitalis_via_perspektive", "interview_invitation", "de", "Vitalis Versandapotheke",
      "stefan.koehler@perspektive-personal.example.de", PERSPEKTIVE,
      "Einladung: Vitalis Versandapotheke möchte Sie kennenlernen", "2026-09-01 16:16 +0200",
      """Sehr geehrte Frau Vasquez-Lindholm,

ich habe gute Nachrichten: Die Vitalis Versandapotheke in Dresden möchte Sie für die Position
Head of Fulfillment zu einem ersten Gespräch einladen.

Termin: Dienstag, 8. September 2026, 11:00 Uhr
Ort: Vitalis Versandapotheke, Königsbrücker Landstraße 159, 01109 Dresden
Gesprächspartner: Frau Dr. Annett Seidel (Geschäftsführung), Herr Paul Kretschmer (Logistik)

Zur Vorbereitung sende ich Ihnen morgen ein kurzes Unternehmensprofil.

Mit besten Grüßen
""" + sig("Stefan Köhler", "Senior Personalberater", "Perspektive Personal GmbH",
          "Wallstraße 15, 01067 Dresden", "Tel. 0351 555 3080") + DISCLAIMER_DE,
      name_enc=("b", "utf-8")),
    M("bramble_greenhouse", "interview_invitation", "en", "Bramble & Birch",
      "alex.moreau@brambleandbirch.example.com",
      ("Alex Moreau via Greenhouse", "no-reply@greenhouse-mail.io"),
      "Interview invitation: Bramble & Birch - Fulfilment Operations Manager",
      "2026-03-16 18:02 +0000",
      """Hi Henrike,

Thanks so much for your interest in Bramble & Birch! We'd love to invite you to a 45-minute
video interview with our Head of Fulfilment, Grace Whitfield.

Please use the link below to select a time that works for you within the next week:
https://app.greenhouse.example.io/scheduling/bb/9d2e71

If none of the slots suit you, just reply to this email and I'll find an alternative.

Best wishes,
Alex Moreau
Talent Coordinator, Bramble & Birch
""", reply_to=BRAMBLE, fmt="alt", html=html_shell("""Hi Henrike,

Thanks so much for your interest in Bramble &amp; Birch! We'd love to invite you to a 45-minute
video interview with our Head of Fulfilment, Grace Whitfield.

<a href="https://app.greenhouse.example.io/scheduling/bb/9d2e71">Select a time</a>

If none of the slots suit you, just reply to this email and I'll find an alternative.

Best wishes,
Alex Moreau
Talent Coordinator, Bramble &amp; Birch""")),
    M("orbit_calendar", "interview_invitation", "en", "Orbit Groceries",
      "petra.svobodova@orbitgroceries.example.cz", ORBIT,
      "Invitation: Video screen Orbit Groceries / Henrike @ Thu 23 Jul 2026 10:00 - 10:45 (CEST)",
      "2026-07-17 11:02 +0200",
      """Petra Svobodová has invited you to a video screen.

Video screen Orbit Groceries / Henrike
Thursday 23 July 2026, 10:00 - 10:45 (Central European Summer Time)
Join: https://meet.orbitgroceries.example.cz/ops-screen-henrike

Hi Henrike - as discussed, here's the invite for our first chat about the Hub Lead role in
Prague. Looking forward to it! Petra
""", name_enc=("q", "utf-8"),
      ics={"uid": "orbit-0723-henrike@orbitgroceries.example.cz", "seq": 0,
           "start": "2026-07-23 10:00", "minutes": 45,
           "summary": "Video screen Orbit Groceries / Henrike",
           "location": "https://meet.orbitgroceries.example.cz/ops-screen-henrike",
           "organizer": ORBIT, "tz": "Europe/Prague"}),
    M("velocite_telephone", "interview_invitation", "fr", "Vélocité Sport",
      "h.maillard@velocite-sport.example.fr", ("Hugo Maillard",
      "h.maillard@velocite-sport.example.fr"),
      "Entretien téléphonique : Responsable e-commerce", "2026-02-25 15:40 +0100",
      """Bonjour Madame,

J'ai bien reçu votre candidature pour le poste de Responsable e-commerce chez Vélocité Sport et
je souhaiterais échanger avec vous par téléphone.

Je vous propose le mardi 3 mars à 11 h. L'entretien durera une trentaine de minutes. Pourriez-vous
me confirmer le numéro auquel vous joindre ?

Cordialement,
Hugo Maillard
Responsable RH · Vélocité Sport · 2 rue Nationale, 59800 Lille
""", charset="iso-8859-1", cte="8bit", subj_enc=("q", "iso-8859-1")),
    M("beffroi_teamtailor", "interview_invitation", "fr", "Pharmacie du Beffroi",
      "ines.roussel@pharmaciebeffroi.example.fr",
      ("Inès Roussel de Pharmacie du Beffroi", "no-reply@teamtailor-mail.com"),
      "Invitation à un entretien vidéo", "2026-04-20 10:30 +0200",
      """Bonjour Henrike,

Merci pour votre candidature au poste de Responsable logistique e-commerce. Nous aimerions
faire plus ample connaissance lors d'un entretien vidéo de 40 minutes.

Choisissez votre créneau ici : https://pharmaciebeffroi.teamtailor.com/meetings/b7c1

Pour toute question, répondez simplement à ce message.

À très bientôt,
Inès Roussel
Pharmacie du Beffroi – pharmacie en ligne
""", reply_to=("Inès Roussel", "ines.roussel@pharmaciebeffroi.example.fr"),
      fmt="html", html=html_shell("""Bonjour Henrike,

Merci pour votre candidature au poste de <b>Responsable logistique e-commerce</b>. Nous
aimerions faire plus ample connaissance lors d'un entretien vidéo de 40 minutes.

<a href="https://pharmaciebeffroi.teamtailor.com/meetings/b7c1">Choisir mon créneau</a>

Pour toute question, répondez simplement à ce message.

À très bientôt,
Inès Roussel
Pharmacie du Beffroi – pharmacie en ligne""", brand="Pharmacie du Beffroi", color="#52b788"),
      html_cte="quoted-printable", name_enc=("b", "utf-8")),
    M("lilas_immersion", "interview_invitation", "fr", "Lilas Mode",
      "manon.lecomte@lilasmode.example.fr",
      LILAS, "Journée d'immersion chez Lilas Mode", "2026-09-03 09:12 +0200",
      """Bonjour Henrike,

Suite à nos deux entretiens, nous vous proposons de passer une journée d'immersion dans notre
entrepôt de Lesquin et avec l'équipe service client, le vendredi 11 septembre de 9 h à 17 h.

Ce sera l'occasion de découvrir nos outils et de rencontrer l'équipe que vous encadreriez. Le
déjeuner est offert, bien sûr !

Merci de me confirmer votre présence.

Belle journée,
Manon Lecomte
Talent Acquisition · Lilas Mode
""", fmt="alt", html=html_shell("""Bonjour Henrike,

Suite à nos deux entretiens, nous vous proposons de passer une journée d'immersion dans notre
entrepôt de Lesquin et avec l'équipe service client, le vendredi 11 septembre de 9 h à 17 h.

Ce sera l'occasion de découvrir nos outils et de rencontrer l'équipe que vous encadreriez. Le
déjeuner est offert, bien sûr !

Merci de me confirmer votre présence.

Belle journée,
Manon Lecomte
Talent Acquisition · Lilas Mode"""), cte="quoted-printable"),
    M("albufera_videollamada", "interview_invitation", "es", "Muebles Albufera",
      "javier.soler@mueblesalbufera.example.es", ALBUFERA,
      "Videollamada – Marketplace Operations", "2026-05-25 12:00 +0200",
      """Hola Henrike:

Gracias por enviarnos tu candidatura para Marketplace Operations en Muebles Albufera. Nos
gustaría tener una primera conversación contigo por videollamada.

¿Te viene bien el miércoles 3 de junio a las 16:30? Serán unos 45 minutos con Rosa, nuestra
directora de operaciones, y conmigo.

Saludos cordiales,
Javier Soler
Talento y Cultura · Muebles Albufera
Camí Reial 45, 46470 Catarroja
""", charset="windows-1252", cte="quoted-printable"),
    M("sprint_assessment", "interview_invitation", "es", "Sprint Deportes", "",
      ("Sprint Deportes", "noreply@smartrecruiters.com"),
      "Te invitamos a nuestra jornada de evaluación", "2026-04-06 09:00 +0200", _sprint,
      fmt="alt", html=html_shell(_sprint, brand="SPRINT DEPORTES", color="#d62828"),
      subj_enc=("q", "utf-8")),

    # ================================================================ reschedule / cancel
    M("leinwerk_moved", "interview_reschedule_or_cancel", "de", "Leinwerk Home", "",
      ("Leinwerk Home", "noreply@teamtailor-mail.com"),
      "Dein Interview wurde verschoben", "2026-01-20 08:44 +0100",
      """Hallo Henrike,

dein Video-Interview mit Leinwerk Home am Donnerstag, 22. Januar um 10:00 Uhr wurde vom
Recruiting-Team verschoben.

Neuer Termin: Freitag, 23. Januar 2026, 13:30 Uhr
Der Link zum Video-Call bleibt unverändert.

Passt dir der neue Termin nicht? Dann kannst du hier einen anderen wählen:
https://leinwerk.teamtailor.com/meetings/book/3f9a2c

Viele Grüße
Leinwerk Home
""", cte="base64"),
    M("linde_moved", "interview_reschedule_or_cancel", "de", "Linde Versandapotheke",
      "k.bormann@linde-versandapotheke.example.de", LINDE,
      "Verschiebung Telefoninterview", "2026-05-11 17:35 +0200",
      """Sehr geehrte Frau Vasquez-Lindholm,

leider muss ich unser Telefoninterview morgen um 14 Uhr verschieben, da ich kurzfristig an einer
Betriebsratssitzung teilnehmen muss. Wäre Ihnen Mittwoch, 13. Mai, um 9:30 Uhr recht?

Ich bitte die Änderung zu entschuldigen.

Mit freundlichen Grüßen
Kerstin Bormann
""", charset="windows-1252", cte="8bit"),
    M("vitalis_postponed", "interview_reschedule_or_cancel", "de", "Vitalis Versandapotheke",
      "stefan.koehler@perspektive-personal.example.de", PERSPEKTIVE,
      "AW: Einladung: Vitalis Versandapotheke möchte Sie kennenlernen", "2026-09-04 12:20 +0200",
      """Sehr geehrte Frau Vasquez-Lindholm,

kurze Info: Vitalis hat den Termin am 8. September abgesagt, weil Frau Dr. Seidel kurzfristig zu
einer Messe nach Düsseldorf muss. Der Kunde ist weiterhin sehr an Ihnen interessiert und
nennt mir Anfang nächster Woche einen Ersatztermin.

Mit besten Grüßen
Stefan Köhler
""", parent="vitalis_via_perspektive", quote="outlook-de", name_enc=("b", "utf-8")),
    M("brandt_cancel_ics", "interview_reschedule_or_cancel", "de", "Textilhaus Brandt",
      "ute.brandt@textilhaus-brandt.example.de", ("Ute Brandt",
      "ute.brandt@textilhaus-brandt.example.de"),
      "Abgesagt: Gespräch Leitung Onlineshop", "2026-10-12 07:48 +0200",
      """Liebe Frau Vasquez-Lindholm,

ich muss unser Gespräch am Mittwoch leider absagen – ich liege mit Grippe flach. Sobald ich
wieder im Büro bin, schlage ich Ihnen einen neuen Termin vor. An unserem Interesse an Ihnen
ändert das nichts!

Herzliche Grüße aus Erfurt
Ute Brandt
Inhaberin | Textilhaus Brandt | Anger 41, 99084 Erfurt
""", ics={"uid": "brandt-1014@textilhaus-brandt.example.de", "seq": 2, "method": "CANCEL",
          "start": "2026-10-14 15:00", "minutes": 60,
          "summary": "Gespräch Leitung Onlineshop", "organizer":
          ("Ute Brandt", "ute.brandt@textilhaus-brandt.example.de")}),
    M("bramble_postponed", "interview_reschedule_or_cancel", "en", "Bramble & Birch",
      "alex.moreau@brambleandbirch.example.com", BRAMBLE,
      "Your interview with Bramble & Birch - we need to reschedule", "2026-03-20 10:15 +0000",
      """Hi Henrike,

I'm afraid Grace has been called into an urgent supplier meeting, so we need to postpone your
interview on Monday 23 March at 14:00 GMT. I'm really sorry for the late notice.

Could you let me know your availability for Wednesday or Thursday next week? I'll send a fresh
invite as soon as we've agreed on a time.

Best wishes,
Alex
"""),
    M("orbit_update", "interview_reschedule_or_cancel", "en", "Orbit Groceries",
      "petra.svobodova@orbitgroceries.example.cz", ORBIT,
      "Updated invitation: Video screen Orbit Groceries / Henrike @ Thu 23 Jul 2026 14:00",
      "2026-07-21 16:30 +0200",
      """This event has been changed.

Video screen Orbit Groceries / Henrike
NEW TIME: Thursday 23 July 2026, 14:00 - 14:45 (Central European Summer Time)
(was 10:00 - 10:45)

Sorry Henrike, a morning board call landed on my calendar - moving us to the afternoon. Petra
""", name_enc=("q", "utf-8"),
      ics={"uid": "orbit-0723-henrike@orbitgroceries.example.cz", "seq": 1,
           "start": "2026-07-23 14:00", "minutes": 45,
           "summary": "Video screen Orbit Groceries / Henrike",
           "location": "https://meet.orbitgroceries.example.cz/ops-screen-henrike",
           "organizer": ORBIT, "tz": "Europe/Prague"}),
    M("lilas_report", "interview_reschedule_or_cancel", "fr", "Lilas Mode",
      "manon.lecomte@lilasmode.example.fr", LILAS,
      "RE: Journée d'immersion chez Lilas Mode", "2026-09-08 14:05 +0200",
      """Bonjour Henrike,

Petit changement de programme : une livraison exceptionnelle arrive à l'entrepôt vendredi, et
l'équipe ne pourra pas vous accueillir dans de bonnes conditions. Nous devons donc décaler votre
journée d'immersion au mardi 15 septembre, mêmes horaires.

Désolée pour ce contretemps, et merci de votre compréhension.

Manon
""", parent="lilas_immersion", quote="fr"),
    M("albufera_cambio", "interview_reschedule_or_cancel", "es", "Muebles Albufera",
      "javier.soler@mueblesalbufera.example.es", ALBUFERA,
      "RE: Videollamada – Marketplace Operations", "2026-06-01 10:40 +0200",
      """Hola de nuevo, Henrike:

Rosa tiene una reunión con proveedores que se ha alargado, así que tenemos que cambiar la hora
de la videollamada del miércoles: ¿podríamos pasarla de las 16:30 a las 18:00 del mismo día?

Perdona las molestias.

Javier
""", parent="albufera_videollamada", quote="es", charset="windows-1252",
      cte="quoted-printable"),
    M("sprint_cancelada", "interview_reschedule_or_cancel", "es", "Sprint Deportes", "",
      ("Sprint Deportes", "noreply@smartrecruiters.com"),
      "Cancelación de la jornada de evaluación del 15 de abril", "2026-04-13 19:20 +0200",
      """Hola Henrike,

Lamentamos comunicarte que la jornada de evaluación del 15 de abril queda cancelada por
motivos organizativos. Tu candidatura sigue activa: en los próximos días te enviaremos nuevas
fechas para que puedas reservar otra plaza.

Disculpa las molestias.

Equipo de Talento de Sprint Deportes
"""),

    # ================================================================ missed interview
    M("linde_missed", "missed_interview_notice", "de", "Linde Versandapotheke",
      "k.bormann@linde-versandapotheke.example.de", LINDE,
      "Telefoninterview heute 9:30 Uhr", "2026-05-13 09:58 +0200",
      """Sehr geehrte Frau Vasquez-Lindholm,

ich habe heute um 9:30 Uhr wie vereinbart versucht, Sie anzurufen – zweimal, leider ohne Erfolg.
Auf Ihrer Mailbox habe ich eine Nachricht hinterlassen.

Falls Sie weiterhin Interesse haben, melden Sie sich bitte bis Freitag bei mir.

Mit freundlichen Grüßen
Kerstin Bormann
""", charset="windows-1252", cte="quoted-printable"),
    M("radhaus_waited", "missed_interview_notice", "de", "Radhaus Thüringen",
      "f.mertens@radhaus-thueringen.example.de",
      ("Frank Mertens", "f.mertens@radhaus-thueringen.example.de"),
      "Unser Termin heute früh", "2026-06-22 10:05 +0200",
      """Hallo Frau Vasquez-Lindholm,

wir waren heute um 9 Uhr in unserer Filiale am Erfurter Hauptbahnhof verabredet. Wir haben bis
kurz vor halb zehn auf Sie gewartet, Sie aber leider nicht angetroffen.

Vielleicht ist etwas dazwischengekommen? Geben Sie mir gern Bescheid – wir finden bestimmt
noch einen anderen Tag.

Viele Grüße
Frank Mertens
Geschäftsführer | Radhaus Thüringen | Willy-Brandt-Platz 2 | 99084 Erfurt
""", subj_enc=("q", "iso-8859-1")),
    M("jobwerk_client_waited", "missed_interview_notice", "de", "Jobwerk Zeitarbeit",
      "t.richter@jobwerk.example.de", ("Tina Richter", "t.richter@jobwerk.example.de"),
      "Vorstellungstermin beim Kunden – Sie waren nicht da?", "2026-09-24 13:12 +0200",
      """Hallo Frau Vasquez-Lindholm,

unser Kunde (Versandlager in Schkeuditz) hat sich gerade bei mir gemeldet. Der Schichtleiter
hat heute um 11 Uhr an der Pforte auf Sie gewartet, aber Sie sind nicht gekommen.

Können Sie mir bitte kurz sagen, was passiert ist? Ich würde Ihnen gern einen neuen Termin
organisieren, muss das aber mit dem Kunden abstimmen.

Viele Grüße
Tina Richter
Personaldisponentin | Jobwerk Zeitarbeit GmbH | Leipzig
"""),
    M("bramble_no_show", "missed_interview_notice", "en", "Bramble & Birch",
      "alex.moreau@brambleandbirch.example.com", BRAMBLE,
      "We missed you today", "2026-03-26 14:31 +0000",
      """Hi Henrike,

Grace and I were on the video call at 14:00 GMT today but we didn't see you join. We waited
for about fifteen minutes before closing the meeting.

I hope everything's alright. If you're still interested, reply with a couple of times and
we'll try to set something up.

Best wishes,
Alex
"""),
    M("velocite_injoignable", "missed_interview_notice", "fr", "Vélocité Sport",
      "h.maillard@velocite-sport.example.fr", ("Hugo Maillard",
      "h.maillard@velocite-sport.example.fr"),
      "Entretien téléphonique de ce matin", "2026-03-03 11:35 +0100",
      """Bonjour Madame,

J'ai tenté de vous joindre à 11 h comme convenu pour notre entretien téléphonique, à deux
reprises, sans succès. Je vous ai laissé un message vocal.

Si vous souhaitez toujours poursuivre, merci de me proposer un nouveau créneau.

Cordialement,
Hugo Maillard
""", parent="velocite_telephone", charset="iso-8859-1", cte="quoted-printable"),
    M("albufera_no_conectaste", "missed_interview_notice", "es", "Muebles Albufera",
      "javier.soler@mueblesalbufera.example.es", ALBUFERA,
      "No te vimos en la videollamada", "2026-06-03 18:25 +0200",
      """Hola Henrike:

Rosa y yo te hemos esperado en la videollamada de las 18:00 durante un cuarto de hora, pero no
te has conectado. Te hemos llamado también al móvil sin respuesta.

Si todavía te interesa el puesto, escríbeme y buscamos otro hueco.

Un saludo,
Javier
""", charset="windows-1252", cte="8bit"),
]

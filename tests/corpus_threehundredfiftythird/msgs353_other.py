"""Everything else (kind `other`): digests and newsletters, press/podcast/user-research
interviews, parcels, GPS and bank positions, viewings, appointments, friends' own news,
refused course places, cold approaches, out-of-office replies, the candidate's own mail."""

from __future__ import annotations

from msgs353_common import CAND, CAND_SIG_FR, Spec, m

LIST_ES = {
    "List-Id": "Boletín CulturaEmplea <boletin.culturaemplea.example.es>",
    "List-Unsubscribe": "<https://culturaemplea.example.es/baja?u=88123>, "
                        "<mailto:baja@culturaemplea.example.es>",
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    "Precedence": "bulk",
}
LIST_EN = {
    "List-Id": "Publishing Jobs Weekly <jobs-weekly.inkwellsearch.example.co.uk>",
    "List-Unsubscribe": "<https://inkwellsearch.example.co.uk/unsubscribe/7781>",
    "Precedence": "bulk",
}
LIST_DE = {
    "List-Id": "KulturJobs Suchauftrag <alerts.kulturjobs.example.de>",
    "List-Unsubscribe": "<https://kulturjobs.example.de/abmelden?id=5521>",
    "Precedence": "bulk",
    "Auto-Submitted": "auto-generated",
}
LIST_FR = {
    "List-Id": "La lettre Culture & Emploi <lettre.culture-emploi.example.fr>",
    "List-Unsubscribe": "<mailto:desabonnement@culture-emploi.example.fr?subject=stop>",
    "Precedence": "list",
}
CLAIRE = ("Claire Duhalde", "claire.duhalde@petitgoeland.example.fr")
PEIO = ("Peio Harriague", "peio@trilingua-adour.example.fr")

FRIEND_FWD_FR = m(
    "fwd_inner_lea", "other", "fr",
    ("Cabinet Ezkia Recrutement", "contact.rh@ezkia.example.fr"),
    "Convocation à un entretien - Animatrice lecture", "2026-06-15 09:10 +0200",
    "Madame Lartigue,\n\n"
    "Nous avons le plaisir de vous convier à un entretien pour le poste d'animatrice "
    "lecture le lundi 22 juin à 10h, dans nos bureaux d'Anglet.\n\n"
    "Merci de confirmer votre venue.\n\nCabinet Ezkia Recrutement\n",
    to=("Léa Lartigue", "lea.lartigue@example.fr"))
FRIEND_FWD_ES = m(
    "fwd_inner_ainhoa", "other", "es",
    ("Ludoteca Municipal Txirristra", "txirristra@ayto.example.es"),
    "Citación para entrevista – Monitor/a de ludoteca", "2026-03-11 12:00 +0100",
    "Estimada Ainhoa:\n\n"
    "Le citamos para la entrevista personal del proceso de Monitor/a de ludoteca el "
    "viernes 20 de marzo a las 9:15 en el Centro Cívico Aldabe.\n\n"
    "Ludoteca Municipal Txirristra\n",
    to=("Ainhoa Ruiz de Azua", "ainhoa.rda@example.es"))

SPECS: list[Spec] = [
    # ================================================================ Spanish
    m("digest_culturaemplea", "other", "es",
      ("Boletín CulturaEmplea", "boletin@culturaemplea.example.es"),
      "Tu boletín semanal: 14 ofertas nuevas en edición y bibliotecas",
      "2026-03-16 07:00 +0100",
      "Hola Marisol:\n\nEstas son las ofertas de la semana que encajan con tus alertas:\n\n"
      "· Editora de mesa – Infantil (Madrid) – Ediciones Ficticias del Sur\n"
      "· Técnico/a de biblioteca escolar (Getxo)\n"
      "· Mediador/a de lectura para festival (Pamplona)\n\n"
      "CONSEJO DE LA SEMANA: ¿Cómo encajar un rechazo? Lamentablemente, la mayoría de "
      "procesos acaban en un «no». Te contamos cómo pedir feedback tras una entrevista y "
      "qué responder cuando te dicen que tu perfil no encaja.\n\n"
      "Webinar gratuito: «Prepara tu entrevista en el sector cultural», jueves 19 a las "
      "18:00.\n\n"
      "Recibes este correo porque estás suscrita a CulturaEmplea. Darte de baja.\n",
      fmt="alt", style="newsletter", headers=LIST_ES, cte="quoted-printable"),
    m("alert_empleoletras", "other", "es",
      ("EmpleoLetras Alertas", "alertas@empleoletras.example.com"),
      "3 nuevas ofertas para «editora infantil»", "2026-05-04 06:30 +0000",
      "Nuevas ofertas para tu búsqueda «editora infantil» en Vitoria-Gasteiz, Bilbao y "
      "Madrid:\n\n1. Asistente editorial infantil – Editorial Nubes de Papel – Madrid\n"
      "   Entrevistas en mayo. Incorporación inmediata.\n"
      "2. Redactor/a de materiales educativos – Grupo Txori Didáctico – Bilbao\n"
      "3. Correctora freelance – Agencia Coma y Punto – Remoto\n\n"
      "¿Ya no te interesa esta alerta? Modifícala o elimínala desde tu panel.\n",
      fmt="html", style="newsletter", cte="base64",
      headers={"List-Unsubscribe": "<https://empleoletras.example.com/alertas/baja/99812>",
               "Precedence": "bulk", "Auto-Submitted": "auto-generated"}),
    m("radio_gorbeia", "other", "es",
      ("Arantxa Olabarria", "arantxa.olabarria@radiogorbeia.example.es"),
      "Entrevista en «Txikiak» – Radio Gorbeia", "2026-02-12 11:35 +0100",
      "Hola Marisol:\n\n"
      "Soy Arantxa, productora de «Txikiak», el programa sobre infancia de Radio Gorbeia. "
      "Una madre de tu cole nos habló del club de lectura en familia que organizas y nos "
      "encantaría hacerte una entrevista en directo de unos 15 minutos.\n\n"
      "¿Podrías el miércoles 25 de febrero a las 11:20? Sería en el estudio de la calle "
      "Florida o por teléfono, como prefieras.\n\nArantxa Olabarria\nRadio Gorbeia\n",
      cte="8bit"),
    m("podcast_mochila", "other", "es",
      ("Cuentos en la mochila", "hola@cuentosenlamochila.example.es"),
      "¿Te animas a charlar en nuestro podcast?", "2026-04-28 20:14 +0200",
      "¡Hola Marisol!\n\n"
      "Somos Iratxe y Dani, de «Cuentos en la mochila», un podcast sobre literatura infantil "
      "para familias. Preparamos un episodio sobre álbumes sin texto y nos gustaría "
      "entrevistarte: tu hilo sobre cómo los usas en clase fue muy comentado.\n\n"
      "Grabamos en remoto, unos 40 minutos, cualquier tarde de mayo. ¡Nos haría mucha "
      "ilusión!\n\nIratxe & Dani\n",
      fmt="alt", reply_to=("Iratxe Goñi", "iratxe.goni@cuentosenlamochila.example.es")),
    m("ux_banca", "other", "es",
      ("Banca Zadorra", "investigacion@bancazadorra.example.es"),
      "Participa en una entrevista sobre nuestra app (25 € de regalo)",
      "2026-06-09 10:00 +0200",
      "Hola, Marisol:\n\n"
      "Estamos rediseñando la app de Banca Zadorra y buscamos clientes para una entrevista "
      "de investigación de usuarios de 45 minutos por videollamada. No hay respuestas "
      "correctas ni incorrectas: solo queremos ver cómo usas la app.\n\n"
      "Como agradecimiento, te ingresaremos 25 euros. Elige fecha aquí: "
      "https://bancazadorra.example.es/ux/agenda\n\nEquipo de Experiencia de Cliente\n",
      fmt="html", cte="quoted-printable"),
    m("parcel_delay", "other", "es",
      ("Envíos Rápidos Txingudi", "no-reply@txingudi-envios.example.es"),
      "Lamentablemente tu envío se ha retrasado", "2026-03-24 08:12 +0100",
      "Hola Marisol:\n\n"
      "Lamentablemente, tu envío 7729 4410 3381 (remitente: Librería Online Gigantes) no "
      "podrá entregarse hoy por una incidencia en el centro de Jundiz.\n\n"
      "Nueva fecha estimada de entrega: jueves 26 de marzo, entre las 9:00 y las 14:00.\n\n"
      "Sentimos las molestias.\n",
      fmt="alt", cte="base64"),
    m("workshop_inscripcion", "other", "es",
      ("Escuela de Ilustración Marrazki", "inscripciones@marrazki.example.es"),
      "Hemos recibido tu inscripción – Taller de álbum ilustrado", "2026-01-17 12:44 +0100",
      "Hola Marisol:\n\n"
      "Hemos recibido tu inscripción en el taller intensivo «Del boceto al álbum ilustrado» "
      "(sábados 7, 14 y 21 de febrero). Tu plaza queda reservada al recibir el pago de la "
      "matrícula (90 euros).\n\n¡Nos vemos en clase!\nEscuela de Ilustración Marrazki\n",
      charset="iso-8859-1", cte="quoted-printable"),
    m("gps_posicion", "other", "es",
      ("Localiza+ Alertas", "alertas@localizamas.example.es"),
      "Posición actual de «Mochila de Marisol»", "2026-07-02 17:41 +0200",
      "Tu dispositivo «Mochila de Marisol» ha actualizado su posición:\n\n"
      "Posición: 42.8467 N, 2.6716 W (Calle Dato, Vitoria-Gasteiz)\n"
      "Precisión: 12 m · Batería: 41 %\n\n"
      "Has activado las alertas de zona para este dispositivo. Puedes gestionarlas en la "
      "app.\n",
      cte="quoted-printable"),
    m("piso_visita", "other", "es",
      ("Raúl Ferrández", "raul.ferrandez@example.es"),
      "Visita al piso de la calle Sant Antoni", "2026-04-10 13:02 +0200",
      "Hola Marisol:\n\n"
      "Te confirmo la visita al piso el sábado 18 a las 12:00. Está en la calle de Sant "
      "Antoni Maria Claret 167, 2.º 1.ª. La entrevista con la propietaria no hace falta, le "
      "basta con que me mandes la última nómina y el contrato de trabajo si ya lo tienes.\n\n"
      "Un saludo,\nRaúl\nInmobiliaria Gaudí Llars\n",
      cte="8bit"),
    m("dentista", "other", "es",
      ("Clínica Dental Zadorra", "citas@clinicazadorra.example.es"),
      "Recordatorio de cita: martes 12 de mayo, 18:30", "2026-05-10 10:00 +0200",
      "Hola Marisol:\n\nTe recordamos tu cita de revisión en Clínica Dental Zadorra el "
      "martes 12 de mayo a las 18:30 con la Dra. Ibáñez.\n\n"
      "Si no puedes acudir, avísanos con 24 horas de antelación llamando al 945 120 884.\n",
      charset="windows-1252", cte="quoted-printable", fmt="alt"),
    m("friend_rejection", "other", "es",
      ("Ainhoa Ruiz de Azua", "ainhoa.rda@example.es"),
      "Me han dicho que no :(", "2026-02-27 22:16 +0100",
      "Marisol!!\n\n"
      "Te cuento rápido: me acaban de escribir de Ediciones Lunaria diciendo que "
      "«lamentablemente han decidido continuar con otras candidaturas». Ni entrevista me "
      "hicieron, qué rabia. Tú sigues en el proceso, ¿no? ¡Pues a por ello!\n\n"
      "Mañana me tomo un vino contigo para olvidarlo.\n\nAinhoa\n",
      cte="8bit"),
    m("friend_fwd_invite", "other", "es",
      ("Ainhoa Ruiz de Azua", "ainhoa.rda@example.es"),
      "Fwd: Citación para entrevista – Monitor/a de ludoteca", "2026-03-11 14:30 +0100",
      "Mira lo que me ha llegado, ¡por fin una entrevista! ¿Me ayudas a prepararla el "
      "domingo? Tú has hecho un montón últimamente.\n\nAinhoa\n",
      fwd=FRIEND_FWD_ES),
    m("master_sin_plaza", "other", "es",
      ("Secretaría de Posgrado - Universidad del Ebro", "posgrado@unebro.example.es"),
      "Resolución de admisión - Máster en Edición de Literatura Infantil y Juvenil",
      "2026-07-21 09:00 +0200",
      "Estimada Marisol Etxeberria Quaye:\n\n"
      "Le comunicamos que, una vez resuelto el proceso de admisión, no ha obtenido plaza en "
      "el Máster en Edición de Literatura Infantil y Juvenil (curso 2026-2027). Ha quedado "
      "en la posición 7 de la lista de espera.\n\n"
      "Si se produjeran renuncias, se le notificaría por este medio.\n\n"
      "Secretaría de Posgrado\n",
      charset="iso-8859-1", cte="base64", hdr=("q", "iso-8859-1")),
    m("cold_headhunter_es", "other", "es",
      ("Garazi Uriarte", "garazi.uriarte@arrastoa-executive.example.es"),
      "Tu perfil en el sector editorial", "2026-08-05 12:00 +0200",
      "Hola Marisol:\n\n"
      "Soy Garazi, de Arrastoa Executive Search. Seguimos el mercado editorial del norte y "
      "tu combinación de docencia en Infantil y contenidos me ha llamado la atención.\n\n"
      "Ahora mismo no tengo un proceso concreto para ti, pero me gustaría tenerte en el "
      "radar para los próximos meses. Si te parece, guarda mi contacto.\n\n"
      "Garazi Uriarte\nArrastoa Executive Search\n",
      fmt="alt"),
    m("ooo_rocio", "other", "es",
      ("Rocío Benavente", "rocio.benavente@talentia-seleccion.example.es"),
      "Respuesta automática: Disponibilidad para entrevista", "2026-08-10 09:31 +0200",
      "Gracias por tu mensaje.\n\n"
      "Estaré fuera de la oficina hasta el 24 de agosto, sin acceso al correo. Para asuntos "
      "urgentes relacionados con procesos de selección, escribe a "
      "seleccion@talentia-seleccion.example.es.\n\nRocío Benavente\n",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
    m("cole_entrevistas_familias", "other", "es",
      ("Dirección CEIP Landazuri", "direccion@ceiplandazuri.example.es"),
      "Calendario de entrevistas con familias – 2.º trimestre", "2026-03-02 08:05 +0100",
      "Buenos días, claustro:\n\n"
      "Os recuerdo que las entrevistas individuales con familias del segundo trimestre deben "
      "quedar cerradas antes del 27 de marzo. Apuntad las citas en el cuadrante compartido y "
      "avisad a las familias con al menos una semana.\n\n"
      "Si alguna familia no se presenta a la entrevista, anotadlo en la ficha del alumno.\n\n"
      "Gracias,\nIñaki\nDirector\n",
      cte="8bit", charset="iso-8859-1"),
    # ================================================================ English
    m("digest_inkwell", "other", "en",
      ("Publishing Jobs Weekly", "news@inkwellsearch.example.co.uk"),
      "Publishing Jobs Weekly: interview tips, rejection stories and 9 new roles",
      "2026-06-01 07:00 +0100",
      "This week in children's and educational publishing\n\n"
      "NEW ROLES\n- Picture Book Editor, Glasgow\n- Rights Assistant, Edinburgh\n"
      "- Schools Marketing Executive, remote\n\n"
      "FEATURE: \"Unfortunately, we won't be taking your application further\" - five "
      "editors on the rejections that shaped their careers, and how to handle an interview "
      "that goes wrong.\n\n"
      "You are receiving this because you subscribed at inkwellsearch.example.co.uk.\n",
      fmt="alt", style="newsletter", headers=LIST_EN, cte="7bit"),
    m("podcast_festival", "other", "en",
      ("Rory Henderson", "rory@storiesaloud-podcast.example.co.uk"),
      "Interview request: Stories Aloud podcast", "2026-07-30 19:20 +0100",
      "Hi Marisol,\n\n"
      "I host Stories Aloud, a podcast that goes out around the Edinburgh Book Festival. "
      "Hannah Okafor at Lunaria mentioned your work with picture books in Basque and "
      "Spanish classrooms, and I'd love to interview you for an episode on multilingual "
      "storytime.\n\n"
      "We'd record remotely for about 30 minutes in the week of 10 August. Interested?\n\n"
      "Rory\n",
      cte="7bit"),
    m("ux_readingapp", "other", "en",
      ("Pip from Bookworm Buddies", "research@bookwormbuddies.example.com"),
      "Can we interview you about Bookworm Buddies?", "2026-03-03 15:00 +0000",
      "Hi Marisol,\n\n"
      "You've been using Bookworm Buddies with your class, and we'd love to learn from you. "
      "Would you join a 30-minute user research interview on video? We'll ask about how you "
      "choose books with your pupils. As a thank you, we'll send a GBP 30 voucher.\n\n"
      "Book a slot: https://bookwormbuddies.example.com/research\n\n"
      "Thanks,\nPip, User Research\n",
      fmt="html"),
    m("summer_school_no", "other", "en",
      ("Admissions - Edinburgh Summer School of Publishing", "admissions@essp.example.ac.uk"),
      "Your application to the Children's Publishing Summer School 2026",
      "2026-05-15 12:00 +0100",
      "Dear Marisol,\n\n"
      "Thank you for applying to the Children's Publishing Summer School. Unfortunately, "
      "we are unable to offer you a place this year, as the course was heavily "
      "oversubscribed. You have been added to our reserve list.\n\n"
      "Admissions Office\n",
      fmt="alt", cte="quoted-printable"),
    m("friend_edinburgh", "other", "en",
      ("Kirsty Munro", "kirsty.munro@example.co.uk"),
      "Guess who has an interview!", "2026-05-21 21:40 +0100",
      "Marisol!\n\n"
      "Thistle & Quill just invited me to interview for their marketing role - the same "
      "week as yours, by the sound of it. If you come over for yours in person, you're "
      "staying with me, no arguments.\n\nKirsty x\n",
      cte="7bit"),
    # ================================================================ German
    m("digest_kulturjobs", "other", "de",
      ("KulturJobs", "suchauftrag@kulturjobs.example.de"),
      "Ihr Suchauftrag \"Kinderbuch Köln\": 6 neue Stellen", "2026-04-06 06:00 +0200",
      "Hallo Marisol Etxeberria Quaye,\n\n"
      "zu Ihrem Suchauftrag gibt es 6 neue Stellenanzeigen:\n\n"
      "- Volontariat Lektorat Kinderbuch (Köln)\n- Buchhändler:in Kinderbuch (Bonn)\n"
      "- Referent:in Leseförderung (Düsseldorf)\n\n"
      "Ratgeber: Absage erhalten? So bleiben Sie motiviert - und so bereiten Sie Ihr "
      "nächstes Vorstellungsgespräch vor. Leider erhalten viele Bewerbende keine Antwort.\n\n"
      "Suchauftrag verwalten oder abbestellen: kulturjobs.example.de/konto\n",
      fmt="alt", style="newsletter", headers=LIST_DE, cte="quoted-printable"),
    m("paket_verspaetet", "other", "de",
      ("Paketdienst Rheinblitz", "benachrichtigung@rheinblitz.example.de"),
      "Leider verzögert sich Ihre Sendung", "2026-04-16 07:45 +0200",
      "Guten Tag,\n\n"
      "leider verzögert sich die Zustellung Ihrer internationalen Sendung RB 8821 0045 DE "
      "(Absender: Spielwerk Shop) aufgrund einer Zollprüfung. Die neue voraussichtliche "
      "Zustellung ist am 22.04.2026.\n\n"
      "Wir bitten um Entschuldigung.\nIhr Rheinblitz-Team\n",
      fmt="html", charset="iso-8859-1", cte="quoted-printable"),
    m("bank_position", "other", "de",
      ("Rheinische Direktbank", "service@rheinische-direktbank.example.de"),
      "Ihre Depotübersicht: Positionen zum 30.06.2026", "2026-07-01 05:30 +0200",
      "Sehr geehrte Frau Etxeberria Quaye,\n\n"
      "Ihre Depotübersicht zum Quartalsende steht im Postfach bereit. Anzahl Positionen: 3; "
      "größte Position: Nachhaltigkeitsfonds Europa (41 %).\n\n"
      "Ihre Rheinische Direktbank\n",
      cte="8bit"),
    m("wohnung_besichtigung", "other", "de",
      ("Thomas Ückermann", "t.ueckermann@example.de"),
      "Besichtigung Wohnung Ehrenfeld", "2026-04-02 19:12 +0200",
      "Hallo Frau Etxeberria Quaye,\n\n"
      "gern können Sie die 2-Zimmer-Wohnung in der Venloer Straße besichtigen, wenn Sie "
      "am 9. April für Ihr Gespräch in Köln sind. Passt Ihnen 17:30 Uhr? Bitte bringen Sie "
      "eine Selbstauskunft mit.\n\nFreundliche Grüße\nThomas Ückermann\n",
      cte="quoted-printable", hdr=("q", "iso-8859-1"), charset="iso-8859-1"),
    m("ooo_heike", "other", "de",
      ("Heike Brandt", "heike.brandt@kessler-roth.example.de"),
      "Abwesenheitsnotiz: Telefontermin heute 14 Uhr", "2026-09-15 16:02 +0200",
      "Vielen Dank für Ihre Nachricht.\n\n"
      "Ich bin bis einschließlich 18.09.2026 nicht im Büro und habe nur eingeschränkt "
      "Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an "
      "info@kessler-roth.example.de.\n\nHeike Brandt\n",
      headers={"Auto-Submitted": "auto-replied"}, cte="8bit"),
    m("interview_blog_de", "other", "de",
      ("Nele Sommer", "nele@bilderbuchblog.example.de"),
      "Interviewanfrage für unseren Bilderbuch-Blog", "2026-08-18 10:50 +0200",
      "Liebe Marisol,\n\n"
      "ich schreibe für den Kölner Blog \"Bilderbuchkiste\" und bereite eine Reihe über "
      "mehrsprachiges Vorlesen vor. Hättest du Lust auf ein schriftliches Interview "
      "(zehn Fragen, Antworten gern auf Spanisch oder Englisch)?\n\n"
      "Liebe Grüße\nNele\n",
      fmt="alt"),
    # ================================================================ French
    m("digest_culture_emploi", "other", "fr",
      ("La lettre Culture & Emploi", "lettre@culture-emploi.example.fr"),
      "Votre lettre hebdo : 11 offres en Nouvelle-Aquitaine", "2026-05-18 06:00 +0200",
      "Bonjour,\n\nCette semaine dans votre région :\n\n"
      "- Médiateur·rice du livre (Pau)\n- Libraire jeunesse (Biarritz)\n"
      "- Chargé·e de communication, festival BD (Angoulême)\n\n"
      "DOSSIER : Refus après entretien, malheureusement c'est fréquent. Comment rebondir "
      "et préparer l'entretien suivant ?\n\n"
      "Pour ne plus recevoir cette lettre, cliquez ici.\n",
      fmt="alt", style="newsletter", headers=LIST_FR, cte="quoted-printable"),
    m("colis_retard", "other", "fr",
      ("Colis Express Atlantique", "ne-pas-repondre@colisexpress.example.fr"),
      "Malheureusement, votre colis a du retard", "2026-06-19 08:20 +0200",
      "Bonjour,\n\n"
      "Malheureusement, votre colis n° CX 440 918 275 FR ne pourra pas être livré à la date "
      "prévue en raison d'un incident d'acheminement. Nouvelle date estimée : 23 juin.\n\n"
      "Nous vous prions de nous excuser pour la gêne occasionnée.\n",
      fmt="html", cte="base64"),
    m("rdv_dentiste_fr", "other", "fr",
      ("Centre dentaire Hendaye Plage", "rdv@dentaire-hendaye.example.fr"),
      "Rappel : votre rendez-vous du 2 juillet", "2026-06-30 18:00 +0200",
      "Bonjour Madame Etxeberria Quaye,\n\n"
      "Nous vous rappelons votre rendez-vous le jeudi 2 juillet à 9h15 avec le Dr Laborde. "
      "En cas d'empêchement, merci d'annuler au moins 48 h à l'avance.\n\n"
      "Centre dentaire Hendaye Plage\n",
      charset="iso-8859-1", cte="quoted-printable"),
    m("visite_appartement", "other", "fr",
      ("Agence Nive Immobilier", "location@nive-immo.example.fr"),
      "Visite T2 rue Pannecau", "2026-06-05 12:34 +0200",
      "Bonjour Madame,\n\n"
      "Suite à votre demande, je vous propose une visite du T2 situé rue Pannecau le "
      "jeudi 11 juin à 17h, après votre rendez-vous. Merci de prévoir vos trois derniers "
      "bulletins de salaire.\n\nCordialement,\nMathieu Irigoyen\nAgence Nive Immobilier\n",
      reply_to=("Mathieu Irigoyen", "m.irigoyen@nive-immo.example.fr"), cte="8bit"),
    m("presse_courrier", "other", "fr",
      ("Jeanne Pocorena", "j.pocorena@courrier-adour.example.fr"),
      "Demande d'interview - Le Courrier de l'Adour", "2026-09-09 14:10 +0200",
      "Bonjour Madame Etxeberria,\n\n"
      "Je prépare pour Le Courrier de l'Adour un article sur les lectures bilingues en "
      "maternelle des deux côtés de la frontière. Accepteriez-vous une interview "
      "téléphonique d'une vingtaine de minutes la semaine prochaine ?\n\n"
      "Bien cordialement,\nJeanne Pocorena, journaliste\n",
      fmt="alt", charset="windows-1252", cte="quoted-printable"),
    m("ux_lecture_fr", "other", "fr",
      ("L'équipe Petits Lecteurs", "recherche@petitslecteurs.example.fr"),
      "Entretien utilisateur : 30 minutes pour améliorer Petits Lecteurs ?",
      "2026-02-20 11:00 +0100",
      "Bonjour Marisol,\n\n"
      "Vous utilisez Petits Lecteurs en classe : nous organisons des entretiens "
      "utilisateurs de 30 minutes en visio pour comprendre vos besoins d'enseignante. "
      "Une carte cadeau de 20 euros vous sera offerte.\n\n"
      "Réservez un créneau sur notre agenda en ligne.\n\nL'équipe Petits Lecteurs\n",
      fmt="html", cte="quoted-printable"),
    m("own_candidature_trilingua", "other", "fr", CAND,
      "Candidature spontanée - relecture jeunesse ES/EU/FR", "2026-08-12 22:05 +0200",
      "Bonjour Monsieur Harriague,\n\n"
      "Enseignante en maternelle à Vitoria-Gasteiz et trilingue (espagnol, basque, "
      "français), je souhaiterais mettre mes compétences au service de Trilingua Adour pour "
      "la relecture d'ouvrages jeunesse. Vous trouverez mon CV ci-joint.\n\n" + CAND_SIG_FR,
      to=PEIO, cte="8bit",
      pdfs=[("CV_Marisol_Etxeberria_FR.pdf",
             ["Marisol Etxeberria Quaye", "Enseignante - relectrice jeunesse",
              "Espagnol, basque, francais, anglais"])]),
    m("ooo_claire", "other", "fr", CLAIRE,
      "Réponse automatique : Merci pour l'entretien", "2026-06-11 18:20 +0200",
      "Bonjour,\n\n"
      "Je suis absente du bureau jusqu'au lundi 15 juin inclus. Pour toute demande urgente, "
      "merci de contacter l'accueil au 05 59 00 27 30.\n\nClaire Duhalde\n",
      headers={"Auto-Submitted": "auto-replied"}, charset="iso-8859-1", cte="8bit"),
    m("du_refus", "other", "fr",
      ("Scolarité - Université de Pau et des Pays de l'Adour (fictive)",
       "scolarite.du@upa-fictive.example.fr"),
      "DU Littérature de jeunesse : décision de la commission", "2026-07-08 10:00 +0200",
      "Madame,\n\n"
      "Nous avons le regret de vous informer que la commission pédagogique n'a pas retenu "
      "votre candidature au Diplôme universitaire Littérature de jeunesse pour l'année "
      "2026-2027, le nombre de places étant limité à 20.\n\n"
      "Le service de scolarité\n",
      charset="iso-8859-1", cte="base64", hdr=("b", "iso-8859-1")),
    m("amie_fwd_convocation", "other", "fr",
      ("Léa Lartigue", "lea.lartigue@example.fr"),
      "TR: Convocation à un entretien - Animatrice lecture", "2026-06-15 12:02 +0200",
      "Coucou Marisol,\n\nRegarde, j'ai enfin une convocation ! C'est pour un poste "
      "d'animatrice lecture à Anglet. Tu as des conseils pour l'entretien ? Je t'appelle "
      "ce soir.\n\nBises,\nLéa\n",
      fwd=FRIEND_FWD_FR, cte="8bit"),
]

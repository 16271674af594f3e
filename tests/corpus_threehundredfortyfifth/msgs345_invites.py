"""Corpus 345: invitations, moved/cancelled interviews and missed-interview notices."""

from __future__ import annotations

from msgs345_common import M, html_page

INV = "interview_invitation"
RES = "interview_reschedule_or_cancel"
MIS = "missed_interview_notice"

TEMPORA = ("Irene Lasheras | Tempora ETT", "irene.lasheras@tempora-ett.example.es")
SELECTA = ("Álvaro Pérez Tena", "aperez@selectatalento.example.es")
MERCAZAR = ("Rocío Lalaguna", "rlalaguna@mercazar.example.es")
VALLE = ("Carmen Sancho", "csancho@autocaresvalleebro.example.es")
GRAO = ("Héctor Boix", "hector.boix@lpgrao.example.es")
ECO = ("Montse Ribas", "mribas@ecoresiduosbcn.example.es")
NEXO = ("Laura Ezquerra", "laura.ezquerra@nexoseleccion.example.es")
MERIDIAN = ("Oliver Grant", "oliver.grant@meridiansearch.example.co.uk")
RAIL = ("Daan Mulder", "daan.mulder@railfeeder.example.nl")
FRESH = ("Priya Raghunathan", "priya.r@freshway.example.nl")
SEIDL = ("Claudia Seidl", "claudia.seidl@frischmarkt-sued.example.de")
BRANDL = ("Tobias Brandl", "t.brandl@personalwerk-sued.example.de")
STADT = ("Jonas Weigl", "jonas.weigl@stadtlogistik-muc.example.de")
FABRE = ("Julie Fabre", "julie.fabre@interim-garonne.example.fr")
VIDAL = ("Marc Vidal", "m.vidal@frigocatalan.example.fr")
PYR = ("Émilie Castan", "e.castan@pyrenees-fret.example.fr")
LAUR = ("Sébastien Marty", "s.marty@autocars-lauragais.example.fr")

SPECS = [
    # ================= invitations
    M(INV, "selecta_gallego_entrevista", "es", SELECTA,
      "Entrevista – Jefe de Tráfico (cliente: Transportes Gállego)", "2026-03-10 18:20 +0100",
      "Hola Jorge:\n\nGracias por atender mi llamada de ayer. Como te comenté, estamos "
      "llevando la selección de un Jefe de Tráfico para Transportes Gállego, empresa de "
      "transporte de mercancía general con base en Zuera.\n\nTe propongo una entrevista en "
      "nuestras oficinas del Paseo de la Independencia el jueves 12 de marzo a las 12:00. "
      "Cuenta con una hora aproximadamente.\n\nQuedo pendiente de tu confirmación.\n\nUn saludo,\n"
      "Álvaro Pérez Tena\nSelecta Talento Aragón\n",
      company="Transportes Gállego", contact=SELECTA[1]),
    M(INV, "gallego_segunda", "es", ("Dirección Transportes Gállego", "direccion@tgallego.example.es"),
      "Segunda entrevista con la dirección", "2026-03-18 09:02 +0100",
      "Estimado Jorge:\n\nA través de Selecta Talento nos ha llegado tu candidatura y nos "
      "gustaría mantener una segunda entrevista contigo en nuestras instalaciones de Zuera "
      "(Polígono El Campillo, parcela 21) el lunes 23 de marzo a las 11:00, con nuestro "
      "director de operaciones, D. Fernando Callén.\n\nPara cualquier cuestión, puedes "
      "responder a Begoña Ruiz, de nuestro equipo de administración.\n\nAtentamente,\n"
      "Transportes Gállego\n",
      reply_to=("Begoña Ruiz", "bruiz@tgallego.example.es"), charset="iso-8859-1",
      cte="base64", company="Transportes Gállego", contact="bruiz@tgallego.example.es"),
    M(INV, "mercazar_telefono", "es", MERCAZAR,
      "Mercazar – entrevista telefónica planificador/a", "2026-05-20 10:10 +0200",
      "Hola Jorge,\n\nSoy Rocío, de RRHH de Mercazar Distribución. Hemos recibido tu CV para "
      "la plaza de planificador/a de rutas y nos gustaría tener una primera entrevista "
      "telefónica contigo. ¿Te viene bien el miércoles 27 de mayo a las 12:30? Serán unos 15 "
      "o 20 minutos.\n\nGracias,\nRocío Lalaguna\nRRHH Mercazar Distribución\n",
      company="Mercazar Distribución", contact=MERCAZAR[1]),
    M(INV, "tempora_huerva_entrevista", "es", TEMPORA,
      "Entrevista en Logística Huerva – ayudante de tráfico (verano)", "2026-06-09 13:45 +0200",
      "Hola Jorge,\n\nTe confirmo lo que hablamos: Logística Huerva quiere conocerte para el "
      "servicio de ayudante de tráfico de julio y agosto en su almacén de Cuarte.\n\n"
      "Entrevista: jueves 11 de junio, 8:30 h\nDirección: Ctra. de Valencia km 8, nave 4, "
      "Cuarte de Huerva\nPreguntar por: Luis Abad, jefe de tráfico\n\nLleva el DNI y, si "
      "puedes, una copia del CV. Cualquier cosa me llamas o me escribes.\n\nUn saludo,\n"
      "Irene\n",
      company="Logística Huerva", contact=TEMPORA[1]),
    M(INV, "valleebro_entrevista", "es", VALLE,
      "Entrevista inspector de tráfico – Autocares Valle del Ebro", "2026-06-22 12:30 +0200",
      "Buenos días Jorge:\n\nHemos revisado tu candidatura para el puesto de inspector de "
      "tráfico y nos gustaría invitarte a una entrevista el jueves 25 de junio a las 17:00 en "
      "nuestras cocheras (Pol. Empresarium, calle Retama 6).\n\nPor favor, confírmanos tu "
      "asistencia.\n\nCarmen Sancho\nResponsable de Personas\n",
      charset="windows-1252", cte="quoted-printable",
      company="Autocares Valle del Ebro", contact=VALLE[1]),
    M(INV, "grao_video", "es", ("Logística Portuaria Grao", "no-reply@ashbyhq.com"),
      "Logística Portuaria Grao – agenda tu videoentrevista", "2026-07-13 08:15 +0000", None,
      html=html_page("Hola Jorge,",
                     "¡Gracias por tu interés en el puesto de <b>Coordinador/a de Transporte "
                     "de Contenedores</b> en el Puerto de Valencia!",
                     "Nos gustaría conocerte en una videoentrevista de 30 minutos con Héctor "
                     "Boix, responsable de tráfico terrestre.",
                     '<a href="https://jobs.ashbyhq.example.com/lpgrao/schedule/41d">Elige el '
                     "día y la hora que mejor te vengan</a> (disponible hasta el 17 de julio).",
                     "Un saludo,<br>Equipo de Talento · Logística Portuaria Grao",
                     footer="Enviado a través de Ashby. No respondas a este correo."),
      company="Logística Portuaria Grao"),
    M(INV, "ecoresiduos_prueba", "es", ECO,
      "Jornada de prueba – coordinador/a de servicios (Zona Franca)", "2026-08-26 16:55 +0200",
      "Hola Jorge,\n\nDespués de la entrevista por Teams, nos gustaría que vinieras a una "
      "jornada de prueba en nuestro centro de la Zona Franca de Barcelona, para que veas de "
      "primera mano cómo organizamos las rutas de recogida de contenedores y trabajes con el "
      "equipo de planificación.\n\nFecha: jueves 3 de septiembre, de 6:00 a 14:00\nLugar: "
      "EcoResiduos Barcelona, carrer 60, 19-21, Zona Franca\n\nTe pagaremos el desplazamiento "
      "desde Zaragoza. Confírmame, por favor.\n\nMontse Ribas\nCap de Planificació i Serveis\n"
      "EcoResiduos Barcelona\n",
      company="EcoResiduos Barcelona", contact=ECO[1]),
    M(INV, "nexo_videoentrevista", "es", NEXO,
      "Videoentrevista – Planificador/a de Transporte (empresa líder del sector)",
      "2026-09-21 11:40 +0200",
      "Hola Jorge:\n\nEn Nexo Selección estamos trabajando en un proceso para una empresa líder "
      "del sector del transporte con base en la Plataforma Logística de Zaragoza (por "
      "confidencialidad no puedo darte todavía el nombre).\n\nNos gustaría hacerte una "
      "videoentrevista de 30 minutos. Puedes reservar el hueco que prefieras aquí:\n"
      "https://agenda.nexoseleccion.example.es/laura-ezquerra/30min\n\nUn saludo,\nLaura "
      "Ezquerra\nConsultora de Selección – Nexo Selección\n",
      enc_subject=("utf-8", "q"), company="Nexo Selección", contact=NEXO[1]),
    M(INV, "meridian_screen", "en", MERIDIAN,
      "Confidential fleet planning role – quick call?", "2026-05-07 10:30 +0100",
      "Hi Jorge,\n\nThanks for replying to my note on LinkedIn. As mentioned, I'm recruiting a "
      "Fleet Planner for a confidential client – a refrigerated distribution business with "
      "depots in Rotterdam and Antwerp.\n\nCould we do a 30-minute screening call on Monday "
      "11 May at 16:00 UK time (17:00 your time)? I'll call you on WhatsApp unless you prefer "
      "Teams.\n\nBest regards,\nOliver Grant\nSenior Consultant, Meridian Logistics Search\n"
      "+44 20 0000 7712\n",
      company="Meridian Logistics Search", contact=MERIDIAN[1]),
    M(INV, "railfeeder_phone", "en", ("Rotterdam Rail Feeder", "no-reply@hire.lever.co"),
      "Next step: phone screen with Rotterdam Rail Feeder", "2026-05-25 12:00 +0000",
      "Hi Jorge,\n\nThanks for applying to the Intermodal Dispatcher role. We'd love to learn "
      "more about you in a 20-minute phone screen with Daan Mulder from our operations "
      "team.\n\nDaan will call you on Thursday 28 May at 10:00 CEST on the number in your "
      "application. If this time doesn't work, simply reply to this email and Daan will "
      "suggest another.\n\nCheers,\nRotterdam Rail Feeder Talent Team\n",
      reply_to=RAIL, company="Rotterdam Rail Feeder", contact=RAIL[1]),
    M(INV, "freshway_interview", "en", ("Priya Raghunathan via Ashby", "no-reply@ashbyhq.com"),
      "Interview with FreshWay Distribution", "2026-06-02 14:26 +0000",
      "Hi Jorge,\n\nGreat news: the hiring team for Inbound Transport Planner would like to "
      "invite you to an on-site interview at our Ridderkerk distribution centre on Tuesday 9 "
      "June, 13:00-14:30. You'll meet Priya (Talent) and Wouter Jansen (Transport Manager), "
      "followed by a short tour of the dock area.\n\nWe'll reimburse your travel. A calendar "
      "invite follows separately.\n\nReply here with any questions.\n\nPriya\n",
      reply_to=FRESH, company="FreshWay Distribution", contact=FRESH[1]),
    M(INV, "personalwerk_kunde", "de", BRANDL,
      "Vorstellungstermin bei Frischdienst Bayern", "2026-06-12 11:48 +0200",
      "Hallo Jorge,\n\nwie telefonisch besprochen, habe ich für Sie einen Vorstellungstermin "
      "bei unserem Kunden Frischdienst Bayern vereinbart:\n\nMontag, 15. Juni 2026, 9:00 Uhr\n"
      "Frischdienst Bayern, Am Großmarkt 7, 85551 Kirchheim\nAnsprechpartner: Herr Robert "
      "Kainz, Leiter Disposition\n\nDas Gespräch kann teilweise auf Englisch geführt werden. "
      "Bitte bringen Sie Ihren Führerschein und die Fahrerkarte mit.\n\nBeste Grüße\nTobias "
      "Brandl\nPersonalwerk Süd\n",
      enc_subject=("iso-8859-1", "q"),
      company="Frischdienst Bayern", contact=BRANDL[1]),
    M(INV, "frischmarkt_einladung", "de", SEIDL,
      "Einladung zum persönlichen Gespräch – Transportdisponent (m/w/d)",
      "2026-09-02 09:20 +0200",
      "Sehr geehrter Herr Altamirano,\n\nvielen Dank für Ihre Bewerbung. Wir möchten Sie gerne "
      "persönlich kennenlernen und laden Sie zu einem Gespräch in unser Zentrallager Eching "
      "ein.\n\nTermin: Mittwoch, 9. September 2026, 13:00 Uhr\nOrt: Frischmarkt Süd, "
      "Zentrallager, Dieselstraße 12, 85386 Eching\n\nBitte bestätigen Sie uns den Termin kurz "
      "per E-Mail. Reisekosten erstatten wir Ihnen gerne.\n\nMit freundlichen Grüßen\nClaudia "
      "Seidl\nPersonalreferentin\n",
      html=html_page("Sehr geehrter Herr Altamirano,",
                     "vielen Dank für Ihre Bewerbung. Wir möchten Sie gerne persönlich "
                     "kennenlernen und laden Sie zu einem Gespräch in unser Zentrallager Eching "
                     "ein.",
                     "<b>Termin:</b> Mittwoch, 9. September 2026, 13:00 Uhr<br><b>Ort:</b> "
                     "Frischmarkt Süd, Zentrallager, Dieselstraße 12, 85386 Eching",
                     "Bitte bestätigen Sie uns den Termin kurz per E-Mail. Reisekosten erstatten "
                     "wir Ihnen gerne.",
                     "Mit freundlichen Grüßen<br>Claudia Seidl<br>Personalreferentin",
                     brand="Frischmarkt Süd"),
      charset="iso-8859-1", cte="quoted-printable",
      company="Frischmarkt Süd", contact=SEIDL[1]),
    M(INV, "stadtlogistik_telefon", "de", STADT,
      "Telefoninterview Disposition Lastenrad & E-Transporter", "2026-10-05 15:02 +0200",
      "Hallo Herr Altamirano,\n\ndanke für Ihre Bewerbung bei Stadtlogistik München. Ich würde "
      "gerne ein kurzes Telefoninterview (ca. 30 Minuten) mit Ihnen führen, gern auf Englisch.\n\n"
      "Vorschlag: Montag, 12. Oktober, 11:00 Uhr. Die Kalendereinladung hängt an.\n\nViele "
      "Grüße\nJonas Weigl\nTeamlead Disposition · Stadtlogistik München\n",
      ics={"method": "REQUEST", "uid": "sl-ti-1210@stadtlogistik-muc.example.de", "seq": 0,
           "tzid": "Europe/Berlin", "start": "20261012T110000", "end": "20261012T113000",
           "summary": "Telefoninterview J. Altamirano", "location": "Telefon",
           "organizer": STADT},
      company="Stadtlogistik München", contact=STADT[1]),
    M(INV, "interimgaronne_rdv", "fr", FABRE,
      "Rendez-vous à l'agence – mission agent d'exploitation", "2026-04-20 10:05 +0200",
      "Bonjour Jorge,\n\nSuite à notre échange téléphonique, je vous propose un entretien à "
      "l'agence Intérim Garonne de Toulouse Nord (45 avenue des États-Unis) le jeudi 23 avril "
      "à 9h30, pour une mission d'agent d'exploitation transport chez l'un de nos clients "
      "transporteurs.\n\nMerci de vous munir d'une pièce d'identité, de votre carte Vitale si "
      "vous en avez une et de votre CV à jour.\n\nÀ bientôt,\nJulie Fabre\nChargée de "
      "recrutement\n",
      company="Intérim Garonne", contact=FABRE[1]),
    M(INV, "pyreneesfret_visio", "fr", ("Transports Pyrénées Fret", "noreply@workablemail.com"),
      "Invitation à un entretien visio – Affréteur (H/F)", "2026-07-07 08:30 +0000",
      "Bonjour Jorge,\n\nMerci pour votre candidature au poste d'Affréteur (H/F) basé à "
      "Toulouse. Émilie Castan, responsable recrutement, souhaite échanger avec vous lors d'un "
      "entretien en visioconférence de 45 minutes.\n\nMerci de réserver un créneau via le lien "
      "ci-dessous :\nhttps://apply.workable.example.com/pyrenees-fret/slots/7731\n\nPour toute "
      "question, répondez simplement à ce message.\n\nCordialement,\nTransports Pyrénées Fret\n",
      reply_to=PYR, company="Transports Pyrénées Fret", contact=PYR[1]),
    M(INV, "lauragais_essai", "fr", LAUR,
      "Journée d'immersion au PC régulation", "2026-08-24 17:40 +0200",
      "Bonjour Jorge,\n\nComme convenu au téléphone, je vous invite à une journée d'immersion "
      "au poste de commande régulation d'Autocars du Lauragais, à Castelnaudary, le lundi 31 "
      "août de 7h à 15h. Vous suivrez le travail de nos régulateurs et nous ferons un point en "
      "fin de journée avec le directeur d'exploitation.\n\nLe repas est pris en charge. "
      "Merci de me confirmer votre venue.\n\nCordialement,\nSébastien Marty\nAutocars du "
      "Lauragais\n",
      company="Autocars du Lauragais", contact=LAUR[1]),
    M(INV, "frigocatalan_entretien", "fr", VIDAL,
      "Entretien affréteur – Frigo Catalan Transports", "2026-09-15 12:12 +0200",
      "Bonjour Monsieur Altamirano,\n\nVotre profil a retenu notre attention pour le poste "
      "d'affréteur sur notre plateforme de Saint-Charles. Je vous propose un entretien dans "
      "nos bureaux le mardi 22 septembre à 10h. Nous parlerons en français, mais l'espagnol "
      "est un vrai plus pour nos flux vers Mercazaragoza et Mercabarna.\n\nBien à vous,\n"
      "Marc Vidal\nResponsable d'exploitation\n",
      company="Frigo Catalan Transports", contact=VIDAL[1]),

    # ================= reschedules / cancellations
    M(RES, "mercazar_mover", "es", MERCAZAR,
      "Re: Mercazar – entrevista telefónica planificador/a", "2026-05-26 16:20 +0200",
      "Hola Jorge,\n\nTe escribo porque mañana tenemos inventario en el almacén y no voy a poder "
      "hacer la llamada a las 12:30. ¿Podemos pasarla al jueves 28 a la misma hora? Si no te "
      "viene bien, dime otra franja.\n\nGracias y perdona el cambio,\nRocío\n",
      parent="mercazar_telefono", quote="es",
      company="Mercazar Distribución", contact=MERCAZAR[1]),
    M(RES, "tempora_huerva_pospone", "es", TEMPORA,
      "Cambio entrevista Logística Huerva", "2026-06-10 19:02 +0200",
      "Jorge, ¡buenas tardes!\n\nMe acaba de llamar Luis Abad: mañana tienen una auditoría y "
      "no pueden recibirte a las 8:30. Me dice que la entrevista queda aplazada al lunes 15 de "
      "junio a la misma hora, en el mismo sitio.\n\nPerdona el lío. Cualquier cosa, "
      "escríbeme.\n\nIrene\n",
      parent="tempora_huerva_entrevista",
      company="Logística Huerva", contact=TEMPORA[1]),
    M(RES, "valleebro_cambio", "es", VALLE,
      "Cambio de fecha de la entrevista", "2026-06-24 08:47 +0200",
      "Buenos días Jorge:\n\nPor un problema de agenda del gerente, tenemos que aplazar la "
      "entrevista de mañana jueves. Te proponemos el lunes 29 de junio a las 17:00, en el "
      "mismo lugar.\n\nDisculpa las molestias y confírmanos si te viene bien.\n\nCarmen "
      "Sancho\n",
      parent="valleebro_entrevista", quote="outlook", charset="windows-1252",
      company="Autocares Valle del Ebro", contact=VALLE[1]),
    M(RES, "grao_cancel", "es", GRAO,
      "Cancelada: Videoentrevista Coordinador/a de Transporte de Contenedores",
      "2026-07-15 12:00 +0200",
      "Hola Jorge:\n\nTengo que cancelar la videoentrevista del jueves: ha llegado un buque con "
      "retraso y estaré toda la tarde coordinando camiones en la terminal. Tu candidatura "
      "sigue en marcha; te envío otra invitación en cuanto tenga hueco.\n\nUn saludo,\nHéctor "
      "Boix\nResponsable de Tráfico Terrestre – Logística Portuaria Grao\nMuelle de Poniente "
      "s/n, 46024 València\n",
      ics={"method": "CANCEL", "uid": "ashby-41d-vid@lpgrao.example.es", "seq": 1,
           "start": "20260716T170000", "end": "20260716T173000",
           "summary": "Videoentrevista – Jorge Altamirano Quiroga", "location": "Google Meet",
           "organizer": GRAO},
      company="Logística Portuaria Grao", contact=GRAO[1]),
    M(RES, "ecoresiduos_aplazada", "es", ECO,
      "Aplazamos la jornada de prueba", "2026-09-01 09:12 +0200",
      "Hola Jorge,\n\nHay convocada huelga del servicio de recogida para el jueves 3, así que "
      "no tiene sentido que vengas ese día: no verías el funcionamiento normal. Lo aplazamos "
      "a la semana siguiente; te propongo el martes 8 de septiembre, mismo horario.\n\nTe "
      "mantenemos la reserva del tren.\n\nMontse\n",
      parent="ecoresiduos_prueba", quote="es",
      company="EcoResiduos Barcelona", contact=ECO[1]),
    M(RES, "freshway_moved", "en", FRESH,
      "Change of time – your FreshWay interview on 9 June", "2026-06-05 10:10 +0200",
      "Hi Jorge,\n\nSmall change: Wouter has a carrier meeting that overran into Tuesday "
      "afternoon, so we've moved your interview to 10:00-11:30 on the same day, Tuesday 9 "
      "June. Everything else stays the same.\n\nHope the earlier time works with your train. "
      "Let me know if not.\n\nPriya Raghunathan\nTalent Acquisition, FreshWay Distribution\n",
      parent="freshway_interview", quote="en",
      company="FreshWay Distribution", contact=FRESH[1]),
    M(RES, "frischmarkt_verschoben", "de", SEIDL,
      "AW: Einladung zum persönlichen Gespräch – Transportdisponent (m/w/d)",
      "2026-09-04 11:31 +0200",
      "Sehr geehrter Herr Altamirano,\n\nleider muss ich unseren Termin am 9. September "
      "verschieben, da unser Lagerleiter an diesem Tag verhindert ist. Wäre Ihnen Donnerstag, "
      "10. September, um 10:00 Uhr recht?\n\nIch bitte um Entschuldigung für die Umstände.\n\n"
      "Mit freundlichen Grüßen\nClaudia Seidl\n",
      parent="frischmarkt_einladung", quote="de",
      company="Frischmarkt Süd", contact=SEIDL[1]),
    M(RES, "stadtlogistik_neu", "de", STADT,
      "Aktualisiert: Telefoninterview jetzt Mittwoch 14.10.", "2026-10-08 08:44 +0200",
      "Hallo Herr Altamirano,\n\nich muss unser Telefoninterview leider auf Mittwoch, 14. "
      "Oktober, 15:00 Uhr verlegen. Die aktualisierte Einladung ist angehängt.\n\nDanke für "
      "Ihr Verständnis!\nJonas Weigl\n",
      parent="stadtlogistik_telefon",
      ics={"method": "REQUEST", "uid": "sl-ti-1210@stadtlogistik-muc.example.de", "seq": 1,
           "tzid": "Europe/Berlin", "start": "20261014T150000", "end": "20261014T153000",
           "summary": "Telefoninterview J. Altamirano (verschoben)", "location": "Telefon",
           "organizer": STADT},
      company="Stadtlogistik München", contact=STADT[1]),
    M(RES, "frigocatalan_report", "fr", VIDAL,
      "Report de notre entretien du 22/09", "2026-09-18 14:05 +0200",
      "Bonjour Monsieur Altamirano,\n\nJe suis contraint de reporter notre entretien de mardi : "
      "je dois me rendre chez un client à Lyon. Pourrions-nous le décaler au jeudi 24 "
      "septembre à 15h ? Merci de me confirmer.\n\nBien à vous,\nMarc Vidal\n",
      parent="frigocatalan_entretien", charset="iso-8859-1", cte="8bit",
      company="Frigo Catalan Transports", contact=VIDAL[1]),
    M(RES, "lauragais_annule", "fr", LAUR,
      "Journée d'immersion annulée – on refixe une date", "2026-08-28 18:30 +0200",
      "Bonjour Jorge,\n\nJe suis désolé, mais nous devons annuler la journée d'immersion de "
      "lundi : le PC régulation sera mobilisé par le plan de transport de la rentrée scolaire "
      "et personne ne pourra vous accueillir correctement. Je vous propose de refixer une "
      "date courant septembre ; je reviens vers vous la semaine prochaine.\n\nCordialement,\n"
      "Sébastien Marty\n",
      parent="lauragais_essai", quote="fr",
      company="Autocars du Lauragais", contact=LAUR[1]),

    # ================= missed interviews
    M(MIS, "tempora_noshow", "es", TEMPORA,
      "¿Qué ha pasado esta mañana?", "2026-06-15 10:02 +0200",
      "Hola Jorge,\n\nMe llama Luis Abad de Logística Huerva: te esperaban a las 8:30 para la "
      "entrevista y no has aparecido. Te he llamado dos veces y no contestas.\n\nDime algo en "
      "cuanto puedas, por favor, que quedamos un poco mal con el cliente.\n\nIrene\n",
      company="Logística Huerva", contact=TEMPORA[1]),
    M(MIS, "nexo_novino", "es", NEXO,
      "Videoentrevista de hoy a las 17:00", "2026-09-24 17:25 +0200",
      "Hola Jorge:\n\nTe he estado esperando en la videollamada de las 17:00 que reservaste a "
      "través de mi agenda, pero no te has conectado. He esperado unos veinte minutos.\n\nSi "
      "tuviste algún problema técnico, puedes volver a reservar otro hueco con el mismo "
      "enlace.\n\nUn saludo,\nLaura Ezquerra\nNexo Selección\n",
      company="Nexo Selección", contact=NEXO[1]),
    M(MIS, "grao_noconecto", "es", GRAO,
      "No conseguimos conectar", "2026-07-28 18:10 +0200",
      "Hola Jorge:\n\nHoy a las 17:30 te esperaba en el Meet para la videoentrevista que "
      "reprogramamos, y no llegaste a entrar. Te escribí también por el chat de la "
      "invitación.\n\nNo pasa nada, pero necesito saber si sigues interesado antes de cerrar la "
      "terna esta semana.\n\nHéctor\n",
      company="Logística Portuaria Grao", contact=GRAO[1]),
    M(MIS, "railfeeder_no_answer", "en", RAIL,
      "Tried calling you", "2026-05-28 10:22 +0200",
      "Hi Jorge,\n\nI called you at 10:00 for our phone screen as planned, and again at 10:10, "
      "but there was no answer and I couldn't leave a voicemail.\n\nIf you're still "
      "interested in the Intermodal Dispatcher role, reply with a couple of times that work "
      "for you this week or next.\n\nRegards,\nDaan Mulder\nOperations, Rotterdam Rail Feeder\n",
      company="Rotterdam Rail Feeder", contact=RAIL[1]),
    M(MIS, "meridian_client_waited", "en", MERIDIAN,
      "Missed call with the client this morning", "2026-05-20 12:05 +0100",
      "Hi Jorge,\n\nMy client's operations director was on the Teams call at 10:00 UK time as "
      "agreed and waited for 15 minutes, but you didn't join. Did something come up? Maybe "
      "the time zone caught you out – it was 11:00 for you.\n\nLet me know what happened and "
      "I'll see whether I can arrange another slot.\n\nBest,\nOliver\n",
      company="Meridian Logistics Search", contact=MERIDIAN[1]),
    M(MIS, "personalwerk_nicht_erschienen", "de", BRANDL,
      "Termin bei Frischdienst Bayern heute früh", "2026-06-15 10:14 +0200",
      "Hallo Jorge,\n\nHerr Kainz von Frischdienst Bayern hat mich gerade angerufen: Sie sind "
      "heute um 9:00 Uhr nicht zum Vorstellungsgespräch erschienen. Ich konnte Sie telefonisch "
      "auch nicht erreichen.\n\nBitte melden Sie sich kurz bei mir, damit ich dem Kunden "
      "etwas sagen kann.\n\nBeste Grüße\nTobias Brandl\n",
      company="Frischdienst Bayern", contact=BRANDL[1]),
    M(MIS, "interimgaronne_absent", "fr", FABRE,
      "Votre rendez-vous de ce matin", "2026-04-23 11:02 +0200",
      "Bonjour Jorge,\n\nJe vous attendais ce matin à 9h30 à l'agence pour notre entretien, "
      "mais vous ne vous êtes pas présenté. J'ai essayé de vous joindre sur votre portable, "
      "sans succès.\n\nSi vous êtes toujours intéressé par la mission, rappelez-moi au 05 61 "
      "00 00 48 pour convenir d'un nouveau rendez-vous.\n\nCordialement,\nJulie Fabre\n"
      "Intérim Garonne – Toulouse Nord\n",
      company="Intérim Garonne", contact=FABRE[1]),
    M(MIS, "pyreneesfret_injoignable", "fr", PYR,
      "Entretien visio de 14h", "2026-07-16 14:30 +0200",
      "Bonjour Jorge,\n\nNous avions rendez-vous à 14h en visioconférence pour le poste "
      "d'affréteur. Nous vous avons attendu un quart d'heure puis avons tenté de vous appeler, "
      "sans réponse.\n\nJe vous laisse revenir vers moi si vous souhaitez fixer un autre "
      "créneau.\n\nCordialement,\nÉmilie Castan\nResponsable recrutement – Transports Pyrénées "
      "Fret\n",
      enc_name=("utf-8", "b"), company="Transports Pyrénées Fret", contact=PYR[1]),
]

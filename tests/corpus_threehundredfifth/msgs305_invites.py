"""Stand-alone invitations, reschedules/cancellations and missed-interview notices (305)."""

from __future__ import annotations

from msgs305_common import DISCLAIMER_EN, DISCLAIMER_ES, M, Spec

INV = "interview_invitation"
RES = "interview_reschedule_or_cancel"
MISS = "missed_interview_notice"

MAITE = ("Maite Goñi", "mgoni@navarraeolica.example.es")
TEMPORA = ("Tempora ETT – Oficina Bilbao", "bilbao@tempora-ett.example.es")
INIGO = ("Íñigo Larrañaga", "ilarranaga@norte-search.example.es")
METRO = ("Metrópoli Datos – Talento", "talento@metropolidatos.example.es")
TXOKO = ("Garazi Aranburu", "garazi@txoko-analytics.example.es")
URUMEA = ("Policlínica Urumea", "urumea-careers@icims.com")
AMAIA = ("Amaia Zubizarreta", "amaia.zubizarreta@policlinica-urumea.example.es")
CIARA = ("Ciara Walsh", "ciara.walsh@harbourline.example.ie")
RORY = ("Rory Byrne | Kestrel Recruitment", "rory.byrne@kestrel-recruitment.example.ie")
VOSS = ("Dr. Katrin Voss", "k.voss@brenner-voss.example.de")
LUKAS = ("Lukas Obermaier", "lukas@datenfluss.example.de")
PAULINE = ("Pauline Ferrand", "pauline@vinalytics.example.fr")
LESTAGE = ("Thomas Lestage", "thomas@lestage-conseil.example.fr")
SOPHIE = ("Sophie Lacoste", "s.lacoste@aquitaine-donnees.example.fr")

SPANISH: list[Spec] = [
    M(INV, "es", "Tempora ETT", "tempora_entrevista_oficina", TEMPORA,
      "2026-01-22 09:15 +0100", "Entrevista en Tempora ETT – mañana a las 11:00",
      "Hola Aitor:\n\n"
      "Hemos visto tu inscripción en nuestra web. Tenemos varias misiones de grabación y\n"
      "control de datos para empresas de Bizkaia y nos gustaría conocerte. ¿Puedes pasarte\n"
      "mañana viernes 23 a las 11:00 por la oficina de Alameda Recalde 27? Trae el DNI, la\n"
      "tarjeta de la Seguridad Social y el CV en papel.\n\n"
      "Si no puedes, llámanos al 944 23 51 90.\n\nUn saludo,\nOficina de Bilbao – Tempora "
      "ETT", name_enc=("q", "utf-8"), subj_enc=("q", "windows-1252")),
    M(MISS, "es", "Tempora ETT", "tempora_no_vino", TEMPORA, "2026-01-23 12:40 +0100",
      "No te hemos visto esta mañana",
      "Hola Aitor:\n\n"
      "Te esperábamos a las 11:00 para la entrevista en la oficina y no has venido. Te "
      "hemos\nllamado dos veces al móvil sin respuesta.\n\n"
      "Si sigues interesado en las misiones, llámanos y buscamos otro día.\n\n"
      "Oficina de Bilbao – Tempora ETT", name_enc=("b", "utf-8"), charset="windows-1252",
      cte="quoted-printable"),
    M(INV, "es", "Navarra Eólica", "navarra_eolica_entrevista", MAITE,
      "2026-04-14 09:50 +0200", "Entrevista – Analista de Datos de Producción",
      "Buenos días, Aitor:\n\n"
      "Gracias por tu candidatura. Nos gustaría hacerte una primera entrevista por "
      "videollamada\nel martes 21 de abril a las 16:00 con el jefe de Operación y "
      "Mantenimiento. Te envío\nla invitación; dura unos 45 minutos.\n\n"
      "Un saludo,\nMaite Goñi Arregui\nResponsable de RR. HH. – Navarra Eólica",
      key="NE1", name_enc=("q", "utf-8"), subj_enc=("q", "utf-8"),
      ics={"method": "REQUEST", "uid": "ne-adp-0421@navarraeolica.example.es", "seq": 0,
           "start": "20260421T160000", "end": "20260421T164500",
           "summary": "Entrevista Analista de Datos de Produccion", "organizer": MAITE,
           "location": "Teams", "stamp": "20260414T075000Z"}, ics_mode="attach"),
    M(RES, "es", "Navarra Eólica", "navarra_eolica_cambio_hora", MAITE,
      "2026-04-17 13:05 +0200", "RE: Entrevista – Analista de Datos de Producción",
      "Hola Aitor:\n\n"
      "Te pido disculpas, pero tenemos que adelantar la entrevista del martes 21 a las "
      "12:30,\nporque por la tarde hay parada programada en el parque de Aibar. Si no "
      "puedes a esa\nhora dímelo y la pasamos al miércoles.\n\nMaite",
      parent="NE1", quote="outlook_es", name_enc=("q", "utf-8"), subj_enc=("b", "utf-8"),
      ics={"method": "REQUEST", "uid": "ne-adp-0421@navarraeolica.example.es", "seq": 1,
           "start": "20260421T123000", "end": "20260421T131500",
           "summary": "Entrevista Analista de Datos de Produccion", "organizer": MAITE,
           "location": "Teams", "stamp": "20260417T110500Z"}),
    M(INV, "es", "Norte Executive Search", "norte_search_llamada", INIGO,
      "2026-04-28 08:55 +0200", "Conversación sobre un proceso de Data Analyst",
      "Buenos días, Aitor:\n\n"
      "Soy Íñigo Larrañaga, de Norte Executive Search. Estamos buscando un Data Analyst "
      "para\nuna empresa industrial de la margen izquierda (de momento no puedo decir el "
      "nombre).\n¿Hablamos por teléfono el jueves 30 a las 18:00? Será una primera "
      "entrevista de unos\n30 minutos.\n\nÍñigo Larrañaga\nSocio | Norte Executive Search\n"
      "+34 609 774 120\n\n" + DISCLAIMER_ES, name_enc=("q", "iso-8859-1"),
      charset="iso-8859-1", cte="8bit"),
    M(MISS, "es", "Norte Executive Search", "norte_search_no_contesta", INIGO,
      "2026-04-30 18:25 +0200", "Te he llamado a las 18:00",
      "Aitor, te he llamado a las 18:00 como quedamos y otra vez a las 18:15, pero "
      "no\ncontestas. ¿Lo dejamos para mañana a la misma hora? Dime algo.\n\nÍñigo\n\n"
      "Enviado desde mi móvil", name_enc=("q", "iso-8859-1")),
    M(INV, "es", "Metrópoli Datos", "metropoli_assessment", METRO,
      "2026-05-11 10:30 +0200", "Convocatoria Assessment Center – Programa Analistas 2026",
      "Hola Aitor:\n\n"
      "¡Enhorabuena! Has superado la prueba online del Programa Analistas 2026 de "
      "Metrópoli\nDatos. Te convocamos al assessment center presencial que se celebrará "
      "el 26 de mayo\nde 9:00 a 15:00 en nuestras oficinas de Paseo de la Castellana 140, "
      "Madrid.\n\n"
      "Habrá un caso en grupo, una presentación individual y una entrevista con dos socios.\n"
      "Confirma tu asistencia antes del 15 de mayo respondiendo a este correo.\n\n"
      "Equipo de Talento\nMetrópoli Datos", key="MD1", layout="html", brand="#ae3ec9",
      name_enc=("b", "utf-8"), subj_enc=("q", "utf-8")),
    M(RES, "es", "Metrópoli Datos", "metropoli_assessment_aplazado", METRO,
      "2026-05-22 15:10 +0200", "Cambio de fecha: Assessment Center 26 de mayo",
      "Hola Aitor:\n\n"
      "Por la huelga de transporte convocada para el 26 de mayo en Madrid, hemos decidido "
      "aplazar\nel assessment center al martes 2 de junio, mismo horario y lugar. "
      "Necesitamos que\nnos confirmes de nuevo tu asistencia.\n\n"
      "Equipo de Talento\nMetrópoli Datos", parent="MD1", layout="alt", brand="#ae3ec9",
      name_enc=("b", "utf-8")),
    M(MISS, "es", "Metrópoli Datos", "metropoli_ausencia_assessment", METRO,
      "2026-06-02 13:00 +0200", "Tu ausencia en el Assessment Center de hoy",
      "Hola Aitor:\n\n"
      "Hoy no te hemos visto en el assessment center del Programa Analistas 2026 y no "
      "teníamos\nningún aviso tuyo. Entendemos que pueden surgir imprevistos; si sigues "
      "interesado en\nel programa, escríbenos antes del viernes y veremos si podemos "
      "incluirte en la\núltima convocatoria del 16 de junio.\n\nEquipo de Talento\n"
      "Metrópoli Datos", name_enc=("b", "utf-8"), cte="base64"),
    M(INV, "es", "Txoko Analytics", "txoko_jornada_prueba", TXOKO,
      "2026-06-24 17:45 +0200", "¿Te vienes un día a trabajar con nosotros?",
      "Kaixo Aitor!\n\n"
      "Nos gustó mucho la charla del lunes. El siguiente paso en Txoko es una jornada de\n"
      "prueba: pasas un día con el equipo en la oficina de Gros, trabajamos juntos un "
      "problema\nreal de datos de un cliente y comemos juntos. Te pagamos el día, "
      "claro.\n\n"
      "¿Te viene bien el jueves 2 de julio, de 9:00 a 17:00?\n\n"
      "Garazi Aranburu\nCOO - Txoko Analytics\nDonostia",
      key="TX1", subj_enc=("q", "utf-8"), layout="alt", brand="#f76707"),
    M(RES, "es", "Txoko Analytics", "txoko_jornada_movida", TXOKO,
      "2026-06-30 08:20 +0200", "Re: ¿Te vienes un día a trabajar con nosotros?",
      "Egun on Aitor:\n\n"
      "Cambio de planes: el cliente nos ha movido la entrega al jueves, así que la jornada "
      "de\nprueba la pasamos al martes 7 de julio, mismo horario. ¿Te cuadra?\n\n"
      "Perdona el lío,\nGarazi", parent="TX1", quote="es", subj_enc=("b", "utf-8")),
    M(INV, "es", "Policlínica Urumea", "urumea_icims_video", URUMEA,
      "2026-09-07 10:00 +0200", "Invitación a videoentrevista – Analista de Datos Clínicos",
      "Hola Aitor:\n\n"
      "Queremos invitarte a una videoentrevista para el puesto de Analista de Datos "
      "Clínicos.\nElige el horario que mejor te venga en el siguiente enlace (disponible "
      "hasta el 11 de\nseptiembre):\n\n"
      "https://careers-policlinicaurumea.icims.com/jobs/2231/schedule\n\n"
      "Amaia Zubizarreta, de nuestro equipo de Personas, realizará la entrevista.\n\n"
      "Policlínica Urumea", reply_to=AMAIA, layout="alt", brand="#15aabf",
      name_enc=("q", "utf-8"), subj_enc=("q", "utf-8")),
    M(RES, "es", "Policlínica Urumea", "urumea_icims_reprogramada", URUMEA,
      "2026-09-14 08:00 +0200", "Tu entrevista ha sido reprogramada",
      "Hola Aitor:\n\n"
      "Tu videoentrevista para Analista de Datos Clínicos del martes 15 de septiembre a "
      "las 10:00\nse ha reprogramado al jueves 17 de septiembre a las 12:00 por un cambio "
      "en la agenda\nde la entrevistadora. El enlace de conexión sigue siendo el mismo.\n\n"
      "Si el nuevo horario no te va bien, puedes cambiarlo desde tu portal de candidato.\n\n"
      "Policlínica Urumea – Este es un mensaje automático.", layout="html",
      brand="#15aabf", name_enc=("q", "utf-8")),
    M(MISS, "es", "Policlínica Urumea", "urumea_no_conectado", AMAIA,
      "2026-09-17 12:35 +0200", "Videoentrevista de hoy a las 12:00",
      "Hola Aitor:\n\n"
      "Te he estado esperando en la sala de la videoentrevista desde las 12:00 hasta las "
      "12:25\ny no te has conectado. ¿Has tenido algún problema técnico?\n\n"
      "Si quieres, podemos intentarlo el lunes; respóndeme a este correo.\n\n"
      "Amaia Zubizarreta\nTécnica de Personas – Policlínica Urumea\n"
      "Paseo de Miramón 174, Donostia\n\n" + DISCLAIMER_ES, cte="quoted-printable"),
]

ENGLISH: list[Spec] = [
    M(INV, "en", "Kestrel Recruitment", "kestrel_phone_screen", RORY,
      "2026-03-09 11:20 +0000", "Data Analyst opportunity - quick call?",
      "Hi Aitor,\n\n"
      "Thanks for sending your CV through. I'm working on a Data Analyst role with a client "
      "in\nthe Dublin docklands (I can share the name once we've spoken). Are you free for "
      "a\n20-minute phone screen on Wednesday 11 March at 14:00 Irish time?\n\n"
      "Cheers,\nRory\n\nRory Byrne | Senior Consultant, Data & Analytics\n"
      "Kestrel Recruitment | +353 1 555 0192"),
    M(MISS, "en", "Kestrel Recruitment", "kestrel_no_answer", RORY,
      "2026-03-11 14:18 +0000", "Tried calling you",
      "Hi Aitor,\n\nI tried you at 14:00 as arranged and again at 14:10 but no answer - I "
      "think I may\nhave had the wrong number. Let me know when suits to try again.\n\n"
      "Rory\n\nSent from my iPhone"),
    M(INV, "en", "Harbourline Bank", "harbourline_final_round",
      ("Ciara Walsh (Harbourline Bank)", "no-reply@hire.lever.co"),
      "2026-06-12 13:00 +0100", "Final round interview - Analyst, Customer Insights",
      "Hi Aitor,\n\n"
      "Great news - the team would like to invite you to the final round for Analyst, "
      "Customer\nInsights. It will take place at our office at 1 Spencer Dock on "
      "Tuesday 23 June from\n10:00 to 12:30 and includes a case study presentation "
      "(brief attached to follow)\nand a panel interview.\n\n"
      "Please reply to confirm you can make it.\n\nCiara",
      key="HB1", reply_to=CIARA, layout="alt", brand="#1c7ed6"),
    M(RES, "en", "Harbourline Bank", "harbourline_final_moved", CIARA,
      "2026-06-17 09:41 +0100", "RE: Final round interview - Analyst, Customer Insights",
      "Hi Aitor,\n\n"
      "I'm sorry to do this, but one of the panel members has a board meeting on the 23rd. "
      "Could\nwe move your final round to Thursday 25 June, same time? I've updated the "
      "calendar\ninvitation accordingly.\n\nMany thanks,\nCiara\n\n" + DISCLAIMER_EN,
      parent="HB1", quote="outlook_en",
      ics={"method": "REQUEST", "uid": "hb-final-goikoetxea@harbourline.example.ie",
           "seq": 1, "start": "20260625T100000", "end": "20260625T123000",
           "summary": "Final round - Aitor Goikoetxea", "organizer": CIARA,
           "location": "1 Spencer Dock, Dublin 1", "tz": "Europe/Dublin",
           "stamp": "20260617T084100Z"}),
    M(RES, "en", "Liffey Water Services", "liffey_water_postponed",
      ("Niamh O'Sullivan", "niamh.osullivan@liffeywater.example.ie"),
      "2026-02-25 16:00 +0000", "Postponed: Interview - Network Data Analyst",
      "Dear Aitor,\n\n"
      "Due to the ongoing storm response, I need to postpone your interview scheduled for\n"
      "Friday 27 February. I'll be in touch with a new date as soon as things settle.\n\n"
      "Apologies for any inconvenience.\n\nNiamh O'Sullivan\nHR Business Partner\n"
      "Liffey Water Services | Dublin 2",
      ics={"method": "CANCEL", "uid": "lws-int-0227@liffeywater.example.ie", "seq": 1,
           "start": "20260227T150000", "end": "20260227T160000",
           "summary": "Interview - Network Data Analyst",
           "organizer": ("Niamh O'Sullivan", "niamh.osullivan@liffeywater.example.ie"),
           "location": "Teams", "tz": "Europe/Dublin", "stamp": "20260225T160000Z"}),
    M(MISS, "en", "Greenlane Energy", "greenlane_no_show",
      ("Sean Doyle", "sean.doyle@greenlane-energy.example.ie"), "2026-04-23 11:20 +0100",
      "Missed interview this morning",
      "Hi Aitor,\n\n"
      "We had you down for a video interview at 10:30 this morning for the Energy Data "
      "Analyst\nrole, but you didn't join the call. We waited about fifteen minutes.\n\n"
      "If something came up, just let me know and we can see about another slot.\n\n"
      "Regards,\nSean Doyle\nRecruitment Lead, Greenlane Energy", layout="alt",
      brand="#37b24d"),
]

GERMAN: list[Spec] = [
    M(INV, "de", "Energieversorgung Würmtal", "brenner_voss_zweites_gespraech", VOSS,
      "2026-07-28 12:10 +0200", "Zweites Gespräch bei der Energieversorgung Würmtal",
      "Lieber Herr Goikoetxea,\n\n"
      "die Energieversorgung Würmtal möchte Sie gerne zu einem zweiten Gespräch vor Ort in\n"
      "Gräfelfing einladen, am Mittwoch, 5. August, um 10:00 Uhr. Gesprächspartner sind "
      "der\nBereichsleiter Netze und die Personalleiterin. Reisekosten werden erstattet.\n\n"
      "Bitte geben Sie mir bis Freitag Bescheid, ob der Termin passt.\n\n"
      "Herzliche Grüße\nKatrin Voss\nBrenner & Voss Personalberatung",
      name_enc=("q", "utf-8"), subj_enc=("q", "iso-8859-1"), cte="quoted-printable"),
    M(INV, "de", "Datenfluss", "datenfluss_probearbeitstag", LUKAS,
      "2026-08-18 09:30 +0200", "Probearbeitstag bei Datenfluss",
      "Hi Aitor,\n\n"
      "danke nochmal für das gute Gespräch! Als nächsten Schritt laden wir dich zu einem\n"
      "Probearbeitstag in unser Büro im Werksviertel ein, am Dienstag, 25. August, von 9 "
      "bis\n16 Uhr. Du arbeitest mit unserem Analytics-Team an einem kleinen "
      "Prognose-Case.\n\nSag kurz Bescheid, ob das klappt.\n\n"
      "Liebe Grüße\nLukas Obermaier\nCo-Founder, Datenfluss",
      key="DF1", layout="alt", brand="#4263eb"),
    M(RES, "de", "Datenfluss", "datenfluss_termin_verschoben", LUKAS,
      "2026-08-21 14:55 +0200", "Re: Probearbeitstag bei Datenfluss",
      "Hi Aitor,\n\n"
      "kleine Änderung: Wir müssen den Probearbeitstag auf Donnerstag, 27. August, "
      "verschieben,\nweil am 25. unser Office umzieht. Uhrzeit bleibt gleich. Passt dir "
      "das?\n\nLG Lukas", parent="DF1", quote="de", subj_enc=("q", "utf-8")),
    M(RES, "de", "Klinikverbund Oberland", "klinikverbund_terminaenderung",
      ("Petra Schmid", "petra.schmid@klinikverbund-oberland.example.de"),
      "2026-06-01 10:20 +0200", "Terminänderung Ihres Vorstellungsgesprächs",
      "Sehr geehrter Herr Goikoetxea,\n\n"
      "aus organisatorischen Gründen müssen wir Ihr Vorstellungsgespräch am 4. Juni "
      "absagen.\nWir melden uns in Kürze mit einem Ersatztermin bei Ihnen.\n\n"
      "Wir bitten um Ihr Verständnis.\n\nMit freundlichen Grüßen\nPetra Schmid\n"
      "Personalmanagement\nKlinikverbund Oberland gGmbH\nBahnhofstraße 3, 82362 Weilheim",
      subj_enc=("b", "utf-8"), charset="iso-8859-1", cte="quoted-printable"),
]

FRENCH: list[Spec] = [
    M(INV, "fr", "Vinalytics", "vinalytics_entretien",
      ("Vinalytics", "noreply@recruitee.com"), "2026-06-03 15:00 +0200",
      "Invitation à un entretien – Data analyst",
      "Bonjour Aitor,\n\n"
      "Merci pour votre candidature ! Pauline, notre responsable data, aimerait échanger "
      "avec\nvous lors d'un entretien en visio de 40 minutes. Choisissez un créneau ici :\n\n"
      "https://vinalytics.recruitee.com/o/data-analyst/schedule/5521\n\n"
      "À très vite,\nL'équipe Vinalytics", key="VN1", reply_to=PAULINE, layout="alt",
      brand="#862e9c", subj_enc=("q", "utf-8")),
    M(RES, "fr", "Vinalytics", "vinalytics_entretien_decale", PAULINE,
      "2026-06-09 08:45 +0200", "Petit décalage pour notre entretien",
      "Bonjour Aitor,\n\n"
      "Je dois malheureusement décaler notre entretien prévu demain à 11h : nous avons "
      "les\nvendanges de données d'un château client à livrer. Seriez-vous disponible "
      "jeudi\n11 juin à 14h ? Je vous renvoie l'invitation si c'est bon pour vous.\n\n"
      "Merci de votre compréhension,\nPauline Ferrand\nHead of Data, Vinalytics",
      parent="VN1", subj_enc=("q", "iso-8859-1"), charset="iso-8859-1", cte="8bit"),
    M(INV, "fr", "Agence Aquitaine Données", "aquitaine_donnees_jury", SOPHIE,
      "2026-06-10 10:30 +0200", "Convocation à un entretien",
      "Bonjour Monsieur Goikoetxea,\n\n"
      "Votre candidature au poste de chargé d'études statistiques a retenu notre "
      "attention.\nNous avons le plaisir de vous convier à un entretien avec un jury de "
      "trois personnes\nle mercredi 17 juin à 14h30, dans nos locaux du 4 rue Esprit des "
      "Lois à Bordeaux.\n\n"
      "Merci de vous munir d'une pièce d'identité.\n\nSophie Lacoste\nResponsable RH",
      key="AQ1", charset="windows-1252", cte="quoted-printable", layout="alt",
      brand="#2b8a3e"),
    M(MISS, "fr", "Agence Aquitaine Données", "aquitaine_donnees_absence", SOPHIE,
      "2026-06-17 15:10 +0200", "Re: Convocation à un entretien",
      "Bonjour Monsieur Goikoetxea,\n\n"
      "Le jury vous a attendu cet après-midi à 14h30 et nous n'avons pas eu de nouvelles "
      "de\nvotre part. Pourriez-vous nous indiquer si vous souhaitez toujours maintenir "
      "votre\ncandidature ?\n\nCordialement,\nSophie Lacoste", parent="AQ1", quote="fr",
      subj_enc=("b", "utf-8")),
    M(INV, "fr", "Lestage Conseil", "lestage_entretien_client", LESTAGE,
      "2026-08-27 09:05 +0200", "Entretien avec notre client – mardi 1er septembre",
      "Bonjour Aitor,\n\n"
      "Comme évoqué au téléphone, notre client (distribution, siège à Mérignac) souhaite "
      "vous\nrencontrer le mardi 1er septembre à 10h. Je vous communiquerai l'adresse "
      "exacte et\nle nom de votre interlocuteur la veille, la mission étant encore "
      "confidentielle.\n\n"
      "Pouvez-vous me confirmer votre présence ?\n\nThomas Lestage\nLestage Conseil",
      subj_enc=("q", "utf-8"), cte="8bit"),
]

MESSAGES: list[Spec] = [*SPANISH, *ENGLISH, *GERMAN, *FRENCH]

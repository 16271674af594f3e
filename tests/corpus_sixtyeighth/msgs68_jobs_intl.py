"""Spanish, French and German job mail for the sixty-eighth corpus. Plain data."""

from __future__ import annotations

from msgs68_util import ME, french, german, ics, spanish

MESSAGES: list[dict] = [
    # ------------------------------------------------------------------ rejections
    {"k": "rejection", "s": "es_hospital_madrid_formal", "l": "es", "co": "Hospital Universitario San Rafael del Norte",
         "frm": "Selección de Personal <seleccion@hsanrafaelnorte.example.es>",
         "subj": "Proceso de selección: Enfermero/a de Sistemas de Información Clínica",
         "d": "2026-05-19T12:30:00+02:00", "fmt": "latin1",
         "body": "Estimado Marcus:\n\nLe agradecemos sinceramente su participación en el proceso de "
              "selección para el puesto de Enfermero/a de Sistemas de Información Clínica.\n\n"
              "Tras valorar detenidamente todas las candidaturas, lamentamos comunicarle que en "
              "esta ocasión su perfil no ha sido seleccionado para continuar en el proceso. La "
              "homologación del título de Enfermería por el Ministerio era un requisito "
              "imprescindible.\n\nConservaremos sus datos en nuestra base para futuras "
              "convocatorias, salvo que nos indique lo contrario.\n\nAtentamente,\n\nDepartamento "
              "de Recursos Humanos\nHospital Universitario San Rafael del Norte\n\nAVISO LEGAL: "
              "Este mensaje y sus anexos son confidenciales. Si usted no es el destinatario, "
              "le rogamos que lo comunique al remitente y lo elimine.\n"},
    {"k": "rejection", "s": "es_mx_casual_after_call", "l": "es", "co": "SaludDigital",
         "frm": "Fernanda Ríos <fernanda.rios@saluddigital.example.mx>",
         "subj": "Re: Vacante Customer Success Clínico", "re": True, "d": "2026-07-02T18:14:00-06:00",
         "body": "Hola Marcus,\n\nMil gracias por tu tiempo el martes, la plática con Andrés estuvo "
              "muy bien. Te cuento que al final decidimos avanzar con otra persona que ya está en "
              "CDMX y conoce el mercado de clínicas privadas de aquí, así que no vamos a seguir "
              "con tu proceso por ahora.\n\nOjalá coincidamos más adelante, ¡mucho éxito!\n\n"
              "Fer\n--\nFernanda Ríos | Talento\nSaludDigital\n+52 55 5555 0143\n"
              + spanish("lun, 29 jun 2026 a las 9:03", ME,
                        "Hola Fernanda, ¿hay alguna novedad sobre el proceso? Saludos, Marcus")},
    {"k": "rejection", "s": "es_peru_plaza_cubierta", "l": "es", "co": "Clínica Santa Lucía",
         "frm": "Gestión Humana Clínica Santa Lucía <gestionhumana@clinicasantalucia.example.pe>",
         "subj": "Respuesta a su postulación", "d": "2026-03-12T10:00:00-05:00",
         "body": "Estimado postulante:\n\nNos dirigimos a usted para agradecerle su interés en formar "
              "parte de Clínica Santa Lucía. Le informamos que la plaza de Coordinador(a) de "
              "Historia Clínica Electrónica ya ha sido cubierta.\n\nAgradecemos su comprensión y "
              "le deseamos éxitos en su desarrollo profesional.\n\nCordialmente,\nGestión Humana\n"
              "Clínica Santa Lucía - Lima\n"},
    {"k": "rejection", "s": "fr_montreal_formal", "l": "fr", "co": "Centre hospitalier Saint-Laurent",
         "frm": "Dotation - Centre hospitalier Saint-Laurent <dotation@chsl.example.ca>",
         "subj": "Votre candidature - Conseiller(ère) en soins infirmiers, volet informatique",
         "d": "2026-04-28T14:05:00-04:00", "fmt": "qp",
         "body": "Bonjour Monsieur Delgado-Whitfield,\n\nNous vous remercions de l'intérêt que vous "
              "portez au Centre hospitalier Saint-Laurent et du temps consacré à l'entrevue.\n\n"
              "Après mûre réflexion, nous sommes au regret de vous informer que votre candidature "
              "n'a pas été retenue pour ce poste. La maîtrise du français de niveau avancé et "
              "l'inscription à l'OIIQ étaient des exigences du poste.\n\nNous vous souhaitons "
              "bonne chance dans vos recherches.\n\nL'équipe Dotation\nCentre hospitalier "
              "Saint-Laurent\n"},
    {"k": "rejection", "s": "fr_startup_tutoiement", "l": "fr", "co": "MédiLien",
         "frm": "Camille Bertrand <camille@medilien.example.fr>",
         "subj": "Retour sur ton process", "d": "2026-06-16T09:47:00+02:00",
         "body": "Salut Marcus,\n\nMerci encore pour l'échange avec Hugo la semaine dernière ! On a "
              "pris le temps d'en discuter en équipe et malheureusement on ne va pas donner suite "
              "pour le poste de Clinical Success Manager : on cherche quelqu'un qui a déjà "
              "déployé un DPI dans des hôpitaux français.\n\nBonne continuation et n'hésite pas à "
              "garder un œil sur nos offres !\n\nCamille\nTalent @ MédiLien\n"},
    {"k": "rejection", "s": "de_klinikum_absage", "l": "de", "co": "Klinikum Isartal",
         "frm": "Klinikum Isartal Personalabteilung <bewerbung@klinikum-isartal.example.de>",
         "subj": "Ihre Bewerbung als Pflegeinformatiker (m/w/d)", "d": "2026-05-07T11:22:00+02:00",
         "fmt": "latin1",
         "body": "Sehr geehrter Herr Delgado-Whitfield,\n\nvielen Dank für Ihre Bewerbung und das "
              "Interesse an einer Tätigkeit im Klinikum Isartal.\n\nNach sorgfältiger Prüfung "
              "Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht "
              "berücksichtigen können. Für die Position ist die Anerkennung als Pflegefachmann "
              "in Deutschland zwingend erforderlich.\n\nIhre Unterlagen werden gemäß DSGVO nach "
              "sechs Monaten gelöscht.\n\nWir wünschen Ihnen für Ihre berufliche Zukunft alles "
              "Gute.\n\nMit freundlichen Grüßen\n\ni. A. Sabine Huber\nPersonalabteilung\n"
              "Klinikum Isartal GmbH\n"},
    {"k": "rejection", "s": "de_software_nach_interview", "l": "de", "co": "DataMed Analytics",
         "frm": "Jonas Richter <jonas.richter@datamed-analytics.example.de>",
         "subj": "AW: Gespräch Clinical Consultant", "re": True, "d": "2026-08-26T16:50:00+02:00",
         "body": "Hallo Marcus,\n\ndanke dir nochmal für das offene Gespräch am Montag. Wir haben "
              "uns intern lange beraten und uns am Ende für eine Kandidatin entschieden, die "
              "schon Erfahrung mit ORBIS mitbringt. Deshalb können wir dir leider keine Zusage "
              "geben.\n\nIch wünsche dir viel Erfolg bei der weiteren Suche!\n\nViele Grüße\n"
              "Jonas\n\n--\nJonas Richter\nTeamlead Clinical Consulting\nDataMed Analytics GmbH | "
              "Berlin\n"
              + german("Mo., 24. Aug. 2026 um 18:02", ME,
                       "Hallo Jonas,\nvielen Dank für das Gespräch heute.\nBeste Grüße\nMarcus")},
    # ------------------------------------------------------------------ interview invitations
    {"k": "interview_invitation", "s": "es_entrevista_teams", "l": "es", "co": "Hospital Universitario San Rafael del Norte",
         "frm": "Lucía Martín Gómez <lmartin@hsanrafaelnorte.example.es>",
         "subj": "Convocatoria a entrevista - Enfermero/a Formador/a",
         "d": "2026-04-22T13:10:00+02:00",
         "body": "Estimado Marcus:\n\nNos complace comunicarle que ha superado la fase de "
              "preselección para el puesto de Enfermero/a Formador/a (Historia Clínica "
              "Electrónica). Le convocamos a una entrevista por Microsoft Teams el próximo "
              "jueves 30 de abril a las 17:00 (hora peninsular).\n\nLe rogamos confirme su "
              "asistencia respondiendo a este correo.\n\nUn cordial saludo,\n\nLucía Martín Gómez\n"
              "Responsable de Selección\nHospital Universitario San Rafael del Norte\n"},
    {"k": "interview_invitation", "s": "es_mx_whatsapp_style", "l": "es", "co": "SaludDigital",
         "frm": "Fernanda Ríos <fernanda.rios@saluddigital.example.mx>",
         "subj": "Platicamos?", "d": "2026-06-19T11:05:00-06:00",
         "body": "¡Hola Marcus! Vi tu perfil para la vacante de Customer Success Clínico y me "
              "encantó tu experiencia con Epic. ¿Tendrías chance de una llamada de 30 min el "
              "martes o miércoles? Puede ser en inglés o español, como prefieras 😊\n\nAgenda "
              "aquí: https://calendly.com/fer-saluddigital/30min\n\nFer\n"},
    {"k": "interview_invitation", "s": "es_agency_segunda_fase", "l": "es", "co": "Grupo Médico Andino",
         "frm": "Javier Paredes <jparedes@andescapital.example.com>",
         "subj": "Siguiente fase - Grupo Médico Andino", "d": "2026-09-03T10:40:00-05:00",
         "body": "Hola Marcus, ¿qué tal?\n\nTe escribo porque el cliente, Grupo Médico Andino, ha "
              "revisado tu perfil y quiere avanzar contigo a una entrevista técnica con su "
              "directora de enfermería. Sería por Zoom, unos 45 minutos. ¿Qué disponibilidad "
              "tienes la próxima semana?\n\nQuedo atento.\n\nJavier Paredes\nConsultor Senior - "
              "Salud\nAndes Capital Humano\n"},
    {"k": "interview_invitation", "s": "fr_entrevue_ics", "l": "fr", "co": "Centre hospitalier Saint-Laurent",
         "frm": "Émilie Gagnon <emilie.gagnon@chsl.example.ca>",
         "subj": "Invitation à une entrevue", "d": "2026-04-09T10:15:00-04:00",
         "body": "Bonjour Marcus,\n\nÀ la suite de l'analyse de votre candidature, nous aimerions vous "
              "rencontrer en entrevue pour le poste de conseiller en soins infirmiers, volet "
              "informatique clinique. L'entrevue aura lieu sur Teams le mercredi 15 avril à 13 h "
              "(heure de l'Est) et durera environ une heure.\n\nVous trouverez l'invitation "
              "ci-jointe. Merci de confirmer votre présence.\n\nCordialement,\n\nÉmilie Gagnon\n"
              "Conseillère en acquisition de talents\n",
         "ics": ics("chsl-entrevue-4471@chsl.example.ca", "Entrevue - M. Delgado-Whitfield",
                 "20260415T170000Z", "20260415T180000Z", "emilie.gagnon@chsl.example.ca",
                 "Microsoft Teams")},
    {"k": "interview_invitation", "s": "fr_cabinet_conseil", "l": "fr", "co": "Hexalis Santé",
         "frm": "Nicolas Fabre <nicolas.fabre@hexalis.example.fr>",
         "subj": "Poste de consultant DPI - premier échange", "d": "2026-07-07T08:55:00+02:00",
         "body": "Bonjour Marcus,\n\nVotre profil d'infirmier avec une expérience Epic a retenu "
              "toute notre attention pour notre mission auprès d'un CHU (poste de consultant "
              "DPI, télétravail partiel).\n\nSeriez-vous disponible pour un premier entretien "
              "en visio de 30 minutes jeudi ou vendredi prochain ?\n\nBien à vous,\n\nNicolas "
              "Fabre\nManager - Pôle Santé\nHexalis Santé\n01 55 55 01 22\n"},
    {"k": "interview_invitation", "s": "de_einladung_vorstellung", "l": "de", "co": "Klinikum Isartal",
         "frm": "Sabine Huber <s.huber@klinikum-isartal.example.de>",
         "subj": "Einladung zum Vorstellungsgespräch", "d": "2026-03-17T09:00:00+01:00",
         "body": "Sehr geehrter Herr Delgado-Whitfield,\n\nvielen Dank für Ihre Bewerbung als "
              "Praxisanleiter (m/w/d) für die digitale Pflegedokumentation. Wir freuen uns, Sie "
              "zu einem Vorstellungsgespräch per Videokonferenz einzuladen:\n\nTermin: Dienstag, "
              "24. März 2026, 16:00 Uhr (MEZ)\nTeilnehmende: Pflegedirektorin Frau Wagner, "
              "Herr Öztürk (IT)\n\nBitte bestätigen Sie uns den Termin kurz per E-Mail.\n\nMit "
              "freundlichen Grüßen\nSabine Huber\nPersonalabteilung\n"},
    {"k": "interview_invitation", "s": "de_startup_du", "l": "de", "co": "Pflegewerk Digital",
         "frm": "Lea Schmitt <lea@pflegewerk.example.de>",
         "subj": "Kurzer Call?", "d": "2026-08-13T14:02:00+02:00",
         "body": "Hi Marcus,\n\nwir bauen gerade unser US-Team auf und dein Profil passt super zur "
              "Rolle als Clinical Implementation Lead. Hättest du Lust auf einen kurzen Call "
              "(20-30 Min.) mit unserem CPO nächste Woche? Such dir einfach einen Slot aus: "
              "https://cal.example.com/pflegewerk/intro\n\nLiebe Grüße\nLea\nPeople Team, "
              "Pflegewerk Digital\n"},
    # ------------------------------------------------------------------ reschedules / cancellations
    {"k": "interview_reschedule_or_cancel", "s": "es_cambio_hora", "l": "es", "co": "Hospital Universitario San Rafael del Norte",
         "frm": "Lucía Martín Gómez <lmartin@hsanrafaelnorte.example.es>",
         "subj": "RE: Convocatoria a entrevista - Enfermero/a Formador/a", "re": True,
         "d": "2026-04-27T09:20:00+02:00",
         "body": "Estimado Marcus:\n\nPor motivos de agenda de la Dirección de Enfermería, nos vemos "
              "obligados a modificar la hora de su entrevista. Pasaría del jueves 30 de abril a "
              "las 17:00 al viernes 1 de mayo a las 16:00. Disculpe las molestias.\n\nLe ruego "
              "me confirme si le viene bien.\n\nUn saludo,\nLucía\n"},
    {"k": "interview_reschedule_or_cancel", "s": "es_agency_cancela", "l": "es", "co": "Grupo Médico Andino",
         "frm": "Javier Paredes <jparedes@andescapital.example.com>",
         "subj": "Cambio de planes", "d": "2026-09-10T19:30:00-05:00",
         "body": "Marcus, disculpa el aviso tan tarde. El cliente me acaba de escribir: la directora "
              "de enfermería está de viaje y cancela la entrevista de mañana. Me dicen que la "
              "reprograman para la semana del 21, en cuanto tenga fecha te aviso.\n\nSaludos,\n"
              "Javier\n"},
    {"k": "interview_reschedule_or_cancel", "s": "fr_report_entretien", "l": "fr", "co": "Hexalis Santé",
         "frm": "Nicolas Fabre <nicolas.fabre@hexalis.example.fr>",
         "subj": "Re: Poste de consultant DPI - premier échange", "re": True, "d": "2026-07-15T17:40:00+02:00",
         "body": "Bonjour Marcus,\n\nJe suis désolé, un imprévu client m'oblige à décaler notre "
              "entretien de demain. Pourriez-vous plutôt lundi 20 juillet à 16h (heure de Paris) "
              "? Le lien Teams reste le même.\n\nBien cordialement,\nNicolas\n"
              + french("mer. 8 juil. 2026 à 10:02", ME,
                       "Bonjour Nicolas,\nJeudi 16 juillet à 16h me convient parfaitement.\nMarcus")},
    {"k": "interview_reschedule_or_cancel", "s": "fr_annulation_ics", "l": "fr", "co": "Centre hospitalier Saint-Laurent",
         "frm": "Émilie Gagnon <emilie.gagnon@chsl.example.ca>",
         "subj": "Annulé : Entrevue - M. Delgado-Whitfield", "d": "2026-04-13T08:30:00-04:00",
         "body": "Bonjour Marcus,\n\nNous devons annuler l'entrevue prévue mercredi en raison d'une "
              "situation d'urgence à l'hôpital. Je vous recontacte d'ici vendredi pour fixer une "
              "nouvelle date.\n\nMerci de votre compréhension,\nÉmilie\n",
         "ics": ics("chsl-entrevue-4471@chsl.example.ca", "Entrevue - M. Delgado-Whitfield",
                 "20260415T170000Z", "20260415T180000Z", "emilie.gagnon@chsl.example.ca",
                 method="CANCEL", status="CANCELLED", sequence=1)},
    {"k": "interview_reschedule_or_cancel", "s": "de_terminverschiebung", "l": "de", "co": "Klinikum Isartal",
         "frm": "Sabine Huber <s.huber@klinikum-isartal.example.de>",
         "subj": "Verschiebung Ihres Vorstellungsgesprächs", "d": "2026-03-20T10:10:00+01:00",
         "fmt": "latin1",
         "body": "Sehr geehrter Herr Delgado-Whitfield,\n\nleider ist Frau Wagner am 24. März "
              "verhindert. Wir müssen das Gespräch daher verschieben und schlagen Ihnen "
              "stattdessen Donnerstag, den 26. März, um 17:00 Uhr MEZ vor.\n\nWir bitten um "
              "Entschuldigung und um kurze Rückmeldung.\n\nMit freundlichen Grüßen\nSabine Huber\n"},
    {"k": "interview_reschedule_or_cancel", "s": "de_startup_absage_termin", "l": "de", "co": "Pflegewerk Digital",
         "frm": "Lea Schmitt <lea@pflegewerk.example.de>",
         "subj": "AW: Kurzer Call?", "re": True, "d": "2026-08-18T08:05:00+02:00",
         "body": "Hi Marcus,\n\nsorry, unser CPO ist krank geworden - wir müssen den Call heute "
              "leider absagen. Ich melde mich, sobald er wieder fit ist, und schicke dir neue "
              "Slots.\n\nLG Lea\n"
              + german("Do., 13. Aug. 2026 um 15:20", ME,
                       "Hi Lea, gerne! Ich habe Dienstag 18 Uhr gebucht. Viele Grüße, Marcus")},
    {"k": "interview_reschedule_or_cancel", "s": "es_mx_se_mueve", "l": "es", "co": "SaludDigital",
         "frm": "Fernanda Ríos <fernanda.rios@saluddigital.example.mx>",
         "subj": "Re: Platicamos?", "re": True, "d": "2026-06-22T20:12:00-06:00",
         "body": "Hola Marcus! Una disculpa, se me empalmó una junta mañana a las 10. ¿Podemos "
              "moverla al miércoles misma hora? Si no, dime qué te acomoda.\n\nFer\n\nEnviado "
              "desde mi iPhone"},
    # ------------------------------------------------------------------ missed interview notices
    {"k": "missed_interview_notice", "s": "es_no_se_conecto", "l": "es", "co": "Hospital Universitario San Rafael del Norte",
         "frm": "Lucía Martín Gómez <lmartin@hsanrafaelnorte.example.es>",
         "subj": "Entrevista de hoy", "d": "2026-05-01T16:35:00+02:00",
         "body": "Estimado Marcus:\n\nLe esperábamos hoy a las 16:00 en la reunión de Teams, pero no "
              "se ha conectado. Intentamos localizarle por teléfono sin éxito. Si ha tenido algún "
              "problema, le agradecería que nos lo indicara para valorar una nueva fecha.\n\n"
              "Un saludo,\nLucía Martín Gómez\n"},
    {"k": "missed_interview_notice", "s": "fr_absence_visio", "l": "fr", "co": "Hexalis Santé",
         "frm": "Nicolas Fabre <nicolas.fabre@hexalis.example.fr>",
         "subj": "Notre rendez-vous de 16h", "d": "2026-07-20T16:25:00+02:00",
         "body": "Bonjour Marcus,\n\nJe vous ai attendu sur Teams à 16h mais vous ne vous êtes pas "
              "connecté. J'espère que tout va bien. Dites-moi si vous souhaitez reprogrammer.\n\n"
              "Nicolas\n"},
    {"k": "missed_interview_notice", "s": "de_nicht_erschienen", "l": "de", "co": "Klinikum Isartal",
         "frm": "Sabine Huber <s.huber@klinikum-isartal.example.de>",
         "subj": "Ihr Vorstellungsgespräch am 26.03.", "d": "2026-03-26T17:40:00+01:00",
         "body": "Sehr geehrter Herr Delgado-Whitfield,\n\nleider konnten wir Sie heute um 17:00 Uhr "
              "nicht in der Videokonferenz begrüßen. Frau Wagner und Herr Öztürk haben 15 Minuten "
              "gewartet. Bitte teilen Sie uns mit, ob Sie weiterhin Interesse an der Stelle haben.\n\n"
              "Mit freundlichen Grüßen\nSabine Huber\n"},
    {"k": "missed_interview_notice", "s": "es_agency_llamamos", "l": "es", "co": "Grupo Médico Andino",
         "frm": "Javier Paredes <jparedes@andescapital.example.com>",
         "subj": "¿Todo bien?", "d": "2026-09-22T11:20:00-05:00",
         "body": "Hola Marcus, la directora te estuvo esperando en el Zoom a las 10 y te llamamos "
              "al celular a la hora acordada pero no contestaste. ¿Pasó algo? Avísame para ver "
              "si lo podemos rescatar.\n\nJavier\n"},
    # ------------------------------------------------------------------ application received
    {"k": "application_received", "s": "es_acuse_no_respuesta", "l": "es", "co": "Hospital Universitario San Rafael del Norte",
         "frm": "Portal de Empleo HUSRN <no-responder@hsanrafaelnorte.example.es>",
         "subj": "Hemos recibido su candidatura", "d": "2026-04-06T08:00:00+02:00",
         "html": "<p>Estimado/a Marcus Delgado-Whitfield:</p><p>Le confirmamos que hemos recibido "
              "correctamente su candidatura a la oferta <b>Enfermero/a Formador/a (Historia "
              "Clínica Electrónica)</b>.</p><p>Debido al elevado número de solicitudes, no nos "
              "es posible responder individualmente a cada candidato. Si su perfil se ajusta, "
              "nos pondremos en contacto con usted.</p><p>Hospital Universitario San Rafael del "
              "Norte</p><p style=\"color:#999;font-size:10px\">Este es un mensaje automático, por "
              "favor no responda.</p>"},
    {"k": "application_received", "s": "es_mx_recibimos", "l": "es", "co": "Clínica Mediterráneo",
         "frm": "Reclutamiento Clínica Mediterráneo <reclutamiento@clinicamediterraneo.example.mx>",
         "subj": "Recibimos tu solicitud", "d": "2026-05-29T13:45:00-06:00",
         "body": "¡Hola Marcus!\n\nGracias por postularte a la vacante de Enfermero(a) Educador(a) "
              "en nuestra sede de Polanco. Ya tenemos tu CV y lo está revisando el equipo de "
              "Enfermería. Te contactaremos en los próximos 10 días hábiles si avanzas a la "
              "siguiente etapa.\n\nSaludos,\nReclutamiento Clínica Mediterráneo\n"},
    {"k": "application_received", "s": "fr_accuse_reception", "l": "fr", "co": "Centre hospitalier Saint-Laurent",
         "frm": "Centre hospitalier Saint-Laurent <ne-pas-repondre@chsl.example.ca>",
         "subj": "Accusé de réception de votre candidature", "d": "2026-03-30T07:02:00-04:00",
         "fmt": "qp", "ct": "",
         "body": "Bonjour,\n\nNous accusons réception de votre candidature pour le poste de "
              "conseiller(ère) en soins infirmiers, volet informatique clinique (affichage "
              "2026-0412).\n\nSeules les personnes retenues pour une entrevue seront contactées. "
              "Nous ne sommes malheureusement pas en mesure de fournir une rétroaction "
              "individuelle.\n\nMerci de l'intérêt porté à notre établissement.\n\nCe courriel "
              "est généré automatiquement; merci de ne pas y répondre.\n"},
    {"k": "application_received", "s": "fr_welcome_jungle_ack", "l": "fr", "co": "MédiLien",
         "frm": "MédiLien via Welcome to the Jungle <no-reply@welcometothejungle.example.com>",
         "subj": "Ta candidature chez MédiLien a bien été envoyée", "d": "2026-06-01T19:20:00+02:00",
         "html": "<div style=\"font-family:sans-serif\"><h2 style=\"color:#00C29A\">Candidature "
              "envoyée !</h2><p>Bonjour Marcus,</p><p>Ta candidature pour le poste <b>Clinical "
              "Success Manager</b> chez <b>MédiLien</b> a bien été transmise. L'équipe "
              "recrutement reviendra vers toi si ton profil correspond.</p><p><a href=\"https://"
              "www.welcometothejungle.example.com/fr/me/applications?utm_source=email\">Suivre ma "
              "candidature</a></p></div>"},
    {"k": "application_received", "s": "de_eingangsbestaetigung", "l": "de", "co": "Klinikum Isartal",
         "frm": "Klinikum Isartal <noreply@klinikum-isartal.example.de>",
         "subj": "Eingangsbestätigung Ihrer Bewerbung - Kennziffer 2026-117",
         "d": "2026-03-02T06:30:00+01:00", "fmt": "b64",
         "body": "Sehr geehrter Herr Delgado-Whitfield,\n\nvielen Dank für Ihre Bewerbung als "
              "Praxisanleiter (m/w/d) digitale Pflegedokumentation. Ihre Unterlagen sind bei uns "
              "eingegangen.\n\nAufgrund der hohen Anzahl an Bewerbungen bitten wir um etwas "
              "Geduld. Eine individuelle Rückmeldung zu jedem Zwischenstand ist uns leider nicht "
              "möglich; wir melden uns, sobald die Auswahl abgeschlossen ist.\n\nMit freundlichen "
              "Grüßen\nIhr Recruiting-Team\nKlinikum Isartal\n"},
    {"k": "application_received", "s": "de_personio_ack", "l": "de", "co": "DataMed Analytics",
         "frm": "DataMed Analytics <no-reply@personio.example.de>",
         "subj": "Deine Bewerbung bei DataMed Analytics", "d": "2026-08-03T12:12:00+02:00",
         "body": "Hallo Marcus,\n\nvielen Dank für deine Bewerbung als Clinical Consultant "
              "(Remote, US-Kunden)! Wir schauen uns deine Unterlagen in Ruhe an und melden uns in "
              "den nächsten zwei Wochen bei dir.\n\nBeste Grüße\nDein DataMed Analytics Team\n"},
    # ------------------------------------------------------------------ offers
    {"k": "offer", "s": "es_carta_oferta", "l": "es", "co": "Clínica Mediterráneo",
         "frm": "Daniela Ochoa <dochoa@clinicamediterraneo.example.mx>",
         "subj": "Propuesta económica - Enfermero Educador", "d": "2026-07-10T12:00:00-06:00",
         "att": ["Carta_Oferta_MDW.pdf"],
         "body": "Hola Marcus:\n\nCon mucho gusto te compartimos la carta oferta para el puesto de "
              "Enfermero Educador en Clínica Mediterráneo, con un sueldo mensual bruto de "
              "$68,000 MXN más prestaciones de ley y seguro de gastos médicos mayores.\n\n"
              "Te pedimos revisarla y, si estás de acuerdo, enviarla firmada antes del viernes "
              "17 de julio.\n\n¡Nos dará mucho gusto que te unas al equipo!\n\nDaniela Ochoa\n"
              "Gerente de Recursos Humanos\nClínica Mediterráneo\n"},
    {"k": "offer", "s": "fr_promesse_embauche", "l": "fr", "co": "Hexalis Santé",
         "frm": "Nicolas Fabre <nicolas.fabre@hexalis.example.fr>",
         "subj": "Proposition d'embauche", "d": "2026-08-05T18:10:00+02:00",
         "body": "Bonjour Marcus,\n\nJ'ai le plaisir de vous confirmer que nous souhaitons vous "
              "proposer le poste de consultant DPI senior, en CDI, avec une rémunération annuelle "
              "brute de 58 000 €. Vous trouverez la promesse d'embauche dans votre espace "
              "candidat ; elle est valable jusqu'au 14 août.\n\nAu plaisir de vous compter parmi "
              "nous,\n\nNicolas Fabre\nManager - Pôle Santé\nHexalis Santé\n"},
    {"k": "offer", "s": "de_vertragsangebot", "l": "de", "co": "Pflegewerk Digital",
         "frm": "Lea Schmitt <lea@pflegewerk.example.de>",
         "subj": "Dein Vertrag 🎉", "d": "2026-09-14T10:30:00+02:00",
         "att": ["Arbeitsvertrag_Pflegewerk_MDW.pdf"],
         "body": "Hi Marcus,\n\nwie am Telefon besprochen: Wir würden uns riesig freuen, dich als "
              "Clinical Implementation Lead (remote, US) an Bord zu holen! Im Anhang findest du "
              "deinen Vertrag. Unterschreib ihn gern digital bis Ende der Woche.\n\nLiebe Grüße\n"
              "Lea\n"},
]

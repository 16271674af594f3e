"""Corpus 345: `other` mail: traps (digests, parcels, positions, viewings, friends, own mail)."""

from __future__ import annotations

from typing import Any

from msgs345_common import ME, M, Spec, html_page


def Oth(slug: str, lang: str, frm: tuple[str, str], subject: str, date: str, body: str | None,
      **extra: Any) -> Spec:
    return M("other", slug, lang, frm, subject, date, body, **extra)


def bulk(list_id: str, unsub: str) -> dict[str, str]:
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsub}>", "Precedence": "bulk"}


OOO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

SPECS = [
    # ================= Spanish
    Oth("alerta_empleo_zgz", "es", ("Alertas EmpleoAragón", "alertas@empleoaragon.example.es"),
      "12 nuevas ofertas de «planificador de rutas» en Zaragoza", "2026-01-19 07:00 +0100",
      "Hola Jorge,\n\nEstas son las nuevas ofertas que coinciden con tu alerta:\n\n"
      "1. Planificador/a de rutas – Distribución alimentaria – Plaza\n2. Jefe/a de tráfico – "
      "Transporte frigorífico – Zuera\n3. Técnico/a de planificación – Paquetería – Malpica\n\n"
      "CONSEJO DE LA SEMANA: ¿Te han rechazado tras la entrevista? Desgraciadamente es lo "
      "más habitual. Pide siempre feedback y prepara la siguiente entrevista con ejemplos "
      "concretos.\n\nPara dejar de recibir estas alertas, pulsa en el enlace de baja.\n",
      headers=bulk("<alertas.empleoaragon.example.es>",
                   "https://empleoaragon.example.es/baja?u=77"), cte="quoted-printable"),
    Oth("newsletter_rechazo", "es", ("Blog Transporte y Empleo", "boletin@transporteyempleo.example.es"),
      "Boletín: cómo encajar un «no» y preparar la próxima entrevista", "2026-02-26 09:30 +0100",
      None,
      html=html_page("<b>Boletín quincenal</b>",
                     "En este número: «Lamentablemente, no ha sido seleccionado»: qué hay detrás "
                     "de las cartas de rechazo y cómo responder a ellas.",
                     "Además: 7 preguntas que te harán en una entrevista para jefe de tráfico y "
                     "cómo ofrecer tu disponibilidad sin parecer desesperado.",
                     footer="Recibes este boletín porque te suscribiste en "
                     "transporteyempleo.example.es. Darse de baja."),
      headers=bulk("Boletín Transporte y Empleo <boletin.transporteyempleo.example.es>",
                   "mailto:baja@transporteyempleo.example.es")),
    Oth("paquete_retrasado", "es", ("Envíos Rápidos Norte", "no-reply@enviosrapidosnorte.example.es"),
      "Tu paquete se ha retrasado", "2026-03-02 14:12 +0100",
      "Hola Jorge:\n\nLamentablemente, tu paquete 4N-8827731 no podrá entregarse en la fecha "
      "prevista debido a una incidencia en nuestro centro de Pedrola. La nueva fecha estimada "
      "de entrega es el jueves 5 de marzo.\n\nPuedes seguir tu envío en nuestra web.\n\n"
      "Disculpa las molestias.\nEnvíos Rápidos Norte\n"),
    Oth("banco_posicion", "es", ("Banca Ebro Digital", "avisos@bancaebro.example.es"),
      "Tu posición global a 31 de marzo", "2026-04-01 06:30 +0200",
      "Hola Jorge,\n\nYa tienes disponible el resumen de tu posición global a 31 de marzo:\n\n"
      "Cuenta nómina: 2.341,18 €\nCuenta ahorro: 4.050,00 €\nTarjeta de crédito: -212,40 €\n\n"
      "Consulta el detalle en la app. Nunca te pediremos tus claves por correo.\n\n"
      "Banca Ebro Digital\n",
      charset="windows-1252", cte="quoted-printable"),
    Oth("gps_posicion", "es", ("FlotaTrack Alertas", "alertas@flotatrack.example.es"),
      "Alerta: posición de la furgoneta 4521-KLM fuera de zona", "2026-04-16 11:47 +0200",
      "ALERTA DE GEOCERCA\n\nVehículo: 4521-KLM (Reparto Zaragoza Sur)\nConductor asignado: "
      "J. Altamirano\nÚltima posición: A-68, km 239 (Fuentes de Ebro)\nHora: 11:45\n\nEl "
      "vehículo ha salido de la zona de reparto asignada. Revise la ruta en el panel.\n"),
    Oth("piso_visita", "es", ("Conchi Alcubierre", "conchi.alcubierre@example.es"),
      "Visita del piso de la calle Delicias", "2026-04-27 20:15 +0200",
      "Hola Jorge,\n\nTe confirmo la visita al piso de la calle Delicias el sábado a las 11:00. "
      "El portal es el 42, tercero izquierda. Si al final no puedes venir, avísame para "
      "enseñárselo a otra persona que también está interesada.\n\nUn saludo,\nConchi\n"),
    Oth("dentista_cita", "es", ("Clínica Dental Romareda", "citas@dentalromareda.example.es"),
      "Recordatorio de su cita", "2026-05-04 09:00 +0200",
      "Estimado paciente:\n\nLe recordamos su cita el jueves 7 de mayo a las 18:30 con la "
      "Dra. Laguna (revisión y limpieza).\n\nSi no puede asistir, le rogamos que cancele la "
      "cita con 24 horas de antelación llamando al 976 000 155.\n\nClínica Dental Romareda\n",
      charset="iso-8859-1"),
    Oth("amigo_rechazo", "es", ("Dani Serrano", "dani.serrano84@example.es"),
      "Me han dicho que no", "2026-05-25 22:41 +0200",
      "Tío, ya me ha contestado Alborada: que no, que han seguido con otros candidatos. Después "
      "de tres entrevistas... Me han mandado el típico correo de «lamentamos comunicarte».\n\n"
      "A ti ¿cómo te fue al final con lo de la plataforma? Mañana te llamo y nos tomamos algo.\n"
      "\nDani\n"),
    Oth("amigo_fwd_convocatoria", "es", ("Rubén Catalán", "ruben.catalan@example.es"),
      "Fwd: Convocatoria entrevista", "2026-06-04 19:20 +0200",
      "Jorge, mira, a mí me han llamado de Terminal Turia para una entrevista. ¿Tú no echaste "
      "también? Te reenvío el correo por si te sirve para ver cómo lo hacen. ¡Deséame "
      "suerte!\n\nRubén\n",
      fwd={"slug": "amigo_fwd_inner", "frm": ("Recursos Humanos Terminal Turia",
                                              "rrhh@terminalturia.example.es"),
           "to": ("Rubén Catalán", "ruben.catalan@example.es"),
           "subject": "Convocatoria entrevista", "date": "2026-06-04 12:00 +0200",
           "body": "Estimado Rubén:\n\nLe convocamos a una entrevista para el puesto de "
                   "Auxiliar de Tráfico el martes 9 de junio a las 10:00 en nuestras oficinas "
                   "del puerto.\n\nAtentamente,\nRecursos Humanos\n"}),
    Oth("curso_sin_plaza", "es", ("INAEM Formación", "formacion@inaem-aragon.example.es"),
      "Resolución de solicitud: curso Gestión del Transporte por Carretera",
      "2026-06-30 12:30 +0200",
      "Estimado/a solicitante:\n\nLe comunicamos que, una vez baremadas las solicitudes, no ha "
      "obtenido plaza en el curso «Gestión del Transporte por Carretera» (edición de "
      "septiembre). Ha quedado en la posición 7 de la lista de reserva.\n\nSi se produce "
      "alguna baja, nos pondremos en contacto con usted.\n\nServicio de Formación\n"),
    Oth("radio_entrevista", "es", ("Marisa Gil – Radio Cierzo", "marisa.gil@radiocierzo.example.es"),
      "¿Una entrevista en la radio sobre el reparto?", "2026-02-13 12:05 +0100",
      "Hola Jorge:\n\nSoy Marisa, de «Mañanas de Cierzo». Preparamos un programa sobre las "
      "condiciones de los repartidores de paquetería y un compañero tuyo nos ha dado tu "
      "contacto. ¿Te animarías a una entrevista en directo de diez minutos el miércoles a las "
      "11:20? Puede ser por teléfono.\n\nGracias,\nMarisa Gil\nRedactora – Radio Cierzo\n"),
    Oth("own_candidatura_turia", "es", ME,
      "Candidatura Planificador/a de Transporte Terrestre", "2026-03-29 21:05 +0200",
      "Estimados señores:\n\nLes adjunto mi currículum para el puesto de Planificador/a de "
      "Transporte Terrestre en el Puerto de Valencia. Mi experiencia de seis años en reparto "
      "me da un conocimiento directo de los tiempos reales de carga, descarga y ruta.\n\n"
      "Quedo a su disposición para una entrevista.\n\nAtentamente,\nJorge Altamirano Quiroga\n",
      to=("Selección Terminal Turia", "seleccion@terminalturia.example.es"),
      pdf=[("CV_Altamirano_Quiroga.pdf", ["Jorge Altamirano Quiroga", "CV - Transporte"])]),
    Oth("own_seguimiento_mercazar", "es", ME,
      "Seguimiento candidatura planificador/a", "2026-05-18 09:40 +0200",
      "Hola Rocío:\n\nTe escribo para preguntarte si hay novedades sobre el proceso de "
      "planificador/a de rutas. Sigo muy interesado y tengo disponibilidad para una entrevista "
      "cualquier día por la tarde.\n\nGracias,\nJorge Altamirano\n",
      to=("Rocío Lalaguna", "rlalaguna@mercazar.example.es")),
    Oth("own_declina_friomoncayo", "es", ME,
      "Re: Propuesta de incorporación – Frío Moncayo", "2026-02-19 18:30 +0100",
      "Hola Lucía:\n\nAntes de nada, muchas gracias por la confianza y por mejorar la "
      "propuesta. Después de pensarlo mucho, he decidido aceptar otra oferta, en una empresa "
      "de paquetería donde ya he trabajado, así que no voy a firmar el contrato.\n\nMe ha "
      "costado mucho decidirme. Espero que podamos coincidir en el futuro.\n\nUn abrazo,\n"
      "Jorge\n",
      to=("Lucía Berdejo Sanz", "lberdejo@frio-moncayo.example.es"),
      parent="friomoncayo_revised", quote="es"),
    Oth("headhunter_es_frio", "es", ("Marcos Lambán", "marcos.lamban@talentologistico.example.es"),
      "¿Abierto a nuevas oportunidades en planificación?", "2026-06-08 08:55 +0200",
      "Hola Jorge,\n\nHe visto tu perfil y tu cambio hacia la planificación de transporte. "
      "Trabajo con varias empresas de logística del Valle del Ebro y a menudo me piden "
      "perfiles como el tuyo, con experiencia real en ruta.\n\nNo tengo ahora mismo una "
      "vacante concreta, pero me gustaría tenerte en mi red. Si te parece, guarda mi correo y "
      "escríbeme cuando quieras.\n\nUn saludo,\nMarcos Lambán\nTalento Logístico Partners\n"),
    Oth("ooo_sergio", "es", ("Sergio Bielsa", "sergio.bielsa@paquexpress-ebro.example.es"),
      "Respuesta automática: Consulta turnos", "2026-08-04 07:12 +0200",
      "Estoy de vacaciones hasta el 24 de agosto, con acceso limitado al correo. Para "
      "asuntos urgentes de la delegación, contacta con operaciones.zaragoza@"
      "paquexpress-ebro.example.es o llama al 976 000 700.\n\nGracias,\nSergio Bielsa\n",
      headers=OOO),
    Oth("ux_research_app", "es", ("Equipo de Investigación – RutaFácil", "research@rutafacil.example.es"),
      "Participa en una entrevista sobre nuestra app de reparto (30 €)", "2026-07-02 16:00 +0200",
      None,
      html=html_page("Hola,",
                     "Estamos mejorando <b>RutaFácil</b>, la app de optimización de rutas que usas "
                     "en tu trabajo de reparto. Buscamos repartidores para entrevistas de "
                     "investigación de usuarios de 45 minutos por videollamada.",
                     "Como agradecimiento, recibirás una tarjeta regalo de 30 €.",
                     "Elige un hueco en nuestro calendario si te interesa. ¡Gracias!",
                     footer="RutaFácil · Estudio de usuarios · Puedes darte de baja."),
      headers={"List-Unsubscribe": "<mailto:baja@rutafacil.example.es>"}),
    Oth("red_profesional_busquedas", "es", ("RedPro", "notificaciones@redpro.example.com"),
      "Has aparecido en 9 búsquedas esta semana", "2026-07-20 08:00 +0200",
      "Jorge, tu perfil ha aparecido en 9 búsquedas esta semana.\n\nReclutadores de empresas "
      "de logística y transporte han visto tu perfil. Actualiza tu titular para aparecer en más "
      "búsquedas de «jefe de tráfico».\n\nVer quién ha visto tu perfil\n\nRecibes esta "
      "notificación porque la tienes activada.\n",
      headers=bulk("<semanal.redpro.example.com>", "https://redpro.example.com/unsub/aa1")),
    Oth("inaem_cita", "es", ("Oficina de Empleo Zaragoza-Centro", "cita.previa@inaem-aragon.example.es"),
      "Confirmación de cita previa", "2026-08-06 10:26 +0200",
      "Su cita previa ha sido registrada:\n\nTrámite: Orientación laboral\nFecha: 12/08/2026\n"
      "Hora: 09:40\nOficina: Zaragoza-Centro, C/ Compromiso de Caspe 6\n\nPresente su DNI "
      "en la oficina. Si no puede acudir, anule la cita desde la web.\n"),
    Oth("nomina_agosto", "es", ("Portal del Empleado Paquexpress", "portal@paquexpress-ebro.example.es"),
      "Tu nómina de agosto ya está disponible", "2026-09-01 06:00 +0200",
      "Hola Jorge,\n\nTu nómina de agosto de 2026 ya está disponible en el Portal del "
      "Empleado. Por motivos de seguridad no la adjuntamos a este correo.\n\nPortal del "
      "Empleado – Paquexpress Ebro\nMensaje automático, no respondas.\n"),
    Oth("amiga_enhorabuena", "es", ("Marta Ibáñez", "marta.ibanez.z@example.es"),
      "¡¡Enhorabuena!!", "2026-09-11 21:40 +0200",
      "¡Jorge! Me ha dicho tu hermana que te han vuelto a ofrecer lo de Frío Moncayo, ahora en "
      "Huesca. ¡Qué bien! Ya me contarás si lo coges o sigues en Paquexpress. Si necesitas "
      "hablarlo, ya sabes dónde estoy.\n\nBesos,\nMarta\n",
      enc_name=("utf-8", "b")),

    # ================= English
    Oth("jobalert_rotterdam", "en", ("PortJobs Alerts", "alerts@portjobs.example.nl"),
      "8 new jobs for \"transport planner\" in Rotterdam", "2026-03-05 06:00 +0100",
      "Hi Jorge,\n\nHere are the latest jobs matching your alert:\n\n- Transport Planner, "
      "container haulage – Maasvlakte\n- Shift Dispatcher – Waalhaven\n- Junior Fleet "
      "Planner – Barendrecht\n\nTip: Got an interview coming up? Read our guide on handling "
      "rejection and following up after an interview. Unfortunately most candidates forget "
      "to send a thank-you note!\n\nManage your alerts or unsubscribe at any time.\n",
      headers=bulk("PortJobs job alerts <jobalerts.portjobs.example.nl>",
                   "https://portjobs.example.nl/alerts/unsubscribe?id=5521")),
    Oth("podcast_guest", "en", ("Hannah Brooks", "hannah@lastmilestories.example.com"),
      "Guest interview on Last Mile Stories?", "2026-04-13 15:30 +0100",
      "Hi Jorge,\n\nI host Last Mile Stories, a small podcast about the people behind parcel "
      "delivery in Europe. A listener pointed me to your post about moving from driving to "
      "planning. Would you be up for a 40-minute recorded interview in May? It can be done "
      "remotely, and you'd get to approve the final cut.\n\nThanks!\nHannah Brooks\n"),
    Oth("parcel_delayed_en", "en", ("SwiftDrop Notifications", "no-reply@swiftdrop.example.com"),
      "Unfortunately your parcel is delayed", "2026-05-12 10:02 +0100", None,
      html=html_page("Hi Jorge,",
                     "Unfortunately your parcel <b>SD-55120-ES</b> is delayed due to high "
                     "volumes at our Barcelona hub.",
                     "New estimated delivery: <b>Friday 15 May</b>. No action is needed from "
                     "you.", "Sorry for the inconvenience,<br>SwiftDrop",
                     brand="SwiftDrop")),
    Oth("headhunter_cold_en", "en", ("Pieter Vos", "pieter.vos@cargotalent.example.nl"),
      "Transport planning opportunities – Benelux & Germany", "2026-07-21 11:11 +0200",
      "Hi Jorge,\n\nI lead logistics search at Cargo Talent Partners. Your move from delivery "
      "into planning caught my eye – that kind of operational background is exactly what "
      "several of my clients in refrigerated and port logistics keep asking for.\n\nNothing "
      "specific to share yet, but I'd like to get to know you. Feel free to send me an "
      "updated CV whenever suits you.\n\nBest,\nPieter Vos\nPartner, Cargo Talent Partners\n"),
    Oth("own_application_maasvlakte", "en", ME,
      "Application – Transport Planner, Container Haulage", "2026-03-09 14:02 +0100",
      "Dear Hiring Team,\n\nPlease find attached my CV for the Transport Planner role. After "
      "six years as a delivery driver in Zaragoza I am completing a fleet management course "
      "and would like to bring my on-the-road experience to container haulage planning in "
      "Rotterdam.\n\nI look forward to hearing from you.\n\nKind regards,\nJorge Altamirano "
      "Quiroga\n",
      to=("Maasvlakte Port Services Careers", "careers@maasvlakte-ps.example.nl"),
      pdf=[("CV_Jorge_Altamirano_EN.pdf", ["Jorge Altamirano Quiroga", "Curriculum Vitae"])]),
    Oth("ooo_femke", "en", ("Femke de Wit", "femke.dewit@maasvlakte-ps.example.nl"),
      "Automatic reply: Question about relocation", "2026-03-31 09:01 +0200",
      "Thank you for your email. I am out of the office until Tuesday 7 April with no access "
      "to email. For urgent recruitment matters please contact recruitment@maasvlakte-ps."
      "example.nl.\n\nKind regards,\nFemke de Wit\n",
      headers=OOO),
    Oth("ux_driver_app_en", "en", ("Loopline Research", "research@loopline.example.com"),
      "Quick interview about your driver app experience? (€40 voucher)", "2026-08-12 13:00 +0000",
      "Hi Jorge,\n\nWe're the design team behind the Loopline driver app. We'd love to "
      "interview you for 30 minutes about how you use route sequencing during your shifts. "
      "This is user research, not a job interview – there are no right or wrong answers.\n\n"
      "Pick a time here and we'll send you a €40 voucher afterwards.\n\nThanks,\nThe Loopline "
      "Research Team\n"),
    Oth("newsletter_supplychain", "en", ("Supply Chain Weekly", "newsletter@scweekly.example.com"),
      "SCW #212: Rejections, ghosting and the planner shortage", "2026-09-03 07:30 +0000",
      "This week in Supply Chain Weekly:\n\n* Why candidates get rejected after the final "
      "interview – and what hiring managers say they really want\n* Unfortunately, ghosting is "
      "on the rise: 41% of applicants never hear back\n* Offer season: how to compare two job "
      "offers in transport planning\n\nYou're receiving this because you subscribed. "
      "Unsubscribe.\n",
      headers=bulk("Supply Chain Weekly <weekly.scweekly.example.com>",
                   "https://scweekly.example.com/u/99"), cte="base64"),
    Oth("viewing_kralingen", "en", ("Joost van Dam", "joost.vandam@example.nl"),
      "Viewing of the flat in Kralingen", "2026-03-24 19:05 +0100",
      "Hi Jorge,\n\nThanks for your interest in the room in Kralingen. You can come for a "
      "viewing on Saturday 28 March at 14:00 – but I understand you may not be in Rotterdam "
      "yet, so we can also do a video call. Let me know what you prefer.\n\nCheers,\nJoost\n"),

    # ================= German
    Oth("jobletter_disponent", "de", ("JobRadar Jobletter", "jobletter@jobradar.example.de"),
      "Ihr Jobletter: 14 neue Stellen als Disponent in München", "2026-04-06 06:00 +0200",
      "Guten Morgen Jorge,\n\nhier sind Ihre neuen Stellenangebote:\n\n- Disponent (m/w/d) "
      "Paketzustellung – München-Riem\n- Tourenplaner (m/w/d) Abfallsammlung – Gräfelfing\n"
      "- Verkehrsmeister Leitstelle – Holzkirchen\n\nRatgeber: Absage nach dem "
      "Vorstellungsgespräch? So bleiben Sie motiviert. Leider erhalten viele Bewerber gar "
      "keine Rückmeldung.\n\nJobletter abbestellen: Link in Ihrem Profil.\n",
      headers=bulk("<jobletter.jobradar.example.de>", "https://jobradar.example.de/abmelden"),
      charset="windows-1252", cte="quoted-printable"),
    Oth("bank_depot_de", "de", ("Isarbank Online", "service@isarbank.example.de"),
      "Neue Position in Ihrem Depot", "2026-05-15 18:00 +0200",
      "Guten Tag,\n\nin Ihrem Depot wurde eine neue Position gebucht (Sparplan ETF Welt, "
      "Ausführung 15.05.2026). Die Abrechnung finden Sie in Ihrem Online-Postfach.\n\n"
      "Ihre Isarbank\n"),
    Oth("paket_verzoegert", "de", ("Paketblitz Sendungsverfolgung", "noreply@paketblitz.example.de"),
      "Leider verzögert sich Ihre Sendung", "2026-10-02 12:40 +0200",
      "Hallo,\n\nleider verzögert sich die Zustellung Ihrer Sendung 00340-1234-99 um "
      "voraussichtlich einen Werktag. Grund: hohes Sendungsaufkommen.\n\nWir bitten um Ihr "
      "Verständnis.\nIhr Paketblitz-Team\n",
      enc_subject=("utf-8", "b")),
    Oth("wohnung_besichtigung", "de", ("Gertraud Hölzl", "g.hoelzl@example.de"),
      "Besichtigungstermin Wohnung Trudering", "2026-08-28 20:11 +0200",
      "Sehr geehrter Herr Altamirano,\n\ngerne können Sie die 2-Zimmer-Wohnung in der "
      "Wasserburger Landstraße am Samstag, 5. September, um 15:30 Uhr besichtigen. Bitte "
      "bringen Sie eine Selbstauskunft und, falls vorhanden, Gehaltsnachweise mit.\n\nMit "
      "freundlichen Grüßen\nG. Hölzl\n",
      enc_name=("iso-8859-1", "q"), charset="iso-8859-1"),
    Oth("own_bewerbung_stadtlogistik", "de", ME,
      "Bewerbung als Disponent:in Lastenrad & E-Transporter", "2026-09-27 22:30 +0200",
      "Sehr geehrte Damen und Herren,\n\nanbei sende ich Ihnen meine Bewerbung als Disponent "
      "für Ihr Team in München. Ich arbeite seit sechs Jahren in der Paketzustellung in "
      "Zaragoza und koordiniere inzwischen auch Touren. Meine Deutschkenntnisse liegen bei "
      "B1, Englisch spreche ich fließend.\n\nMit freundlichen Grüßen\nJorge Altamirano "
      "Quiroga\n",
      to=("Stadtlogistik München Jobs", "jobs@stadtlogistik-muc.example.de"),
      pdf=[("Bewerbung_Altamirano.pdf", ["Jorge Altamirano Quiroga", "Bewerbung Disponent"])]),
    Oth("deutschkurs_kein_platz", "de", ("Volkshochschule München Ost", "anmeldung@vhs-ost.example.de"),
      "Ihre Anmeldung: Deutsch B2 Intensiv (Kurs O-4471)", "2026-08-31 09:30 +0200",
      "Sehr geehrter Herr Altamirano Quiroga,\n\nleider ist der Kurs „Deutsch B2 Intensiv“ "
      "bereits ausgebucht, und wir können Ihnen keinen Platz anbieten. Sie stehen auf Platz 3 "
      "der Warteliste.\n\nAlternativ empfehlen wir den Abendkurs O-4480 ab 12. Oktober.\n\n"
      "Mit freundlichen Grüßen\nIhre VHS München Ost\n"),
    Oth("freund_absage_de", "de", ("Lukas Hartl", "lukas.hartl@example.de"),
      "Na toll…", "2026-09-19 23:05 +0200",
      "Servus Jorge,\n\nich hab heute auch meine Absage von Blitzpaket bekommen – „leider "
      "haben wir uns für einen anderen Bewerber entschieden“. Nach zwei Gesprächen! Du "
      "hattest ja im Mai schon so eine Mail von denen.\n\nLass uns am Wochenende mal "
      "telefonieren.\n\nLukas\n"),
    Oth("zeitung_interview", "de", ("Sabine Reiter", "s.reiter@muenchner-stadtanzeiger.example.de"),
      "Interviewanfrage: Fahrermangel in der Logistik", "2026-06-24 10:50 +0200",
      "Sehr geehrter Herr Altamirano,\n\nfür eine Reportage über den Fahrermangel in der "
      "Münchner Logistik suche ich Gesprächspartner aus dem europäischen Ausland. Hätten Sie "
      "Zeit für ein kurzes Interview per Telefon (ca. 20 Minuten)? Gerne auch auf Englisch.\n\n"
      "Mit freundlichen Grüßen\nSabine Reiter\nRedaktion Wirtschaft, Münchner Stadtanzeiger\n"),

    # ================= French
    Oth("alerte_emploi_fr", "fr", ("Alertes EmploiSud", "alertes@emploisud.example.fr"),
      "Nouvelles offres : régulateur transport à Toulouse et Perpignan", "2026-05-21 07:00 +0200",
      "Bonjour Jorge,\n\nVoici les nouvelles offres correspondant à votre alerte :\n\n"
      "• Régulateur·rice d'exploitation – Perpignan\n• Affréteur (H/F) – Toulouse\n"
      "• Planificateur transport – Saint-Jory\n\nNotre conseil : malheureusement, un refus "
      "après entretien n'est jamais agréable. Demandez un retour pour préparer votre prochain "
      "entretien d'embauche.\n\nSe désinscrire de ces alertes.\n",
      headers=bulk("<alertes.emploisud.example.fr>", "https://emploisud.example.fr/desinscription"),
      cte="quoted-printable"),
    Oth("own_candidature_frigocatalan", "fr", ME,
      "Candidature spontanée – affréteur / exploitation", "2026-09-08 21:45 +0200",
      "Monsieur,\n\nChauffeur-livreur depuis six ans à Saragosse, je souhaite évoluer vers "
      "l'exploitation et l'affrètement. Les flux frigorifiques entre l'Espagne et Perpignan "
      "me sont familiers. Vous trouverez mon CV en pièce jointe.\n\nJe reste à votre "
      "disposition pour un entretien.\n\nVeuillez agréer mes salutations distinguées,\nJorge "
      "Altamirano Quiroga\n",
      to=("Marc Vidal", "m.vidal@frigocatalan.example.fr"), charset="iso-8859-1",
      pdf=[("CV_Altamirano_FR.pdf", ["Jorge Altamirano Quiroga", "CV - Exploitation transport"])]),
    Oth("own_excuses_interim", "fr", ME,
      "RE: Votre rendez-vous de ce matin", "2026-04-23 13:10 +0200",
      "Bonjour Madame Fabre,\n\nToutes mes excuses pour ce matin : mon train depuis Saragosse a "
      "été supprimé à Canfranc et je n'avais pas de réseau pour vous prévenir. Je suis "
      "toujours très intéressé par la mission. Seriez-vous disponible lundi ou mardi ?\n\n"
      "Bien cordialement,\nJorge Altamirano Quiroga\n",
      to=("Julie Fabre", "julie.fabre@interim-garonne.example.fr"),
      parent="interimgaronne_absent", quote="fr"),
    Oth("visite_appart_toulouse", "fr", ("Agence Capitole Immo", "location@capitole-immo.example.fr"),
      "Visite appartement T2 – Minimes", "2026-05-27 11:30 +0200",
      "Bonjour Monsieur,\n\nSuite à votre demande, nous vous proposons une visite de "
      "l'appartement T2 situé avenue des Minimes le mercredi 3 juin à 18h. Merci de nous "
      "confirmer votre présence et de préparer votre dossier de location.\n\nCordialement,\n"
      "Agence Capitole Immo\n",
      reply_to=("Chloé Bardou", "chloe.bardou@capitole-immo.example.fr")),
    Oth("colis_retard_fr", "fr", ("ExpressColis", "ne-pas-repondre@expresscolis.example.fr"),
      "Votre colis est en retard", "2026-06-05 09:15 +0200",
      "Bonjour,\n\nMalheureusement, votre colis n° EC77812 n'a pas pu être livré à la date "
      "prévue. Nous faisons le maximum pour vous le livrer au plus vite.\n\nNous vous "
      "prions de nous excuser pour ce désagrément.\nExpressColis\n",
      charset="iso-8859-1", cte="base64"),
    Oth("formation_refusee", "fr", ("AFPA Occitanie", "admissions@afpa-occitanie.example.fr"),
      "Résultat de votre candidature à la formation TSMEL", "2026-07-09 14:00 +0200",
      "Bonjour Monsieur Altamirano Quiroga,\n\nNous avons le regret de vous informer que votre "
      "candidature à la formation Technicien supérieur en méthodes et exploitation logistique "
      "(session de septembre, Toulouse) n'a pas été retenue, le nombre de places étant "
      "limité.\n\nVous pouvez vous positionner sur la session de janvier 2027.\n\n"
      "Le service admissions\n"),
    Oth("radio_frontaliers", "fr", ("Claire Rigaud", "claire.rigaud@radio-roussillon.example.fr"),
      "Interview radio – travailleurs transfrontaliers", "2026-06-29 10:20 +0200",
      "Bonjour Jorge,\n\nJe prépare un sujet pour Radio Roussillon sur les Espagnols qui "
      "viennent travailler dans le transport côté français. Accepteriez-vous de répondre à "
      "une courte interview enregistrée par téléphone cette semaine ?\n\nMerci d'avance,\n"
      "Claire Rigaud\nJournaliste\n"),
    Oth("ooo_nathalie", "fr", ("Nathalie Puig", "n.puig@cars-roussillon.example.fr"),
      "Réponse automatique : absence du bureau", "2026-06-18 08:00 +0200",
      "Bonjour,\n\nJe suis absente jusqu'au 22 juin inclus. Votre message ne sera pas "
      "transféré. Pour toute urgence, merci de contacter le service RH au 04 68 00 00 20.\n\n"
      "Cordialement,\nNathalie Puig\n",
      headers=OOO, parent="carsroussillon_thanks_sent"),
    Oth("lettre_conseils", "fr", ("La Lettre Emploi Transport", "lettre@emploitransport.example.fr"),
      "5 conseils pour réussir votre entretien d'embauche", "2026-10-07 07:45 +0200", None,
      html=html_page("<b>La Lettre Emploi Transport – octobre</b>",
                     "1. Préparez des exemples concrets. 2. Renseignez-vous sur l'entreprise. "
                     "3. Ne vous découragez pas après un refus : une candidature non retenue "
                     "n'est pas un échec définitif.",
                     "Également : les offres d'emploi d'exploitant transport en hausse de 12 %.",
                     footer="Vous recevez cette lettre car vous êtes inscrit. Se désabonner."),
      headers=bulk("La Lettre Emploi Transport <lettre.emploitransport.example.fr>",
                   "https://emploitransport.example.fr/desabonnement")),
]

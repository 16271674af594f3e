"""rejection: every soft or plain "no" to Itziar's applications, hand-written for corpus 341."""

from __future__ import annotations

from msgs341_common import (
    BEARN_TT,
    BEGONA,
    CAMILLE,
    CIARAN,
    CLEAR_AS,
    EBRO_SR,
    ELODIE,
    FERGAL,
    HARBOUR_LV,
    IKER,
    JONANDER,
    JULIA,
    KAISER_RC,
    LEIRE,
    LIFFEY_GH,
    MARKUS,
    MARTA,
    MIREN,
    MIRIAM,
    MUTUA_SF,
    NURIA,
    NWWA_TL,
    ROCIO,
    SINEAD,
    SOPHIE,
    THIBAULT,
    UNAI,
    html_plain,
    html_shell,
    m,
)

N = "rejection"
AMAIA = ("Amaia Landa Otxoa", "amaia.landa@clinicazuhaizti.example.es")
GOIRI = ("Amaia Goiri", "amaia.goiri@acerozubiarte.example.es")
SEIBOLD = ("Prof. Dr. Hartmut Seibold", "seibold@ergonomie-vaihingen.example.de")

_ebro = """Hola Itziar,

Gracias por tu interés en el puesto de Técnico/a de Prevención y Ergonomía - Plataforma
PLAZA y por el tiempo que has dedicado a tu candidatura.

Hemos recibido un gran número de solicitudes y, tras revisarlas con detenimiento, hemos
decidido continuar el proceso con candidatos cuyo perfil se ajusta más a las necesidades
actuales del puesto.

Guardaremos tus datos por si surge una oportunidad que encaje mejor contigo en el futuro.

Te deseamos mucho éxito en tu búsqueda.

Equipo de Talento de Ebro Norte Logística"""

_atalaya = """Hola Itziar:

Muchas gracias a ti por tu tiempo y por el interés que has mostrado durante todo el
proceso. Tu presentación sobre el programa de pausas activas gustó mucho.

Sin embargo, tengo que comunicarte que finalmente nos hemos decidido por otra candidata con
más experiencia en la gestión de siniestros de enfermedad profesional, que era un aspecto
clave para la directora.

Ha sido una decisión difícil. Si te parece, me gustaría mantener tu candidatura para
futuras vacantes en el área de Salud Laboral.

Un abrazo y mucha suerte,
Marta Villalba Cuesta
Talento y Cultura | Seguros Atalaya"""

_irsl = """Estimada Sra. Goikoetxea:

Por la presente le comunico que, mediante Resolución de la Dirección del Instituto de fecha
10 de septiembre de 2026, se ha acordado dejar sin efecto la Convocatoria 2/2026 para la
constitución de una bolsa de empleo de Técnico/a Superior en Ergonomía y Psicosociología
Aplicada, como consecuencia de la reorganización de las plazas prevista en la nueva
Relación de Puestos de Trabajo.

En consecuencia, el proceso selectivo queda suspendido definitivamente y no se realizará la
prueba práctica pendiente. Contra dicha resolución podrá interponer recurso de alzada en el
plazo de un mes.

Atentamente,
Begoña Sáenz Ibáñez
Servicio de Personal - Instituto Riojano de Salud Laboral"""

_bidean = """Hola Itziar:

Te escribo para cerrar el proceso de técnica de prevención del que te hablé en mayo (la
empresa de logística de Arasur). Al final el cliente se ha decidido por otra persona que ya
conocía su sistema de gestión, así que en esta ocasión no vas a continuar.

Me quedo con tu CV muy presente para lo próximo que entre, que en verano suele haber
movimiento.

Un saludo,
Leire Martínez de Lahidalga
Consultora de Selección - Bidean ETT"""

_norte = """Hola Itziar,

Te reenvío la respuesta que me ha llegado del cliente. Como ves, ya te puedo decir que se
trataba de Aceros Zubiarte. Lo siento mucho, porque creo que tu perfil era muy bueno para
el proyecto; al final han optado por alguien con experiencia previa en siderurgia.

Seguimos en contacto para futuros procesos.

Un abrazo,
Jon Ander Zubia
Consultor Senior | Norte Talento"""

_norte_inner = """Hola Jon Ander:

Gracias por la terna que nos presentaste. Después de las entrevistas hemos decidido seguir
con Mikel Arrieta, por su experiencia en acerías y hornos de arco.

Por favor, transmite nuestro agradecimiento a Itziar Goikoetxea y al resto de candidatos;
en esta ocasión no continuaremos con ella.

Un saludo,
Amaia Goiri
Responsable de Prevención | Aceros Zubiarte"""

_prev = """Hola Itziar,

Muchas gracias por la llamada del lunes y por tu interés en Prevensalud Norte. Fue un placer
conocerte.

Después de valorar todas las candidaturas, hemos decidido seguir adelante con personas que
tienen más experiencia como técnicas de nivel superior en servicios de prevención ajenos.
Sabemos que no es la respuesta que esperabas.

Te animamos a que sigas pendiente de nuestras ofertas: crecemos bastante y seguro que
habrá nuevas oportunidades.

Un saludo,
Iker Olabarria
Responsable de Selección, Prevensalud Norte"""

_zuhaizti = """Estimada Itziar:

Gracias por enviarnos tu candidatura para la plaza de fisioterapeuta con funciones de
ergonomía en Clínica Zuhaizti.

Te escribo para informarte de que finalmente la plaza se ha cubierto mediante promoción
interna, con una compañera del equipo de rehabilitación. Por este motivo no vamos a
continuar con el proceso externo.

Agradecemos mucho tu interés y te deseamos lo mejor.

Un saludo,
Amaia Landa Otxoa
Responsable de Personas
Clínica Zuhaizti - Avda. Gasteiz 55, Vitoria-Gasteiz"""

_ochandiano = """Hola Itziar:

Te escribo para contarte cómo ha quedado lo del puesto. Hemos perdido un cliente
importante este mes y, de momento, hemos decidido congelar la contratación del técnico de
ergonomía. Así que no vamos a seguir con el proceso, ni contigo ni con nadie.

Siento que haya sido así después de todo el lío con la entrevista. Si la cosa cambia a
finales de año te llamaré.

Un saludo,
Unai"""

_vitalis = """Hola Itziar,

Te llamo esta tarde, pero quería dejártelo también por escrito: la Policlínica Ebro ha
tomado la decisión de avanzar con otra candidata para la posición de Responsable de Salud
Laboral. Valoraron tu formación, pero buscaban a alguien con experiencia directa en
dirección de equipos sanitarios.

Sigo contando contigo para otros proyectos en el sector. Esto es solo el principio.

Un abrazo,
Rocío Paredes Olmedo
Vitalis Health Search"""

_rioja = """Hola Itziar,

muchas gracias por tu candidatura para el puesto de Consultor/a de Ergonomía (Logroño) y
por tu interés en Rioja Ergonomía.

Hemos revisado tu perfil con atención. Lamentablemente, en esta ocasión no vamos a
continuar con tu candidatura en el proceso de selección.

Te deseamos mucha suerte en tu búsqueda de empleo.

Saludos cordiales,
El equipo de Rioja Ergonomía"""

_selecta = """Hola Itziar:

Ya tengo respuesta de Plásticos Cinca tras la entrevista del lunes. Me dicen que les
gustaste mucho, pero han decidido ofrecer el puesto a una candidata que ya trabajaba en el
sector del plástico y conoce las inyectoras.

Así que, por esta vez, el proceso termina aquí para ti. Te agradezco tu disponibilidad
para venir a Zaragoza, y te tendré en cuenta para otras posiciones de prevención en
Aragón.

Un saludo,
Nuria Gimeno
Selecta Aragón"""

_castellana = """Hola Itziar,

Gracias por tu interés en Servicio de Prevención Castellana y por presentar tu candidatura
al puesto de Técnico/a Superior PRL - Especialidad Ergonomía (Madrid).

Tras revisar las candidaturas recibidas, lamentamos comunicarte que tu perfil no ha sido
seleccionado para la siguiente fase del proceso.

Te animamos a seguir atenta a nuestras futuras ofertas.

Un saludo,
Servicio de Prevención Castellana - Recursos Humanos"""

_mutua_bilbao = """Estimada Itziar:

Te agradecemos la confianza depositada en Mutua Laguntza al presentar tu candidatura a la
oferta "Técnico/a de Prevención - Centro de Bilbao" (ref. ML-2026-009).

Tras analizar detenidamente todos los perfiles, te comunicamos que no has sido
seleccionada para continuar en este proceso. Esta decisión no afecta a otras candidaturas
que tengas abiertas con nosotros.

Recibe un cordial saludo,
Departamento de Personas
Mutua Laguntza"""

_aragon = """SERVICIO ARAGONÉS DE SALUD LABORAL
Notificación electrónica

Proceso: Concurso-oposición para la provisión de 2 plazas de Técnico/a Superior de
Prevención (Ergonomía), turno libre.

Se le comunica que, publicada la lista definitiva de valoración de méritos, no ha
superado la fase de concurso al no alcanzar la puntuación mínima exigida (obtenida: 11,40;
mínima: 14,00). En consecuencia, queda excluida del proceso selectivo.

Puede consultar el detalle en la sede electrónica con su certificado digital.

Este mensaje se ha generado automáticamente. No responda a este correo."""

_autobuses = """Hola Itziar:

Gracias por tu mensaje y disculpa la tardanza en contestar; han sido semanas complicadas.

Ya hemos cerrado el proceso de Técnica de Prevención. Lamentablemente no has sido la
persona seleccionada: nos hemos decidido por una candidata con experiencia previa en el
sector del transporte de viajeros.

Te agradecemos mucho tu participación en la sesión de evaluación y te deseamos lo mejor.

Ondo izan,
Miren Aldama
Recursos Humanos | Autobuses Gasteiz"""

_liffey = """Hi Itziar,

Thank you for your interest in Liffey Occupational Health and for the time you've spent
with us during the process.

After careful consideration, we've decided not to move forward with your application for
the Occupational Health Physiotherapist role at this time.

We really appreciate you applying and wish you the best of luck in your search.

Best,
Sinéad Kavanagh
Liffey Occupational Health"""

_harbour = """Hi Itziar,

Thank you for applying for the Ergonomics & Manual Handling Advisor position at
Harbourline Logistics.

We were fortunate to receive many strong applications. After reviewing them, we have
decided to move forward with candidates whose experience more closely matches the needs
of this role.

We appreciate your interest in Harbourline and encourage you to keep an eye on our careers
page.

All the best,
Harbourline Logistics Talent Team"""

_clear = """Hi Itziar,

Thank you for your interest in the Workplace Health & Ergonomics Consultant position at
Clearwater Insurance.

We wanted to let you know that the position has now been filled, so we will not be
progressing your application further. We're sorry we weren't able to reschedule your
video screen before the decision was made.

We wish you every success.

Clearwater Insurance Talent Acquisition"""

_pembroke = """Hi Itziar,

I've just had feedback from Fitzwilliam Medical Group. Unfortunately they've decided to
offer the role to an internal candidate who has been acting up in the position since
January. They were very complimentary about your interview - particularly your
manual-handling case - but it isn't going ahead for you this time.

Sorry to be the bearer of bad news. I'll keep you front of mind for anything similar in
Dublin.

Best,
Ciarán"""

_nwwa = """Dear Itziar Goikoetxea Mendizabal,

Requisition 26-0193: Senior Ergonomics Inspector (Fixed Term)

We are writing to inform you that, following a review of the Agency's staffing plan for
2026, this requisition has been cancelled. As a result, we will not be proceeding with
the recruitment campaign and your application will not be progressed.

We thank you for your interest in the National Workplace Wellbeing Agency.

Recruitment Unit
National Workplace Wellbeing Agency
This mailbox is not monitored."""

_corrib = """Hi Itziar,

Thanks for the chat last Thursday, and sorry again for the mix-up with the first call.

I've thought about it a lot, and honestly we're not in a position to take someone on
right now - a big contract we were counting on has been pushed to next year. So I'm going
to have to say no for the moment. I'd hate to string you along.

Best of luck with everything,
Fergal"""

_amd = """Hallo Frau Goikoetxea Mendizabal,

nochmals vielen Dank für das angenehme Gespräch am 13. März und Ihr Interesse an unserer
Arbeit.

Nach sorgfältiger Abwägung haben wir uns entschieden, die Stelle mit einer Bewerberin zu
besetzen, die bereits über eine Qualifikation als Fachkraft für Arbeitssicherheit nach
deutschem Recht verfügt. Diese war für unsere Kundenbetriebe letztlich ausschlaggebend.

Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.

Viele Grüße
Julia Brenninger
Personal & Recruiting | AMD Neckar Arbeitsmedizin"""

_kaiser = """Liebe Itziar,

vielen Dank für Ihre Bewerbung als Spezialist Arbeitssicherheit & Ergonomie (m/w/d) und
die Zeit, die Sie investiert haben.

Nach eingehender Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im
weiteren Verfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung
Ihrer Person.

Wir wünschen Ihnen viel Erfolg und alles Gute.

Ihr Kaiser People Team"""

_schwaben = """Sehr geehrte Frau Goikoetxea Mendizabal,

wie angekündigt melde ich mich wegen des verschobenen Assessment-Centers. Leider kann ich
Ihnen keinen Ersatztermin anbieten: Die Stelle wird im Zuge einer internen Umstrukturierung
mit einer Kollegin aus unserem Personalbereich besetzt. Das externe Auswahlverfahren ist
damit beendet.

Ich bedauere das sehr und danke Ihnen für Ihre Geduld.

Mit freundlichen Grüßen
Dr. Miriam Holzapfel
Leiterin Gesundheitsmanagement | Schwabenland Versicherung"""

_neckar = """Liebe Frau Goikoetxea,

ich habe heute Rückmeldung vom Klinikverbund Filder erhalten. Nach dem verpassten Termin
und dem Ersatzgespräch per Video hat sich der Mandant für eine andere Kandidatin
entschieden, die bereits in der Region lebt.

Das tut mir leid. Ich melde mich, sobald ich ein passendes Mandat habe.

Beste Grüße
Markus Feil
Neckar Health Partners"""

_vaihingen = """Sehr geehrte Frau Goikoetxea Mendizabal,

vielen Dank für Ihre Bewerbung auf die Stelle einer Wissenschaftlichen Mitarbeiterin
Ergonomie an unserem Institut.

Leider muss ich Ihnen mitteilen, dass die Stelle aufgrund einer kurzfristig verhängten
Haushaltssperre des Landes nicht besetzt werden kann. Das Auswahlverfahren wird daher
eingestellt; Einladungen zu Gesprächen werden nicht mehr erfolgen.

Ihre Unterlagen werden gemäß den Datenschutzbestimmungen gelöscht.

Mit freundlichen Grüßen
Prof. Dr. Hartmut Seibold
Institutsleitung | Ergonomie Institut Vaihingen
Pfaffenwaldring 19, 70569 Stuttgart"""

_stg = """Bonjour Itziar,

Je vous remercie encore pour l'entretien du 3 avril et pour l'intérêt que vous portez à
Santé Travail Garonne.

Après réflexion, l'équipe a choisi de poursuivre avec une candidate titulaire d'un master
d'ergonomie français, ce qui facilitera son intégration dans nos protocoles. Nous ne
donnerons donc pas suite à votre candidature.

Votre parcours est néanmoins très intéressant et nous conservons votre CV, avec votre
accord, pour de futurs besoins.

Bien cordialement,
Camille Rouquette
Chargée de recrutement - Santé Travail Garonne"""

_bearn = """Bonjour Itziar,

Merci pour l'intérêt que vous avez porté à Transports Béarn Logistique et au poste de
Préventeur·rice Ergonomie.

Après une étude attentive de votre candidature, nous sommes au regret de vous informer
qu'elle n'a pas été retenue pour la suite du processus.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Recrutement de Transports Béarn Logistique"""

_occitane = """Bonjour Madame Goikoetxea,

Je reviens vers vous concernant le poste de Chargé(e) de prévention santé au travail.

Je vous informe que ce poste a finalement été pourvu en interne, par mobilité d'une
collaboratrice de notre service prévoyance. Le processus de recrutement externe est donc
clôturé et nous ne pourrons pas donner suite à votre candidature.

Je vous remercie pour votre compréhension et vous souhaite une belle réussite.

Cordialement,
Sophie Marty
Mutuelle Occitane"""

_garonne = """Bonjour Itziar,

Je viens d'avoir le retour du Groupe Hospitalier Lauragais suite à votre entretien du 21
avril. Ils ont apprécié votre approche très concrète, mais ont décidé de retenir une autre
candidate, déjà en poste dans un établissement de santé de la région.

Je suis désolée de ne pas vous apporter une meilleure nouvelle. Je garde votre dossier
pour mes prochaines missions en prévention.

Bien à vous,
Élodie Fabre
Garonne RH Conseil"""

_interim = """Bonjour Itziar,

Je reviens vers vous pour la mission d'assistante prévention sur laquelle je vous avais
positionnée la semaine dernière. Notre client n'a malheureusement pas retenu votre profil,
il cherchait quelqu'un disponible immédiatement sur Pau.

Je ne manquerai pas de vous recontacter si une autre mission se présente.

Bonne journée,
Thibault Casaubon
Intérim Pyrénées - agence de Pau"""

MESSAGES = [
    m(N, "es", "ebro_rej", company="Ebro Norte Logística", frm=EBRO_SR,
      date="03-02 08:14 +0000", subj="Actualización sobre tu candidatura en Ebro Norte Logística",
      html=html_shell(_ebro, "Ebro Norte Logística", "#c1121f"), parent="ebro_ack"),
    m(N, "es", "atalaya_rej", company="Seguros Atalaya", contact=MARTA[1], frm=MARTA,
      date="05-08 13:26", subj="Re: Gracias por la entrevista de ayer", text=_atalaya,
      parent="own_thanks_atalaya", quote="gmail", cs="iso-8859-1", cte="qp"),
    m(N, "es", "irsl_rej", company="Instituto Riojano de Salud Laboral", contact=BEGONA[1],
      frm=BEGONA, date="09-15 10:02",
      subj="Notificación: Convocatoria 2/2026 sin efecto", text=_irsl, cs="iso-8859-1",
      cte="qp", subj_cs=("iso-8859-1", "Q"), parent="irsl_move"),
    m(N, "es", "bidean_rej", company="Bidean", contact=LEIRE[1], frm=LEIRE,
      date="06-10 12:44", subj="Proceso técnica de prevención - Arasur", text=_bidean,
      cte="8bit"),
    m(N, "es", "norte_rej", company="Aceros Zubiarte", contact=JONANDER[1], frm=JONANDER,
      date="04-20 09:33", subj="RV: Terna técnico/a de ergonomía", text=_norte,
      fwd=m("other", "es", "norte_rej_inner", frm=GOIRI, to=[JONANDER],
            date="04-17 18:02", subj="Terna técnico/a de ergonomía", text=_norte_inner,
            cte="8bit")),
    m(N, "es", "prev_rej", company="Prevensalud Norte", contact=IKER[1], frm=IKER,
      date="03-10 15:20", subj="Tu candidatura en Prevensalud Norte", text=_prev,
      html=html_plain(_prev), cte="b64"),
    m(N, "es", "zuhaizti_rej", company="Clínica Zuhaizti", contact=AMAIA[1], frm=AMAIA,
      date="01-27 11:03", subj="Plaza fisioterapeuta - ergonomía", text=_zuhaizti,
      cs="windows-1252", cte="qp"),
    m(N, "es", "ochandiano_rej", company="Transportes Ochandiano", contact=UNAI[1], frm=UNAI,
      date="05-04 19:21", subj="Lo del puesto", text=_ochandiano, cte="8bit"),
    m(N, "es", "vitalis_rej", company="Policlínica Ebro", contact=ROCIO[1], frm=ROCIO,
      date="02-25 12:15", subj="Decisión Policlínica Ebro", text=_vitalis,
      cs="windows-1252", cte="8bit", subj_cs=("windows-1252", "B")),
    m(N, "es", "rioja_rej", company="Rioja Ergonomía",
      frm=("Rioja Ergonomía", "no-reply@personio.de"), date="02-19 09:00 +0000",
      subj="Tu candidatura en Rioja Ergonomía", text=_rioja,
      html=html_shell(_rioja, "Rioja Ergonomía", "#9d0208"), name_cs=("iso-8859-1", "Q")),
    m(N, "es", "selecta_rej", company="Plásticos Cinca", contact=NURIA[1], frm=NURIA,
      date="04-02 16:38", subj="Respuesta Plásticos Cinca", text=_selecta,
      cs="iso-8859-1", cte="qp"),
    m(N, "es", "castellana_rej", company="Servicio de Prevención Castellana",
      frm=("Servicio de Prevención Castellana", "notifications@castellana-prl.bamboohr.com"),
      date="03-27 14:02 +0000", subj="Tu candidatura - Técnico/a Superior PRL (Ergonomía)",
      html=html_shell(_castellana, "Servicio de Prevención Castellana", "#264653"),
      cte="b64"),
    m(N, "es", "mutua_bilbao_rej", company="Mutua Laguntza", frm=MUTUA_SF,
      date="02-18 08:30 +0000", subj="Información sobre tu candidatura ML-2026-009",
      text=_mutua_bilbao, html=html_shell(_mutua_bilbao, "Mutua Laguntza", "#00703c")),
    m(N, "es", "aragon_rej", company="Servicio Aragonés de Salud Laboral",
      frm=("Servicio Aragonés de Salud Laboral", "notificaciones-noreply@sasl.example.es"),
      date="10-02 08:00", subj="Notificación: resultado fase de concurso - Técnico/a Superior",
      text=_aragon, cs="iso-8859-1", cte="qp"),
    m(N, "es", "autobuses_rej", company="Autobuses Gasteiz", contact=MIREN[1], frm=MIREN,
      date="04-21 10:12", subj="RE: Proceso Técnica de Prevención", text=_autobuses,
      parent="own_followup_autobuses", quote="outlook", cs="windows-1252", cte="qp"),
    m(N, "en", "liffey_rej", company="Liffey Occupational Health", contact=SINEAD[1],
      frm=LIFFEY_GH, reply=SINEAD, date="03-24 14:30 +0000",
      subj="Your application to Liffey Occupational Health", text=_liffey,
      html=html_shell(_liffey, footer="Powered by Greenhouse"), name_cs=("utf-8", "B")),
    m(N, "en", "harbour_rej", company="Harbourline Logistics", frm=HARBOUR_LV,
      date="03-30 17:02 +0100", subj="Update on your Harbourline Logistics application",
      text=_harbour, html=html_shell(_harbour, "Harbourline Logistics", "#1d3557"),
      parent="harbour_ack"),
    m(N, "en", "clear_rej", company="Clearwater Insurance", frm=CLEAR_AS,
      date="04-22 09:10 +0100", subj="Your application at Clearwater Insurance",
      text=_clear, cte="7bit"),
    m(N, "en", "pembroke_rej", company="Fitzwilliam Medical Group", contact=CIARAN[1],
      frm=CIARAN, date="05-04 16:40", subj="Fitzwilliam - feedback", text=_pembroke,
      name_cs=("utf-8", "Q")),
    m(N, "en", "nwwa_rej", company="National Workplace Wellbeing Agency", frm=NWWA_TL,
      date="07-14 06:30 +0000", subj="Requisition 26-0193 - Cancellation Notice",
      text=_nwwa, cte="7bit", parent="nwwa_ack"),
    m(N, "en", "corrib_rej", company="Corrib Ergonomics", contact=FERGAL[1], frm=FERGAL,
      date="05-12 18:07", subj="Following up", text=_corrib, cte="7bit"),
    m(N, "de", "amd_rej", company="AMD Neckar Arbeitsmedizin", contact=JULIA[1], frm=JULIA,
      date="03-27 10:48", subj="Ihre Bewerbung bei der AMD Neckar Arbeitsmedizin",
      text=_amd, html=html_plain(_amd), cs="iso-8859-1", cte="qp"),
    m(N, "de", "kaiser_rej", company="Kaiser Kontraktlogistik", frm=KAISER_RC,
      date="03-25 13:00 +0000", subj="Ihre Bewerbung bei Kaiser Kontraktlogistik",
      html=html_shell(_kaiser, "KAISER", "#e76f51"), parent="kaiser_ack"),
    m(N, "de", "schwaben_rej", company="Schwabenland Versicherung", contact=MIRIAM[1],
      frm=MIRIAM, date="05-15 09:40", subj="Ihre Bewerbung - Kennziffer SV-2026-077",
      text=_schwaben, cs="iso-8859-1", cte="8bit", parent="schwaben_move"),
    m(N, "de", "neckar_rej", company="Klinikverbund Filder", contact=MARKUS[1], frm=MARKUS,
      date="05-12 17:12", subj="Rückmeldung Klinikverbund Filder", text=_neckar,
      subj_cs=("utf-8", "B")),
    m(N, "de", "vaihingen_rej", company="Ergonomie Institut Vaihingen", contact=SEIBOLD[1],
      frm=SEIBOLD, date="04-10 12:00",
      subj="Stellenausschreibung Wiss. Mitarbeiterin Ergonomie - Einstellung des Verfahrens",
      text=_vaihingen, cs="windows-1252", cte="qp"),
    m(N, "fr", "stg_rej", company="Santé Travail Garonne", contact=CAMILLE[1], frm=CAMILLE,
      date="04-17 16:05", subj="Votre candidature - Ergonome / Kinésithérapeute",
      text=_stg, html=True, subj_cs=("utf-8", "Q")),
    m(N, "fr", "bearn_rej", company="Transports Béarn Logistique", frm=BEARN_TT,
      date="04-07 08:45 +0000", subj="Votre candidature chez Transports Béarn Logistique",
      text=_bearn, html=html_shell(_bearn, "Transports Béarn Logistique", "#283618"),
      parent="bearn_ack"),
    m(N, "fr", "occitane_rej", company="Mutuelle Occitane", contact=SOPHIE[1], frm=SOPHIE,
      date="05-05 11:30", subj="Offre MO-26-052 - suite donnée à votre candidature",
      text=_occitane, cs="iso-8859-1", cte="qp", subj_cs=("iso-8859-1", "Q")),
    m(N, "fr", "garonne_rej", company="Groupe Hospitalier Lauragais", contact=ELODIE[1],
      frm=ELODIE, date="04-30 10:10", subj="Retour du Groupe Hospitalier Lauragais",
      text=_garonne, name_cs=("utf-8", "B"), cte="b64"),
    m(N, "fr", "interim_rej", company="Intérim Pyrénées", contact=THIBAULT[1],
      frm=THIBAULT, date="05-20 09:25", subj="Mission assistante prévention - retour client",
      text=_interim, cs="windows-1252", cte="qp"),
]

"""interview_invitation: interviews, calls, video screens, assessment, for corpus 341."""

from __future__ import annotations

from msgs341_common import (
    AINHOA,
    ATALAYA_IC,
    BEGONA,
    CAMILLE,
    CIARAN,
    CLEAR_AS,
    ELODIE,
    FERGAL,
    GARAZI,
    IKER,
    JONANDER,
    JULIA,
    KATRIN,
    KOLDO,
    LEIRE,
    LIFFEY_GH,
    MARKUS,
    MARTA,
    MIREN,
    MIRIAM,
    NOEL,
    NURIA,
    PRIYA,
    ROCIO,
    SINEAD,
    SOPHIE,
    THIBAULT,
    UNAI,
    html_shell,
    ics,
    m,
)

INV = "interview_invitation"

_mutua = """Hola Itziar:

Soy Garazi Etxeberria, del equipo de Selección de Mutua Laguntza. Hemos revisado tu
candidatura para el puesto de Técnico/a de Ergonomía y Readaptación Laboral y nos gustaría
conocerte.

Te proponemos una entrevista presencial el miércoles 11 de marzo a las 10:00 en nuestra
sede de la calle Castilla 44 (3.ª planta, pregunta en recepción por mí). Durará
aproximadamente una hora y estará también Iñaki Bengoa, coordinador del área de
Readaptación.

Te envío la convocatoria en el calendario; si te viene mal el horario dímelo y buscamos otro
hueco.

Un saludo,

Garazi Etxeberria Ruiz
Técnica de Selección | Departamento de Personas
Mutua Laguntza
C/ Castilla 44, 01007 Vitoria-Gasteiz | Tel. 945 000 144"""

_mutua2 = """Hola Itziar,

Gracias por tus palabras, para nosotros también fue una conversación muy interesante.

Te escribo porque nos gustaría que pasaras a la segunda fase. Sería una reunión conmigo y
con Garazi el martes 14 de abril a las 16:30, en el centro asistencial de Bilbao (Gran Vía
62), y después te enseñaríamos la unidad de readaptación funcional. Calcula unas dos horas.

Si te va bien, confírmanos por correo y te mandamos los datos del parking.

Koldo Urrutia Lasa
Director de Prevención y Readaptación
Mutua Laguntza"""

_hessler = """Buenos días, Itziar:

Nos ponemos en contacto contigo en relación con tu candidatura a la posición de
Especialista en Ergonomía (R-0048213) en nuestra planta de Vitoria.

Nos gustaría invitarte a una entrevista personal el martes 3 de marzo a las 9:30 h en la
planta de Júndiz (C/ Lermandabide 9). La entrevista será con Ander Ruiz de Azúa (Jefe de
Seguridad y Salud) y conmigo, y al terminar haremos una breve visita a la línea de montaje
de puertas para que veas los puestos con los que trabajarías.

Por motivos de seguridad, trae calzado cerrado y el DNI para el control de accesos.

Por favor, confírmanos tu asistencia respondiendo a este correo.

Un saludo,
Ainhoa Sáez de Ugarte
HR Business Partner - Planta Vitoria
Hessler Fahrzeugtechnik España

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su
destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo
elimine. Cualquier uso, difusión o copia no autorizados está prohibido."""

_prev = """Hola Itziar,

¡Tu perfil nos ha gustado mucho! Me encantaría tener una primera llamada contigo de unos 20
minutos para contarte el puesto y conocerte un poco.

Elige el hueco que mejor te venga en este enlace:
https://prevensalud.teamtailor.com/meetings/book/8f2c1a

Si ninguno te encaja, respóndeme a este correo y lo buscamos.

Un saludo,
Iker Olabarria
Responsable de Selección, Prevensalud Norte"""

_prev2 = """Hola Itziar,

No te preocupes, le pasa a cualquiera con los teléfonos del trabajo.

Hacemos la llamada el lunes 23 a las 13:15, que es justo tu descanso según me dices.
Te llamo yo al móvil que termina en 418. Serán unos 20-25 minutos.

Hasta el lunes,
Iker"""

_atalaya = """Estimada Itziar:

Nos complace informarle de que su candidatura al puesto de Especialista en Salud Laboral y
Ergonomía ha superado la primera fase de revisión.

El siguiente paso es una entrevista en vídeo diferida: responderá a cinco preguntas
grabando sus respuestas (unos 15 minutos en total). Tiene de plazo hasta el domingo 8 de
marzo a las 23:59.

Acceda a la entrevista aquí: https://segurosatalaya.icims.com/jobs/0311/video-interview

Si tiene algún problema técnico puede responder a este mensaje y Marta Villalba le ayudará.

Un saludo,
Dirección de Talento y Cultura - Seguros Atalaya"""

_irsl = """Estimada Sra. Goikoetxea:

En relación con la Convocatoria 2/2026 para la constitución de una bolsa de empleo de
Técnico/a Superior en Ergonomía y Psicosociología Aplicada, le comunico que figura en la
lista definitiva de personas admitidas.

Por ello se le convoca a la realización de la prueba práctica, que tendrá lugar el
martes 12 de mayo de 2026 a las 9:00 horas en el Aula 2 del Instituto (C/ Gran Vía 41,
Logroño). Deberá presentarse con el DNI original y bolígrafo azul. Se adjunta la
convocatoria oficial.

Atentamente,

Begoña Sáenz Ibáñez
Servicio de Personal
Instituto Riojano de Salud Laboral"""

_bidean = """Hola Itziar, ¿qué tal?

Como te comenté por teléfono, uno de nuestros clientes, Talleres Arriaga (mecanizado,
unas 180 personas en Júndiz), busca una persona para evaluar puestos y llevar el plan de
ergonomía durante una baja de larga duración, con opción a quedarse.

Les ha gustado tu CV y quieren hacerte una entrevista el martes 3 de febrero a las 12:00
en sus instalaciones (C/ Zorrostea 7). Preguntarías por Josu Arriaga, el gerente.

¿Me confirmas que puedes ir?

Un saludo,
Leire Martínez de Lahidalga
Consultora de Selección - Bidean ETT
T. 945 000 318 | M. 600 000 418"""

_norte = """Hola Itziar:

Estoy llevando un proceso confidencial para una empresa industrial de Bizkaia que quiere
crear la figura de técnico/a de ergonomía en su servicio de prevención propio. Por ahora no
puedo darte el nombre del cliente.

¿Te vendría bien una videollamada conmigo el martes 17 de marzo a las 17:00? Sería una
conversación de media hora para repasar tu experiencia y contarte el proyecto. Te paso el
enlace de Teams:
https://teams.example.com/l/meetup-join/nortetalento-0317

Un saludo,
Jon Ander Zubia
Consultor Senior | Norte Talento
Alameda de Recalde 27, 48009 Bilbao | 944 000 271"""

_selecta = """Hola Itziar,

Te escribo de Selecta Aragón. Tras la entrevista telefónica del jueves, Plásticos Cinca
quiere conocerte en persona para el puesto de Técnico/a de Ergonomía.

La entrevista será el lunes 23 de marzo a las 11:00 en su planta del Polígono Malpica
(calle E, nave 14, Zaragoza). Estarán el director de planta y la responsable de PRL. Si
vienes en coche, hay aparcamiento para visitas en la entrada principal.

Confírmame cuando puedas, por favor.

Nuria Gimeno
Consultora - Selecta Aragón
Paseo Independencia 21, 4.º - 50001 Zaragoza"""

_vitalis = """Hola Itziar,

Encantada de haber hablado contigo el lunes. Te escribo con buenas noticias: nuestro
cliente, la Policlínica Ebro de Logroño, quiere entrevistarte para la posición de
Responsable de Salud Laboral.

La propuesta es el jueves 12 de febrero a las 13:00, en la propia Policlínica (Avda. de
Portugal 18), con la Dra. Elena Martínez, directora médica, y con el gerente. Si prefieres
hacerla por videollamada, lo pueden organizar.

Dime algo en cuanto puedas.

Un abrazo,
Rocío Paredes Olmedo
Senior Consultant - Healthcare Practice
Vitalis Health Search | +34 600 000 732"""

_ochandiano = """Buenas tardes Itziar,

Soy Unai Ochandiano, gerente de Transportes Ochandiano. He visto tu currículum, que nos ha
pasado una compañera de la asociación de transportistas, y me interesa mucho tu perfil para
el tema de manipulación de cargas en el almacén.

¿Podrías venir a vernos el jueves 16 de abril a las 10:30 a la nave de Zamudio (Parque
Tecnológico, edificio 702)? Te enseñamos el almacén y hablamos con calma.

Un saludo,
Unai Ochandiano
Transportes Ochandiano
Tel. 944 000 702"""

_autobuses = """Hola de nuevo Itziar:

Gracias por reenviar los certificados, ahora sí se abren bien.

Te comunicamos que has sido preseleccionada para la siguiente fase. Se trata de una sesión
de evaluación (assessment center) con otras cinco personas candidatas: una dinámica de
grupo, un caso práctico de evaluación de un puesto de conducción y una entrevista
individual.

Fecha: lunes 30 de marzo, de 9:00 a 13:30
Lugar: Cocheras de Autobuses Gasteiz, C/ Heraclio Fournier 12 (sala de formación)

Confírmanos tu asistencia antes del jueves.

Ondo izan,
Miren Aldama
Recursos Humanos | Autobuses Gasteiz"""

_liffey = """Hi Itziar,

Thanks again for your application to Liffey Occupational Health. Sinéad would like to
invite you to a 45-minute video interview for the Occupational Health Physiotherapist
role.

Please use the link below to choose a time that suits you:
https://app.greenhouse.io/scheduling/liffeyoh/7c1e99a2

The interview will be with Sinéad Kavanagh and Dr. Aoife Moran (Clinical Lead) over Zoom.
If none of the times work, just reply to this email.

Best,
Liffey Occupational Health Recruiting"""

_clear = """Hi Itziar,

Great news - Noel would like to set up a video screening call with you for the Workplace
Health & Ergonomics Consultant role.

When: Wednesday 1 April 2026, 11:00-11:30 (Irish time)
Where: Microsoft Teams (link in the calendar invite)
Who: Noel Brennan, Talent Partner

A calendar invitation is attached. Please accept it to confirm, or reply to this email
if you need a different time.

Thanks,
Clearwater Insurance Talent Acquisition"""

_pembroke = """Hi Itziar,

Good news - Fitzwilliam Medical Group have reviewed your profile and would like to meet you
for the Occupational Health & Ergonomics Lead role.

They've proposed Monday 20 April at 14:00 (Dublin time) by video, with their Head of People
and the OH clinical director. If that works I'll confirm and send the link; if not, give
me two or three alternatives and I'll sort it.

Happy to do a quick prep call beforehand if useful.

Cheers,
Ciarán

Ciarán Doyle
Principal Consultant, Pembroke Health Recruitment
14 Baggot Street Upper, Dublin 4 | +353 1 000 0441"""

_priya = """Dear Itziar,

Thank you for your time with our Vitoria team and with Katrin. I am pleased to invite you to
the final step of our process for the Ergonomics Specialist role at our Vitoria plant: a
panel interview with our Global Ergonomics Centre of Competence.

Date: Thursday, 9 April 2026
Time: 10:00-11:15 CEST
Format: Microsoft Teams (see calendar invitation)
Panel: Dr. Stefan Rehm (Head of Global Ergonomics), Lucía Ferrer (EHS Iberia), myself

You will be asked to present a short case (10 minutes) on how you would prioritise
ergonomic risks on a door assembly line. No slides are required, but you may share some if
you wish.

Kind regards,
Priya Raman
Global Talent Acquisition | Hessler Fahrzeugtechnik
Mercedesstraße 120, 70372 Stuttgart"""

_corrib = """Hi Itziar,

Fergal here from Corrib Ergonomics - thanks for sending on your CV. We're a small team (six
of us) doing workstation and manual-handling assessments for clients around Dublin and the
west, and I think your background in physio could be a great fit.

Would you be up for a 20-minute call? I'm free Tuesday 5 May at 10:00 or 15:00 Irish
time, or Wednesday morning. I'll ring you on the number on your CV unless you'd prefer
Zoom.

Talk soon,
Fergal Quinn
Founder, Corrib Ergonomics"""

_amd = """Hallo Frau Goikoetxea Mendizabal,

vielen Dank für Ihre Bewerbung! Wir würden Sie gerne in einem ersten Video-Interview
kennenlernen.

Termin: Donnerstag, 12. März 2026, 14:00-14:45 Uhr
Teilnehmende: Julia Brenninger (HR), Dr. Thomas Albrecht (Leitender Arbeitsmediziner)
Link: https://meet.example.de/amd-neckar/interview-0312

Bitte bestätigen Sie den Termin kurz, indem Sie auf diese E-Mail antworten. Falls der
Termin nicht passt, schlagen Sie uns gerne Alternativen vor.

Viele Grüße
Julia Brenninger
Personal & Recruiting | AMD Neckar Arbeitsmedizin"""

_schwaben = """Sehr geehrte Frau Goikoetxea Mendizabal,

vielen Dank für Ihre Bewerbung als Referentin Betriebliches Gesundheitsmanagement. Wir
freuen uns, Sie zu unserem Assessment-Center einzuladen.

Datum: Dienstag, 21. April 2026
Uhrzeit: 08:30 bis ca. 15:00 Uhr
Ort: Schwabenland Versicherung, Königstraße 88, 70173 Stuttgart, Raum 4.12

Der Tag umfasst eine Präsentation (Thema erhalten Sie vor Ort), eine Gruppenübung und ein
Einzelinterview. Reisekosten erstatten wir Ihnen gemäß unserer Reisekostenrichtlinie.

Bitte bestätigen Sie Ihre Teilnahme bis zum 14. April.

Mit freundlichen Grüßen
Dr. Miriam Holzapfel
Leiterin Gesundheitsmanagement
Schwabenland Versicherung"""

_neckar = """Liebe Frau Goikoetxea,

wie telefonisch besprochen, möchte Sie unser Mandant, der Klinikverbund Filder, gerne
persönlich kennenlernen. Es geht um die neu geschaffene Stelle "Ergonomie und
Arbeitsschutz Pflege" am Standort Filderstadt.

Vorgeschlagener Termin: Dienstag, 28. April 2026, 11:00 Uhr, Verwaltungsgebäude, Raum
E.07. Gesprächspartner sind die Pflegedirektorin und die Fachkraft für Arbeitssicherheit.

Geben Sie mir bitte kurz Bescheid, ob das klappt - bei einer Anreise aus Spanien übernimmt
der Mandant die Flugkosten.

Beste Grüße
Markus Feil
Neckar Health Partners - Personalberatung Gesundheitswesen
Tel. +49 711 0000 533"""

_katrin = """Liebe Frau Goikoetxea Mendizabal,

nach Ihrem Gespräch mit unseren Kolleginnen und Kollegen in Vitoria möchten wir Sie gerne
zu einem Fachgespräch mit unserer Zentralergonomie in Stuttgart einladen.

Wann: Dienstag, 24. März 2026, 15:00-16:00 Uhr
Wo: Microsoft Teams (Einladung anbei)
Mit: Dr. Stefan Rehm (Leitung Zentralergonomie) und mir

Inhaltlich geht es um Bewertungsverfahren (EAWS, Leitmerkmalmethode) und die
Zusammenarbeit zwischen Werk und Zentrale. Das Gespräch kann gern auf Englisch geführt
werden.

Freundliche Grüße
Katrin Oberländer
HR Business Partner Zentralfunktionen
Hessler Fahrzeugtechnik GmbH | Mercedesstraße 120 | 70372 Stuttgart
Sitz der Gesellschaft: Stuttgart | Registergericht Stuttgart HRB 000120"""

_stg = """Bonjour Itziar,

Suite à l'étude de votre candidature, nous souhaiterions vous rencontrer pour un entretien
pour le poste d'Ergonome / Kinésithérapeute en prévention des TMS.

L'entretien aura lieu le jeudi 2 avril à 14h00 dans nos locaux (12 rue des Amidonniers,
31000 Toulouse), avec le Dr Paul Azéma, médecin du travail, et moi-même. Si le
déplacement depuis Vitoria est compliqué, nous pouvons le faire en visioconférence.

Merci de me confirmer votre disponibilité.

Bien cordialement,

Camille Rouquette
Chargée de recrutement
Santé Travail Garonne
05 00 00 00 41"""

_occitane = """Bonjour Madame Goikoetxea,

Je vous contacte au sujet de votre candidature au poste de Chargé(e) de prévention santé au
travail (réf. MO-26-052).

Je vous propose un premier entretien téléphonique le jeudi 9 avril à 10h30 (durée : 30
minutes environ). Je vous appellerai au numéro indiqué dans votre CV (+34 600 ...).

Pouvez-vous me confirmer que ce créneau vous convient ?

Cordialement,
Sophie Marty
Chargée de recrutement - Mutuelle Occitane
Toulouse"""

_garonne = """Bonjour Itziar,

J'ai le plaisir de vous annoncer que notre client, le Groupe Hospitalier Lauragais,
souhaite vous rencontrer pour le poste d'Ergonome - Prévention des risques professionnels
(CDI, Castelnaudary / Toulouse).

L'entretien est prévu le jeudi 16 avril à 9h30 au siège du groupe, 3 avenue du Lauragais,
avec la DRH et le responsable de la prévention. Il durera environ une heure.

Je reste à votre disposition pour en parler avant, n'hésitez pas.

Bien à vous,
Élodie Fabre
Consultante - Garonne RH Conseil
Allées Jean Jaurès 40, 31000 Toulouse"""

_interim = """Bonjour Itziar,

Comme convenu au téléphone, notre client Aéro Gave Composites (Pau, 250 salariés) vous
attend pour un entretien le jeudi 23 avril à 15h00 pour la mission d'ergonome en atelier
(6 mois, renouvelable).

Adresse : ZI de Lescar, 8 rue des Pyrénées. Présentez-vous à l'accueil et demandez
M. Laborde, responsable HSE. Pensez à prendre votre pièce d'identité.

Merci de me confirmer par retour de mail.

Thibault Casaubon
Chargé de recrutement - Intérim Pyrénées, agence de Pau"""

MESSAGES = [
    m(INV, "es", "mutua_inv", company="Mutua Laguntza", contact=GARAZI[1], frm=GARAZI,
      date="03-04 12:18", subj="Entrevista - Técnico/a de Ergonomía (Mutua Laguntza)",
      text=_mutua, html=True,
      ics=ics("REQUEST", "ml-entrevista-ergonomia-0311@mutualaguntza.example.es", 0,
              "20260311T100000", "20260311T110000", "Entrevista Itziar Goikoetxea - Ergonomía",
              "Mutua Laguntza, C/ Castilla 44, 3.ª planta, Vitoria-Gasteiz", GARAZI)),
    m(INV, "es", "mutua_inv2", company="Mutua Laguntza", contact=KOLDO[1], frm=KOLDO,
      cc=[GARAZI], date="04-07 09:02", subj="Re: Gracias por la entrevista",
      text=_mutua2, parent="own_thanks_mutua", quote="gmail", cte="8bit"),
    m(INV, "es", "hessler_inv_es", company="Hessler Fahrzeugtechnik", contact=AINHOA[1],
      frm=AINHOA, date="02-24 08:47", subj="Entrevista Especialista en Ergonomía - Planta Vitoria",
      text=_hessler, html=True, cs="windows-1252", cte="qp"),
    m(INV, "es", "prev_inv", company="Prevensalud Norte", contact=IKER[1],
      frm=("Iker Olabarria de Prevensalud Norte", "no-reply@teamtailor-mail.com"), reply=IKER,
      date="02-16 11:37 +0000", subj="Iker quiere hablar contigo 📞", text=_prev,
      html=html_shell(_prev, "Prevensalud Norte", "#2a9d8f"), subj_cs=("utf-8", "B")),
    m(INV, "es", "prev_inv2", company="Prevensalud Norte", contact=IKER[1], frm=IKER,
      date="02-20 16:58", subj="Re: Disculpas por la llamada de esta mañana", text=_prev2,
      parent="own_apology_prev", quote="gmail", cte="8bit"),
    m(INV, "es", "atalaya_inv", company="Seguros Atalaya", contact=MARTA[1], frm=ATALAYA_IC,
      reply=MARTA, date="03-02 10:00 +0000",
      subj="Siguiente paso: entrevista en vídeo - Especialista en Salud Laboral",
      html=html_shell(_atalaya, "Seguros Atalaya", "#14213d"), cs="iso-8859-1",
      subj_cs=("iso-8859-1", "Q")),
    m(INV, "es", "irsl_inv", company="Instituto Riojano de Salud Laboral", contact=BEGONA[1],
      frm=BEGONA, date="04-28 13:05",
      subj="Convocatoria prueba práctica - Bolsa Técnico/a Superior Ergonomía 2/2026",
      text=_irsl, cs="iso-8859-1", cte="8bit", name_cs=("iso-8859-1", "Q"),
      pdf=[("Convocatoria_prueba_practica_2-2026.pdf", [
          "INSTITUTO RIOJANO DE SALUD LABORAL", "Convocatoria 2/2026 - Prueba practica",
          "Fecha: 12 de mayo de 2026, 9:00 h", "Lugar: Aula 2, C/ Gran Via 41, Logrono",
          "Documentacion: DNI original", "Duracion maxima: 3 horas"])]),
    m(INV, "es", "bidean_inv", company="Talleres Arriaga", contact=LEIRE[1], frm=LEIRE,
      date="01-29 17:22", subj="Entrevista en Talleres Arriaga - martes 3/02",
      text=_bidean, cte="qp"),
    m(INV, "es", "norte_inv", company="Norte Talento", contact=JONANDER[1], frm=JONANDER,
      date="03-12 18:05", subj="Proceso confidencial técnico/a de ergonomía - ¿hablamos?",
      text=_norte, html=True),
    m(INV, "es", "selecta_inv", company="Plásticos Cinca", contact=NURIA[1], frm=NURIA,
      date="03-16 10:41", subj="Entrevista presencial Plásticos Cinca - lunes 23",
      text=_selecta, cs="iso-8859-1", cte="qp"),
    m(INV, "es", "vitalis_inv", company="Policlínica Ebro", contact=ROCIO[1], frm=ROCIO,
      date="02-04 16:50", subj="Policlínica Ebro quiere conocerte",
      text=_vitalis, html=True, cs="windows-1252", cte="b64",
      subj_cs=("windows-1252", "Q")),
    m(INV, "es", "ochandiano_inv", company="Transportes Ochandiano", contact=UNAI[1], frm=UNAI,
      date="04-10 16:12", subj="Entrevista en Zamudio", text=_ochandiano, cte="8bit"),
    m(INV, "es", "autobuses_inv", company="Autobuses Gasteiz", contact=MIREN[1], frm=MIREN,
      date="03-23 12:30", subj="RE: Solicitud recibida - Técnica de Prevención (Ergonomía)",
      text=_autobuses, parent="autobuses_ack", quote="outlook", html=True,
      cs="windows-1252", cte="qp", subj_cs=("windows-1252", "Q")),
    m(INV, "en", "liffey_inv", company="Liffey Occupational Health", contact=SINEAD[1],
      frm=LIFFEY_GH, reply=SINEAD, date="02-26 13:15 +0000",
      subj="Schedule your interview with Liffey Occupational Health",
      html=html_shell(_liffey, footer="Powered by Greenhouse"), name_cs=("utf-8", "Q")),
    m(INV, "en", "clear_inv", company="Clearwater Insurance", contact=NOEL[1], frm=CLEAR_AS,
      reply=NOEL, date="03-25 15:40 +0000",
      subj="Invitation: Video screen with Noel Brennan (Clearwater Insurance)", text=_clear,
      html=html_shell(_clear, "Clearwater Insurance", "#005f73"), ics_mode="attach",
      ics=ics("REQUEST", "ashby-clearwater-8812@ashbyhq.com", 0, "20260401T110000",
              "20260401T113000", "Video screen: Itziar Goikoetxea / Noel Brennan",
              "Microsoft Teams", NOEL, tzid="Europe/Dublin")),
    m(INV, "en", "pembroke_inv", company="Fitzwilliam Medical Group", contact=CIARAN[1],
      frm=CIARAN, date="04-14 10:22", subj="Fitzwilliam Medical Group - interview request",
      text=_pembroke, name_cs=("iso-8859-1", "Q")),
    m(INV, "en", "hessler_inv_en", company="Hessler Fahrzeugtechnik", contact=PRIYA[1],
      frm=PRIYA, date="03-31 17:03",
      subj="Invitation: panel interview - Ergonomics Specialist, Vitoria plant",
      text=_priya, html=True,
      ics=ics("REQUEST", "040000008200E00074C5B7101A82E00800000000D0A1@hessler.example.de", 0,
              "20260409T100000", "20260409T111500",
              "Panel interview Itziar Goikoetxea - Ergonomics Specialist Vitoria",
              "Microsoft Teams Meeting", PRIYA, tzid="Europe/Berlin")),
    m(INV, "en", "corrib_inv", company="Corrib Ergonomics", contact=FERGAL[1], frm=FERGAL,
      date="04-30 21:14", subj="Quick chat?", text=_corrib, cte="7bit"),
    m(INV, "de", "amd_inv", company="AMD Neckar Arbeitsmedizin", contact=JULIA[1],
      frm=("Julia Brenninger via Personio", "no-reply@personio.de"), reply=JULIA,
      date="03-04 09:30 +0000", subj="Einladung zum Video-Interview - AMD Neckar",
      text=_amd, html=html_shell(_amd, "AMD Neckar", "#3a5a40")),
    m(INV, "de", "schwaben_inv", company="Schwabenland Versicherung", contact=MIRIAM[1],
      frm=MIRIAM, date="04-02 11:11", subj="Einladung zum Assessment-Center am 21. April",
      text=_schwaben, cs="iso-8859-1", cte="qp", subj_cs=("iso-8859-1", "Q"),
      pdf=[("Anfahrt_Koenigstrasse88.pdf", ["Schwabenland Versicherung",
                                            "Anfahrt Koenigstrasse 88, 70173 Stuttgart",
                                            "S-Bahn: Hauptbahnhof, 5 Minuten Fussweg"])]),
    m(INV, "de", "neckar_inv", company="Klinikverbund Filder", contact=MARKUS[1], frm=MARKUS,
      date="04-17 14:48", subj="Vorstellungsgespräch Klinikverbund Filder",
      text=_neckar, cte="8bit"),
    m(INV, "de", "hessler_inv_de", company="Hessler Fahrzeugtechnik", contact=KATRIN[1],
      frm=KATRIN, date="03-12 16:20",
      subj="Einladung: Fachgespräch Zentralergonomie (Teams)", text=_katrin, html=True,
      name_cs=("utf-8", "B"),
      ics=ics("REQUEST", "040000008200E00074C5B7101A82E00800000000B7F2@hessler.example.de", 0,
              "20260324T150000", "20260324T160000",
              "Fachgespräch Zentralergonomie - I. Goikoetxea Mendizabal",
              "Microsoft Teams-Besprechung", KATRIN, tzid="Europe/Berlin")),
    m(INV, "fr", "stg_inv", company="Santé Travail Garonne", contact=CAMILLE[1], frm=CAMILLE,
      date="03-26 10:05", subj="Proposition d'entretien - Ergonome / Kinésithérapeute",
      text=_stg, cte="qp"),
    m(INV, "fr", "occitane_inv", company="Mutuelle Occitane", contact=SOPHIE[1], frm=SOPHIE,
      date="04-03 15:27", subj="Entretien téléphonique - offre MO-26-052",
      text=_occitane, cs="iso-8859-1", cte="8bit", subj_cs=("iso-8859-1", "B")),
    m(INV, "fr", "garonne_inv", company="Groupe Hospitalier Lauragais", contact=ELODIE[1],
      frm=ELODIE, date="04-08 09:50", subj="Entretien avec notre client - poste d'ergonome",
      text=_garonne, html=True, name_cs=("utf-8", "B")),
    m(INV, "fr", "interim_inv", company="Aéro Gave Composites", contact=THIBAULT[1],
      frm=THIBAULT, date="04-20 11:33",
      subj="Entretien Aéro Gave Composites jeudi 23/04 15h", text=_interim,
      cs="windows-1252", cte="qp", subj_cs=("windows-1252", "Q")),
]

"""application_received: acknowledgements (ATS and human), hand-written for corpus 341."""

from __future__ import annotations

from msgs341_common import (
    AMD_PS,
    ATALAYA_IC,
    BEARN_TT,
    CLEAR_AS,
    EBRO_SR,
    HARBOUR_LV,
    HESSLER_WD,
    KAISER_RC,
    LEIRE,
    LIFFEY_GH,
    MARTA,
    MIREN,
    MUTUA_SF,
    NOEL,
    NWWA_TL,
    OCCITANE_TL,
    PREV_TT,
    SCHWABEN_SF,
    SINEAD,
    STG_WK,
    html_shell,
    m,
)

A = "application_received"

_mutua = """Estimada Itziar:

Te confirmamos que hemos recibido correctamente tu candidatura para la oferta
"Técnico/a de Ergonomía y Readaptación Laboral (Vitoria-Gasteiz)", referencia ML-2026-014.

Nuestro equipo de Selección revisará tu perfil en las próximas semanas. Si tu experiencia
encaja con lo que buscamos, nos pondremos en contacto contigo por teléfono o por correo.

Puedes consultar el estado de tu solicitud en cualquier momento desde el Portal del Candidato.

Un saludo,
Departamento de Personas
Mutua Laguntza, Mutua Colaboradora con la Seguridad Social n.º 317

Este mensaje se ha generado automáticamente. Por favor, no respondas a esta dirección."""

_hessler = """Hola Itziar Goikoetxea Mendizabal,

Gracias por postularte a la vacante R-0048213 Especialista en Ergonomía - Planta de Vitoria
(Júndiz) en Hessler Fahrzeugtechnik.

Hemos recibido tu solicitud. El equipo de selección la estudiará y, si tu perfil coincide
con los requisitos del puesto, te contactará para los siguientes pasos.

Puedes ver el estado de tu candidatura en la sección "Mis solicitudes" de nuestro portal.

Atentamente,
Talent Acquisition Hessler Fahrzeugtechnik"""

_prev = """¡Hola Itziar!

Muchas gracias por tu interés en Prevensalud Norte y por enviarnos tu candidatura para el
puesto de Fisioterapeuta - Técnica en Ergonomía (Bilbao).

Queremos ser transparentes: recibimos muchas candidaturas y leemos todas con calma. En un
plazo aproximado de dos semanas te diremos algo, sea cual sea la decisión.

Mientras tanto, puedes conocer mejor cómo trabajamos en nuestra página de empleo.

Un abrazo,
El equipo de Personas de Prevensalud Norte"""

_ebro = """Hola Itziar,

Gracias por presentar tu candidatura a Técnico/a de Prevención y Ergonomía - Plataforma
PLAZA (Zaragoza) en Ebro Norte Logística.

Confirmamos la recepción de tu solicitud. Nuestro equipo de Talento la revisará y te
informaremos de cualquier novedad a través de este correo.

Gracias de nuevo por tu interés en formar parte de Ebro Norte.

Saludos cordiales,
Equipo de Talento de Ebro Norte Logística"""

_atalaya = """Estimada Sra. Goikoetxea:

Le agradecemos el interés mostrado en Seguros Atalaya. Su candidatura para el puesto
"Especialista en Salud Laboral y Ergonomía - Madrid" (Ref. 2026-0311) ha sido registrada
correctamente en nuestro sistema.

Si tiene cualquier duda sobre el proceso puede escribir directamente a Marta Villalba,
responsable de la selección, respondiendo a este mensaje.

Atentamente,
Dirección de Talento y Cultura
Seguros Atalaya"""

_irsl = """INSTITUTO RIOJANO DE SALUD LABORAL
Registro electrónico - Justificante de presentación

Interesada: ITZIAR GOIKOETXEA MENDIZABAL
Asunto: Solicitud de participación - Bolsa de empleo Técnico/a Superior en Ergonomía y
Psicosociología Aplicada (Convocatoria 2/2026)
Número de registro: IRSL-E-2026-004187
Fecha y hora de presentación: 12/02/2026 17:41:09

Su solicitud ha quedado registrada y será tramitada por el Servicio de Personal. Se adjunta
el justificante en formato PDF. La lista provisional de personas admitidas se publicará en
el tablón de anuncios de la sede electrónica.

Este correo se envía de forma automática; no responda al mismo."""

_bidean = """Hola Itziar:

Te escribo para confirmarte que me ha llegado tu CV, gracias por mandarlo tan rápido.

Lo he dado de alta en nuestra base de datos para perfiles de prevención y ergonomía en
Álava. Ahora mismo estamos moviendo un par de procesos en empresas del polígono de Júndiz
y Ali-Gobeo, así que en cuanto alguno encaje contigo te llamo.

Un saludo,

Leire Martínez de Lahidalga
Consultora de Selección - Bidean ETT
Portal de Foronda 31, bajo - 01010 Vitoria-Gasteiz
T. 945 000 318"""

_selecta = """Hola Itziar,

Gracias por inscribirte en la oferta "Técnico/a de Ergonomía para Plásticos Cinca
(Zaragoza)" que gestionamos desde Selecta Aragón.

Hemos recibido tu candidatura. La consultora responsable revisará los perfiles durante la
semana que viene. Por el volumen de inscripciones no siempre podemos responder de forma
individual a cada persona, pero todas las candidaturas se revisan.

Un saludo,
Selecta Aragón - Consultoría de Selección"""

_autobuses = """Egun on Itziar,

Acusamos recibo de tu solicitud para el puesto de Técnica de Prevención (Ergonomía) en
Autobuses Gasteiz. Nos ha llegado el CV y la carta; los certificados de la formación en
ergonomía no se abrían, si puedes reenvíalos en PDF.

El proceso se cierra el 20 de marzo y a partir de entonces contactaremos con las personas
preseleccionadas.

Ondo izan,
Miren Aldama
Recursos Humanos | Autobuses Gasteiz
Calle Heraclio Fournier 12, 01006 Vitoria-Gasteiz"""

_vitalis = """Estimada Itziar,

Gracias por hacernos llegar tu candidatura a través de nuestra web para el proyecto
"Responsable de Salud Laboral y Ergonomía - sector sanitario (Zona Norte)".

Te confirmamos que la hemos recibido y que forma parte del proceso. Dado el número de
candidaturas que gestionamos, no nos es posible responder individualmente a cada persona;
si tu perfil avanza, una de nuestras consultoras se pondrá en contacto contigo.

Un cordial saludo,
Vitalis Health Search
Executive Search & Selección en el Sector Salud"""

_liffey = """Hi Itziar,

Thanks for applying to the Occupational Health Physiotherapist role at Liffey Occupational
Health. We've received your application and our team will review it shortly.

If your experience is a good match, I'll be in touch to arrange next steps. In the meantime,
feel free to reply to this email if you have any questions.

Best,
Sinéad Kavanagh
Talent Partner, Liffey Occupational Health"""

_harbour = """Hi Itziar,

Thank you for your interest in Harbourline Logistics! We have received your application for
Ergonomics & Manual Handling Advisor (Dublin Port).

Our hiring team is reviewing applications and will reach out if there is a fit. Due to the
number of applications we receive, we may not be able to respond to each applicant
individually.

Thanks again,
The Harbourline Logistics Talent Team"""

_clear = """Hello Itziar,

We've received your application for the Workplace Health & Ergonomics Consultant position
at Clearwater Insurance. Thank you for taking the time to apply.

Noel Brennan from our talent team is looking after this role and will review your profile
over the next couple of weeks. You can reply directly to this email to reach him.

Kind regards,
Clearwater Insurance Talent Acquisition"""

_nwwa = """Dear Itziar Goikoetxea Mendizabal,

Thank you for submitting your application for Requisition 26-0193: Senior Ergonomics
Inspector (Fixed Term), National Workplace Wellbeing Agency, Dublin.

This is an automatic confirmation that your application has been received. Candidates who
are shortlisted will be contacted by the Recruitment Unit. Please note that we are unable to
provide individual feedback at the screening stage.

You can track your application by logging in to your candidate profile.

National Workplace Wellbeing Agency - Recruitment Unit
This mailbox is not monitored."""

_amd = """Hallo Itziar Goikoetxea Mendizabal,

vielen Dank für Ihre Bewerbung als Fachkraft für Ergonomie und betriebliche
Gesundheitsförderung (m/w/d) bei der AMD Neckar Arbeitsmedizin.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen diese sorgfältig und melden
uns innerhalb von zwei bis drei Wochen bei Ihnen.

Freundliche Grüße
Ihr Recruiting-Team der AMD Neckar Arbeitsmedizin

Diese E-Mail wurde automatisch erstellt."""

_kaiser = """Liebe Itziar,

herzlichen Dank für Ihr Interesse an Kaiser Kontraktlogistik! Ihre Bewerbung für die Position
"Spezialist Arbeitssicherheit & Ergonomie (m/w/d) - Standort Kornwestheim" ist bei uns
angekommen.

Wir schauen uns Ihre Unterlagen in Ruhe an und melden uns so schnell wie möglich.

Viele Grüße
Ihr Kaiser People Team"""

_schwaben = """Sehr geehrte Frau Goikoetxea Mendizabal,

wir bestätigen den Eingang Ihrer Bewerbung auf die Stelle "Referentin / Referent
Betriebliches Gesundheitsmanagement" (Kennziffer SV-2026-077).

Bitte haben Sie Verständnis dafür, dass die Auswahl einige Zeit in Anspruch nehmen kann.
Sobald wir Ihre Unterlagen geprüft haben, erhalten Sie eine Nachricht von uns.

Mit freundlichen Grüßen
Schwabenland Versicherung - Personalgewinnung
Königstraße 88, 70173 Stuttgart

Dies ist eine automatisch erzeugte Nachricht. Antworten an diese Adresse werden nicht
gelesen."""

_vaihingen = """Guten Tag Frau Goikoetxea Mendizabal,

vielen Dank für Ihre Online-Bewerbung als Wissenschaftliche Mitarbeiterin Ergonomie
(Teilzeit 80 %) am Ergonomie Institut Vaihingen.

Wir haben Ihre Bewerbung erhalten und werden sie nach Ablauf der Bewerbungsfrist
(15.03.2026) gemeinsam mit der Institutsleitung sichten.

Mit freundlichen Grüßen
Ergonomie Institut Vaihingen - Personalverwaltung"""

_stg = """Bonjour Itziar,

Nous vous remercions pour votre candidature au poste d'Ergonome / Kinésithérapeute en
prévention des TMS (CDI, Toulouse) au sein de Santé Travail Garonne.

Votre dossier a bien été reçu. Il sera étudié par l'équipe pluridisciplinaire et par
Camille Rouquette, chargée de recrutement. Nous reviendrons vers vous dans les meilleurs
délais.

Cordialement,
Le service Ressources Humaines
Santé Travail Garonne - Service de prévention et de santé au travail interentreprises"""

_bearn = """Bonjour Itziar,

Merci d'avoir postulé chez Transports Béarn Logistique pour le poste de Préventeur·rice
Ergonomie - plateforme de Lescar (Pau) !

Nous avons bien reçu votre candidature. Notre équipe RH l'étudie attentivement et reviendra
vers vous par e-mail dans un délai de trois semaines environ.

À très vite,
L'équipe Recrutement de Transports Béarn Logistique"""

_occitane = """Madame,

Nous accusons réception de votre candidature pour l'offre n° MO-26-052 « Chargé(e) de
prévention santé au travail » basée à Toulouse.

Votre candidature va être examinée avec attention. Si votre profil correspond à nos
attentes, un membre de l'équipe Recrutement prendra contact avec vous.

Nous vous remercions de l'intérêt que vous portez à la Mutuelle Occitane.

La Direction des Ressources Humaines
Message automatique, merci de ne pas y répondre."""

MESSAGES = [
    m(A, "es", "mutua_ack", company="Mutua Laguntza", frm=MUTUA_SF, date="01-14 08:02 +0000",
      subj="Hemos recibido tu candidatura - Técnico/a de Ergonomía (ref. ML-2026-014)",
      text=_mutua, html=html_shell(_mutua, "Mutua Laguntza", "#00703c"), cte="b64"),
    m(A, "es", "hessler_ack", company="Hessler Fahrzeugtechnik", frm=HESSLER_WD,
      date="01-20 14:31 +0000", subj="Gracias por tu solicitud: R-0048213",
      html=html_shell(_hessler, "Hessler Fahrzeugtechnik", "#0b2545"), cte="qp"),
    m(A, "es", "prev_ack", company="Prevensalud Norte", frm=PREV_TT, date="02-02 10:15 +0000",
      subj="¡Gracias por tu candidatura, Itziar!", text=_prev,
      html=html_shell(_prev, "Prevensalud Norte", "#2a9d8f"), subj_cs=("utf-8", "B")),
    m(A, "es", "ebro_ack", company="Ebro Norte Logística", frm=EBRO_SR, date="02-05 07:48 +0000",
      subj="Ebro Norte Logística: hemos recibido tu solicitud", text=_ebro,
      html=html_shell(_ebro, "Ebro Norte Logística", "#c1121f"), cte="b64"),
    m(A, "es", "atalaya_ack", company="Seguros Atalaya", contact=MARTA[1], frm=ATALAYA_IC,
      reply=MARTA, date="02-09 11:20 +0000",
      subj="Confirmación de candidatura - Ref. 2026-0311", text=_atalaya, cs="iso-8859-1"),
    m(A, "es", "irsl_ack", company="Instituto Riojano de Salud Laboral",
      frm=("Sede Electrónica IRSL", "sede-noreply@irsl.example.es"), date="02-12 17:41",
      subj="Justificante de registro IRSL-E-2026-004187", text=_irsl, cs="iso-8859-1",
      cte="8bit", pdf=[("justificante_IRSL-E-2026-004187.pdf", [
          "INSTITUTO RIOJANO DE SALUD LABORAL", "Justificante de presentacion",
          "Registro: IRSL-E-2026-004187", "Interesada: ITZIAR GOIKOETXEA MENDIZABAL",
          "Convocatoria 2/2026 - Bolsa Tecnico/a Superior en Ergonomia",
          "Fecha: 12/02/2026 17:41:09"])]),
    m(A, "es", "bidean_ack", company="Bidean", contact=LEIRE[1], frm=LEIRE,
      date="01-08 12:06", subj="RE: CV Itziar Goikoetxea - ergonomía / prevención",
      text=_bidean, cte="8bit"),
    m(A, "es", "selecta_ack", company="Plásticos Cinca",
      frm=("Selecta Aragón", "noreply@workablemail.com"), date="03-02 09:12 +0000",
      subj="Tu candidatura: Técnico/a de Ergonomía para Plásticos Cinca (Zaragoza)",
      html=html_shell(_selecta, "Selecta Aragón", "#6a4c93",
                      "Selecta Aragón · Paseo Independencia 21, Zaragoza")),
    m(A, "es", "autobuses_ack", company="Autobuses Gasteiz", contact=MIREN[1], frm=MIREN,
      date="03-09 13:40", subj="Solicitud recibida - Técnica de Prevención (Ergonomía)",
      text=_autobuses, cs="windows-1252", cte="qp", subj_cs=("windows-1252", "Q")),
    m(A, "es", "vitalis_ack", company="Vitalis Health Search",
      frm=("Vitalis Health Search", "candidaturas-noreply@vitalissearch.example.com"),
      date="01-26 19:03", subj="Candidatura recibida - Responsable de Salud Laboral (Norte)",
      text=_vitalis, html=html_shell(_vitalis, "VITALIS", "#7b2cbf"), cte="8bit"),
    m(A, "en", "liffey_ack", company="Liffey Occupational Health", contact=SINEAD[1],
      frm=LIFFEY_GH, reply=SINEAD, date="02-16 15:02 +0000",
      subj="Thanks for applying to Liffey Occupational Health", text=_liffey,
      html=html_shell(_liffey, footer="Powered by Greenhouse"), name_cs=("utf-8", "B")),
    m(A, "en", "harbour_ack", company="Harbourline Logistics", frm=HARBOUR_LV,
      date="03-03 18:27 +0000",
      subj="Your application to Harbourline Logistics", text=_harbour),
    m(A, "en", "clear_ack", company="Clearwater Insurance", contact=NOEL[1], frm=CLEAR_AS,
      reply=NOEL, date="03-10 09:55 +0000",
      subj="Application received: Workplace Health & Ergonomics Consultant", text=_clear,
      html=html_shell(_clear, "Clearwater Insurance", "#005f73")),
    m(A, "en", "nwwa_ack", company="National Workplace Wellbeing Agency", frm=NWWA_TL,
      date="04-01 06:30 +0000",
      subj="Application Received - Requisition 26-0193", text=_nwwa, cte="7bit"),
    m(A, "de", "amd_ack", company="AMD Neckar Arbeitsmedizin", frm=AMD_PS,
      date="02-23 10:04 +0000", subj="Eingangsbestätigung Ihrer Bewerbung",
      text=_amd, html=html_shell(_amd, "AMD Neckar", "#3a5a40"), subj_cs=("utf-8", "B")),
    m(A, "de", "kaiser_ack", company="Kaiser Kontraktlogistik", frm=KAISER_RC,
      date="03-05 16:44 +0000", subj="Danke für Ihre Bewerbung bei Kaiser Kontraktlogistik",
      html=html_shell(_kaiser, "KAISER", "#e76f51"), cte="b64"),
    m(A, "de", "schwaben_ack", company="Schwabenland Versicherung", frm=SCHWABEN_SF,
      date="03-11 07:15 +0000", subj="Ihre Bewerbung - Kennziffer SV-2026-077",
      text=_schwaben, cs="iso-8859-1", cte="qp"),
    m(A, "de", "vaihingen_ack", company="Ergonomie Institut Vaihingen",
      frm=("Ergonomie Institut Vaihingen", "bewerbung-noreply@softgarden.io"),
      date="03-02 12:00 +0000", subj="Bestätigung: Ihre Bewerbung ist eingegangen",
      text=_vaihingen, html=html_shell(_vaihingen, "Ergonomie Institut Vaihingen")),
    m(A, "fr", "stg_ack", company="Santé Travail Garonne", frm=STG_WK,
      date="03-16 08:40 +0000", subj="Candidature reçue - Ergonome / Kinésithérapeute (CDI)",
      text=_stg, html=html_shell(_stg, "Santé Travail Garonne", "#0077b6"),
      subj_cs=("iso-8859-1", "Q")),
    m(A, "fr", "bearn_ack", company="Transports Béarn Logistique", frm=BEARN_TT,
      date="03-18 14:10 +0000", subj="Merci pour votre candidature, Itziar !",
      html=html_shell(_bearn, "Transports Béarn Logistique", "#283618"), cte="b64"),
    m(A, "fr", "occitane_ack", company="Mutuelle Occitane", frm=OCCITANE_TL,
      date="03-20 05:12 +0000", subj="Accusé de réception de votre candidature MO-26-052",
      text=_occitane, cs="windows-1252", cte="8bit", subj_cs=("windows-1252", "B")),
]

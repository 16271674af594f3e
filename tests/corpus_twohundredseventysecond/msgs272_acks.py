# ruff: noqa: C408  (message specs are written as dict(...) calls for readability)
"""Corpus 272, application acknowledgements (21) and offers (10): es 17, en 6, fr 4, de 4."""

from msgs272_common import (
    ME,
    SIG,
    ats_card,
    basic_html,
    forward_block,
    outlook_html,
    reply,
    text_to_html,
)

MESSAGES = []
add = MESSAGES.append

# ================================================================ application_received (21)

# --- a01 Motores del Ebro, Workday -------------------------------------------------------
_t = """\
Hola, Rocío:

Hemos recibido tu candidatura para Técnico/a de Administración de Personal (R-0412) –
Planta de Figueruelas. Gracias por tu interés en formar parte de Motores del Ebro.

Nuestro equipo revisará tu perfil en las próximas semanas. Lamentablemente, por el
volumen de candidaturas no podemos responder individualmente a cada persona; si tu perfil
encaja con lo que buscamos, nos pondremos en contacto contigo.

Puedes consultar el estado de tu candidatura en cualquier momento desde tu cuenta.

Equipo de Adquisición de Talento
Motores del Ebro
"""
add(dict(
    kind="application_received", slug="workday_cannot_reply_individually", lang="es",
    company="Motores del Ebro", contact="",
    frm=("Motores del Ebro", "motoresebro@myworkday.com"),
    subject="Hemos recibido tu candidatura – R-0412",
    date="2026-02-03 19:44 +0000", mid="ebro_ack",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_t,
    html=ats_card("Motores del Ebro · Carreras", "#0b5394", "¡Gracias por tu candidatura!", _t,
                  "Este buzón no admite respuestas.",
                  button=("Ir a mi cuenta",
                          "https://motoresebro.wd3.myworkday.com/es/careers/userHome")),
))

# --- a02 Hospital Alto Jiloca, SuccessFactors, latin-1 -----------------------------------
_t = """\
Estimada Sra. Bianchi-Mendoza:

Le confirmamos la recepción de su solicitud para la oferta 2026/014 Auxiliar
Administrativo/a de Recursos Humanos (Teruel).

La Unidad de Personal estudiará todas las solicitudes recibidas dentro de plazo. En caso
de que su perfil sea preseleccionado, contactaremos con usted por teléfono o correo
electrónico.

Atentamente,
Unidad de Personal
Fundación Hospital Alto Jiloca

Mensaje generado automáticamente. Por favor, no responda a esta dirección.
"""
add(dict(
    kind="application_received", slug="successfactors_latin1", lang="es",
    company="Hospital Alto Jiloca", contact="",
    frm=("Fundación Hospital Alto Jiloca", "noreply@successfactors.eu"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Confirmación de recepción de su solicitud 2026/014",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-03-02 08:12 +0100", mid="jiloca_ack",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_t, charset="iso-8859-1", cte="quoted-printable",
))

# --- a03 Temporalia, agency registration -------------------------------------------------
_t = """\
Hola Rocío:

Gracias por pasarte ayer por la delegación. Te confirmo que ya estás dada de alta en
nuestra base de datos de candidatos para puestos de administración, recepción y apoyo a
RRHH en Zaragoza y alrededores.

En los próximos días te llamaré para completar tu perfil con una breve entrevista
telefónica. Mientras tanto, si cambias de teléfono o de disponibilidad, avísame por aquí.

Un saludo,
Raúl Pardos
Consultor · Temporalia ETT · Delegación Zaragoza
C/ Coso 98, 3.º · 50001 Zaragoza · 976 30 55 12

Temporalia ETT, S.L. · Autorización administrativa n.º 50/0031/97. Sus datos se tratan
para gestionar su candidatura; puede ejercer sus derechos en privacidad@temporalia.example.es.
"""
add(dict(
    kind="application_received", slug="ett_registration", lang="es",
    company="Temporalia", contact="raul.pardos@temporalia.example.es",
    frm=("Raúl Pardos | Temporalia", "raul.pardos@temporalia.example.es"),
    subject="Alta en Temporalia",
    date="2026-01-08 13:30 +0100", mid="temporalia_ack",
    text=_t, html=basic_html(_t),
))

# --- a04 Componentes Arga, Personio -----------------------------------------------------
_t = """\
Hola Rocío Bianchi-Mendoza,

¡Gracias por tu candidatura para el puesto de Administrativo/a de Personal!

La hemos recibido correctamente y el equipo de Recursos Humanos la revisará con atención.
Te informaremos por correo electrónico sobre los siguientes pasos.

Un saludo,
Componentes Arga
"""
add(dict(
    kind="application_received", slug="personio_ack", lang="es",
    company="Componentes Arga", contact="",
    frm=("Componentes Arga", "noreply@personio.de"),
    subject="Tu candidatura a Administrativo/a de Personal",
    date="2026-05-04 20:31 +0000", mid="arga_ack",
    text=_t,
    html=ats_card("Componentes Arga", "#264653", "Candidatura recibida", _t,
                  "Powered by Personio · Aviso de privacidad"),
))

# --- a05 Clínica Montecanal, Teamtailor, HTML only ---------------------------------------
_t = """\
Hola Rocío,

¡Gracias por enviarnos tu candidatura para Administrativo/a de Personal!

Ya la tenemos y la estamos revisando. Te escribiremos en cuanto tengamos novedades,
normalmente en un plazo de dos semanas.

Mientras tanto, puedes conocer mejor cómo trabajamos en nuestra página de empleo.

Equipo de Personas · Clínica Montecanal
"""
add(dict(
    kind="application_received", slug="teamtailor_html_only", lang="es",
    company="Clínica Montecanal", contact="",
    frm=("Clínica Montecanal", "no-reply@teamtailor-mail.com"),
    subject="¡Gracias por tu candidatura, Rocío!",
    subj_enc=("utf-8", "B"),
    date="2026-08-03 18:02 +0000", mid="montecanal_ack",
    html=ats_card("Clínica Montecanal", "#2a9d8f", "Candidatura recibida", _t,
                  "Enviado con Teamtailor",
                  button=("Conócenos", "https://clinicamontecanal.teamtailor.com/")),
    html_cte="quoted-printable",
))

# --- a06 Ayuntamiento de Valdecinca, e-registry receipt with PDF -------------------------
_t = """\
REGISTRO ELECTRÓNICO GENERAL – AYUNTAMIENTO DE VALDECINCA

Justificante de presentación

Número de registro: 2026-E-RE-000412
Fecha y hora: 12/01/2026 18:47:03
Interesada: BIANCHI-MENDOZA, ROCÍO
Asunto: Solicitud de admisión – Bolsa de empleo Auxiliar Administrativo/a (RRHH)
Documentos: Solicitud.pdf, DNI.pdf, Titulacion.pdf, Curriculum.pdf

Su solicitud ha sido registrada correctamente. Se adjunta el justificante en PDF.

Este es un mensaje automático; no responda a esta dirección.
"""
add(dict(
    kind="application_received", slug="council_eregistry_receipt", lang="es",
    company="Ayuntamiento de Valdecinca", contact="",
    frm=("Registro Electrónico Valdecinca", "no-reply@sede.valdecinca.example.es"),
    subject="Justificante de registro 2026-E-RE-000412",
    date="2026-01-12 18:47 +0100", mid="valdecinca_ack",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_t,
    pdfs=[("Justificante_2026-E-RE-000412.pdf", "Justificante de registro",
           ["Ayuntamiento de Valdecinca - Registro Electrónico General",
            "Número: 2026-E-RE-000412   Fecha: 12/01/2026 18:47:03",
            "Interesada: BIANCHI-MENDOZA, ROCÍO",
            "Asunto: Solicitud de admisión, bolsa Auxiliar Administrativo/a (RRHH)"])],
))

# --- a07 Pirineo Outdoor, human "we've received your CV" ---------------------------------
_t = """\
Hola Rocío:

Te confirmo que nos ha llegado tu CV para el puesto de auxiliar de personal en el almacén
de Huesca. Ahora mismo estamos recogiendo candidaturas hasta final de mes; después
haremos una primera criba y te diremos algo, sea cual sea la respuesta.

Gracias por pensar en nosotros.

Óscar Lanuza
Administración · Pirineo Outdoor
Pol. Sepes, C/ Comercio 14 · 22006 Huesca · 974 23 45 10
"""
add(dict(
    kind="application_received", slug="human_cv_received", lang="es",
    company="Pirineo Outdoor", contact="oscar.lanuza@pirineooutdoor.example.es",
    frm=("Óscar Lanuza", "oscar.lanuza@pirineooutdoor.example.es"),
    frm_enc=("utf-8", "Q"),
    subject="Re: CV auxiliar de personal",
    date="2026-03-18 09:14 +0100", irt="pirineo_cv",
    text=_t, cte="8bit",
))

# --- a08 Almozara Logística, SmartRecruiters ---------------------------------------------
_t = """\
Hola Rocío,

Gracias por solicitar el puesto Auxiliar Administrativo/a de RRHH en Almozara Logística.

Hemos recibido tu solicitud. Nuestro equipo de selección la revisará y, si tu perfil se
ajusta a los requisitos, te contactaremos para los siguientes pasos.

Atentamente,
Almozara Logística
"""
add(dict(
    kind="application_received", slug="smartrecruiters_ack", lang="es",
    company="Almozara Logística", contact="",
    frm=("Almozara Logística", "no-reply@smartrecruiters.com"),
    subject="Gracias por tu solicitud en Almozara Logística",
    date="2026-01-20 22:05 +0000", mid="almozara_ack",
    text=_t,
    html=ats_card("Almozara Logística", "#f4a261", "Solicitud recibida", _t,
                  "SmartRecruiters · Política de privacidad"),
))

# --- a09 Grupo Sanitario Rioja Alta, iCIMS ----------------------------------------------
_t = """\
Hola Rocío:

Gracias por enviar tu solicitud para Administrativo/a de Gestión de Personal
(ref. 2026-1873). Confirmamos que la hemos registrado en nuestro sistema.

Revisaremos tu experiencia frente a los requisitos del puesto. Te recordamos que puedes
actualizar tu perfil o retirar tu candidatura desde el portal.

Selección · Grupo Sanitario Rioja Alta
"""
add(dict(
    kind="application_received", slug="icims_ack", lang="es",
    company="Grupo Sanitario Rioja Alta", contact="",
    frm=("Grupo Sanitario Rioja Alta", "no-reply@icims.com"),
    subject="Solicitud recibida: Administrativo/a de Gestión de Personal",
    date="2026-07-13 16:20 +0000", mid="riojaalta_ack",
    text=_t, cte="base64",
))

# --- a10 Navarra Cross-Dock, Workable ---------------------------------------------------
_t = """\
Hola Rocío:

Gracias por tu interés en Navarra Cross-Dock. Hemos recibido tu candidatura para
Administrativa de RRHH (Noáin).

¿Y ahora qué? Revisaremos todas las solicitudes y, si tu perfil encaja, te propondremos
una entrevista telefónica. El proceso suele durar unas tres semanas.

Equipo de Selección de Navarra Cross-Dock
"""
add(dict(
    kind="application_received", slug="workable_ack", lang="es",
    company="Navarra Cross-Dock", contact="",
    frm=("Navarra Cross-Dock", "noreply@workablemail.com"),
    subject="Candidatura recibida – Administrativa de RRHH",
    date="2026-06-03 07:55 +0000", mid="crossdock_ack",
    text=_t,
    html=ats_card("Navarra Cross-Dock", "#e76f51", "Candidatura recibida", _t, "Workable"),
))

# --- a11 Bodegas Moncayo Alto, Recruitee, "lamentablemente" but not a no --------------------
_t = """\
Hola Rocío,

Gracias por tu candidatura para Administrativa de Personal en Bodegas Moncayo Alto. La
hemos recibido y ya forma parte del proceso.

Recibimos muchas solicitudes y lamentablemente no podemos responder de forma individual a
todas ellas. Si tu perfil encaja con lo que buscamos, te contactaremos en las próximas
tres semanas.

Un saludo,
Bodegas Moncayo Alto
"""
add(dict(
    kind="application_received", slug="recruitee_unfortunately_no_reply", lang="es",
    company="Bodegas Moncayo Alto", contact="",
    frm=("Bodegas Moncayo Alto", "no-reply@jobs.recruitee.com"),
    subject="Hemos recibido tu candidatura",
    date="2026-02-02 11:06 +0000", mid="moncayoalto_ack",
    text=_t, html=basic_html(_t), cte="quoted-printable",
))

# --- a12 Liffey Foods, Greenhouse -------------------------------------------------------
_t = """\
Hi Rocío,

Thanks for applying to Liffey Foods! Your application for HR Administrator has been
received and our team will review it shortly.

If your experience looks like a good match, someone from our Talent team will reach out
to discuss next steps.

Regards,
Liffey Foods Talent Team
"""
add(dict(
    kind="application_received", slug="greenhouse_ack_en", lang="en",
    company="Liffey Foods", contact="",
    frm=("Liffey Foods", "no-reply@greenhouse-mail.io"),
    subject="Thank you for applying to Liffey Foods",
    date="2026-06-01 21:18 +0100", mid="liffey_ack",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_t,
    html=ats_card("Liffey Foods", "#1d3557", "Application received", _t,
                  "Liffey Foods Ltd · Dublin 15", lang="en"),
))

# --- a13 Clontarf Clinic Group, Lever, "unfortunately" --------------------------------------
_t = """\
Dear Rocío,

Thank you for your interest in the Medical HR Coordinator position at Clontarf Clinic
Group. This is to confirm that we have received your application.

Unfortunately, due to the high volume of applications, we are not able to reply to every
applicant individually. Our recruitment team will be in touch if your profile is selected
for the next stage.

Kind regards,
Clontarf Clinic Group Recruitment
"""
add(dict(
    kind="application_received", slug="lever_unfortunately_en", lang="en",
    company="Clontarf Clinic Group", contact="",
    frm=("Clontarf Clinic Group", "no-reply@hire.lever.co"),
    subject="We've received your application",
    date="2026-05-18 10:40 +0100", mid="clontarf_ack",
    text=_t, html=basic_html(_t, "en"),
))

# --- a14 Greenline Recruitment, registration ------------------------------------------
_t = """\
Hi Rocío,

Lovely to speak with you this morning. This is just to confirm you're now registered with
Greenline Recruitment for office, HR support and payroll administration roles in Dublin.

I've your CV, right-to-work details and availability (from mid-September) on file. I'll
be in touch as soon as something suitable comes in - and feel free to ring me any time.

Best,
Conor Whelan
Senior Consultant, Office & HR Support
Greenline Recruitment | 8 Lower Baggot Street, Dublin 2 | +353 1 675 2290

This email and any attachments are confidential. If you have received it in error please
notify the sender and delete it. Greenline Recruitment Ltd, registered in Ireland no. 512904.
"""
add(dict(
    kind="application_received", slug="agency_registration_en", lang="en",
    company="Greenline Recruitment", contact="conor.whelan@greenlinerecruit.example.ie",
    frm=("Conor Whelan", "conor.whelan@greenlinerecruit.example.ie"),
    subject="Welcome to Greenline - you're registered",
    date="2026-09-01 12:26 +0100", mid="greenline_ack",
    text=_t, html=basic_html(_t, "en"),
))

# --- a15 Ringsend Bakeries, BambooHR ----------------------------------------------------
_t = """\
Hi Rocío,

Thank you for applying for the HR Administrator position at Ringsend Bakeries. We have
received your application and we'll look at it carefully over the next week or so.

Thanks again for your interest!

Ringsend Bakeries
"""
add(dict(
    kind="application_received", slug="bamboohr_ack_en", lang="en",
    company="Ringsend Bakeries", contact="",
    frm=("Ringsend Bakeries", "no-reply@bamboohr.com"),
    subject="Application received: HR Administrator",
    date="2026-09-14 08:15 +0000", mid="ringsend_ack",
    text=_t,
))

# --- a16 Aérostructures Garonne, Taleo ---------------------------------------------------
_t = """\
Madame Bianchi-Mendoza,

Nous accusons réception de votre candidature au poste de Gestionnaire Administration du
Personnel (réf. AG-26-0311) et vous remercions de l'intérêt que vous portez à notre
entreprise.

Votre dossier va être étudié avec attention par nos équipes. Si votre profil correspond
à nos attentes, nous prendrons contact avec vous dans les meilleurs délais.

Cordialement,
La Direction des Ressources Humaines
Aérostructures Garonne
"""
add(dict(
    kind="application_received", slug="taleo_accuse_reception", lang="fr",
    company="Aérostructures Garonne", contact="",
    frm=("Aérostructures Garonne", "no-reply@taleo.net"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Accusé de réception de votre candidature",
    date="2026-02-09 07:02 +0000", mid="garonne_ack",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_t, charset="iso-8859-1", cte="quoted-printable",
))

# --- a17 Occitalent, registration -------------------------------------------------------
_t = """\
Bonjour Rocío,

Suite à notre échange téléphonique de ce matin, je vous confirme votre inscription au
sein du Cabinet Occitalent. Votre dossier (CV, lettre et attestations de formation) est
complet.

Je vous proposerai des missions d'assistante RH et administrative sur Toulouse et sa
périphérie dès qu'elles correspondront à votre profil.

Bien cordialement,
Hélène Fabre
Consultante Recrutement – Cabinet Occitalent
22 allées Jean-Jaurès, 31000 Toulouse – 05 61 48 20 93
"""
add(dict(
    kind="application_received", slug="agency_registration_fr", lang="fr",
    company="Occitalent", contact="helene.fabre@occitalent.example.fr",
    frm=("Hélène Fabre", "helene.fabre@occitalent.example.fr"),
    frm_enc=("iso-8859-1", "B"),
    subject="Confirmation de votre inscription",
    date="2026-06-08 11:40 +0200", mid="occitalent_ack",
    text=_t, html=basic_html(_t, "fr"),
))

# --- a18 Clinique du Canal, human, reply to her application ------------------------------
_app = """\
Madame,

Je me permets de vous adresser ma candidature spontanée pour un poste d'assistante
administration du personnel au sein de votre clinique. Vous trouverez mon CV en pièce
jointe.

Cordialement,
Rocío Bianchi-Mendoza
"""
_t = reply("""\
Bonjour Madame,

Nous avons bien reçu votre CV et votre lettre, merci. Je les transmets à notre
responsable de l'administration du personnel, qui reviendra vers vous si un poste
correspond à votre profil.

Bonne journée,
Accueil RH, Sylvie Marty
Clinique du Canal, 14 quai de l'Exode, 31000 Toulouse
""", "fr", "mar. 31 mars 2026 à 21:15", "Rocío Bianchi-Mendoza", "rocio.bm@example.es", _app)
add(dict(
    kind="application_received", slug="human_cv_received_fr", lang="fr",
    company="Clinique du Canal", contact="s.marty@cliniqueducanal.example.fr",
    frm=("Sylvie Marty", "s.marty@cliniqueducanal.example.fr"),
    subject="RE: Candidature spontanée - assistante administration du personnel",
    date="2026-04-02 10:05 +0200", mid="canal_ack", irt="canal_application",
    text=_t, charset="iso-8859-1", cte="8bit",
))

# --- a19 Isarwerk, SuccessFactors -------------------------------------------------------
_t = """\
Sehr geehrte Frau Bianchi-Mendoza,

vielen Dank für Ihre Bewerbung als Sachbearbeiterin Personaladministration (w/m/d) bei
der Isarwerk Fahrzeugtechnik GmbH. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns in den nächsten zwei bis drei Wochen
bei Ihnen.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Isarwerk Fahrzeugtechnik
"""
add(dict(
    kind="application_received", slug="successfactors_eingang_de", lang="de",
    company="Isarwerk Fahrzeugtechnik", contact="",
    frm=("Isarwerk Fahrzeugtechnik Recruiting", "noreply@successfactors.eu"),
    subject="Eingangsbestätigung Ihrer Bewerbung",
    subj_enc=("iso-8859-1", "B"),
    date="2026-03-02 17:40 +0100", mid="isarwerk_ack",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_t,
    html=ats_card("Isarwerk Fahrzeugtechnik", "#00457c", "Vielen Dank für Ihre Bewerbung", _t,
                  "Bitte antworten Sie nicht auf diese E-Mail.", lang="de"),
))

# --- a20 Klinik am Westpark, softgarden ------------------------------------------------
_t = """\
Guten Tag Frau Bianchi-Mendoza,

Ihre Bewerbung als Mitarbeiterin Personalservice ist bei uns eingegangen – herzlichen Dank!

Wir sichten alle Unterlagen bis Ende Juni und melden uns dann bei Ihnen. Den Status Ihrer
Bewerbung können Sie jederzeit in Ihrem softgarden-Konto einsehen.

Freundliche Grüße
Personalabteilung Klinik am Westpark
"""
add(dict(
    kind="application_received", slug="softgarden_eingang_de", lang="de",
    company="Klinik am Westpark", contact="",
    frm=("Klinik am Westpark", "noreply@softgarden.io"),
    subject="Ihre Bewerbung ist eingegangen",
    date="2026-06-22 09:31 +0200", mid="westpark_ack",
    text=_t, cte="quoted-printable",
))

# --- a21 Alpina Personal, temp agency registration --------------------------------------
_t = """\
Hallo Frau Bianchi-Mendoza,

schön, dass Sie sich bei Alpina Personal registriert haben. Ihr Profil für kaufmännische
Tätigkeiten und Personalverwaltung im Raum München ist jetzt angelegt, Ihre Unterlagen
sind vollständig.

Ich melde mich, sobald ein Kundeneinsatz zu Ihnen passt. Bei Fragen erreichen Sie mich
direkt unter der unten stehenden Nummer.

Beste Grüße
Stefanie Wimmer
Personaldisponentin | Alpina Personal GmbH | Landsberger Str. 155 | 80687 München
Tel. 089 57 93 46 0
"""
add(dict(
    kind="application_received", slug="temp_agency_registration_de", lang="de",
    company="Alpina Personal", contact="s.wimmer@alpina-personal.example.de",
    frm=("Stefanie Wimmer", "s.wimmer@alpina-personal.example.de"),
    subject="Ihre Registrierung bei Alpina Personal",
    date="2026-09-07 15:10 +0200", mid="alpina_ack",
    text=_t, html=basic_html(_t, "de"), charset="iso-8859-1", html_charset="utf-8",
))

# =============================================================================== offer (10)

# --- o01 Cooperativa Monegros, verbal offer follow-up, quotes her thank-you ---------------
_thanks = """\
Hola Pilar:

Muchas gracias por la entrevista de ayer y por el café. Salí con muy buenas sensaciones y
con muchas ganas de echaros una mano con el personal de campaña.

Un saludo,
Rocío
"""
_t = reply("""\
Hola Rocío:

Como te adelanté ayer por teléfono, queremos que te incorpores como administrativa de
personal. Te resumo lo que hablamos:

- Contrato indefinido, jornada completa (8:00 a 15:30)
- 1.480 € brutos al mes en 14 pagas
- Incorporación el lunes 4 de mayo, en Sariñena

Si te parece bien, dinos algo antes del miércoles y preparamos los papeles.

Un abrazo,
Pilar Ballarín
Cooperativa Agroalimentaria Monegros
""", "es", "vie, 10 abr 2026 a las 8:51", "Rocío Bianchi-Mendoza", "rocio.bm@example.es", _thanks)
add(dict(
    kind="offer", slug="verbal_offer_follow_up", lang="es",
    company="Cooperativa Monegros", contact="pilar.ballarin@coopmonegros.example.es",
    frm=("Pilar Ballarín", "pilar.ballarin@coopmonegros.example.es"),
    subject="Re: Gracias por la entrevista",
    date="2026-04-17 10:22 +0200", irt="monegros_thanks",
    refs=["monegros_invite", "monegros_thanks"],
    text=_t, html=text_to_html(_t),
))

# --- o02 Talento Cierzo: the client wants to make an offer (inline forward) ---------------
_client = """\
Beatriz, buenas tardes:

Hemos terminado la ronda con las tres finalistas y nos quedamos con Rocío. Nos gustaría
hacerle una propuesta: técnica de administración de personal, contrato indefinido,
26.500 € brutos anuales y jornada intensiva en verano. ¿Se lo puedes trasladar y vemos
fecha de incorporación?

Íñigo Garrido
Director de RRHH · Bodegas Valdelaviña
"""
_t = """\
¡Rocío!

Te lo reenvío tal cual me ha llegado: Bodegas Valdelaviña quiere hacerte una oferta. Te
llamo en media hora para comentarla con calma (salario, horario de vendimia y la fecha de
incorporación que les propondríamos).

Enhorabuena, te lo has trabajado.

Beatriz Sáenz Oteo
Senior Consultant · Talento Cierzo Consultores de Selección

""" + forward_block("es", "Íñigo Garrido <igarrido@valdelavina.example.es>",
                    "vie, 3 jul 2026, 16:48", "Finalistas administración de personal",
                    "Beatriz Sáenz Oteo <beatriz.saenz@talentocierzo.example.es>", _client)
add(dict(
    kind="offer", slug="headhunter_client_wants_offer", lang="es",
    company="Bodegas Valdelaviña", contact="beatriz.saenz@talentocierzo.example.es",
    frm=("Beatriz Sáenz Oteo", "beatriz.saenz@talentocierzo.example.es"),
    frm_enc=("utf-8", "B"),
    subject="Fwd: Finalistas administración de personal",
    date="2026-07-03 17:10 +0200", refs=["cierzo_invite", "cierzo_move"],
    text=_t, html=basic_html(_t),
))

# --- o03 Componentes Arga, formal offer with PDF ----------------------------------------
_t = """\
Estimada Rocío:

Nos complace comunicarte que has sido seleccionada para el puesto de Administrativo/a de
Personal en Componentes Arga. Adjuntamos la carta de oferta con las condiciones:
contrato indefinido, grupo profesional 4 del convenio del metal de Navarra, salario bruto
anual de 25.200 € e incorporación prevista el 1 de julio de 2026.

Te agradeceríamos que nos devolvieras la carta firmada antes del 12 de junio. Para
cualquier duda sobre las condiciones, estoy a tu disposición.

Un cordial saludo,

Iñaki Goñi Arraiza
Técnico de Recursos Humanos · Componentes Arga
Calle N, 4 · Polígono de Landaben · 31012 Pamplona · Tel. 948 31 77 02
"""
add(dict(
    kind="offer", slug="formal_offer_pdf", lang="es",
    company="Componentes Arga", contact="inaki.goni@componentesarga.example.es",
    frm=("Iñaki Goñi Arraiza", "inaki.goni@componentesarga.example.es"),
    subject="Carta de oferta – Administrativo/a de Personal",
    date="2026-06-05 12:48 +0200", refs=["arga_invite", "arga_update"],
    text=_t, html=outlook_html(_t),
    pdfs=[("Carta_oferta_Componentes_Arga.pdf", "Carta de oferta",
           ["Componentes Arga - Pamplona, 5 de junio de 2026",
            "Dña. Rocío Bianchi-Mendoza",
            "Puesto: Administrativo/a de Personal",
            "Contrato indefinido. Grupo profesional 4, convenio del metal de Navarra.",
            "Salario bruto anual: 25.200 EUR. Incorporación: 1 de julio de 2026.",
            "Firma de aceptación: ______________________"])],
))

# --- o04 Residencias Gerón Aragón, contract sent for e-signature ------------------------
_t = """\
Hola Rocío Bianchi-Mendoza:

Lorena Casanova (Residencias Gerón Aragón) te ha enviado un documento para que lo revises
y lo firmes:

  Contrato de trabajo – Auxiliar Administrativa RRHH (inicio 1 de octubre de 2026)

Mensaje de Lorena: «¡Bienvenida al equipo! Te dejo el contrato para firmar; si ves
cualquier cosa que no cuadre con lo que hablamos, respóndeme a este mismo correo.»

El enlace caduca en 7 días.
"""
add(dict(
    kind="offer", slug="contract_esignature", lang="es",
    company="Residencias Gerón Aragón", contact="lcasanova@geronaragon.example.es",
    frm=("Lorena Casanova vía FirmaDoc", "no-reply@firmadoc.example.com"),
    reply_to=("Lorena Casanova", "lcasanova@geronaragon.example.es"),
    subject="Lorena Casanova te ha enviado «Contrato de trabajo – Auxiliar Administrativa RRHH»",
    date="2026-09-24 13:00 +0200", refs=["geron_invite", "geron_move"],
    headers=[("Auto-Submitted", "auto-generated")],
    text=_t,
    html=ats_card("FirmaDoc", "#3949ab", "Documento pendiente de firma", _t,
                  "FirmaDoc · firma electrónica avanzada",
                  button=("Revisar y firmar", "https://app.firmadoc.example.com/sign/Gx82kQ")),
))

# --- o05 Grupo Logístico Cinca, offer after the trial day, PDF, cp1252 -------------------
_t = """\
Buenos días, Rocío:

Después de la jornada de prueba del 24 de agosto, lo tenemos claro: nos gustaría que te
incorporaras al departamento de personal de Grupo Logístico Cinca.

Te adjunto la propuesta por escrito: contrato de un año con paso a indefinido,
1.620 € brutos mensuales en 14 pagas, horario de 7:30 a 15:00 y ayuda de transporte
desde Zaragoza mientras no te traslades a Monzón.

Cuando la hayas leído, llámame y la comentamos.

Alberto Mur Lacasa
Jefe de Administración y Personal
Grupo Logístico Cinca · Pol. La Armentera, C/ Cinca 9 · 22400 Monzón (Huesca)
T. 974 40 16 60 · M. 689 20 11 47
"""
add(dict(
    kind="offer", slug="offer_after_trial_day_pdf", lang="es",
    company="Grupo Logístico Cinca", contact="amur@logisticacinca.example.es",
    frm=("Alberto Mur Lacasa", "amur@logisticacinca.example.es"),
    subject="Propuesta de incorporación",
    date="2026-09-04 09:10 +0200", irt="cinca_invite",
    text=_t, charset="windows-1252", cte="quoted-printable",
    pdfs=[("Propuesta_incorporacion_RBM.pdf", "Propuesta de incorporación",
           ["Grupo Logístico Cinca - Monzón, 4 de septiembre de 2026",
            "Candidata: Rocío Bianchi-Mendoza",
            "Puesto: Administrativa del departamento de personal",
            "Contrato: 12 meses con conversión a indefinido",
            "Retribución: 1.620 EUR brutos/mes, 14 pagas. Horario 7:30-15:00."])],
))

# --- o06 Conservas Ribera Navarra, verbal offer follow-up, base64 -----------------------
_t = """\
Buenas tardes, Rocío:

Tal y como le comenté esta mañana por teléfono, la dirección ha aprobado su contratación
como Técnica de Administración de Personal en nuestra planta de Tudela.

Le confirmo por escrito las condiciones que hablamos: 27.000 € brutos anuales,
contrato indefinido con seis meses de periodo de prueba e incorporación el 16 de
noviembre. La semana que viene le enviaremos el contrato.

Quedamos pendientes de su confirmación.

Un cordial saludo,
Maite Arbizu Lacarra
Dpto. de Recursos Humanos · Conservas Ribera Navarra
"""
add(dict(
    kind="offer", slug="verbal_offer_confirmed_b64", lang="es",
    company="Conservas Ribera Navarra", contact="marbizu@conservasriberanavarra.example.es",
    frm=("Maite Arbizu Lacarra", "marbizu@conservasriberanavarra.example.es"),
    subject="Confirmación de condiciones",
    date="2026-10-20 17:35 +0200", refs=["riberanavarra_invite"],
    text=_t, cte="base64",
))

# --- o07 Ringsend Bakeries, offer letter PDF --------------------------------------------
_t = """\
Hi Rocío,

Following our chat and your visit to the Ringsend shop, I'm delighted to offer you the
HR Administrator role! Your offer letter is attached: EUR 34,000 a year, 39 hours a week,
starting Monday 2 November, with a six-month probation.

Have a read and send me back a signed copy (a photo is fine) by Friday 16 October.
Any questions, shout.

Orla

Orla Kinsella
Operations & People | Ringsend Bakeries
Unit 3, Thorncastle Street, Ringsend, Dublin 4
"""
add(dict(
    kind="offer", slug="offer_letter_pdf_en", lang="en",
    company="Ringsend Bakeries", contact="orla@ringsendbakeries.example.ie",
    frm=("Orla Kinsella", "orla@ringsendbakeries.example.ie"),
    subject="Your offer from Ringsend Bakeries",
    date="2026-10-06 15:30 +0100", refs=["ringsend_ack", "ringsend_invite"],
    text=_t, html=basic_html(_t, "en"),
    pdfs=[("Ringsend_Bakeries_Offer_Letter.pdf", "Offer of Employment",
           ["Ringsend Bakeries - 6 October 2026",
            "Dear Rocío Bianchi-Mendoza,",
            "We are pleased to offer you the position of HR Administrator.",
            "Salary: EUR 34,000 per annum. Hours: 39 per week. Start: 2 November 2026.",
            "Please sign and return by 16 October 2026."])],
))

# --- o08 Grand Canal Logistics, offer with non-ASCII PDF name ---------------------------
_t = """\
Dear Rocío,

On behalf of Grand Canal Logistics, I am pleased to confirm our offer for the position of
HR & Payroll Administrator based at our Ringsend depot. The attached letter sets out the
terms we discussed: an annual salary of EUR 36,500, hybrid working after probation and a
start date of 16 November 2026.

To accept, please sign the letter and return it to me by 20 October. I look forward to
welcoming you to the team.

Kind regards,

Niamh Brennan
Head of People, Grand Canal Logistics
Grand Canal Quay, Dublin 2 | +353 1 661 0930
"""
add(dict(
    kind="offer", slug="offer_pdf_rfc2231_name_en", lang="en",
    company="Grand Canal Logistics", contact="niamh.brennan@grandcanallogistics.example.ie",
    frm=("Niamh Brennan", "niamh.brennan@grandcanallogistics.example.ie"),
    subject="Offer of employment – HR & Payroll Administrator",
    date="2026-10-09 11:02 +0100", refs=["grandcanal_application"],
    text=_t, html=outlook_html(_t, "en"),
    pdfs=[("Offer letter – Rocío Bianchi-Mendoza.pdf", "Offer of Employment",
           ["Grand Canal Logistics - 9 October 2026",
            "Position: HR & Payroll Administrator",
            "Salary: EUR 36,500 per annum. Start date: 16 November 2026.",
            "Signed: Niamh Brennan, Head of People"])],
))

# --- o09 Clinique du Canal, promesse d'embauche -----------------------------------------
_t = """\
Bonjour Rocío,

Suite à votre journée d'immersion et à notre entretien de jeudi, j'ai le plaisir de vous
proposer le poste d'assistante administration du personnel à la Clinique du Canal, en
CDI, à compter du 1er juin 2026.

Vous trouverez en pièce jointe la promesse d'embauche précisant la rémunération
(2 050 € bruts mensuels sur 13 mois) et les horaires. Je vous remercie de me la retourner
signée sous huit jours si elle vous convient.

Au plaisir de vous accueillir dans l'équipe,
Nathalie Roques
Responsable administration du personnel, Clinique du Canal
"""
add(dict(
    kind="offer", slug="promesse_embauche_fr", lang="fr",
    company="Clinique du Canal", contact="n.roques@cliniqueducanal.example.fr",
    frm=("Nathalie Roques", "n.roques@cliniqueducanal.example.fr"),
    subject="Proposition d'embauche – assistante administration du personnel",
    subj_enc=("utf-8", "B"),
    date="2026-05-04 16:20 +0200", refs=["canal_invite", "canal_move", "canal_thanks"],
    text=_t, html=basic_html(_t, "fr"),
    pdfs=[("Promesse_embauche.pdf", "Promesse d'embauche",
           ["Clinique du Canal - Toulouse, le 4 mai 2026",
            "Madame Rocío Bianchi-Mendoza",
            "Poste : assistante administration du personnel (CDI)",
            "Date d'entrée : 1er juin 2026. Rémunération : 2 050 EUR bruts x 13."])],
))

# --- o10 Freiham Logistik, contract for signature ---------------------------------------
_t = """\
Hallo Frau Bianchi-Mendoza,

nach dem Probearbeitstag sind wir uns einig: Wir möchten Sie sehr gern als
Personalsachbearbeiterin bei Freiham Logistik einstellen. Anbei erhalten Sie Ihren
Arbeitsvertrag (unbefristet, 40 Stunden, 3.350 € brutto monatlich, Beginn 1. Juli 2026)
zur Unterschrift.

Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 10. Juni zurück – gern
eingescannt per E-Mail.

Viele Grüße
Julia Hartl
Personalreferentin | Freiham Logistik
Bodenseestraße 322 | 81249 München | Tel. 089 87 12 55-30
"""
add(dict(
    kind="offer", slug="contract_for_signature_de", lang="de",
    company="Freiham Logistik", contact="j.hartl@freiham-logistik.example.de",
    frm=("Julia Hartl", "j.hartl@freiham-logistik.example.de"),
    subject="Ihr Arbeitsvertrag zur Unterschrift",
    date="2026-05-29 10:45 +0200", refs=["freiham_invite", "freiham_move"],
    text=_t, html=basic_html(_t, "de"),
    pdfs=[("Arbeitsvertrag_Bianchi-Mendoza.pdf", "Arbeitsvertrag",
           ["Freiham Logistik - München, 29. Mai 2026",
            "Arbeitnehmerin: Rocío Bianchi-Mendoza",
            "Tätigkeit: Personalsachbearbeiterin, unbefristet, 40 Std./Woche",
            "Vergütung: 3.350 EUR brutto monatlich. Beginn: 1. Juli 2026."])],
))

assert len(MESSAGES) == 31
_ = (ME, SIG)

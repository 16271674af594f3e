"""Stand-alone acknowledgements and a few offers of corpus 305."""

from __future__ import annotations

from msgs305_common import M, Spec

ACK = "application_received"
OFFER = "offer"

SPANISH: list[Spec] = [
    M(ACK, "es", "Aceros del Nervión", "aceros_nervion_successfactors_ack",
      ("Aceros del Nervión - Selección", "noreply@successfactors.eu"),
      "2026-02-09 18:31 +0100", "Confirmación de candidatura – Analista de Procesos y Datos",
      "Estimado/a Aitor Goikoetxea:\n\n"
      "Te confirmamos que hemos recibido correctamente tu candidatura para la posición\n"
      "Analista de Procesos y Datos de Planta (ref. 24519).\n\n"
      "Revisaremos tu perfil y, en caso de que avances en el proceso, te contactaremos. "
      "Debido\nal volumen de solicitudes, no podemos dar respuesta individual a todas "
      "las personas\ncandidatas.\n\n"
      "Atentamente,\nDepartamento de Personas – Aceros del Nervión\n\n"
      "Este correo se ha enviado desde una dirección que no acepta respuestas.",
      layout="alt", brand="#495057", subj_enc=("b", "utf-8"), cte="quoted-printable"),
    M(ACK, "es", "Araba Kutxa", "araba_kutxa_taleo_ack",
      ("Araba Kutxa Empleo", "araba-kutxa@taleo.net"), "2026-02-25 21:47 +0100",
      "Confirmación de recepción de su solicitud",
      "Estimado Aitor Goikoetxea:\n\n"
      "Gracias por su interés en Araba Kutxa. Hemos recibido su solicitud para el puesto "
      "de\nAnalista de Negocio Digital (número de solicitud 2600318).\n\n"
      "Puede consultar el estado de su solicitud accediendo a la sección \"Mis "
      "solicitudes\" de\nnuestro portal de empleo.\n\n"
      "Atentamente,\nSelección y Desarrollo\nAraba Kutxa",
      layout="html", brand="#5c940d", html_charset="iso-8859-1"),
    M(ACK, "es", "Grupo Hospitalario Ebro Norte", "ebro_norte_icims_ack",
      ("Grupo Hospitalario Ebro Norte", "careers-noreply@icims.com"),
      "2026-03-03 08:05 +0100", "Gracias por tu candidatura",
      "Hola Aitor:\n\n"
      "Gracias por postularte como Técnico/a de Sistemas de Información Clínica en "
      "Pamplona.\nTu candidatura está registrada en nuestro sistema y la revisará el "
      "equipo de Talento.\n\n"
      "Un saludo,\nGrupo Hospitalario Ebro Norte", layout="alt", brand="#1971c2",
      cte="base64"),
    M(ACK, "es", "Cifra Verde", "cifra_verde_workable_ack",
      ("Cifra Verde", "noreply@workablemail.com"), "2026-02-12 12:02 +0100",
      "Hemos recibido tu candidatura para Junior Data Analyst",
      "¡Hola Aitor!\n\n"
      "Gracias por aplicar a Junior Data Analyst en Cifra Verde. Hemos recibido tu "
      "candidatura\ny la estamos revisando. Te escribiremos tan pronto tengamos noticias.\n\n"
      "El equipo de Cifra Verde", reply_to=("Cifra Verde Talent", "talento@cifraverde.example.es"),
      layout="alt", brand="#2f9e44"),
    M(ACK, "es", "Seguros Retiro", "seguros_retiro_recruitee_ack",
      ("Seguros Retiro", "noreply@recruitee.com"), "2026-08-10 09:00 +0200",
      "Gracias por tu candidatura – Analista de Datos Actuariales",
      "Hola Aitor,\n\n"
      "Hemos recibido tu candidatura para Analista de Datos Actuariales (Madrid). Nuestro "
      "equipo\nla revisará en los próximos días.\n\nTalento Seguros Retiro",
      layout="html", brand="#364fc7", subj_enc=("q", "utf-8")),
    M(ACK, "es", "Pagalia", "pagalia_lever_ack", ("Pagalia", "no-reply@hire.lever.co"),
      "2026-09-01 13:14 +0200", "Gracias por tu interés en Pagalia",
      "Hola Aitor,\n\n"
      "¡Gracias por aplicar a Data Analyst – Risk en Pagalia! Te confirmamos que hemos "
      "recibido\ntu solicitud. En los próximos días te enviaremos una prueba técnica si "
      "tu perfil\nencaja con el puesto.\n\nEquipo de Talento de Pagalia",
      layout="alt", brand="#7048e8", cte="quoted-printable"),
    M(ACK, "es", "Mugi Data", "mugi_data_bamboohr_ack",
      ("Mugi Data", "notifications@bamboohr.com"), "2026-07-02 20:40 +0200",
      "Solicitud recibida: Analista BI",
      "Hola Aitor:\n\n"
      "Gracias por tu solicitud para Analista BI. La hemos recibido y la revisaremos en "
      "breve.\n\nMugi Data · Vitoria-Gasteiz", layout="alt", brand="#f08c00"),
    M(ACK, "es", "Clínicas Bidasoa", "clinicas_bidasoa_cv_recibido",
      ("Recursos Humanos Clínicas Bidasoa", "rrhh@clinicasbidasoa.example.es"),
      "2026-09-03 09:22 +0200", "RE: Candidatura Analista de Indicadores Asistenciales",
      "Buenos días, Aitor:\n\n"
      "Acusamos recibo de tu currículum para el puesto de Analista de Indicadores "
      "Asistenciales.\nEl plazo de candidaturas termina el 15 de septiembre; después "
      "contactaremos con las\npersonas preseleccionadas. Recibimos muchas solicitudes, "
      "así que no siempre podemos\nresponder a todo el mundo individualmente.\n\n"
      "Un saludo,\nRecursos Humanos\nClínicas Bidasoa · Irun", charset="windows-1252",
      cte="8bit", name_enc=("q", "windows-1252")),
]

ENGLISH: list[Spec] = [
    M(ACK, "en", "St Kevin's Hospital Group", "st_kevins_workday_ack",
      ("St Kevin's Hospital Group", "stkevins@myworkday.com"), "2026-01-28 19:15 +0000",
      "Application received: Healthcare Data Analyst (JR-4410)",
      "Dear Aitor,\n\n"
      "Thank you for applying for the Healthcare Data Analyst role (JR-4410). We have "
      "received\nyour application and it is now being reviewed.\n\n"
      "You can track the progress of your application by signing in to your candidate "
      "home.\n\nKind regards,\nTalent Acquisition, St Kevin's Hospital Group",
      layout="alt", brand="#087f5b"),
    M(ACK, "en", "Harbourline Bank", "harbourline_lever_ack",
      ("Harbourline Bank", "no-reply@hire.lever.co"), "2026-05-20 08:30 +0100",
      "Harbourline Bank - we've got your application",
      "Hi Aitor,\n\n"
      "Thanks for applying for Analyst, Customer Insights at Harbourline Bank. We've "
      "received\nyour application and our recruiting team will review it shortly. "
      "We aim to get back\nto every candidate within three weeks.\n\n"
      "Harbourline Bank Talent Team", layout="html", brand="#1c7ed6"),
]

GERMAN: list[Spec] = [
    M(ACK, "de", "Stahlwerk Moosach", "stahlwerk_moosach_eingang",
      ("Stahlwerk Moosach Karriere", "stahlwerk-moosach@successfactors.eu"),
      "2026-04-28 16:02 +0200", "Eingangsbestätigung: Prozessdatenanalyst (m/w/d)",
      "Sehr geehrter Herr Goikoetxea,\n\n"
      "vielen Dank für Ihre Bewerbung als Prozessdatenanalyst (m/w/d). Hiermit bestätigen "
      "wir\nden Eingang Ihrer Unterlagen. Wir werden diese sorgfältig prüfen und uns "
      "zeitnah bei\nIhnen melden.\n\nMit freundlichen Grüßen\nPersonalabteilung\n"
      "Stahlwerk Moosach GmbH", layout="alt", brand="#343a40", subj_enc=("q", "utf-8"),
      charset="iso-8859-1", cte="quoted-printable"),
    M(ACK, "de", "Datenfluss", "datenfluss_personio_ack",
      ("Datenfluss Hiring", "no-reply@personio.de"), "2026-08-03 12:44 +0200",
      "Danke für deine Bewerbung bei Datenfluss!",
      "Hi Aitor,\n\n"
      "danke für deine Bewerbung als Junior Data Analyst! Wir haben alles bekommen und "
      "melden\nuns innerhalb von 10 Tagen bei dir.\n\nDein Datenfluss-Team\nMünchen",
      layout="alt", brand="#4263eb"),
]

FRENCH: list[Spec] = [
    M(ACK, "fr", "Groupe Santé Atlantique", "sante_atlantique_accuse",
      ("Groupe Santé Atlantique", "gsa@myworkday.com"), "2026-03-16 14:30 +0100",
      "Accusé de réception de votre candidature",
      "Bonjour,\n\n"
      "Nous accusons bonne réception de votre candidature au poste de Data analyst "
      "pilotage\nhospitalier (réf. R-0917) et vous remercions de l'intérêt porté à notre "
      "groupe.\n\n"
      "Compte tenu du nombre important de candidatures, seules les personnes retenues "
      "pour un\nentretien seront contactées. Votre candidature reste toutefois à l'étude.\n\n"
      "La Direction des Ressources Humaines", name_enc=("b", "utf-8"),
      subj_enc=("q", "iso-8859-1"), charset="iso-8859-1", cte="quoted-printable"),
    M(ACK, "fr", "FC Estuaire Bordeaux", "fc_estuaire_teamtailor_accuse",
      ("FC Estuaire Bordeaux", "no-reply@teamtailor-mail.com"), "2026-08-05 19:00 +0200",
      "Merci pour votre candidature !",
      "Bonjour Aitor,\n\n"
      "Merci d'avoir postulé au poste d'Analyste vidéo & data ! Votre candidature a bien "
      "été\nreçue et sera étudiée par notre cellule performance.\n\n"
      "Sportivement,\nLe service recrutement du FC Estuaire Bordeaux",
      layout="html", brand="#1c7ed6"),
]

OFFERS: list[Spec] = [
    M(OFFER, "es", "Bilbao Ría Logística", "tempora_contrato_mision",
      ("Tempora ETT – Oficina Bilbao", "bilbao@tempora-ett.example.es"),
      "2026-07-01 12:15 +0200", "Contrato misión Bilbao Ría Logística – firma digital",
      "Hola Aitor:\n\n"
      "Como hablamos ayer, te confirmamos la misión en Bilbao Ría Logística como "
      "administrativo\nde datos del 6 al 31 de julio, de 8:00 a 15:00, con un salario "
      "de 1.420 EUR brutos al\nmes más la parte proporcional de pagas extra.\n\n"
      "Te adjuntamos el contrato de trabajo temporal para que lo revises y lo firmes "
      "antes\ndel viernes. Tráenos también el certificado de titularidad de tu cuenta.\n\n"
      "Un saludo,\nOficina de Bilbao – Tempora ETT\nAlameda Recalde 27, Bilbao",
      name_enc=("q", "utf-8"), subj_enc=("b", "utf-8"),
      pdfs=[("Contrato_temporal_Goikoetxea.pdf",
             ["TEMPORA ETT - Contrato de trabajo temporal", "Empresa usuaria: Bilbao Ria "
              "Logistica", "Trabajador: Aitor Goikoetxea", "Duracion: 06/07/2026 - "
              "31/07/2026"])]),
    M(OFFER, "de", "Datenfluss", "datenfluss_angebot", ("Lukas Obermaier",
      "lukas@datenfluss.example.de"), "2026-09-04 18:05 +0200", "Unser Angebot für dich",
      "Hi Aitor,\n\n"
      "der Probearbeitstag war richtig stark, das ganze Team ist begeistert. Wir möchten "
      "dir\ndaher die Stelle als Junior Data Analyst anbieten: 52.000 EUR brutto im Jahr, "
      "30 Tage\nUrlaub, Deutschkurs auf Firmenkosten und Start ab 1. Januar 2027.\n\n"
      "Den Vertragsentwurf schicke ich dir anbei. Lass uns gerne nächste Woche darüber "
      "sprechen.\n\nLiebe Grüße\nLukas", subj_enc=("q", "utf-8"),
      pdfs=[("Datenfluss_Angebot_Goikoetxea.pdf",
             ["Datenfluss - Arbeitsvertrag (Entwurf)", "Position: Junior Data Analyst",
              "Gehalt: 52.000 EUR brutto p.a.", "Beginn: 01.01.2027"])]),
    M(OFFER, "fr", "Vinalytics", "vinalytics_promesse_embauche", ("Pauline Ferrand",
      "pauline@vinalytics.example.fr"), "2026-07-08 16:30 +0200",
      "Proposition d'embauche – Data analyst",
      "Bonjour Aitor,\n\n"
      "Suite à nos échanges et à votre cas pratique, j'ai le plaisir de vous proposer le "
      "poste\nde Data analyst chez Vinalytics, en CDI, à Bordeaux (2 jours de télétravail), "
      "pour une\nrémunération de 39 000 EUR bruts annuels.\n\n"
      "Vous trouverez la promesse d'embauche en pièce jointe. Nous aimerions avoir votre\n"
      "réponse d'ici le 20 juillet.\n\nBien à vous,\nPauline Ferrand\nHead of Data, "
      "Vinalytics", layout="alt", brand="#862e9c", cte="quoted-printable",
      pdfs=[("Promesse_embauche_Vinalytics.pdf",
             ["Vinalytics - Promesse d'embauche", "Poste : Data analyst (CDI)",
              "Remuneration : 39 000 EUR bruts annuels"])]),
]

MESSAGES: list[Spec] = [*SPANISH, *ENGLISH, *GERMAN, *FRENCH, *OFFERS]

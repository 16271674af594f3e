"""Corpus 345: acknowledgements of applications and the offers outside the threads."""

from __future__ import annotations

from msgs345_common import M, html_page

ACK = "application_received"
OFF = "offer"
FM = ("Lucía Berdejo Sanz", "lberdejo@frio-moncayo.example.es")
PQ = ("Sergio Bielsa", "sergio.bielsa@paquexpress-ebro.example.es")
MP = ("Marta Pueyo", "marta.pueyo@paquexpress-ebro.example.es")

SPECS = [
    # ================= acknowledgements
    M(ACK, "cierzo_ack", "es", ("Selección Recogida Urbana Cierzo", "seleccion@cierzo-ru.example.es"),
      "Recibida tu candidatura", "2026-01-28 11:14 +0100",
      "Hola Jorge:\n\nTe confirmamos la recepción de tu candidatura para el puesto de "
      "Coordinador/a de rutas de recogida. El proceso de selección se desarrollará durante "
      "febrero; solo contactaremos con las personas preseleccionadas para la entrevista.\n\n"
      "Gracias por tu interés en Recogida Urbana Cierzo.\n\nDepartamento de Personas\n",
      charset="iso-8859-1", company="Recogida Urbana Cierzo",
      contact="seleccion@cierzo-ru.example.es"),
    M(ACK, "tempora_inscripcion", "es", ("Tempora ETT", "no-reply@tempora-ett.example.es"),
      "Bienvenido/a a Tempora: hemos recibido tu inscripción", "2026-02-20 20:31 +0100", None,
      html=html_page("Hola Jorge,",
                     "Hemos recibido tu inscripción en la oferta <b>Planificador/a de rutas – "
                     "Plaza (Zaragoza)</b>.",
                     "Una persona de nuestra delegación de Zaragoza-Delicias revisará tu perfil. "
                     "Si encaja con la oferta, te llamaremos en los próximos días.",
                     "Equipo Tempora ETT",
                     footer="Tempora ETT · Autorización administrativa n.º 50/0000/99 · Este "
                     "correo es automático."),
      company="Tempora ETT"),
    M(ACK, "turia_ack", "es", ("Terminal Turia Logística", "turia-careers@successfactors.eu"),
      "Confirmación de candidatura – Planificador/a de Transporte Terrestre",
      "2026-03-30 07:02 +0000",
      "Estimado Jorge:\n\nGracias por presentar tu candidatura para el puesto de Planificador/a "
      "de Transporte Terrestre (Puerto de Valencia). La hemos recibido correctamente.\n\n"
      "Nuestro equipo de selección evaluará tu perfil frente a los requisitos del puesto. "
      "Debido al volumen de solicitudes, no podemos responder individualmente a cada "
      "candidato, pero te informaremos del resultado a través del portal.\n\nAtentamente,\n"
      "Recursos Humanos – Terminal Turia Logística\n",
      cte="quoted-printable", company="Terminal Turia Logística"),
    M(ACK, "llobregat_ack", "es", ("Portuària Llobregat Logística", "llobregat@taleo.net"),
      "Su candidatura REQ-4471 ha sido registrada", "2026-04-10 15:40 +0000",
      "Estimado/a Jorge Altamirano Quiroga:\n\nLe confirmamos que su candidatura para la oferta "
      "REQ-4471 «Coordinador/a de Flota – ZAL Port de Barcelona» ha sido registrada "
      "correctamente en nuestro sistema.\n\nSi su perfil se ajusta a los requisitos, un "
      "miembro del equipo de Recursos Humanos se pondrá en contacto con usted.\n\n"
      "Atentamente,\nPortuària Llobregat Logística\n",
      charset="windows-1252", enc_subject=("windows-1252", "q"),
      company="Portuària Llobregat Logística"),
    M(ACK, "hipermoncayo_ack", "es", ("Hiper Moncayo – Selección", "hipermoncayo@bamboohr.com"),
      "Gracias por tu candidatura – Planificador/a de Expediciones", "2026-08-14 09:18 +0000",
      "Hola Jorge,\n\n¡Gracias por tu candidatura! La hemos recibido y la revisaremos con "
      "atención. Debido al elevado número de solicitudes, no podemos responder personalmente "
      "a cada persona; si tu perfil avanza, te escribiremos en un plazo de tres semanas.\n\n"
      "Un saludo,\nEquipo de Selección de Hiper Moncayo\n",
      company="Hiper Moncayo"),
    M(ACK, "harbourline_ack", "en", ("Harbourline Terminals", "noreply@workablemail.com"),
      "We've received your application – Shift Dispatcher", "2026-03-16 18:05 +0000",
      "Hi Jorge,\n\nThanks for applying for Shift Dispatcher at Harbourline Terminals. This is "
      "an automatic confirmation that your application has been received.\n\nOur team reviews "
      "every application. We'll be in touch if we'd like to move forward.\n\nHarbourline "
      "Terminals Recruitment\n",
      company="Harbourline Terminals"),
    M(ACK, "northsea_ack", "en", ("Northsea Reefer Lines", "no-reply@hire.lever.co"),
      "Thanks for applying to Northsea Reefer Lines!", "2026-04-02 11:47 +0000", None,
      html=html_page("Hi Jorge,",
                     "Thank you for your application for <b>Reefer Transport Planner</b>. We've "
                     "got it and our team will take a look soon.",
                     "We receive a lot of applications, so please bear with us. Unfortunately we "
                     "can't reply to every applicant individually, but we will contact you if "
                     "your profile matches what we need.",
                     "Cheers,<br>Northsea Reefer Lines Talent Team", brand="Northsea Reefer"),
      company="Northsea Reefer Lines"),
    M(ACK, "alpine_ack", "en", ("Alpine Linehaul", "alpinelinehaul@myworkday.com"),
      "Application Received: Linehaul Planner (Munich)", "2026-08-20 05:31 +0000",
      "Dear Jorge Altamirano Quiroga,\n\nThank you for applying to the Linehaul Planner "
      "(Munich) position (JR-11204). We have received your application and it is now under "
      "review.\n\nYou can track your application status by signing in to your candidate "
      "home.\n\nKind regards,\nAlpine Linehaul Talent Acquisition\n",
      company="Alpine Linehaul"),
    M(ACK, "wuerm_ack", "de", ("Entsorgung Würm Recruiting", "jobs@entsorgung-wuerm.softgarden.io"),
      "Bestätigung: Ihre Bewerbung ist bei uns eingegangen", "2026-04-24 13:09 +0200",
      "Sehr geehrter Herr Altamirano Quiroga,\n\nherzlichen Dank für Ihre Bewerbung als "
      "Tourenplaner (m/w/d) Abfallsammlung. Hiermit bestätigen wir den Eingang Ihrer "
      "Unterlagen.\n\nWir werden Ihre Bewerbung nun prüfen und uns schnellstmöglich bei Ihnen "
      "melden.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der Entsorgung Würm\n",
      company="Entsorgung Würm"),
    M(ACK, "oberlandbus_ack", "de", ("Oberland Bus", "oberlandbus@successfactors.eu"),
      "Vielen Dank für Ihre Bewerbung", "2026-06-29 07:30 +0000",
      "Guten Tag Herr Altamirano Quiroga,\n\nvielen Dank für Ihre Bewerbung als "
      "Verkehrsmeister (m/w/d) Leitstelle Holzkirchen. Ihre Unterlagen sind vollständig "
      "eingegangen.\n\nBitte haben Sie Verständnis dafür, dass die Prüfung einige Zeit in "
      "Anspruch nehmen kann.\n\nFreundliche Grüße\nOberland Bus – Personalservice\n",
      cte="base64", company="Oberland Bus"),
    M(ACK, "frischmarkt_ack", "de", ("Claudia Seidl", "claudia.seidl@frischmarkt-sued.example.de"),
      "Ihre Bewerbung als Transportdisponent", "2026-08-18 16:20 +0200",
      "Sehr geehrter Herr Altamirano,\n\nwir haben Ihre Bewerbungsunterlagen erhalten und "
      "bedanken uns für Ihr Interesse an Frischmarkt Süd. Die Fachabteilung sieht sich Ihre "
      "Unterlagen in den nächsten Tagen an.\n\nMit freundlichen Grüßen\nClaudia Seidl\n"
      "Personalreferentin\nFrischmarkt Süd GmbH & Co. KG · Dieselstraße 12 · 85386 Eching\n",
      company="Frischmarkt Süd", contact="claudia.seidl@frischmarkt-sued.example.de"),
    M(ACK, "stadtlogistik_ack", "de", ("Stadtlogistik München", "jobs-noreply@personio.de"),
      "Danke für Ihre Bewerbung bei Stadtlogistik München", "2026-09-28 10:00 +0000", None,
      html=html_page("Hallo Jorge,",
                     "danke für Ihre Bewerbung als <b>Disponent:in Lastenrad &amp; "
                     "E-Transporter</b>. Wir haben sie erhalten und melden uns innerhalb von zwei "
                     "Wochen.", "Ihr Team von Stadtlogistik München",
                     footer="Diese Nachricht wurde automatisch versendet."),
      enc_subject=("utf-8", "q"), company="Stadtlogistik München"),
    M(ACK, "colisgaronne_ack", "fr", ("Colis Garonne", "no-reply@teamtailor-mail.com"),
      "Nous avons bien reçu votre candidature", "2026-06-12 06:44 +0000",
      "Bonjour Jorge,\n\nMerci pour votre candidature au poste de Coordinateur·rice de "
      "tournées à Toulouse ! Nous l'avons bien reçue.\n\nNotre équipe l'examinera dans les "
      "prochains jours. En raison du nombre important de candidatures, nous ne pourrons pas "
      "répondre à chacun individuellement.\n\nÀ bientôt,\nL'équipe Talents de Colis Garonne\n",
      company="Colis Garonne"),
    M(ACK, "marcheoccitan_ack", "fr", ("Marché Occitan Recrutement", "marcheoccitan@taleo.net"),
      "Accusé de réception de votre candidature", "2026-07-27 08:12 +0000",
      "Madame, Monsieur,\n\nNous accusons réception de votre candidature au poste de "
      "Planificateur transport (H/F) – entrepôt de Saint-Jory, et vous remercions de l'intérêt "
      "que vous portez à Marché Occitan.\n\nVotre dossier est en cours d'étude.\n\nLa Direction "
      "des Ressources Humaines\n",
      cte="quoted-printable", company="Marché Occitan"),

    # ================= offers (Frío Moncayo and Paquexpress Ebro)
    M(OFF, "friomoncayo_revised", "es", FM,
      "Re: Propuesta de incorporación – Frío Moncayo", "2026-02-09 17:05 +0100",
      "Hola Jorge:\n\nHe hablado con dirección sobre lo que me comentaste del desplazamiento y "
      "las guardias. Podemos mejorar la propuesta: 25.300 euros brutos anuales y el plus de "
      "guardias pasa a 90 euros por fin de semana. El resto de condiciones se mantiene.\n\n"
      "Si te encaja, confírmamelo y preparamos el contrato.\n\nUn saludo,\nLucía\n",
      company="Frío Moncayo", contact=FM[1]),
    M(OFF, "paquexpress_fwd_aprobacion", "es", PQ,
      "Fwd: Aprobación oferta coordinador Zaragoza", "2026-03-04 08:51 +0100",
      "Jorge, te reenvío la aprobación de dirección para que lo tengas por escrito ya: la "
      "oferta de coordinador de flota está confirmada en los términos que hablamos. Mañana te "
      "llega la carta de RRHH.\n\nSergio\n",
      fwd={"slug": "paquexpress_aprobacion_inner", "frm": MP, "to": PQ,
           "subject": "Aprobación oferta coordinador Zaragoza", "date": "2026-03-03 18:40 +0100",
           "body": "Sergio:\n\nDirección aprueba la contratación de Jorge Altamirano Quiroga "
                   "como Coordinador de Flota y Reparto, 23.800 € + variable, incorporación "
                   "16/03. Preparo la carta de oferta para enviársela mañana.\n\nMarta\n"},
      company="Paquexpress Ebro", contact=PQ[1]),
    M(OFF, "paquexpress_firma", "es", ("Paquexpress Ebro RRHH", "rrhh@paquexpress-ebro.example.es"),
      "Tu contrato está listo para firmar", "2026-03-12 12:00 +0100", None,
      html=html_page("Hola Jorge,",
                     "Tu contrato como <b>Coordinador de Flota y Reparto</b> está listo para la "
                     "firma electrónica.",
                     '<a href="https://firma.paquexpress-ebro.example.es/c/77a1">Revisar y '
                     "firmar el contrato</a>",
                     "El enlace caduca en 7 días. Si tienes dudas, responde a este correo y te "
                     "contestará Marta Pueyo.", "Recursos Humanos · Paquexpress Ebro"),
      reply_to=MP, company="Paquexpress Ebro", contact=MP[1]),
    M(OFF, "friomoncayo_huesca", "es", FM,
      "Planificador base Huesca – propuesta", "2026-09-10 10:22 +0200",
      "Hola Jorge:\n\nSé que en febrero al final decidiste no incorporarte, pero te escribo "
      "porque abrimos base en Huesca (Plhus) y hemos pensado en ti directamente. Te ofrecemos "
      "el puesto de Planificador de Tráfico de la nueva base, contrato indefinido, 26.000 "
      "euros brutos anuales, incorporación el 1 de octubre.\n\nTe adjunto la propuesta. Si te "
      "interesa, llámame esta semana.\n\nUn abrazo,\nLucía Berdejo\nRecursos Humanos – Frío "
      "Moncayo\n",
      pdf=[("Propuesta_Huesca.pdf", ["Frio Moncayo - Propuesta de incorporacion",
                                     "Puesto: Planificador de Trafico - Base Huesca (Plhus)",
                                     "Salario: 26.000 EUR", "Incorporacion: 01/10/2026"])],
      company="Frío Moncayo", contact=FM[1]),
    M(OFF, "friomoncayo_huesca_contrato", "es",
      ("Administración de Personal – Frío Moncayo", "personal@frio-moncayo.example.es"),
      "Contrato Planificador de Tráfico (Huesca) – para firma", "2026-09-18 09:15 +0200",
      "Estimado Jorge:\n\nAdjuntamos el contrato de trabajo indefinido correspondiente al "
      "puesto de Planificador de Tráfico en la base de Huesca, con fecha de inicio 1 de "
      "octubre de 2026, para su firma.\n\nRogamos lo devuelva firmado antes del 25 de "
      "septiembre. Las dudas, por favor, a Lucía Berdejo (en copia y en la dirección de "
      "respuesta).\n\nAtentamente,\nAdministración de Personal – Frío Moncayo\n",
      reply_to=FM, cc=FM, charset="windows-1252", cte="quoted-printable",
      pdf=[("Contrato_Huesca_JAQ.pdf", ["CONTRATO DE TRABAJO INDEFINIDO - BASE HUESCA",
                                        "Trabajador: Jorge Altamirano Quiroga",
                                        "Inicio: 01/10/2026"])],
      company="Frío Moncayo", contact=FM[1]),
    M(OFF, "tempora_paquexpress_campana", "es", ("Irene Lasheras | Tempora ETT", "irene.lasheras@tempora-ett.example.es"),
      "Oferta campaña Navidad – Paquexpress Ebro", "2026-10-01 13:33 +0200",
      "Hola Jorge,\n\nBuenas noticias: Paquexpress Ebro nos ha pedido un coordinador de "
      "reparto para la campaña de Navidad y, en cuanto han visto tu nombre, han dicho que sí. "
      "La oferta es: contrato de puesta a disposición del 2 de noviembre al 9 de enero, "
      "coordinación de 25 rutas en la nave de la Ctra. de Logroño, 1.850 euros brutos al mes "
      "más horas extra.\n\nSi aceptas, te preparo el contrato para que lo firmes en la "
      "oficina esta semana.\n\nUn saludo,\nIrene\n",
      company="Paquexpress Ebro", contact="irene.lasheras@tempora-ett.example.es"),
]

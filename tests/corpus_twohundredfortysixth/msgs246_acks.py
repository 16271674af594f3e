"""Corpus 246 - application acknowledgements (21) and offers (10), each written by hand."""

from msgs246_common import (CAND_NAME, M, ats_card, on_wrote, outlook_block, outlook_html, mso,
                            paras)

A = "application_received"
O = "offer"
MSGS = []
add = MSGS.append

# ======================================================= application received - Spanish (11)
t = """Hola Rubén:

Hemos recibido correctamente tu candidatura para Analista de Compras (Componentes de Chasis) en Automoción Baixo Miño.

Nuestro equipo revisará tu perfil en las próximas semanas. Si encaja con lo que buscamos, nos pondremos en contacto contigo para los siguientes pasos.

Gracias por tu interés,
Talent Acquisition · Automoción Baixo Miño

Este correo se envía desde una dirección que no admite respuestas."""
add(M(A, "abm_personio_ack", "es", "Automoción Baixo Miño", "",
      ("Automoción Baixo Miño", "no-reply@personio.de"), "Confirmación de tu candidatura",
      "2026-02-18 22:14 +0100", text=t,
      html=ats_card("Automoción Baixo Miño", "#d52b1e", "¡Gracias por tu candidatura!", paras(t), "Personio"),
      cte="quoted-printable", tid="abm_ack"))

t = """Hola Rubén:

¡Bienvenido a Faro Empleo! Tu registro como candidato se ha completado y ya tenemos tu CV en nuestra base de datos.

Una consultora de la oficina de Vigo revisará tu perfil y te llamará si encaja en alguna de las misiones abiertas (logística, compras, atención comercial).

Recuerda mantener tus datos actualizados desde el área privada.

Noelia Castro
Consultora de Selección | Faro Empleo ETT"""
add(M(A, "faro_registration", "es", "Faro Empleo", "noelia.castro@faroempleo.example.es",
      ("Noelia Castro | Faro Empleo", "noelia.castro@faroempleo.example.es"),
      "Registro completado en Faro Empleo", "2026-01-08 12:00 +0100", text=t, tid="faro_reg"))

t = """Estimado Rubén:

Le confirmamos que su alta en Talento Atlántico ETT se ha realizado correctamente y que hemos recibido su currículum junto con la documentación solicitada (DNI y vida laboral).

En los próximos días uno de nuestros técnicos le llamará para una breve entrevista de registro telefónica.

Un saludo,
Talento Atlántico ETT
Oficina de A Coruña · Rúa Real 55 · 15003 A Coruña"""
add(M(A, "talento_alta", "es", "Talento Atlántico", "",
      ("Talento Atlántico ETT", "noreply@talentoatlantico.example.es"),
      "Alta de candidato confirmada", "2026-04-15 09:33 +0200", text=t, charset="iso-8859-1",
      cte="quoted-printable", tid="talento_reg"))

t = """Hola Rubén:

Gracias por tu interés en Meseta Retail. Hemos recibido tu solicitud para Analista de Aprovisionamiento (R-20418).

Puedes consultar el estado de tu candidatura en cualquier momento desde tu perfil de candidato.

Un saludo,
Equipo de Talento de Meseta Retail"""
add(M(A, "meseta_workday_ack", "es", "Meseta Retail", "",
      ("Meseta Retail", "mesetaretail@myworkday.com"), "Hemos recibido tu solicitud: R-20418",
      "2026-05-18 23:50 +0200",
      html=ats_card("Meseta Retail", "#7a1f5c", "Solicitud recibida", paras(t), "Workday"), html_cte="base64"))

t = """¡Hola Rubén!

Gracias por enviar tu candidatura a Comprador/a de Baterías y Componentes. Ya la tenemos.

Recibimos muchísimas solicitudes y, lamentablemente, no podemos responder a cada persona de forma individual. Si tu perfil avanza, te escribiremos directamente; si no tienes noticias nuestras en cuatro semanas, no te desanimes y sigue atento a nuevas vacantes.

Un abrazo,
Hispania Movilidad Eléctrica"""
add(M(A, "hispania_no_individual_reply", "es", "Hispania Movilidad Eléctrica", "",
      ("Hispania Movilidad Eléctrica", "no-reply@teamtailor-mail.com"),
      "Hemos recibido tu candidatura", "2026-05-30 17:02 +0200", text=t,
      html=ats_card("Hispania Movilidad Eléctrica", "#00a86b", "¡Candidatura recibida!", paras(t), "Teamtailor")))

t = """Buenos días Rubén,

Hemos recibido tu CV para el puesto de aprovisionamiento. Lo paso a dirección y te decimos algo en cuanto podamos.

Pilar Souto
Administración · Navalia Coruña Repuestos
Muelle de San Diego, nave 4 · A Coruña"""
add(M(A, "navalia_cv_received", "es", "Navalia Coruña Repuestos", "pilar.souto@navaliacor.example.es",
      ("Pilar Souto", "pilar.souto@navaliacor.example.es"), "RE: Candidatura aprovisionamiento",
      "2026-02-16 10:12 +0100",
      text=t + "\n\n" + outlook_block("es", f"{CAND_NAME} <ruben.ol@example.es>", "domingo, 15 de febrero de 2026 21:40",
                                      "pilar.souto@navaliacor.example.es", "Candidatura aprovisionamiento",
                                      "Buenas noches:\nOs envío mi candidatura para el puesto de técnico de aprovisionamiento publicado en vuestra web.\nUn saludo,\nRubén Okonkwo-Larrea"),
      html=outlook_html(mso(t)), charset="windows-1252", cte="quoted-printable"))

t = """Estimado/a Rubén Okonkwo-Larrea:

Gracias por su solicitud para el puesto Técnico de Compras (Oviedo), ID 7781.

Le confirmamos que hemos recibido su candidatura correctamente. Nuestro equipo de selección la revisará y se pondrá en contacto con usted si su perfil se ajusta a los requisitos.

Atentamente,
Grupo Comercial Cantábrico

Por favor, no responda a este mensaje."""
add(M(A, "cantabrico_sf_ack", "es", "Grupo Comercial Cantábrico", "",
      ("Grupo Comercial Cantábrico", "noreply@successfactors.eu"),
      "Confirmación de recepción de su solicitud", "2026-01-09 08:02 +0100", text=t,
      subj_enc=("iso-8859-1", "B")))

t = """Hola Rubén:

Te confirmo que me ha llegado tu solicitud para Técnico/a de Compras de Envases. Revisaremos las candidaturas a partir del 15 de septiembre.

Uxía Costas
RR. HH. · Conservas Bahía de Vigo"""
add(M(A, "conbahia_human_ack", "es", "Conservas Bahía de Vigo", "uxia.costas@conbahia.example.es",
      ("Uxía Costas", "uxia.costas@conbahia.example.es"), "Tu solicitud - Compras de Envases",
      "2026-08-20 13:15 +0200", text=t, name_enc=("iso-8859-1", "Q")))

t = """Hola Rubén,

¡Gracias por postular a Técnico de Aprovisionamiento en Sierra Norte Distribución! Tu solicitud ha sido recibida y está siendo revisada por nuestro equipo de contratación.

Saludos,
Sierra Norte Distribución"""
add(M(A, "sierranorte_bamboo_ack", "es", "Sierra Norte Distribución", "",
      ("Sierra Norte Distribución", "notifications@bamboohr.com"), "Solicitud recibida: Técnico de Aprovisionamiento",
      "2026-08-03 15:30 +0200", text=t, html=paras(t), cte="base64"))

t = """Hola Rubén:

Gracias por tu interés en Pescados Arousa Norte. Hemos recibido tu candidatura para Técnico de Compras de Flota (Ribeira).

Nuestro equipo la revisará en las próximas semanas.

Un saludo,
Pescados Arousa Norte"""
add(M(A, "arousa_recruitee_ack", "es", "Pescados Arousa Norte", "",
      ("Pescados Arousa Norte", "no-reply@jobs.recruitee.com"), "Candidatura recibida - Técnico de Compras de Flota",
      "2026-07-21 10:44 +0200", text=t,
      html=ats_card("Pescados Arousa Norte", "#005b96", "Candidatura recibida", paras(t), "Recruitee")))

t = """Hola Rubén,

Tu candidatura para Analista de Compras y Transporte en Compostela Logística se ha enviado con éxito. El equipo de selección la revisará pronto.

Gracias,
Compostela Logística"""
add(M(A, "compolog_workable_ack", "es", "Compostela Logística", "",
      ("Compostela Logística", "noreply@workablemail.com"), "Gracias por tu candidatura",
      "2026-06-24 18:19 +0200", text=t,
      html=ats_card("Compostela Logística", "#333366", "Candidatura enviada", paras(t), "Powered by Workable")))

# ======================================================= application received - English (5)
t = """Hi Rubén,

Thanks for applying to Lusomotor Componentes! Your application for Procurement Analyst has been received and our team will review it shortly.

Due to the high number of applications, we are unfortunately unable to respond to every applicant individually. If your profile matches what we're looking for, we'll be in touch.

Best regards,
The Lusomotor Componentes Talent Team"""
add(M(A, "lusomotor_greenhouse_ack", "en", "Lusomotor Componentes", "",
      ("Lusomotor Componentes", "no-reply@greenhouse-mail.io"),
      "Thank you for applying to Lusomotor Componentes", "2026-03-05 20:31 +0000", text=t,
      html=ats_card("Lusomotor Componentes", "#24a47f", "Application received", paras(t), "Greenhouse"),
      tid="luso_ack"))

t = """Hi Rubén,

Thanks for applying for Procurement Associate at Porto Atlantic Seafood. We've received your application and will review it as soon as possible.

Porto Atlantic Seafood Recruiting"""
add(M(A, "pas_ashby_ack", "en", "Porto Atlantic Seafood", "",
      ("Porto Atlantic Seafood", "no-reply@ashbyhq.com"), "Thanks for applying to Porto Atlantic Seafood",
      "2026-06-29 07:58 +0100", text=t, tid="pas_ack"))

t = """Dear Rubén,

Thank you for submitting your application for Indirect Procurement Analyst (Req. 44817) at Stellar Mobility Components.

This email confirms that your submission was received. A member of our Talent Acquisition team will review your qualifications.

Sincerely,
Stellar Mobility Components Talent Acquisition

Please do not reply to this email; this mailbox is not monitored."""
add(M(A, "stellar_icims_ack", "en", "Stellar Mobility Components", "",
      ("Stellar Mobility Components", "talent@stellarmobility.icims.com"),
      "Application received - Indirect Procurement Analyst", "2026-07-30 14:12 -0400", text=t,
      html=ats_card("Stellar Mobility Components", "#c8102e", "Thank you for applying", paras(t), "iCIMS"),
      cte="quoted-printable"))

t = """Hi Rubén,

Thanks for registering with BrightPath Staffing. Your profile and CV are now in our system and I'm your point of contact for procurement and supply chain roles in Madrid.

I'll be in touch when something suitable comes up; feel free to reply with your salary expectations and notice period in the meantime.

Sophie Adams
Recruitment Consultant, BrightPath Staffing"""
add(M(A, "brightpath_registration", "en", "BrightPath Staffing", "sophie.adams@brightpath.example.com",
      ("Sophie Adams", "sophie.adams@brightpath.example.com"), "Welcome to BrightPath Staffing",
      "2026-04-21 10:30 +0200", text=t, html=outlook_html(mso(t)), tid="bp_reg"))

t = """Hi Rubén,

Thanks for your interest in Norte Cargo Porto. We've received your application for Supply Analyst and the hiring team will take a look.

Best,
Norte Cargo Porto Talent Team"""
add(M(A, "nortecargo_lever_ack", "en", "Norte Cargo Porto", "",
      ("Norte Cargo Porto", "no-reply@hire.lever.co"), "Norte Cargo Porto - application received",
      "2026-01-12 11:05 +0000", text=t,
      html=ats_card("Norte Cargo Porto", "#4b4b9b", "Application received", paras(t), "Lever"), tid="nc_ack"))

# ======================================================= application received - French (2)
t = """Bonjour Rubén,

Nous accusons bonne réception de votre candidature au poste d'Analyste Achats (réf. GM-0412) et vous remercions de l'intérêt que vous portez à Garonne Mobilités.

Votre dossier est en cours d'étude. En raison du nombre important de candidatures, nous ne pourrons pas répondre individuellement à chacune dans l'immédiat.

Cordialement,
Service Recrutement - Garonne Mobilités"""
add(M(A, "garonne_taleo_ack", "fr", "Garonne Mobilités", "",
      ("Garonne Mobilités", "no-reply@taleo.net"), "Accusé de réception de votre candidature",
      "2026-03-27 09:15 +0100", text=t, charset="iso-8859-1", cte="quoted-printable",
      subj_enc=("iso-8859-1", "Q"), tid="garonne_ack"))

t = """Bonjour Rubén,

Merci d'avoir postulé chez Aquitaine Pièces Navales pour le poste d'Acheteur junior. Votre candidature a bien été transmise à notre équipe.

À bientôt,
Aquitaine Pièces Navales"""
add(M(A, "apn_smartrecruiters_ack", "fr", "Aquitaine Pièces Navales", "",
      ("Aquitaine Pièces Navales", "no-reply@smartrecruiters.com"), "Candidature reçue - Acheteur junior",
      "2026-05-26 16:00 +0200", text=t,
      html=ats_card("Aquitaine Pièces Navales", "#0e3a5b", "Candidature reçue", paras(t), "SmartRecruiters"),
      tid="apn_ack"))

# ======================================================= application received - German (3)
t = """Sehr geehrter Herr Okonkwo-Larrea,

vielen Dank für Ihre Bewerbung als Einkaufsanalyst (m/w/d). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns so bald wie möglich bei Ihnen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Hanseatische Zulieferteile"""
add(M(A, "hzt_softgarden_ack", "de", "Hanseatische Zulieferteile", "",
      ("Hanseatische Zulieferteile", "noreply@softgarden.io"), "Eingangsbestätigung Ihrer Bewerbung",
      "2026-04-03 13:44 +0200", text=t,
      html=ats_card("Hanseatische Zulieferteile", "#003366", "Eingangsbestätigung", paras(t), "softgarden"),
      cte="base64", subj_enc=("utf-8", "Q"), tid="hzt_ack"))

t = """Hallo Rubén,

danke für Deine Bewerbung als Junior-Einkäufer Schiffbau bei der Wilhelmsburg Werft! Wir haben Deine Unterlagen erhalten und melden uns innerhalb von zwei Wochen.

Dein Wilhelmsburg Werft Recruiting-Team"""
add(M(A, "wwerft_personio_ack", "de", "Wilhelmsburg Werft", "",
      ("Wilhelmsburg Werft", "no-reply@personio.de"), "Deine Bewerbung bei der Wilhelmsburg Werft",
      "2026-06-30 08:20 +0200", text=t, tid="wwerft_ack"))

t = """Guten Tag Herr Okonkwo-Larrea,

vielen Dank für Ihre Registrierung bei Nordwind Personal. Ihren Lebenslauf haben wir erhalten und in unserem Kandidatenpool gespeichert.

Wir melden uns, sobald wir eine passende Position im Einkauf oder in der Logistik im Großraum Hamburg für Sie haben.

Freundliche Grüße
Lars Petersen
Nordwind Personal | Personalberatung"""
add(M(A, "nordwind_registration", "de", "Nordwind Personal", "lars.petersen@nordwind-personal.example.de",
      ("Lars Petersen", "lars.petersen@nordwind-personal.example.de"), "Ihre Registrierung bei Nordwind Personal",
      "2026-07-14 11:00 +0200", text=t, charset="iso-8859-1", cte="8bit", tid="nordwind_reg"))

# ======================================================= offers - Spanish (6)
t = """Estimado Rubén:

Tras el proceso de selección, nos complace ofrecerte el puesto de Analista de Compras (Componentes de Chasis) en Automoción Baixo Miño.

Encontrarás en el PDF adjunto la carta de oferta con las condiciones: contrato indefinido, salario bruto anual de 31.500 EUR, incorporación el 4 de mayo de 2026 y periodo de prueba de seis meses.

Te agradeceríamos una respuesta antes del 10 de abril. Si tienes cualquier duda sobre la oferta, llámame.

Un saludo,
Sabela Iglesias
Talent Acquisition · Automoción Baixo Miño
Avda. de Citroën s/n · 36210 Vigo · +34 986 000 120"""
add(M(O, "abm_offer_pdf", "es", "Automoción Baixo Miño", "sabela.iglesias@autobm.example.es",
      ("Sabela Iglesias", "sabela.iglesias@autobm.example.es"), "Carta de oferta - Analista de Compras",
      "2026-03-27 13:00 +0100", text=t, html=outlook_html(mso(t)), parent="abm_moved",
      pdf=("Oferta_Okonkwo-Larrea.pdf", ["Automocion Baixo Miño", "Carta de oferta", "",
                                         "Puesto: Analista de Compras", "Salario bruto anual: 31.500 EUR",
                                         "Incorporacion: 4 de mayo de 2026"])))

t = """¡Rubén!

Me acaba de llamar Manuel Alonso: Conservas Bahía de Vigo quiere hacerte una oferta para el puesto de Técnico de Aprovisionamiento. Contrato de seis meses a través de nosotros con posibilidad de pasar a plantilla, 1.750 EUR brutos al mes en 14 pagas, horario de 7:00 a 15:00.

Llámame cuando puedas y lo vemos con calma antes de que les des una respuesta.

Noelia Castro
Faro Empleo ETT · 986 000 733"""
add(M(O, "faro_client_offer", "es", "Conservas Bahía de Vigo", "noelia.castro@faroempleo.example.es",
      ("Noelia Castro | Faro Empleo", "noelia.castro@faroempleo.example.es"),
      "¡Oferta de Conservas Bahía!", "2026-02-20 09:30 +0100", text=t, parent="faro_moved",
      subj_enc=("utf-8", "B")))

t = """Estimado Rubén:

Le adjuntamos el contrato de trabajo para el puesto de Técnico de Compras Junior, en dos copias, para que las revise y las firme. Puede firmarlas electrónicamente a través del enlace de firma o traerlas el día de su incorporación (lunes 13 de abril).

Enlace de firma: https://firma.example.es/arousanorte/c/55812

Atentamente,
Recursos Humanos · Pescados Arousa Norte"""
add(M(O, "arousa_contract_sign", "es", "Pescados Arousa Norte", "rrhh.seleccion@arousanorte.example.es",
      ("Selección Arousa Norte", "rrhh.seleccion@arousanorte.example.es"),
      "Contrato para firma - Técnico de Compras Junior", "2026-03-31 12:12 +0200", text=t, charset="iso-8859-1",
      cte="quoted-printable", parent="arousa_moved",
      pdf=("Contrato_Tecnico_Compras.pdf", ["Pescados Arousa Norte", "Contrato de trabajo", "",
                                            "Trabajador: Ruben Okonkwo-Larrea", "Puesto: Tecnico de Compras Junior"])))

t = """Hola Rubén:

Tenemos buenas noticias: una empresa cliente del sector naval de Ferrol, cuyo nombre te daremos al firmar el acuerdo de confidencialidad, quiere hacerte una propuesta para incorporarte como Comprador Junior. Hablamos de 29.000 EUR brutos anuales más variable, con incorporación en octubre.

¿Te podemos llamar mañana para contarte los detalles?

Iria Castro
Técnica de Selección · Talento Atlántico ETT"""
add(M(O, "talento_unnamed_client_offer", "es", "Talento Atlántico", "iria.castro@talentoatlantico.example.es",
      ("Iria Castro", "iria.castro@talentoatlantico.example.es"), "Propuesta para ti",
      "2026-09-14 17:25 +0200", text=t, html=paras(t), parent="talento_reg"))

t = """Rubén, buenas tardes:

Como te adelanté esta mañana por teléfono, queremos contar contigo como Comprador de Repuestos en Suministros Navales Ferrol. Te resumo por escrito lo que hablamos: 30.000 EUR brutos anuales, coche de empresa para las visitas a astilleros e incorporación el 1 de junio.

En cuanto nos digas que sí te mandamos el contrato.

Un saludo,
Alberto Vilariño
Director de Operaciones · Suministros Navales Ferrol
Avda. do Mar 12 · 15401 Ferrol"""
add(M(O, "snf_verbal_followup", "es", "Suministros Navales Ferrol", "alberto.vilarino@snferrol.example.es",
      ("Alberto Vilariño", "alberto.vilarino@snferrol.example.es"),
      "Lo que hablamos esta mañana", "2026-05-12 18:02 +0200", text=t, charset="windows-1252",
      cte="8bit", name_enc=("iso-8859-1", "Q")))

t = """Estimado Rubén:

En nombre de la Cooperativa Mar de Ons, te ofrecemos el puesto de Responsable de Compras de Flota. Adjuntamos la propuesta económica y las condiciones. Si estás conforme, firma y devuélvela antes del 2 de octubre.

Atentamente,
Marta Lestón
Gerencia · Cooperativa Mar de Ons
Porto de Bueu s/n · Bueu"""
add(M(O, "marons_offer_pdf", "es", "Cooperativa Mar de Ons", "marta.leston@marons.example.es",
      ("Marta Lestón", "marta.leston@marons.example.es"), "Propuesta de incorporación",
      "2026-09-25 11:40 +0200", text=t, cte="base64",
      pdf=("Propuesta_Mar_de_Ons.pdf", ["Cooperativa Mar de Ons", "Propuesta de incorporacion",
                                        "Puesto: Responsable de Compras de Flota", "Salario: 32.000 EUR"])))

# ======================================================= offers - English (2)
t = """Hi Rubén,

It was great to speak earlier - I'm delighted to confirm what Daniel told you on the phone: we'd like you to join Porto Atlantic Seafood as Procurement Associate.

To recap the verbal offer: EUR 28,000 gross per year, hybrid (three days in Matosinhos), start date 1 September. A formal contract will follow from HR once you confirm you'd like to accept.

Best,
Daniel Moreira
Head of Operations, Porto Atlantic Seafood"""
add(M(O, "pas_verbal_offer", "en", "Porto Atlantic Seafood", "daniel.moreira@pas.example.pt",
      ("Daniel Moreira", "daniel.moreira@pas.example.pt"), "Your offer - Procurement Associate",
      "2026-07-24 17:15 +0100", text=t, html=paras(t), parent="pas_moved"))

t = """Rubén,

Atlantic Reefer Lines want to make you an offer for the Junior Procurement Analyst role in Porto. Headline numbers: EUR 30k base, 10% bonus, relocation support. They'd like an answer by Friday.

Call me before you say anything to them directly.

Oliver Grant
Principal Consultant | Kestrel Search Partners
+44 20 0000 5521

This email and any attachments are confidential and intended solely for the addressee. Kestrel Search Partners Ltd is registered in England and Wales."""
add(M(O, "kestrel_client_offer", "en", "Atlantic Reefer Lines", "oliver.grant@kestrelsearch.example.co.uk",
      ("Oliver Grant", "oliver.grant@kestrelsearch.example.co.uk"), "Offer! Atlantic Reefer Lines",
      "2026-10-07 12:10 +0100", text=t, html=outlook_html(mso(t)), cte="quoted-printable"))

# ======================================================= offers - French (1), German (1)
t = """Bonjour Rubén,

Nous avons le plaisir de vous proposer le poste d'Analyste Achats au sein de Girondine Équipements Auto, en CDI, à compter du 1er juin 2026. Vous trouverez ci-joint la promesse d'embauche détaillant la rémunération (36 000 EUR bruts annuels) et les conditions.

Merci de nous retourner le document signé avant le 8 mai.

Bien cordialement,
Sophie Marchand
Chargée de recrutement - Girondine Équipements Auto
8 avenue de l'Aéroport, 33700 Mérignac"""
add(M(O, "girondine_promesse_pdf", "fr", "Girondine Équipements Auto", "sophie.marchand@girondine.example.fr",
      ("Sophie Marchand", "sophie.marchand@girondine.example.fr"), "Promesse d'embauche - Analyste Achats",
      "2026-04-28 10:05 +0200", text=t, charset="iso-8859-1", cte="quoted-printable", parent="gir_moved",
      subj_enc=("iso-8859-1", "Q"),
      pdf=("Promesse_embauche.pdf", ["Girondine Equipements Auto", "Promesse d'embauche",
                                     "Poste : Analyste Achats (CDI)", "Remuneration : 36 000 EUR"])))

t = """Hallo Herr Okonkwo-Larrea,

wie telefonisch besprochen, erhalten Sie anbei Ihren Arbeitsvertrag für die Position Junior-Einkäufer Strategischer Einkauf Marine zur Unterschrift. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 2. Oktober zurück.

Wir freuen uns auf die Zusammenarbeit!

Viele Grüße
Jonas Hartmann
Teamlead Procurement, Elbe Marine Systems
Am Sandtorkai 50, 20457 Hamburg"""
add(M(O, "elbe_contract_sign", "de", "Elbe Marine Systems", "jonas.hartmann@elbemarine.example.de",
      ("Jonas Hartmann", "jonas.hartmann@elbemarine.example.de"), "Ihr Arbeitsvertrag zur Unterschrift",
      "2026-09-22 15:30 +0200", text=t, parent="elbe_resched",
      pdf=("Arbeitsvertrag_Okonkwo-Larrea.pdf", ["Elbe Marine Systems GmbH", "Arbeitsvertrag",
                                                  "Position: Junior-Einkaeufer", "Beginn: 1. November 2026"])))

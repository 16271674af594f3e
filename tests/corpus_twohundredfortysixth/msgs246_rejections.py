"""Corpus 246 - rejections (31), each written by hand."""

from msgs246_common import (CAND_NAME, M, SIG_EN, SIG_ES, ats_card, on_wrote, outlook_block,
                            outlook_html, mso, paras, quote)

R = "rejection"
MSGS = []
add = MSGS.append

# 1 es - ATS formal after missed call thread (Estaleiros Ría de Vigo, SuccessFactors)
t = """Estimado/a Rubén:

Le agradecemos el interés mostrado en el puesto de Analista de Compras Junior (ref. ERV-2026-118) de Estaleiros Ría de Vigo.

Tras completar la revisión de todas las candidaturas, le comunicamos que su perfil no ha sido seleccionado para continuar en el proceso. Conservaremos sus datos durante doce meses por si surgiera otra vacante adecuada.

Atentamente,
Departamento de Personas
Estaleiros Ría de Vigo

Este mensaje se ha generado automáticamente. Por favor, no responda."""
add(M(R, "estaleiros_ats_formal", "es", "Estaleiros Ría de Vigo", "",
      ("Estaleiros Ría de Vigo", "noreply@successfactors.eu"),
      "Su candidatura: Analista de Compras Junior (ERV-2026-118)", "2026-03-20 09:02 +0100",
      text=t, html=ats_card("Estaleiros Ría de Vigo", "#0b4f6c", "Actualización de su candidatura", paras(t),
                            "SAP SuccessFactors - mensaje automático"),
      cte="quoted-printable", parent="est_missed"))

# 2 es - soft, profiles closer
t = """Hola Rubén,

Gracias por el tiempo que dedicaste a la entrevista del martes con el equipo de aprovisionamiento.

Hemos valorado con calma todas las candidaturas y finalmente vamos a avanzar con personas cuya trayectoria en compras industriales encaja de forma más directa con lo que necesitamos ahora mismo. Tu experiencia comercial nos pareció interesante, y no descartamos volver a contactarte más adelante.

Un saludo cordial,

Lucía Barreiro Souto
Responsable de Selección
Asturmetal Suministros
Polígono de Silvota, parcela 14 · 33192 Llanera (Asturias)
Tel. +34 985 000 214"""
add(M(R, "asturmetal_after_interview", "es", "Asturmetal Suministros", "lucia.barreiro@asturmetal.example.es",
      ("Lucía Barreiro Souto", "lucia.barreiro@asturmetal.example.es"),
      "Proceso Analista de Compras - Asturmetal", "2026-05-14 17:41 +0200", text=t,
      name_enc=("iso-8859-1", "Q"), parent="ast_resched", tid="ast_rej"))

# 3 es - role put on hold
t = """Buenos días Rubén:

Te escribo para contarte que la dirección ha decidido congelar la incorporación del Técnico de Compras para la tienda de Oviedo hasta después del verano. Por ese motivo no vamos a continuar con el proceso por ahora, ni contigo ni con el resto de candidatos.

Sentimos no poder darte mejores noticias después de las conversaciones que hemos tenido.

Marta Fernández Llano
Recursos Humanos · Grupo Comercial Cantábrico"""
add(M(R, "cantabrico_on_hold", "es", "Grupo Comercial Cantábrico", "marta.fllano@gcantabrico.example.es",
      ("Marta Fernández Llano", "marta.fllano@gcantabrico.example.es"),
      "Técnico de Compras Oviedo: proceso en pausa", "2026-02-11 12:15 +0100", text=t,
      html=outlook_html(mso(t)), cte="quoted-printable"))

# 4 es - terse human
t = """Rubén, no seguimos con tu candidatura para compras. Suerte.

Iago"""
add(M(R, "frimorrazo_terse", "es", "Frigoríficos do Morrazo", "iago.pazos@frimorrazo.example.es",
      ("Iago Pazos", "iago.pazos@frimorrazo.example.es"), "Re: CV compras", "2026-01-23 19:07 +0100",
      text=t + "\n\n" + on_wrote("es", "vie, 16 ene 2026 a las 10:02", f"{CAND_NAME} <ruben.ol@example.es>",
                                 "Buenos días Iago, te adjunto mi CV para el puesto de compras que comentamos.\nQuedo a la espera de poder tener una entrevista contigo.\nUn saludo,\nRubén")))

# 5 es - ETT relays client's no
t = """Hola Rubén:

Ya tenemos respuesta de Conservas Bahía de Vigo sobre el puesto de auxiliar de aprovisionamiento al que te presentamos. Nos dicen que han optado por otra persona que ya trabajaba en el sector conservero, así que la candidatura no sigue adelante con ellos.

Tu ficha sigue activa en Faro Empleo y te tendremos en cuenta para otras misiones de la zona de Vigo y Redondela.

Un abrazo,
Noelia Castro
Consultora de Selección | Faro Empleo ETT
Rúa do Príncipe 22, 2º · 36202 Vigo
T. 986 000 733"""
add(M(R, "faro_relays_conservas", "es", "Conservas Bahía de Vigo", "noelia.castro@faroempleo.example.es",
      ("Noelia Castro | Faro Empleo", "noelia.castro@faroempleo.example.es"),
      "Respuesta del cliente - auxiliar de aprovisionamiento", "2026-02-26 13:30 +0100", text=t,
      charset="iso-8859-1", cte="quoted-printable"))

# 6 es - after interview quoting the candidate's thank-you
t = """Rubén, muchas gracias por tu mensaje y por el interés.

Después de comentar las entrevistas con el comité hemos elegido a otro candidato para la posición de Analista de Compras en Santiago. No ha sido una decisión sencilla: tu conocimiento del cliente final sumaba mucho, pero nos faltaba experiencia directa con proveedores alimentarios.

Te deseamos lo mejor en la búsqueda.

Antía Varela
People & Talent · Gallaecia Foods"""
quoted = """Hola Antía:

Quería agradeceros la entrevista de ayer. Me gustó mucho conocer al equipo y entender cómo trabajáis la negociación con proveedores. Sigo muy interesado en el puesto y quedo a vuestra disposición para cualquier cosa.

Un saludo,
Rubén"""
add(M(R, "gallaecia_quotes_thanks", "es", "Gallaecia Foods", "antia.varela@gallaeciafoods.example.es",
      ("Antía Varela", "antia.varela@gallaeciafoods.example.es"),
      "Re: Gracias por la entrevista", "2026-04-09 10:22 +0200",
      text=t + "\n\n" + on_wrote("es", "mar, 7 abr 2026 a las 18:40", f"{CAND_NAME} <ruben.ol@example.es>", quoted),
      name_enc=("utf-8", "Q"), parent="gal_thanks"))

# 7 es - filled internally
t = """Estimado Rubén:

Queremos informarle de que la vacante de Comprador/a Junior publicada el mes pasado se ha cubierto finalmente con una promoción interna de nuestro almacén de A Coruña.

Agradecemos sinceramente el tiempo invertido en el proceso.

Saludos cordiales,
Xoán Mera Rivas
Gerente · Recambios Mera
Avda. Alfonso Molina 71 · 15008 A Coruña"""
add(M(R, "mera_filled_internally", "es", "Recambios Mera", "xoan.mera@recmera.example.es",
      ("Xoán Mera Rivas", "xoan.mera@recmera.example.es"), "Vacante Comprador/a Junior",
      "2026-06-03 08:55 +0200", text=t, charset="windows-1252", cte="8bit", parent="mera_missed"))

# 8 es - casual colleague-style
t = """Ey Rubén!

Oye, al final lo del puesto de compras se lo han quedado a alguien de Lugo que venía de una cooperativa. Te lo cuento yo antes de que te llegue el correo oficial de RRHH, que ya sabes cómo van de lentos. Me sabe fatal porque te veía bien ahí.

Cualquier cosa que vea por aquí te aviso, ¿eh? Y a ver si un día tomamos algo en el Berbés.

Brais
Compostela Logística"""
add(M(R, "compolog_casual", "es", "Compostela Logística", "brais.otero@compolog.example.es",
      ("Brais Otero", "brais.otero@compolog.example.es"), "lo de compras...", "2026-07-17 21:48 +0200",
      text=t))

# 9 es - Workday HTML only
h = ats_card("Meseta Retail", "#7a1f5c", "Actualización sobre tu candidatura", paras("""Hola Rubén:

Gracias por presentar tu candidatura a Analista de Aprovisionamiento (R-20418) en Madrid.

Hemos revisado tu perfil con atención y, en esta ocasión, no continuaremos con tu candidatura para esta vacante. Te animamos a seguir consultando nuestro portal de empleo.

Un saludo,
Equipo de Talento de Meseta Retail"""), "Enviado a través de Workday. No respondas a este correo.")
add(M(R, "meseta_workday_html", "es", "Meseta Retail", "",
      ("Meseta Retail", "mesetaretail@myworkday.com"), "Tu candidatura a Analista de Aprovisionamiento",
      "2026-06-22 07:31 +0200", html=h, html_cte="base64", parent="meseta_cancel"))

# 10 es - iso-8859-1 QP, recruitee
t = """Estimado Sr. Okonkwo-Larrea:

Le escribimos en relación con el puesto de Técnico de Compras de Flota en Ribeira.

Lamentamos comunicarle que el perfil que buscamos requiere experiencia previa en compras de pertrechos y combustible para buques, por lo que no podemos seguir adelante con su candidatura.

Le agradecemos la confianza depositada en Pescados Arousa Norte.

Recursos Humanos"""
add(M(R, "arousa_recruitee_fleet", "es", "Pescados Arousa Norte", "",
      ("Pescados Arousa Norte", "no-reply@jobs.recruitee.com"), "Técnico de Compras de Flota - respuesta",
      "2026-08-05 16:10 +0200", text=t, charset="iso-8859-1", cte="quoted-printable",
      subj_enc=("iso-8859-1", "Q")))

# 11 es - windows-1252 8bit, Sierra Norte, BambooHR
t = """Hola Rubén,

Te agradecemos de verdad las ganas que pusiste en la jornada de prueba del almacén de Alcobendas. El equipo ha decidido no cerrar la contratación contigo: buscamos a alguien que ya domine SAP MM desde el primer día.

Te mantenemos en nuestra base de candidatos.

Saludos,
Elena Ruiz – Talento, Sierra Norte Distribución"""
add(M(R, "sierranorte_after_trial", "es", "Sierra Norte Distribución", "elena.ruiz@sierranorte.example.es",
      ("Sierra Norte Distribución", "notifications@bamboohr.com"),
      "Sobre tu proceso en Sierra Norte", "2026-09-02 11:12 +0200", text=t, charset="windows-1252",
      cte="quoted-printable", reply_to=("Elena Ruiz", "elena.ruiz@sierranorte.example.es")))

# 12 es - Teamtailor, Hispania Movilidad after missed & re-interview
t = """Hola Rubén:

Muchas gracias por participar en el proceso de Comprador/a de Baterías y Componentes.

Después de la segunda conversación, el equipo ha decidido continuar con otras personas del proceso. Sabemos que esperar una respuesta es duro, por eso preferimos decírtelo pronto.

Si te apetece recibir feedback, responde a este correo y Carla te llamará.

Equipo de Talento
Hispania Movilidad Eléctrica"""
add(M(R, "hispania_teamtailor", "es", "Hispania Movilidad Eléctrica", "carla.moreno@hme.example.es",
      ("Carla Moreno - Hispania Movilidad Eléctrica", "no-reply@teamtailor-mail.com"),
      "Comprador/a de Baterías y Componentes", "2026-07-01 12:00 +0200", text=t,
      html=ats_card("Hispania Movilidad Eléctrica", "#00a86b", "Gracias por tu interés", paras(t), "Teamtailor"),
      reply_to=("Carla Moreno", "carla.moreno@hme.example.es"), cte="base64"))

# 13 es - Navalia, new text short; quoted invitation from earlier round
old = """Hola Rubén, nos gustaría invitarte a una entrevista presencial el lunes 2 de marzo a las 10:00 en nuestras oficinas del puerto. Confírmanos asistencia, por favor."""
t = """Rubén:

Siguiendo con la conversación de abajo, te confirmo que la dirección ha decidido cubrir la posición de aprovisionamiento con un perfil técnico naval. No continuamos, por tanto, con tu candidatura.

Gracias por tu disponibilidad durante estas semanas.

Pilar Souto
Navalia Coruña Repuestos"""
add(M(R, "navalia_reply_chain", "es", "Navalia Coruña Repuestos", "pilar.souto@navaliacor.example.es",
      ("Pilar Souto", "pilar.souto@navaliacor.example.es"), "RE: Entrevista presencial - Navalia",
      "2026-03-11 14:05 +0100",
      text=t + "\n\n" + outlook_block("es", "Pilar Souto <pilar.souto@navaliacor.example.es>",
                                      "martes, 24 de febrero de 2026 9:12", f"{CAND_NAME}",
                                      "Entrevista presencial - Navalia", old),
      html=outlook_html(mso(t) + "\n<hr>\n" + mso(old))))

# 14 es - head-hunter, client named
t = """Estimado Rubén:

Te escribo tras recibir el feedback de Lonxa Digital Vigo sobre el puesto de Category Buyer.

El cliente ha agradecido la entrevista, pero ha preferido un candidato con experiencia en subastas electrónicas de pescado, así que cierra el proceso contigo. Por mi parte, me quedo con tu perfil para otros encargos de compras en Galicia.

Un saludo,

Héctor Lamas
Socio · Selecta Norte Consultores
C/ Policarpo Sanz 9, 36202 Vigo · +34 986 000 419

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, comuníquelo al remitente y elimínelo."""
add(M(R, "selecta_relays_lonxa", "es", "Lonxa Digital Vigo", "hector.lamas@selectanorte.example.es",
      ("Héctor Lamas", "hector.lamas@selectanorte.example.es"), "Feedback Lonxa Digital - Category Buyer",
      "2026-05-28 18:20 +0200", text=t, html=outlook_html(mso(t))))

# 15 es - vacancy cancelled
t = """Hola Rubén,

Te escribimos para avisarte de que hemos cancelado la vacante de Técnico/a de Compras de Envases. Tras la reorganización del área de operaciones, las funciones se repartirán entre el equipo actual y no se contratará a nadie externo.

Gracias por haberte presentado.

Uxía Costas
RR. HH. · Conservas Bahía de Vigo"""
add(M(R, "conbahia_vacancy_cancelled", "es", "Conservas Bahía de Vigo", "uxia.costas@conbahia.example.es",
      ("Uxía Costas", "uxia.costas@conbahia.example.es"), "Vacante de Técnico/a de Compras de Envases cancelada",
      "2026-10-06 09:40 +0200", text=t, subj_enc=("utf-8", "B")))

# 16 es - Workable, Compostela Logística official one
t = """Hola Rubén:

Gracias por tu candidatura a Analista de Compras y Transporte en Compostela Logística.

Lamentamos informarte de que no has sido seleccionado para la siguiente fase. Hemos recibido muchas solicitudes y la decisión ha sido difícil.

Saludos,
El equipo de Compostela Logística"""
add(M(R, "compolog_workable_official", "es", "Compostela Logística", "",
      ("Compostela Logística", "noreply@workablemail.com"),
      "Actualización: Analista de Compras y Transporte", "2026-07-20 10:03 +0200", text=t,
      html=ats_card("Compostela Logística", "#333366", "Analista de Compras y Transporte", paras(t),
                    "Powered by Workable")))

# ---------------- English (8)
t = """Hi Rubén,

Thank you for your patience while we worked through the Procurement Analyst search in Porto.

I'm writing to let you know that the role has been put on hold following a budget review, and we will not proceed with any candidates at this stage. If the position reopens later in the year we may reach out again.

Best regards,
Inês Carvalho
Talent Partner, Lusomotor Componentes"""
add(M(R, "lusomotor_on_hold", "en", "Lusomotor Componentes", "ines.carvalho@lusomotor.example.pt",
      ("Inês Carvalho via Greenhouse", "no-reply@greenhouse-mail.io"),
      "Update on your Procurement Analyst application", "2026-04-02 15:12 +0100", text=t,
      reply_to=("Inês Carvalho", "ines.carvalho@lusomotor.example.pt"), name_enc=("utf-8", "Q"),
      parent="luso_cancel"))

t = """Hi Rubén,

Just off the phone with Douro Fleet Solutions. Frankly, they liked you, but they have decided to go with a candidate who already ran supplier tenders for a leasing fleet. So it's a no from them this time.

I know that's disappointing after two rounds. Let's speak next week: I have a couple of other procurement mandates in northern Portugal that might fit.

Cheers,
Oliver Grant
Principal Consultant | Kestrel Search Partners
+44 20 0000 5521"""
add(M(R, "kestrel_relays_douro", "en", "Douro Fleet Solutions", "oliver.grant@kestrelsearch.example.co.uk",
      ("Oliver Grant", "oliver.grant@kestrelsearch.example.co.uk"), "Douro Fleet - feedback",
      "2026-06-12 16:45 +0100", text=t, parent="kestrel_move"))

t = """Dear Rubén,

Thank you for applying to the Buyer, Packaging role at Ocean Harvest Foods.

We have reviewed your application carefully. While your background is impressive, we have decided to pursue candidates whose experience more closely matches the requirements of this position.

We wish you every success in your job search.

Kind regards,
Ocean Harvest Foods Recruitment Team"""
add(M(R, "oceanharvest_smartrecruiters", "en", "Ocean Harvest Foods", "",
      ("Ocean Harvest Foods", "no-reply@smartrecruiters.com"), "Your application to Ocean Harvest Foods",
      "2026-03-03 08:14 +0000", text=t,
      html=ats_card("Ocean Harvest Foods", "#1d6fa5", "Your application", paras(t), "SmartRecruiters")))

t = """Hello Rubén,

Quick update from BrightPath. The hiring manager at our client has reviewed the shortlist for the purchasing coordinator assignment in Madrid and, unfortunately, your profile wasn't selected to go forward. They didn't share much more than that, I'm afraid.

I'll keep you in mind for anything else that comes in.

Sophie Adams
Recruitment Consultant, BrightPath Staffing
Paseo de la Castellana 95, Madrid"""
add(M(R, "brightpath_unnamed_client", "en", "BrightPath Staffing", "sophie.adams@brightpath.example.com",
      ("Sophie Adams", "sophie.adams@brightpath.example.com"), "Purchasing coordinator assignment",
      "2026-05-06 11:27 +0200", text=t, html=outlook_html(mso(t)), cte="quoted-printable",
      parent="bp_reg"))

t = """Rubén - thanks for coming in. We won't be taking this further. All the best.

Jan"""
add(M(R, "alster_terse_en", "en", "Alster Automotive Parts", "jan.kruse@alster-ap.example.de",
      ("Jan Kruse", "jan.kruse@alster-ap.example.de"), "Re: Junior Buyer", "2026-09-18 17:58 +0200",
      text=t + "\n\n" + on_wrote("en", "Wed, 16 Sep 2026 at 09:10", f"{CAND_NAME} <ruben.ol@example.es>",
                                 "Hi Jan,\nThanks again for the interview yesterday, I enjoyed the plant tour.\nBest,\nRubén"),
      parent="alster_thanks"))

t = """Dear Rubén,

Many thanks for taking part in the panel interview for the Supply Analyst position.

After careful consideration, the panel has concluded that we will not be extending an offer to you on this occasion. We were impressed by your negotiation examples, but the role needs deeper exposure to freight procurement.

Please don't hesitate to apply for future openings.

Regards,
Beatriz Lopes
HR Business Partner, Norte Cargo Porto"""
add(M(R, "nortecargo_second_role", "en", "Norte Cargo Porto", "beatriz.lopes@nortecargo.example.pt",
      ("Beatriz Lopes (Norte Cargo)", "no-reply@hire.lever.co"), "Supply Analyst - Norte Cargo Porto",
      "2026-02-17 10:50 +0000", text=t,
      reply_to=("Beatriz Lopes", "beatriz.lopes@nortecargo.example.pt")))

t = """Dear Rubén Okonkwo-Larrea,

Thank you for your interest in the Indirect Procurement Analyst (Req. 44817) position at Stellar Mobility Components, Vigo plant.

We regret to inform you that this requisition has been filled. Your profile will remain in our talent community and you may be considered for other opportunities.

Sincerely,
Stellar Mobility Components Talent Acquisition"""
add(M(R, "stellar_icims_filled", "en", "Stellar Mobility Components", "",
      ("Stellar Mobility Components", "talent@stellarmobility.icims.com"),
      "Indirect Procurement Analyst (Req. 44817)", "2026-08-28 22:04 -0400", text=t,
      html=ats_card("Stellar Mobility Components", "#c8102e", "Application status", paras(t), "iCIMS")))

t = """Hi Rubén,

I'm sorry to come back with disappointing news. We interviewed a strong group for the Procurement Associate position and chose someone who had worked on the buying side of a port chandlery for several years.

It was a pleasure speaking with you, and I hope our paths cross again.

Warmly,
Rita Pinto
Operations Director, Leixões Port Supplies"""
add(M(R, "leixoes_chose_other", "en", "Leixões Port Supplies", "rita.pinto@lps.example.pt",
      ("Rita Pinto", "rita.pinto@lps.example.pt"), "Procurement Associate - Leixões",
      "2026-03-26 09:35 +0000", text=t))

# ---------------- French (4)
t = """Bonjour Rubén,

Merci encore pour l'entretien de jeudi dernier avec Mme Dufour et moi-même.

Nous avons pris le temps de comparer les profils rencontrés et avons décidé de ne pas donner suite à votre candidature pour le poste d'Acheteur junior. Votre expérience de la vente automobile est réelle, mais nous recherchons quelqu'un déjà familier des achats de pièces navales.

Nous vous souhaitons bonne continuation.

Cordialement,
Thomas Girard
Responsable RH - Aquitaine Pièces Navales
12 quai de Bacalan, 33300 Bordeaux"""
add(M(R, "apn_after_interview", "fr", "Aquitaine Pièces Navales", "thomas.girard@apnavales.example.fr",
      ("Thomas Girard", "thomas.girard@apnavales.example.fr"), "Votre candidature - Acheteur junior",
      "2026-06-19 14:33 +0200", text=t, charset="iso-8859-1", cte="quoted-printable",
      parent="apn_missed"))

t = """Bonjour,

Nous vous remercions de l'intérêt porté à Garonne Mobilités.

Le poste d'Analyste Achats pour lequel vous avez postulé a été pourvu. Nous ne sommes donc pas en mesure de retenir votre candidature.

Bien à vous,
L'équipe recrutement"""
add(M(R, "garonne_teamtailor", "fr", "Garonne Mobilités", "",
      ("Garonne Mobilités", "no-reply@teamtailor-mail.com"), "Garonne Mobilités - votre candidature",
      "2026-04-24 08:01 +0200", text=t,
      html=ats_card("Garonne Mobilités", "#e94e1b", "Merci pour votre candidature", paras(t), "Teamtailor"),
      cte="quoted-printable", parent="garonne_ack"))

t = """Rubén,

Retour de notre client Médoc Distribution : ils ne poursuivent pas avec vous pour le poste de Gestionnaire approvisionnements. Ils ont trouvé votre français très bon mais le manque d'expérience en grande distribution a pesé.

Je reste à votre écoute pour d'autres missions sur Bordeaux.

Claire Lacroix
Cabinet Lacroix Talents
06 00 00 41 88"""
add(M(R, "lacroix_relays_medoc", "fr", "Médoc Distribution", "claire.lacroix@lacroixtalents.example.fr",
      ("Claire Lacroix", "claire.lacroix@lacroixtalents.example.fr"), "Médoc Distribution - retour",
      "2026-05-21 19:12 +0200", text=t, subj_enc=("iso-8859-1", "B"), name_enc=None,
      parent="lacroix_invite"))

t = """Bonjour Monsieur Okonkwo-Larrea,

Suite à notre échange téléphonique, je vous confirme par écrit que nous ne retiendrons pas votre candidature. Le poste est finalement supprimé de notre plan de recrutement 2026.

Salutations distinguées,
Jean-Marc Bordes
Bordeaux Pneus Services"""
add(M(R, "bpneus_post_removed", "fr", "Bordeaux Pneus Services", "jm.bordes@bpneus.example.fr",
      ("Jean-Marc Bordes", "jm.bordes@bpneus.example.fr"), "Candidature Assistant achats",
      "2026-09-09 11:11 +0200", text=t, charset="windows-1252", cte="8bit"))

# ---------------- German (3)
t = """Sehr geehrter Herr Okonkwo-Larrea,

vielen Dank für das Gespräch und Ihr Interesse an der Position Einkaufsanalyst (m/w/d) bei der Hanseatische Zulieferteile GmbH.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben. Diese Entscheidung ist keine Bewertung Ihrer Person.

Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Hanseatische Zulieferteile"""
add(M(R, "hzt_softgarden", "de", "Hanseatische Zulieferteile", "",
      ("Hanseatische Zulieferteile", "noreply@softgarden.io"), "Ihre Bewerbung als Einkaufsanalyst (m/w/d)",
      "2026-05-08 10:14 +0200", text=t,
      html=ats_card("Hanseatische Zulieferteile", "#003366", "Ihre Bewerbung", paras(t), "softgarden e-recruiting"),
      cte="quoted-printable", parent="hzt_moved"))

t = """Hallo Herr Okonkwo-Larrea,

kurze Rückmeldung zur Stelle Junior-Einkäufer Schiffbau: Die Position wird intern mit einem Kollegen aus der Arbeitsvorbereitung besetzt. Eine externe Besetzung ist damit vom Tisch.

Danke für Ihre Geduld und viel Erfolg!

Katrin Voss
Personalabteilung, Wilhelmsburg Werft
Neuhöfer Straße 3, 21107 Hamburg"""
add(M(R, "wwerft_internal", "de", "Wilhelmsburg Werft", "katrin.voss@wwerft.example.de",
      ("Katrin Voß", "katrin.voss@wwerft.example.de"), "Junior-Einkäufer Schiffbau",
      "2026-08-13 15:02 +0200", text=t, name_enc=("iso-8859-1", "B"), subj_enc=("utf-8", "Q"),
      charset="iso-8859-1", cte="8bit"))

t = """Guten Tag Herr Okonkwo-Larrea,

unser Kunde hat sich nach Durchsicht der Unterlagen gegen eine Einladung entschieden. Namen und Details dürfen wir, wie besprochen, nicht weitergeben. Wir melden uns, sobald wir ein passenderes Mandat im Raum Hamburg haben.

Freundliche Grüße
Lars Petersen
Nordwind Personal | Personalberatung
Tel. 040 000 7712"""
add(M(R, "nordwind_unnamed_client", "de", "Nordwind Personal", "lars.petersen@nordwind-personal.example.de",
      ("Lars Petersen", "lars.petersen@nordwind-personal.example.de"), "Rückmeldung unseres Kunden",
      "2026-07-29 09:20 +0200", text=t, html=outlook_html(mso(t)), parent="nordwind_reg"))

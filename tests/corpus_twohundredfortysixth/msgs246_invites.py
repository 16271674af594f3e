"""Corpus 246 - interview invitations (26), reschedules/cancellations (15), missed interviews (10)."""

from msgs246_common import (CAND_NAME, M, SIG_ES, ats_card, on_wrote, outlook_block, outlook_html,
                            mso, paras, quote)

I = "interview_invitation"
RS = "interview_reschedule_or_cancel"
MI = "missed_interview_notice"
MSGS = []
add = MSGS.append

# ======================================================= invitations - Spanish (14)
t = """Hola Rubén:

Gracias por tu candidatura a Analista de Compras (Componentes de Chasis). Nos gustaría conocerte en una entrevista con panel: estarán Nerea Alonso (Jefa de Compras), Rafael Comesaña (Calidad de Proveedores) y yo misma.

Fecha: jueves 12 de marzo de 2026
Hora: 10:00 - 11:00
Lugar: Planta de Balaídos, edificio B, sala Miño

Te adjunto la convocatoria de calendario; acéptala para confirmar. Trae, si puedes, un ejemplo de negociación que hayas llevado en el concesionario.

Un saludo,
Sabela Iglesias
Talent Acquisition · Automoción Baixo Miño
Avda. de Citroën s/n · 36210 Vigo · +34 986 000 120"""
add(M(I, "abm_panel_ics", "es", "Automoción Baixo Miño", "sabela.iglesias@autobm.example.es",
      ("Sabela Iglesias", "sabela.iglesias@autobm.example.es"),
      "Invitación: entrevista con panel - Analista de Compras", "2026-03-02 12:30 +0100", text=t,
      html=outlook_html(mso(t)), cte="quoted-printable", tid="abm_invite", parent="abm_ack",
      ics=dict(method="REQUEST", uid="abm-panel-0312@autobm.example.es", seq=0, stamp="20260302T113000Z",
               start="20260312T090000Z", end="20260312T100000Z",
               summary="Entrevista panel - Rubén Okonkwo-Larrea", location="Planta Balaídos, edificio B",
               organizer=("Sabela Iglesias", "sabela.iglesias@autobm.example.es"),
               prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN")))

t = """Buenos días, Rubén.

Soy Diego Rial, del equipo de Personas de Estaleiros Ría de Vigo. He visto tu candidatura para Analista de Compras Junior y me gustaría hacerte una llamada breve, de unos 20 minutos, para conocer tu experiencia y resolver dudas.

¿Te va bien el miércoles 4 de marzo a las 10:00? Te llamaría al 600 412 377. Si no, proponme otra franja esa semana.

Saludos,
Diego Rial
Estaleiros Ría de Vigo"""
add(M(I, "estaleiros_phone_screen", "es", "Estaleiros Ría de Vigo", "diego.rial@estaleirosria.example.es",
      ("Diego Rial", "diego.rial@estaleirosria.example.es"), "Llamada - Analista de Compras Junior",
      "2026-02-27 09:15 +0100", text=t, tid="est_invite"))

t = """Estimado Rubén:

Nos complace invitarle a una entrevista presencial para el puesto de Analista de Compras en nuestra sede de Llanera.

Día: martes 5 de mayo de 2026, a las 9:30
Dirección: Polígono de Silvota, parcela 14 (preguntar en recepción por Lucía Barreiro)

La entrevista durará aproximadamente una hora e incluirá un pequeño caso práctico con Excel. Le rogamos que confirme su asistencia respondiendo a este correo.

Atentamente,
Lucía Barreiro Souto
Responsable de Selección · Asturmetal Suministros"""
add(M(I, "asturmetal_onsite", "es", "Asturmetal Suministros", "lucia.barreiro@asturmetal.example.es",
      ("Lucía Barreiro Souto", "lucia.barreiro@asturmetal.example.es"),
      "Entrevista presencial - Analista de Compras (Llanera)", "2026-04-24 13:02 +0200", text=t,
      charset="windows-1252", cte="quoted-printable", tid="ast_invite"))

t = """¡Hola Rubén!

Buenas noticias: Conservas Bahía de Vigo quiere conocerte para el puesto de Técnico de Aprovisionamiento que te comenté. La entrevista la hará su jefe de compras, Manuel Alonso.

- Cuándo: lunes 16 de febrero, 12:00
- Dónde: Avda. Beiramar 41, Vigo (fábrica, entrada por la portería de camiones)
- Lleva DNI y un CV impreso

Confírmame hoy si puedes ir y le paso tu confirmación al cliente.

Un saludo,
Noelia Castro
Faro Empleo ETT · 986 000 733"""
add(M(I, "faro_client_conservas", "es", "Conservas Bahía de Vigo", "noelia.castro@faroempleo.example.es",
      ("Noelia Castro | Faro Empleo", "noelia.castro@faroempleo.example.es"),
      "Entrevista con cliente: Conservas Bahía de Vigo", "2026-02-10 10:48 +0100", text=t,
      parent="faro_reg", tid="faro_invite"))

t = """Hola Rubén:

Queremos seguir con tu candidatura a Analista de Compras en Santiago. Te proponemos una videollamada por Microsoft Teams con Antía Varela (People) y Roi Campos (Compras):

Lunes 6 de abril · 16:30-17:15 (hora peninsular)
Enlace: https://teams.example.com/l/meetup-join/gallaecia-4a7f

Si el horario no te cuadra, respóndenos con dos alternativas.

Un saludo,
Antía Varela
Gallaecia Foods"""
add(M(I, "gallaecia_teams", "es", "Gallaecia Foods", "antia.varela@gallaeciafoods.example.es",
      ("Antía Varela", "antia.varela@gallaeciafoods.example.es"), "Videollamada - Analista de Compras",
      "2026-03-30 11:20 +0200", text=t, html=paras(t), cte="base64", tid="gal_invite"))

t = """Buenas Rubén,

¿Estás libre el jueves por la tarde para charlar un rato? Sin formalidades, un café en la oficina de Santiago, sobre las 17:00. Me gustaría contarte cómo funciona el área de compras de transporte y que tú me cuentes qué buscas.

Dime algo.

Brais Otero
Compostela Logística · Polígono do Tambre, Vía Edison 8 · Santiago"""
add(M(I, "compolog_casual_chat", "es", "Compostela Logística", "brais.otero@compolog.example.es",
      ("Brais Otero", "brais.otero@compolog.example.es"), "¿café el jueves?", "2026-06-29 20:05 +0200",
      text=t, tid="compolog_invite"))

t = """Estimado/a candidato/a:

Ha sido seleccionado/a para participar en nuestra jornada de evaluación (assessment centre) para el puesto de Técnico de Compras Junior.

Fecha: viernes 20 de marzo de 2026
Horario: de 9:00 a 14:00
Lugar: Lonja de Ribeira, sala de formación, 1ª planta

Programa: presentación de la empresa, dinámica de grupo, prueba de negociación por parejas y entrevista individual de 20 minutos.

Por favor, confirme su asistencia antes del lunes 16.

Recursos Humanos
Pescados Arousa Norte
Teléfono: 981 000 605"""
add(M(I, "arousa_assessment", "es", "Pescados Arousa Norte", "rrhh.seleccion@arousanorte.example.es",
      ("Selección Arousa Norte", "rrhh.seleccion@arousanorte.example.es"),
      "Convocatoria jornada de evaluación - Técnico de Compras Junior", "2026-03-09 08:30 +0100", text=t,
      charset="iso-8859-1", cte="8bit", subj_enc=("iso-8859-1", "Q"), tid="arousa_invite"))

t = """Hola Rubén:

¡Enhorabuena! Tu candidatura a Analista de Aprovisionamiento (R-20418) avanza a la fase de entrevista.

Elige el horario que mejor te venga para una entrevista de 45 minutos con la responsable del área:
https://mesetaretail.wd3.myworkday.com/meseta/d/inbox/scheduling/R-20418

Los huecos disponibles son entre el 8 y el 12 de junio. Una vez reservado, recibirás una confirmación.

Equipo de Talento de Meseta Retail"""
add(M(I, "meseta_workday_link", "es", "Meseta Retail", "",
      ("Meseta Retail", "mesetaretail@myworkday.com"), "Programa tu entrevista - Analista de Aprovisionamiento",
      "2026-06-01 09:00 +0200",
      html=ats_card("Meseta Retail", "#7a1f5c", "Programa tu entrevista", paras(t), "Workday"),
      text=t, tid="meseta_invite"))

t = """Hola Rubén,

¡Nos encantaría conocerte! Reserva aquí tu entrevista por videollamada para Comprador/a de Baterías y Componentes:

https://app.teamtailor.com/meetings/hme/book/8f21c

Dura 30 minutos y la hará Carla Moreno, de Talento. Si ninguno de los huecos te sirve, responde a este mensaje.

¡Hasta pronto!
Hispania Movilidad Eléctrica"""
add(M(I, "hispania_teamtailor_book", "es", "Hispania Movilidad Eléctrica", "carla.moreno@hme.example.es",
      ("Carla Moreno - Hispania Movilidad Eléctrica", "no-reply@teamtailor-mail.com"),
      "Reserva tu entrevista con Hispania Movilidad Eléctrica", "2026-06-08 10:15 +0200", text=t,
      html=ats_card("Hispania Movilidad Eléctrica", "#00a86b", "Reserva tu entrevista", paras(t), "Teamtailor"),
      reply_to=("Carla Moreno", "carla.moreno@hme.example.es"), tid="hme_invite"))

t = """Hola Rubén:

Como te adelanté por teléfono, queremos que vengas un día a trabajar con nosotros en el almacén de Alcobendas antes de decidir. Será una jornada de prueba remunerada.

Día: martes 25 de agosto, de 8:00 a 15:00
Dónde: C/ Francisco Gervás 12, Alcobendas. Pregunta por Ramón en el muelle 3.
Qué traer: calzado de seguridad (si no tienes, te lo dejamos) y portátil si puedes.

Te sentarás con el equipo de aprovisionamiento y revisarás con ellos pedidos reales.

Saludos,
Elena Ruiz
Talento · Sierra Norte Distribución"""
add(M(I, "sierranorte_trial_day", "es", "Sierra Norte Distribución", "elena.ruiz@sierranorte.example.es",
      ("Elena Ruiz", "elena.ruiz@sierranorte.example.es"), "Jornada de prueba en Alcobendas",
      "2026-08-17 12:44 +0200", text=t, tid="sierra_invite"))

t = """Rubén, buenas tardes:

Te escribo de Selecta Norte Consultores. Llevamos la búsqueda de un Category Buyer para Lonxa Digital Vigo y tu perfil encaja bien por tu experiencia negociando con clientes y proveedores en el concesionario.

¿Podemos hablar por teléfono el viernes 8 de mayo entre las 9:00 y las 11:00? Serán 30 minutos para repasar tu trayectoria y, si encaja, te presentaría al cliente.

Un saludo,
Héctor Lamas
Socio · Selecta Norte Consultores · +34 986 000 419"""
add(M(I, "selecta_phone_screen", "es", "Lonxa Digital Vigo", "hector.lamas@selectanorte.example.es",
      ("Héctor Lamas", "hector.lamas@selectanorte.example.es"), "Category Buyer - Lonxa Digital Vigo",
      "2026-05-04 16:02 +0200", text=t, tid="selecta_invite"))

t = """Buenos días Rubén:

Te convocamos a una entrevista para el puesto de Técnico de Compras en Oviedo. Encontrarás la invitación en tu calendario.

Entrevistadores: Marta Fernández (RR. HH.) y Javier Menéndez (Dirección de Compras)
Fecha: miércoles 28 de enero de 2026, 11:00
Lugar: Oficinas centrales, C/ Uría 30, 4ª planta, Oviedo

Marta Fernández Llano
Recursos Humanos · Grupo Comercial Cantábrico"""
add(M(I, "cantabrico_ics", "es", "Grupo Comercial Cantábrico", "marta.fllano@gcantabrico.example.es",
      ("Marta Fernández Llano", "marta.fllano@gcantabrico.example.es"),
      "Convocatoria entrevista Técnico de Compras", "2026-01-19 10:10 +0100", text=t,
      html=outlook_html(mso(t)),
      ics=dict(method="REQUEST", uid="gcc-entrevista-0128@gcantabrico.example.es", seq=0,
               stamp="20260119T091000Z", start="20260128T100000Z", end="20260128T110000Z",
               summary="Entrevista Técnico de Compras - R. Okonkwo", location="C/ Uría 30, Oviedo",
               organizer=("Marta Fernández Llano", "marta.fllano@gcantabrico.example.es"), attach=True),
      tid="cant_invite"))

t = """Hola Rubén, soy Manuel Alonso, jefe de compras de Conservas Bahía de Vigo.

Además de la vacante que llevamos con Faro Empleo, tenemos abierta otra de Técnico/a de Compras de Envases. Me gustaría que hicieras un pequeño caso práctico (análisis de tres ofertas de proveedores de hojalata) y lo comentemos juntos en una entrevista.

Te propongo el jueves 3 de septiembre a las 10:30 en fábrica. Te mandaré el caso dos días antes.

Saludos,
Manuel Alonso"""
add(M(I, "conbahia_case_study", "es", "Conservas Bahía de Vigo", "manuel.alonso@conbahia.example.es",
      ("Manuel Alonso", "manuel.alonso@conbahia.example.es"), "Caso práctico y entrevista - Compras de Envases",
      "2026-08-26 08:50 +0200", text=t, cte="base64", tid="conbahia_invite"))

t = """Hola Rubén:

Me pasó tu CV un compañero. Si te parece, hablamos por teléfono mañana a las 13:00 sobre el puesto de Comprador/a Junior en el almacén de A Coruña. No te robo más de un cuarto de hora.

Xoán Mera
Recambios Mera · 981 000 377"""
add(M(I, "mera_phone_call", "es", "Recambios Mera", "xoan.mera@recmera.example.es",
      ("Xoán Mera Rivas", "xoan.mera@recmera.example.es"), "Llamada mañana", "2026-05-25 18:30 +0200",
      text=t, tid="mera_invite"))

# ======================================================= invitations - English (6)
t = """Hi Rubén,

Thanks for applying for the Procurement Analyst role at Lusomotor Componentes. We'd love to set up a first video interview with our Procurement Manager, Rui Teixeira.

Please pick a time that suits you using the link below:
https://app.greenhouse.io/scheduling/lusomotor/rt-7731

The interview will last 45 minutes and will be held in English.

Best,
Inês Carvalho
Talent Partner, Lusomotor Componentes"""
add(M(I, "lusomotor_greenhouse_link", "en", "Lusomotor Componentes", "ines.carvalho@lusomotor.example.pt",
      ("Inês Carvalho via Greenhouse", "no-reply@greenhouse-mail.io"),
      "Interview invitation: Procurement Analyst at Lusomotor Componentes", "2026-03-16 14:05 +0000", text=t,
      html=ats_card("Lusomotor Componentes", "#24a47f", "Schedule your interview", paras(t), "Greenhouse"),
      reply_to=("Inês Carvalho", "ines.carvalho@lusomotor.example.pt"), name_enc=("utf-8", "B"),
      parent="luso_ack", tid="luso_invite"))

t = """Hi Rubén,

Great news: Douro Fleet Solutions would like to meet you for the Fleet Procurement Analyst role.

First interview: Tuesday 26 May, 11:00 Lisbon time (12:00 in Vigo), on Zoom with Marta Sousa, Procurement Director. Link to follow from their side.

Have a look at their annual report before the call, and let me know today if the slot works so I can confirm with the client.

Cheers,
Oliver Grant
Principal Consultant | Kestrel Search Partners
+44 20 0000 5521"""
add(M(I, "kestrel_client_douro", "en", "Douro Fleet Solutions", "oliver.grant@kestrelsearch.example.co.uk",
      ("Oliver Grant", "oliver.grant@kestrelsearch.example.co.uk"), "Interview with Douro Fleet Solutions",
      "2026-05-19 09:12 +0100", text=t, parent="kestrel_cold", tid="kestrel_invite"))

t = """Hi Rubén,

Thanks for your application to Porto Atlantic Seafood. You've been invited to interview for Procurement Associate.

Book your interview: https://jobs.ashbyhq.com/pas/interview/schedule/a91c3e
Length: 30 minutes, video call
Interviewer: Daniel Moreira, Head of Operations

Reply to this email if you have any questions.

Porto Atlantic Seafood Recruiting"""
add(M(I, "pas_ashby_schedule", "en", "Porto Atlantic Seafood", "daniel.moreira@pas.example.pt",
      ("Porto Atlantic Seafood", "no-reply@ashbyhq.com"), "Invitation to interview - Procurement Associate",
      "2026-07-06 10:00 +0100", text=t, reply_to=("Daniel Moreira", "daniel.moreira@pas.example.pt"),
      parent="pas_ack", tid="pas_invite"))

t = """Hello Rubén,

I'm a recruiter with Stellar Mobility Components. I came across your application for the Indirect Procurement Analyst opening at our Vigo plant and would like to schedule a 20-minute phone screen.

Would Thursday 13 August at 15:00 (CEST) work? If not, please suggest two alternatives.

Kind regards,
Megan Doyle
Talent Acquisition Specialist, Stellar Mobility Components
+1 313 000 8841"""
add(M(I, "stellar_phone_screen", "en", "Stellar Mobility Components", "megan.doyle@stellarmobility.example.com",
      ("Megan Doyle", "megan.doyle@stellarmobility.example.com"), "Phone screen - Indirect Procurement Analyst",
      "2026-08-07 08:41 -0400", text=t, tid="stellar_invite"))

t = """Dear Rubén,

Following your conversation with our talent team, we are pleased to invite you to a panel interview for the Supply Analyst position.

Date: Monday 2 February 2026, 14:00-15:30 (Porto time)
Location: Norte Cargo Porto, Rua do Freixo 1071, Porto
Panel: Beatriz Lopes (HR), Tiago Matos (Procurement Lead), Ana Reis (Finance)

A calendar invitation is attached. Please accept it to confirm.

Regards,
Beatriz Lopes
HR Business Partner, Norte Cargo Porto"""
add(M(I, "nortecargo_panel_ics", "en", "Norte Cargo Porto", "beatriz.lopes@nortecargo.example.pt",
      ("Beatriz Lopes", "beatriz.lopes@nortecargo.example.pt"), "Panel interview - Supply Analyst",
      "2026-01-22 16:20 +0000", text=t, tid="nc_invite", parent="nc_ack",
      ics=dict(method="REQUEST", uid="nc-panel-20260202@nortecargo.example.pt", seq=0,
               stamp="20260122T162000Z", start="20260202T140000Z", end="20260202T153000Z",
               summary="Panel interview - Supply Analyst", location="Rua do Freixo 1071, Porto",
               organizer=("Beatriz Lopes", "beatriz.lopes@nortecargo.example.pt"))))

t = """Hi Rubén,

Are you free Thursday to chat? We have a Junior Buyer opening at our Hamburg site and your Spanish-German-English mix caught my eye. 30 minutes on Zoom, nothing formal - say 10:00?

Jan Kruse
Purchasing Manager, Alster Automotive Parts"""
add(M(I, "alster_casual_zoom", "en", "Alster Automotive Parts", "jan.kruse@alster-ap.example.de",
      ("Jan Kruse", "jan.kruse@alster-ap.example.de"), "Quick chat Thursday?", "2026-09-07 08:05 +0200",
      text=t, tid="alster_invite"))

# ======================================================= invitations - French (3)
t = """Bonjour Rubén,

Suite à votre candidature au poste d'Analyste Achats, nous avons le plaisir de vous convier à un entretien dans nos locaux de Mérignac.

Date : mardi 14 avril 2026 à 14h00
Adresse : Girondine Équipements Auto, 8 avenue de l'Aéroport, 33700 Mérignac
Interlocuteurs : Sophie Marchand (RH) et Paul Dubreuil (Directeur Achats)

Vous trouverez l'invitation en pièce jointe. Merci de l'accepter pour confirmer votre présence.

Cordialement,
Sophie Marchand
Chargée de recrutement - Girondine Équipements Auto"""
add(M(I, "girondine_ics", "fr", "Girondine Équipements Auto", "sophie.marchand@girondine.example.fr",
      ("Sophie Marchand", "sophie.marchand@girondine.example.fr"),
      "Invitation à un entretien - Analyste Achats", "2026-04-01 11:45 +0200", text=t, cte="quoted-printable",
      tid="gir_invite",
      ics=dict(method="REQUEST", uid="gir-entretien-0414@girondine.example.fr", seq=0,
               stamp="20260401T094500Z", start="20260414T120000Z", end="20260414T130000Z",
               summary="Entretien Analyste Achats - R. Okonkwo-Larrea", location="Mérignac",
               organizer=("Sophie Marchand", "sophie.marchand@girondine.example.fr"))))

t = """Bonjour Monsieur Okonkwo-Larrea,

Votre profil a retenu notre attention pour le poste d'Acheteur junior. Nous vous proposons un entretien en visioconférence le jeudi 11 juin à 10h00 (heure de Paris), d'une durée de 45 minutes.

Lien Teams : https://teams.example.com/l/apn-acheteur-junior

Merci de nous confirmer votre disponibilité.

Thomas Girard
Responsable RH - Aquitaine Pièces Navales"""
add(M(I, "apn_visio", "fr", "Aquitaine Pièces Navales", "thomas.girard@apnavales.example.fr",
      ("Thomas Girard", "thomas.girard@apnavales.example.fr"), "Entretien - Acheteur junior",
      "2026-06-04 09:30 +0200", text=t, charset="iso-8859-1", cte="8bit", tid="apn_invite",
      parent="apn_ack"))

t = """Bonjour Rubén,

Comme évoqué au téléphone, mon client Médoc Distribution souhaite vous rencontrer pour le poste de Gestionnaire approvisionnements.

Rendez-vous le lundi 18 mai à 9h30 à leur siège, 40 rue Achard, Bordeaux. Vous verrez la directrice supply chain, Mme Laurent. Prévoyez une heure.

Pouvez-vous me confirmer rapidement ?

Claire Lacroix
Cabinet Lacroix Talents - 06 00 00 41 88"""
add(M(I, "lacroix_client_medoc", "fr", "Médoc Distribution", "claire.lacroix@lacroixtalents.example.fr",
      ("Claire Lacroix", "claire.lacroix@lacroixtalents.example.fr"), "Entretien chez Médoc Distribution",
      "2026-05-12 17:05 +0200", text=t, html=paras(t), tid="lacroix_invite"))

# ======================================================= invitations - German (3)
t = """Sehr geehrter Herr Okonkwo-Larrea,

vielen Dank für Ihre Bewerbung als Einkaufsanalyst (m/w/d). Wir möchten Sie gerne persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch per Videokonferenz ein.

Termin: Mittwoch, 22. April 2026, 10:00 Uhr
Teilnehmende: Frau Brandt (Leitung Einkauf), Herr Yilmaz (HR)
Den Link erhalten Sie einen Tag vorher.

Bitte bestätigen Sie den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Anja Brandt
Hanseatische Zulieferteile GmbH
Billstraße 80, 20539 Hamburg"""
add(M(I, "hzt_video_invite", "de", "Hanseatische Zulieferteile", "anja.brandt@hzt.example.de",
      ("Anja Brandt", "anja.brandt@hzt.example.de"), "Einladung zum Vorstellungsgespräch",
      "2026-04-14 14:20 +0200", text=t, charset="iso-8859-1", cte="quoted-printable",
      subj_enc=("iso-8859-1", "Q"), tid="hzt_invite", parent="hzt_ack"))

t = """Hallo Herr Okonkwo-Larrea,

wir laden Sie zu einem Gespräch für die Stelle Strategischer Einkauf Marine (Junior) ein. Die Kalendereinladung ist beigefügt.

Donnerstag, 10. September 2026, 09:00-10:00 Uhr
Elbe Marine Systems, Am Sandtorkai 50, 20457 Hamburg (alternativ per Teams)

Viele Grüße
Jonas Hartmann
Teamlead Procurement, Elbe Marine Systems"""
add(M(I, "elbe_ics", "de", "Elbe Marine Systems", "jonas.hartmann@elbemarine.example.de",
      ("Jonas Hartmann", "jonas.hartmann@elbemarine.example.de"), "Einladung: Gespräch Strategischer Einkauf",
      "2026-09-01 10:00 +0200", text=t, html=outlook_html(mso(t)), tid="elbe_invite",
      ics=dict(method="REQUEST", uid="elbe-0910-einkauf@elbemarine.example.de", seq=0,
               stamp="20260901T080000Z", start="20260910T070000Z", end="20260910T080000Z",
               summary="Gespräch Strategischer Einkauf - Okonkwo-Larrea", location="Am Sandtorkai 50, Hamburg",
               organizer=("Jonas Hartmann", "jonas.hartmann@elbemarine.example.de"))))

t = """Sehr geehrter Herr Okonkwo-Larrea,

wir freuen uns, Sie zu unserem Assessment-Center für die Position Junior-Einkäufer Schiffbau einzuladen.

Datum: Freitag, 24. Juli 2026
Uhrzeit: 08:30 bis ca. 15:00 Uhr
Ort: Wilhelmsburg Werft, Verwaltungsgebäude, Raum 2.14

Ablauf: Unternehmenspräsentation, Fallstudie Lieferantenauswahl, Rollenspiel Preisverhandlung, Einzelinterview. Für Verpflegung ist gesorgt; Reisekosten erstatten wir bis 250 EUR.

Mit freundlichen Grüßen
Katrin Voß
Personalabteilung, Wilhelmsburg Werft"""
add(M(I, "wwerft_assessment", "de", "Wilhelmsburg Werft", "katrin.voss@wwerft.example.de",
      ("Wilhelmsburg Werft", "no-reply@personio.de"), "Einladung zum Assessment-Center",
      "2026-07-10 11:00 +0200", text=t, reply_to=("Katrin Voß", "katrin.voss@wwerft.example.de"),
      name_enc=None, cte="base64", parent="wwerft_ack"))

# ======================================================= reschedules / cancellations (15)
t = """Hola de nuevo Rubén:

Nerea Alonso tiene que estar en una auditoría de proveedor ese jueves, así que movemos la entrevista con panel al viernes 13 de marzo, a la misma hora (10:00). El lugar no cambia. Te he enviado la convocatoria actualizada.

Perdona las molestias.

Sabela Iglesias
Talent Acquisition · Automoción Baixo Miño"""
add(M(RS, "abm_moved_seq", "es", "Automoción Baixo Miño", "sabela.iglesias@autobm.example.es",
      ("Sabela Iglesias", "sabela.iglesias@autobm.example.es"),
      "Actualizado: entrevista con panel - Analista de Compras", "2026-03-06 15:10 +0100", text=t,
      html=outlook_html(mso(t)), parent="abm_invite", tid="abm_moved",
      ics=dict(method="REQUEST", uid="abm-panel-0312@autobm.example.es", seq=1, stamp="20260306T141000Z",
               start="20260313T090000Z", end="20260313T100000Z",
               summary="Entrevista panel - Rubén Okonkwo-Larrea", location="Planta Balaídos, edificio B",
               organizer=("Sabela Iglesias", "sabela.iglesias@autobm.example.es"),
               prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN")))

t = """Estimado Rubén:

Lamento avisarle con tan poco margen: Javier Menéndez, que iba a hacerle la entrevista mañana martes, está de baja por una gripe. Tenemos que aplazarla.

¿Le vendría bien el jueves 7 de mayo a las 12:00, en el mismo sitio? Si no, dígame qué días tiene libres la semana próxima.

Lucía Barreiro Souto
Asturmetal Suministros"""
add(M(RS, "asturmetal_interviewer_ill", "es", "Asturmetal Suministros", "lucia.barreiro@asturmetal.example.es",
      ("Lucía Barreiro Souto", "lucia.barreiro@asturmetal.example.es"), "Aplazamiento de la entrevista de mañana",
      "2026-05-04 19:22 +0200", text=t, parent="ast_invite", tid="ast_resched", name_enc=("iso-8859-1", "B")))

t = """Hola Rubén:

Te escribo para cambiar la hora de la videollamada del lunes 6: Roi no puede a las 16:30. ¿Te iría bien ese mismo lunes a las 18:00? El enlace de Teams sería el mismo.

Gracias por la flexibilidad,
Antía"""
add(M(RS, "gallaecia_new_time", "es", "Gallaecia Foods", "antia.varela@gallaeciafoods.example.es",
      ("Antía Varela", "antia.varela@gallaeciafoods.example.es"), "Re: Videollamada - Analista de Compras",
      "2026-04-02 09:05 +0200",
      text=t + "\n\n" + on_wrote("es", "lun, 30 mar 2026 a las 11:20", "Antía Varela <antia.varela@gallaeciafoods.example.es>",
                                 "Queremos seguir con tu candidatura a Analista de Compras en Santiago.\nTe proponemos una videollamada por Microsoft Teams el lunes 6 de abril a las 16:30."),
      parent="gal_invite"))

t = """Hola Rubén:

Cancelamos la entrevista del 10 de junio porque la responsable del área estará de viaje. No te preocupes: tu candidatura sigue activa y te enviaremos un nuevo enlace para reservar en cuanto tengamos su agenda.

Equipo de Talento de Meseta Retail"""
add(M(RS, "meseta_cancel_ics", "es", "Meseta Retail", "",
      ("Meseta Retail", "mesetaretail@myworkday.com"), "Cancelada: entrevista Analista de Aprovisionamiento",
      "2026-06-09 18:00 +0200", text=t, parent="meseta_invite", tid="meseta_cancel",
      ics=dict(method="CANCEL", uid="wd-R20418-int-0610@myworkday.com", seq=2, stamp="20260609T160000Z",
               start="20260610T080000Z", end="20260610T084500Z", summary="Entrevista - Analista de Aprovisionamiento",
               location="Videollamada", organizer=("Meseta Retail", "mesetaretail@myworkday.com"))))

t = """Estimado/a candidato/a:

Por motivos organizativos, la jornada de evaluación del viernes 20 de marzo se traslada al martes 24 de marzo, con el mismo horario (9:00-14:00) y en el mismo lugar.

Si no puede asistir en la nueva fecha, comuníquenoslo cuanto antes.

Recursos Humanos · Pescados Arousa Norte"""
add(M(RS, "arousa_assessment_moved", "es", "Pescados Arousa Norte", "rrhh.seleccion@arousanorte.example.es",
      ("Selección Arousa Norte", "rrhh.seleccion@arousanorte.example.es"),
      "Cambio de fecha: jornada de evaluación", "2026-03-13 13:00 +0100", text=t, charset="iso-8859-1",
      cte="quoted-printable", parent="arousa_invite", tid="arousa_moved"))

t = """Rubén, cambio de planes: el jueves mejor quedamos en la nave de A Grela en A Coruña, no en Santiago, que me toca estar allí toda la tarde. Misma hora, 17:00. Pregunta por mí en la entrada.

Brais"""
add(M(RS, "compolog_place_change", "es", "Compostela Logística", "brais.otero@compolog.example.es",
      ("Brais Otero", "brais.otero@compolog.example.es"), "Re: ¿café el jueves?", "2026-07-01 08:12 +0200",
      text=t + "\n\n" + on_wrote("es", "30 jun 2026, a las 9:01", f"{CAND_NAME} <ruben.ol@example.es>",
                                 "¡Hola Brais! Sí, el jueves a las 17:00 me viene perfecto. Allí estaré.\nRubén"),
      parent="compolog_invite"))

t = """Buenas Rubén,

Me ha surgido una reunión con otro cliente el viernes por la mañana. ¿Movemos nuestra llamada al lunes 11 de mayo a las 9:30? Mismo teléfono.

Un saludo,
Héctor Lamas
Selecta Norte Consultores"""
add(M(RS, "selecta_call_moved", "es", "Lonxa Digital Vigo", "hector.lamas@selectanorte.example.es",
      ("Héctor Lamas", "hector.lamas@selectanorte.example.es"), "Cambio llamada - Category Buyer",
      "2026-05-07 08:48 +0200", text=t, html=outlook_html(mso(t)), parent="selecta_invite"))

t = """Hola Rubén:

El cliente me pide cambiar la entrevista del lunes: Manuel Alonso tiene que ir a la lonja. Te la pasan al miércoles 18 de febrero a las 12:00, misma dirección.

¿Me confirmas?

Noelia Castro
Faro Empleo ETT"""
add(M(RS, "faro_client_moved", "es", "Conservas Bahía de Vigo", "noelia.castro@faroempleo.example.es",
      ("Noelia Castro | Faro Empleo", "noelia.castro@faroempleo.example.es"),
      "Cambio de día - entrevista Conservas Bahía", "2026-02-13 12:20 +0100", text=t,
      parent="faro_invite", tid="faro_moved"))

t = """Hi Rubén,

Unfortunately we need to cancel your interview with Rui Teixeira on 24 March. We are reviewing the scope of the Procurement Analyst position internally and will be in touch as soon as we know how we want to proceed. Your application remains active.

Apologies for the inconvenience.

Inês Carvalho
Lusomotor Componentes"""
add(M(RS, "lusomotor_cancel_ics", "en", "Lusomotor Componentes", "ines.carvalho@lusomotor.example.pt",
      ("Inês Carvalho via Greenhouse", "no-reply@greenhouse-mail.io"), "Cancelled: Interview with Rui Teixeira",
      "2026-03-20 17:30 +0000", text=t, reply_to=("Inês Carvalho", "ines.carvalho@lusomotor.example.pt"),
      name_enc=("utf-8", "Q"), parent="luso_invite", tid="luso_cancel",
      ics=dict(method="CANCEL", uid="gh-lusomotor-rt-7731@greenhouse.io", seq=1, stamp="20260320T173000Z",
               start="20260324T100000Z", end="20260324T104500Z", summary="Interview: Procurement Analyst",
               location="Google Meet", organizer=("Inês Carvalho", "ines.carvalho@lusomotor.example.pt"))))

t = """Hi Rubén,

Daniel has a clash on Thursday - could we move your interview to Friday 17 July at 11:30 Porto time instead? The video link stays the same. Reply here and we'll update the invite.

Thanks,
Porto Atlantic Seafood Recruiting"""
add(M(RS, "pas_new_slot", "en", "Porto Atlantic Seafood", "daniel.moreira@pas.example.pt",
      ("Porto Atlantic Seafood", "no-reply@ashbyhq.com"), "Interview time change - Procurement Associate",
      "2026-07-13 15:40 +0100", text=t, reply_to=("Daniel Moreira", "daniel.moreira@pas.example.pt"),
      parent="pas_invite", tid="pas_moved"))

t = """Rubén,

Small change: Marta Sousa has been called to a board meeting on Tuesday, so Douro Fleet have asked to move your interview to Thursday 28 May, same time (11:00 Lisbon). Zoom link will be re-sent.

Let me know it's OK.

Oliver"""
add(M(RS, "kestrel_douro_moved", "en", "Douro Fleet Solutions", "oliver.grant@kestrelsearch.example.co.uk",
      ("Oliver Grant", "oliver.grant@kestrelsearch.example.co.uk"), "RE: Interview with Douro Fleet Solutions",
      "2026-05-22 13:02 +0100",
      text=t + "\n\n" + outlook_block("en", "Oliver Grant", "Tuesday, May 19, 2026 9:12 AM", CAND_NAME,
                                      "Interview with Douro Fleet Solutions",
                                      "Great news: Douro Fleet Solutions would like to meet you for the Fleet Procurement Analyst role.\nFirst interview: Tuesday 26 May, 11:00 Lisbon time."),
      parent="kestrel_invite", tid="kestrel_move"))

t = """Dear Rubén,

Please note that your panel interview has been updated: it will now take place on Wednesday 4 February 2026 at 10:00 instead of Monday. The location and panel are unchanged. The updated calendar entry is attached.

Regards,
Beatriz Lopes
Norte Cargo Porto"""
add(M(RS, "nortecargo_update_seq", "en", "Norte Cargo Porto", "beatriz.lopes@nortecargo.example.pt",
      ("Beatriz Lopes", "beatriz.lopes@nortecargo.example.pt"), "Updated invitation: Panel interview - Supply Analyst",
      "2026-01-28 09:15 +0000", text=t, parent="nc_invite",
      ics=dict(method="REQUEST", uid="nc-panel-20260202@nortecargo.example.pt", seq=1,
               stamp="20260128T091500Z", start="20260204T100000Z", end="20260204T113000Z",
               summary="Panel interview - Supply Analyst", location="Rua do Freixo 1071, Porto",
               organizer=("Beatriz Lopes", "beatriz.lopes@nortecargo.example.pt"))))

t = """Bonjour Rubén,

M. Dubreuil doit se rendre chez un fournisseur à Lyon le 14 avril. Nous devons donc décaler votre entretien au jeudi 16 avril à 10h00, au même endroit. L'invitation mise à jour suit.

Toutes nos excuses pour ce changement.

Sophie Marchand
Girondine Équipements Auto"""
add(M(RS, "girondine_moved", "fr", "Girondine Équipements Auto", "sophie.marchand@girondine.example.fr",
      ("Sophie Marchand", "sophie.marchand@girondine.example.fr"), "Report de votre entretien - Analyste Achats",
      "2026-04-08 16:25 +0200", text=t, parent="gir_invite", tid="gir_moved",
      ics=dict(method="REQUEST", uid="gir-entretien-0414@girondine.example.fr", seq=1,
               stamp="20260408T142500Z", start="20260416T080000Z", end="20260416T090000Z",
               summary="Entretien Analyste Achats - R. Okonkwo-Larrea", location="Mérignac",
               organizer=("Sophie Marchand", "sophie.marchand@girondine.example.fr"))))

t = """Hallo Herr Okonkwo-Larrea,

kein Problem, so etwas passiert. Wir versuchen es noch einmal: Dienstag, 15. September, 14:00 Uhr, diesmal sicherheitshalber per Teams. Die neue Einladung kommt gleich.

Viele Grüße
Jonas Hartmann"""
add(M(RS, "elbe_second_try", "de", "Elbe Marine Systems", "jonas.hartmann@elbemarine.example.de",
      ("Jonas Hartmann", "jonas.hartmann@elbemarine.example.de"), "AW: Gespräch heute",
      "2026-09-11 08:40 +0200",
      text=t + "\n\n" + on_wrote("de", "10.09.2026 um 19:02", f"{CAND_NAME} <ruben.ol@example.es>",
                                 "Hallo Herr Hartmann,\nes tut mir sehr leid, dass ich heute nicht zum Gespräch erschienen bin. Mein Zug aus Bremen hatte einen Ausfall.\nKönnen wir einen neuen Termin finden?\nRubén Okonkwo-Larrea"),
      parent="elbe_missed", tid="elbe_resched", charset="utf-8", cte="quoted-printable",
      ics=dict(method="REQUEST", uid="elbe-0910-einkauf@elbemarine.example.de", seq=2,
               stamp="20260911T064000Z", start="20260915T120000Z", end="20260915T130000Z",
               summary="Gespräch Strategischer Einkauf - Okonkwo-Larrea", location="Microsoft Teams",
               organizer=("Jonas Hartmann", "jonas.hartmann@elbemarine.example.de"))))

t = """Sehr geehrter Herr Okonkwo-Larrea,

leider ist Frau Brandt kurzfristig erkrankt. Wir müssen das Gespräch am Mittwoch, 22. April, daher verschieben. Neuer Termin: Montag, 27. April 2026, 10:00 Uhr, gleicher Link.

Bitte geben Sie uns kurz Bescheid, ob das passt.

Mit freundlichen Grüßen
Emre Yilmaz
HR, Hanseatische Zulieferteile"""
add(M(RS, "hzt_moved_ill", "de", "Hanseatische Zulieferteile", "emre.yilmaz@hzt.example.de",
      ("Emre Yilmaz", "emre.yilmaz@hzt.example.de"), "Verschiebung Ihres Vorstellungsgesprächs",
      "2026-04-20 12:10 +0200", text=t, charset="windows-1252", cte="8bit", parent="hzt_invite",
      tid="hzt_moved"))

# ======================================================= missed interviews (10)
t = """Hola Rubén:

Hoy a las 10:00 te he llamado dos veces al 600 412 377 para la entrevista telefónica que habíamos acordado, pero no he conseguido hablar contigo y tampoco tenías buzón de voz activado.

Si sigues interesado en el puesto, escríbeme y vemos si es posible buscar otro momento.

Diego Rial
Estaleiros Ría de Vigo"""
add(M(MI, "estaleiros_no_answer", "es", "Estaleiros Ría de Vigo", "diego.rial@estaleirosria.example.es",
      ("Diego Rial", "diego.rial@estaleirosria.example.es"), "Llamada de esta mañana",
      "2026-03-04 10:41 +0100", text=t, parent="est_invite", tid="est_missed"))

t = """Buenas tardes Rubén,

Te estuvimos esperando en la reunión de Teams de las 13:00 durante un cuarto de hora, pero no llegaste a conectarte. No sé si hubo algún problema con el enlace.

Xoán Mera
Recambios Mera"""
add(M(MI, "mera_waited_teams", "es", "Recambios Mera", "xoan.mera@recmera.example.es",
      ("Xoán Mera Rivas", "xoan.mera@recmera.example.es"), "No te vimos en la reunión",
      "2026-05-26 13:35 +0200", text=t, html=outlook_html(mso(t)), parent="mera_invite", tid="mera_missed"))

t = """Hola Rubén:

Esta mañana a las 8:00 te esperábamos en el muelle 3 de Alcobendas para la jornada de prueba y no apareciste. Ramón estuvo preguntando por ti hasta las 9:00.

Entendemos que puede haber pasado algo. Si quieres explicarnos qué ocurrió, aquí estamos.

Elena Ruiz
Sierra Norte Distribución"""
add(M(MI, "sierranorte_trial_noshow", "es", "Sierra Norte Distribución", "elena.ruiz@sierranorte.example.es",
      ("Elena Ruiz", "elena.ruiz@sierranorte.example.es"), "Jornada de prueba de hoy",
      "2026-08-25 10:05 +0200", text=t, charset="windows-1252", cte="quoted-printable",
      parent="sierra_invite"))

t = """Hola Rubén,

Carla te estuvo esperando en Google Meet a la hora que reservaste (11:30) y no llegaste a entrar. Nos quedamos en la sala diez minutos por si era un retraso.

Puedes volver a reservar un hueco desde el mismo enlace si todavía te interesa el puesto.

Equipo de Talento
Hispania Movilidad Eléctrica"""
add(M(MI, "hispania_meet_noshow", "es", "Hispania Movilidad Eléctrica", "carla.moreno@hme.example.es",
      ("Carla Moreno - Hispania Movilidad Eléctrica", "no-reply@teamtailor-mail.com"),
      "No pudimos verte en la entrevista", "2026-06-15 11:52 +0200", text=t,
      html=ats_card("Hispania Movilidad Eléctrica", "#00a86b", "Te echamos de menos", paras(t), "Teamtailor"),
      reply_to=("Carla Moreno", "carla.moreno@hme.example.es"), parent="hme_invite"))

t = """Rubén, te esperé hoy a las 10:30 en la portería para el caso práctico y la entrevista. Llamé a tu móvil a las 10:45 y saltaba apagado.

Manuel Alonso
Conservas Bahía de Vigo"""
add(M(MI, "conbahia_porter_wait", "es", "Conservas Bahía de Vigo", "manuel.alonso@conbahia.example.es",
      ("Manuel Alonso", "manuel.alonso@conbahia.example.es"), "Hoy 10:30", "2026-09-03 11:02 +0200",
      text=t, parent="conbahia_invite"))

t = """Hola Rubén:

Me acaba de llamar Frigoríficos do Morrazo. Dicen que no te presentaste a la entrevista de las 9:00 en Cangas y que no consiguieron localizarte por teléfono. Ellos esperaron media hora.

Necesito saber qué ha pasado para poder dar una explicación al cliente.

Noelia Castro
Faro Empleo ETT"""
add(M(MI, "faro_frimorrazo_noshow", "es", "Frigoríficos do Morrazo", "noelia.castro@faroempleo.example.es",
      ("Noelia Castro | Faro Empleo", "noelia.castro@faroempleo.example.es"),
      "Entrevista en Frigoríficos do Morrazo", "2026-01-13 10:15 +0100", text=t, subj_enc=("utf-8", "B")))

t = """Hi Rubén,

I tried calling you twice at 15:00 CEST for our scheduled phone screen but it went to voicemail both times. I left a message as well.

If you're still interested, reply with a couple of times that work and I'll try again.

Megan Doyle
Stellar Mobility Components"""
add(M(MI, "stellar_voicemail", "en", "Stellar Mobility Components", "megan.doyle@stellarmobility.example.com",
      ("Megan Doyle", "megan.doyle@stellarmobility.example.com"), "Missed phone screen today",
      "2026-08-13 09:20 -0400", text=t, parent="stellar_invite"))

t = """Rubén,

I was on the Zoom at 10:00 as agreed and waited 15 minutes - no sign of you. Did something come up?

Jan"""
add(M(MI, "alster_zoom_wait", "en", "Alster Automotive Parts", "jan.kruse@alster-ap.example.de",
      ("Jan Kruse", "jan.kruse@alster-ap.example.de"), "Re: Quick chat Thursday?", "2026-09-10 10:17 +0200",
      text=t + "\n\n" + on_wrote("en", "Mon, 7 Sep 2026 at 08:05", "Jan Kruse <jan.kruse@alster-ap.example.de>",
                                 "Are you free Thursday to chat? 30 minutes on Zoom, nothing formal - say 10:00?"),
      parent="alster_invite"))

t = """Bonjour Rubén,

Nous vous avons attendu ce matin à 10h00 sur Teams pour l'entretien prévu, sans vous voir vous connecter. Je vous ai également appelé, sans réponse.

Merci de nous indiquer si vous souhaitez toujours poursuivre le processus.

Thomas Girard
Aquitaine Pièces Navales"""
add(M(MI, "apn_teams_wait", "fr", "Aquitaine Pièces Navales", "thomas.girard@apnavales.example.fr",
      ("Thomas Girard", "thomas.girard@apnavales.example.fr"), "Entretien de ce matin",
      "2026-06-11 10:48 +0200", text=t, parent="apn_invite", tid="apn_missed"))

t = """Hallo Herr Okonkwo-Larrea,

wir haben heute um 09:00 Uhr am Empfang auf Sie gewartet und Sie anschließend zweimal auf dem Handy angerufen, leider ohne Erfolg. Ist alles in Ordnung?

Viele Grüße
Jonas Hartmann
Elbe Marine Systems"""
add(M(MI, "elbe_reception_wait", "de", "Elbe Marine Systems", "jonas.hartmann@elbemarine.example.de",
      ("Jonas Hartmann", "jonas.hartmann@elbemarine.example.de"), "Unser Termin heute",
      "2026-09-10 09:50 +0200", text=t, parent="elbe_invite", tid="elbe_missed"))

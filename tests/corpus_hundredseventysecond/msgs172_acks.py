"""Corpus 172: application acknowledgements (21) and offers (10), hand-written."""

from msgs172_common import (
    CANDIDATE_ADDR, CANDIDATE_NAME, M, ats_card, outlook_html, quote, reply, simple_html,
    wrote,
)

ACK = "application_received"
OFF = "offer"

DFO = "Distribuidora Farmacéutica de Occidente"

# ====================================================================== acknowledgements

_dfo_ack = """Hola Pablo,

Gracias por postularte a la vacante Analista de Cadena de Suministro (CEDIS El Salto) en Distribuidora Farmacéutica de Occidente.

Confirmamos que recibimos tu solicitud y tu CV. Nuestro equipo de Atracción de Talento revisará tu perfil con atención; si coincide con lo que buscamos, una persona del equipo se pondrá en contacto contigo para los siguientes pasos.

Mientras tanto, puedes consultar el estado de tu solicitud en cualquier momento desde tu perfil de candidato.

Saludos,
Equipo de Atracción de Talento
Distribuidora Farmacéutica de Occidente"""

_dfo_ack_footer = """Este es un mensaje automático enviado por SmartRecruiters en nombre de Distribuidora Farmacéutica de Occidente. No respondas a este correo."""

_gct_ack = """Hola Pablo Iturriaga-Weiss:

Hemos recibido tu solicitud para el puesto Analista de Abastecimiento (R-2026-0113).

Gracias por considerar a Grupo Comercial Tapatío como el siguiente paso en tu carrera. Nuestro equipo revisará tu información y, si tu perfil avanza en el proceso, te contactaremos por este medio.

Puedes revisar el estado de tu solicitud en la sección Mis solicitudes de tu cuenta de candidato."""

_gct_ack_footer = """Grupo Comercial Tapatío · Av. Vallarta 4870, Guadalajara, Jal.
Correo generado automáticamente desde Workday. Aviso de privacidad: gct.example.mx/privacidad"""

_tal_reg = """¡Hola Pablo!

Tu registro en Talento Logístico quedó completo. Ya formas parte de nuestra cartera de candidatos para puestos de almacén, inventarios, tráfico y planeación en Jalisco.

Estos son los datos que tenemos:
- Puesto de interés: Analista de inventarios / planeación
- Zona: Guadalajara y zona metropolitana
- Pretensión salarial: $20,000 a $24,000 mensuales

Tu consultora asignada es Karla Villaseñor. Si tienes dudas o quieres actualizar tu CV, contesta este correo y le llegará directamente a ella.

Equipo Talento Logístico
Av. Hidalgo 1995, Col. Ladrón de Guevara, Guadalajara"""

_mer_ack = """Hola, Pablo:

¡Gracias por tu interés en Meridiano Consultores! Hemos recibido tu candidatura para Analista Junior de Supply Chain (Madrid / remoto parcial).

Nuestro equipo de Talent Acquisition revisa todas las candidaturas. Debido al volumen que recibimos, lamentablemente no podemos responder a cada candidato de forma individual, pero te escribiremos si tu perfil encaja con el puesto.

Mientras tanto, puedes consultar tu candidatura y actualizar tus datos desde tu perfil de candidato.

Un saludo,
El equipo de Meridiano Consultores"""

_dra_ack = """Señor(a)
PABLO ITURRIAGA-WEISS

Droguerías Andinas le informa que hemos recibido su hoja de vida para la convocatoria:

Cargo: Analista de Planeación de Demanda
Código: DA-PLN-2026-014
Sede: Bogotá D.C. (Fontibón)
Fecha de recepción: 02/02/2026

Su información será analizada por el área de Talento Humano. En caso de que su perfil sea preseleccionado, nos comunicaremos con usted por correo electrónico o teléfono.

Este correo es generado automáticamente; por favor no responda a esta dirección.

Droguerías Andinas S.A.S. · Calle 93 # 14-20, Bogotá D.C."""

_lmv_ack = """Hola Pablo,

Gracias por postularte a la vacante Analista de Tráfico y Costos (Req. 2026-0087) en Logística Mexicana del Valle.

Tu solicitud fue recibida correctamente. Revisaremos tu perfil y, si cumples con los requisitos del puesto, te invitaremos a la siguiente etapa del proceso.

Número de solicitud: LMV-55810"""

_lmv_footer = """Logística Mexicana del Valle · Este mensaje fue enviado mediante iCIMS. No respondas a este correo."""

_luna_ack = """Hola Pablo,

¡Gracias por tu interés en Farmacias Luna! Recibimos tu solicitud para Analista Jr. de Reabasto (Guadalajara).

Nuestro equipo de Atracción de Talento revisará tu experiencia en los próximos días. Te avisaremos por correo si avanzas a la siguiente etapa.

Saludos,
Farmacias Luna"""

_apb_ack = """Hola Pablo, buenas tardes.

Te confirmo que recibimos tu CV para la vacante de Analista de Logística de Entrada en Querétaro. Ya se lo pasé al Ing. Mauricio Olvera, gerente del área, para que lo revise esta semana.

Si tu perfil avanza, te buscaremos para una llamada breve. Cualquier duda, aquí estoy.

Saludos,
Alejandra Mejía
Auxiliar de Recursos Humanos
Autopartes del Bajío, S.A. de C.V.
Av. de la Luz 1240, Parque Industrial Querétaro · Tel. +52 442 196 7700 ext. 205"""

_ver_ack = reply(
    """Hola Pablo, ¡gracias por escribir!

Recibí tu CV y tu mensaje. Lo voy a revisar con el equipo de Supply Chain Advisory en estos días. Como la publicación tuvo muchísima respuesta, puede que tarde un par de semanas en darte noticias, pero te escribo en cuanto tenga algo.

Saludos,
Paulina Ochoa
Talent Acquisition Lead | Vértice Consultores""",
    "es", "lun, 29 jun 2026 a las 8:20", CANDIDATE_NAME, CANDIDATE_ADDR,
    "Estimada Paulina: Vi en tu publicación que Vértice Consultores está buscando un Analista "
    "para su práctica de Supply Chain Advisory y me gustaría postularme. [...] Adjunto mi CV.")

_hun_reg = """Hola Pablo,

Gracias por la conversación de ayer. Te confirmo que ya quedaste registrado en la base de candidatos de Hunters Andinos para búsquedas de logística y abastecimiento en Colombia y México.

Tomé nota de tu preferencia por el sector farmacéutico y de tu disponibilidad para trabajar en remoto o reubicarte en Bogotá. Cuando tenga una búsqueda que encaje te escribo directamente; por confidencialidad, los nombres de los clientes los comparto solo cuando haya una entrevista de por medio.

Un saludo,
Andrés Felipe Mejía
Socio | Hunters Andinos
Carrera 7 # 71-21, of. 1204, Bogotá · +57 310 482 7719"""

_brn_ack = """Hola Pablo,

¡Gracias por tu interés en Bodegas Refrigeradas del Norte!

Hemos recibido tu postulación para Analista de Inventarios (Apodaca, N.L.). Nuestro equipo la revisará y te contactará si tu perfil avanza a la siguiente etapa.

Saludos,
Equipo de Reclutamiento
Bodegas Refrigeradas del Norte"""

_gcmd_ack = """Hi Pablo,

Thank you for applying to the Supply Chain Analyst position at Gulf Coast Medical Distribution. We've received your application and our recruiting team will review it shortly.

Unfortunately, because of the large number of applications we receive, we cannot reply to every applicant individually. If your background is a match for the role, a member of our team will reach out to discuss next steps.

Thanks again for your interest in Gulf Coast Medical Distribution.

Best,
Gulf Coast Medical Distribution Recruiting Team"""

_tri_ack = """Hi Pablo,

Thanks for applying for the Replenishment Analyst position at Trinity Retail Group! This email confirms that we've received your application.

Our talent team reviews every application, and we'll be in touch if there's a potential fit.

Have a great day,
The Trinity Retail Group Talent Team"""

_key_ack = """Hi Pablo,

Thanks for applying for the Inventory Control Analyst position at Keystone Industrial Supply. Your application has been received, and we'll review it as soon as possible.

If your application seems like a good fit for the position, we will contact you soon.

Regards,
Keystone Industrial Supply"""

_pan_ack = """Dear Pablo Iturriaga-Weiss,

Thank you for your interest in Pan-American Pharma Wholesale. We have received your application for requisition 26-0417, Supply Chain Coordinator (Houston Distribution Center).

Our Talent Acquisition team will review your qualifications. If your experience matches the requirements of the position, you will be contacted regarding next steps. You may check the status of your submission at any time by logging into your candidate profile.

Sincerely,
Talent Acquisition
Pan-American Pharma Wholesale

-------------------------------------------------------------------------
Pan-American Pharma Wholesale is an Equal Opportunity Employer. All qualified applicants receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or protected veteran status. Pan-American Pharma Wholesale participates in E-Verify. This is an automated message sent from an unmonitored mailbox; replies are not read.
-------------------------------------------------------------------------"""

_gtp_reg = """Hi Pablo,

Great talking with you today! This confirms you're registered with Gulf Talent Partners. Here's what I have on file:

- Target roles: inventory / supply chain analyst, junior buyer
- Location: Houston metro (open to relocating from Guadalajara, needs visa sponsorship or TN review)
- Availability: 4-6 weeks' notice

I'll send your profile (anonymized unless you approve) to clients where I see a fit, and I'll always check with you before submitting you anywhere.

Talk soon,
Tyler Brooks
Senior Recruiter | Gulf Talent Partners
2727 Allen Pkwy, Houston, TX 77019 | Direct (713) 555-0167"""

_dpl_ack = """Bonjour Pablo,

Nous avons bien reçu votre candidature au poste d'analyste de la chaîne d'approvisionnement chez Distribution Pharmaceutique Laval.

Notre équipe des ressources humaines étudiera votre dossier avec attention. Si votre profil correspond à nos besoins, nous communiquerons avec vous afin de convenir d'une entrevue.

Merci de l'intérêt que vous portez à notre entreprise.

L'équipe Talents
Distribution Pharmaceutique Laval"""

_rh_reg = """Bonjour Pablo,

Merci pour notre appel de ce matin. Je vous confirme votre inscription chez Recrutement Horizon : votre dossier est maintenant actif dans notre banque de candidats en logistique et approvisionnement pour la région de Montréal.

Pour compléter votre profil, pourriez-vous m'envoyer une version française de votre CV d'ici vendredi ? Je m'occupe ensuite de vous présenter aux employeurs qui correspondent à vos critères.

Au plaisir,
Mathieu Gagnon
Conseiller principal | Recrutement Horizon
1250, boul. René-Lévesque Ouest, bureau 2200, Montréal · 514 555-0129"""

_rmp_ack = """Sehr geehrter Herr Iturriaga-Weiss,

vielen Dank für Ihre Bewerbung als Junior Supply Chain Analyst (m/w/d) und Ihr Interesse an der Rhein-Main Pharmalogistik GmbH.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns in den nächsten zwei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Rhein-Main Pharmalogistik GmbH"""

_rmp_ack_footer = """Rhein-Main Pharmalogistik GmbH · Hanauer Landstraße 310 · 60314 Frankfurt am Main
Diese Nachricht wurde automatisch über Personio versendet."""

_mf_ack = """Guten Tag Herr Iturriaga-Weiss,

herzlichen Dank für Ihre Bewerbung als Junior Supply Chain Analyst (m/w/d) bei der Mainfracht Logistik. Ihre Unterlagen sind vollständig bei uns eingegangen.

Bitte haben Sie Verständnis dafür, dass wir aufgrund der Vielzahl an Bewerbungen leider nicht jedem Bewerber individuell auf Nachfragen antworten können. Sobald wir Ihre Unterlagen geprüft haben, erhalten Sie von uns eine Rückmeldung.

Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Freundliche Grüße
Ihr Personalteam der Mainfracht Logistik"""

_tc_ack = """Sehr geehrter Herr Iturriaga-Weiss,

wir haben Ihre Bewerbung für die Position Sachbearbeiter Materialdisposition (m/w/d), Referenznummer TC-2026-311, erhalten.

Ihre Unterlagen werden nun von unserer Personalabteilung und dem zuständigen Fachbereich geprüft. Dieser Vorgang kann einige Wochen dauern.

Mit freundlichen Grüßen
Recruiting Taunus Chemie"""

# ====================================================================== offers

_dfo_offer = """Hola Pablo:

¡Muchas felicidades! Después de la entrevista con panel, Raúl y Sandra coincidieron en que eres la persona que buscamos, y me da muchísimo gusto hacerte llegar formalmente nuestra oferta para el puesto de Analista de Cadena de Suministro en el CEDIS El Salto.

En la carta adjunta encontrarás el detalle; te resumo lo principal:

- Sueldo mensual bruto: $24,500 MXN
- Prestaciones superiores a la ley: aguinaldo de 30 días, vales de despensa, fondo de ahorro y seguro de gastos médicos mayores
- Horario: lunes a viernes de 8:00 a 17:00
- Fecha de ingreso propuesta: lunes 12 de octubre de 2026

Te pido que nos regreses la carta firmada a más tardar el martes 29 de septiembre. Si tienes cualquier duda sobre la oferta o quieres platicar algún punto, márcame con confianza.

Saludos,
Lucía Ortega
Atracción de Talento
Distribuidora Farmacéutica de Occidente, S.A. de C.V.
Tel. +52 33 3284 1170"""

_tal_offer = """¡¡Pablo!!

Te tengo noticias muy buenas: Bebidas Atemajac quiere hacerte una oferta para Analista de Planeación de Producción. Al Ing. Saldaña le gustó mucho la llamada del miércoles, dice que se nota que sabes lo que es correr atrás de un faltante.

Lo que me adelantaron:
- $21,000 mensuales brutos + prestaciones de ley y vales
- Turno matutino, planta de Tlaquepaque
- Ingreso a partir del 24 de agosto

La carta formal te llega directo de su área de Capital Humano la próxima semana. Antes de eso, ¿te puedo marcar hoy en la tarde para ver qué te parece y si hay algo que quieras negociar?

Karla Villaseñor
Talento Logístico · Cel. +52 33 2210 5587"""

_apb_contract = """Estimado Pablo:

Como le comentó el Ing. Olvera por teléfono, nos da mucho gusto que se integre a Autopartes del Bajío como Analista de Logística de Entrada.

Le adjuntamos su contrato individual de trabajo por tiempo indeterminado, con periodo de prueba de 90 días, así como el aviso de privacidad. Le pedimos revisarlos, firmar todas las hojas y enviarlos escaneados a este correo antes del viernes 10 de julio. Los originales los entregará el día de su ingreso, el lunes 3 de agosto.

Para el alta en el IMSS necesitaremos también copia de su CURP, RFC, comprobante de domicilio y número de seguridad social.

Atentamente,
Alejandra Mejía
Auxiliar de Recursos Humanos
Autopartes del Bajío, S.A. de C.V.
Tel. +52 442 196 7700 ext. 205"""

_cer_verbal = """Hola Pablo, buenas tardes.

Como platicamos hace rato por teléfono, te confirmo por escrito la propuesta de Cerámica Jalisco Industrial para el puesto de Auxiliar de Planeación de Materiales:

• Sueldo: $19,500 mensuales brutos
• Prestaciones de ley, vales de despensa al 10% y comedor subsidiado
• Horario: lunes a viernes de 7:00 a 16:00, planta de El Salto
• Ingreso: 1 de julio de 2026

Me comentaste que querías pensarlo el fin de semana; no hay problema. ¿Me das tu respuesta el lunes 8? Si la aceptas, Recursos Humanos te manda la carta oferta para firma.

Saludos,
Ing. Patricia Gallardo
Jefa de Planeación
Cerámica Jalisco Industrial
Tel. +52 33 3688 1020 ext. 310"""

_cas_offer = """Hola, Pablo:

Es un placer comunicarte que en Distribuciones Farmacéuticas Castellana queremos que te incorpores a nuestro equipo como Técnico de Aprovisionamiento en el almacén de Alcalá de Henares.

Te adjunto la propuesta formal. En resumen:

- Contrato indefinido, jornada completa de lunes a viernes.
- Salario bruto anual de 27.500 € en 14 pagas.
- Ayuda de 2.000 € para la mudanza y gestión del visado de trabajo por nuestra parte.
- Incorporación prevista: 1 de diciembre de 2026, sujeta a la obtención del permiso.

Nos gustaría recibir tu respuesta antes del 2 de octubre. Si quieres comentar cualquier punto, podemos hablar por Teams cuando te venga bien.

Un abrazo,
Beatriz Llorente
Responsable de Personas
Distribuciones Farmacéuticas Castellana, S.L.
Calle Ronda de Poniente 14, 28806 Alcalá de Henares (Madrid) · +34 918 77 60 21"""

_brn_offer_html = """<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#1f2937">
<p>Hola Pablo:</p>
<p>En nombre de <b>Bodegas Refrigeradas del Norte</b> me da gusto extenderte una oferta de empleo para el puesto de <b>Analista de Inventarios</b> en nuestro centro de distribución de Apodaca, N.L.</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #d1d5db">
<tr><td style="background:#f3f4f6">Sueldo mensual bruto</td><td>$22,800 MXN</td></tr>
<tr><td style="background:#f3f4f6">Bono trimestral por exactitud de inventario</td><td>hasta 8%</td></tr>
<tr><td style="background:#f3f4f6">Apoyo de reubicación</td><td>un mes de renta en Monterrey</td></tr>
<tr><td style="background:#f3f4f6">Fecha de ingreso</td><td>15 de junio de 2026</td></tr>
</table>
<p>Para aceptar la oferta, responde a este correo con tu confirmación antes del 3 de junio; después te enviaremos el contrato y la lista de documentos.</p>
<p>¡Esperamos contar contigo!</p>
<p>Gerardo Salinas<br>Gerente de Operaciones<br>Bodegas Refrigeradas del Norte<br>Tel. +52 81 8145 2090</p>
</body></html>
"""

_gcmd_offer = reply(
    """Hi Pablo,

I'm thrilled to share that Gulf Coast Medical Distribution would like to offer you the position of Supply Chain Analyst at our Pasadena, TX distribution center!

Your formal offer letter is attached. The highlights:

- Base salary: $61,000 per year
- Relocation assistance: up to $5,000, plus support with your TN visa paperwork
- Medical, dental and vision from day one; 401(k) with 4% match
- Proposed start date: Monday, June 15, 2026

Please review the letter and let me know if you have any questions. We'd love to have your decision by Friday, May 8. I'm happy to set up a call with Brian if you'd like to talk through the role again.

Congratulations!
Megan Alvarez
Recruiter, Gulf Coast Medical Distribution
(281) 555-0104""",
    "en", "Wed, Apr 22, 2026 at 6:10 PM", CANDIDATE_NAME, CANDIDATE_ADDR,
    "Hi Megan,\n\nThank you for setting up today's conversation with Brian and Priya. [...]")

_gtp_offer = """Pablo!!

Harbor Chemical Distributors wants to make you an offer for the Inventory Analyst role in La Porte. Carlos called me ten minutes ago.

His note is attached. The numbers they gave me: $57,500 base, standard benefits, 10 days PTO, and they'll cover the TN visa legal fees. Start date is flexible, ideally early October.

Before they put it in writing, I want to hear what you think. If relocation support matters to you, now is the moment to ask. Can you talk at 4pm Central today?

Tyler
Gulf Talent Partners | Direct (713) 555-0167"""

_dpl_offer = """Bonjour Pablo,

À la suite de vos entrevues, j'ai le plaisir de vous offrir le poste d'analyste de la chaîne d'approvisionnement chez Distribution Pharmaceutique Laval.

Vous trouverez ci-joint la lettre d'offre détaillant les conditions : salaire annuel de 62 000 $, quatre semaines de vacances, régime d'assurance collective et accompagnement pour votre permis de travail. L'entrée en fonction est prévue le lundi 2 novembre 2026, sous réserve de l'obtention du permis.

Pour accepter, il suffit de signer la lettre et de me la retourner d'ici le vendredi 4 septembre.

Félicitations et au plaisir de vous accueillir dans l'équipe !

Sophie Lévesque
Conseillère principale, ressources humaines
Distribution Pharmaceutique Laval inc.
2500, boul. Industriel, Laval (Québec) · 450 555-0177"""

_mf_offer = """Sehr geehrter Herr Iturriaga-Weiss,

wir freuen uns sehr, Ihnen nach den Gesprächen mit Herrn Kaya und unserem Team die Position als Junior Supply Chain Analyst (m/w/d) anbieten zu können.

Anbei erhalten Sie unser Vertragsangebot. Die wichtigsten Eckdaten:

- Bruttojahresgehalt: 46.000 €
- 30 Tage Urlaub, Deutschlandticket als Jobticket
- Unterstützung bei Visum (Blaue Karte bzw. Fachkräfteeinwanderung) und Wohnungssuche
- Geplanter Eintritt: 1. Februar 2027

Bitte senden Sie uns den unterschriebenen Vertrag bis zum 30. Oktober zurück. Für Fragen stehe ich Ihnen gern telefonisch zur Verfügung.

Mit freundlichen Grüßen
Miriam Brandt
Personalreferentin
Mainfracht Logistik GmbH
Hanauer Landstraße 520 · 60314 Frankfurt am Main · +49 69 9432 1180"""

MESSAGES = [
    # ================================================================ acks, Spanish
    M(kind=ACK, slug="dfo_smartrecruiters", lang="es", key="dfo-ack",
      company=DFO, contact="",
      frm=(DFO, "noreply@smartrecruiters.com"),
      date="2026-08-10 14:03", tz="utc",
      subject="Recibimos tu postulación - Analista de Cadena de Suministro",
      text=_dfo_ack + "\n\n" + _dfo_ack_footer,
      html=ats_card(DFO, "#0b5394", _dfo_ack, _dfo_ack_footer),
      cte="qp"),
    M(kind=ACK, slug="tapatio_workday_received", lang="es", key="gct-ack",
      company="Grupo Comercial Tapatío", contact="",
      frm=("Grupo Comercial Tapatío", "grupotapatio@myworkday.com"),
      date="2026-01-19 22:41", tz="mx",
      subject="Hemos recibido tu solicitud: Analista de Abastecimiento",
      html=ats_card("Grupo Comercial Tapatío", "#b91c1c", _gct_ack, _gct_ack_footer),
      cte="b64"),
    M(kind=ACK, slug="talento_registration", lang="es", key="tal-reg",
      company="Talento Logístico", contact="karla.villasenor@talentologistico.example.mx",
      frm=("Talento Logístico", "registro@talentologistico.example.mx"),
      reply_to=("Karla Villaseñor", "karla.villasenor@talentologistico.example.mx"),
      date="2026-07-06 11:20", tz="mx",
      subject="Tu registro en Talento Logístico está completo",
      text=_tal_reg, html=simple_html(_tal_reg), cte="qp"),
    M(kind=ACK, slug="meridiano_teamtailor_no_individual", lang="es", key="mer-ack",
      company="Meridiano Consultores", contact="",
      frm=("Meridiano Consultores", "no-reply@teamtailor-mail.com"),
      date="2026-04-20 10:02", tz="mad",
      subject="Hemos recibido tu candidatura",
      text=_mer_ack,
      html=ats_card("Meridiano Consultores", "#0f172a", _mer_ack,
                    "Powered by Teamtailor. Puedes eliminar tus datos desde tu perfil."),
      cte="qp"),
    M(kind=ACK, slug="droguerias_hoja_de_vida", lang="es", key="dra-ack",
      company="Droguerías Andinas", contact="",
      frm=("Talento Humano Droguerías Andinas",
           "notificaciones@drogueriasandinas.example.co"),
      date="2026-02-02 07:58", tz="bog",
      subject="Confirmación de recepción de hoja de vida - DA-PLN-2026-014",
      subject_enc=("iso-8859-1", "Q"),
      text=_dra_ack, charset="windows-1252", cte="qp",
      headers={"Auto-Submitted": "auto-generated"}),
    M(kind=ACK, slug="valle_icims_received", lang="es", key="lmv-ack",
      company="Logística Mexicana del Valle", contact="",
      frm=("Logística Mexicana del Valle", "no-reply@talent.icims.com"),
      date="2026-03-02 18:22", tz="mx",
      subject="Gracias por postularte: Analista de Tráfico y Costos",
      html=ats_card("Logística Mexicana del Valle", "#166534", _lmv_ack, _lmv_footer),
      cte="qp"),
    M(kind=ACK, slug="luna_lever_received", lang="es", key="luna-ack",
      company="Farmacias Luna", contact="",
      frm=("Farmacias Luna", "no-reply@hire.lever.co"),
      date="2026-01-14 20:15", tz="mx",
      subject="Gracias por postularte a Farmacias Luna",
      text=_luna_ack, cte="qp"),
    M(kind=ACK, slug="autopartes_cv_received", lang="es", key="apb-ack",
      company="Autopartes del Bajío", contact="alejandra.mejia@autopartesbajio.example.mx",
      frm=("Alejandra Mejía", "alejandra.mejia@autopartesbajio.example.mx"),
      date="2026-06-08 16:35", tz="mx",
      subject="RE: CV Analista de Logística de Entrada",
      text=_apb_ack, charset="iso-8859-1", cte="8bit"),
    M(kind=ACK, slug="vertice_personal_ack", lang="es", key="ver-ack", parent="ver-own-app",
      company="Vértice Consultores", contact="paulina.ochoa@vertice-consultores.example.mx",
      frm=("Paulina Ochoa", "paulina.ochoa@vertice-consultores.example.mx"),
      date="2026-06-29 13:40", tz="mx",
      subject="Re: Postulación: Analista Supply Chain Advisory",
      text=_ver_ack, cte="qp"),
    M(kind=ACK, slug="hunters_database_registration", lang="es", key="hun-reg",
      company="Hunters Andinos", contact="afmejia@huntersandinos.example.co",
      frm=("Andrés Felipe Mejía", "afmejia@huntersandinos.example.co"),
      date="2026-07-01 09:10", tz="bog",
      subject="Registro en Hunters Andinos",
      text=_hun_reg, cte="8bit"),
    M(kind=ACK, slug="bodegas_recruitee_received", lang="es", key="brn-ack",
      company="Bodegas Refrigeradas del Norte", contact="",
      frm=("Bodegas Refrigeradas del Norte", "no-reply@jobs.recruitee.com"),
      date="2026-05-04 17:30", tz="mty",
      subject="Recibimos tu postulación para Analista de Inventarios",
      text=_brn_ack,
      html=ats_card("Bodegas Refrigeradas del Norte", "#0369a1", _brn_ack,
                    "Enviado con Recruitee."),
      cte="b64"),
    # ================================================================ acks, English
    M(kind=ACK, slug="gulfcoast_greenhouse_cannot_reply", lang="en", key="gcmd-ack",
      company="Gulf Coast Medical Distribution", contact="",
      frm=("Gulf Coast Medical Distribution", "no-reply@us.greenhouse-mail.io"),
      date="2026-04-06 13:12", tz="hou",
      subject="Thank you for applying to Gulf Coast Medical Distribution",
      text=_gcmd_ack, html=simple_html(_gcmd_ack, "en"), cte="7bit"),
    M(kind=ACK, slug="trinity_bamboohr", lang="en", key="tri-ack",
      company="Trinity Retail Group", contact="",
      frm=("Trinity Retail Group", "notifications@app.bamboohr.com"),
      date="2026-09-07 19:55", tz="hou",
      subject="Thanks for applying to Trinity Retail Group",
      html=ats_card("Trinity Retail Group", "#7c3aed", _tri_ack,
                    "Powered by BambooHR. Please do not reply to this email.", lang="en"),
      cte="7bit"),
    M(kind=ACK, slug="keystone_workable", lang="en", key="key-ack",
      company="Keystone Industrial Supply", contact="",
      frm=("Keystone Industrial Supply", "noreply@candidates.workablemail.com"),
      date="2026-06-22 15:31", tz="hou",
      subject="Thanks for applying to Keystone Industrial Supply",
      text=_key_ack, cte="7bit"),
    M(kind=ACK, slug="panam_taleo_eeo", lang="en", key="pan-ack",
      company="Pan-American Pharma Wholesale", contact="",
      frm=("Pan-American Pharma Wholesale", "panampharma@taleo.net"),
      date="2026-03-09 05:12", tz="utc",
      subject="Pan-American Pharma Wholesale - Application Received (26-0417)",
      text=_pan_ack, cte="qp"),
    M(kind=ACK, slug="gulftalent_registered", lang="en", key="gtp-reg",
      company="Gulf Talent Partners", contact="tyler.brooks@gulftalent.example.com",
      frm=("Tyler Brooks", "tyler.brooks@gulftalent.example.com"),
      date="2026-08-03 16:44", tz="hou",
      subject="Welcome to Gulf Talent Partners",
      text=_gtp_reg, cte="qp"),
    # ================================================================ acks, French
    M(kind=ACK, slug="laval_successfactors_recu", lang="fr", key="dpl-ack",
      company="Distribution Pharmaceutique Laval", contact="",
      frm=("Distribution Pharmaceutique Laval", "careers@successfactors.eu"),
      date="2026-07-13 12:05", tz="mtl",
      subject="Nous avons bien reçu votre candidature",
      text=_dpl_ack,
      html=ats_card("Distribution Pharmaceutique Laval", "#0e7490", _dpl_ack,
                    "Courriel automatique envoyé par SAP SuccessFactors.", lang="fr"),
      cte="qp"),
    M(kind=ACK, slug="horizon_inscription", lang="fr", key="rh-reg",
      company="Recrutement Horizon", contact="mgagnon@recrutementhorizon.example.ca",
      frm=("Mathieu Gagnon", "mgagnon@recrutementhorizon.example.ca"),
      date="2026-08-24 11:50", tz="mtl",
      subject="Confirmation de votre inscription",
      text=_rh_reg, charset="iso-8859-1", cte="qp"),
    # ================================================================ acks, German
    M(kind=ACK, slug="rheinmain_personio_eingang", lang="de", key="rmp-ack",
      company="Rhein-Main Pharmalogistik", contact="",
      frm=("Rhein-Main Pharmalogistik GmbH", "noreply@personio.de"),
      date="2026-06-01 08:14", tz="fra",
      subject="Eingangsbestätigung Ihrer Bewerbung",
      subject_enc=("iso-8859-1", "Q"),
      text=_rmp_ack + "\n\n--\n" + _rmp_ack_footer,
      html=ats_card("Rhein-Main Pharmalogistik", "#be123c", _rmp_ack, _rmp_ack_footer,
                    lang="de"),
      cte="qp"),
    M(kind=ACK, slug="mainfracht_softgarden_kein_einzeln", lang="de", key="mf-ack",
      company="Mainfracht Logistik", contact="",
      frm=("Mainfracht Logistik GmbH", "noreply@softgarden.io"),
      date="2026-09-07 16:02", tz="fra",
      subject="Ihre Bewerbung bei der Mainfracht Logistik",
      text=_mf_ack, html=simple_html(_mf_ack, "de"), cte="b64"),
    M(kind=ACK, slug="taunus_successfactors_eingang", lang="de", key="tc-ack",
      company="Taunus Chemie", contact="",
      frm=("Taunus Chemie Karriere", "careers@successfactors.eu"),
      date="2026-08-31 06:40", tz="fra",
      subject="Eingang Ihrer Bewerbung TC-2026-311",
      text=_tc_ack, charset="iso-8859-1", cte="b64"),
    # ================================================================ offers
    M(kind=OFF, slug="dfo_offer_letter_pdf", lang="es", key="dfo-offer", parent="dfo-panel",
      company=DFO, contact="lucia.ortega@dfo.example.mx",
      frm=("Lucía Ortega", "lucia.ortega@dfo.example.mx"),
      date="2026-09-22 13:15", tz="mx",
      subject="Carta oferta - Analista de Cadena de Suministro",
      text=_dfo_offer, html=outlook_html(_dfo_offer), cte="qp",
      pdfs=[dict(name="Carta_Oferta_Pablo_Iturriaga-Weiss.pdf",
                 title="Carta oferta - Distribuidora Farmacéutica de Occidente",
                 lines=["El Salto, Jalisco, a 22 de septiembre de 2026", "",
                        "Pablo Iturriaga-Weiss", "Presente", "",
                        "Nos complace ofrecerle el puesto de Analista de Cadena de Suministro.",
                        "Sueldo mensual bruto: $24,500 MXN. Prestaciones superiores a la ley.",
                        "Fecha de ingreso: 12 de octubre de 2026.", "",
                        "Firma de aceptación: ______________________"])]),
    M(kind=OFF, slug="talento_client_wants_offer", lang="es", key="tal-offer",
      parent="tal-moved",
      company="Bebidas Atemajac", contact="karla.villasenor@talentologistico.example.mx",
      frm=("Karla Villaseñor", "karla.villasenor@talentologistico.example.mx"),
      date="2026-08-07 12:40", tz="mx",
      subject="¡Bebidas Atemajac te quiere hacer una oferta!",
      subject_enc=("utf-8", "B"),
      text=_tal_offer, cte="8bit"),
    M(kind=OFF, slug="autopartes_contract_signature", lang="es", key="apb-contract",
      parent="apb-location",
      company="Autopartes del Bajío", contact="alejandra.mejia@autopartesbajio.example.mx",
      frm=("Alejandra Mejía", "alejandra.mejia@autopartesbajio.example.mx"),
      date="2026-07-03 10:30", tz="mx",
      subject="Contrato para firma - Analista de Logística de Entrada",
      text=_apb_contract, cte="qp",
      pdfs=[dict(name="Contrato_Individual_Trabajo_PIW.pdf",
                 title="Contrato individual de trabajo por tiempo indeterminado",
                 lines=["Autopartes del Bajío, S.A. de C.V. (el Patrón) y",
                        "Pablo Iturriaga-Weiss (el Trabajador)", "",
                        "Puesto: Analista de Logística de Entrada",
                        "Periodo de prueba: 90 días. Inicio: 3 de agosto de 2026.",
                        "", "Firma del Trabajador: ____________________"]),
            dict(name="Aviso_de_Privacidad.pdf", title="Aviso de privacidad para empleados",
                 lines=["Autopartes del Bajío trata sus datos personales conforme a la LFPDPPP."])]),
    M(kind=OFF, slug="ceramica_verbal_followup", lang="es", key="cer-verbal",
      company="Cerámica Jalisco Industrial",
      contact="patricia.gallardo@ceramicajalisco.example.mx",
      frm=("Patricia Gallardo", "patricia.gallardo@ceramicajalisco.example.mx"),
      date="2026-06-05 17:45", tz="mx",
      subject="Propuesta - Auxiliar de Planeación de Materiales",
      text=_cer_verbal, charset="windows-1252", cte="qp"),
    M(kind=OFF, slug="castellana_offer_madrid", lang="es", key="cas-offer",
      company="Distribuciones Farmacéuticas Castellana",
      contact="beatriz.llorente@dfcastellana.example.es",
      frm=("Beatriz Llorente", "beatriz.llorente@dfcastellana.example.es"),
      date="2026-09-24 11:00", tz="mad",
      subject="Oferta - Técnico de Aprovisionamiento",
      text=_cas_offer, html=outlook_html(_cas_offer), cte="qp",
      pdfs=[dict(name="Propuesta_DFC_Iturriaga.pdf",
                 title="Propuesta de incorporación - Técnico de Aprovisionamiento",
                 lines=["Distribuciones Farmacéuticas Castellana, S.L.", "",
                        "Candidato: Pablo Iturriaga-Weiss",
                        "Contrato indefinido. Salario bruto anual: 27.500 € (14 pagas).",
                        "Ayuda de mudanza: 2.000 €. Incorporación: 1 de diciembre de 2026."])]),
    M(kind=OFF, slug="bodegas_html_offer", lang="es", key="brn-offer", parent="brn-ack",
      company="Bodegas Refrigeradas del Norte", contact="gerardo.salinas@bodegasnorte.example.mx",
      frm=("Gerardo Salinas", "gerardo.salinas@bodegasnorte.example.mx"),
      date="2026-05-29 18:10", tz="mty",
      subject="Oferta de empleo: Analista de Inventarios",
      html=_brn_offer_html, cte="b64"),
    M(kind=OFF, slug="gulfcoast_offer_pdf", lang="en", key="gcmd-offer", parent="gcmd-thanks",
      company="Gulf Coast Medical Distribution", contact="megan.alvarez@gcmd.example.com",
      frm=("Megan Alvarez", "megan.alvarez@gcmd.example.com"),
      date="2026-05-05 09:30", tz="hou",
      subject="Your offer from Gulf Coast Medical Distribution",
      text=_gcmd_offer, html=simple_html(_gcmd_offer, "en"), cte="7bit",
      pdfs=[dict(name="GCMD_Offer_Letter_Iturriaga-Weiss.pdf",
                 title="Offer of Employment - Gulf Coast Medical Distribution",
                 lines=["May 5, 2026", "", "Dear Pablo,",
                        "We are pleased to offer you the position of Supply Chain Analyst.",
                        "Base salary: $61,000 per year. Start date: June 15, 2026.",
                        "", "Accepted: ______________________  Date: __________"])]),
    M(kind=OFF, slug="gulftalent_harbor_offer", lang="en", key="gtp-offer", parent="gtp-client",
      company="Harbor Chemical Distributors", contact="tyler.brooks@gulftalent.example.com",
      frm=("Tyler Brooks", "tyler.brooks@gulftalent.example.com"),
      date="2026-09-02 11:48", tz="hou",
      subject="OFFER - Harbor Chemical",
      text=_gtp_offer, cte="7bit",
      rfc822=dict(frm=("Carlos Delgado", "cdelgado@harborchem.example.com"),
                  to=("Tyler Brooks", "tyler.brooks@gulftalent.example.com"),
                  date="2026-09-02 11:31", tz="hou",
                  subject="Pablo Iturriaga-Weiss - Inventory Analyst",
                  filename="Harbor - Pablo Iturriaga-Weiss.eml",
                  text="Tyler,\n\nThe team is aligned: we'd like to extend an offer to Pablo for "
                       "the Inventory Analyst position. $57,500 base, standard benefits, 10 days "
                       "PTO, and we'll cover the TN legal fees. Can you sound him out before HR "
                       "drafts the letter?\n\nCarlos Delgado\nLogistics Manager\n"
                       "Harbor Chemical Distributors")),
    M(kind=OFF, slug="laval_lettre_offre", lang="fr", key="dpl-offer", parent="dpl-ack",
      company="Distribution Pharmaceutique Laval", contact="sophie.levesque@dplaval.example.ca",
      frm=("Sophie Lévesque", "sophie.levesque@dplaval.example.ca"),
      name_enc=("iso-8859-1", "B"),
      date="2026-08-28 15:20", tz="mtl",
      subject="Offre d'emploi - Analyste de la chaîne d'approvisionnement",
      subject_enc=("utf-8", "Q"),
      text=_dpl_offer, html=simple_html(_dpl_offer, "fr"), cte="qp",
      pdfs=[dict(name="Lettre_offre_DPL.pdf", title="Lettre d'offre d'emploi",
                 lines=["Distribution Pharmaceutique Laval inc.", "",
                        "Poste : Analyste de la chaîne d'approvisionnement",
                        "Salaire annuel : 62 000 $. Entrée en fonction : 2 novembre 2026.",
                        "", "Signature : ______________________"])]),
    M(kind=OFF, slug="mainfracht_vertragsangebot", lang="de", key="mf-offer", parent="mf-ack",
      company="Mainfracht Logistik", contact="miriam.brandt@mainfracht.example.de",
      frm=("Miriam Brandt", "miriam.brandt@mainfracht.example.de"),
      date="2026-10-16 10:05", tz="fra",
      subject="Vertragsangebot Junior Supply Chain Analyst (m/w/d)",
      text=_mf_offer, html=outlook_html(_mf_offer, "de"), cte="qp",
      pdfs=[dict(name="Vertragsangebot_Iturriaga-Weiss.pdf",
                 title="Arbeitsvertrag (Angebot) - Mainfracht Logistik GmbH",
                 lines=["Zwischen der Mainfracht Logistik GmbH und Herrn Pablo Iturriaga-Weiss",
                        "Position: Junior Supply Chain Analyst (m/w/d)",
                        "Bruttojahresgehalt: 46.000 €. Eintritt: 1. Februar 2027.",
                        "", "Unterschrift: ______________________"])]),
]

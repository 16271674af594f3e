"""Corpus 172: rejections (31), hand-written."""

from msgs172_common import (
    CANDIDATE_ADDR, CANDIDATE_NAME, M, ats_card, outlook_block, outlook_html, quote, reply,
    simple_html, wrote,
)
from msgs172_other import GCT_THANKS, HUN_FOLLOW, LSL_OWN

R = "rejection"

_gct_rej = """Hola Pablo:

Te agradezco mucho tu mensaje y el tiempo que le dedicaste a todo el proceso. Ya cerramos la evaluación para Analista de Abastecimiento y, después de revisarlo con Operaciones, la decisión fue ofrecerle el puesto a otra persona que ya había trabajado el reabasto de tiendas desde un centro de distribución.

Tu perfil nos dejó muy buena impresión, sobre todo la manera en que explicaste cómo cuadras faltantes de caja contra inventario. Si se abre otra vacante de nivel inicial en Abastecimiento te busco directamente, no tendrías que volver a aplicar por el portal.

Saludos cordiales,

Mariana Fuentes
Reclutamiento Corporativo | Grupo Comercial Tapatío, S.A. de C.V.
Av. Vallarta 4870, Col. Jardines de los Arcos, 44500 Guadalajara, Jal.
Tel. +52 33 3615 2290 ext. 418"""

_aceros_rej = """Pablo, buenas tardes.

Gracias por reponer la entrevista del martes y por la disposición de venir hasta la planta de Apodaca.

Te cuento cómo quedamos: platicamos el equipo de Planeación y la vacante de Analista de Planeación de Materiales se la vamos a dar a un candidato que ya trae SAP MM y conoce las compras de acero en rollo. Para nosotros ese punto terminó pesando más de lo que pensábamos al abrir la posición, y por eso no vamos a seguir contigo en esta ocasión.

Sé que no es lo que esperabas. Te recomiendo seguir con el curso de SAP que mencionaste; con eso tu perfil se ve muy distinto.

Saludos,
Rogelio Garza Treviño
Jefe de Planeación de Materiales
Aceros Regiomontanos del Norte, S.A. de C.V.
Carretera Miguel Alemán km 21.5, Apodaca, N.L.
Tel. +52 81 8386 4410"""

_dra_rej = """Apreciado Pablo:

Reciba un cordial saludo de parte del equipo de Talento Humano de Droguerías Andinas.

Agradecemos la paciencia durante estas semanas, especialmente después del cambio de fecha de su entrevista. Una vez revisadas con detalle las hojas de vida finalistas para el cargo de Analista de Planeación de Demanda, el comité decidió seguir adelante con candidatos cuya trayectoria en pronósticos para droguerías se ajusta de manera más cercana a lo que el cargo necesita hoy.

Conservaremos sus datos en nuestra base durante doce meses, por si surge una vacante acorde con su perfil.

Cordialmente,

Catalina Restrepo Gómez
Analista Senior de Talento Humano
Droguerías Andinas S.A.S. · Calle 93 # 14-20, Bogotá D.C.
PBX (601) 742 3900"""

_mer_rej = """Hola, Pablo:

Te escribo con una noticia que no es la que nos habría gustado darte. El cliente para el que íbamos a reforzar el equipo de cadena de suministro ha congelado el proyecto de optimización de almacenes, así que la posición de Analista Junior queda en pausa de forma indefinida y no vamos a continuar con el proceso de selección.

No tiene nada que ver con el caso práctico que nos enviaste por escrito, que el equipo valoró muy bien. Si el proyecto se reactiva en otoño, serás de las primeras personas a las que llamemos.

Un saludo,

Irene Sastre
Talent Acquisition | Meridiano Consultores
Paseo de la Castellana 141, planta 9 · 28046 Madrid
+34 91 555 20 47

--
Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine. De conformidad con el RGPD, le informamos de que sus datos se tratan con la finalidad de gestionar procesos de selección; puede ejercer sus derechos en privacidad@meridiano-consultores.example.es."""

_slh_rej = """Hola Pablo,

Agradecemos tu interés en la vacante Auxiliar de Cadena de Suministro (R-10482) en Supermercados La Hacienda.

Tras una revisión cuidadosa de tu solicitud, lamentamos informarte que no continuarás en el proceso de selección para esta posición.

Te invitamos a seguir consultando nuestro portal de empleo y a postularte a futuras vacantes que se alineen con tu experiencia.

Atentamente,
Equipo de Atracción de Talento
Supermercados La Hacienda"""

_slh_footer = """Este correo fue enviado automáticamente desde Workday. Por favor no respondas a este mensaje.
© 2026 Supermercados La Hacienda. Aviso de privacidad: lahacienda.example.mx/privacidad"""

_ptq_quoted = """Buenos días, Ing. Vázquez. Le escribo para saber si ya hay noticias sobre la vacante de analista de inventarios; la entrevista del viernes me gustó mucho y sigo interesado. Saludos, Pablo Iturriaga"""

_ptq_rej = reply(
    """Pablo, buen día.

Ya se ocupó la vacante, no vas a seguir en el proceso. Gracias por venir a la planta.

Saludos,
Ing. Humberto Vázquez
Plásticos de Tlaquepaque""",
    "es", "lun, 9 mar 2026 a las 9:02", CANDIDATE_NAME, CANDIDATE_ADDR, _ptq_quoted)

_pn_rej = """Hola Pablo, ¿cómo estás?

Ya tengo respuesta de Industrias Cumbre. Te la paso tal cual me la dieron para que no haya malentendidos: no van a avanzar con tu candidatura. El gerente de logística me comentó que le pesó mucho que no se concretara la primera entrevista en la planta y que, mientras tanto, otro finalista ya presentó su prueba técnica.

Entiendo que lo de tu celular fue un accidente y así se los expliqué, pero la decisión ya estaba tomada. Sigues activo en nuestra cartera y tengo un par de vacantes de almacén en Santa Catarina que te podrían interesar; si quieres, las vemos el lunes.

Un abrazo,

Sofía Cantú
Consultora Sr. de Reclutamiento
Personal Norte · Av. Constitución 2050 Pte., Monterrey, N.L.
Cel. +52 81 1077 3342"""

_luna_rej = """Hola Pablo:

Gracias por acompañarnos en el proceso para Analista Jr. de Reabasto.

Queremos contarte que la vacante se cubrió con una compañera de nuestra red de sucursales que participó en la convocatoria interna, por lo que la posición ya no está disponible para candidatos externos.

Valoramos mucho tu experiencia en mostrador y caja. Te animamos a estar pendiente de nuestras publicaciones; tu perfil se queda guardado en nuestro sistema.

Un saludo,
Daniela Ruiz
Atracción de Talento · Farmacias Luna"""

_lmv_rej = """Estimado Pablo:

Le escribo para cerrar formalmente su proceso con nosotros. La Dirección de Operaciones decidió cancelar la vacante de Analista de Tráfico y Costos como parte de una reestructura del área de transporte, y la posición no se va a cubrir durante este año.

Esto aplica a todos los candidatos que estaban en proceso, incluidos quienes ya habían pasado el centro de evaluación. Lamento que no hayamos podido reprogramar su sesión antes de que se tomara la decisión.

Atentamente,

Jorge Ibarra Lozano
Coordinador de Reclutamiento
Logística Mexicana del Valle, S.A. de C.V.
Calz. Vallejo 1320, Azcapotzalco, CDMX · Tel. +52 55 5368 9021"""

_bep_rej = """Qué onda Pablo,

Te cuento cómo quedó lo de la vacante del almacén, para que no te quedes esperando. El gerente se fue por alguien que ya traía SAP y experiencia con inventarios cíclicos en CEDIS, así que por ahora no va a ser, carnal.

Yo le hablé bien de ti, eh. Me dijo que le caíste bien y que si en agosto abren el segundo turno te toma en cuenta, pero eso ya no depende de mí.

Ni modo. Cualquier cosa que sepa te aviso. ¿Nos vemos el sábado en el partido?

Toño
--
Antonio Leal
Jefe de Almacén · Bodega Express del Pacífico
Periférico Poniente 7200, Zapopan, Jal."""

_ver_rej = """Estimado Pablo:

Gracias por el tiempo que invertiste en el caso práctico de inventario de seguridad y por la presentación del jueves con el equipo de Supply Chain Advisory.

Después de revisar tu propuesta con los socios, decidimos no avanzar a la siguiente etapa contigo. Tu análisis de rotación fue claro, pero para este proyecto buscamos a alguien que ya haya modelado políticas de inventario multi-almacén con un cliente.

Te agradezco la seriedad con la que trabajaste el caso. Me encantaría que volviéramos a platicar cuando tengas un año de experiencia en una función de planeación.

Saludos cordiales,

Paulina Ochoa
Talent Acquisition Lead
Vértice Consultores en Cadena de Suministro, S.C.
Torre Reforma Latino, Paseo de la Reforma 296 piso 31, CDMX
+52 55 4161 0755

AVISO DE CONFIDENCIALIDAD: Este correo electrónico y sus anexos pueden contener información confidencial. Si usted no es el destinatario, queda prohibida su difusión o copia; por favor notifique al remitente y elimínelo."""

_hun_rej = reply(
    """Hola Pablo, gracias por escribir y perdona la demora.

El cliente (te recuerdo que por confidencialidad todavía no puedo darte su nombre) me confirmó ayer que no seguirá con tu candidatura. Su comentario fue que buscan a alguien con manejo de importaciones y trámites ante el INVIMA, algo que en la entrevista quedó claro que aún no tienes.

No lo tomes como algo personal: tu entrevista fue sólida y te tengo en mente para otras búsquedas de logística farmacéutica en Bogotá y Medellín.

Un saludo,

Andrés Felipe Mejía
Socio | Hunters Andinos
Carrera 7 # 71-21, of. 1204, Bogotá
+57 310 482 7719""",
    "es", "lun, 27 jul 2026 a las 12:15", CANDIDATE_NAME, CANDIDATE_ADDR, HUN_FOLLOW)

_lco_rej = """Hola Pablo,

Queremos agradecerte por postularte a la vacante Auxiliar de Logística Farmacéutica en Laboratorios Cordillera.

Tras analizar tu perfil frente a los requisitos del cargo, no seguiremos adelante con tu postulación en este proceso. Recibimos un número muy alto de hojas de vida y la decisión no fue sencilla.

Te deseamos muchos éxitos en tu búsqueda.

Equipo de Selección
Laboratorios Cordillera"""

_lco_footer = """Enviado con SmartRecruiters. Si tienes preguntas sobre el tratamiento de tus datos, consulta la política de privacidad de Laboratorios Cordillera."""

_cda_rej = """Estimado Sr. Iturriaga:

Por medio de la presente le agradecemos su participación en el proceso de selección para el puesto de Analista de Logística de Producto Terminado en nuestra planta de El Marqués, Querétaro.

Le comunicamos que su candidatura no ha sido seleccionada para continuar. La resolución se tomó considerando la experiencia previa en programación de embarques a granel, requisito indispensable del puesto.

Sus datos personales serán tratados conforme a nuestro Aviso de Privacidad y conservados por un periodo de seis meses.

Sin otro particular, reciba un cordial saludo.

Lic. Verónica Arriaga Mendoza
Jefa de Atracción de Talento
Cementos del Altiplano, S.A. de C.V.
Parque Industrial El Marqués, Qro. · Tel. +52 442 221 6030"""

_ezp_rej = """Hola Pablo,

Te escribo para cerrar el tema de la plática que teníamos pendiente. Como no logramos coincidir y el área de Materiales ya necesitaba a alguien que arrancara en mayo, nos quedamos con la otra persona que estaba en proceso.

Gracias por el interés en Electrodomésticos Zapopan. Si más adelante ves otra vacante nuestra, aplica sin pena.

Saludos,
Leticia Navarro
Gerente de Materiales
Electrodomésticos Zapopan"""

_glh_old = """Hola Pablo:

Gracias por tu interés. Nos gustaría conocerte en persona: te esperamos el jueves 11 de junio a las 11:00 en nuestras oficinas de Coslada (Av. de la Industria 28). La entrevista durará una hora, con Marta de Operaciones y conmigo.

Un saludo,
Álvaro"""

_glh_rej = """Hola de nuevo, Pablo:

Muchas gracias por venir a Coslada y por lo bien que preparaste la entrevista.

Hemos cerrado el proceso y nos hemos decantado por una persona con más recorrido en transporte internacional por carretera, que era lo que más pesaba en el puesto. Por eso no vamos a poder contar contigo esta vez.

Te agradezco sinceramente el esfuerzo de cuadrar horarios desde México. Mucha suerte con la búsqueda.

Álvaro Peña Rubio
Responsable de Selección · Grupo Logístico Henares
Av. de la Industria 28, 28823 Coslada (Madrid)
T. +34 916 70 44 12

""" + outlook_block("es", "Álvaro Peña Rubio <alvaro.pena@grupohenares.example.es>",
                     "lunes, 8 de junio de 2026 10:14", "Pablo Iturriaga-Weiss <pablo.iw@example.mx>",
                     "Entrevista Técnico de Tráfico - Grupo Logístico Henares", _glh_old)

_tme_rej = """Hola Pablo,

Muchas gracias por tu solicitud para Analista de Inventarios – Centro de Distribución Tultitlán.

Revisamos cada candidatura con atención y, en esta ocasión, tu solicitud no pasó a la siguiente fase. Sabemos que esperar una respuesta cuesta trabajo, por eso preferimos escribirte en cuanto se tomó la decisión.

Sigue atento a nuestras vacantes en tiendasmercurio.example.mx/empleos.

Saludos,
Equipo de Talento · Tiendas Mercurio"""

_bay_rej = """Hi Pablo,

We're going to pass on this one. Thanks for your time, and good luck out there.

Jake

Jake Whitfield | Talent Partner
Bayou Freight Partners
1500 Louisiana St, Suite 900, Houston, TX 77002
(713) 555-0148"""

_lsp_rej = """Hi Pablo,

Thank you for the time you spent with us on the Supply Chain Analyst I process.

After careful consideration, we have decided not to move forward with your candidacy. This decision reflects the specific needs of the team right now and not your potential.

We appreciate your interest in Lone Star Petrochem Supply and encourage you to keep an eye on our careers page.

Best regards,
Lone Star Petrochem Supply Recruiting"""

_tri_thanks = """Hi Renee,

Thank you for your time today, and please pass my thanks to Marcus as well. I really enjoyed hearing how the replenishment team works with the stores in Katy and Sugar Land, and I'd love to bring my point-of-sale and inventory reconciliation experience to the team.

Best,
Pablo"""

_tri_rej = reply(
    """Hi Pablo,

Thanks so much for the kind note, it was a pleasure to meet you too.

I wish I had better news. After debriefing with Marcus, the team has decided to move forward with candidates whose experience more closely matches the replenishment tooling we use day to day (Blue Yonder, mostly). I know that's not what you were hoping to hear.

Please don't let this discourage you: your story from the pharmacy counter to supply chain came across really well.

Warmly,
Renee Okafor
Talent Acquisition Partner | Trinity Retail Group
9800 Richmond Ave, Houston, TX 77042 | (832) 555-0193""",
    "en", "Tue, Sep 22, 2026 at 5:47 PM", CANDIDATE_NAME, CANDIDATE_ADDR, _tri_thanks)

_key_rej = """Hi Pablo,

Thank you for your interest in the Inventory Control Analyst position at Keystone Industrial Supply and for the time you took to apply.

We've reviewed your application carefully and unfortunately we won't be taking it further at this stage. We received applications from many people with hands-on warehouse management system experience, which was central to this role.

We'll keep your details on file and may reach out if something more suitable comes up.

All the best,
Dana Kowalski
People Team, Keystone Industrial Supply"""

_pan_rej = """Dear Pablo Iturriaga-Weiss,

Thank you for your interest in employment with Pan-American Pharma Wholesale.

This message is to inform you that your candidacy for requisition 26-0417, Supply Chain Coordinator (Houston Distribution Center), is no longer under consideration. The position has been filled by an applicant whose qualifications best met the requirements of the role.

We encourage you to visit our career site regularly and to apply for any future openings for which you feel qualified.

Sincerely,
Talent Acquisition
Pan-American Pharma Wholesale

-------------------------------------------------------------------------
Pan-American Pharma Wholesale is an Equal Opportunity Employer. All qualified applicants receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or protected veteran status. This is an automated message sent from an unmonitored mailbox; replies are not read.
-------------------------------------------------------------------------"""

_mcc_rej = """Hi Pablo,

I'm sorry for the silence since our last exchange, and I'd rather be straightforward with you.

The demand planning analyst role has been put on hold and we will not proceed with the process for now. Our budget for the second half of the year was cut after we lost a large frozen-food account, and the hiring freeze applies to every open position in Madrid.

I know you had to move things around for us, so thank you. If the position reopens I will contact you before we publish it.

Kind regards,
Lucas Moreno
Operations Manager, Meseta Cold Chain
Polígono Industrial Los Olivos, Getafe (Madrid)
+34 910 48 72 30"""

_gtp_sab_rej = """Hey Pablo,

Quick update from Sabine Chemicals. They came back this morning and they're not taking you forward for the inventory analyst role in Baytown. Their feedback was that they need someone who's already worked with hazmat storage rules, and that's a hard requirement from their safety team.

Honestly, don't sweat it. The Harbor Chemical conversation is a much better fit for you and that one is still very much alive. I'll call you tomorrow about it.

Tyler

Tyler Brooks
Senior Recruiter | Gulf Talent Partners
2727 Allen Pkwy, Houston, TX 77019
Direct (713) 555-0167"""

_cg_rej = """Hello Pablo,

Thank you for applying for the Replenishment Analyst opening (Req. 4471) at Coastal Grocers.

We're writing to let you know that the hiring team has decided to close this requisition without filling it. Because the role has been cancelled, we are not able to continue the review of your application.

If the position is posted again in the future, you are welcome to reapply.

Regards,
Coastal Grocers Talent Acquisition"""

_lsl_rej = reply(
    """Bonjour Monsieur Iturriaga-Weiss,

Je vous remercie de votre patience depuis l'annulation de votre entrevue.

Je dois malheureusement vous annoncer que le poste d'analyste en approvisionnement a finalement été comblé à l'interne : une employée de notre entrepôt de Laval a obtenu la mutation. Le processus externe est donc clos et nous ne pourrons pas reprogrammer la rencontre.

J'ai apprécié nos échanges et je conserve votre dossier pour nos prochains affichages.

Cordialement,

Geneviève Tremblay
Conseillère en acquisition de talents
Logistique Saint-Laurent inc.
5800, rue Notre-Dame Est, Montréal (Québec) H1N 2C5
514 555-0182""",
    "fr", "jeu. 14 mai 2026 à 17:20", CANDIDATE_NAME, CANDIDATE_ADDR, LSL_OWN)

_rh_rej = """Bonjour Pablo,

J'ai eu le retour du Groupe Alimentaire Laurentide ce matin et je préfère vous appeler... mais comme vous êtes en déplacement, je vous l'écris.

Ils ne donneront pas suite à votre candidature pour le poste de planificateur d'approvisionnement. Ils ont apprécié votre motivation, mais ils cherchent quelqu'un qui parle déjà couramment le français au travail avec les fournisseurs agricoles, et votre niveau actuel leur a semblé un peu juste pour le poste.

De mon côté, je continue à vous proposer à d'autres clients, notamment en logistique pharmaceutique où l'anglais suffit.

Au plaisir,

Mathieu Gagnon
Conseiller principal | Recrutement Horizon
1250, boul. René-Lévesque Ouest, bureau 2200, Montréal
514 555-0129"""

_rh_rej_full = _rh_rej + "\n\n" + outlook_block(
    "fr", "Mathieu Gagnon <mgagnon@recrutementhorizon.example.ca>",
    "3 septembre 2026 11:40", "Pablo Iturriaga-Weiss <pablo.iw@example.mx>",
    "Re: Entrevue avec le Groupe Alimentaire Laurentide",
    "Bonjour Pablo,\n\nPetit changement : l'entrevue avec le Groupe Alimentaire Laurentide "
    "est déplacée au vendredi 11 septembre à 9 h (heure de Montréal), toujours sur Teams.\n\n"
    "Mathieu")

_pbo_rej = """Bonjour Monsieur Iturriaga-Weiss,

Suite à notre tentative d'entrevue téléphonique et à l'analyse de l'ensemble des dossiers, nous avons retenu une autre candidature pour le poste de technicien en approvisionnement pharmaceutique.

Nous vous remercions de l'intérêt porté à Pharmacie Boréale Distribution et vous souhaitons bonne continuation dans vos démarches.

Chloé Bélanger
Ressources humaines
Pharmacie Boréale Distribution
3300, boul. de la Côte-Vertu, Saint-Laurent (Québec)"""

_rmp_rej = """Sehr geehrter Herr Iturriaga-Weiss,

vielen Dank für Ihre Teilnahme an unserem Assessment-Center am 26. Juni und das Interesse an der Position Junior Supply Chain Analyst (m/w/d).

Nach sorgfältiger Abwägung aller Eindrücke haben wir uns entschieden, die Stelle anderweitig zu besetzen. Diese Entscheidung ist uns nicht leichtgefallen; insbesondere Ihre Fallstudie zur Kühlkette wurde positiv hervorgehoben.

Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.

Mit freundlichen Grüßen
Katrin Albers
Personalreferentin
Rhein-Main Pharmalogistik GmbH"""

_rmp_footer = """Rhein-Main Pharmalogistik GmbH · Hanauer Landstraße 310 · 60314 Frankfurt am Main
Amtsgericht Frankfurt am Main HRB 112233 · Geschäftsführer: Dr. Peter Lindqvist
Diese Nachricht wurde über Personio versendet."""

_kv_rej = """Lieber Herr Iturriaga-Weiss,

kurz und ehrlich: Wir gehen mit einer Kandidatin weiter, die bereits zwei SAP-IBP-Einführungen begleitet hat. Nach dem geplatzten Termin hatten wir intern nicht mehr die Zeit, ein zweites Gespräch mit Ihnen anzusetzen.

Danke für Ihr Interesse an Kessler & Vogt, und viel Erfolg in Frankfurt!

Beste Grüße
Jonas Vogt
Partner
Kessler & Vogt Supply Chain Beratung
Taunusanlage 8 · 60329 Frankfurt am Main · +49 69 2475 3310"""

_kv_apology = """Sehr geehrter Herr Vogt,

es tut mir sehr leid wegen heute. Mein Laptop hat kurz vor 16 Uhr ein Update gestartet, und als ich mich endlich einwählen konnte, war das Meeting schon beendet.

Hätten Sie eventuell nächste Woche noch einmal Zeit für ein Gespräch? Ich richte mich ganz nach Ihnen.

Viele Grüße
Pablo Iturriaga-Weiss"""

_tc_rej = """Sehr geehrter Herr Iturriaga-Weiss,

wir bedanken uns für Ihre Bewerbung als Sachbearbeiter Materialdisposition (m/w/d) und das damit verbundene Interesse an der Taunus Chemie.

Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Die Anforderungen an Deutschkenntnisse auf Niveau C1 sind für diese Position verbindlich.

Ihre Unterlagen werden gemäß den geltenden Datenschutzbestimmungen nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Taunus Chemie"""

MESSAGES = [
    M(kind=R, slug="tapatio_after_interview", lang="es", key="gct-rej", parent="gct-thanks",
      company="Grupo Comercial Tapatío", contact="mariana.fuentes@gct.example.mx",
      frm=("Mariana Fuentes", "mariana.fuentes@gct.example.mx"),
      date="2026-02-17 10:05", tz="mx",
      subject="RE: Gracias por la entrevista - Analista de Abastecimiento",
      text=reply(_gct_rej, "es", "mar, 3 feb 2026 a las 18:42", CANDIDATE_NAME,
                 CANDIDATE_ADDR, GCT_THANKS),
      html=outlook_html(_gct_rej + "\n\n" + wrote("es", "mar, 3 feb 2026 a las 18:42",
                                                   CANDIDATE_NAME, CANDIDATE_ADDR)
                        + "\n\n" + GCT_THANKS),
      cte="qp"),
    M(kind=R, slug="aceros_after_rescheduled", lang="es", key="aceros-rej", parent="aceros-newslot",
      company="Aceros Regiomontanos del Norte", contact="rogelio.garza@aceros-rn.example.mx",
      frm=("Rogelio Garza Treviño", "rogelio.garza@aceros-rn.example.mx"),
      date="2026-03-24 16:40", tz="mty",
      subject="Re: Nueva fecha entrevista Analista de Planeación de Materiales",
      text=_aceros_rej, cte="8bit"),
    M(kind=R, slug="droguerias_closer_match", lang="es", key="dra-rej", parent="dra-cancel",
      company="Droguerías Andinas", contact="catalina.restrepo@drogueriasandinas.example.co",
      frm=("Catalina Restrepo Gómez", "catalina.restrepo@drogueriasandinas.example.co"),
      date="2026-03-05 08:30", tz="bog",
      subject="Proceso Analista de Planeación de Demanda - Droguerías Andinas",
      text=_dra_rej, charset="windows-1252", cte="qp"),
    M(kind=R, slug="meridiano_on_hold", lang="es", key="mer-rej", parent="mer-postpone",
      company="Meridiano Consultores", contact="irene.sastre@meridiano-consultores.example.es",
      frm=("Irene Sastre", "irene.sastre@meridiano-consultores.example.es"),
      date="2026-05-26 13:12", tz="mad",
      subject="Proceso Analista Junior Supply Chain: novedades",
      text=_mer_rej, cte="8bit"),
    M(kind=R, slug="hacienda_workday_formal", lang="es", key="slh-rej",
      company="Supermercados La Hacienda", contact="",
      frm=("Supermercados La Hacienda", "lahacienda@myworkday.com"),
      date="2026-04-09 02:14", tz="utc",
      subject="Actualización sobre tu solicitud: Auxiliar de Cadena de Suministro",
      subject_enc=("utf-8", "B"),
      html=ats_card("Supermercados La Hacienda", "#7a1f1f", _slh_rej, _slh_footer),
      cte="b64"),
    M(kind=R, slug="tlaquepaque_terse", lang="es", key="ptq-rej",
      company="Plásticos de Tlaquepaque", contact="hvazquez@plasticostlaquepaque.example.mx",
      frm=("Humberto Vázquez", "hvazquez@plasticostlaquepaque.example.mx"),
      date="2026-03-10 08:11", tz="mx",
      subject="Re: Vacante analista de inventarios",
      text=_ptq_rej, cte="8bit"),
    M(kind=R, slug="personal_norte_client_no", lang="es", key="pn-rej", parent="pn-missed",
      company="Industrias Cumbre", contact="sofia.cantu@personalnorte.example.mx",
      frm=("Sofía Cantú | Personal Norte", "sofia.cantu@personalnorte.example.mx"),
      date="2026-06-05 12:48", tz="mty",
      subject="Respuesta de Industrias Cumbre",
      text=_pn_rej, cte="b64"),
    M(kind=R, slug="luna_filled_internally", lang="es", key="luna-rej", parent="luna-resched",
      company="Farmacias Luna", contact="daniela.ruiz@farmaciasluna.example.mx",
      frm=("Daniela Ruiz via Lever", "no-reply@hire.lever.co"),
      reply_to=("Daniela Ruiz", "daniela.ruiz@farmaciasluna.example.mx"),
      date="2026-02-13 11:20", tz="mx",
      subject="Tu proceso con Farmacias Luna",
      text=_luna_rej,
      html=ats_card("Farmacias Luna", "#1d4e89", _luna_rej,
                    "Enviado mediante Lever en nombre de Farmacias Luna."),
      cte="qp"),
    M(kind=R, slug="valle_role_cancelled", lang="es", key="lmv-rej",
      company="Logística Mexicana del Valle", contact="jorge.ibarra@logmexvalle.example.mx",
      frm=("Jorge Ibarra Lozano", "jorge.ibarra@logmexvalle.example.mx"),
      date="2026-04-02 17:03", tz="mx",
      subject="Cierre de proceso - Analista de Tráfico y Costos",
      text=_lmv_rej, html=outlook_html(_lmv_rej), cte="qp"),
    M(kind=R, slug="bodega_express_buddy", lang="es", key="bep-rej",
      company="Bodega Express del Pacífico", contact="antonio.leal@bodegaexpress.example.mx",
      frm=("Antonio Leal", "antonio.leal@bodegaexpress.example.mx"),
      date="2026-05-13 21:37", tz="mx",
      subject="lo del almacén",
      text=_bep_rej, cte="8bit"),
    M(kind=R, slug="vertice_after_case", lang="es", key="ver-rej", parent="ver-invite",
      company="Vértice Consultores",
      contact="paulina.ochoa@vertice-consultores.example.mx",
      frm=("Paulina Ochoa", "paulina.ochoa@vertice-consultores.example.mx"),
      date="2026-07-24 18:05", tz="mx",
      subject="Resultado caso práctico - Analista Supply Chain Advisory",
      text=_ver_rej, html=outlook_html(_ver_rej), cte="qp"),
    M(kind=R, slug="hunters_confidential_client", lang="es", key="hun-rej",
      parent="hun-own-follow",
      company="Hunters Andinos", contact="afmejia@huntersandinos.example.co",
      frm=("Andrés Felipe Mejía", "afmejia@huntersandinos.example.co"),
      name_enc=("iso-8859-1", "Q"),
      date="2026-08-03 09:40", tz="bog",
      subject="Re: Seguimiento entrevista analista de abastecimiento",
      text=_hun_rej, cte="qp"),
    M(kind=R, slug="cordillera_smartrecruiters", lang="es", key="lco-rej",
      company="Laboratorios Cordillera", contact="",
      frm=("Laboratorios Cordillera", "noreply@smartrecruiters.com"),
      date="2026-06-18 14:02", tz="utc",
      subject="Tu postulación a Auxiliar de Logística Farmacéutica",
      text=_lco_rej + "\n\n" + _lco_footer,
      html=ats_card("Laboratorios Cordillera", "#0f766e", _lco_rej, _lco_footer),
      cte="qp"),
    M(kind=R, slug="altiplano_formal_letter", lang="es", key="cda-rej",
      company="Cementos del Altiplano", contact="veronica.arriaga@cementosaltiplano.example.mx",
      frm=("Verónica Arriaga Mendoza", "veronica.arriaga@cementosaltiplano.example.mx"),
      name_enc=("iso-8859-1", "B"),
      date="2026-05-06 10:00", tz="mx",
      subject="Resolución de su postulación: Analista de Logística",
      subject_enc=("iso-8859-1", "B"),
      text=_cda_rej, charset="iso-8859-1", cte="b64"),
    M(kind=R, slug="zapopan_after_no_show", lang="es", key="ezp-rej", parent="ezp-missed",
      company="Electrodomésticos Zapopan", contact="leticia.navarro@electrozapopan.example.mx",
      frm=("Leticia Navarro", "leticia.navarro@electrozapopan.example.mx"),
      date="2026-04-20 13:26", tz="mx",
      subject="Re: Te esperamos hoy",
      text=_ezp_rej, cte="8bit"),
    M(kind=R, slug="henares_outlook_chain", lang="es", key="glh-rej",
      company="Grupo Logístico Henares", contact="alvaro.pena@grupohenares.example.es",
      frm=("Álvaro Peña Rubio", "alvaro.pena@grupohenares.example.es"),
      name_enc=("utf-8", "B"),
      date="2026-06-19 12:55", tz="mad",
      subject="RE: Entrevista Técnico de Tráfico - Grupo Logístico Henares",
      text=_glh_rej, html=outlook_html(_glh_rej), cte="qp"),
    M(kind=R, slug="mercurio_teamtailor", lang="es", key="tme-rej",
      company="Tiendas Mercurio", contact="",
      frm=("Tiendas Mercurio", "no-reply@teamtailor-mail.com"),
      date="2026-08-14 16:45", tz="mx",
      subject="Tu solicitud en Tiendas Mercurio",
      text=_tme_rej,
      html=ats_card("Tiendas Mercurio", "#5b21b6", _tme_rej,
                    "Powered by Teamtailor · Gestiona tus datos desde tu perfil de candidato."),
      cte="qp"),
    # ------------------------------------------------------------ English
    M(kind=R, slug="bayou_pass", lang="en", key="bay-rej", parent="bay-missed",
      company="Bayou Freight Partners", contact="jake.whitfield@bayoufreight.example.com",
      frm=("Jake Whitfield", "jake.whitfield@bayoufreight.example.com"),
      date="2026-04-01 15:10", tz="hou",
      subject="Re: Missed call this morning",
      text=_bay_rej, cte="7bit"),
    M(kind=R, slug="lonestar_ashby", lang="en", key="lsp-rej", parent="lsp-invite",
      company="Lone Star Petrochem Supply", contact="",
      frm=("Lone Star Petrochem Supply Recruiting", "no-reply@ashbyhq.com"),
      date="2026-05-19 19:31", tz="hou",
      subject="Your application to Lone Star Petrochem Supply",
      html=ats_card("Lone Star Petrochem Supply", "#b45309", _lsp_rej,
                    "Sent via Ashby. You received this email because you applied for a role.",
                    lang="en"),
      cte="qp"),
    M(kind=R, slug="trinity_after_thankyou", lang="en", key="tri-rej", parent="tri-push",
      company="Trinity Retail Group", contact="renee.okafor@trinityretail.example.com",
      frm=("Renee Okafor", "renee.okafor@trinityretail.example.com"),
      date="2026-10-02 10:22", tz="hou",
      subject="Re: Thank you - Replenishment Analyst interview",
      text=_tri_rej, html=simple_html(_tri_rej, "en"), cte="qp"),
    M(kind=R, slug="keystone_workable", lang="en", key="key-rej", parent="key-ack",
      company="Keystone Industrial Supply", contact="dana.kowalski@keystoneind.example.com",
      frm=("Keystone Industrial Supply", "noreply@candidates.workablemail.com"),
      reply_to=("Dana Kowalski", "dana.kowalski@keystoneind.example.com"),
      date="2026-07-07 09:48", tz="hou",
      subject="Your application for Inventory Control Analyst",
      text=_key_rej,
      html=ats_card("Keystone Industrial Supply", "#334155", _key_rej,
                    "Sent with Workable", lang="en"),
      cte="7bit"),
    M(kind=R, slug="panam_taleo_requisition", lang="en", key="pan-rej", parent="pan-ack",
      company="Pan-American Pharma Wholesale", contact="",
      frm=("Pan-American Pharma Wholesale", "panampharma@taleo.net"),
      date="2026-03-30 06:00", tz="utc",
      subject="Pan-American Pharma Wholesale - Requisition 26-0417 status",
      text=_pan_rej, cte="qp"),
    M(kind=R, slug="meseta_put_on_hold", lang="en", key="mcc-rej", parent="mcc-missed",
      company="Meseta Cold Chain", contact="lucas.moreno@mesetacoldchain.example.es",
      frm=("Lucas Moreno", "lucas.moreno@mesetacoldchain.example.es"),
      date="2026-03-16 18:20", tz="mad",
      subject="Demand Planning Analyst - update",
      text=_mcc_rej + "\n\n" + outlook_block(
          "en", "Lucas Moreno <lucas.moreno@mesetacoldchain.example.es>",
          "Monday, March 2, 2026 4:22 PM", "Pablo Iturriaga-Weiss <pablo.iw@example.mx>",
          "RE: Panel interview - Demand Planning Analyst",
          "Hi Pablo,\n\nWe waited on the Zoom link for 15 minutes with Elena and Tomás, but "
          "you didn't join. I hope everything is OK. Could you let me know what happened?\n\n"
          "Lucas"),
      cte="qp"),
    M(kind=R, slug="gulftalent_sabine_relay", lang="en", key="gtp-sab-rej", parent="gtp-reg",
      company="Sabine Chemicals", contact="tyler.brooks@gulftalent.example.com",
      frm=("Tyler Brooks", "tyler.brooks@gulftalent.example.com"),
      date="2026-08-20 11:05", tz="hou",
      subject="Sabine Chemicals - feedback",
      text=_gtp_sab_rej, cte="7bit"),
    M(kind=R, slug="coastal_requisition_closed", lang="en", key="cg-rej",
      company="Coastal Grocers", contact="",
      frm=("Coastal Grocers Careers", "no-reply@talent.icims.com"),
      date="2026-06-26 22:40", tz="hou",
      subject="Update on Replenishment Analyst (Req. 4471)",
      html=ats_card("Coastal Grocers", "#0e7490", _cg_rej,
                    "This message was sent from an unmonitored address via iCIMS.", lang="en"),
      cte="7bit"),
    # ------------------------------------------------------------ French
    M(kind=R, slug="saint_laurent_comble_interne", lang="fr", key="lsl-rej", parent="lsl-own",
      company="Logistique Saint-Laurent", contact="genevieve.tremblay@logistiquesl.example.ca",
      frm=("Geneviève Tremblay", "genevieve.tremblay@logistiquesl.example.ca"),
      name_enc=("iso-8859-1", "Q"),
      date="2026-06-02 09:15", tz="mtl",
      subject="Suivi de votre candidature : analyste en approvisionnement",
      subject_enc=("iso-8859-1", "Q"),
      text=_lsl_rej, charset="iso-8859-1", cte="qp"),
    M(kind=R, slug="horizon_laurentide_relay", lang="fr", key="rh-rej", parent="rh-moved",
      company="Groupe Alimentaire Laurentide", contact="mgagnon@recrutementhorizon.example.ca",
      frm=("Mathieu Gagnon", "mgagnon@recrutementhorizon.example.ca"),
      date="2026-09-29 15:35", tz="mtl",
      subject="Retour du Groupe Alimentaire Laurentide",
      text=_rh_rej_full, html=simple_html(_rh_rej_full, "fr"), cte="qp"),
    M(kind=R, slug="boreale_autre_candidature", lang="fr", key="pbo-rej", parent="pbo-missed",
      company="Pharmacie Boréale Distribution", contact="chloe.belanger@pharmaboreale.example.ca",
      frm=("Chloé Bélanger", "chloe.belanger@pharmaboreale.example.ca"),
      date="2026-10-06 11:00", tz="mtl",
      subject="Votre candidature chez Pharmacie Boréale Distribution",
      text=_pbo_rej, charset="windows-1252", cte="8bit"),
    # ------------------------------------------------------------ German
    M(kind=R, slug="rheinmain_nach_ac", lang="de", key="rmp-rej", parent="rmp-move",
      company="Rhein-Main Pharmalogistik", contact="katrin.albers@rmpharmalogistik.example.de",
      frm=("Rhein-Main Pharmalogistik GmbH", "noreply@personio.de"),
      reply_to=("Katrin Albers", "katrin.albers@rmpharmalogistik.example.de"),
      date="2026-07-10 10:30", tz="fra",
      subject="Ihre Bewerbung als Junior Supply Chain Analyst (m/w/d)",
      text=_rmp_rej + "\n\n--\n" + _rmp_footer,
      html=ats_card("Rhein-Main Pharmalogistik", "#be123c", _rmp_rej, _rmp_footer, lang="de"),
      cte="qp"),
    M(kind=R, slug="kessler_kurz", lang="de", key="kv-rej", parent="kv-missed",
      company="Kessler & Vogt", contact="jonas.vogt@kesslervogt.example.de",
      frm=("Jonas Vogt", "jonas.vogt@kesslervogt.example.de"),
      date="2026-10-20 17:45", tz="fra",
      subject="Re: Entschuldigung wegen Donnerstag",
      text=reply(_kv_rej, "de", "Do., 8. Okt. 2026 um 17:02", CANDIDATE_NAME, CANDIDATE_ADDR,
                 _kv_apology),
      charset="iso-8859-1", cte="qp"),
    M(kind=R, slug="taunus_successfactors", lang="de", key="tc-rej", parent="tc-ack",
      company="Taunus Chemie", contact="",
      frm=("Taunus Chemie Karriere", "careers@successfactors.eu"),
      date="2026-09-15 07:05", tz="fra",
      subject="Ihre Bewerbung – Sachbearbeiter Materialdisposition (m/w/d)",
      subject_enc=("utf-8", "B"),
      text=_tc_rej,
      html=ats_card("Taunus Chemie", "#1e3a8a", _tc_rej,
                    "Diese E-Mail wurde automatisch über SAP SuccessFactors versendet.",
                    lang="de"),
      cte="b64"),
]

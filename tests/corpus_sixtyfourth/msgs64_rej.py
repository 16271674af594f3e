"""Rejections of the sixty-fourth corpus (data only; see msgs64_build.M for the fields)."""

from msgs64_build import M

V = "Valentina Ruiz-Achterberg <vale.ruiz@example.es>"

MESSAGES = [
    M("rej", "ats_workday_cra", "es", "Laboratorios Farmavalen", "",
      "Laboratorios Farmavalen <farmavalen@myworkday.com>",
      "Actualización sobre tu candidatura - CRA II (REQ-04417)",
      """Hola Valentina:

Gracias por tu interés en Laboratorios Farmavalen y por el tiempo dedicado al proceso para la posición de CRA II (REQ-04417).

Tras revisar detenidamente tu candidatura, lamentamos comunicarte que en esta ocasión hemos decidido continuar con otros perfiles que se ajustan más a los requisitos del puesto.

Conservaremos tus datos en nuestra base de datos y te animamos a consultar nuestro portal de empleo para futuras oportunidades.

Un saludo,
Equipo de Talent Acquisition
Laboratorios Farmavalen

Este mensaje se ha generado automáticamente. Por favor, no respondas a este correo.""", "html"),
    M("rej", "manager_mobile_oneliner", "es", "Hospital Quirónvital Sevilla", "rmedina@quironvital.example.com",
      "Rocío Medina <rmedina@quironvital.example.com>", "Re: entrevista coordinadora calidad",
      """Valentina, al final nos quedamos con una candidata interna. Gracias por venir el martes y mucha suerte!!

Enviado desde mi iPhone""",
      quote=("es", V, "Hola Rocío, solo quería saber si hay novedades sobre el puesto de coordinadora de calidad asistencial. Un saludo, Vale")),
    M("rej", "position_filled_cro", "en", "Meridian Clinical Research", "hannah.obrien@meridiancr.example.com",
      "Hannah O'Brien <hannah.obrien@meridiancr.example.com>", "Update",
      """Hi Valentina,

Just a quick note to let you know that the Clinical Trial Associate position in Dublin has now been filled. I'm sorry it wasn't better news - your experience on the oncology site side was genuinely interesting to the team.

I'll keep your CV on file and reach out directly if something in start-up or site management comes up in Q3.

All the best,
Hannah

Hannah O'Brien | Senior Talent Partner
Meridian Clinical Research Ltd | Block 4, Harcourt Centre, Dublin 2
+353 1 555 0142"""),
    M("rej", "uk_nhs_shant_progress", "en", "Royal Westbrook Hospitals NHS Foundation Trust", "",
      "NHS Jobs <donotreply@jobs.nhs.example.uk>", "Application outcome: Clinical Research Practitioner (Band 6) 284-RW-2231",
      """Dear Valentina Ruiz-Achterberg

Application reference: 284-RW-2231
Post: Clinical Research Practitioner (Band 6)
Employer: Royal Westbrook Hospitals NHS Foundation Trust

Thank you for applying for the above post. Following shortlisting, we regret to inform you that you have not been shortlisted for interview on this occasion and we shan't be progressing your application further.

The shortlisting panel received a large number of applications and the standard was high.

If you would like feedback, please contact the recruiting manager named in the advert.

Please do not reply to this message as this mailbox is not monitored.

NHS Jobs"""),
    M("rej", "headhunter_relay_es_casual", "es", "Biocyte Therapeutics", "irene@talentoclinico.example.es",
      "Irene Sanchis <irene@talentoclinico.example.es>", "Biocyte",
      """Hola Vale!

Te escribo rápido porque me acaban de contestar de Biocyte Therapeutics: han decidido cerrar el proceso con otra candidata que tenía más experiencia en terapias avanzadas (ATMP). Me dicen que les gustó mucho tu entrevista con la directora médica, que no es poco.

Yo sigo moviéndote en otras dos posiciones de monitorización en Madrid, te cuento en cuanto sepa algo.

Un abrazo,
Irene
Irene Sanchis · Partner
Talento Clínico · 663 41 20 87"""),
    M("rej", "role_on_hold_biotech", "en", "Lumora Bio", "priya.nair@lumorabio.example.com",
      "Priya Nair <priya.nair@lumorabio.example.com>", "Re: Clinical Operations Specialist - next steps",
      """Hi Valentina,

I wanted to reach out personally. We've had a change in our funding timeline and leadership has decided to put the Clinical Operations Specialist role on hold for the foreseeable future. As a result we won't be proceeding with any of the candidates currently in process, including yourself.

I know that's frustrating after two rounds, and I'm sorry. If the role re-opens I would love to reconnect.

Warmly,
Priya

Priya Nair
People & Talent, Lumora Bio
Basel | Boston""",
      quote=("gmail", "Priya Nair <priya.nair@lumorabio.example.com>", "Hi Valentina,\n\nThanks again for your time with Dr. Keller yesterday. We'll be in touch next week with next steps.\n\nPriya")),
    M("rej", "after_take_home_pv", "en", "Veridia Pharma", "tom.brandt@veridiapharma.example.com",
      "Tom Brandt <tom.brandt@veridiapharma.example.com>", "Your case study - Drug Safety Associate",
      """Dear Valentina,

Thank you for completing the ICSR case-processing exercise and for the thought you put into the narrative. The panel reviewed all submissions last Friday.

After careful consideration we have decided not to move forward with your application for the Drug Safety Associate role. Candidates who progressed had hands-on MedDRA coding experience in a PV department, which was the deciding factor this time.

We appreciate the effort involved and wish you every success.

Kind regards,
Tom Brandt
Head of Pharmacovigilance Operations
Veridia Pharma B.V. | Amsterdam"""),
    M("rej", "successfactors_es_formal", "es", "Grupo Sanitas Levante", "",
      "Grupo Sanitas Levante <Careers@successfactors.eu>", "Su candidatura a Técnico/a de Calidad Asistencial",
      """Estimada Sra. Ruiz-Achterberg:

Le agradecemos el interés mostrado por formar parte de Grupo Sanitas Levante.

Una vez finalizada la fase de valoración curricular, le informamos de que su candidatura no ha sido seleccionada para continuar en el proceso de Técnico/a de Calidad Asistencial (Ref. 11873).

Esta decisión no supone una valoración negativa de su trayectoria profesional. Le invitamos a seguir consultando nuestras ofertas.

Atentamente,
Departamento de Personas
Grupo Sanitas Levante

------------------------------------------------------------
AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. No está permitida su reproducción o distribución sin la autorización expresa de Grupo Sanitas Levante. Si usted no es el destinatario final, por favor elimínelo e infórmenos por esta vía. En cumplimiento del RGPD (UE) 2016/679 le informamos de que sus datos serán tratados por Grupo Sanitas Levante con la finalidad de gestionar procesos de selección.""", "latin1"),
    M("rej", "greenhouse_healthtech_short", "en", "Pulsewise", "",
      "Pulsewise <no-reply@us.greenhouse-mail.io>", "Thank you from Pulsewise",
      """Hi Valentina,

Thanks for your time, but we won't be moving forward with your application for Customer Success Manager, Hospitals (EMEA).

Best,
Pulsewise Recruiting""", "alt"),
    M("rej", "after_panel_es_usted", "es", "Instituto de Investigación Sanitaria La Albufera", "convocatorias@iislaalbufera.example.es",
      "Convocatorias IIS La Albufera <convocatorias@iislaalbufera.example.es>", "Resolución proceso selectivo PTA-2026-07 Gestor/a de Ensayos Clínicos",
      """Estimada candidata:

Una vez realizadas las entrevistas personales del proceso PTA-2026-07 (Gestor/a de Ensayos Clínicos, Unidad de Ensayos Clínicos Fase I), la comisión de selección ha propuesto la contratación de la persona que ha obtenido la mayor puntuación. Lamentamos comunicarle que su candidatura no ha resultado seleccionada.

Puede consultar la resolución provisional en el tablón de anuncios de la web del Instituto. Dispone de un plazo de cinco días hábiles para presentar alegaciones.

Agradecemos su participación.

Área de Recursos Humanos
Instituto de Investigación Sanitaria La Albufera"""),
    M("rej", "lever_soft_closer_match", "en", "Corvane Medical", "",
      "Corvane Medical <no-reply@hire.lever.co>", "Your application to Corvane Medical",
      """Hi Valentina,

Thank you so much for your interest in the Field Clinical Specialist role at Corvane Medical and for taking the time to speak with Javier.

We've decided to pursue other candidates whose background more closely aligns with the needs of the role at this time. This was a difficult decision given the strength of the applicant pool.

We'll keep your details on file, and we encourage you to keep an eye on our careers page.

Best wishes,
The Corvane Medical Talent Team""", "html"),
    M("rej", "fr_cro_toulouse", "fr", "Occitania Clinical", "m.fabre@occitania-clinical.example.fr",
      "Marine Fabre <m.fabre@occitania-clinical.example.fr>", "Votre candidature - ARC confirmé(e) H/F",
      """Bonjour Valentina,

Je vous remercie pour l'intérêt que vous portez à Occitania Clinical et pour nos échanges de la semaine dernière.

Après étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne donnerons pas suite à votre candidature pour le poste d'ARC confirmé(e) basé à Toulouse. Nous recherchons un profil justifiant d'au moins trois ans de monitoring en CRO.

Nous conservons votre CV dans notre vivier et ne manquerons pas de revenir vers vous si une opportunité correspondant davantage à votre parcours se présentait.

Bien cordialement,

Marine Fabre
Chargée de recrutement
Occitania Clinical - 12 rue de Metz, 31000 Toulouse""", "qp"),
    M("rej", "de_munich_absage", "de", "Isarmed Diagnostics", "karriere@isarmed.example.de",
      "Isarmed Diagnostics Karriere <karriere@isarmed.example.de>", "Ihre Bewerbung als Clinical Affairs Manager (m/w/d)",
      """Sehr geehrte Frau Ruiz-Achterberg,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an der Isarmed Diagnostics GmbH.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Bitte verstehen Sie diese Entscheidung nicht als Wertung Ihrer Qualifikation.

Ihre Unterlagen werden wir gemäß DSGVO nach sechs Monaten löschen.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen
i.A. Sabine Lechner
Human Resources

Isarmed Diagnostics GmbH · Leopoldstraße 210 · 80807 München
Geschäftsführer: Dr. Martin Wex · Amtsgericht München HRB 219874""", "cp1252"),
    M("rej", "teamtailor_es_tu", "es", "Nubbo Salud", "",
      "Nubbo Salud <no-reply@teamtailor.com>", "Tu proceso en Nubbo Salud",
      """¡Hola Valentina!

Queríamos darte las gracias por las ganas que le has puesto al proceso de Customer Success Specialist (clínicas).

Te seremos sinceras: ha sido una decisión difícil, pero hemos seguido adelante con otra persona cuyo perfil encajaba un poco mejor con lo que necesitamos ahora mismo en el equipo.

Nos encantaría seguir en contacto. Si en unos meses abrimos algo que te encaje, te escribiremos.

Un abrazo fuerte,
El equipo de People de Nubbo Salud""", "alt"),
    M("rej", "indian_english_regret", "en", "Sanjivani Lifesciences", "careers.emea@sanjivani.example.in",
      "Talent Acquisition - Sanjivani <careers.emea@sanjivani.example.in>", "Regarding your candidature for Medical Affairs Executive",
      """Dear Ms. Valentina,

Greetings from Sanjivani Lifesciences!

This is with reference to your application and the subsequent discussion held with our Medical Affairs team. We regret to inform you that your profile has not been shortlisted for the next level of the selection process.

We thank you for the interest shown in our organisation and shall keep your profile in our database for suitable future openings. Kindly do revert in case of any queries.

Thanks & Regards,
Ankita Deshpande
Talent Acquisition - EMEA
Sanjivani Lifesciences Ltd.
Disclaimer: The information contained in this e-mail is confidential and intended only for the addressee."""),
    M("rej", "infojobs_descartada", "es", "Residencias Vitalia Mediterráneo", "",
      "InfoJobs <noreply@infojobs.net>", "Residencias Vitalia Mediterráneo ha actualizado el estado de tu candidatura",
      """Hola Valentina,

La empresa Residencias Vitalia Mediterráneo ha actualizado el estado de tu inscripción en la oferta:

Supervisora de Enfermería - Valencia (Campanar)

Estado: Descartada

No te desanimes. Hay 1.243 ofertas de Sanidad y salud en Valencia esperándote.

Ver ofertas similares: https://www.infojobs.net/ofertas-trabajo/valencia/sanidad

InfoJobs · Este email ha sido enviado a vale.ruiz@example.es""", "html"),
    M("rej", "agency_relay_en_exclam", "en", "Novacardia", "jake@peakstaffing.example.co.uk",
      "Jake Whitmore <jake@peakstaffing.example.co.uk>", "Feedback from Novacardia",
      """Hi Valentina!!

Hope you're well! So I've had feedback back from Novacardia on the Clinical Specialist role and unfortunately it's a no this time :( They went with someone who's already done cath lab case support in the UK.

Honestly they said really positive things about your communication and your trial background so please don't be disheartened!! I've got a couple of other med device clients I want to speak to you about - free for a call Thursday?

Cheers,
Jake

Jake Whitmore | Principal Consultant, MedTech
Peak | +44 20 7946 0321"""),
    M("rej", "role_cancelled_public", "es", "Ajuntament de Torrent", "rrhh@torrent.example.es",
      "Recursos Humanos Ajuntament de Torrent <rrhh@torrent.example.es>", "Bolsa de trabajo técnico/a de salud pública",
      """Bon dia / Buenos días,

Le comunicamos que, por acuerdo de la Junta de Gobierno Local de fecha 12 de mayo, el proceso para la constitución de una bolsa de trabajo de Técnico/a de Salud Pública ha quedado desierto y se da por finalizado sin nombramiento. Por tanto, no se continuará con la fase de entrevista prevista.

Lamentamos las molestias que esta decisión pueda ocasionarle.

Atentamente,
Servei de Recursos Humans
Ajuntament de Torrent"""),
    M("rej", "smartrecruiters_device_es", "es", "Medibérica Devices", "",
      "Medibérica Devices <notification@smartrecruiters.com>", "Re: tu solicitud",
      """Hola Valentina,

Muchas gracias por presentar tu candidatura para el puesto de Especialista de Producto - Cardiología (Madrid).

Hemos recibido un gran número de solicitudes y, tras revisarlas, sentimos comunicarte que no vamos a continuar con tu candidatura. No es una decisión fácil, y agradecemos de verdad el tiempo que le has dedicado.

Te deseamos mucha suerte en tu búsqueda.

Saludos,
Talent Acquisition
Medibérica Devices""", "b64"),
    M("rej", "after_final_round_call_summary", "en", "Harbourline Health", "",
      "Eilidh Grant <eilidh.grant@harbourline.example.co.uk>", "Following up",
      """Hi Valentina,

As promised on the phone earlier, a quick written follow-up. The panel has decided not to offer you the Quality & Patient Safety Lead post. It was close - it came down to NHS governance experience, which the successful candidate had.

I'd genuinely encourage you to apply again when the deputy role is advertised in the autumn.

Best wishes,
Eilidh

Eilidh Grant
Associate Director of Quality
Harbourline Health""",
      reply_to="Eilidh Grant <eilidh.grant@harbourline.example.co.uk>"),
    M("rej", "ett_whatsapp_style", "es", "Clínica Dental Sonrisas", "marta.s@eurotempo.example.es",
      "Marta Soler <marta.s@eurotempo.example.es>", "clínica ruzafa",
      """hola valentina, te comento que de la Clínica Dental Sonrisas (la de ruzafa) me dicen que han cubierto ya la vacante de coordinadora, lo siento mucho. te tengo en cuenta para lo siguiente que salga vale?

besos
Marta

Enviado desde mi móvil Huawei"""),
    M("rej", "fr_geneva_ong", "fr", "Fondation Santé Sans Frontières", "recrutement@fssf.example.org",
      "Fondation Santé Sans Frontières <recrutement@fssf.example.org>", "Candidature - Coordinatrice qualité médicale (Genève)",
      """Madame,

Nous accusons bonne réception de votre entretien du 3 juin et vous remercions de l'intérêt porté à notre Fondation.

Nous avons le regret de vous annoncer qu'après délibération du jury, votre candidature n'a pas été retenue pour le poste de Coordinatrice qualité médicale. Le nombre et la qualité des candidatures reçues ont rendu notre choix particulièrement difficile.

Nous vous souhaitons plein succès dans vos recherches et vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Service des Ressources humaines
Fondation Santé Sans Frontières
Rue de Lausanne 64, 1202 Genève""", "latin1"),
    M("rej", "de_casual_startup", "de", "Heilwerk", "lena@heilwerk.example.de",
      "Lena Hoffmann <lena@heilwerk.example.de>", "Kurzes Update zu deiner Bewerbung",
      """Hi Valentina,

danke dir nochmal für das nette Gespräch letzte Woche! Wir haben uns jetzt nach langem Hin und Her für eine andere Kandidatin entschieden, die schon Erfahrung mit DiGA-Zulassungen mitbringt.

Das hat wirklich nichts mit dir persönlich zu tun - wir fanden deinen Background aus der Klinik super spannend. Ich würde mich freuen, wenn wir in Kontakt bleiben.

Liebe Grüße
Lena

--
Lena Hoffmann | Talent & Culture
Heilwerk - digitale Reha für zu Hause
Torstraße 108, 10119 Berlin"""),
    M("rej", "icims_australian", "en", "Southern Cross Pathology", "",
      "Southern Cross Pathology Careers <careers-noreply@icims.com>", "RE: Req 3381 - Quality Coordinator",
      """Dear Valentina,

Thank you for taking the time to apply for the Quality Coordinator role with Southern Cross Pathology.

We've now completed our review and unfortunately on this occasion you haven't been successful in progressing to the next stage. We appreciate this news may be disappointing.

We'd encourage you to set up a job alert on our careers site - roles come up regularly across our NSW and VIC labs.

Cheers,
Talent Acquisition Team
Southern Cross Pathology""", "html"),
    M("rej", "es_mexico_ustedes", "es", "Grupo Médico Ángeles del Valle", "lgarza@angelesdelvalle.example.mx",
      "Lic. Laura Garza <lgarza@angelesdelvalle.example.mx>", "Proceso Coordinador(a) de Investigación Clínica",
      """Buen día Valentina, ¿cómo estás?

Te platico que ya concluimos el proceso para la posición de Coordinador(a) de Investigación Clínica en CDMX. Lamentablemente en esta ocasión no fuiste la candidata elegida; el comité se inclinó por alguien con residencia en México y experiencia con COFEPRIS.

Te agradezco muchísimo tu disposición para las entrevistas en horario de España.

Quedo a tus órdenes,
Laura Garza
Atracción de Talento | Grupo Médico Ángeles del Valle
Tel. +52 55 5555 0198"""),
    M("rej", "personio_es_hold_cancel", "es", "Kinetia Health", "",
      "Kinetia Health <jobs@kinetia-health.jobs.personio.de>", "Actualización: Medical Science Liaison Levante",
      """Hola Valentina,

Te escribimos para informarte de que, por una reorganización interna del área médica, la posición de Medical Science Liaison - Levante ha sido cancelada y no seguiremos adelante con el proceso de selección.

Sentimos mucho no poder darte mejores noticias después de tu primera entrevista. Si la posición volviera a abrirse, nos pondremos en contacto contigo.

Un saludo,
People Team · Kinetia Health"""),
    M("rej", "bogota_tuteo_corto", "es", "Fundación Cardiosalud Andina", "talento@cardiosaludandina.example.co",
      "Talento Humano Cardiosalud <talento@cardiosaludandina.example.co>", "Re: Postulación Líder de Calidad",
      """Valentina buenas tardes,

Gracias por postularte. Por ahora no vamos a continuar con tu hoja de vida para esta vacante, ya que el cargo requiere tarjeta profesional vigente en Colombia.

Éxitos,
Talento Humano
Fundación Cardiosalud Andina""",
      quote=("es", V, "Buenos días, adjunto mi hoja de vida para la vacante de Líder de Calidad publicada en Computrabajo. Quedo atenta. Valentina Ruiz-Achterberg")),
    M("rej", "taleo_es_english_mixed", "es", "Baxmont", "",
      "Baxmont Careers <careers@taleo.net>", "Baxmont - Estado de su solicitud / Application status",
      """Estimado/a Valentina Ruiz-Achterberg,

Gracias por su interés en Baxmont y en la posición 260011847 - Clinical Project Assistant.

Hemos revisado cuidadosamente su perfil. Aunque sus cualificaciones son impresionantes, hemos decidido seguir adelante con otros candidatos cuya experiencia se alinea más estrechamente con los requisitos de la posición.

Le animamos a visitar nuestro sitio de empleo con regularidad.

Atentamente,
Baxmont Talent Acquisition

*** This is an automatically generated e-mail. Please do not reply. ***""", "qp"),
    M("rej", "after_interview_kenyan", "en", "Amani Health Partners", "wanjiru.kamau@amanihealth.example.org",
      "Wanjiru Kamau <wanjiru.kamau@amanihealth.example.org>", "Re: your application",
      """Dear Valentina,

Thank you for availing yourself for the interview last Tuesday for the Programme Quality Officer position.

After deliberations, the panel has resolved to proceed with another candidate whose field experience in East Africa more closely fits the current needs of the programme. Kindly note that this does not reflect on your competence.

We wish you all the best in your endeavours.

Regards,
Wanjiru Kamau
HR & Administration Manager
Amani Health Partners | Nairobi, Kenya"""),
    M("rej", "fr_lisbonne_courte_mobile", "fr", "Atlântico Research", "mariana.costa@atlanticoresearch.example.pt",
      "Mariana Costa <mariana.costa@atlanticoresearch.example.pt>", "Re: Re: Clinical Project Coordinator - 2nd interview",
      """Bonjour Valentina,

Je vous écris en français puisque vous me l'aviez proposé :) Merci encore d'être venue à Lisbonne. Après réflexion, Rui a choisi une candidate portugaise déjà en poste chez un promoteur, nous n'irons donc pas plus loin avec votre candidature.

Je suis vraiment désolée. Bonne continuation !

Mariana

Envoyé de mon iPhone""",
      quote=("gmail", V, "Hi Mariana,\n\n14 May in the morning works perfectly for me. See you in Lisbon!\n\nValentina")),
]

"""Single rejections: soft, polite, relayed by agencies, filled internally, roles on hold."""

from __future__ import annotations

from msgs321_common import M, Spec

R = "rejection"

MESSAGES: list[Spec] = [
    # ------------------------------ Spanish (12) ------------------------------
    M(id="ebro_fresco_no", kind=R, lang="es", company="Ebro Fresco",
      frm=("Ebro Fresco Supermercados", "no-reply@teamtailor-mail.com"),
      date="2026-01-23 18:02 +0100", fmt="alt", cte="base64", brand="Ebro Fresco",
      color="#e65100", subj="Tu candidatura en Ebro Fresco",
      body="""
      Hola Guillermo,

      Muchas gracias por tu interés en formar parte de Ebro Fresco y por el tiempo que has dedicado a tu candidatura para Analista de Datos Comerciales en Zaragoza.

      Hemos recibido muchísimas candidaturas y, después de revisarlas con detalle, hemos decidido avanzar con otras personas cuyo perfil se ajusta más a lo que necesitamos en este momento.

      Te animamos a seguir atento a nuestras ofertas. ¡Mucha suerte!

      El equipo de Talento de Ebro Fresco
      """),
    M(id="talento_norte_client_no", kind=R, lang="es", company="Ferrocarriles Cantábricos",
      contact="leire.zabala@talentonorte.example.es",
      frm=("Leire Zabala | Talento Norte", "leire.zabala@talentonorte.example.es"),
      date="2026-02-05 17:30 +0100", subj="Proceso Analista de Datos - feedback del cliente",
      cte="8bit",
      body="""
      Hola Guillermo:

      Te escribo para darte el feedback de Ferrocarriles Cantábricos sobre el proceso de Analista de Datos de Mantenimiento en Bilbao. Les ha gustado tu perfil y tu motivación, pero finalmente han optado por una persona con experiencia previa en el sector ferroviario, así que no vas a continuar en el proceso.

      Sé que no es la respuesta que esperabas. Me quedo con tu perfil muy presente para otras posiciones de datos que estamos gestionando en Bizkaia.

      Un abrazo,

      Leire Zabala
      Consultora Senior - Tecnología y Datos
      Talento Norte Consultores
      Alameda de Mazarredo 14, 48001 Bilbao | 944 000 876
      """),
    M(id="headhunter_unnamed_no", kind=R, lang="es", company="Arizmendi Search",
      contact="p.arizmendi@arizmendisearch.example.es",
      frm=("Patxi Arizmendi", "p.arizmendi@arizmendisearch.example.es"),
      date="2026-02-16 20:14 +0100", subj="Posición de Business Analyst",
      body="""
      Guillermo, buenas tardes.

      Como te comenté, presenté tu candidatura a mi cliente (grupo industrial de Gipuzkoa, no puedo darte el nombre todavía). Me acaban de confirmar que no seguirán contigo: buscan a alguien que ya haya liderado proyectos de Power BI en empresa.

      Lamento no traer mejores noticias. Te tengo en cuenta.

      Patxi Arizmendi
      Socio Director · Arizmendi Search
      """),
    M(id="unizar_lab_no", kind=R, lang="es", company="Instituto Aragonés de Movilidad",
      contact="seleccion.iam@movilidad-aragon.example.es",
      frm=("Selección IAM", "no-responder@movilidad-aragon.example.es"),
      reply=("Rosa Lafuente (Selección IAM)", "seleccion.iam@movilidad-aragon.example.es"),
      date="2026-03-03 08:30 +0100", cs="iso-8859-1", cte="quoted-printable",
      subj="Proceso de selección Técnico de Datos de Movilidad - Resolución",
      subj_cs=("iso-8859-1", "q"),
      body="""
      Estimado candidato:

      Le informamos de que, finalizada la fase de valoración curricular del proceso Técnico de Datos de Movilidad (ref. IAM-03/2026), su candidatura no ha resultado seleccionada para la fase de entrevistas.

      Si tiene cualquier consulta puede responder a este correo.

      Reciba un cordial saludo,
      Rosa Lafuente
      Área de Recursos Humanos
      Instituto Aragonés de Movilidad
      """),
    M(id="laborvia_ett_no", kind=R, lang="es", company="Laborvia",
      contact="zaragoza@laborvia.example.es",
      frm=("Laborvia ETT Zaragoza", "zaragoza@laborvia.example.es"),
      date="2026-03-19 12:41 +0100", subj="Oferta 22841 - Administrativo/a con Excel avanzado",
      body="""
      Hola Guillermo,

      gracias por inscribirte en la oferta 22841 (administrativo/a con Excel avanzado, polígono de Plaza). La empresa usuaria ha cubierto ya las dos vacantes, así que cerramos la oferta y tu candidatura no sigue adelante.

      Seguimos teniendo tu CV activo en nuestra base de datos.

      Un saludo,
      Noelia Ruiz
      Laborvia ETT - Oficina de Zaragoza
      """),
    M(id="mercasur_no", kind=R, lang="es", company="Mercados del Sur",
      frm=("Mercados del Sur - Empleo", "mercadosdelsur@myworkday.com"),
      date="2026-04-02 05:12 +0000", fmt="html", cte="quoted-printable",
      brand="Mercados del Sur", color="#c62828",
      subj="Actualización sobre tu solicitud R-12309 Analista de Precios",
      body="""
      Hola Guillermo,

      Gracias por tu interés en el puesto R-12309 Analista de Precios (Madrid).

      Después de revisar detenidamente tu solicitud, lamentamos comunicarte que no vamos a continuar con tu candidatura en esta ocasión.

      Te invitamos a consultar otras oportunidades en nuestro portal.

      Saludos cordiales,
      Selección de Talento - Mercados del Sur
      """),
    M(id="datalia_no_after_interview", kind=R, lang="es", company="Datalia Consulting",
      contact="sergio.galan@datalia.example.es",
      frm=("Sergio Galán", "sergio.galan@datalia.example.es"),
      date="2026-04-24 19:05 +0200", subj="Re: Entrevista Junior Data Analyst",
      cte="quoted-printable",
      body="""
      Hola Guillermo,

      Gracias por venir el martes a la oficina de Madrid y por la prueba técnica, que resolviste bien. Aun así, el equipo ha decidido no seguir adelante contigo: el puesto requiere mucha interlocución con cliente desde el primer día y preferimos a alguien con experiencia en consultoría.

      Te deseo lo mejor, estoy seguro de que encontrarás tu sitio en el mundo de los datos.

      Sergio Galán
      Data & Analytics Manager
      Datalia Consulting · Calle de Alcalá 120, 28009 Madrid
      """),
    M(id="bizkaia_tech_hold", kind=R, lang="es", company="Bizkaia Smart Mobility",
      contact="amaia.rekalde@bizkaiasmart.example.es",
      frm=("Amaia Rekalde", "amaia.rekalde@bizkaiasmart.example.es"),
      date="2026-05-06 10:20 +0200", subj="Vacante Analista BI - actualización",
      cte="8bit",
      body="""
      Hola Guillermo:

      Quería contarte que la vacante de Analista BI para la que hablamos ha quedado congelada: la dirección ha decidido posponer la ampliación del equipo hasta el año que viene. Por este motivo, no vamos a continuar con el proceso.

      Siento mucho el tiempo invertido. Si la posición se reabre, te escribiré.

      Saludos,
      Amaia Rekalde
      People & Culture · Bizkaia Smart Mobility
      """),
    M(id="clinica_navarra_no", kind=R, lang="es", company="Clínica San Fermín",
      frm=("Clínica San Fermín - Trabaja con nosotros", "clinicasanfermin@smartrecruiters.com"),
      date="2026-06-15 09:00 +0200", fmt="alt", cte="quoted-printable",
      subj="Clínica San Fermín: Analista de Datos Asistenciales",
      body="""
      Estimado/a Guillermo:

      Agradecemos el interés que has mostrado en formar parte de Clínica San Fermín.

      Tras un análisis detallado de todas las candidaturas recibidas para el puesto de Analista de Datos Asistenciales, lamentamos comunicarte que hemos seleccionado a otra persona cuyo perfil se ajusta mejor a los requisitos. La posición ya ha sido cubierta.

      Te deseamos mucho éxito en tu búsqueda profesional.

      Departamento de Personas
      Clínica San Fermín
      """),
    M(id="fundacion_no", kind=R, lang="es", company="Fundación Ribera Social",
      contact="olga.perez@riberasocial.example.es",
      frm=("Olga Pérez (Fundación Ribera Social)", "olga.perez@riberasocial.example.es"),
      date="2026-07-09 13:13 +0200", subj="Proceso técnico/a de evaluación de impacto",
      cs="windows-1252", cte="8bit",
      body="""
      Buenos días, Guillermo:

      Te agradecemos mucho que hayas participado en el proceso para técnico/a de evaluación de impacto. Ha sido una decisión difícil, pero nos hemos decantado por otra candidatura con experiencia previa en el tercer sector.

      Un saludo muy cordial,
      Olga Pérez – Coordinación de Personas
      Fundación Ribera Social · Tudela
      """),
    M(id="gasteiz_logistica_no", kind=R, lang="es", company="Logística Gasteiz",
      frm=("Logística Gasteiz", "no-reply@logisticagasteiz.bamboohr.com"),
      date="2026-08-27 16:44 +0200", cte="base64",
      subj="Gracias por tu interés en Logística Gasteiz",
      body="""
      Hola Guillermo,

      Te agradecemos que hayas solicitado el puesto de Analista de Operaciones. Hemos revisado tu candidatura y, aunque valoramos tu formación, en este momento no vamos a avanzar contigo en el proceso.

      Guardaremos tus datos durante 12 meses por si surge una vacante adecuada.

      Un saludo,
      Recursos Humanos - Logística Gasteiz
      """),
    M(id="hunters_iberica_fwd_no", kind=R, lang="es", company="Seguros Atalaya",
      contact="marcos.villar@huntersiberica.example.es",
      frm=("Marcos Villar", "marcos.villar@huntersiberica.example.es"),
      date="2026-09-22 18:31 +0200",
      subj="RV: Candidatura Guillermo Echevarría - Analista Actuarial Jr",
      fwd=M(id="hunters_inner", frm=("Beatriz Olmedo", "b.olmedo@seguros-atalaya.example.es"),
            to=[("Marcos Villar", "marcos.villar@huntersiberica.example.es")],
            date="2026-09-22 17:02 +0200", cte="quoted-printable",
            subj="Candidatura Guillermo Echevarría - Analista Actuarial Jr",
            body="""
            Marcos:

            Gracias por la candidatura de Guillermo. Lo hemos valorado con el área actuarial y no vamos a seguir con él: nos falta la parte de seguros que necesitamos. Por favor, trasládaselo con nuestro agradecimiento.

            Beatriz Olmedo
            Talento · Seguros Atalaya
            """),
      body="""
      Hola Guillermo,

      Te reenvío la respuesta de Seguros Atalaya sobre la posición de Analista Actuarial Junior en Madrid. Lamentablemente no avanzan. Te llamo la semana que viene para contarte otra cosa que tengo entre manos.

      Un abrazo,
      Marcos Villar
      Hunters Ibérica · Executive Search
      """),

    # ------------------------------ English (4) ------------------------------
    M(id="ledgerly_no", kind=R, lang="en", company="Ledgerly",
      frm=("Ledgerly", "no-reply@hire.lever.co"), date="2026-02-27 22:10 +0000",
      subj="Your application to Ledgerly", fmt="alt", cte="quoted-printable",
      body="""
      Hi Guillermo,

      Thank you for your interest in the Analytics Engineer (Remote, Europe) role at Ledgerly and for taking the time to apply.

      We've carefully reviewed your background and unfortunately we won't be moving forward with your application at this time. We received a very high volume of applications and had to make some tough choices.

      We wish you the best in your search.

      Ledgerly Talent Team
      """),
    M(id="northbeam_no", kind=R, lang="en", company="Northbeam Retail Analytics",
      frm=("Northbeam Retail Analytics Careers", "northbeam@talent.icims.com"),
      date="2026-05-19 15:07 -0400", fmt="html", cte="quoted-printable",
      brand="Northbeam", color="#263238",
      subj="Update regarding Req #2026-1147 Junior Data Analyst (EMEA Remote)",
      body="""
      Dear Guillermo,

      Thank you for applying to Req #2026-1147 Junior Data Analyst (EMEA Remote) with Northbeam Retail Analytics.

      The position you applied for has been filled. We appreciate your interest and encourage you to apply for future openings that match your skills.

      Sincerely,
      Northbeam Talent Acquisition
      """),
    M(id="windrose_no", kind=R, lang="en", company="Windrose Renewables",
      contact="hannah.price@windrose.example.co.uk",
      frm=("Hannah Price", "hannah.price@windrose.example.co.uk"),
      date="2026-07-21 16:35 +0100", subj="Performance Analyst - outcome of your interview",
      cte="7bit",
      body="""
      Dear Guillermo,

      Thank you for interviewing with us last Thursday for the Performance Analyst role in our asset management team. The panel enjoyed meeting you and were impressed by how clearly you explained your capacity-factor analysis.

      Unfortunately, on this occasion we have decided to offer the role to another candidate who has direct SCADA experience.

      I would be happy to share more detailed feedback over a short call if that would be useful.

      Kind regards,
      Hannah Price
      Talent Partner | Windrose Renewables
      2 Harbour Exchange Square, London E14 9GE
      """),
    M(id="clearcount_no", kind=R, lang="en", company="Clearcount",
      frm=("Clearcount Hiring Team", "notifications@clearcount.bamboohr.com"),
      date="2026-10-06 13:00 +0000", cte="base64",
      subj="Re: Data Analyst (Spanish speaker) application",
      body="""
      Hello Guillermo,

      Thanks so much for your interest in Clearcount! We wanted to let you know that the Data Analyst (Spanish speaker) role has been cancelled following a change in our 2027 plans, so we will not proceed with any applications for it, including yours.

      We're grateful for the time you spent applying and hope our paths cross again.

      Best,
      Clearcount People Team
      """),

    # ------------------------------ German (4) ------------------------------
    M(id="frischmarkt_absage", kind=R, lang="de", company="Frischmarkt Hessen",
      frm=("Frischmarkt Hessen Karriere", "noreply@frischmarkt.successfactors.eu"),
      date="2026-03-12 07:45 +0100", fmt="html", cte="quoted-printable",
      brand="Frischmarkt Hessen", color="#1b5e20",
      subj="Ihre Bewerbung: Analyst Category Management (m/w/d)",
      body="""
      Sehr geehrter Herr Echevarría Lizarraga,

      vielen Dank für Ihr Interesse an einer Tätigkeit bei Frischmarkt Hessen und die Zusendung Ihrer Bewerbungsunterlagen.

      Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation.

      Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

      Mit freundlichen Grüßen
      Ihr Frischmarkt Hessen Recruiting-Team
      """),
    M(id="taunus_bank_absage", kind=R, lang="de", company="Taunus Volksbank",
      contact="j.becker@taunus-volksbank.example.de",
      frm=("Julia Becker", "j.becker@taunus-volksbank.example.de"),
      date="2026-06-08 14:18 +0200", subj="Ihre Bewerbung als Junior BI-Analyst (m/w/d)",
      cs="iso-8859-1", cte="8bit",
      body="""
      Sehr geehrter Herr Echevarría,

      herzlichen Dank für das angenehme Gespräch am vergangenen Mittwoch. Wir haben uns die Entscheidung nicht leicht gemacht, uns aber letztlich für eine Kandidatin entschieden, die bereits Erfahrung im Bankenreporting mitbringt.

      Ihre Unterlagen senden wir Ihnen nicht zurück; sie werden nach sechs Monaten gemäß DSGVO gelöscht.

      Freundliche Grüße
      Julia Becker
      Personalentwicklung
      Taunus Volksbank eG | Kaiserstraße 11 | 60311 Frankfurt am Main
      """),
    M(id="brandauer_absage", kind=R, lang="de", company="Brandauer Personalberatung",
      contact="m.brandauer@brandauer-pb.example.de",
      frm=("Michael Brandauer", "m.brandauer@brandauer-pb.example.de"),
      date="2026-08-04 09:12 +0200", subj="Rückmeldung unseres Mandanten",
      body="""
      Hallo Herr Echevarría,

      unser Mandant, ein mittelständisches Logistikunternehmen im Rhein-Main-Gebiet, hat sich Ihre Unterlagen angesehen und wird Sie leider nicht zu einem Gespräch einladen. Ausschlaggebend waren fehlende Deutschkenntnisse auf C1-Niveau.

      Ich melde mich, sobald ich ein passendes englischsprachiges Mandat habe.

      Beste Grüße
      Michael Brandauer
      Brandauer Personalberatung | Frankfurt
      """),
    M(id="datenwerk_absage", kind=R, lang="de", company="Datenwerk Main",
      frm=("Datenwerk Main", "no-reply@softgarden.io"), date="2026-09-15 11:00 +0200",
      subj="Ihre Bewerbung bei Datenwerk Main", fmt="alt", cte="base64",
      body="""
      Guten Tag Herr Echevarría Lizarraga,

      nochmals vielen Dank für Ihre Bewerbung als Data Analyst Public Sector. Leider wurde die Stelle aufgrund einer Umstrukturierung gestrichen, sodass wir das Auswahlverfahren beenden und Ihre Bewerbung nicht weiter berücksichtigen können.

      Wir bedauern dies sehr und wünschen Ihnen viel Erfolg.

      Freundliche Grüße
      Personalabteilung Datenwerk Main
      """),

    # ------------------------------ French (4) ------------------------------
    M(id="garonne_auto_refus", kind=R, lang="fr", company="Équipementier Garonne Auto",
      frm=("Équipementier Garonne Auto", "garonneauto@myworkday.com"), name_cs=("utf-8", "b"),
      date="2026-03-26 08:20 +0100", fmt="alt", cte="quoted-printable",
      subj="Votre candidature - Analyste Données Qualité (H/F) - Toulouse",
      body="""
      Bonjour Guillermo,

      Nous vous remercions de l'intérêt que vous portez à Équipementier Garonne Auto.

      Après une étude attentive de votre candidature, nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable, d'autres profils correspondant davantage à nos attentes.

      Nous conservons vos coordonnées et vous souhaitons plein succès dans vos recherches.

      L'équipe Recrutement
      """),
    M(id="lestrade_refus", kind=R, lang="fr", company="Aquitaine Mutuelle",
      contact="sophie.lestrade@cabinet-lestrade.example.fr",
      frm=("Sophie Lestrade", "sophie.lestrade@cabinet-lestrade.example.fr"),
      date="2026-06-23 17:48 +0200", subj="Poste de chargé d'études statistiques", cte="8bit",
      cs="iso-8859-1",
      body="""
      Bonjour Guillermo,

      Je reviens vers vous concernant le poste de chargé d'études statistiques chez Aquitaine Mutuelle. Notre client a finalement choisi de poursuivre avec un candidat issu du secteur de l'assurance. Je suis désolée de ne pas avoir de meilleure nouvelle.

      Votre profil d'enseignant en mathématiques a été remarqué, je reste à l'écoute.

      Cordialement,
      Sophie Lestrade
      Cabinet Lestrade Conseil - Recrutement & Approche directe
      24 cours de l'Intendance, 33000 Bordeaux
      """),
    M(id="toulouse_univ_refus", kind=R, lang="fr", company="Université Garonne",
      contact="elodie.martin@univ-garonne.example.fr",
      frm=("Service RH - Université Garonne", "recrutement-biatss@univ-garonne.example.fr"),
      reply=("Élodie Martin", "elodie.martin@univ-garonne.example.fr"),
      date="2026-07-03 10:02 +0200", subj="Réponse à votre candidature - Ingénieur d'études",
      cs="windows-1252", cte="quoted-printable",
      body="""
      Monsieur,

      Vous avez présenté votre candidature au poste d'ingénieur d'études en analyse de données (observatoire de la vie étudiante). Le jury s'est réuni le 30 juin et n'a pas retenu votre candidature pour l'audition.

      Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

      Élodie Martin – Pôle recrutement BIATSS
      Université Garonne
      """),
    M(id="interim_atl_refus", kind=R, lang="fr", company="Intérim Atlantique",
      contact="bordeaux-tertiaire@interim-atlantique.example.fr",
      frm=("Intérim Atlantique Bordeaux", "bordeaux-tertiaire@interim-atlantique.example.fr"),
      date="2026-10-01 11:28 +0200", subj="Mission assistant(e) reporting - suite",
      body="""
      Bonjour M. Echevarría,

      Pour la mission d'assistant(e) reporting de 6 mois à Mérignac, l'entreprise cliente a retenu un autre intérimaire déjà connu de ses équipes. Nous ne pourrons donc pas vous positionner sur cette mission.

      Votre dossier reste actif chez nous.

      Bonne journée,
      Julien, agence Intérim Atlantique Bordeaux Tertiaire
      """),
]

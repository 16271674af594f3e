"""Stand-alone rejections of corpus 305 (every soft or firm "no")."""

from __future__ import annotations

from msgs305_common import DISCLAIMER_EN, DISCLAIMER_ES, DISCLAIMER_FR, M, Spec

R = "rejection"

SPANISH: list[Spec] = [
    M(R, "es", "Aceros del Nervión", "aceros_nervion_successfactors_no",
      ("Aceros del Nervión - Selección", "noreply@successfactors.eu"),
      "2026-02-27 07:30 +0100", "Actualización de tu candidatura – Analista de Procesos",
      "Estimado/a Aitor:\n\n"
      "Gracias por presentar tu candidatura al puesto de Analista de Procesos y Datos de "
      "Planta\n(ref. 24519) en nuestra acería de Sestao.\n\n"
      "Tras revisar con detenimiento todos los perfiles recibidos, lamentamos comunicarte "
      "que\nen esta ocasión no has sido preseleccionado/a para la siguiente fase del "
      "proceso.\n\n"
      "Guardaremos tus datos para futuras vacantes, salvo que nos indiques lo contrario.\n\n"
      "Atentamente,\nDepartamento de Personas\nAceros del Nervión, S.A.",
      layout="alt", brand="#495057", subj_enc=("q", "utf-8"), cte="quoted-printable"),
    M(R, "es", "Araba Kutxa", "araba_kutxa_taleo_no",
      ("Araba Kutxa Empleo", "araba-kutxa@taleo.net"), "2026-03-18 22:04 +0100",
      "Su solicitud para el puesto Analista de Negocio Digital",
      "Estimado Aitor Goikoetxea:\n\n"
      "Le agradecemos el interés mostrado en formar parte de Araba Kutxa y el tiempo "
      "dedicado\na su solicitud para el puesto Analista de Negocio Digital (Vitoria-Gasteiz)."
      "\n\nDespués de estudiar su candidatura, hemos decidido continuar el proceso con "
      "otras\npersonas cuya experiencia se ajusta más a los requisitos de la posición.\n\n"
      "Le deseamos mucho éxito en su búsqueda profesional.\n\n"
      "Atentamente,\nSelección y Desarrollo\nAraba Kutxa\n\n"
      "Por favor, no responda a este mensaje: esta dirección no admite respuestas.",
      layout="html", brand="#5c940d", html_charset="iso-8859-1", cte="quoted-printable"),
    M(R, "es", "Grupo Hospitalario Ebro Norte", "ebro_norte_icims_filled",
      ("Grupo Hospitalario Ebro Norte", "careers-noreply@icims.com"),
      "2026-04-09 11:12 +0200", "Vacante cubierta: Técnico/a de Sistemas de Información",
      "Hola Aitor:\n\n"
      "Te escribimos en relación con tu candidatura a Técnico/a de Sistemas de Información\n"
      "Clínica en Pamplona. Te informamos de que la vacante ya ha sido cubierta, por lo que\n"
      "hemos cerrado el proceso de selección.\n\n"
      "Te animamos a seguir consultando nuestro portal: publicamos nuevas ofertas cada "
      "semana\nen nuestros hospitales de Pamplona, Tudela y Logroño.\n\n"
      "Un saludo,\nEquipo de Talento – Grupo Hospitalario Ebro Norte",
      subj_enc=("b", "utf-8"), layout="alt", brand="#1971c2"),
    M(R, "es", "Cifra Verde", "cifra_verde_workable_no",
      ("Cifra Verde", "noreply@workablemail.com"), "2026-03-02 16:47 +0100",
      "Tu candidatura en Cifra Verde",
      "¡Hola Aitor!\n\n"
      "Mil gracias por querer sumarte a Cifra Verde y por el tiempo que has dedicado al "
      "proceso.\nHemos recibido muchísimas candidaturas para Junior Data Analyst y, "
      "aunque tu perfil es\nmuy interesante, esta vez hemos decidido avanzar con "
      "personas con más experiencia en\nmedición de huella de carbono.\n\n"
      "Ojalá volvamos a coincidir.\nEl equipo de Cifra Verde (Madrid)",
      reply_to=("Cifra Verde Talent", "talento@cifraverde.example.es"), layout="alt",
      brand="#2f9e44"),
    M(R, "es", "Norte Executive Search", "norte_search_cliente_no",
      ("Íñigo Larrañaga", "ilarranaga@norte-search.example.es"), "2026-05-14 19:02 +0200",
      "Feedback proceso Data Analyst (cliente industrial)",
      "Hola Aitor,\n\n"
      "Te llamo mañana si quieres, pero no quería que pasara más tiempo sin contártelo: "
      "nuestro\ncliente ha revisado la terna final y ha optado por no seguir adelante con "
      "tu\ncandidatura. Buscan a alguien que haya trabajado ya con datos de planta y SAP.\n\n"
      "Lo siento, de verdad. Sigo pensando que tu perfil encaja en analítica y te tendré\n"
      "en cuenta.\n\nÍñigo Larrañaga\nSocio | Norte Executive Search\n"
      "Plaza Euskadi 5, planta 12, Bilbao\n+34 609 774 120\n\n" + DISCLAIMER_ES,
      name_enc=("q", "iso-8859-1"), charset="iso-8859-1", cte="8bit"),
    M(R, "es", "Logística Gasteiz", "tempora_ett_cliente_cancela",
      ("Tempora ETT – Oficina Vitoria", "vitoria@tempora-ett.example.es"),
      "2026-06-23 08:40 +0200", "Puesto administrativo de datos en Logística Gasteiz",
      "Buenos días, Aitor:\n\n"
      "Te informamos de que nuestro cliente Logística Gasteiz ha cancelado la necesidad "
      "del\npuesto de administrativo/a de datos para el verano, así que no seguiremos "
      "adelante\ncon tu incorporación a este servicio.\n\n"
      "Seguimos teniendo tu ficha activa para otras misiones de la oficina.\n\n"
      "Un saludo,\nOficina de Vitoria-Gasteiz\nTempora ETT\nC/ Dato 18, Vitoria-Gasteiz | "
      "945 12 40 80",
      name_enc=("b", "utf-8")),
    M(R, "es", "Navarra Eólica", "navarra_eolica_congelada",
      ("Maite Goñi", "mgoni@navarraeolica.example.es"), "2026-05-06 12:55 +0200",
      "Proceso Analista de Datos de Producción",
      "Hola Aitor:\n\n"
      "Quería contarte personalmente que la dirección ha decidido congelar la vacante de\n"
      "Analista de Datos de Producción hasta el año que viene, tras el retraso del "
      "parque\nde Tafalla. Por tanto, no vamos a continuar con el proceso.\n\n"
      "Siento mucho la noticia, porque la entrevista fue muy bien. Si la posición se\n"
      "reactiva, serás de los primeros en saberlo.\n\n"
      "Un saludo,\nMaite Goñi Arregui\nResponsable de RR. HH.\nNavarra Eólica\n"
      "Polígono Landaben, calle E, Pamplona",
      name_enc=("q", "utf-8"), layout="alt", brand="#0c8599"),
    M(R, "es", "Seguros Retiro", "seguros_retiro_recruitee_no",
      ("Seguros Retiro", "noreply@recruitee.com"), "2026-08-26 10:10 +0200",
      "Respuesta a tu candidatura – Analista de Datos Actuariales",
      "Hola Aitor,\n\n"
      "Gracias por tu candidatura para Analista de Datos Actuariales en nuestra sede de "
      "Madrid.\nLamentablemente no vamos a poder avanzar contigo en esta ocasión. "
      "Hemos priorizado\nperfiles con formación específica en ciencias actuariales.\n\n"
      "Te deseamos lo mejor,\nTalento Seguros Retiro",
      layout="html", brand="#364fc7", subj_enc=("q", "utf-8")),
    M(R, "es", "Pagalia", "pagalia_lever_no",
      ("Pagalia", "no-reply@hire.lever.co"), "2026-09-15 18:20 +0200",
      "Pagalia | Data Analyst – Risk", "Hola Aitor,\n\n"
      "Gracias por tu interés en Pagalia y por completar la prueba técnica.\n\n"
      "Después de valorarla junto con el resto de tu candidatura, hemos decidido no "
      "continuar\ncon tu proceso para esta posición. Sabemos que no es la respuesta que "
      "esperabas.\n\n"
      "Te animamos a aplicar a futuras vacantes que encajen con tu perfil.\n\n"
      "Un saludo,\nEquipo de Talento de Pagalia",
      reply_to=("Sara Bermejo", "sara.bermejo@pagalia.example.es"), layout="alt",
      brand="#7048e8", subj_enc=("b", "utf-8")),
    M(R, "es", "Clínicas Bidasoa", "clinicas_bidasoa_tras_assessment",
      ("Recursos Humanos Clínicas Bidasoa", "rrhh@clinicasbidasoa.example.es"),
      "2026-10-02 13:33 +0200", "Resultado del proceso de selección",
      "Estimado Aitor:\n\n"
      "Queremos agradecerte tu participación en la jornada de evaluación del pasado 24 de\n"
      "septiembre en Irún. Una vez valorados todos los ejercicios, lamentamos comunicarte "
      "que\nno has sido seleccionado para el puesto de Analista de Indicadores "
      "Asistenciales.\n\n"
      "Si lo deseas, puedes solicitar una devolución sobre tu desempeño en las pruebas.\n\n"
      "Atentamente,\nRecursos Humanos\nClínicas Bidasoa", charset="windows-1252",
      cte="quoted-printable", name_enc=("q", "windows-1252")),
    M(R, "es", "Mugi Data", "mugi_data_bamboohr_no",
      ("Mugi Data", "notifications@bamboohr.com"), "2026-07-21 09:05 +0200",
      "Gracias por tu interés en Mugi Data",
      "Hola Aitor:\n\n"
      "Gracias por aplicar a la posición de Analista BI en Mugi Data (Vitoria-Gasteiz). "
      "Hemos\nrevisado tu perfil con atención y, por ahora, no coincide con lo que "
      "necesitamos para\neste puesto, que requiere experiencia previa en movilidad "
      "urbana.\n\n"
      "Guardaremos tu candidatura por si surge algo más adecuado.\n\nMugi Data",
      layout="alt", brand="#f08c00"),
    M(R, "es", "Terminales del Abra", "bizkaia_talent_reenvia_respuesta",
      ("Olatz Uriarte", "olatz@bizkaiatalent-partners.example.es"),
      "2026-09-29 17:15 +0200", "Fwd: Candidatura Aitor Goikoetxea",
      "Hola Aitor:\n\n"
      "Te reenvío tal cual la respuesta que me ha llegado de Terminales del Abra tras la\n"
      "entrevista del viernes. Siento que no haya salido; hablamos la semana que viene.\n\n"
      "Olatz Uriarte\nBizkaia Talent Partners",
      fwd={"frm": ("Gorka Zabala", "gzabala@terminalesabra.example.es"),
           "to": ("Olatz Uriarte", "olatz@bizkaiatalent-partners.example.es"),
           "date": "2026-09-29 16:02 +0200", "subject": "Candidatura Aitor Goikoetxea",
           "slug": "fwd", "charset": "utf-8", "cte": "quoted-printable",
           "body": "Hola Olatz:\n\nGracias por presentarnos a Aitor. Nos ha parecido una "
                   "persona muy preparada,\npero hemos decidido seguir con el otro "
                   "finalista, que conoce ya la operativa\nportuaria. No continuaremos con "
                   "él.\n\nUn saludo,\nGorka Zabala\nDirector de Operaciones"}),
    M(R, "es", "Ayuntamiento de Getxo", "getxo_no_admitido",
      ("Ayuntamiento de Getxo – Empleo Público", "empleopublico@getxo.example.es"),
      "2026-04-16 10:00 +0200", "Lista definitiva de personas admitidas – Técnico/a de Datos",
      "Estimado Sr. Goikoetxea:\n\n"
      "Le comunicamos que, una vez revisada la documentación, su solicitud al proceso de\n"
      "Técnico/a de Datos y Estadística no ha sido admitida por no acreditar el perfil "
      "lingüístico\nPL3 de euskera exigido en las bases. Figura en la lista definitiva "
      "de personas\nexcluidas publicada hoy.\n\n"
      "Contra esta resolución puede interponer recurso de alzada en el plazo de un mes.\n\n"
      "Servicio de Personal", name_enc=("b", "windows-1252"), subj_enc=("q", "windows-1252"),
      charset="iso-8859-1", cte="quoted-printable"),
]

ENGLISH: list[Spec] = [
    M(R, "en", "St Kevin's Hospital Group", "st_kevins_workday_no",
      ("St Kevin's Hospital Group", "stkevins@myworkday.com"), "2026-02-11 08:00 +0000",
      "Update on your application - Healthcare Data Analyst (JR-4410)",
      "Dear Aitor,\n\n"
      "Thank you for your interest in the Healthcare Data Analyst (JR-4410) position with\n"
      "St Kevin's Hospital Group. After careful consideration, we regret to inform you "
      "that\nyou have not been shortlisted for interview on this occasion.\n\n"
      "We encourage you to apply for future roles that match your skills.\n\n"
      "Kind regards,\nTalent Acquisition\nSt Kevin's Hospital Group, Dublin 8",
      layout="alt", brand="#087f5b"),
    M(R, "en", "Harbourline Bank", "harbourline_after_final", ("Ciara Walsh",
      "ciara.walsh@harbourline.example.ie"), "2026-06-30 16:25 +0100",
      "Your application - Analyst, Customer Insights",
      "Dear Aitor,\n\n"
      "Thank you for coming in for the final round last Thursday and for the care you put "
      "into\nthe case study. I'm sorry to say that the panel has decided not to progress "
      "your\napplication further; the role went to a candidate with prior banking "
      "experience.\n\n"
      "I'd be glad to share some feedback over a short call if that would be useful.\n\n"
      "Warm regards,\nCiara Walsh\nSenior Recruiter, Harbourline Bank\n"
      "1 Spencer Dock, Dublin 1\n\n" + DISCLAIMER_EN, cte="quoted-printable"),
    M(R, "en", "Kestrel Recruitment", "kestrel_unnamed_client",
      ("Rory Byrne | Kestrel Recruitment", "rory.byrne@kestrel-recruitment.example.ie"),
      "2026-03-25 12:48 +0000", "RE: Data Analyst role - update",
      "Hi Aitor,\n\n"
      "Just a quick one. I heard back from my client this morning and unfortunately they "
      "won't\nbe taking your application forward - they've gone with someone who is "
      "already based\nin Dublin and can start immediately.\n\n"
      "Don't be discouraged, there's a lot happening in the data market here. I'll be in "
      "touch.\n\nRory\n\nRory Byrne | Senior Consultant, Data & Analytics\n"
      "Kestrel Recruitment | 14 Baggot St Upper, Dublin 4 | +353 1 555 0192"),
    M(R, "en", "Voltwerk Analytics", "voltwerk_role_cancelled",
      ("Hannah Roth", "hannah@voltwerk.example.de"), "2026-07-09 10:15 +0200",
      "Working Student / Junior Analyst role at Voltwerk",
      "Hi Aitor,\n\n"
      "I wanted to let you know that, following a change in our funding timeline, we've "
      "had to\ncancel the Junior Analyst position we spoke about, so we will not proceed "
      "with your\napplication. I'm really sorry, especially since you made the effort to "
      "come to Munich.\n\n"
      "If things change in Q1 I'll reach out.\n\nBest,\nHannah Roth\nHead of People, "
      "Voltwerk Analytics\nMunich", layout="alt", brand="#e8590c"),
]

GERMAN: list[Spec] = [
    M(R, "de", "Stahlwerk Moosach", "stahlwerk_moosach_absage",
      ("Stahlwerk Moosach Karriere", "stahlwerk-moosach@successfactors.eu"),
      "2026-05-19 06:45 +0200", "Ihre Bewerbung: Prozessdatenanalyst (m/w/d)",
      "Sehr geehrter Herr Goikoetxea,\n\n"
      "vielen Dank für Ihr Interesse an einer Tätigkeit bei der Stahlwerk Moosach GmbH.\n\n"
      "Nach eingehender Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung "
      "im\nweiteren Auswahlverfahren nicht berücksichtigen können. Bitte haben Sie "
      "Verständnis,\ndass wir aufgrund der Vielzahl der Bewerbungen keine individuellen "
      "Gründe nennen.\n\n"
      "Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\n"
      "Mit freundlichen Grüßen\nPersonalabteilung\nStahlwerk Moosach GmbH",
      layout="alt", brand="#343a40", cte="quoted-printable", subj_enc=("q", "iso-8859-1")),
    M(R, "de", "Klinikverbund Oberland", "klinikverbund_oberland_absage",
      ("Klinikverbund Oberland", "noreply@softgarden.io"), "2026-06-16 14:00 +0200",
      "Absage: Data Analyst Medizincontrolling",
      "Guten Tag Herr Goikoetxea,\n\n"
      "herzlichen Dank für Ihre Bewerbung und Ihr Interesse am Klinikverbund Oberland. "
      "Leider\nkönnen wir Ihnen heute keine positive Nachricht geben: Wir haben uns für "
      "Bewerberinnen\nund Bewerber entschieden, deren Profil noch besser zu den "
      "Anforderungen der Stelle passt.\n\n"
      "Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.\n\n"
      "Freundliche Grüße\nIhr Recruiting-Team", layout="html", brand="#1864ab",
      html_charset="iso-8859-1"),
    M(R, "de", "Energieversorgung Würmtal", "brenner_voss_kunde_absage",
      ("Dr. Katrin Voss", "k.voss@brenner-voss.example.de"), "2026-08-11 17:30 +0200",
      "Rückmeldung Energieversorgung Würmtal",
      "Lieber Herr Goikoetxea,\n\n"
      "heute kam die Rückmeldung der Energieversorgung Würmtal zu Ihrem zweiten Gespräch. "
      "Man\nwar von Ihrer analytischen Denkweise beeindruckt, hat sich aber für einen "
      "Kandidaten\nmit fließenden Deutschkenntnissen entschieden, da die Stelle viel "
      "Abstimmung mit den\nKommunen erfordert. Das Verfahren ist für Sie damit leider "
      "beendet.\n\n"
      "Ich bedauere das sehr und melde mich, sobald ich eine passende englischsprachige "
      "Position\nhabe.\n\nHerzliche Grüße\nDr. Katrin Voss\nPartnerin\n"
      "Brenner & Voss Personalberatung\nMaximilianstraße 12, 80539 München",
      name_enc=("q", "utf-8"), subj_enc=("b", "utf-8"), charset="windows-1252",
      cte="8bit"),
]

FRENCH: list[Spec] = [
    M(R, "fr", "Groupe Santé Atlantique", "sante_atlantique_refus",
      ("Groupe Santé Atlantique", "gsa@myworkday.com"), "2026-04-02 09:12 +0200",
      "Votre candidature : Data analyst pilotage hospitalier",
      "Bonjour,\n\n"
      "Nous vous remercions de l'intérêt que vous portez au Groupe Santé Atlantique et du "
      "temps\nconsacré à votre candidature.\n\n"
      "Après examen attentif de votre dossier, nous sommes au regret de vous informer que "
      "nous\nne pouvons pas y donner une suite favorable.\n\n"
      "Nous conservons votre CV dans notre vivier pendant deux ans.\n\n"
      "La Direction des Ressources Humaines", name_enc=("q", "utf-8"),
      subj_enc=("b", "iso-8859-1"), layout="alt", brand="#0b7285"),
    M(R, "fr", "Agence Aquitaine Données", "aquitaine_donnees_interne",
      ("Sophie Lacoste", "s.lacoste@aquitaine-donnees.example.fr"),
      "2026-07-03 11:48 +0200", "Poste de chargé d'études statistiques",
      "Bonjour Monsieur Goikoetxea,\n\n"
      "Je reviens vers vous concernant le poste de chargé d'études statistiques. Nous "
      "avons\nfinalement pourvu ce poste en interne, par la mobilité d'un agent de "
      "l'Agence.\n\n"
      "Je vous remercie sincèrement pour la qualité de nos échanges et vous souhaite "
      "pleine\nréussite dans votre reconversion.\n\n"
      "Sophie Lacoste\nResponsable RH, Agence Aquitaine Données\n"
      "4 rue Esprit des Lois, 33000 Bordeaux\n\n" + DISCLAIMER_FR,
      charset="iso-8859-1", cte="quoted-printable"),
    M(R, "fr", "Lestage Conseil", "lestage_client_refus",
      ("Thomas Lestage", "thomas@lestage-conseil.example.fr"), "2026-09-08 18:05 +0200",
      "Retour de notre client",
      "Bonjour Aitor,\n\n"
      "J'ai eu ce soir le retour de notre client. Malheureusement, il ne souhaite pas "
      "poursuivre\navec votre candidature : il privilégie un profil ayant déjà travaillé "
      "dans la grande\ndistribution.\n\n"
      "Je suis déçu pour vous, l'entretien s'était bien passé. Je garde votre dossier.\n\n"
      "Bien à vous,\nThomas Lestage\nLestage Conseil – Recrutement & Approche directe\n"
      "Cours de l'Intendance 30, Bordeaux – 06 12 40 77 31", cte="8bit"),
    M(R, "fr", "FC Estuaire Bordeaux", "fc_estuaire_teamtailor_refus",
      ("FC Estuaire Bordeaux", "no-reply@teamtailor-mail.com"), "2026-08-19 09:40 +0200",
      "Suite à votre candidature – Analyste vidéo & data",
      "Bonjour Aitor,\n\n"
      "Merci d'avoir postulé au poste d'Analyste vidéo & data du club. Nous avons reçu "
      "un très\ngrand nombre de candidatures et, malheureusement, nous ne retiendrons "
      "pas la vôtre pour\nla suite du processus.\n\n"
      "Allez l'Estuaire !\nLe service recrutement", layout="html", brand="#1c7ed6",
      subj_enc=("q", "utf-8")),
]

MESSAGES: list[Spec] = [*SPANISH, *ENGLISH, *GERMAN, *FRENCH]

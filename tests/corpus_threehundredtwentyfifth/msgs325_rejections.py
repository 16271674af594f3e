"""Corpus 325: stand-alone rejections (every kind of "no", soft or plain)."""

from __future__ import annotations

from msgs325_common import branded, m

SPECS = [
    # ------------------------------------------------------------------ Spanish
    m("mundohuella_no", "rejection", "es", "2026-01-23 11:02 +0000",
      ("Mundo Huella", "noreply@workablemail.com"),
      "Tu candidatura para Asesora Nutricional en tienda – Málaga",
      """Hola Ximena,

Muchas gracias por tu interés en formar parte de Mundo Huella y por el tiempo dedicado a tu
candidatura para el puesto de Asesora Nutricional en tienda (Málaga – Teatinos).

Hemos recibido muchas candidaturas y, tras revisarlas con detalle, lamentamos comunicarte que
en esta ocasión no vamos a continuar con la tuya en el proceso.

Te animamos a seguir consultando nuestras ofertas: abrimos tiendas nuevas cada trimestre.

Un saludo,
Equipo de Talento · Mundo Huella""",
      "Mundo Huella", "", html="auto", cte="quoted-printable"),
    m("bocados_no", "rejection", "es", "2026-02-19 17:31 +0000",
      ("Bocados Natura", "no-reply@greenhouse-mail.io"),
      "Actualización sobre tu candidatura en Bocados Natura",
      """Hola Ximena:

Gracias por postularte al puesto de Especialista de Producto – Snacks Naturales para Perro en
Sevilla. Hemos valorado tu perfil con atención, pero hemos decidido avanzar con candidatas y
candidatos cuya experiencia se ajusta más a las necesidades actuales del puesto.

Conservaremos tus datos durante 12 meses por si surge otra oportunidad.

Un cordial saludo,
Equipo de Personas de Bocados Natura""",
      "Bocados Natura", "", html="auto", cte="base64"),
    m("laborplus_no", "rejection", "es", "2026-03-10 13:48 +0100",
      ("Natalia Rubio · Laborplus ETT", "natalia.rubio@laborplus.example.es"),
      "Oferta mozo/a de almacén con conocimientos veterinarios",
      """Hola Ximena, buenas tardes.

Te escribo por la oferta de auxiliar de almacén de producto veterinario que vimos la semana
pasada para nuestra empresa cliente en el polígono de La Torrecilla. Siento decirte que el
cliente ya ha cubierto el puesto con una persona que tenía carné de carretillera, así que tu
candidatura no sigue adelante.

Te mantengo de alta en la bolsa de Laborplus y te aviso si sale algo de tu perfil.

Natalia Rubio
Técnica de Selección · Laborplus ETT, Delegación Córdoba
Avda. Gran Capitán 21 · 957 47 80 02""",
      "Laborplus", "natalia.rubio@laborplus.example.es", charset="iso-8859-1", cte="8bit"),
    m("alimenta_no", "rejection", "es", "2026-03-26 08:20 +0000",
      ("Grupo Alimenta Mascotas", "alimenta-mascotas@successfactors.eu"),
      "Estado de su solicitud – Técnico/a de Calidad Producto (REQ 3318)",
      """Estimada Ximena Carvajal Ruiz:

Le agradecemos su interés en Grupo Alimenta Mascotas y en la vacante de Técnico/a de Calidad
de Producto (REQ 3318) en nuestra planta de Getafe.

Le informamos de que la vacante se ha cubierto mediante un proceso de promoción interna, por
lo que el proceso de selección externo queda cerrado y no continuará con su solicitud.

Atentamente,
Departamento de Recursos Humanos
Grupo Alimenta Mascotas

Este mensaje se ha generado automáticamente. No responda a esta dirección.""",
      "Grupo Alimenta Mascotas", "", charset="iso-8859-1", cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")]),
    m("sierrasur_no", "rejection", "es", "2026-04-14 12:07 +0200",
      ("Francisco Javier Luque", "fjluque@piensos-sierrasur.example.es"),
      "Proceso de selección técnico comercial",
      """Estimada Ximena:

Le escribo en relación con el proceso de técnico comercial de nutrición animal al que se
presentó en febrero. Por una reorganización interna tras la fusión con otra fábrica, la
dirección ha decidido suspender el proceso de selección de forma indefinida, por lo que no
vamos a seguir adelante con ninguna de las candidaturas recibidas.

Le pido disculpas por la demora en comunicárselo y le agradezco su interés.

Atentamente,

Francisco Javier Luque Moreno
Director Comercial
Piensos Sierra Sur, S.A.
Ctra. Cabra–Priego, km 3 · 14940 Cabra (Córdoba)""",
      "Piensos Sierra Sur", "fjluque@piensos-sierrasur.example.es",
      charset="windows-1252", cte="quoted-printable"),
    m("uas_no", "rejection", "es", "2026-05-20 09:45 +0200",
      ("Servicio de Personal Investigador – UAS", "pinvestigador@uagrosevilla.example.es"),
      "Convocatoria PTA-NUT-07/2026: resolución",
      """Estimada candidata:

En relación con la convocatoria PTA-NUT-07/2026 de un contrato de Técnica/o de Apoyo a la
Investigación en el proyecto «Dietas de prescripción en felinos con enfermedad renal», le
comunicamos que, al no haberse concedido la financiación del proyecto, la convocatoria queda
anulada y no se procederá a la contratación.

Se adjunta la resolución del Vicerrectorado. Contra ella cabe recurso de alzada en el plazo
de un mes.

Servicio de Personal Investigador
Universidad Agroalimentaria de Sevilla""",
      "Universidad Agroalimentaria de Sevilla", "", charset="utf-8", cte="quoted-printable",
      pdfs=[("Resolucion_PTA-NUT-07-2026.pdf",
             ["Universidad Agroalimentaria de Sevilla",
              "Resolucion de anulacion de la convocatoria PTA-NUT-07/2026",
              "Motivo: no concesion de la financiacion del proyecto"])]),
    m("kanino_no", "rejection", "es", "2026-06-03 10:00 +0000",
      ("Kanino Market", "no-reply@ashbyhq.com"),
      "Kanino Market – tu proceso de Responsable de Sección Nutrición",
      branded("Kanino Market", """<p>Hola Ximena,</p>
<p>Gracias por el tiempo que has dedicado a tu candidatura para <b>Responsable de Sección
Nutrición</b> en nuestra tienda de Sevilla Este.</p>
<p>Después de revisar todos los perfiles, lamentablemente no vamos a avanzar con tu candidatura
en este momento. Sabemos que esta no es la respuesta que esperabas.</p>
<p>¡Gracias de nuevo y mucha suerte!<br>El equipo de Kanino Market</p>""",
              "Kanino Market · Enviado con Ashby", "es", "#e07a1f"),
      "Kanino Market", "", html_only=True, cte="quoted-printable"),
    m("selecta_no", "rejection", "es", "2026-06-25 19:12 +0200",
      ("Beatriz Olmedo (Selecta RR. HH.)", "beatriz.olmedo@selecta-rrhh.example.es"),
      "Feedback Nutrición Animal Bética",
      """Hola Ximena,

Como te prometí, te escribo con el feedback de Nutrición Animal Bética tras la entrevista
con su director técnico. Han valorado muy bien tu experiencia clínica, pero buscan a alguien
con formación universitaria en Veterinaria o Ingeniería Agronómica para firmar las fichas
técnicas, y han decidido no seguir adelante con tu candidatura.

Me quedo con tu perfil para otros procesos de clientes que no tengan ese requisito.

Un abrazo,
Beatriz Olmedo
Selecta RR. HH. · Consultoría de Selección
Sevilla · 954 28 63 71""",
      "Nutrición Animal Bética", "beatriz.olmedo@selecta-rrhh.example.es",
      cte="quoted-printable", html="auto"),
    m("farmavet_no", "rejection", "es", "2026-07-08 06:30 +0000",
      ("Farmavet Sur Talent", "farmavetsur@talent.icims.com"),
      "Farmavet Sur: actualización de la vacante 2026-0412",
      """Estimada Ximena:

Gracias por tu candidatura a Delegada Técnica Veterinaria – Andalucía Occidental
(2026-0412).

Te escribimos para informarte de que la compañía ha decidido poner esta posición en pausa
debido a cambios en la planificación del área comercial, por lo que no continuaremos con el
proceso de selección. Si la vacante se reabre en el futuro, se publicará de nuevo en nuestro
portal de empleo.

Gracias por tu comprensión.
Equipo de Selección · Farmavet Sur""",
      "Farmavet Sur", "", html="auto", cte="quoted-printable"),
    m("eurotemp_no", "rejection", "es", "2026-07-22 14:40 +0200",
      ("Raúl Cabello", "raul.cabello@eurotemp.example.es"),
      "Proceso Mercanimal – dependienta especialista",
      """Hola Ximena:

Te cuento: Mercanimal ha cerrado el proceso de dependienta especialista en alimentación para
su tienda de Málaga Centro y se ha decantado por otra candidata que ya trabajaba en retail de
mascotas. No es el resultado que queríamos, pero tu entrevista les gustó.

En cuanto tenga otra posición te llamo.
Raúl

Raúl Cabello Nieto · Consultor · Eurotemp ETT Málaga
Este correo y sus anexos son confidenciales. Si lo ha recibido por error, le rogamos que lo
elimine y lo comunique al remitente.""",
      "Mercanimal", "raul.cabello@eurotemp.example.es", cte="8bit"),
    m("vetsalud_no", "rejection", "es", "2026-08-12 09:58 +0000",
      ("VetSalud Andalucía", "no-reply@bamboohr.com"),
      "Gracias por tu interés en VetSalud Andalucía",
      """Hola Ximena,

Queremos darte las gracias por presentar tu candidatura al puesto de Coordinadora de
Nutrición Clínica. Después de revisar tu experiencia, hemos decidido no avanzar con tu
candidatura para este puesto.

Te deseamos lo mejor en tu búsqueda.

Recursos Humanos
VetSalud Andalucía""",
      "VetSalud Andalucía", "", cte="base64"),
    m("agrocoop_no", "rejection", "es", "2026-09-03 18:22 +0200",
      ("Encarni Villalba", "encarni.villalba@agrocoopguadalquivir.example.es"),
      "Re: Entrevista Técnica de campo",
      """Hola Ximena:

Primero, gracias por venir el martes a Palma del Río y por tu paciencia con la visita a la
nave. Hemos estado valorando con el consejo rector y, aunque nos causaste muy buena
impresión, la plaza se la vamos a ofrecer a otra persona con más años en vacuno de leche.
Te lo digo con pena porque nos encantó tu energía.

Si en primavera abrimos la plaza de avicultura, me gustaría contar contigo.

Un saludo grande,
Encarni Villalba
Agrocoop Guadalquivir · Administración y Personal""",
      "Agrocoop Guadalquivir", "encarni.villalba@agrocoopguadalquivir.example.es",
      charset="iso-8859-1", cte="quoted-printable"),
    # ------------------------------------------------------------------ English
    m("polder_no", "rejection", "en", "2026-02-26 16:02 +0000",
      ("Polder Pet Foods", "no-reply@greenhouse-mail.io"),
      "Your application to Polder Pet Foods",
      """Dear Ximena,

Thank you for your interest in the Product Specialist, Feline Nutrition position at Polder
Pet Foods in Utrecht.

We received a large number of applications and, unfortunately, we will not be moving forward
with yours at this time. We encourage you to apply for future openings that match your
skills and experience.

Best regards,
Polder Pet Foods Recruiting""",
      "Polder Pet Foods", "", html="auto", cte="7bit"),
    m("meridian_no", "rejection", "en", "2026-04-02 05:14 +0000",
      ("Meridian Animal Health", "meridian@myworkday.com"),
      "Update on your application – Customer Technical Advisor (JR-22871)",
      branded("Meridian Animal Health", """<p>Dear Ximena Carvajal Ruiz,</p>
<p>Thank you for applying for the role of <b>Customer Technical Advisor</b> (JR-22871).
After careful review, we have decided not to proceed with your application.</p>
<p>We appreciate the time you invested and wish you every success in your career.</p>
<p>Kind regards,<br>Talent Acquisition, Meridian Animal Health</p>""",
              "This is an automated message from Workday. Please do not reply.", "en",
              "#0b3d6e"),
      "Meridian Animal Health", "", html_only=True, cte="quoted-printable"),
    m("harbour_no", "rejection", "en", "2026-05-27 18:40 +0200",
      ("Tom Verbeek", "tom@harbourtalent.example.nl"),
      "Quick update on the nutrition advisor role",
      """Hi Ximena,

Just a quick note to close the loop. I heard back from my client this afternoon and they
have decided to go in a different direction with someone already based in the Netherlands,
so they won't be taking your application further.

I know it's disappointing after two rounds. I'll keep you in mind for anything else in
pet nutrition that comes across my desk.

Cheers,
Tom Verbeek
Harbour Talent | Executive Search Animal Health & Nutrition
+31 6 4112 7788""",
      "Harbour Talent", "tom@harbourtalent.example.nl", cte="quoted-printable"),
    m("petcare_no", "rejection", "en", "2026-07-15 12:30 +0000",
      ("Sanne from PetCare Partners", "no-reply@ashbyhq.com"),
      "An update on the Clinical Nutrition Coordinator role",
      """Hi Ximena,

I wanted to let you know that we have decided to put the Clinical Nutrition Coordinator role
on hold while we review our clinic network plans for next year. As a result, we will not
proceed with any applications for this position, including yours.

Thank you for your interest in PetCare Partners, and I'm sorry we can't bring better news.

Sanne Bakker
People Team, PetCare Partners""",
      "PetCare Partners", "sanne.bakker@petcarepartners.example.nl",
      reply_to=("Sanne Bakker", "sanne.bakker@petcarepartners.example.nl"),
      html="auto", cte="base64"),
    m("rijnland_no", "rejection", "en", "2026-09-09 10:12 +0200",
      ("Recruitment Office, Rijnland University of Agriculture", "werken@rijnland-uni.example.nl"),
      "Vacancy 26.0318 Research Technician Animal Nutrition",
      """Dear Ms Carvajal Ruiz,

Thank you for your application for the position of Research Technician Animal Nutrition
(vacancy 26.0318).

The selection committee has carefully considered all applications. We regret to inform you
that you have not been shortlisted for an interview. The committee received many strong
applications and had to make difficult choices.

We thank you for your interest in Rijnland University of Agriculture and wish you success in
your further career.

Yours sincerely,
Recruitment Office
Rijnland University of Agriculture, Utrecht Science Park""",
      "Rijnland University of Agriculture", "", cte="7bit"),
    # ------------------------------------------------------------------ German
    m("hanse_no", "rejection", "de", "2026-03-19 08:03 +0000",
      ("Hanse Tiergesundheit", "hanse-tiergesundheit@successfactors.eu"),
      "Ihre Bewerbung bei Hanse Tiergesundheit – Referenz 50021877",
      """Sehr geehrte Frau Carvajal Ruiz,

vielen Dank für Ihr Interesse an der Position Technical Service Specialist Kleintier
(Referenz 50021877) und die Zeit, die Sie in Ihre Bewerbung investiert haben.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im
weiteren Auswahlverfahren nicht berücksichtigen können.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Talent Acquisition
Hanse Tiergesundheit GmbH

Dies ist eine automatisch generierte E-Mail.""",
      "Hanse Tiergesundheit", "", charset="iso-8859-1", cte="quoted-printable"),
    m("tierwelt_no", "rejection", "de", "2026-04-22 15:20 +0000",
      ("Tierwelt Nord Recruiting", "noreply@softgarden.io"),
      "Absage: Fachberater:in Tiernahrung Filiale Altona",
      """<p>Liebe Ximena,</p>
<p>danke für Ihre Bewerbung als <b>Fachberater:in Tiernahrung</b> in unserer Filiale
Hamburg-Altona.</p>
<p>Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden
haben, deren Profil noch besser zu den Anforderungen passt. Die Stelle ist damit besetzt.</p>
<p>Wir wünschen Ihnen alles Gute!<br>Ihr Recruiting-Team von Tierwelt Nord</p>""",
      "Tierwelt Nord", "", html_only=True, charset="utf-8", cte="base64"),
    m("nordpersonal_no", "rejection", "de", "2026-06-30 11:45 +0200",
      ("Katrin Wulff", "k.wulff@nordpersonal.example.de"),
      "Rückmeldung Futtermühle Alstertal",
      """Hallo Frau Carvajal Ruiz,

ich habe heute Rückmeldung von unserem Kunden, der Futtermühle Alstertal, erhalten. Leider
hat man sich nach dem Zweitgespräch für eine Kandidatin mit sehr guten Deutschkenntnissen auf
C1-Niveau entschieden, da die Stelle viel Kundentelefonie umfasst. Es tut mir leid, dass ich
Ihnen keine bessere Nachricht geben kann.

Gern bleibe ich mit Ihnen in Kontakt.

Beste Grüße
Katrin Wulff
Senior Consultant Agrar & Food
NordPersonal Personalberatung GmbH · Große Elbstraße 145 · 22767 Hamburg""",
      "Futtermühle Alstertal", "k.wulff@nordpersonal.example.de",
      charset="windows-1252", cte="8bit"),
    m("nordkorn_no", "rejection", "de", "2026-08-06 09:30 +0000",
      ("Nordkorn Futtermittel", "noreply@personio.de"),
      "Ihre Bewerbung: Anwendungsberater:in Futtermittel",
      """Hallo Ximena Carvajal Ruiz,

vielen Dank für Ihre Bewerbung und Ihr Interesse an Nordkorn Futtermittel.

Wir möchten Sie darüber informieren, dass die Position Anwendungsberater:in Futtermittel
inzwischen intern besetzt wurde. Wir werden Ihre Bewerbung daher nicht weiter
berücksichtigen.

Viel Erfolg für Ihre weitere Suche!
Ihr Nordkorn Futtermittel HR-Team""",
      "Nordkorn Futtermittel", "", html="auto", cte="quoted-printable"),
    m("tkhanse_no", "rejection", "de", "2026-10-07 17:04 +0200",
      ("Dr. Friederike Harms", "f.harms@tierklinik-hanse.example.de"),
      "Unser Gespräch am 29. September",
      """Liebe Frau Carvajal Ruiz,

herzlichen Dank für das offene und angenehme Gespräch am 29. September in Eppendorf. Wir
haben uns die Entscheidung nicht leicht gemacht, uns am Ende aber für eine Kollegin
entschieden, die bereits in einer unserer Kliniken arbeitet. Für Sie bedeutet das leider
eine Absage.

Ich wünsche Ihnen für Ihren Weg in die Tierernährung viel Erfolg.

Herzliche Grüße
Dr. Friederike Harms
Ärztliche Leitung Ernährungsberatung
Tierklinikgruppe Hanse""",
      "Tierklinikgruppe Hanse", "f.harms@tierklinik-hanse.example.de",
      charset="iso-8859-1", cte="quoted-printable"),
    # ------------------------------------------------------------------ French
    m("vetalys_no", "rejection", "fr", "2026-01-30 09:12 +0000",
      ("Laboratoires Vétalys", "vetalys@taleo.net"),
      "Votre candidature – Chargée de support technique vétérinaire (Réf. 26-0042)",
      """Madame,

Nous vous remercions de l'intérêt que vous portez aux Laboratoires Vétalys et de votre
candidature au poste de Chargée de support technique vétérinaire (réf. 26-0042).

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous
ne pouvons pas donner une suite favorable à votre candidature.

Nous conservons néanmoins vos coordonnées dans notre base de données.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
Laboratoires Vétalys""",
      "Laboratoires Vétalys", "", charset="iso-8859-1", cte="quoted-printable"),
    m("croqnature_no", "rejection", "fr", "2026-05-06 14:55 +0000",
      ("Croq'Nature", "no-reply@recruitee.com"),
      "Croq'Nature – poste de conseillère nutrition",
      """Bonjour Ximena,

Merci d'avoir postulé au poste de conseillère nutrition animale chez Croq'Nature.

Nous vous informons que le poste a été pourvu. Nous ne pouvons donc pas poursuivre le
processus avec vous, mais nous vous remercions sincèrement pour votre intérêt.

À bientôt peut-être,
L'équipe Croq'Nature""",
      "Croq'Nature", "", html="auto", cte="quoted-printable"),
    m("rhonetalents_no", "rejection", "fr", "2026-07-02 18:03 +0200",
      ("Mathilde Garnier – Rhône Talents", "m.garnier@rhonetalents.example.fr"),
      "Retour de la Coopérative Val de Saône",
      """Bonjour Ximena,

Je reviens vers vous suite à votre entretien avec la Coopérative Val de Saône. Le comité de
direction a apprécié votre parcours, mais a finalement choisi un profil ayant une expérience
plus longue en élevage bovin. Ils ne donneront donc pas suite à votre candidature.

Je reste à votre écoute et ne manquerai pas de vous recontacter pour d'autres missions.

Belle soirée,
Mathilde Garnier
Consultante – Rhône Talents, cabinet de recrutement
45 quai Rambaud, 69002 Lyon – 04 78 92 15 60""",
      "Coopérative Val de Saône", "m.garnier@rhonetalents.example.fr",
      charset="windows-1252", cte="quoted-printable"),
    m("zoomarket_no", "rejection", "fr", "2026-08-27 10:40 +0200",
      ("Service RH Zoomarket", "recrutement@zoomarket.example.fr"),
      "Suspension du recrutement – Responsable rayon nutrition Lyon Part-Dieu",
      """Bonjour Madame Carvajal Ruiz,

Nous vous remercions pour votre candidature au poste de responsable rayon nutrition de notre
magasin de Lyon Part-Dieu.

En raison du report de l'ouverture du magasin, nous avons pris la décision de suspendre ce
recrutement. Votre candidature ne sera donc pas retenue dans le cadre de ce processus.

Nous vous prions de nous excuser pour ce contretemps.

Le service Ressources Humaines
Zoomarket""",
      "Zoomarket", "", cte="8bit", charset="utf-8"),
]

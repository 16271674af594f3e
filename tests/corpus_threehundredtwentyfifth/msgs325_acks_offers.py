"""Corpus 325: acknowledgements of receipt and the stand-alone offers."""

from __future__ import annotations

from msgs325_common import branded, m

SPECS = [
    # ------------------------------------------------------------------ Spanish acks
    m("bocados_ack", "application_received", "es", "2026-02-05 10:44 +0000",
      ("Bocados Natura", "no-reply@greenhouse-mail.io"),
      "¡Gracias por tu candidatura a Bocados Natura!",
      """Hola Ximena:

Gracias por tu interés en el puesto de Especialista de Producto – Snacks Naturales para Perro.
Confirmamos que tu candidatura nos ha llegado correctamente.

Nuestro equipo revisa todas las solicitudes personalmente. Si tu perfil encaja, te
escribiremos para dar el siguiente paso.

¡Un abrazo perruno!
Equipo de Personas · Bocados Natura""",
      "Bocados Natura", "", html="auto", cte="quoted-printable"),
    m("uas_registro", "application_received", "es", "2026-03-11 23:58 +0100",
      ("Sede Electrónica UAS", "notificaciones.sede@uagrosevilla.example.es"),
      "Justificante de registro de solicitud – Bolsa TEL-LAB-02/2026",
      """JUSTIFICANTE DE PRESENTACIÓN

Número de registro: REG-E-2026-0048113
Fecha y hora de presentación: 11/03/2026 23:57:41
Interesada: CARVAJAL RUIZ, XIMENA
Procedimiento: Constitución de bolsa de Técnico/a Especialista de Laboratorio de Nutrición
Animal (TEL-LAB-02/2026)
Documentos adjuntos: 4

Su solicitud ha quedado registrada correctamente. Este justificante tiene plena validez
como acreditación de la presentación.

Este es un mensaje automático de la Sede Electrónica. No responda a este correo.""",
      "Universidad Agroalimentaria de Sevilla", "", charset="iso-8859-1", cte="quoted-printable",
      pdfs=[("Justificante_REG-E-2026-0048113.pdf",
             ["Sede Electronica - Universidad Agroalimentaria de Sevilla",
              "Justificante de registro REG-E-2026-0048113",
              "Interesada: CARVAJAL RUIZ, XIMENA"])],
      headers=[("Auto-Submitted", "auto-generated")]),
    m("farmavet_ack", "application_received", "es", "2026-05-14 06:02 +0000",
      ("Farmavet Sur Talent", "farmavetsur@talent.icims.com"),
      "Hemos recibido tu solicitud – Delegada Técnica Veterinaria (2026-0412)",
      branded("Farmavet Sur", """<p>Hola Ximena:</p>
<p>Gracias por solicitar el puesto <b>Delegada Técnica Veterinaria – Andalucía Occidental</b>
(2026-0412). Tu solicitud se ha enviado correctamente.</p>
<p>Revisaremos tu perfil y, si encaja con los requisitos, nos pondremos en contacto
contigo.</p>
<p>Saludos,<br>Equipo de Selección · Farmavet Sur</p>""",
              "Farmavet Sur · Portal de empleo con tecnología de iCIMS", "es", "#a01c2c"),
      "Farmavet Sur", "", html_only=True, cte="base64"),
    m("kanino_ack", "application_received", "es", "2026-05-18 14:21 +0000",
      ("Kanino Market", "no-reply@ashbyhq.com"),
      "Hemos recibido tu candidatura – Responsable de Sección Nutrición",
      """Hola Ximena,

¡Gracias por tu interés en Kanino Market! Hemos recibido tu candidatura para Responsable de
Sección Nutrición (Sevilla Este).

Te responderemos en cualquier caso, tanto si avanzamos contigo como si no, en un plazo de
tres semanas.

El equipo de Kanino Market""",
      "Kanino Market", "", html="auto", cte="8bit"),
    m("agrocoop_ack", "application_received", "es", "2026-07-27 11:06 +0200",
      ("Encarni Villalba", "encarni.villalba@agrocoopguadalquivir.example.es"),
      "RE: Currículum para la plaza de técnica de campo",
      """Hola Ximena:

Te confirmo que me ha llegado tu currículum para la plaza de técnica de campo. Lo paso al
técnico responsable y, como muy tarde a mediados de agosto, te decimos algo.

Un saludo,
Encarni Villalba
Agrocoop Guadalquivir · Administración y Personal
Ctra. de la Estación s/n · 14700 Palma del Río (Córdoba)""",
      "Agrocoop Guadalquivir", "encarni.villalba@agrocoopguadalquivir.example.es",
      charset="iso-8859-1", cte="8bit"),
    m("salvaje_ack", "application_received", "es", "2026-08-24 09:12 +0000",
      ("Salvaje Petfood", "no-reply@greenhouse-mail.io"),
      "Salvaje Petfood: hemos recibido tu candidatura",
      """Hola Ximena,

¡Gracias por querer formar parte de la manada! Tu candidatura para Técnica de Producto
Natural (Málaga) se ha recibido correctamente.

Recibimos muchas candidaturas y no siempre podemos responder a cada persona de forma
individual, pero leemos todas. Si avanzamos, te escribiremos en las próximas semanas.

Salvaje Petfood""",
      "Salvaje Petfood", "", html="auto", cte="quoted-printable", charset="utf-8"),
    # ------------------------------------------------------------------ English acks
    m("polder_ack", "application_received", "en", "2026-02-11 13:30 +0000",
      ("Polder Pet Foods", "no-reply@greenhouse-mail.io"),
      "Thank you for applying to Polder Pet Foods",
      """Hi Ximena,

Thanks for applying for the Product Specialist, Feline Nutrition role. Your application has
been received and we will review it shortly.

Due to the high volume of applications, we are unable to respond to every applicant
individually. If your profile is a match, a member of our team will be in touch.

Polder Pet Foods Recruiting""",
      "Polder Pet Foods", "", cte="7bit"),
    m("meridian_ack", "application_received", "en", "2026-03-09 21:47 +0000",
      ("Meridian Animal Health", "meridian@myworkday.com"),
      "Meridian Animal Health: application received (JR-22871)",
      branded("Meridian Animal Health", """<p>Dear Ximena Carvajal Ruiz,</p>
<p>Thank you for your application for <b>Customer Technical Advisor</b> (JR-22871). We
confirm that we have received it.</p>
<p>You can track the status of your application at any time in your candidate home.</p>
<p>Kind regards,<br>Talent Acquisition</p>""",
              "This is an automated message from Workday. Please do not reply.", "en",
              "#0b3d6e"),
      "Meridian Animal Health", "", html_only=True, cte="quoted-printable"),
    m("rijnland_ack", "application_received", "en", "2026-08-14 16:20 +0200",
      ("Recruitment Office, Rijnland University of Agriculture", "werken@rijnland-uni.example.nl"),
      "Receipt of application – vacancy 26.0318",
      """Dear applicant,

We hereby confirm receipt of your application for vacancy 26.0318, Research Technician
Animal Nutrition.

The closing date for this vacancy is 31 August. The selection committee will then review all
applications; shortlisted candidates will be invited in the second half of September.

Yours sincerely,
Recruitment Office
Rijnland University of Agriculture""",
      "Rijnland University of Agriculture", "", cte="7bit"),
    # ------------------------------------------------------------------ German acks
    m("hanse_ack", "application_received", "de", "2026-03-02 12:15 +0000",
      ("Hanse Tiergesundheit", "hanse-tiergesundheit@successfactors.eu"),
      "Eingangsbestätigung Ihrer Bewerbung – Referenz 50021877",
      """Sehr geehrte Frau Carvajal Ruiz,

vielen Dank für Ihre Bewerbung als Technical Service Specialist Kleintier (Referenz
50021877). Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir werden Ihre Bewerbung sorgfältig prüfen und uns so bald wie möglich bei Ihnen melden.

Mit freundlichen Grüßen
Talent Acquisition
Hanse Tiergesundheit GmbH""",
      "Hanse Tiergesundheit", "", charset="iso-8859-1", cte="quoted-printable",
      html="auto"),
    m("kaiserhof_ack", "application_received", "de", "2026-06-22 18:33 +0000",
      ("Kaiserhof Petfood Recruiting", "noreply@softgarden.io"),
      "Ihre Bewerbung ist bei uns eingegangen",
      """Hallo Ximena Carvajal Ruiz,

herzlichen Dank für Ihre Bewerbung als Junior Produktmanager:in Nassfutter bei Kaiserhof
Petfood. Wir haben Ihre Unterlagen erhalten und melden uns, sobald wir sie gesichtet haben.

Bitte haben Sie Verständnis, dass dies einige Tage dauern kann.

Ihr Recruiting-Team
Kaiserhof Petfood""",
      "Kaiserhof Petfood", "", html="auto", cte="base64"),
    m("nordkorn_ack", "application_received", "de", "2026-07-16 07:50 +0000",
      ("Nordkorn Futtermittel", "noreply@personio.de"),
      "Bestätigung: Bewerbung Anwendungsberater:in Futtermittel",
      """Hallo Ximena Carvajal Ruiz,

vielen Dank für Ihre Bewerbung als Anwendungsberater:in Futtermittel. Hiermit bestätigen wir
den Eingang Ihrer Unterlagen.

Aufgrund der Vielzahl an Bewerbungen können wir leider nicht jede Bewerbung einzeln
beantworten. Sofern Ihr Profil passt, melden wir uns innerhalb von drei Wochen bei Ihnen.

Ihr Nordkorn Futtermittel HR-Team""",
      "Nordkorn Futtermittel", "", cte="quoted-printable", charset="utf-8"),
    # ------------------------------------------------------------------ French acks
    m("vetalys_ack", "application_received", "fr", "2026-01-14 11:48 +0000",
      ("Laboratoires Vétalys", "vetalys@taleo.net"),
      "Accusé de réception de votre candidature (Réf. 26-0042)",
      """Madame,

Nous accusons réception de votre candidature au poste de Chargée de support technique
vétérinaire (réf. 26-0042) et vous en remercions.

Votre dossier va être étudié avec la plus grande attention. Nous reviendrons vers vous
dans les meilleurs délais.

La Direction des Ressources Humaines
Laboratoires Vétalys

Ce message est généré automatiquement, merci de ne pas y répondre.""",
      "Laboratoires Vétalys", "", charset="iso-8859-1", cte="quoted-printable"),
    m("croqnature_ack", "application_received", "fr", "2026-04-16 08:07 +0000",
      ("Croq'Nature", "no-reply@recruitee.com"),
      "Merci pour votre candidature chez Croq'Nature",
      """Bonjour Ximena,

Merci pour votre candidature au poste de conseillère nutrition animale ! Elle nous est bien
parvenue.

Nous recevons beaucoup de candidatures et ne pouvons malheureusement pas répondre à chacune
individuellement. Si votre profil correspond, nous vous contacterons d'ici trois semaines.

L'équipe Croq'Nature""",
      "Croq'Nature", "", html="auto", cte="8bit"),
    # ------------------------------------------------------------------ offers
    m("canal_offer", "offer", "en", "2026-07-28 17:05 +0200",
      ("Bas Jansen", "bas.jansen@canalsidepetfood.example.nl"),
      "Offer: Product Specialist at Canalside Petfood",
      """Dear Ximena,

Thank you for the great conversations over the past weeks. I'm delighted to offer you the
position of Product Specialist at Canalside Petfood in Utrecht!

Please find your offer letter attached, with the details of salary (EUR 3,850 gross per
month plus 8% holiday allowance), a relocation package and a proposed start date of
1 October. Emma will be in touch about the next steps.

We'd appreciate your answer by 7 August. Don't hesitate to call me with any questions.

Warm regards,
Bas Jansen
Head of Product, Canalside Petfood""",
      "Canalside Petfood", "bas.jansen@canalsidepetfood.example.nl",
      cc=[("Emma Visser", "emma.visser@canalsidepetfood.example.nl")],
      html="auto", cte="quoted-printable",
      pdfs=[("Canalside_Offer_Letter_XCarvajalRuiz.pdf",
             ["Canalside Petfood - Offer of Employment", "Candidate: Ximena Carvajal Ruiz",
              "Position: Product Specialist", "Salary: EUR 3,850 gross per month",
              "Start date: 1 October 2026"])]),
    m("crna_offer", "offer", "fr", "2026-08-25 10:30 +0200",
      ("Luc Perrin", "luc.perrin@crna-coop.example.fr"),
      "Proposition d'embauche – Technicienne conseil aliments",
      """Bonjour Madame Carvajal Ruiz,

À la suite de nos entretiens, j'ai le plaisir de vous proposer le poste de technicienne
conseil aliments pour animaux de compagnie au sein de la CRNA, en CDI, à compter du
1er octobre 2026.

Vous trouverez ci-joint la promesse d'embauche précisant la rémunération (32 000 € bruts
annuels) et les conditions. Je vous remercie de me la retourner signée avant le 4 septembre
si vous l'acceptez.

Bien cordialement,
Luc Perrin
Responsable des ressources humaines
Coopérative Rhône-Alpes Nutrition Animale""",
      "Coopérative Rhône-Alpes Nutrition Animale", "luc.perrin@crna-coop.example.fr",
      charset="windows-1252", cte="8bit",
      pdfs=[("Promesse_embauche_Carvajal_Ruiz.pdf",
             ["Cooperative Rhone-Alpes Nutrition Animale",
              "Promesse d'embauche - Mme Ximena Carvajal Ruiz",
              "CDI - Technicienne conseil aliments", "Remuneration : 32 000 EUR bruts annuels"])]),
]

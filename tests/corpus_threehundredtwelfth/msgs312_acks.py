"""Corpus 312: every `application_received` message, hand-written and hand-labelled."""

from __future__ import annotations

from msgs312_common import M

ACK = "application_received"

SPECS = [
    # ------------------------------------------------------------------ French
    M("imp_ack", ACK, "fr", "2026-08-03 21:14 +0200",
      ("Implantis", "no-reply@teamtailor-mail.com"),
      "Merci pour votre candidature chez Implantis !",
      """Bonjour Yasmine,

Merci d'avoir postulé au poste de Délégué(e) commercial(e) implantologie - Hérault / Gard.

Nous avons bien reçu votre candidature. Notre équipe va l'étudier avec attention et reviendra
vers vous dans les deux à trois semaines à venir.

En attendant, découvrez nos équipes et nos produits sur notre page carrières.

À bientôt,
L'équipe Implantis""",
      company="Implantis", fmt="alt", brand="Implantis"),

    M("ost_ack", ACK, "fr", "2026-01-12 08:03 +0100",
      ("OsteoLine Recrutement", "osteoline@myworkday.com"),
      "Candidature reçue : Délégué(e) commercial(e) orthopédie Occitanie (JR-1186)",
      """Bonjour Yasmine,

Nous vous confirmons la bonne réception de votre candidature pour le poste Délégué(e)
commercial(e) orthopédie Occitanie (JR-1186).

Vous pouvez suivre l'avancement de votre dossier à tout moment depuis votre espace candidat.

Cordialement,
Service Recrutement OsteoLine

Ceci est un message automatique. Merci de ne pas y répondre.""",
      company="OsteoLine", fmt="html", cte="quoted-printable", brand="OsteoLine"),

    M("aud_ack", ACK, "fr", "2026-03-02 14:27 +0100",
      ("Audissimo", "no-reply@smartrecruiters.com"),
      "Audissimo a bien reçu votre candidature",
      """Bonjour Yasmine,

Merci pour votre candidature au poste de Technico-commercial(e) Audition - Marseille Prado.

Nous l'avons bien reçue. Compte tenu du nombre important de candidatures, nous ne pourrons
pas répondre personnellement à chacune d'entre elles, mais si votre profil correspond à nos
besoins, nous vous contacterons sous trois semaines.

L'équipe Talents Audissimo""",
      company="Audissimo", fmt="alt", brand="Audissimo", cte="base64"),

    M("lab_ack", ACK, "fr", "2026-02-03 09:41 +0100",
      ("Gérard Pons", "g.pons@labdistri.example.fr"),
      "RE: Candidature spontanée - commerciale terrain",
      """Bonjour Madame Belkacem,

Je vous remercie pour votre candidature spontanée, bien reçue. Je la transmets à notre
direction régionale et reviendrai vers vous dès que possible.

Cordialement,

Gérard Pons
Directeur des ventes Rhône-Alpes
LabDistri""",
      company="LabDistri", contact="g.pons@labdistri.example.fr", parent="lab_app",
      quote="ol_fr", cs="windows-1252", cte="quoted-printable", ncs=("q", "windows-1252")),

    M("dsoft_ack", ACK, "fr", "2026-04-07 10:55 +0200",
      ("DentaSoft", "no-reply@hire.lever.co"),
      "Merci pour votre candidature à DentaSoft",
      """Bonjour Yasmine,

Merci pour votre candidature au poste de Chargé(e) d'affaires - logiciel dentaire (Lyon).
Nous l'avons bien reçue et notre équipe la lira avec attention.

Si votre profil correspond, nous reviendrons vers vous pour organiser un premier échange.

L'équipe DentaSoft""",
      company="DentaSoft"),

    M("helv_ack", ACK, "fr", "2026-05-04 13:30 +0200",
      ("Helvimplant Recrutement", "helvimplant@successfactors.eu"),
      "Confirmation de réception de votre dossier de candidature",
      """Madame Belkacem,

Nous vous remercions de l'intérêt que vous portez à Helvimplant et vous confirmons la
réception de votre candidature pour le poste de Spécialiste produits implantologie (Genève),
référence 26-118.

Nous examinons chaque dossier avec attention. Vous serez informée de la suite donnée dans les
meilleurs délais.

Meilleures salutations,
Helvimplant - Ressources humaines""",
      company="Helvimplant", fmt="html", brand="Helvimplant", cs="iso-8859-1",
      cte="quoted-printable"),

    M("son_ack", ACK, "fr", "2026-02-16 20:02 +0100",
      ("Sonalis Audition", "recrutement@sonalis.example.fr"),
      "Votre candidature - Conseiller(ère) commercial(e) Lyon Part-Dieu",
      """Bonjour,

Nous accusons réception de votre candidature et vous en remercions.

En raison du volume important de candidatures reçues, nous ne sommes malheureusement pas en
mesure de répondre individuellement à chaque candidat. Seules les personnes dont le profil
sera retenu seront contactées.

Sonalis Audition - Service recrutement""",
      company="Sonalis Audition", cs="iso-8859-1", cte="8bit"),

    M("dtm_ack", ACK, "fr", "2026-07-01 08:15 +0200",
      ("Dentimed", "noreply@recruitee.com"),
      "Candidature reçue - Délégué(e) commercial(e) Provence",
      """Bonjour Yasmine,

Merci pour votre candidature au poste de Délégué(e) commercial(e) Provence chez Dentimed !
Nous l'avons bien reçue.

Nous revenons vers vous rapidement.

Sophie Lenoir, Dentimed""",
      company="Dentimed", fmt="html", brand="Dentimed"),

    M("aud2_ack", ACK, "fr", "2026-05-20 19:44 +0200",
      ("Auditis France", "auditis@taleo.net"),
      "Auditis France : accusé de réception de votre candidature",
      """Madame Belkacem,

Nous accusons réception de votre candidature au poste de Délégué(e) Prescripteurs ORL - Lyon
(réf. 2600871).

Votre dossier est en cours d'étude. Nous reviendrons vers vous dès que possible.

Cordialement,
La Direction des Ressources Humaines Auditis France

Merci de ne pas répondre à ce courriel, cette adresse n'est pas consultée.""",
      company="Auditis France", cs="iso-8859-1", cte="quoted-printable",
      hcs=("q", "iso-8859-1")),

    M("mt_ack", ACK, "fr", "2026-01-21 12:40 +0100",
      ("Julien Marchetti", "j.marchetti@meditalents.example.fr"),
      "RE: Candidature - Déléguée commerciale implantologie (Nordental)",
      """Bonjour Yasmine,

Merci pour votre candidature au poste de déléguée commerciale implantologie chez notre client
Nordental, bien reçue avec votre CV.

Je reviens vers vous d'ici une dizaine de jours, après le premier tri avec le client.

Bien à vous,

Julien Marchetti
Consultant Santé & Medtech
Médi-Talents - Cabinet de recrutement""",
      company="Nordental", contact="j.marchetti@meditalents.example.fr", parent="mt_app",
      quote="fr"),

    # ------------------------------------------------------------------ English
    M("bb_ack", ACK, "en", "2026-07-06 22:18 +0100",
      ("Brightbite Dental Systems", "no-reply@greenhouse-mail.io"),
      "Thank you for applying to Brightbite Dental Systems",
      """Hi Yasmine,

Thank you for your interest in Brightbite Dental Systems! We've received your application for
Territory Sales Representative (Implants, South East) and our team will review it shortly.

If your experience matches our needs, we'll be in touch to discuss next steps.

Kind regards,
Brightbite Talent Team""",
      company="Brightbite Dental Systems", fmt="alt", brand="Brightbite"),

    M("cs_ack", ACK, "en", "2026-04-20 11:08 +0100",
      ("ClearSound Hearing", "noreply@workablemail.com"),
      "Thanks for applying to ClearSound Hearing",
      """Hi Yasmine,

Thanks for applying for the Hearing Care Sales Advisor position. Your application has been
received and will be reviewed by our hiring team.

Please note that due to the volume of applications we may not be able to respond to each
applicant individually.

Best regards,
ClearSound Hearing""",
      company="ClearSound Hearing", fmt="html"),

    M("ls_ack", ACK, "en", "2026-06-01 07:42 +0100",
      ("LabSource UK Careers", "labsource@icims.com"),
      "LabSource UK - Application Received (Req #4471)",
      """Dear Yasmine,

Thank you for applying for the Field Sales Executive, Laboratory Consumables position
(Req #4471) at LabSource UK.

We have received your application. A member of our recruitment team will review it and
contact you if your qualifications match the requirements of the role.

Sincerely,
LabSource UK Talent Acquisition""",
      company="LabSource UK", fmt="html", cte="base64"),

    M("mol_ack", ACK, "en", "2026-08-03 16:30 +0100",
      ("Molarix", "no-reply@ashbyhq.com"),
      "Thanks for applying to Molarix!",
      """Hi Yasmine,

We've got your application for Account Executive - Dental Practices (EU). Thanks for your
interest in Molarix!

Our team reviews every application and we'll get back to you within two weeks.

The Molarix team""",
      company="Molarix", fmt="alt", brand="Molarix"),

    # ------------------------------------------------------------------ German
    M("zw_ack", ACK, "de", "2026-03-09 08:12 +0100",
      ("Zahnwerk Implantate GmbH", "noreply@personio.de"),
      "Eingangsbestätigung Ihrer Bewerbung",
      """Sehr geehrte Frau Belkacem,

vielen Dank für Ihre Bewerbung als Medizinprodukteberater (m/w/d) Dental und Ihr Interesse
an Zahnwerk Implantate.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen diese sorgfältig und melden
uns innerhalb der nächsten zwei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr Zahnwerk-Recruiting-Team""",
      company="Zahnwerk Implantate", fmt="alt", brand="Zahnwerk Implantate",
      hcs=("q", "iso-8859-1")),

    M("hp_ack", ACK, "de", "2026-05-11 10:05 +0200",
      ("HörPlus Karriere", "noreply@softgarden.io"),
      "Ihre Bewerbung bei HörPlus: Vertriebsberater Hörsysteme (m/w/d)",
      """Liebe Frau Belkacem,

herzlichen Dank für Ihre Bewerbung als Vertriebsberater Hörsysteme (m/w/d) in München.

Ihre Unterlagen sind bei uns eingegangen. Wir sehen sie uns in Ruhe an und melden uns so bald
wie möglich bei Ihnen.

Herzliche Grüße
Ihr HörPlus-Team""",
      company="HörPlus", fmt="alt", brand="HörPlus", ncs=("b", "utf-8"),
      hcs=("q", "utf-8")),

    M("ob_ack", ACK, "de", "2026-04-08 12:00 +0200",
      ("OrthoBayern Karriere", "orthobayern@successfactors.eu"),
      "Bewerbungseingang - Außendienstmitarbeiter (m/w/d) Orthopädie",
      """Sehr geehrte Frau Belkacem,

wir bestätigen den Eingang Ihrer Bewerbung für die Position Außendienstmitarbeiter (m/w/d)
Orthopädie, Referenznummer 41772.

Bitte haben Sie Verständnis dafür, dass die Prüfung der Unterlagen einige Zeit in Anspruch
nimmt.

Mit freundlichen Grüßen
Ihr Recruiting-Team der OrthoBayern AG

Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht darauf.""",
      company="OrthoBayern", fmt="html", cs="iso-8859-1", cte="quoted-printable",
      hcs=("b", "iso-8859-1")),

    M("li_ack", ACK, "de", "2026-07-13 15:22 +0200",
      ("Labortechnik Isar", "notifications@bamboohr.com"),
      "Danke für Ihre Bewerbung bei Labortechnik Isar",
      """Hallo Frau Belkacem,

vielen Dank für Ihre Bewerbung als Vertriebsmitarbeiterin Laborbedarf. Wir haben Ihre
Unterlagen erhalten und werden sie in den nächsten Tagen sichten.

Viele Grüße
Ihr Team von Labortechnik Isar""",
      company="Labortechnik Isar", contact="katrin.moser@labortechnik-isar.example.de",
      reply_to=("Katrin Moser", "katrin.moser@labortechnik-isar.example.de"), cte="8bit"),

    # ------------------------------------------------------------------ Spanish
    M("im_ack", ACK, "es", "2026-04-13 09:15 +0200",
      ("Núria Puig", "nuria.puig@implantesmed.example.es"),
      "Candidatura Delegada comercial implantología - Barcelona",
      """Hola Yasmine:

Te confirmo que hemos recibido tu candidatura para el puesto de Delegada comercial de
implantología en Barcelona. Muchas gracias por tu interés.

La estamos revisando junto con el equipo comercial y te diremos algo en cuanto podamos.

Un saludo,
Núria Puig
Recursos Humanos - Implantes Mediterráneo""",
      company="Implantes Mediterráneo", contact="nuria.puig@implantesmed.example.es",
      ncs=("q", "iso-8859-1"), cs="iso-8859-1", cte="quoted-printable"),

    M("ob2_ack", ACK, "es", "2026-03-03 18:30 +0100",
      ("Ortoclínica Barna", "no-reply@teamtailor-mail.com"),
      "¡Gracias por tu candidatura, Yasmine!",
      """Hola Yasmine:

Hemos recibido tu candidatura para el puesto de Delegada comercial de ortopedia. ¡Gracias por
tu interés en Ortoclínica Barna!

Nuestro equipo revisará tu perfil y te contactaremos si encaja con lo que buscamos.

Un saludo,
Equipo de Personas - Ortoclínica Barna""",
      company="Ortoclínica Barna", fmt="alt", brand="Ortoclínica Barna",
      hcs=("b", "utf-8"), ncs=("q", "iso-8859-1")),

    M("sli_ack", ACK, "es", "2026-07-20 10:40 +0200",
      ("Suministros Lab Iberia", "noreply@smartrecruiters.com"),
      "Hemos recibido tu candidatura - Comercial de zona Cataluña",
      """Hola Yasmine,

Gracias por postularte al puesto de Comercial de zona Cataluña en Suministros Lab Iberia.

Tu candidatura se ha recibido correctamente. Nuestro equipo de selección la revisará y se
pondrá en contacto contigo si tu perfil encaja con el puesto.

Atentamente,
Departamento de Recursos Humanos""",
      company="Suministros Lab Iberia", fmt="html", cte="base64"),
]

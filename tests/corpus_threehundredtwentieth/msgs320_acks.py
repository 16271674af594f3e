"""Acknowledgements of receipt (ATS and human) that start no thread of their own here."""

from __future__ import annotations

from msgs320_common import DISCLAIMER_ES, latin1_typed, m, page, shell

TEMPO = "Tempo Azur Intérim"
TEMPO_ACK = """Bonjour Anaïs,

Votre candidature à l'offre « Hôtesse / Coordinatrice accueil congrès (H/F) – missions intérim Nice & Cannes » a bien été enregistrée.

Un(e) chargé(e) de recrutement de l'agence de Nice étudiera votre profil et vous recontactera si vos compétences correspondent à l'une de nos missions en cours. Pensez à compléter votre dossier (pièce d'identité, carte Vitale, RIB) depuis votre espace intérimaire pour être prêt(e) dès la première mission.

À bientôt,
Tempo Azur Intérim – Agence de Nice
18, avenue Jean-Médecin, 06000 Nice

Cet e-mail est envoyé automatiquement, merci de ne pas y répondre.
"""

NOCES = "Les Noces de Provence"
EMMA = ("Emma Lefebvre", "emma@noces-de-provence.example.fr")
NOCES_ACK = """Bonjour Anaïs,

Merci pour votre candidature spontanée et votre jolie lettre, bien reçues ! J'ai transmis votre CV à Capucine, notre fondatrice, qui s'occupe personnellement des recrutements pour la saison.

Nous finalisons actuellement le planning des mariages de mai à septembre ; vous aurez un retour de notre part d'ici une quinzaine de jours.

Belle journée,
Emma
Assistante de coordination – Les Noces de Provence
Grasse · Cannes · Saint-Tropez
"""

OTBA = "Office de Tourisme Baie des Anges"
OTBA_ACK = """Madame Delacroix-N'Diaye,

Nous vous confirmons la réception de votre candidature au poste de Chargé(e) de projets événementiels & accueil congrès (référence OT-2026-014).

Les candidatures seront examinées à la clôture de l'annonce, le 20 avril 2026. Les candidats présélectionnés seront convoqués à une épreuve écrite suivie d'un entretien avec un jury.

Nous vous remercions de l'intérêt que vous portez à l'Office de Tourisme Baie des Anges.

Le service des Ressources Humaines
"""

VIEUXPORT = "Congrès Vieux-Port"
VIEUXPORT_ACK = """Bonjour Anaïs,

Merci d'avoir postulé au poste de Chargée de clientèle séminaires & congrès chez Congrès Vieux-Port.

Nous avons bien reçu votre candidature. Notre équipe l'examinera attentivement et reviendra vers vous si votre profil correspond au poste.

Cordialement,
L'équipe recrutement de Congrès Vieux-Port
"""

SOLEIL = "Soleil Levant Événements"
MANON = ("Manon Petit", "manon.petit@soleil-levant.example.fr")
SOLEIL_ACK = """Bonjour Madame,

Nous avons bien reçu votre candidature pour le poste d'Assistante chef de projet incentive et vous en remercions.

Votre dossier a été transmis à notre directrice de production. Nous reviendrons vers vous dans les meilleurs délais, au plus tard fin février.

Cordialement,

Manon Petit
Assistante RH & Office Manager
Soleil Levant Événements
8, rue d'Antibes – 06400 Cannes
04 93 39 12 80
"""

LEMAN = "Hôtel Riviera Léman"
LEMAN_ACK = """Madame, Monsieur,

Nous vous remercions pour votre candidature au poste de Coordinateur/trice banquets & séminaires et pour l'intérêt que vous portez à l'Hôtel Riviera Léman.

Votre dossier a bien été enregistré. En raison du nombre important de candidatures reçues, nous ne sommes malheureusement pas en mesure de répondre individuellement à chacune d'entre elles. Seules les personnes dont le profil correspond au poste seront contactées pour un entretien.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Service du Personnel
Hôtel Riviera Léman ***** – Quai du Mont-Blanc – Genève
"""

MMI = "Monaco Meetings & Incentives"
MMI_ACK = """Hi Anaïs,

Thanks for applying for the Event Operations Coordinator role at Monaco Meetings & Incentives. We've got your application and our hiring team will review it shortly.

What happens next? If your experience is a good fit, someone from the team will reach out to schedule a first conversation. Either way, we'll let you know once the role has been filled.

Cheers,
Monaco Meetings & Incentives
"""

BRERA = "Brera Luxury Hotels"
BRERA_ACK = """Dear Anaïs,

Thank you for your application for the position of MICE Sales Executive – Milan. We confirm that it has been received and is now being reviewed by our recruitment team.

Please note that only shortlisted candidates will be contacted. We appreciate your patience during the selection process.

Kind regards,
Human Resources
Brera Luxury Hotels
"""

SUNDECK = "Sundeck Yachts"
SUNDECK_ACK = """Hello Anaïs,

Thank you for applying for the Guest Relations & Events Coordinator position with Sundeck Yachts (Antibes). Your application has been received.

Our hiring manager will review applications over the next two weeks.

Thank you,
Sundeck Yachts Hiring Team
"""

BAVARIA = "Bavaria Incentive Reisen"
BAVARIA_ACK = """Hallo Frau Delacroix-N'Diaye,

vielen Dank für Ihre Bewerbung als Projektassistenz Incentive-Reisen (m/w/d). Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir sichten alle Bewerbungen sorgfältig und melden uns in der Regel innerhalb von 14 Tagen bei Ihnen. Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Beste Grüße
Ihr Team von Bavaria Incentive Reisen
"""

ALPEN = "Alpenglühen Events"
LEONIE = ("Leonie Huber", "leonie.huber@alpengluehen-events.example.de")
ALPEN_ACK = """Hallo Anaïs,

danke für deine Bewerbung als Junior Event Managerin bei Alpenglühen Events – ist angekommen!

Wir sind gerade mitten in der Vorbereitung von zwei großen Firmenevents, daher kann es ein paar Tage dauern, bis wir uns melden. Versprochen: Du hörst von uns.

Viele Grüße aus Schwabing
Leonie Huber
Office & People
Alpenglühen Events · Leopoldstraße 71 · 80802 München
"""

MAXHOF = "Hotel Maximilianhof"
MAXHOF_ACK = """Sehr geehrte Bewerberin,

vielen Dank für Ihre Bewerbung für die Position Veranstaltungskoordinator (m/w/d) im Hotel Maximilianhof München.

Ihre Bewerbung ist bei uns eingegangen. Bitte haben Sie Verständnis dafür, dass die Prüfung der Unterlagen einige Zeit in Anspruch nehmen kann. Wir werden uns so bald wie möglich bei Ihnen melden.

Freundliche Grüße
Human Resources
Hotel Maximilianhof München

Dies ist eine automatisch generierte Nachricht.
"""

AZAHAR = "Grupo Hotelero Azahar"
AZAHAR_ACK = f"""Estimada Anaïs:

Le agradecemos su interés en formar parte de Grupo Hotelero Azahar. Le confirmamos que hemos recibido su solicitud para la vacante «Coordinador/a de Eventos y Grupos – Hotel Azahar Sevilla» (ref. 26000871).

Nuestro equipo de Selección revisará su candidatura y se pondrá en contacto con usted en caso de que su perfil se ajuste a los requisitos del puesto.

Atentamente,
Departamento de Recursos Humanos
Grupo Hotelero Azahar

{DISCLAIMER_ES}
"""

JONDO = "Festival Jondo de Sevilla"
LUCIA = ("Lucía Vega", "lvega@festivaljondo.example.es")
JONDO_ACK = """Buenos días, Anaïs:

Te confirmo que hemos recibido tu candidatura para el puesto de Coordinadora de acreditaciones y hospitalidad para la edición de septiembre.

Cerramos la recepción de currículos el 25 de mayo y empezaremos las entrevistas la primera semana de junio. Te diremos algo en cualquier caso.

Saludos,
Lucía Vega
Producción – Festival Jondo de Sevilla
"""

SPECS: list[dict] = [
    m("tempo_ack", "application_received", "fr", "2026-01-09 18:22 +0100",
      ("Tempo Azur Intérim", "ne-pas-repondre@tempoazur.example.fr"),
      "Candidature enregistrée – Hôtesse / Coordinatrice accueil congrès (H/F)", TEMPO_ACK,
      html=page(TEMPO_ACK, brand="Tempo Azur Intérim", color="#f29e4c"), company=TEMPO),
    m("soleil_ack", "application_received", "fr", "2026-01-22 10:48 +0100", MANON,
      "Accusé de réception – Assistante chef de projet incentive", SOLEIL_ACK,
      charset="windows-1252", cte="8bit", company=SOLEIL, contact=MANON[1]),
    m("leman_ack", "application_received", "fr", "2026-02-10 06:30 +0100",
      ("Hôtel Riviera Léman – Recrutement", "ne-pas-repondre@riviera-leman.example.ch"),
      "Votre candidature – Coordinateur/trice banquets & séminaires", LEMAN_ACK,
      charset="iso-8859-1", cte="quoted-printable", company=LEMAN),
    m("sundeck_ack", "application_received", "en", "2026-02-26 15:11 +0000",
      ("Sundeck Yachts", "notifications@bamboohr.com"),
      "Thank you for your application – Guest Relations & Events Coordinator", SUNDECK_ACK,
      html=page(SUNDECK_ACK, lang="en", brand="Sundeck Yachts", color="#2a9d8f",
                footer="Powered by BambooHR"),
      company=SUNDECK),
    m("noces_ack", "application_received", "fr", "2026-03-06 09:17 +0100", EMMA,
      "Re: Candidature spontanée – coordination de mariages", NOCES_ACK,
      parent="noces_apply", quote="fr", company=NOCES, contact=EMMA[1]),
    m("azahar_ack", "application_received", "es", "2026-03-16 07:55 +0000",
      ("Grupo Hotelero Azahar", "grupoazahar@taleo.net"),
      "Confirmación de su solicitud – Coordinador/a de Eventos y Grupos", AZAHAR_ACK,
      charset="iso-8859-1", company=AZAHAR),
    m("otba_ack", "application_received", "fr", "2026-04-03 13:40 +0000",
      ("Office de Tourisme Baie des Anges", "otbaiedesanges-noreply@icims.com"),
      "Accusé de réception de votre candidature – réf. OT-2026-014", None,
      html=shell(
          "<p>Madame Delacroix-N'Diaye,</p>\n"
          "<p>Nous vous confirmons la réception de votre candidature au poste de "
          "<b>Chargé(e) de projets événementiels &amp; accueil congrès</b> "
          "(référence OT-2026-014).</p>\n"
          "<p>Les candidatures seront examinées à la clôture de l'annonce, le 20 avril 2026. "
          "Les candidats présélectionnés seront convoqués à une épreuve écrite suivie d'un "
          "entretien avec un jury.</p>\n"
          "<p>Nous vous remercions de l'intérêt que vous portez à l'Office de Tourisme Baie "
          "des Anges.</p>\n<p>Le service des Ressources Humaines</p>",
          brand="Office de Tourisme Baie des Anges", color="#0077b6",
          footer="Ce message vous est envoyé via iCIMS. Merci de ne pas y répondre."),
      company=OTBA, cte="base64"),
    m("mmi_ack", "application_received", "en", "2026-04-22 09:03 +0000",
      ("Monaco Meetings & Incentives", "no-reply@ashbyhq.com"),
      "Thanks for applying to Monaco Meetings & Incentives", MMI_ACK,
      html=page(MMI_ACK, lang="en", brand=MMI, color="#c1121f"), company=MMI),
    m("bavaria_ack", "application_received", "de", "2026-05-12 10:10 +0200",
      ("Bavaria Incentive Reisen", "noreply@softgarden.io"),
      "Ihre Bewerbung als Projektassistenz Incentive-Reisen (m/w/d)", BAVARIA_ACK,
      html=page(BAVARIA_ACK, lang="de", brand=BAVARIA, color="#1b4965",
                footer="Diese Nachricht wurde über softgarden versendet."),
      company=BAVARIA),
    m("jondo_ack", "application_received", "es", "2026-05-14 12:31 +0200", LUCIA,
      "Re: Candidatura coordinación de acreditaciones", JONDO_ACK, parent="jondo_apply",
      quote="es", company=JONDO,
      contact=LUCIA[1], charset="windows-1252", cte="quoted-printable"),
    m("vieuxport_ack", "application_received", "fr", "2026-05-20 08:45 +0000",
      ("Congrès Vieux-Port", "noreply@workablemail.com"),
      "Merci pour votre candidature – Chargée de clientèle séminaires & congrès",
      VIEUXPORT_ACK, company=VIEUXPORT),
    m("maxhof_ack", "application_received", "de", "2026-05-28 05:12 +0000",
      ("Hotel Maximilianhof München", "maximilianhof@myworkday.com"),
      "Ihre Bewerbung: Veranstaltungskoordinator (m/w/d) – JR-3321", MAXHOF_ACK,
      company=MAXHOF, cte="base64"),
    m("brera_ack", "application_received", "en", "2026-06-08 07:20 +0000",
      ("Brera Luxury Hotels", "noreply@smartrecruiters.com"),
      "Your application for MICE Sales Executive – Milan", BRERA_ACK, company=BRERA),
    m("alpen_ack", "application_received", "de", "2026-07-01 17:35 +0200", LEONIE,
      "Deine Bewerbung bei Alpenglühen Events", ALPEN_ACK, company=ALPEN,
      contact=LEONIE[1], charset="iso-8859-1", cte="8bit"),
]

SPECS = latin1_typed(SPECS)

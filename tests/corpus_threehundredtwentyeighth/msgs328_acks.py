"""Stand-alone acknowledgements and offers of corpus 328."""

from __future__ import annotations

from msgs328_common import Spec, m

SPECS: list[Spec] = []
add = SPECS.append
ACK, OFFER = "application_received", "offer"

# ------------------------------------------------------------------ acknowledgements, French
add(m("ack_breizhcloud", ACK, "fr", "2026-01-09 16:40 +0000",
      ("Breizh Cloud Services", "no-reply@teamtailor-mail.com"),
      "Merci pour votre candidature, Gaëtan !",
      """Bonjour Gaëtan,

Merci d'avoir postulé au poste de Technicien Helpdesk chez Breizh Cloud Services ! Nous avons bien reçu votre candidature.

Notre équipe prend le temps de lire chaque candidature. Nous reviendrons vers vous dès que possible, en général sous deux semaines.

À très vite,
L'équipe Breizh Cloud Services""",
      company="Breizh Cloud Services", fmt="alt", brand="Breizh Cloud Services",
      subj_enc=("utf-8", "Q")))

add(m("ack_hexaflux", ACK, "fr", "2026-03-31 09:02 +0000",
      ("Hexaflux Consulting", "no-reply@hire.lever.co"),
      "Candidature reçue – Ingénieur support infrastructure",
      """Bonjour Gaëtan,

Merci pour votre candidature au poste d'Ingénieur support infrastructure chez Hexaflux Consulting (Paris, La Défense).

Nous l'avons bien reçue et elle sera examinée par notre équipe. Si votre profil correspond, nous vous contacterons pour un premier échange.

Cordialement,
Hexaflux Consulting""",
      company="Hexaflux Consulting", fmt="html", brand="Hexaflux"))

add(m("ack_vilaine", ACK, "fr", "2026-01-19 13:17 +0100",
      ("Gwenaëlle Le Roux", "gwenaelle.leroux@vilaine-telecom.example.fr"),
      "Re: Candidature – Technicien d'exploitation réseau",
      """Bonjour Gaëtan,

Je vous confirme la bonne réception de votre candidature et de votre lettre de motivation. Je les transmets au responsable d'exploitation et je reviens vers vous d'ici la fin de la semaine prochaine.

Belle journée,
Gwenaëlle Le Roux
Chargée de recrutement – Vilaine Télécom
02 99 00 18 66""",
      company="Vilaine Télécom", contact="gwenaelle.leroux@vilaine-telecom.example.fr",
      name_enc=("utf-8", "B"), charset="windows-1252", cte="8bit"))

add(m("ack_ondes", ACK, "fr", "2026-01-27 07:30 +0100",
      ("Ondes d'Erdre – Recrutement", "ne-pas-repondre@ondes-erdre.example.fr"),
      "Accusé de réception",
      """Bonjour,

Nous avons bien reçu votre candidature et vous remercions de l'intérêt que vous portez à Ondes d'Erdre.

Compte tenu du nombre de candidatures, nous ne pouvons malheureusement pas répondre personnellement à chacune d'entre elles. Si votre profil est retenu, nous vous contacterons dans un délai de trois semaines.

Ondes d'Erdre – Service du personnel
Nantes

Message automatique – merci de ne pas répondre.""",
      company="Ondes d'Erdre", charset="windows-1252", cte="quoted-printable"))

add(m("ack_ghla", ACK, "fr", "2026-04-03 12:00 +0000",
      ("Groupe Hospitalier Loire-Anjou", "noreply@taleo.net"),
      "Groupe Hospitalier Loire-Anjou – Confirmation de candidature",
      """Madame, Monsieur,

Nous vous confirmons la réception de votre candidature pour le poste : Technicien(ne) systèmes et réseaux – Angers (Réf. 2600417).

Votre dossier va être étudié par nos équipes. Vous pouvez à tout moment consulter l'état de votre candidature en vous connectant à votre compte.

Nous vous remercions de votre confiance.

Direction des Ressources Humaines
Groupe Hospitalier Loire-Anjou

Ceci est un courriel automatique, merci de ne pas y répondre.""",
      company="Groupe Hospitalier Loire-Anjou", fmt="alt", brand="GH Loire-Anjou"))

add(m("ack_freemission_mirage", ACK, "fr", "2026-06-17 21:04 +0200",
      ("FreeMission", "notifications@freemission.example.fr"),
      "Votre proposition a été envoyée à Studio Mirage Production",
      """Bonjour Gaëtan,

Votre proposition pour la mission « Administration réseau et postes – studio d'enregistrement (Nantes, 20 jours) » a bien été transmise à Studio Mirage Production.

Le client a jusqu'au 26 juin pour étudier les propositions. Vous serez notifié par e-mail dès qu'il aura répondu.

Bonne chance !
L'équipe FreeMission""",
      company="Studio Mirage Production", fmt="html", brand="FreeMission"))

# ------------------------------------------------------------------ acknowledgements, English
add(m("ack_kanaal", ACK, "en", "2026-02-10 10:12 +0000",
      ("Kanaal Data", "noreply@workablemail.com"),
      "Thanks for applying to Kanaal Data",
      """Hi Gaëtan,

Thank you for applying for the IT Service Desk Analyst position at Kanaal Data. This email confirms that we have received your application.

We'll review it as soon as possible and get back to you if your experience matches what we're looking for.

Regards,
Kanaal Data Hiring Team

Powered by Workable""",
      company="Kanaal Data", fmt="alt", brand="Kanaal Data"))

add(m("ack_hrn", ACK, "en", "2026-04-16 12:35 +0000",
      ("Helvetic Relief Network", "no-reply@ashbyhq.com"),
      "Application received – IT Field Support Officer (Geneva)",
      """Dear Gaëtan,

Thank you for your application for the IT Field Support Officer position with Helvetic Relief Network. We confirm that it has been received.

Please note that due to the large number of applications, only shortlisted candidates will be contacted. We aim to complete the shortlisting by the end of May.

With best regards,
People & Culture – Helvetic Relief Network""",
      company="Helvetic Relief Network", cte="quoted-printable"))

# ------------------------------------------------------------------ acknowledgements, German
add(m("ack_klinikum", ACK, "de", "2026-04-13 08:21 +0200",
      ("Klinikum Neckartal", "noreply@softgarden.io"),
      "Eingangsbestätigung Ihrer Bewerbung – Systemadministrator (m/w/d)",
      """Sehr geehrter Herr Le Bihan-Moreau,

vielen Dank für Ihre Bewerbung als Systemadministrator (m/w/d) im Klinikum Neckartal. Hiermit bestätigen wir Ihnen den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns so schnell wie möglich bei Ihnen. Bitte haben Sie Verständnis dafür, dass dies einige Wochen dauern kann.

Mit freundlichen Grüßen
Ihr Personalmanagement
Klinikum Neckartal""",
      company="Klinikum Neckartal", fmt="html", brand="Klinikum Neckartal",
      subj_enc=("windows-1252", "Q")))

add(m("ack_datenwerk", ACK, "de", "2026-08-14 06:50 +0000",
      ("Datenwerk Ludwigsburg", "noreply@successfactors.eu"),
      "Vielen Dank für Ihre Bewerbung – Job-ID 51730",
      """Sehr geehrter Herr Le Bihan-Moreau,

vielen Dank für Ihre Bewerbung als IT Service Technician (m/w/d). Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir werden Ihre Bewerbung nun prüfen und uns zeitnah bei Ihnen melden. Den aktuellen Status können Sie jederzeit in unserem Karriereportal einsehen.

Ihr Talent-Acquisition-Team
Datenwerk Ludwigsburg

Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.""",
      company="Datenwerk Ludwigsburg", fmt="alt", brand="Datenwerk"))

add(m("ack_radio_fildern", ACK, "de", "2026-05-26 12:04 +0200",
      ("Katrin Weißhaupt", "k.weisshaupt@radio-fildern.example.de"),
      "AW: Bewerbung als Techniker Sendebetrieb / IT",
      """Hallo Herr Le Bihan-Moreau,

herzlichen Dank für Ihre Bewerbung, die bei mir gut angekommen ist. Ihr Werdegang vom Tontechniker zur IT ist spannend und passt gut zu unserer Mischung aus Sendetechnik und IT.

Ich sichte in den nächsten Tagen alle Bewerbungen und melde mich spätestens Mitte Juni bei Ihnen.

Herzliche Grüße
Katrin Weißhaupt
Leitung Technik | Radio Fildern Medien""",
      company="Radio Fildern Medien", contact="k.weisshaupt@radio-fildern.example.de",
      charset="windows-1252", cte="quoted-printable", name_enc=("windows-1252", "Q")))

# ------------------------------------------------------------------ acknowledgements, Spanish
add(m("ack_hg_horta", ACK, "es", "2026-03-09 11:00 +0000",
      ("Hospital General de l'Horta", "noreply@taleo.net"),
      "Confirmación de recepción de candidatura – ref. 26-034",
      """Estimado/a Gaëtan Le Bihan-Moreau:

Le confirmamos que hemos recibido correctamente su candidatura a la oferta «Técnico/a de Soporte Informático (ref. 26-034)».

Su solicitud será valorada por el Departamento de Recursos Humanos. Debido al elevado número de candidaturas, no podemos responder de forma individual a cada persona; solo contactaremos con quienes pasen a la siguiente fase.

Atentamente,
Hospital General de l'Horta""",
      company="Hospital General de l'Horta", charset="iso-8859-1", cte="quoted-printable"))

add(m("ack_udt", ACK, "es", "2026-07-06 09:14 +0200",
      ("Sede electrónica – Universidad del Turia", "no-reply@sede.udt.example.es"),
      "Justificante de registro: solicitud de participación en proceso de selección",
      """Se ha registrado correctamente su solicitud con los siguientes datos:

Número de registro: UDT-E-2026-081532
Fecha y hora: 06/07/2026 09:14:02
Interesado: LE BIHAN-MOREAU, GAËTAN
Asunto: Solicitud de participación – Técnico/a de redes (contratación temporal), Servicio de Informática

Este justificante acredita la presentación de su solicitud. La lista de personas admitidas se publicará en el tablón electrónico de la Universidad del Turia.

Este correo ha sido generado automáticamente. No responda a este mensaje.""",
      company="Universidad del Turia", fmt="alt", brand="Universidad del Turia · Sede electrónica",
      name_enc=("utf-8", "B")))

# ------------------------------------------------------------------ offers
add(m("offer_brabanet", OFFER, "en", "2026-06-26 15:40 +0200",
      ("Joris Peeters", "joris.peeters@brabanet.example.be"),
      "Offer of employment – IT Support Engineer",
      """Dear Gaëtan,

Following your interviews with Inge and myself, I am delighted to offer you the position of IT Support Engineer at Brabanet Systems, based in our Brussels office.

Please find attached our offer letter with the details: permanent contract, gross monthly salary of EUR 3,150, meal vouchers, company laptop and a public transport pass. Your proposed start date is 1 September 2026.

We would appreciate your answer by 3 July. Don't hesitate to call me if you have any questions.

Kind regards,

Joris Peeters
HR Business Partner | Brabanet Systems
Chaussée de Louvain 420, 1030 Schaerbeek
T +32 2 000 77 15""",
      company="Brabanet Systems", contact="joris.peeters@brabanet.example.be",
      fmt="alt", brand="",
      attach=[("Brabanet_Offer_Letter_GLBM.pdf",
               ["Brabanet Systems - Offer of employment",
                "Position: IT Support Engineer - Brussels",
                "Start date: 1 September 2026"])]))

add(m("offer_brabanet_sign", OFFER, "en", "2026-07-01 08:05 +0000",
      ("Brabanet Systems via BambooHR", "notifications@app.bamboohr.com"),
      "Brabanet Systems has sent you an employment contract to sign",
      """Hi Gaëtan,

Brabanet Systems has sent you a document to review and sign: "Employment contract – IT Support Engineer".

Please log in to BambooHR to review and sign your contract before 8 July 2026.

Welcome aboard!
BambooHR on behalf of Brabanet Systems

This is an automated message, please do not reply.""",
      company="Brabanet Systems", fmt="html", brand="BambooHR"))

add(m("offer_schwabennetz", OFFER, "de", "2026-08-07 10:30 +0200",
      ("Dennis Krämer", "dennis.kraemer@schwabennetz.example.de"),
      "Ihr Angebot: Netzwerkadministrator (m/w/d)",
      """Sehr geehrter Herr Le Bihan-Moreau,

vielen Dank für das angenehme Gespräch am vergangenen Freitag. Wir möchten Ihnen gerne die Position als Netzwerkadministrator (m/w/d) in unserem Team Netzbetrieb anbieten.

Die Eckdaten: unbefristeter Vertrag, 38,5-Stunden-Woche, Jahresgehalt 49.500 € brutto, Rufbereitschaft nach Vereinbarung, Start zum 1. Oktober 2026 oder nach Absprache. Den Vertragsentwurf erhalten Sie von unserer Personalabteilung in den nächsten Tagen.

Ich würde mich sehr freuen, Sie bald in unserem Team begrüßen zu dürfen.

Mit freundlichen Grüßen
Dennis Krämer
Teamleiter Netzbetrieb
Schwabennetz Telekom GmbH""",
      company="Schwabennetz Telekom", contact="dennis.kraemer@schwabennetz.example.de",
      charset="windows-1252", cte="quoted-printable", name_enc=("iso-8859-1", "Q"),
      subj_enc=None))

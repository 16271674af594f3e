"""Corpus 183, hand-written: application acknowledgements (21) and offers (10)."""

from msgs183_common import (CAND, CAND_NAME, ats_card, outlook_html, paras, plain_html,
                            reply_chain)

MESSAGES = []
add = MESSAGES.append

# =============================================================================== received
# ----------------------------------------------------------------------------- fr

_t = """Bonjour Aurélien,

Merci d'avoir postulé chez Colis Meuse Express pour le poste de Planificateur de tournées – Dépôt de Liège-Bressoux !

Votre candidature est bien arrivée chez nous. Notre équipe recrutement la lira attentivement dans les prochains jours et reviendra vers vous, quelle que soit la réponse.

En attendant, découvrez la vie dans nos dépôts sur notre page carrières.

À bientôt,
L'équipe Colis Meuse Express
"""
add(dict(
    key="colis_ack", kind="application_received", lang="fr",
    company="Colis Meuse Express", contact="",
    frm=("Colis Meuse Express", "no-reply@teamtailor-mail.com"),
    subject="Merci pour votre candidature, Aurélien !",
    date="2026-03-02 21:47 +0000",
    text=_t, html=ats_card("Colis Meuse Express", "#f2a900", paras(_t),
                           "Envoyé par Teamtailor pour le compte de Colis Meuse Express"),
    headers={"Auto-Submitted": "auto-generated"},
))

add(dict(
    key="portmb_ack", kind="application_received", lang="fr",
    company="Port fluvial de Meuse-Basse", contact="i.moreauthys@portmeusebasse.example.be",
    frm=("Isabelle Moreau-Thys", "i.moreauthys@portmeusebasse.example.be"),
    subject="Accusé de réception - candidature PMB/2026/07",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-04-15 09:02", irt="portmb_candidature",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Monsieur,

Nous accusons bonne réception de votre candidature pour la fonction de gestionnaire planning trafic fluvial (réf. PMB/2026/07), parvenue dans les délais.

Votre dossier est complet. Il sera soumis à la commission de présélection, qui se réunira après la clôture de l'appel, le 30 avril. Vous serez informé par courriel de la suite réservée à votre candidature.

Isabelle Moreau-Thys
Service des ressources humaines
Port fluvial de Meuse-Basse
Quai de l'Écluse 3, 5000 Namur
Tél. 081 24 66 10
""",
))

_t = """Bonjour Aurélien,

Nous vous remercions pour votre candidature au poste de Planificateur transport (H/F) – Centre de distribution de Bouge (Réf. R-04471).

Votre dossier a bien été enregistré. Nos équipes l'examineront avec attention.

Compte tenu du nombre important de candidatures reçues, nous ne sommes malheureusement pas en mesure de répondre individuellement à chaque candidat. Si votre profil correspond à nos besoins, un membre de notre équipe vous contactera dans les trois semaines.

Vous pouvez suivre l'état de votre candidature à tout moment dans votre espace candidat.

L'équipe Talent Acquisition
Supermarchés Lambotte
"""
add(dict(
    key="lambotte_workday_ack", kind="application_received", lang="fr",
    company="Supermarchés Lambotte", contact="",
    frm=("Supermarchés Lambotte", "lambotte@myworkday.com"),
    subject="Confirmation de candidature – R-04471",
    date="2026-02-03 19:26 +0000",
    text=_t, html=ats_card("Supermarchés Lambotte – Carrières", "#c8102e", paras(_t),
                           "Workday, Inc. – notification automatique"),
    headers={"Auto-Submitted": "auto-generated"},
))

add(dict(
    key="interimplus_inscription", kind="application_received", lang="fr",
    company="Intérim Plus Meuse", contact="samira.benali@interimplus.example.be",
    frm=("Samira Benali – Intérim Plus Meuse", "samira.benali@interimplus.example.be"),
    subject="Bienvenue chez Intérim Plus Meuse – votre inscription",
    date="2026-05-04 15:48",
    text="""Bonjour Aurélien,

Merci d'être passé à l'agence ce matin. Votre inscription est finalisée : votre dossier (CV, permis B, attestation de formation) est complet et actif dans notre base.

Je l'ai orienté vers nos clients transport et logistique de la région liégeoise, en planification et dispatching comme vous le souhaitez. Je vous contacte dès qu'une demande correspond à votre profil.

N'oubliez pas de me signaler vos périodes d'indisponibilité.

Samira Benali
Consultante Transport & Logistique
Intérim Plus Meuse – Agence de Seraing
Rue Cockerill 101, 4100 Seraing
04 330 61 52 – 0472 88 14 60
""",
))

_t = """Bonjour Aurélien Kowalczyk-Mensah,

Votre inscription en ligne chez Tempo Interim est confirmée. Bienvenue !

Votre numéro de candidat : TI-LG-208841
Votre agence : Tempo Interim Liège Centre, Place Saint-Lambert 22, 4000 Liège

Un consultant de l'agence prendra contact avec vous pour un entretien d'inscription. Pensez à compléter votre profil (disponibilités, permis, certificats) pour recevoir des offres de missions adaptées.

Ceci est un message automatique, merci de ne pas y répondre.
"""
add(dict(
    key="tempo_inscription", kind="application_received", lang="fr",
    company="Tempo Interim", contact="",
    frm=("Tempo Interim", "no-reply@tempo-interim.example.be"),
    subject="Confirmation de votre inscription",
    date="2026-01-26 22:03",
    text=_t, html=plain_html(paras(_t)),
    headers={"Auto-Submitted": "auto-replied"},
))

_t = """Bonjour Aurélien,

Nous avons bien reçu votre candidature pour le poste de Planificateur des tournées de distribution (réf. MGD-26-113) et nous vous remercions de l'intérêt que vous portez aux Messageries du Grand-Duché.

Votre dossier est en cours d'analyse. Nous vous tiendrons informé de son évolution par e-mail.

Cordialement,
Ressources humaines
Messageries du Grand-Duché
"""
add(dict(
    key="mgd_ack", kind="application_received", lang="fr",
    company="Messageries du Grand-Duché", contact="",
    frm=("Messageries du Grand-Duché", "noreply@successfactors.eu"),
    subject="Messageries du Grand-Duché – Candidature reçue (MGD-26-113)",
    date="2026-06-15 06:12 +0000",
    text=_t, html=ats_card("Messageries du Grand-Duché – Carrières", "#00a3e0", paras(_t),
                           "SAP SuccessFactors – message généré automatiquement"),
))

add(dict(
    key="mobilis_taleo_ack", kind="application_received", lang="fr",
    company="Groupe Mobilis Wallonie", contact="",
    frm=("Groupe Mobilis Wallonie - Recrutement", "mobilis@taleo.net"),
    subject="Accusé de réception de votre candidature - Réf. 2600318",
    date="2026-01-14 18:30 +0000",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Cher(e) Aurélien Kowalczyk-Mensah,

Nous accusons réception de votre candidature pour l'offre « Gestionnaire de flux - dépôt de Gosselies » (Réf. 2600318).

Si votre profil est retenu, nous prendrons contact avec vous. Dans le cas contraire, vous recevrez une réponse par courriel à la clôture de l'offre.

Nous vous remercions de votre intérêt pour le Groupe Mobilis Wallonie.

Direction des Ressources Humaines

Merci de ne pas répondre à ce courriel, cette adresse n'est pas consultée.
""",
    headers={"Auto-Submitted": "auto-generated"},
))

_t = """Bonjour Aurélien,

Merci pour votre candidature au poste de Planificateur·rice chaîne du froid chez Entrepôt Froid Hesbaye.

Nous l'avons bien reçue. Nous examinons chaque candidature avec soin et reviendrons vers vous dès que possible.

Cordialement,
L'équipe Entrepôt Froid Hesbaye
"""
add(dict(
    key="froidhesbaye_workable_ack", kind="application_received", lang="fr",
    company="Entrepôt Froid Hesbaye", contact="",
    frm=("Entrepôt Froid Hesbaye", "noreply@candidates.workablemail.com"),
    subject="Merci pour votre candidature – Planificateur·rice chaîne du froid",
    subj_enc=("utf-8", "Q"),
    date="2026-08-10 10:15 +0000",
    text=_t, html=ats_card("Entrepôt Froid Hesbaye", "#1f6feb", paras(_t), "Powered by Workable"),
))

add(dict(
    key="idm_ack", kind="application_received", lang="fr",
    company="Intercommunale des Déchets de Meuse", contact="as.collignon@idm.example.be",
    frm=("Collignon Anne-Sophie (IDM)", "as.collignon@idm.example.be"),
    subject="Candidature – planificateur·trice des collectes",
    date="2026-09-21 14:22",
    text="""Monsieur,

Nous avons bien reçu votre candidature pour la fonction de planificateur/trice des collectes (niveau B) et vous en remercions.

Les candidats recevables seront convoqués à une épreuve écrite dont la date vous sera communiquée prochainement. Nous vous rappelons que la copie de votre diplôme doit nous parvenir au plus tard le 30 septembre.

Anne-Sophie Collignon
Service Sélection & Recrutement
Intercommunale des Déchets de Meuse
""",
))

add(dict(
    key="duboislemaire_ack", kind="application_received", lang="fr",
    company="Quincailleries Dubois-Lemaire", contact="nadia.lemaire@dubois-lemaire.example.be",
    frm=("Nadia Lemaire", "nadia.lemaire@dubois-lemaire.example.be"),
    subject="RE: Candidature planificateur réassort",
    date="2026-10-01 09:37",
    text="""Bonjour Monsieur Kowalczyk-Mensah,

Un petit mot pour vous dire que nous avons bien reçu votre CV et votre lettre. Je les transmets aujourd'hui à notre directeur des opérations, qui gère ce recrutement. Vous aurez de nos nouvelles d'ici deux à trois semaines.

Bien cordialement,

Nadia Lemaire
Ressources humaines
Quincailleries Dubois-Lemaire

""" + reply_chain("fr", "2026-09-30 20:15", CAND_NAME, CAND, """Madame, Monsieur,

Je vous adresse ma candidature pour le poste de planificateur réassort publié sur votre site. Vous trouverez mon CV et ma lettre de motivation en pièces jointes.

Aurélien Kowalczyk-Mensah""") + "\n",
))

# ----------------------------------------------------------------------------- en

_t = """Hi Aurélien,

Thanks for applying to the Yard Planner role at Maasvlakte Container Planning! We've received your application and our team will review it shortly.

We'll be in touch about next steps. In the meantime, feel free to learn more about what we do at the Maasvlakte terminals.

Best,
The Maasvlakte Container Planning Team
"""
add(dict(
    key="mcp_ack", kind="application_received", lang="en",
    company="Maasvlakte Container Planning", contact="",
    frm=("Maasvlakte Container Planning", "no-reply@hire.lever.co"),
    subject="Thanks for applying to Maasvlakte Container Planning",
    date="2026-06-01 19:52 +0000",
    text=_t, html=plain_html(paras(_t)),
))

_t = """Dear Aurélien,

Thank you for your application for the position of Network Planner (Brussels Hub).

This email confirms that we have received your application. Our recruitment team will review your profile and get back to you as soon as possible.

You can check the status of your application at any time in your candidate account.

Best regards,
SwiftParcel Benelux Recruitment Team
"""
add(dict(
    key="swiftparcel_sr_ack", kind="application_received", lang="en",
    company="SwiftParcel Benelux", contact="",
    frm=("SwiftParcel Benelux", "noreply@smartrecruiters.com"),
    subject="Thank you for applying to Network Planner (Brussels Hub)",
    date="2026-01-12 11:40 +0000",
    text=_t, html=ats_card("SwiftParcel Benelux", "#ff6a00", paras(_t),
                           "You received this email because you applied via SmartRecruiters."),
))

_t = """Dear Aurélien Kowalczyk-Mensah,

Thank you for applying for the Store Replenishment Planner position (Req. 4417) at Northgate Retail Benelux.

Your application has been successfully submitted and will be reviewed by our recruitment team.

Due to the high volume of applications we receive, we unfortunately cannot reply to every applicant individually. If your qualifications match our requirements, a recruiter will contact you.

Thank you for your interest in Northgate.

Northgate Retail Benelux Talent Team
"""
add(dict(
    key="northgate_ack", kind="application_received", lang="en",
    company="Northgate Retail Benelux", contact="",
    frm=("Northgate Retail Benelux", "northgate-notifications@icims.com"),
    subject="Application received: Store Replenishment Planner",
    date="2026-07-01 03:14 -0400",
    html=ats_card("Northgate Retail Benelux", "#2d6a4f", paras(_t),
                  "Sent via iCIMS on behalf of Northgate Retail Benelux."),
))

_t = """Hi Aurélien,

We've received your application for Crossdock Shift Planner. Thank you!

Anouk from our recruitment team will look at it this week. You'll hear from us either way.

Limburg Crossdock
"""
add(dict(
    key="limburg_ack", kind="application_received", lang="en",
    company="Limburg Crossdock", contact="",
    frm=("Limburg Crossdock", "limburgcrossdock@jobs.recruitee.com"),
    subject="We received your application",
    date="2026-03-23 20:06",
    text=_t, html=ats_card("Limburg Crossdock", "#ef7d00", paras(_t), "Sent with Recruitee"),
))

_t = """Hi Aurélien,

Thanks for applying to Barge Slot Coordinator at Rotterdam Barge Coordination Centre. We've received your application and will review it soon.

If you have any questions, please don't reply to this email - it is not monitored.

Rotterdam Barge Coordination Centre
"""
add(dict(
    key="rbcc_ack", kind="application_received", lang="en",
    company="Rotterdam Barge Coordination Centre", contact="",
    frm=("Rotterdam Barge Coordination Centre", "no-reply@ashbyhq.com"),
    subject="Thanks for applying to Rotterdam Barge Coordination Centre",
    date="2026-09-01 07:45 +0000",
    text=_t, cte="base64",
))

# ----------------------------------------------------------------------------- de

_t = """Hallo Aurélien Kowalczyk-Mensah,

vielen Dank für Ihre Bewerbung als Disponent Tourenplanung (m/w/d) bei der Dreiländer Logistik GmbH.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb von zwei Wochen bei Ihnen.

Freundliche Grüße
Ihr Personalteam der Dreiländer Logistik GmbH

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
"""
add(dict(
    key="dreilaender_ack", kind="application_received", lang="de",
    company="Dreiländer Logistik", contact="",
    frm=("Dreiländer Logistik GmbH", "noreply@personio.de"), frm_enc=("iso-8859-1", "B"),
    subject="Eingangsbestätigung Ihrer Bewerbung",
    subj_enc=("iso-8859-1", "B"),
    date="2026-07-06 07:33 +0000",
    text=_t, html=ats_card("Dreiländer Logistik", "#7a1f2b", paras(_t)),
))

_t = """Sehr geehrter Herr Kowalczyk-Mensah,

herzlichen Dank für Ihre Bewerbung als Disponent Nahverkehr (m/w/d) und Ihr Interesse an der Spedition Hövelmann.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir werden uns nach Prüfung zeitnah mit Ihnen in Verbindung setzen. Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Spedition Hövelmann GmbH & Co. KG
"""
add(dict(
    key="hoevelmann_ack", kind="application_received", lang="de",
    company="Spedition Hövelmann", contact="",
    frm=("Spedition Hövelmann GmbH & Co. KG", "noreply@softgarden.io"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Vielen Dank für Ihre Bewerbung",
    date="2026-02-10 12:58 +0000",
    text=_t, html=ats_card("Spedition Hövelmann – Karriere", "#004b87", paras(_t),
                           "Diese E-Mail wurde automatisch über softgarden versendet."),
))

add(dict(
    key="pdeuregio_registrierung", kind="application_received", lang="de",
    company="Personaldienst Euregio", contact="s.lennartz@pd-euregio.example.de",
    frm=("Sabine Lennartz", "s.lennartz@pd-euregio.example.de"),
    subject="Ihre Registrierung bei Personaldienst Euregio",
    date="2026-05-04 17:21",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Hallo Herr Kowalczyk-Mensah,

danke für das nette Telefonat heute. Ich habe Ihre Unterlagen erhalten und Sie in unserem Bewerberpool für Disposition und Logistik registriert. Ihr Lebenslauf auf Deutsch ist gut verständlich, das Anschreiben würde ich noch etwas kürzen.

Sobald einer unserer Kunden in Aachen oder Umgebung eine passende Stelle meldet, rufe ich Sie an.

Beste Grüße
Sabine Lennartz
Personalberaterin
Personaldienst Euregio GmbH
Theaterstraße 60, 52062 Aachen
Telefon 0241 990 4410
""",
))

# ----------------------------------------------------------------------------- es

_t = """Hola Aurélien,

Gracias por tu interés en el puesto de Planificador/a de Transporte en Plataforma Logística Ebro.

Hemos recibido tu candidatura correctamente. Nuestro equipo de selección la revisará en los próximos días y, si tu perfil encaja, nos pondremos en contacto contigo para una primera entrevista.

Un saludo,
Equipo de Personas - Plataforma Logística Ebro
"""
add(dict(
    key="ebro_ack", kind="application_received", lang="es",
    company="Plataforma Logística Ebro", contact="",
    frm=("Plataforma Logística Ebro", "notifications@app.bamboohr.com"),
    subject="Hemos recibido tu candidatura - Planificador/a de Transporte",
    subj_enc=("iso-8859-1", "B"),
    date="2026-08-17 16:05 +0000",
    text=_t, html=ats_card("Plataforma Logística Ebro", "#73ac1f", paras(_t),
                           "Enviado a través de BambooHR"),
))

add(dict(
    key="talento_registro", kind="application_received", lang="es",
    company="Talento Logístico Aragón", contact="jlanuza@talentologistico.example.es",
    frm=("Javier Lanuza", "jlanuza@talentologistico.example.es"),
    subject="Alta en Talento Logístico Aragón",
    date="2026-08-03 13:10",
    charset="iso-8859-1", cte="8bit",
    text="""Hola Aurélien:

Te confirmo que ya estás dado de alta en nuestra base de candidatos. He recibido tu CV en español y el certificado de tu experiencia en la distribución postal.

Como me comentaste, te he marcado para puestos de planificación de rutas y tráfico en Zaragoza y alrededores, con incorporación a partir de septiembre. Te iré llamando según vayan saliendo procesos.

Un saludo,

Javier Lanuza
Consultor de Selección - Logística y Transporte
Talento Logístico Aragón
Paseo de la Independencia 24, 50004 Zaragoza
Tel. 976 30 88 14
""",
))

_t = """Estimado/a Aurélien Kowalczyk-Mensah:

Gracias por presentar tu candidatura para la vacante de Coordinador/a de Última Milla (Ref. 26-0210).

Confirmamos que la hemos recibido. Revisaremos tu perfil y, si encaja con los requisitos del puesto, contactaremos contigo.

Recibimos un gran número de solicitudes, por lo que lamentablemente no podemos responder de forma personalizada a cada una.

Atentamente,
Departamento de Personas
Paquetería Cierzo
"""
add(dict(
    key="cierzo_ack", kind="application_received", lang="es",
    company="Paquetería Cierzo", contact="",
    frm=("Paquetería Cierzo - Empleo", "cierzo@taleo.net"), frm_enc=("utf-8", "B"),
    subject="Confirmación de candidatura – Coordinador/a de Última Milla",
    subj_enc=("utf-8", "Q"),
    date="2026-02-16 10:00 +0000",
    text=_t, html=ats_card("Paquetería Cierzo · Empleo", "#e30613", paras(_t)),
    headers={"Auto-Submitted": "auto-generated"},
))

# =============================================================================== offers
# ----------------------------------------------------------------------------- fr

add(dict(
    key="colis_offre", kind="offer", lang="fr",
    company="Colis Meuse Express", contact="n.jacquemin@colismeuse.example.be",
    frm=("Nathalie Jacquemin", "n.jacquemin@colismeuse.example.be"),
    subject="Proposition d'engagement – Planificateur de tournées",
    date="2026-04-02 11:10", irt="colis_merci",
    text="""Bonjour Monsieur Kowalczyk-Mensah,

J'ai le plaisir de vous annoncer que nous souhaitons vous engager comme Planificateur de tournées au dépôt de Liège-Bressoux.

Vous trouverez en pièce jointe notre proposition détaillée : contrat à durée indéterminée, temps plein (38 h/semaine), entrée en fonction le 1er juin 2026, rémunération brute de 3 250 € par mois, chèques-repas, assurance groupe et voiture de service pour les déplacements entre dépôts.

Nous vous serions reconnaissants de nous faire part de votre décision pour le 10 avril au plus tard. Je reste bien entendu disponible pour en discuter.

Toute l'équipe, et Laurent Piette en particulier, se réjouit de votre arrivée.

Bien à vous,

Nathalie Jacquemin
Responsable recrutement
Colis Meuse Express
Quai des Ardennes 118, 4020 Liège
04 340 22 18
""",
    pdfs=[dict(name="Proposition_engagement_Kowalczyk-Mensah.pdf", lines=[
        "Colis Meuse Express", "Quai des Ardennes 118, 4020 Liège", "",
        "Proposition d'engagement", "", "Candidat : Aurélien Kowalczyk-Mensah",
        "Fonction : Planificateur de tournées – Dépôt de Liège-Bressoux",
        "Contrat : durée indéterminée, temps plein (38 h)", "Entrée en fonction : 1er juin 2026",
        "Rémunération brute mensuelle : 3 250 EUR", "Réponse souhaitée : 10 avril 2026"])],
))

add(dict(
    key="interimplus_offre_client", kind="offer", lang="fr",
    company="Transports Dethier", contact="samira.benali@interimplus.example.be",
    frm=("Samira Benali – Intérim Plus Meuse", "samira.benali@interimplus.example.be"),
    subject="Transports Dethier vous veut !",
    date="2026-05-27 10:04", irt="interimplus_dethier_deplace",
    text="""Bonjour Aurélien,

Je sors d'un appel avec M. Dethier : le client souhaite vous faire une offre pour le poste de planificateur/dispatcheur.

Concrètement : une mission de trois mois via notre agence à partir du 15 juin, 13,90 €/h brut, horaire de jour 6 h – 14 h 30, puis un CDI chez Transports Dethier si tout se passe bien. Ils ont été impressionnés par votre exercice de planification des tournées de Seraing.

Passez à l'agence cette semaine pour signer le contrat-cadre, ou appelez-moi pour en parler avant. Le client attend une réponse pour vendredi.

Félicitations !

Samira Benali
Consultante Transport & Logistique
Intérim Plus Meuse – Agence de Seraing
04 330 61 52 – 0472 88 14 60
""",
))

_t = """Bonjour Aurélien,

Merci encore pour notre échange téléphonique de ce matin. Comme annoncé par M. Wagner, nous sommes heureux de vous proposer le poste de Planificateur des tournées de distribution au centre de tri de Bertrange.

Pour récapituler ce qui a été dit :
- contrat à durée indéterminée, période d'essai de six mois ;
- salaire annuel brut de 52 000 €, treizième mois inclus ;
- horaire de jour, télétravail possible un jour par semaine (dans la limite des 34 jours fiscaux) ;
- début souhaité : 1er septembre 2026.

Le contrat écrit vous parviendra la semaine prochaine par courrier et par e-mail. D'ici là, n'hésitez pas à me contacter pour toute question, notamment sur les aspects frontaliers.

Bien cordialement,

Carole Hoffmann
Talent Acquisition Specialist
Messageries du Grand-Duché
+352 26 44 90 12
"""
add(dict(
    key="mgd_offre_orale", kind="offer", lang="fr",
    company="Messageries du Grand-Duché", contact="carole.hoffmann@mgd.example.lu",
    frm=("Carole Hoffmann", "carole.hoffmann@mgd.example.lu"),
    subject="Suite à notre appel – votre proposition d'engagement",
    date="2026-07-20 12:18", irt="mgd_report",
    text=_t, html=outlook_html(paras(_t)), cte="quoted-printable",
))

add(dict(
    key="nda_contrat_signature", kind="offer", lang="fr",
    company="Namur Distribution Alimentaire", contact="o.hanquet@nda.example.be",
    frm=("Olivier Hanquet", "o.hanquet@nda.example.be"),
    subject="Votre contrat – Planificateur approvisionnement magasins",
    date="2026-10-08 17:26",
    text="""Bonjour Aurélien,

Suite à notre accord de lundi, je vous envoie votre contrat de travail pour le poste de planificateur approvisionnement magasins.

Vous le recevrez dans quelques minutes via notre plateforme de signature électronique (expéditeur : signature@nda.example.be). Il vous suffit de vérifier les informations, puis de signer avec votre carte d'identité via itsme. Le lien est valable sept jours.

Une fois le contrat signé, notre secrétariat social vous enverra les documents Dimona et la fiche d'accueil. Première journée prévue le lundi 2 novembre à 7 h 30 à l'entrepôt de Rhisnes.

Bienvenue à bord !

Olivier Hanquet
Directeur logistique
Namur Distribution Alimentaire
Rue de la Science 14, 5080 Rhisnes
081 58 22 40
""",
))

add(dict(
    key="postemosane_mobilite", kind="offer", lang="fr",
    company="Poste Mosane", contact="mireille.thonon@postemosane.example.be",
    frm=("Thonon Mireille", "mireille.thonon@postemosane.example.be"),
    subject="Mobilité interne – proposition de fonction Planificateur régional",
    subj_enc=("windows-1252", "Q"),
    date="2026-09-28 15:44",
    charset="windows-1252", cte="base64",
    text="""Cher collègue,

Suite à votre candidature interne et à l'entretien du 17 septembre avec M. Defourny, j'ai le plaisir de vous proposer la fonction de Planificateur régional – Centre de distribution de Liège-Nord, au grade d'expert opérationnel.

Les conditions de ce changement de fonction sont reprises dans le document joint : maintien de votre ancienneté, augmentation barémique, horaire de jour (7 h – 15 h 30), prise de fonction le 1er décembre 2026 après une formation de trois semaines à Bruxelles.

Merci de me faire connaître votre décision par retour de courriel d'ici le 9 octobre.

Avec mes salutations cordiales,

Mireille Thonon
Gestionnaire RH – Mobilité interne
Poste Mosane – Région Liège
Rue de la Régence 31, 4000 Liège
Tél. 04 220 55 71

Ce message est destiné uniquement à la personne ou à l'entité à laquelle il est adressé et peut contenir des informations confidentielles. Toute utilisation non autorisée est interdite.
""",
    pdfs=[dict(name="Proposition_mobilite_interne.pdf", lines=[
        "Poste Mosane – Ressources humaines", "",
        "Proposition de changement de fonction", "Agent : Aurélien Kowalczyk-Mensah",
        "Nouvelle fonction : Planificateur régional – CD Liège-Nord",
        "Grade : expert opérationnel", "Prise de fonction : 1er décembre 2026",
        "Réponse attendue : 9 octobre 2026"])],
))

# ----------------------------------------------------------------------------- en

add(dict(
    key="northgate_offer", kind="offer", lang="en",
    company="Northgate Retail Benelux", contact="priya.raman@northgate.example.com",
    frm=("Priya Raman", "priya.raman@northgate.example.com"),
    subject="Offer of employment - Store Replenishment Planner",
    date="2026-08-12 16:00",
    text="""Dear Aurélien,

Following your interviews with me and with our Regional Operations Director, I am delighted to offer you the position of Store Replenishment Planner, based at our Benelux office in Zaventem.

Your offer letter is attached. In short:
- permanent contract, full time, start date 1 October 2026
- gross annual salary of EUR 46,500 plus a 10% target bonus
- company car or mobility budget, meal vouchers, hospitalisation insurance
- hybrid working: three days in the office, two from home

Please review the letter and let me know your decision by 21 August. I'd be glad to set up a call if you have questions.

We very much hope you'll join us.

Best regards,
Priya Raman
Replenishment Manager, Benelux
Northgate Retail Benelux
Da Vincilaan 9, 1930 Zaventem
+32 2 700 18 55
""",
    pdfs=[dict(name="Northgate_Offer_Letter_AKM.pdf", lines=[
        "Northgate Retail Benelux", "Offer of employment", "",
        "Name: Aurelien Kowalczyk-Mensah", "Position: Store Replenishment Planner",
        "Start date: 1 October 2026", "Gross annual salary: EUR 46,500",
        "Please reply by 21 August 2026."])],
))

add(dict(
    key="euregiocoldchain_contract", kind="offer", lang="en",
    company="Euregio Cold Chain", contact="lars.janssen@euregiocoldchain.example.nl",
    frm=("Lars Janssen", "lars.janssen@euregiocoldchain.example.nl"),
    cc=[("HR Euregio Cold Chain", "hr@euregiocoldchain.example.nl")],
    subject="Your employment contract - Transport Planner",
    date="2026-10-12 09:25",
    text="""Hi Aurélien,

Great talking to you on Friday, and thanks for accepting our offer in principle.

As promised, attached is your employment contract for the Transport Planner role in Maastricht-Airport, together with the staff handbook. Could you sign both and send them back to me, or to HR in copy, by the end of next week? A scan or photo of the signed pages is fine.

A couple of practical points for cross-border workers: our payroll provider will contact you about the A1 form, and you'll need a Dutch BSN, which we can help you arrange on your first day.

Welcome to the team!

Lars Janssen
Head of Transport Planning
Euregio Cold Chain B.V.
Vliegveldweg 41, 6199 AD Maastricht-Airport
+31 43 711 20 90
""",
    pdfs=[dict(name="Employment_Contract_Kowalczyk-Mensah.pdf", lines=[
        "EMPLOYMENT CONTRACT", "Euregio Cold Chain B.V.", "",
        "Employee: Aurelien Kowalczyk-Mensah", "Position: Transport Planner",
        "Start date: 1 December 2026", "Signature employee: ____________________"]),
          dict(name="Staff_Handbook_2026.pdf", lines=[
        "Euregio Cold Chain - Staff Handbook 2026", "Working hours, leave, safety."])],
))

# ----------------------------------------------------------------------------- de

_t = """Sehr geehrter Herr Kowalczyk-Mensah,

wir freuen uns, Ihnen nach den Gesprächen mit Herrn Brandts und mir die Stelle als Disponent Tourenplanung (m/w/d) anbieten zu können.

Die wesentlichen Eckdaten finden Sie im beigefügten Angebotsschreiben:
- unbefristete Anstellung in Vollzeit (40 Stunden), Probezeit sechs Monate
- Bruttojahresgehalt 47.000 Euro, zzgl. Urlaubs- und Weihnachtsgeld
- Eintritt zum 1. Oktober 2026
- Jobticket für den Euregio-Verkehr

Bitte lassen Sie uns bis zum 14. August wissen, ob Sie das Angebot annehmen. Für Rückfragen stehe ich Ihnen gern telefonisch zur Verfügung.

Mit freundlichen Grüßen
Jana Kerkhoff
Personalreferentin
Dreiländer Logistik GmbH
Neuenhofstraße 180, 52078 Aachen
Tel. 0241 47 11 820

Dreiländer Logistik GmbH · Sitz: Aachen · Registergericht Aachen HRB 00000 · Geschäftsführung: M. Heinen
"""
add(dict(
    key="dreilaender_angebot", kind="offer", lang="de",
    company="Dreiländer Logistik", contact="j.kerkhoff@dreilaender-logistik.example.de",
    frm=("Jana Kerkhoff", "j.kerkhoff@dreilaender-logistik.example.de"),
    subject="Ihr Vertragsangebot – Disponent Tourenplanung",
    date="2026-08-05 10:40", irt="dreilaender_verschoben",
    text=_t, html=outlook_html(paras(_t)),
    pdfs=[dict(name="Angebotsschreiben_Kowalczyk-Mensah.pdf", lines=[
        "Dreiländer Logistik GmbH", "Angebotsschreiben", "",
        "Herr Aurélien Kowalczyk-Mensah", "Position: Disponent Tourenplanung (m/w/d)",
        "Eintritt: 1. Oktober 2026", "Bruttojahresgehalt: 47.000 EUR",
        "Rückmeldung bis: 14. August 2026"])],
))

add(dict(
    key="pdeuregio_eilers_angebot", kind="offer", lang="de",
    company="Eilers Lagertechnik", contact="s.lennartz@pd-euregio.example.de",
    frm=("Sabine Lennartz", "s.lennartz@pd-euregio.example.de"),
    subject="Gute Nachrichten von Eilers Lagertechnik",
    date="2026-06-23 14:12",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Hallo Herr Kowalczyk-Mensah,

nach dem Kennenlernen letzte Woche in Stolberg hat sich Eilers Lagertechnik heute gemeldet: Der Kunde möchte Ihnen ein Angebot machen!

Die Eckdaten: Einsatz als Disponent Ersatzteillogistik ab 1. August, zunächst über uns in Arbeitnehmerüberlassung zu 19,50 Euro brutto pro Stunde, Übernahme durch Eilers nach spätestens neun Monaten fest zugesagt.

Den Arbeitsvertrag mit uns bereite ich vor. Können Sie am Donnerstag zur Unterschrift ins Büro in der Theaterstraße kommen?

Herzlichen Glückwunsch und beste Grüße
Sabine Lennartz
Personalberaterin
Personaldienst Euregio GmbH
Telefon 0241 990 4410
""",
))

# ----------------------------------------------------------------------------- es

add(dict(
    key="talento_moncayo_oferta", kind="offer", lang="es",
    company="Distribuciones Moncayo", contact="jlanuza@talentologistico.example.es",
    frm=("Javier Lanuza", "jlanuza@talentologistico.example.es"),
    subject="¡Oferta de Distribuciones Moncayo!",
    date="2026-09-10 11:55", irt="talento_moncayo_cambio",
    text="""Hola Aurélien:

¡Enhorabuena! Marta Royo me acaba de llamar: el cliente quiere hacerte una oferta para el puesto de planificador de rutas.

Lo que me ha trasladado:
- contrato indefinido directamente con Distribuciones Moncayo
- 27.500 € brutos anuales en 14 pagas
- horario de 7:00 a 15:00 de lunes a viernes
- incorporación el 1 de octubre

Te mandarán la carta de oferta por correo esta semana, pero quería adelantártelo. Llámame cuando puedas y lo hablamos con calma, sobre todo el tema de la mudanza.

Un abrazo,

Javier Lanuza
Talento Logístico Aragón
Tel. 976 30 88 14
""",
))

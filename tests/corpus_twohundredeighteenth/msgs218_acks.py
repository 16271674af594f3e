"""Corpus 218: application acknowledgements and offers."""

from msgs218_common import ME, M, ats_card, gmail_html, quote, word_html, wrote

MESSAGES = []
add = MESSAGES.append

# ============================================================ application_received

T = """Hi Baptiste,

Thank you for applying for the Network Scheduling Officer position at Maasstad Transit. We have received your application and our team will review it carefully.

If your experience matches what we are looking for, a member of our Talent team will contact you within two weeks to discuss next steps.

In the meantime, you can learn more about how we keep Rotterdam moving at https://www.maasstadtransit.example.nl/careers.

Kind regards,
The Maasstad Transit Talent Team

Please do not reply to this email; this mailbox is not monitored."""
add(M(kind="application_received", slug="maasstad_greenhouse_ack", lang="en",
      company="Maasstad Transit", contact="", mid="maasstad_ack",
      frm=("Maasstad Transit", "no-reply@greenhouse-mail.io"),
      subject="Thank you for applying to Maasstad Transit", date="2026-02-03 07:31",
      tz="+0000", text=T,
      html=ats_card(T, "Maasstad Transit", "#00843d", "Powered by Greenhouse.")))

T = """Bonjour Baptiste,

Nous vous remercions pour l'intérêt que vous portez à Transports Sambre-Meuse et pour votre candidature au poste suivant :

Planificateur·trice adjoint·e – dépôts de Namur et Jambes (R-2026-0017)

Votre dossier a bien été enregistré. Nos équipes de recrutement l'examineront dans les meilleurs délais. Vous pouvez suivre l'état de votre candidature à tout moment depuis votre espace candidat :
https://tsm.wd3.myworkday.com/tsm_careers/userHome

Cordialement,
Le service Recrutement
Transports Sambre-Meuse

Ce message a été envoyé automatiquement. Merci de ne pas y répondre."""
add(M(kind="application_received", slug="tsm_workday_ack", lang="fr",
      company="Transports Sambre-Meuse", contact="", mid="tsm_ack",
      frm=("Transports Sambre-Meuse", "tsm@myworkday.com"),
      subject="Candidature reçue : Planificateur·trice adjoint·e (R-2026-0017)",
      subj_enc="utf-8/b", date="2026-01-12 12:04", tz="+0000", text=T,
      html=ats_card(T, "Transports Sambre-Meuse", "#e30613"), cte="base64"))

T = """Sehr geehrter Herr Nakamura-Leroy,

vielen Dank für Ihre Bewerbung als Disponent/in Fahrdienst (m/w/d) und Ihr Interesse an der Domstadt Verkehrsgesellschaft.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen alle Bewerbungen sorgfältig und melden uns, sobald wir eine Entscheidung über die nächsten Schritte getroffen haben. Dies kann einige Wochen dauern.

Bitte haben Sie Verständnis dafür, dass wir aufgrund der hohen Zahl an Bewerbungen leider nicht jedem Bewerber individuell auf Rückfragen antworten können.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Domstadt Verkehrsgesellschaft mbH

Diese E-Mail wurde automatisch erstellt."""
add(M(kind="application_received", slug="domstadt_personio_eingang", lang="de",
      company="Domstadt Verkehrsgesellschaft", contact="", mid="dvg_ack",
      frm=("Domstadt Verkehrsgesellschaft mbH", "noreply@personio.de"),
      subject="Eingangsbestätigung Ihrer Bewerbung – Disponent/in Fahrdienst",
      date="2026-03-02 10:11", text=T,
      html=ats_card(T, "Domstadt Verkehrsgesellschaft", "#c8102e",
                    "Diese Nachricht wurde über Personio versendet."),
      charset="iso-8859-1", cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")]))

T = """Bonjour Baptiste,

Merci d'avoir postulé chez Métropole Transports Lille !

Nous confirmons la bonne réception de votre candidature pour le poste de Régulateur·rice planification (réf. MTL-2026-041). Notre équipe recrutement va l'étudier avec attention.

Si votre profil correspond à nos besoins, nous vous contacterons pour convenir d'un premier échange. Dans le cas contraire, nous vous en informerons également.

À bientôt,
L'équipe Recrutement – Métropole Transports Lille"""
add(M(kind="application_received", slug="mtl_smartrecruiters_ack", lang="fr",
      company="Métropole Transports Lille", contact="", mid="mtl_ack",
      frm=("Métropole Transports Lille", "noreply@smartrecruiters.com"),
      subject="Nous avons bien reçu votre candidature", date="2026-04-07 13:26",
      tz="+0000", html=ats_card(T, "Métropole Transports Lille", "#d40f7d",
                                "Powered by SmartRecruiters"), cte="quoted-printable"))

T = """Hola Baptiste:

¡Gracias por tu candidatura para Planificador/a de servicios – línea Bruselas–Lieja–Colonia!

La hemos recibido correctamente. Nuestro equipo la revisará en los próximos días y te contactaremos si tu perfil encaja con lo que buscamos.

Mientras tanto, puedes consultar el estado de tu candidatura en nuestro portal de empleo.

Saludos,
Equipo de selección – Autocares Ibéricos Benelux"""
add(M(kind="application_received", slug="autocares_ibericos_teamtailor_ack", lang="es",
      company="Autocares Ibéricos Benelux", contact="", mid="aib_ack",
      frm=("Autocares Ibéricos Benelux", "no-reply@teamtailor-mail.com"), frm_enc="utf-8/b",
      subject="Hemos recibido tu candidatura", date="2026-05-04 18:44", text=T,
      html=ats_card(T, "Autocares Ibéricos Benelux", "#b3122e", "Enviado con Teamtailor."),
      cte="8bit"))

T = """Bonjour Baptiste,

Merci d'être passé à l'agence ce matin. Je vous confirme votre inscription chez Flexa Intérim comme dispatcher / agent de planning et chauffeur D.

Votre dossier est complet : carte d'identité, permis D, carte de qualification conducteur et CV. Je l'ai transmis à mes collègues de Namur et de Charleroi.

Je vous appelle dès que j'ai une demande client qui correspond. En attendant, n'hésitez pas à me signaler vos jours de repos pour que je puisse organiser d'éventuels entretiens.

Bonne journée,

Mehdi Benali
Consultant Transport & Logistique
Flexa Intérim – agence de Charleroi
Boulevard Tirou 88, 6000 Charleroi
T +32 71 00 53 20 | M +32 478 00 91 14"""
add(M(kind="application_received", slug="flexa_registration_confirmed", lang="fr",
      company="Flexa Intérim", contact="mehdi.benali@flexa-interim.example.be", mid="flexa_reg",
      frm=("Mehdi Benali", "mehdi.benali@flexa-interim.example.be"),
      subject="Confirmation de votre inscription chez Flexa Intérim",
      subj_enc="iso-8859-1/q", date="2026-01-15 11:37", text=T, charset="windows-1252",
      cte="quoted-printable"))

T = """Bonjour Baptiste Nakamura-Leroy,

Nous accusons réception de votre candidature pour le poste « Planificateur / Planificatrice (m/f) » (réf. 7341) au sein d'Autobus Moselle-Alzette.

Nous étudions chaque dossier avec attention. Si votre profil est retenu pour la suite du processus, un membre de l'équipe RH prendra contact avec vous.

Vous pouvez consulter le statut de votre candidature sur notre portail carrières.

Cordialement,
Ressources Humaines – Autobus Moselle-Alzette

Merci de ne pas répondre à ce message automatique."""
add(M(kind="application_received", slug="ama_successfactors_ack", lang="fr",
      company="Autobus Moselle-Alzette", contact="", mid="ama_ack",
      frm=("Autobus Moselle-Alzette", "noreply@successfactors.eu"),
      subject="Accusé de réception – Planificateur / Planificatrice (m/f) – réf. 7341",
      subj_enc="iso-8859-1/b", date="2026-08-03 06:50", tz="+0000", text=T,
      html=ats_card(T, "Autobus Moselle-Alzette", "#004b87")))

T = """Bonjour Baptiste,

Merci pour votre candidature au poste de Planificateur·rice des circulations fret chez Rail Wallonie Fret.

Votre candidature a bien été reçue et sera examinée par notre équipe. Malheureusement, compte tenu du nombre important de candidatures, nous ne pouvons pas répondre individuellement à chaque candidat. Si votre profil est retenu, nous vous contacterons dans un délai de trois semaines.

Nous vous remercions de votre intérêt pour Rail Wallonie Fret.

Talent Acquisition – Rail Wallonie Fret

Cet e-mail a été envoyé depuis une adresse qui ne peut pas recevoir de messages."""
add(M(kind="application_received", slug="rwf_icims_ack_no_individual_reply", lang="fr",
      company="Rail Wallonie Fret", contact="", mid="rwf_ack",
      frm=("Rail Wallonie Fret", "donotreply@icims.com"),
      subject="Rail Wallonie Fret – candidature reçue", date="2026-01-28 15:02",
      tz="+0000", text=T, html=ats_card(T, "Rail Wallonie Fret", "#5d6d7e"),
      cte="quoted-printable"))

T = """Monsieur,

Nous accusons bonne réception de votre candidature à l'emploi de gestionnaire mobilité – planification des transports communaux (niveau B), reçue le 14 février 2026.

Votre dossier est complet. La commission de sélection examinera les candidatures après la date de clôture de l'appel, fixée au 28 février. Les candidats admis aux épreuves recevront une convocation par courriel.

Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

Martine Collignon
Service du personnel – Ville de Hautmeuse
Place Communale 1, 5300 Hautmeuse
Tél. 085 00 12 80"""
add(M(kind="application_received", slug="hautmeuse_accuse_reception", lang="fr",
      company="Ville de Hautmeuse", contact="martine.collignon@hautmeuse.example.be",
      mid="hautmeuse_ack",
      frm=("Martine Collignon", "martine.collignon@hautmeuse.example.be"),
      subject="Accusé de réception – candidature gestionnaire mobilité",
      date="2026-02-16 09:20", text=T, charset="iso-8859-1", cte="8bit"))

T = """Bonjour Monsieur Nakamura-Leroy,

Nous avons bien reçu votre CV et votre lettre de candidature spontanée, et nous vous en remercions.

Nous n'avons pas de poste de planification ouvert à l'heure actuelle, mais votre dossier a été transmis au responsable du service exploitation. Nous revenons vers vous si une opportunité se présente dans les prochains mois.

Bien cordialement,

Laurence Piron
Gestionnaire RH
Tram Liège Exploitation
Rue Natalis 00, 4020 Liège
04 000 91 30"""
add(M(kind="application_received", slug="tram_liege_cv_bien_recu", lang="fr",
      company="Tram Liège Exploitation", contact="laurence.piron@tramliege.example.be",
      mid="tle_ack", irt="tle_application",
      frm=("Laurence Piron", "laurence.piron@tramliege.example.be"),
      reply_to=("Laurence Piron", "laurence.piron@tramliege.example.be"),
      subject="RE: Candidature spontanée – agent de planification / régulateur",
      date="2026-01-21 11:08", text=T, html=word_html(T), cte="quoted-printable"))

add(M(kind="application_received", slug="sambre_bamboohr_ack", lang="fr",
      company="Sambre Logistique", contact="", mid="sambre_ack",
      frm=("Sambre Logistique", "notifications@bamboohr.com"),
      subject="Merci pour votre candidature – Assistant planning transport",
      date="2026-05-11 08:02", tz="+0000",
      text="""Bonjour Baptiste,

Merci d'avoir postulé au poste d'assistant planning transport chez Sambre Logistique. Nous avons bien reçu votre candidature et notre équipe la consultera prochainement.

Si votre profil correspond, nous vous contacterons pour organiser la suite.

Merci encore pour votre intérêt,
L'équipe recrutement de Sambre Logistique

--
Envoyé via BambooHR. Merci de ne pas répondre à cet e-mail.""", cte="quoted-printable"))

T = """Bonjour Baptiste,

Bienvenue chez Tempora Interim ! Votre inscription en ligne a bien été enregistrée.

Identifiant candidat : TI-LG-558102
Agence de rattachement : Liège – boulevard de la Sauvenière 102

Prochaine étape : un consultant de votre agence vous contactera pour fixer un entretien d'inscription et compléter votre dossier. Vous pouvez déjà consulter les offres de missions et télécharger vos documents dans votre espace personnel : https://mon.tempora-interim.example.be

À très bientôt,
Tempora Interim

Ceci est un message automatique, merci de ne pas y répondre."""
add(M(kind="application_received", slug="tempora_online_registration", lang="fr",
      company="Tempora Interim", contact="", mid="tempora_reg",
      frm=("Tempora Interim", "noreply@tempora-interim.example.be"),
      subject="Votre inscription chez Tempora Interim est enregistrée",
      date="2026-03-30 22:14", text=T, html=ats_card(T, "Tempora Interim", "#00897b"),
      headers=[("Auto-Submitted", "auto-generated")]))

T = """Bonjour Baptiste,

Merci pour votre candidature au poste de Planificateur navettes chez Navettes Aéroport Charleroi !

Nous l'avons bien reçue et nous la lirons attentivement. Vous recevrez une réponse de notre part, quelle qu'elle soit, dans les trois semaines.

Bien à vous,
L'équipe Navettes Aéroport Charleroi"""
add(M(kind="application_received", slug="navettes_teamtailor_ack", lang="fr",
      company="Navettes Aéroport Charleroi", contact="", mid="nac_ack",
      frm=("Navettes Aéroport Charleroi", "no-reply@teamtailor-mail.com"),
      frm_enc="iso-8859-1/q",
      subject="Merci pour votre candidature – Planificateur navettes", subj_enc="iso-8859-1/b",
      date="2026-02-25 14:09", tz="+0000", text=T,
      html=ats_card(T, "Navettes Aéroport Charleroi", "#ff6f00", "Envoyé avec Teamtailor."),
      charset="iso-8859-1", cte="quoted-printable"))

T = """Hi Baptiste,

Thanks for applying to Portline Logistics for the Transport Planner role. This note is to confirm that your application has been received.

Our team reviews every application. If we would like to move forward, we'll reach out to schedule a phone screen.

Best,
Portline Logistics Recruiting"""
add(M(kind="application_received", slug="portline_lever_ack", lang="en",
      company="Portline Logistics", contact="", mid="portline_ack",
      irt="portline_application",
      frm=("Portline Logistics", "no-reply@hire.lever.co"),
      subject="Thanks for applying to Portline Logistics", date="2026-03-05 09:12",
      tz="+0000", text=T, html=ats_card(T, "Portline Logistics", "#0d47a1")))

T = """Dear Baptiste Nakamura-Leroy,

Thank you for submitting your application for the position of Rolling Stock & Crew Scheduler (Job Number 2600412) with Luxtrain Services.

We confirm that your application has been received. Our recruitment team will assess all applications against the requirements of the role.

Due to the high volume of applications we receive, unfortunately we cannot reply to every applicant individually. If you have not heard from us within four weeks of the closing date, please consider that your application has not been taken further on this occasion.

You can review your application at any time in your candidate profile.

Best regards,
Luxtrain Services - Talent Acquisition

This is an automated notification. Please do not reply."""
add(M(kind="application_received", slug="luxtrain_taleo_ack_high_volume", lang="en",
      company="Luxtrain Services", contact="", mid="luxtrain_ack",
      frm=("Luxtrain Services Careers", "luxtrain-careers@taleo.net"),
      subject="Application received: Rolling Stock & Crew Scheduler (2600412)",
      date="2026-05-18 06:33", tz="+0000", text=T,
      html=ats_card(T, "Luxtrain Services", "#8b0000")))

T = """Hi Baptiste,

Thanks for sending over your CV yesterday - we've received it and added you to our candidate database for transport and logistics roles in Belgium, Luxembourg and the Netherlands.

I've noted that you're looking to move from driving into planning or dispatch, ideally within an hour of Namur, but open to Luxembourg and Rotterdam for the right role.

There is nothing specific to put forward today, but I'll be in touch as soon as something suitable comes up.

Best,
Rebecca

Rebecca Owusu
Senior Consultant - Transport & Logistics
Meridian Search Partners
Avenue Louise 326, 1050 Brussels
+32 2 000 18 75"""
add(M(kind="application_received", slug="meridian_cv_received", lang="en",
      company="Meridian Search Partners", contact="rebecca.owusu@meridiansearch.example.be",
      mid="meridian_cv", frm=("Rebecca Owusu", "rebecca.owusu@meridiansearch.example.be"),
      subject="Your CV - Meridian Search Partners", date="2026-02-02 17:20", text=T,
      html=gmail_html(T)))

T = """Hi Baptiste,

Thank you for your application to Channel Rail Operations.

Job: Train Crew Planner - Lille / Brussels (JR-10388)
Status: Application submitted

We will review your application and be in touch if your experience matches the requirements. You can check the status of your application in the Candidate Home section of our career site.

Best regards,
Channel Rail Operations Talent Acquisition"""
add(M(kind="application_received", slug="channel_rail_workday_ack", lang="en",
      company="Channel Rail Operations", contact="", mid="cro_ack",
      frm=("Channel Rail Operations", "channelrail@myworkday.com"),
      subject="Application submitted - Train Crew Planner (JR-10388)",
      date="2026-09-07 08:15", tz="+0000", text=T,
      html=ats_card(T, "Channel Rail Operations", "#1b1464")))

T = """Guten Tag Herr Nakamura-Leroy,

vielen Dank für Ihre Bewerbung als Disponent Nahverkehr/Shuttle (m/w/d) bei der Kranich Logistik GmbH. Ihre Unterlagen sind bei uns eingegangen.

Wir werden Ihre Bewerbung nun sorgfältig prüfen und uns in den nächsten zwei Wochen bei Ihnen melden.

Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen:
https://kranich-logistik.softgarden.io/de/applicant/login

Freundliche Grüße
Ihr Kranich Logistik Recruiting-Team

Diese Nachricht wurde automatisch über softgarden versendet."""
add(M(kind="application_received", slug="kranich_softgarden_ack", lang="de",
      company="Kranich Logistik", contact="", mid="kranich_ack",
      frm=("Kranich Logistik GmbH", "noreply@softgarden.io"),
      subject="Ihre Bewerbung ist bei uns eingegangen", subj_enc="iso-8859-1/b",
      date="2026-06-01 09:47", text=T, html=ats_card(T, "Kranich Logistik", "#1565c0"),
      cte="base64"))

T = """Sehr geehrter Herr Nakamura-Leroy,

hiermit bestätigen wir den Eingang Ihrer Bewerbung vom 10. April 2026 auf die Stelle Sachbearbeiter/in Verkehrsplanung ÖPNV (Kennziffer 14/2026).

Nach Ablauf der Bewerbungsfrist werden alle Bewerbungen gesichtet. Über das weitere Verfahren informieren wir Sie voraussichtlich Ende April.

Mit freundlichen Grüßen
Im Auftrag
Heike Sommerfeld
Stadt Rheinbrück – Fachbereich Personal
Marktplatz 1, 50999 Rheinbrück
Telefon 02236 000-214"""
add(M(kind="application_received", slug="rheinbrueck_eingangsbestaetigung", lang="de",
      company="Stadt Rheinbrück", contact="heike.sommerfeld@rheinbrueck.example.de",
      mid="rheinbrueck_ack",
      frm=("Heike Sommerfeld", "heike.sommerfeld@rheinbrueck.example.de"),
      subject="Eingangsbestätigung – Kennziffer 14/2026", date="2026-04-13 13:30", text=T,
      charset="iso-8859-1", cte="quoted-printable"))

T = """Hola Baptiste,

Gracias por enviar tu candidatura a la oferta Planificador/a de tráfico – Róterdam en Transportes Garrido Benelux.

Te confirmamos que la hemos recibido correctamente. El equipo de selección la revisará y, si tu perfil encaja, se pondrá en contacto contigo.

Un saludo,
Transportes Garrido Benelux

Este mensaje se ha enviado a través de Recruitee. Por favor, no respondas a este correo."""
add(M(kind="application_received", slug="garrido_recruitee_ack", lang="es",
      company="Transportes Garrido Benelux", contact="", mid="garrido_ack",
      frm=("Transportes Garrido Benelux", "no-reply@jobs.recruitee.com"),
      subject="Candidatura recibida – Planificador/a de tráfico (Róterdam)",
      date="2026-03-16 11:40", tz="+0000", text=T,
      html=ats_card(T, "Transportes Garrido Benelux", "#2e7d32"), cte="quoted-printable"))

T = """Hola Baptiste:

Hemos recibido tu solicitud para el puesto de Responsable de planificación – Movinorte Luxemburgo. ¡Gracias por tu interés en Grupo Movinorte!

Revisaremos tu candidatura con atención. Si tu perfil encaja con lo que buscamos, te escribiremos para organizar una primera entrevista.

Saludos cordiales,
Equipo de selección de Grupo Movinorte"""
add(M(kind="application_received", slug="movinorte_workable_ack", lang="es",
      company="Grupo Movinorte", contact="", mid="movinorte_ack",
      frm=("Grupo Movinorte", "noreply@workablemail.com"),
      subject="Gracias por tu solicitud – Responsable de planificación",
      subj_enc="iso-8859-1/q", date="2026-07-01 14:58", tz="+0000", text=T,
      html=ats_card(T, "Grupo Movinorte", "#005f73", "Powered by Workable"),
      charset="iso-8859-1", cte="quoted-printable"))

# ============================================================ offer

NATH = ("Nathalie Gilson", "nathalie.gilson@tsm.example.be")
T = """Bonjour Monsieur Nakamura-Leroy,

Suite à votre entretien du 29 janvier avec M. Lambotte, j'ai le plaisir de vous proposer le poste de planificateur adjoint au sein de notre service planification.

Les conditions principales sont les suivantes :
- contrat à durée déterminée de six mois, du 1er mars au 31 août 2026, avec perspective de prolongation ;
- temps plein, horaire de jour du lundi au vendredi ;
- barème B2, soit une rémunération brute mensuelle de 3 120 € ;
- chèques-repas et abonnement de train pris en charge.

Vous trouverez la proposition détaillée en pièce jointe. Je vous remercie de me faire part de votre décision au plus tard le vendredi 13 février.

Au plaisir de vous compter parmi nous,

Nathalie Gilson
Conseillère en recrutement
Transports Sambre-Meuse
Avenue des Dépôts 14 – 5000 Namur
Tél. 081 00 27 40"""
add(M(kind="offer", slug="tsm_formal_offer_pdf", lang="fr", company="Transports Sambre-Meuse",
      contact=NATH[1], mid="tsm_offer", irt="tsm_invite2", frm=NATH,
      subject="Proposition de contrat – Planificateur adjoint", date="2026-02-09 15:30",
      text=T, html=word_html(T), charset="windows-1252", cte="quoted-printable",
      pdfs=[("Proposition_TSM_Nakamura-Leroy.pdf", [
          "Transports Sambre-Meuse - Proposition d'engagement",
          "Poste : planificateur adjoint", "Contrat : CDD 6 mois (01/03/2026 - 31/08/2026)",
          "Remuneration : bareme B2, 3 120 EUR brut/mois",
          "Reponse souhaitee avant le 13/02/2026"])]))

SOPHIE = ("Sophie Kieffer", "sophie.kieffer@ama.example.lu")
T = """Bonjour Monsieur Nakamura-Leroy,

Encore toutes nos félicitations : comme annoncé par téléphone vendredi, nous sommes ravis de vous accueillir comme planificateur au sein d'Autobus Moselle-Alzette.

Vous trouverez ci-joint votre contrat de travail à durée indéterminée, en deux exemplaires, ainsi que la fiche de renseignements du personnel. Merci de nous retourner un exemplaire daté et signé (paraphes sur chaque page) par courriel ou par courrier avant le 30 septembre.

Date d'entrée : lundi 2 novembre 2026
Salaire annuel brut : 58 400 € (13 mois), conformément à notre proposition du 15 septembre
Lieu de travail : Bertrange

N'hésitez pas à m'appeler si vous avez des questions sur le contrat.

Cordialement,

Sophie Kieffer
Human Resources Business Partner
Autobus Moselle-Alzette S.A.
Zone d'activités Bourmicht – L-8070 Bertrange
Tél. +352 00 45 67 21"""
add(M(kind="offer", slug="ama_contract_for_signature", lang="fr",
      company="Autobus Moselle-Alzette", contact=SOPHIE[1], mid="ama_contract",
      irt="ama_move", frm=SOPHIE,
      subject="Votre contrat de travail – Planificateur (signature)", date="2026-09-22 11:05",
      text=T, html=word_html(T), cte="quoted-printable",
      pdfs=[("Contrat_CDI_Nakamura-Leroy.pdf", [
          "Autobus Moselle-Alzette S.A. - Contrat de travail a duree indeterminee",
          "Salarie : Baptiste Nakamura-Leroy", "Fonction : planificateur",
          "Entree en service : 2 novembre 2026", "Salaire annuel brut : 58 400 EUR"]),
            ("Fiche_renseignements.pdf", ["Fiche de renseignements du personnel",
                                          "Nom, adresse, IBAN, personnes a charge"])]))

KARIMA = ("Karima Haddou", "karima.haddou@tempora-interim.example.be")
T = """Bonjour Baptiste,

J'ai une bonne nouvelle : les Transports Scolaires du Condroz ont beaucoup apprécié votre entretien de mardi et le client souhaite vous faire une offre pour le poste d'agent de planning (circuits scolaires et transport de personnes à mobilité réduite).

Ce qu'ils proposent :
- mission d'intérim de 3 mois à partir du 11 mai, puis engagement en CDI chez eux si tout se passe bien ;
- horaire 6h30 – 14h30 du lundi au vendredi, congés scolaires compris ;
- 17,85 € brut de l'heure pendant la mission.

Pouvez-vous me rappeler aujourd'hui ou demain pour me donner votre réponse ? Je dois revenir vers eux avant vendredi.

Karima Haddou
Consultante – Tempora Interim Liège
04 000 77 30"""
add(M(kind="offer", slug="tempora_client_wants_to_offer", lang="fr",
      company="Transports Scolaires du Condroz", contact=KARIMA[1], frm=KARIMA,
      subject="Le client veut vous faire une offre !", date="2026-04-24 09:58", text=T,
      cte="8bit"))

T = """Bonjour Baptiste,

Pour faire suite à notre appel de ce midi, je vous confirme par écrit notre proposition pour le poste de coordinateur planning des conducteurs de train de travaux :

- engagement sous contrat à durée indéterminée à partir du 1er mai 2026 ;
- salaire brut mensuel de 3 450 €, treizième mois et double pécule ;
- voiture de service pour les déplacements entre nos bases de Charleroi et de Monceau ;
- formation interne de quatre semaines à la réglementation ferroviaire.

Comme je vous le disais, votre expérience du terrain a vraiment fait la différence. Le contrat vous sera envoyé dès votre accord de principe ; vous pouvez me répondre par simple courriel.

Bien à vous,

Didier Lecomte
Directeur des opérations
Hainaut Rail Services
Rue du Chemin de Fer 210, 6000 Charleroi
+32 71 00 60 48"""
add(M(kind="offer", slug="hainaut_rail_verbal_offer_follow_up", lang="fr",
      company="Hainaut Rail Services", contact="didier.lecomte@hainautrail.example.be",
      frm=("Didier Lecomte", "didier.lecomte@hainautrail.example.be"),
      subject="Confirmation de notre proposition – coordinateur planning",
      date="2026-03-20 14:48", text=T, html=gmail_html(T), cte="base64"))

THIERRY = ("Thierry Jadot", "thierry.jadot@jadot-mobilite.example.be")
T = """Bonjour Baptiste,

Je sors à l'instant d'une réunion avec Meuse Air Cargo Handling : ils ont été convaincus par votre entretien de jeudi et souhaitent vous faire une offre pour le poste de planificateur des équipes de piste.

Les grandes lignes : CDI, 3 300 € brut par mois plus primes de nuit et de week-end, horaire en équipes 6-14 / 14-22 avec un week-end sur trois, démarrage idéalement le 1er octobre. La proposition écrite suivra dès que vous m'aurez dit si ces conditions vous conviennent sur le principe.

Je vous appelle demain matin pour en parler. Félicitations !

Thierry Jadot
Associé – Jadot Mobilité
+32 81 00 66 09"""
add(M(kind="offer", slug="jadot_client_offer_meuse_air_cargo", lang="fr",
      company="Meuse Air Cargo Handling", contact=THIERRY[1], frm=THIERRY,
      subject="Meuse Air Cargo Handling : une offre pour vous", date="2026-08-11 18:12",
      text=T, charset="windows-1252", cte="8bit"))

PRIYA = ("Priya Raman", "priya.raman@harbourline.example.nl")
T = """Dear Baptiste,

Following your interviews with Jeroen and Maaike last week, I am delighted to offer you the position of Junior Network Planner at Harbour Line Buses.

The key terms are:
- Start date: 1 July 2026 (or earlier by agreement)
- Salary: EUR 3,650 gross per month, plus 8% holiday allowance
- Contract: one year, with the intention of converting to a permanent contract
- Relocation support: EUR 2,500 and two months of temporary housing in Schiedam

Your offer letter is attached. To accept, please sign and return it by 5 June 2026. If you have any questions about the offer, I'm happy to go through it with you by phone.

We very much hope you will join us.

Kind regards,
Priya Raman
HR Advisor | Harbour Line Buses
's-Gravelandseweg 000, 3119 Schiedam
+31 10 000 3377"""
add(M(kind="offer", slug="harbour_line_formal_offer_pdf", lang="en",
      company="Harbour Line Buses", contact=PRIYA[1], frm=PRIYA,
      subject="Offer of employment - Junior Network Planner", date="2026-05-28 16:40",
      text=T, html=word_html(T, "Aptos"),
      pdfs=[("HLB_Offer_Letter_Nakamura-Leroy.pdf", [
          "Harbour Line Buses - Offer of employment", "Position: Junior Network Planner",
          "Start date: 1 July 2026", "Salary: EUR 3,650 gross per month",
          "Please sign and return by 5 June 2026"])]))

REBECCA = ("Rebecca Owusu", "rebecca.owusu@meridiansearch.example.be")
T = """Hi Baptiste,

Brilliant news: Alzette Coach Travel want to make you an offer for the Operations Planner role in Luxembourg!

Paul Hoffmann called me this morning - they liked your calm answer on the breakdown scenario and your languages. The headline terms they have in mind: permanent contract, EUR 4,300 gross a month (x13), start in October, 40-hour week, mostly day shifts with one weekend on call per month.

Nothing is signed yet, so let's talk before they put it in writing - I think there may be room on the start date if you need to give notice. Are you free for a call at 6 pm today?

Best,
Rebecca

Rebecca Owusu
Senior Consultant - Transport & Logistics
Meridian Search Partners
+32 2 000 18 75"""
add(M(kind="offer", slug="meridian_client_offer_alzette", lang="en",
      company="Alzette Coach Travel", contact=REBECCA[1], frm=REBECCA,
      subject="Alzette Coach Travel - offer coming your way", date="2026-08-18 11:22",
      text=T, html=gmail_html(T)))

T = """Sehr geehrter Herr Nakamura-Leroy,

wir freuen uns, Ihnen nach den Gesprächen mit Herrn Lindner und Frau Ottersbach die Stelle als Dienstplaner (m/w/d) in unserem Betrieb Köln-Deutz anbieten zu können.

Anbei erhalten Sie den Arbeitsvertrag in zweifacher Ausfertigung. Die wichtigsten Eckdaten:
- Beginn: 1. September 2026
- unbefristetes Arbeitsverhältnis, Probezeit sechs Monate
- Vergütung nach TV-N NW, Entgeltgruppe 8, Stufe 3
- 30 Urlaubstage, Jobticket

Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 22. Juli 2026 zurück. Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen
Sabine Ottersbach
Personalabteilung
Rheinufer Mobilitätsdienste GmbH
Siegburger Straße 000, 50679 Köln
Tel. 0221 000-5120"""
add(M(kind="offer", slug="rheinufer_vertragsangebot", lang="de",
      company="Rheinufer Mobilitätsdienste",
      contact="sabine.ottersbach@rheinufer-mobil.example.de",
      frm=("Sabine Ottersbach", "sabine.ottersbach@rheinufer-mobil.example.de"),
      subject="Ihr Arbeitsvertrag als Dienstplaner (m/w/d)", date="2026-07-08 14:02",
      text=T, charset="iso-8859-1", cte="quoted-printable",
      pdfs=[("Arbeitsvertrag_Nakamura-Leroy.pdf", [
          "Rheinufer Mobilitatsdienste - Arbeitsvertrag", "Dienstplaner (m/w/d)",
          "Beginn: 01.09.2026, unbefristet", "TV-N NW, EG 8, Stufe 3"])]))

LUCIA = ("Lucía Ferrández", "lucia.ferrandez@autocares-ibericos.example.be")
T = """Hola Baptiste:

¡Tenemos buenas noticias! Después de la entrevista del jueves con Álvaro, nos encantaría que te unieras a Autocares Ibéricos Benelux como Planificador de servicios para la línea Bruselas–Lieja–Colonia.

Te adjuntamos la carta de oferta con todas las condiciones: contrato indefinido según la legislación belga, 3.380 € brutos al mes, incorporación el 1 de julio y teletrabajo un día por semana.

Te agradeceríamos una respuesta antes del 9 de junio. Si quieres comentar algún punto, llámame sin problema.

Un abrazo,
Lucía

Lucía Ferrández
Recursos Humanos | Autocares Ibéricos Benelux
+32 2 000 73 19

""" + wrote("es", "vie, 15 may 2026 a las 10:26", *LUCIA) + "\n" + quote("""Hola Baptiste:

Gracias por confirmar. Ha surgido un cambio: Álvaro tiene que acompañar una auditoría de flota el martes por la mañana, así que te proponemos pasar la entrevista al jueves 21 de mayo a las 9:30, con el mismo enlace.""")
add(M(kind="offer", slug="autocares_ibericos_offer_letter", lang="es",
      company="Autocares Ibéricos Benelux", contact=LUCIA[1], irt="aib_move", frm=LUCIA,
      frm_enc="utf-8/q", subject="Oferta – Planificador de servicios", subj_enc="utf-8/b",
      date="2026-06-02 12:15", text=T, cte="quoted-printable",
      pdfs=[("Carta_oferta_AIB.pdf", [
          "Autocares Ibericos Benelux - Carta de oferta",
          "Puesto: Planificador de servicios", "Salario: 3.380 EUR brutos/mes",
          "Incorporacion: 1 de julio de 2026"])]))

T = """Hola Baptiste:

Como hablamos ayer por teléfono, te envío el contrato para el puesto de planificador de tráfico en nuestra oficina de Róterdam. Lo recibirás también en un correo aparte de nuestra plataforma de firma electrónica; solo tienes que revisar el documento y firmarlo en el enlace:

https://firma.navieracantabrica.example.es/sobre/7QK-2231

Recuerda que la oferta incluye el paquete de traslado y el curso de neerlandés. Si ves algo que no cuadra con lo que acordamos, dímelo antes de firmar.

Un saludo,
Begoña Uriarte
Responsable de Personas
Naviera Cantábrica Logística
Muelle de Zorroza 00, 48013 Bilbao
+34 944 00 38 10"""
add(M(kind="offer", slug="naviera_contract_esignature", lang="es",
      company="Naviera Cantábrica Logística", contact="begona.uriarte@navieracantabrica.example.es",
      frm=("Begoña Uriarte", "begona.uriarte@navieracantabrica.example.es"),
      frm_enc="iso-8859-1/b", subject="Tu contrato para firmar – planificador de tráfico Róterdam",
      date="2026-07-24 09:35", text=T, html=word_html(T), charset="iso-8859-1",
      cte="8bit"))

"""Corpus 218: interview invitations, reschedules/cancellations and missed-interview notices."""

from msgs218_common import (ME, ME_ADDR, M, ats_card, gmail_html, outlook_block, quote,
                            word_html, wrote)
from msgs218_other import IMT_REQUEST, FLEXA_DISPO, AIB_ACCEPT

MESSAGES = []
add = MESSAGES.append

# ============================================================ interview_invitation

# --- Maasstad Transit (Rotterdam), Greenhouse, with calendar request
SANNE = ("Sanne de Wit", "sanne.dewit@maasstadtransit.example.nl")
T = """Hi Baptiste,

Thanks for applying for the Network Scheduling Officer role. Pieter van Leeuwen (Head of Service Planning) and Anouk Smit (Timetable Lead) would like to meet you.

When: Tuesday 17 February 2026, 14:00 - 15:00 (CET)
Where: Maasstad Transit head office, Stationsplein 40, Rotterdam - 4th floor, room "Erasmus". Please report to reception ten minutes early with a photo ID.

The conversation will cover your operational experience, how you would approach a driver roster for a new line, and a short look at a sample timetable. No preparation needed beyond that.

A calendar invitation is attached. If the time does not work, just reply to this email and I will find another slot.

Best regards,
Sanne de Wit
Talent Acquisition Partner, Maasstad Transit"""
add(M(kind="interview_invitation", slug="maasstad_greenhouse_onsite", lang="en",
      company="Maasstad Transit", contact=SANNE[1], mid="maasstad_invite", irt="maasstad_ack",
      frm=("Sanne de Wit via Greenhouse", "no-reply@greenhouse-mail.io"), reply_to=SANNE,
      subject="Interview confirmed: Network Scheduling Officer at Maasstad Transit",
      date="2026-02-10 10:20", tz="+0000", text=T,
      html=ats_card(T, "Maasstad Transit", "#00843d",
                    "Sent via Greenhouse on behalf of Maasstad Transit."),
      ics=dict(uid="gh-7f3a2c91-maasstad-20260217@greenhouse-mail.io", seq=0,
               start="2026-02-17 14:00", minutes=60, mode="both",
               summary="Interview: Baptiste Nakamura-Leroy - Network Scheduling Officer",
               location="Maasstad Transit, Stationsplein 40, Rotterdam (room Erasmus)",
               organizer=SANNE, prodid="-//Greenhouse Software//Scheduler//EN")))

# --- Transports Sambre-Meuse (Namur): phone screen
NATH = ("Nathalie Gilson", "nathalie.gilson@tsm.example.be")
TSM_SCREEN = """Bonjour Monsieur Nakamura-Leroy,

Merci pour votre candidature au poste de planificateur·trice adjoint·e pour nos dépôts de Namur et Jambes.

Votre profil de conducteur expérimenté nous intéresse et j'aimerais faire un premier point avec vous par téléphone, une vingtaine de minutes, pour parler de vos attentes et de vos disponibilités.

Seriez-vous disponible ce jeudi 22 janvier à 10h00 ? Je vous appellerai au numéro qui figure sur votre CV (0475 00 18 62). Si ce moment ne vous convient pas, proposez-moi simplement un autre créneau cette semaine.

Bien à vous,

Nathalie Gilson
Conseillère en recrutement
Transports Sambre-Meuse
Avenue des Dépôts 14 – 5000 Namur
Tél. 081 00 27 40"""
add(M(kind="interview_invitation", slug="tsm_phone_screen", lang="fr",
      company="Transports Sambre-Meuse", contact=NATH[1], mid="tsm_screen", irt="tsm_ack",
      frm=NATH, subject="Votre candidature – Planificateur·trice adjoint·e (Namur)",
      date="2026-01-20 09:47", text=TSM_SCREEN, cte="quoted-printable"))

# --- Transports Sambre-Meuse: second invitation after the missed call
TSM_MISSED = """Bonjour Monsieur Nakamura-Leroy,

Comme convenu, j'ai essayé de vous joindre ce matin pour notre entretien téléphonique : deux appels, à 10h00 puis à 10h10, qui sont tombés sur votre messagerie. J'ai laissé un message vocal.

Je suppose qu'un imprévu vous a retenu. Pouvez-vous me dire si vous êtes toujours intéressé par le poste et, le cas échéant, m'indiquer deux ou trois moments où je peux vous rappeler ?

Bien à vous,

Nathalie Gilson
Conseillère en recrutement – Transports Sambre-Meuse
Tél. 081 00 27 40"""
T = """Bonjour Monsieur Nakamura-Leroy,

Merci pour votre retour rapide, et pas d'inquiétude pour hier : ces choses arrivent, surtout en plein service.

Plutôt que de refaire un appel, je vous propose de passer directement à l'entretien sur place avec M. Lambotte, responsable de la planification, et moi-même :

jeudi 29 janvier 2026 à 9h30
Dépôt de Jambes, rue du Garage 3, 5100 Jambes – accueil du bâtiment administratif

Prévoyez environ une heure. M. Lambotte vous présentera l'outil de planification des services et vous posera quelques questions pratiques sur l'élaboration des roulements. Vous trouverez l'invitation en pièce jointe pour votre agenda.

Au plaisir de vous rencontrer,

Nathalie Gilson
Conseillère en recrutement
Transports Sambre-Meuse
Tél. 081 00 27 40

""" + wrote("fr", "jeu. 22 janv. 2026 à 10:41", *NATH) + "\n" + quote(TSM_MISSED)
add(M(kind="interview_invitation", slug="tsm_onsite_after_missed_call", lang="fr",
      company="Transports Sambre-Meuse", contact=NATH[1], mid="tsm_invite2", irt="tsm_missed",
      frm=NATH, subject="RE: Entretien téléphonique – Planificateur·trice adjoint·e",
      subj_enc="utf-8/b", date="2026-01-23 14:05", text=T, cte="base64",
      ics=dict(uid="tsm-entretien-20260129-bnl@tsm.example.be", seq=0, mode="attach",
               start="2026-01-29 09:30", minutes=60, filename="entretien.ics",
               summary="Entretien – Planificateur·trice adjoint·e (M. Lambotte)",
               location="Dépôt de Jambes, rue du Garage 3, 5100 Jambes", organizer=NATH)))

# --- Domstadt Verkehrsgesellschaft (Köln): Personio, assessment centre
JANA = ("Jana Weißenborn", "jana.weissenborn@dvg-koeln.example.de")
T = """Sehr geehrter Herr Nakamura-Leroy,

vielen Dank für Ihre Bewerbung als Disponent/in Fahrdienst (m/w/d). Wir freuen uns, Sie zu unserem Assessment-Center einzuladen.

Termin: Donnerstag, 26. März 2026, 09:00 bis ca. 13:00 Uhr
Ort: Betriebshof Köln-Merheim, Verwaltungsgebäude, Raum 1.04

Ablauf:
- kurze Vorstellung des Unternehmens und der Leitstelle
- Fallstudie zur Dienstplanung (Umlauf- und Dienstplanentwurf für eine Buslinie)
- Gruppenübung mit anderen Teilnehmenden
- Einzelgespräch mit der Fachabteilung und dem Personalbereich

Bitte bringen Sie einen Lichtbildausweis mit. Die Fahrtkosten werden nach Bundesreisekostengesetz erstattet. Eine Kalendereinladung finden Sie anbei.

Bitte bestätigen Sie den Termin kurz per Antwort auf diese E-Mail.

Mit freundlichen Grüßen
Jana Weißenborn
Personalgewinnung
Domstadt Verkehrsgesellschaft mbH"""
add(M(kind="interview_invitation", slug="domstadt_personio_assessment_centre", lang="de",
      company="Domstadt Verkehrsgesellschaft", contact=JANA[1], mid="dvg_invite", irt="dvg_ack",
      frm=("Domstadt Verkehrsgesellschaft mbH", "noreply@personio.de"),
      reply_to=JANA, reply_to_enc="iso-8859-1/q",
      subject="Einladung zum Assessment-Center – Disponent/in Fahrdienst (m/w/d)",
      subj_enc="utf-8/b", date="2026-03-16 08:30", text=T,
      html=ats_card(T, "Domstadt Verkehrsgesellschaft", "#c8102e",
                    "Diese Nachricht wurde über Personio versendet."),
      ics=dict(uid="personio-ac-88412-dvg@personio.de", seq=0, start="2026-03-26 09:00",
               minutes=240, summary="Assessment-Center Disponent/in Fahrdienst",
               location="Betriebshof Köln-Merheim, Verwaltungsgebäude, Raum 1.04",
               organizer=JANA, prodid="-//Personio//Calendar//DE")))

# --- Métropole Transports Lille: panel invite from Outlook with METHOD:REQUEST
CLAIRE = ("Claire Vandamme", "claire.vandamme@mtl.example.fr")
MTL_DISCLAIMER = ("Ce message et toutes les pièces jointes sont établis à l'intention exclusive de "
                  "leurs destinataires et sont confidentiels. Si vous recevez ce message par erreur, "
                  "merci de le détruire et d'en avertir immédiatement l'expéditeur. Métropole "
                  "Transports Lille décline toute responsabilité au titre de ce message s'il a été "
                  "altéré ou falsifié.")
T = """Bonjour Monsieur Nakamura-Leroy,

Suite à l'examen de votre candidature au poste de Régulateur·rice planification (réf. MTL-2026-041), nous avons le plaisir de vous convier à un entretien devant un panel composé de :
- Mme Hélène Caron, responsable du bureau des méthodes ;
- M. Rachid Bouzid, chef de la régulation bus ;
- moi-même pour les ressources humaines.

Date : jeudi 30 avril 2026 de 14h00 à 15h30
Lieu : siège de Métropole Transports Lille, 12 rue de l'Intermodalité, Lille – salle Vauban (2e étage)

Une mise en situation de 20 minutes est prévue (adaptation d'un graphique de service après une déviation). Merci d'accepter l'invitation ci-jointe pour confirmer votre présence.

Cordialement,

Claire Vandamme
Chargée de recrutement – Direction des Ressources Humaines
Métropole Transports Lille
12 rue de l'Intermodalité, 59000 Lille
Tél. +33 3 20 00 41 17

""" + MTL_DISCLAIMER
add(M(kind="interview_invitation", slug="mtl_panel_calendar_request", lang="fr",
      company="Métropole Transports Lille", contact=CLAIRE[1], mid="mtl_invite", irt="mtl_ack",
      frm=CLAIRE, subject="Invitation : Panel – Régulateur·rice planification – 30 avr. 2026",
      subj_enc="utf-8/q", date="2026-04-20 15:12", text=T,
      html=word_html(T),
      headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "Panel - Regulateur planification")],
      ics=dict(uid="040000008200E00074C5B7101A82E00800000000C0FFEE30A4D9DC01000000000000000010000000MTL041",
               seq=0, start="2026-04-30 14:00", minutes=90,
               summary="Panel – Régulateur·rice planification (B. Nakamura-Leroy)",
               location="MTL siège – salle Vauban (2e étage)", organizer=CLAIRE,
               prodid="Microsoft Exchange Server 2016")))

# --- Autocares Ibéricos Benelux (Bruselas): Teamtailor, video interview
LUCIA = ("Lucía Ferrández", "lucia.ferrandez@autocares-ibericos.example.be")
T = """Hola Baptiste:

Gracias por tu interés en el puesto de Planificador/a de servicios – línea Bruselas–Lieja–Colonia.

Nos gustaría conocerte en una entrevista por videollamada con Álvaro Montes, jefe de tráfico, y conmigo.

Fecha: martes 19 de mayo de 2026
Hora: 11:00 (hora de Bruselas)
Duración: unos 45 minutos
Enlace: https://meet.example.com/aib-plan-0519

Hablaremos de tu experiencia como conductor, de cómo organizarías los cuadrantes de un servicio internacional y de tus condiciones. La entrevista será en español, aunque haremos alguna pregunta en francés.

¿Nos confirmas que te va bien respondiendo a este correo?

Un saludo,
Lucía Ferrández
Recursos Humanos – Autocares Ibéricos Benelux"""
add(M(kind="interview_invitation", slug="autocares_ibericos_video_interview", lang="es",
      company="Autocares Ibéricos Benelux", contact=LUCIA[1], mid="aib_invite", irt="aib_ack",
      frm=("Autocares Ibéricos Benelux", "no-reply@teamtailor-mail.com"),
      frm_enc="iso-8859-1/q", reply_to=LUCIA, reply_to_enc="utf-8/q",
      subject="Entrevista para Planificador/a de servicios – ¿te va bien el 19 de mayo?",
      subj_enc="utf-8/b", date="2026-05-12 09:03", text=T,
      html=ats_card(T, "Autocares Ibéricos Benelux", "#b3122e",
                    "Enviado con Teamtailor. Puedes gestionar tus datos en el portal de candidatos."),
      cte="base64"))

# --- Flexa Intérim: agency sets up the client's interview (Régie des Bus Carolos)
MEHDI = ("Mehdi Benali", "mehdi.benali@flexa-interim.example.be")
FLEXA_SIG = """Mehdi Benali
Consultant Transport & Logistique
Flexa Intérim – agence de Charleroi
Boulevard Tirou 88, 6000 Charleroi
T +32 71 00 53 20 | M +32 478 00 91 14"""
T = """Bonjour Baptiste,

Bonne nouvelle : la Régie des Bus Carolos a retenu votre CV pour le poste de dispatcher-planificateur (remplacement de longue durée, possibilité de CDI ensuite).

J'ai fixé l'entretien avec leur responsable d'exploitation, M. Frédéric Van Hool :
vendredi 6 février à 10h00
Régie des Bus Carolos, rue de la Villette 21, 6000 Charleroi – demandez M. Van Hool à l'accueil.

Je vous conseille d'apporter votre permis D et votre CAP à jour, ils aiment voir les documents. Appelez-moi après l'entretien pour me faire un retour, je dois les avoir au téléphone dans l'après-midi.

Bonne préparation !

""" + FLEXA_SIG + "\n\n" + wrote("fr", "lun. 2 févr. 2026 à 20:14", *ME) + "\n" + quote(FLEXA_DISPO)
add(M(kind="interview_invitation", slug="flexa_client_interview_carolos", lang="fr",
      company="Régie des Bus Carolos", contact=MEHDI[1], mid="flexa_invite", irt="flexa_dispo",
      frm=MEHDI, subject="Re: Mes disponibilités – entretien chez votre client",
      date="2026-02-03 16:20", text=T, cte="8bit"))

# --- Autobus Moselle-Alzette (Luxembourg): trial day
SOPHIE = ("Sophie Kieffer", "sophie.kieffer@ama.example.lu")
T = """Bonjour Monsieur Nakamura-Leroy,

Suite à notre échange téléphonique de mardi, j'ai le plaisir de vous inviter à une journée d'immersion au sein de notre service planification, à Bertrange.

Date : jeudi 3 septembre 2026
Horaire : de 7h30 à 15h00 (repas offert)
Lieu : Autobus Moselle-Alzette, zone d'activités Bourmicht, 8070 Bertrange – entrée B, 1er étage

Au programme : présentation de l'équipe, observation de la régulation pendant la pointe du matin, puis un exercice pratique sur notre logiciel (construction d'une partie de roulement pour la ligne 222), suivi d'un entretien de bilan avec M. Thill, responsable du service, et moi-même vers 14h00.

Merci de me confirmer votre présence. Un fichier calendrier est joint pour votre agenda.

Cordialement,

Sophie Kieffer
Human Resources Business Partner
Autobus Moselle-Alzette S.A.
Zone d'activités Bourmicht – L-8070 Bertrange
Tél. +352 00 45 67 21"""
add(M(kind="interview_invitation", slug="ama_trial_day", lang="fr",
      company="Autobus Moselle-Alzette", contact=SOPHIE[1], mid="ama_trial", irt="ama_ack",
      frm=SOPHIE, subject="Invitation – journée d'immersion au service planification",
      date="2026-08-20 10:10", text=T, html=word_html(T),
      ics=dict(uid="ama-immersion-20260903@ama.example.lu", seq=0, start="2026-09-03 07:30",
               minutes=450, mode="attach", summary="Journée d'immersion – planification AMA",
               location="AMA, Bourmicht, Bertrange – entrée B", organizer=SOPHIE)))

# --- Bruxelles Mobilité Urbaine: Ashby self-scheduling link, HTML only
INES = ("Inès Vanderstraeten", "ines.vanderstraeten@bmu.example.be")
T = """Bonjour Baptiste,

Merci pour votre candidature au poste de Planificateur·rice horaires – réseau bus.

Nous aimerions organiser un entretien vidéo de 45 minutes avec Inès Vanderstraeten (Talent Acquisition) et Koen Peeters (responsable de l'offre bus).

Choisissez le créneau qui vous convient via le lien ci-dessous (disponibilités entre le 21 et le 24 avril) : https://jobs.ashbyhq.com/bmu/schedule/4b1c9e2a-planif-bus

Une fois votre choix confirmé, vous recevrez une invitation calendrier avec le lien de la visioconférence.

Pour toute question, répondez simplement à ce message : il parviendra à Inès.

L'équipe recrutement de Bruxelles Mobilité Urbaine"""
add(M(kind="interview_invitation", slug="bmu_ashby_scheduling_link", lang="fr",
      company="Bruxelles Mobilité Urbaine", contact=INES[1], mid="bmu_invite",
      frm=("Bruxelles Mobilité Urbaine", "no-reply@ashbyhq.com"), frm_enc="iso-8859-1/b",
      reply_to=INES, subject="Planifiez votre entretien – Planificateur·rice horaires",
      date="2026-04-14 11:30", tz="+0000",
      html=ats_card(T, "Bruxelles Mobilité Urbaine", "#e2001a",
                    "Propulsé par Ashby. Vous recevez ce message suite à votre candidature.",
                    button=("Choisir un créneau",
                            "https://jobs.ashbyhq.com/bmu/schedule/4b1c9e2a-planif-bus")),
      cte="quoted-printable"))

# --- Intermodal Meuse Terminal (Liège): interview
OLIVIER = ("Olivier Dardenne", "olivier.dardenne@imt-liege.example.be")
IMT_INVITE = """Bonjour Monsieur Nakamura-Leroy,

Nous avons bien lu votre candidature pour le poste de planificateur transport (trafic camions et navettes ferroviaires) et souhaitons vous rencontrer.

Je vous propose un entretien le mardi 14 juillet à 14h00 dans nos bureaux du terminal, quai de Renory 40 à Liège (parking visiteurs à gauche de la barrière).

L'entretien durera environ une heure, avec un petit test sur Excel. Merci de me confirmer que cette date vous convient.

Cordialement,

Olivier Dardenne
Responsable exploitation
Intermodal Meuse Terminal
Quai de Renory 40, 4031 Liège
+32 4 000 62 15"""
add(M(kind="interview_invitation", slug="imt_interview_terminal", lang="fr",
      company="Intermodal Meuse Terminal", contact=OLIVIER[1], mid="imt_invite",
      frm=OLIVIER, subject="Entretien – planificateur transport",
      date="2026-07-06 11:02", text=IMT_INVITE, charset="iso-8859-1", cte="quoted-printable"))

# --- Ville de Hautmeuse: written test + jury, PDF convocation
MARTINE = ("Martine Collignon", "martine.collignon@hautmeuse.example.be")
T = """Monsieur,

Suite à l'examen des candidatures reçues pour l'emploi de gestionnaire mobilité – planification des transports communaux (niveau B, contrat à durée indéterminée), nous avons l'honneur de vous convoquer aux épreuves de sélection :

- épreuve écrite : mardi 24 mars 2026 à 9h00 (durée : 2h30)
- entretien oral devant le jury : le même jour à partir de 14h00, selon l'horaire qui vous sera remis après l'épreuve écrite

Lieu : Hôtel de ville de Hautmeuse, salle des mariages, place Communale 1.

Vous trouverez la convocation officielle en pièce jointe. Nous vous prions de vous munir de votre carte d'identité et d'une copie de votre diplôme.

En cas d'empêchement, nous vous remercions de nous en informer au plus tard 48 heures avant l'épreuve.

Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.

Martine Collignon
Service du personnel – Ville de Hautmeuse
Place Communale 1, 5300 Hautmeuse
Tél. 085 00 12 80"""
add(M(kind="interview_invitation", slug="hautmeuse_convocation_epreuves", lang="fr",
      company="Ville de Hautmeuse", contact=MARTINE[1], mid="hautmeuse_convoc",
      irt="hautmeuse_ack", frm=MARTINE,
      subject="Convocation aux épreuves de sélection – gestionnaire mobilité",
      subj_enc="iso-8859-1/b", date="2026-03-09 11:45", text=T, charset="windows-1252",
      cte="quoted-printable",
      pdfs=[("Convocation_Nakamura-Leroy.pdf", [
          "Ville de Hautmeuse - Service du personnel",
          "CONVOCATION", "Emploi : gestionnaire mobilite (niveau B)",
          "Candidat : M. Baptiste Nakamura-Leroy",
          "Epreuve ecrite : 24 mars 2026, 9h00", "Entretien oral : 24 mars 2026, des 14h00",
          "Lieu : Hotel de ville, place Communale 1"])]))

# --- Lille Fret Multimodal: casual "t'es dispo jeudi ?"
JULIEN = ("Julien Desmet", "julien.desmet@lfm.example.fr")
LFM_INVITE = """Salut Baptiste,

Je reprends le fil après le salon de Lille : on cherche toujours quelqu'un pour la planif des tractions sur l'axe Lille–Dourges, et ton profil m'est revenu en tête.

T'es dispo jeudi vers 15h pour qu'on en parle 20-30 minutes en visio ? Rien de formel, je t'explique le poste, tu me racontes ce que tu fais aujourd'hui, et on voit si ça colle. Si jeudi ne va pas, vendredi matin je suis libre aussi.

Je t'envoie le lien Teams dès que tu me dis oui.

A+
Julien

--
Julien Desmet
Responsable planification | Lille Fret Multimodal
06 00 31 47 92"""
add(M(kind="interview_invitation", slug="lfm_casual_teams_chat", lang="fr",
      company="Lille Fret Multimodal", contact=JULIEN[1], mid="lfm_invite", frm=JULIEN,
      subject="Dispo jeudi ?", date="2026-06-16 18:22", text=LFM_INVITE,
      html=gmail_html(LFM_INVITE), cte="8bit"))

# --- Mobilité Grand-Duché: SuccessFactors, no human address
T = """Madame, Monsieur,

Votre candidature au poste de « Chargé de planification de l'offre régionale (m/f) » (réf. 2026-0412) a retenu notre attention.

Nous avons le plaisir de vous inviter à un entretien :
Date : jeudi 2 juillet 2026
Heure : 10h00
Lieu : Mobilité Grand-Duché, 4 rue de l'Aviation, L-1855 Luxembourg-Kirchberg, réception du rez-de-chaussée

Merci de confirmer ou de décliner cette invitation dans votre espace candidat au plus tard le 26 juin 2026 : https://career5.successfactors.eu/career?company=mgdlux&candidate=login

Ce message a été généré automatiquement ; merci de ne pas y répondre.

Service Recrutement
Mobilité Grand-Duché"""
add(M(kind="interview_invitation", slug="mgd_successfactors_invite", lang="fr",
      company="Mobilité Grand-Duché", contact="", mid="mgd_invite",
      frm=("Mobilité Grand-Duché – Recrutement", "noreply@successfactors.eu"),
      frm_enc="utf-8/q", subject="Invitation à un entretien – réf. 2026-0412",
      date="2026-06-22 07:00", tz="+0000", text=T,
      html=ats_card(T, "Mobilité Grand-Duché", "#00a3e0"), cte="base64"))

# --- Tempora Interim: registration interview at the agency (no client)
KARIMA = ("Karima Haddou", "karima.haddou@tempora-interim.example.be")
TEMPORA_INVITE = """Bonjour Monsieur Nakamura-Leroy,

Merci pour votre inscription en ligne chez Tempora Interim. Pour finaliser votre dossier et vous proposer des missions de chauffeur ou d'agent de planning, nous devons vous rencontrer une première fois à l'agence.

Je vous propose un entretien d'inscription le jeudi 2 avril à 11h00, à notre agence de Liège, boulevard de la Sauvenière 102 (3e étage).

Merci d'apporter : carte d'identité, permis de conduire, carte de qualification conducteur, et si possible vos dernières fiches de paie.

Comptez 45 minutes. Confirmez-moi votre venue par retour de mail.

Karima Haddou
Consultante – Tempora Interim Liège
04 000 77 30"""
add(M(kind="interview_invitation", slug="tempora_agency_registration_interview", lang="fr",
      company="Tempora Interim", contact=KARIMA[1], mid="tempora_invite", irt="tempora_reg",
      frm=KARIMA, subject="Votre entretien d'inscription – agence de Liège",
      date="2026-03-31 09:15", text=TEMPORA_INVITE, cte="quoted-printable"))

# --- Jadot Mobilité (head-hunter), client not named
THIERRY = ("Thierry Jadot", "thierry.jadot@jadot-mobilite.example.be")
JADOT_INVITE = """Bonjour Baptiste,

Je me permets de vous contacter suite à votre candidature sur notre site. Je mène actuellement une recherche confidentielle pour un opérateur de transport public en Brabant wallon, qui souhaite renforcer sa cellule de planification (poste de planificateur·trice des services conducteurs).

Je souhaiterais en discuter avec vous lors d'un premier entretien téléphonique. Auriez-vous 30 minutes mardi 28 avril, vers 12h30 ? À défaut, dites-moi ce qui vous arrange cette semaine.

Je ne peux pas encore vous communiquer le nom de mon client à ce stade, merci de votre compréhension.

Bien cordialement,

Thierry Jadot
Associé – Jadot Mobilité | Executive search transport & logistique
Rue de Fer 25, 5000 Namur
+32 81 00 66 09"""
add(M(kind="interview_invitation", slug="jadot_headhunter_phone_screen", lang="fr",
      company="Jadot Mobilité", contact=THIERRY[1], mid="jadot_invite", frm=THIERRY,
      subject="Recherche confidentielle – planificateur·trice (Brabant wallon)",
      date="2026-04-27 17:40", text=JADOT_INVITE, html=gmail_html(JADOT_INVITE)))

# --- Commune de Valmeuse: jury interview (windows-1252, encoded display name)
GERALDINE = ("Géraldine Hubeau", "geraldine.hubeau@valmeuse.example.be")
VALMEUSE_INVITE = """Monsieur Nakamura-Leroy,

Nous avons le plaisir de vous informer que vous avez réussi l’épreuve écrite du 20 mai pour le poste d’agent technique – planification des transports scolaires et PMR.

Vous êtes dès lors invité à l’entretien devant le jury de sélection, qui aura lieu le mardi 9 juin 2026 à 10h00 à l’Hôtel de ville de Valmeuse (salle du Conseil, 1er étage).

L’entretien durera 30 minutes environ : présentation de votre parcours (5 minutes), questions du jury sur un cas pratique d’organisation de circuits scolaires, puis questions de motivation.

Merci de confirmer votre présence par retour de courriel.

Géraldine Hubeau
Service GRH – Commune de Valmeuse
Rue de l’Église 2 – 5150 Valmeuse
Tél. 081 00 94 51"""
add(M(kind="interview_invitation", slug="valmeuse_jury_interview", lang="fr",
      company="Commune de Valmeuse", contact=GERALDINE[1], mid="valmeuse_invite",
      frm=GERALDINE, frm_enc="iso-8859-1/b",
      subject="Invitation à l’entretien de sélection – agent technique planification",
      subj_enc="utf-8/b", date="2026-05-26 14:00", text=VALMEUSE_INVITE,
      charset="windows-1252", cte="8bit"))

# --- Lowlands Rail Freight (Rotterdam): Teams interview, Outlook with calendar
DAAN = ("Daan Verhoeven", "daan.verhoeven@lowlandsrail.example.nl")
LRF_INVITE = """Dear Baptiste,

Following your application for the Crew Planner role, I'd like to invite you to a first interview with me and Ilse Kramer, our Crew Planning Manager.

Date: Monday 20 July 2026
Time: 10:00 - 10:45 (CEST)
Where: Microsoft Teams - the link is in the meeting invitation

We will walk through your CV, talk about rostering rules for train drivers (rest periods, route knowledge) and answer your questions about the team.

Kind regards,
Daan Verhoeven
Recruiter | Lowlands Rail Freight
Waalhaven Zuidzijde 19, 3089 JH Rotterdam
+31 10 000 8830

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting: https://teams.example.com/l/meetup-join/19%3ameeting_LRF0720
Meeting ID: 341 992 118 07  Passcode: Xk7pQz
________________________________________________________________________________"""
add(M(kind="interview_invitation", slug="lowlands_teams_interview", lang="en",
      company="Lowlands Rail Freight", contact=DAAN[1], mid="lrf_invite", frm=DAAN,
      subject="Interview invitation - Crew Planner - Lowlands Rail Freight",
      date="2026-07-13 09:48", text=LRF_INVITE, html=word_html(LRF_INVITE, "Aptos"),
      ics=dict(uid="040000008200E00074C5B7101A82E008000000007A11C3B2F612DC01LRF", seq=0,
               start="2026-07-20 10:00", minutes=45, summary="Interview Crew Planner - B. Nakamura-Leroy",
               location="Microsoft Teams Meeting", organizer=DAAN,
               prodid="Microsoft Exchange Server 2019")))

# --- Luxtrain Services: assessment centre
MARC = ("Marc Weber", "marc.weber@luxtrain.example.lu")
LUXTRAIN_AC = """Dear Mr Nakamura-Leroy,

Thank you for your interest in the Rolling Stock & Crew Scheduler position at Luxtrain Services.

We are pleased to invite you to our assessment day on Wednesday 17 June 2026, starting at 09:00 at our offices, 9 place de la Gare, Luxembourg (meet at the ground-floor reception).

The programme:
09:00  welcome and introduction to Luxtrain Services
09:30  scheduling exercise (individual, 75 minutes)
11:00  group discussion
12:15  lunch with members of the planning team
13:30  individual interview (45 minutes)

The day should end around 14:30. Please bring an identity document; a laptop is not needed.

Could you confirm your attendance by 10 June?

Kind regards,

Marc Weber
Talent Acquisition Specialist
Luxtrain Services
9, place de la Gare, L-1616 Luxembourg
+352 00 49 90 31"""
add(M(kind="interview_invitation", slug="luxtrain_assessment_day", lang="en",
      company="Luxtrain Services", contact=MARC[1], mid="luxtrain_ac", irt="luxtrain_ack",
      frm=MARC, subject="Invitation: assessment day on 17 June - Rolling Stock & Crew Scheduler",
      date="2026-06-03 15:30", text=LUXTRAIN_AC))

# --- Meridian Search Partners sets up an interview with its client Benelux Coach Lines
REBECCA = ("Rebecca Owusu", "rebecca.owusu@meridiansearch.example.be")
T = """Hi Baptiste,

Great news - Benelux Coach Lines would like to meet you for the Operations Planner role we discussed.

Interview details:
Friday 6 March, 11:00
Benelux Coach Lines, Leuvensesteenweg 510, Zaventem (ask for Ms Griet Claes, Head of Operations)
Format: 1 hour, face to face, in English with some French

They will want to hear about how you cope with late driver sickness calls and about any experience you have with duty rostering tools. Be ready for a short roster scenario.

Give me a call afterwards so we can debrief before I speak to Griet.

Best,
Rebecca

Rebecca Owusu
Senior Consultant - Transport & Logistics
Meridian Search Partners
Avenue Louise 326, 1050 Brussels
+32 2 000 18 75"""
add(M(kind="interview_invitation", slug="meridian_client_interview_bcl", lang="en",
      company="Benelux Coach Lines", contact=REBECCA[1], mid="meridian_invite",
      irt="meridian_cv", frm=REBECCA,
      subject="Interview with Benelux Coach Lines - Friday 6 March",
      date="2026-03-03 12:05", text=T, html=gmail_html(T)))

# --- Rotterdam Port Shuttle: "are you free Thursday to chat"
MARK = ("Mark Jansen", "mark.jansen@portshuttle.example.nl")
RPS_INVITE = """Hi Baptiste,

Lotte passed me your CV - she said you'd been asking around about planning jobs near the port.

We're a small outfit (14 buses, shuttles between the terminals and the park-and-rides) and I need someone to take the daily planning off my hands. Are you free Thursday to chat? Say 4pm, phone or video, whichever suits. No big formal thing, I just want to get a feel for each other.

Cheers,
Mark

Mark Jansen
Owner / Operations, Rotterdam Port Shuttle
+31 6 0000 4412"""
add(M(kind="interview_invitation", slug="rps_free_thursday_to_chat", lang="en",
      company="Rotterdam Port Shuttle", contact=MARK[1], mid="rps_invite", frm=MARK,
      subject="Planning job - quick chat Thursday?", date="2026-09-01 21:14", text=RPS_INVITE))

# --- Continental Bus Group: panel invite (Outlook, METHOD:REQUEST)
HELEN = ("Helen Marsh", "helen.marsh@continentalbusgroup.example.co.uk")
CBG_DISCLAIMER = ("This email and any attachments are confidential and intended solely for the "
                  "addressee. If you have received it in error, please notify the sender and "
                  "delete it. Continental Bus Group plc, registered in England and Wales, "
                  "No. 00000000. Registered office: 1 Fleet Yard, Leeds LS1 0XX.")
CBG_INVITE = """Dear Baptiste,

Thank you for your application for Service Planning Analyst (Luxembourg operations). I'm pleased to invite you to a panel interview.

Panel: Tom Reddington (Head of Planning, Europe), Carole Meyer (Luxembourg Depot Manager) and myself.
Date: Wednesday 29 July 2026, 13:00 - 14:00 (Luxembourg time)
Format: Microsoft Teams (link in the invitation)

The panel will ask competency-based questions and would like you to talk for 10 minutes about how you would improve vehicle utilisation on a network you know. Slides are optional.

Please accept the calendar invitation to confirm.

Kind regards,
Helen Marsh
Recruitment Business Partner
Continental Bus Group
+44 113 000 2290

""" + CBG_DISCLAIMER
add(M(kind="interview_invitation", slug="cbg_panel_outlook_request", lang="en",
      company="Continental Bus Group", contact=HELEN[1], mid="cbg_invite", frm=HELEN,
      subject="Panel interview - Service Planning Analyst (Luxembourg)",
      date="2026-07-21 09:30", tz="+0100", text=CBG_INVITE, html=word_html(CBG_INVITE, "Arial"),
      headers=[("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
      ics=dict(uid="040000008200E00074C5B7101A82E00800000000CBG0729PANEL0001", seq=0,
               start="2026-07-29 13:00", minutes=60,
               summary="Panel interview - Service Planning Analyst - Baptiste Nakamura-Leroy",
               location="Microsoft Teams Meeting", organizer=HELEN,
               prodid="Microsoft Exchange Server 2016")))

# --- Brückner Personalberatung arranges a client interview (Rheinland Bahnservice)
TOBIAS = ("Tobias Brückner", "tobias.brueckner@brueckner-personal.example.de")
BRUECKNER_INVITE = """Guten Tag Herr Nakamura-Leroy,

wie telefonisch besprochen, hat unser Mandant Rheinland Bahnservice großes Interesse an Ihrem Profil für die Position Einsatzplaner Triebfahrzeugführer (m/w/d).

Ich habe folgenden Gesprächstermin für Sie vereinbart:
Dienstag, 24. Februar 2026, 10:00 Uhr
Rheinland Bahnservice, Deutz-Mülheimer Straße 30, 50679 Köln, 3. OG
Gesprächspartner: Herr Stefan Reuter (Leiter Einsatzplanung) und Frau Ayşe Demir (HR)

Das Gespräch findet auf Deutsch statt und dauert etwa 60 Minuten. Bitte melden Sie sich nach dem Termin kurz bei mir.

Viel Erfolg!

Mit besten Grüßen
Tobias Brückner
Brückner Personalberatung
Hohenzollernring 72, 50672 Köln
Tel. +49 221 000 4410"""
add(M(kind="interview_invitation", slug="brueckner_client_interview_rbs", lang="de",
      company="Rheinland Bahnservice", contact=TOBIAS[1], mid="brueckner_invite",
      frm=TOBIAS, frm_enc="iso-8859-1/q",
      subject="Vorstellungsgespräch bei Rheinland Bahnservice am 24.02.",
      date="2026-02-17 16:02", text=BRUECKNER_INVITE, charset="utf-8", cte="quoted-printable"))

# --- Stadt Rheinbrück: Vorstellungsgespräch with PDF
HEIKE = ("Heike Sommerfeld", "heike.sommerfeld@rheinbrueck.example.de")
RHEINBRUECK_INVITE = """Sehr geehrter Herr Nakamura-Leroy,

wir beziehen uns auf Ihre Bewerbung um die Stelle als Sachbearbeiter/in Verkehrsplanung ÖPNV (EG 9a TVöD) und laden Sie herzlich zu einem Vorstellungsgespräch ein.

Termin: Montag, 18. Mai 2026, 10:30 Uhr
Ort: Rathaus Rheinbrück, Marktplatz 1, Zimmer 2.14

Der Auswahlkommission gehören Vertreter des Fachbereichs Mobilität, des Personalrats und der Gleichstellungsbeauftragten an. Das Gespräch dauert ca. 45 Minuten.

Die Einladung mit einer Wegbeschreibung ist als PDF beigefügt. Bitte teilen Sie uns mit, ob Sie den Termin wahrnehmen können.

Mit freundlichen Grüßen
Im Auftrag
Heike Sommerfeld
Stadt Rheinbrück – Fachbereich Personal
Marktplatz 1, 50999 Rheinbrück
Telefon 02236 000-214"""
add(M(kind="interview_invitation", slug="rheinbrueck_vorstellungsgespraech", lang="de",
      company="Stadt Rheinbrück", contact=HEIKE[1], mid="rheinbrueck_invite",
      irt="rheinbrueck_ack", frm=HEIKE,
      subject="Einladung zum Vorstellungsgespräch – Sachbearbeitung Verkehrsplanung",
      subj_enc="iso-8859-1/q", date="2026-05-04 11:20", text=RHEINBRUECK_INVITE,
      charset="iso-8859-1", cte="quoted-printable",
      pdfs=[("Einladung_Vorstellungsgespraech.pdf", [
          "Stadt Rheinbruck - Fachbereich Personal", "Einladung zum Vorstellungsgesprach",
          "Herr Baptiste Nakamura-Leroy", "Montag, 18. Mai 2026, 10:30 Uhr",
          "Rathaus, Marktplatz 1, Zimmer 2.14"])]))

# --- Kranich Logistik: phone interview
MELANIE = ("Melanie Çelik", "melanie.celik@kranich-logistik.example.de")
KRANICH_DISCLAIMER = ("Kranich Logistik GmbH | Sitz: Köln | Amtsgericht Köln HRB 000000 | "
                      "Geschäftsführer: Ralf Kranich, Dr. Ute Lenz\n"
                      "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der "
                      "richtige Adressat sind, informieren Sie bitte sofort den Absender und "
                      "vernichten Sie diese E-Mail.")
KRANICH_INVITE = """Hallo Herr Nakamura-Leroy,

danke für Ihre Bewerbung als Disponent Nahverkehr/Shuttle (m/w/d) an unserem Standort Köln-Niehl.

Ich würde gern ein erstes Telefoninterview mit Ihnen führen, ca. 30 Minuten. Passt Ihnen Donnerstag, der 11. Juni, um 10:00 Uhr? Ich rufe Sie dann unter der belgischen Mobilnummer aus Ihrem Lebenslauf an.

Viele Grüße
Melanie Çelik
Recruiting | Kranich Logistik GmbH
Niehler Hafenstraße 8, 50735 Köln
Tel. +49 221 000 7318

""" + KRANICH_DISCLAIMER
add(M(kind="interview_invitation", slug="kranich_telefoninterview", lang="de",
      company="Kranich Logistik", contact=MELANIE[1], mid="kranich_invite",
      irt="kranich_ack", frm=MELANIE, frm_enc="utf-8/q",
      subject="Telefoninterview – Disponent Nahverkehr/Shuttle", subj_enc="utf-8/q",
      date="2026-06-09 13:37", text=KRANICH_INVITE, html=word_html(KRANICH_INVITE),
      cte="quoted-printable"))

# --- Grupo Movinorte: Workable, calendar request
INIGO = ("Iñigo Larrañaga", "inigo.larranaga@movinorte.example.es")
MOVINORTE_INVITE = """Hola Baptiste,

Gracias por presentar tu candidatura a Responsable de planificación – Movinorte Luxemburgo.

Nos encantaría conocerte. Te proponemos una videollamada el miércoles 15 de julio a las 16:00 (hora de Luxemburgo) con Iñigo Larrañaga, director de operaciones de la filial.

Te adjuntamos la invitación de calendario. Si necesitas otro horario, contesta a este correo y lo vemos.

¡Hasta pronto!
El equipo de selección de Grupo Movinorte"""
add(M(kind="interview_invitation", slug="movinorte_workable_video", lang="es",
      company="Grupo Movinorte", contact=INIGO[1], mid="movinorte_invite",
      irt="movinorte_ack", frm=("Grupo Movinorte", "noreply@workablemail.com"),
      reply_to=INIGO, reply_to_enc="iso-8859-1/b",
      subject="Entrevista: Responsable de planificación – Movinorte Luxemburgo",
      subj_enc="iso-8859-1/q", date="2026-07-09 08:12", tz="+0000", text=MOVINORTE_INVITE,
      html=ats_card(MOVINORTE_INVITE, "Grupo Movinorte", "#005f73",
                    "Powered by Workable"),
      ics=dict(uid="workable-iv-5521907@workablemail.com", seq=0, start="2026-07-15 16:00",
               minutes=45, summary="Entrevista Baptiste Nakamura-Leroy – Movinorte",
               location="Videollamada (enlace en la descripción)", organizer=INIGO,
               description="Enlace: https://meet.example.com/mvn-plan-715",
               prodid="-//Workable//Calendar//EN")))

# --- Talento Logístico Consultores sets up an interview with client Puerto Seco Logística
MARTA = ("Marta Gil Otero", "marta.gil@talentologistico.example.es")
TALENTO_INVITE = """Hola Baptiste:

Como te adelanté por teléfono, nuestro cliente Puerto Seco Logística quiere entrevistarte para el puesto de planificador de tráfico en su plataforma de Rotterdam.

Te dejo los datos:
- Día: jueves 17 de septiembre
- Hora: 12:00 (hora peninsular, la misma que en Rotterdam)
- Formato: Teams, con Jorge Salinas (jefe de plataforma) y Noor de Graaf (planificación)
- Enlace: https://teams.example.com/l/meetup-join/psl-0917

La entrevista será en español y en inglés. Repasa bien los tiempos de conducción y descanso, que Jorge suele preguntar.

Cualquier cosa, me llamas.

Un abrazo,
Marta Gil Otero
Consultora sénior | Talento Logístico Consultores
Paseo de la Castellana 000, 28046 Madrid
+34 600 00 21 87"""
add(M(kind="interview_invitation", slug="talento_client_interview_psl", lang="es",
      company="Puerto Seco Logística", contact=MARTA[1], mid="talento_invite", frm=MARTA,
      subject="Entrevista con Puerto Seco Logística – jueves 17", subj_enc="utf-8/q",
      date="2026-09-14 17:25", text=TALENTO_INVITE, charset="iso-8859-1", cte="8bit"))

# ============================================================ interview_reschedule_or_cancel

# --- Maasstad: calendar update, SEQUENCE 1
T = """Hi Baptiste,

Pieter has been called into a meeting with the city on the 17th, so we need to move your interview. The new time is:

Thursday 19 February 2026, 10:30 - 11:30 (CET)
Same place: Stationsplein 40, 4th floor, room Erasmus.

The updated calendar invitation replaces the previous one. Apologies for the change - let me know if the new slot is a problem.

Best,
Sanne"""
add(M(kind="interview_reschedule_or_cancel", slug="maasstad_greenhouse_updated_time", lang="en",
      company="Maasstad Transit", contact=SANNE[1], mid="maasstad_move", irt="maasstad_invite",
      frm=("Sanne de Wit via Greenhouse", "no-reply@greenhouse-mail.io"), reply_to=SANNE,
      subject="Updated: Interview for Network Scheduling Officer at Maasstad Transit",
      date="2026-02-13 15:02", tz="+0000", text=T,
      html=ats_card(T, "Maasstad Transit", "#00843d",
                    "Sent via Greenhouse on behalf of Maasstad Transit."),
      ics=dict(uid="gh-7f3a2c91-maasstad-20260217@greenhouse-mail.io", seq=1,
               start="2026-02-19 10:30", minutes=60, mode="both",
               summary="Interview: Baptiste Nakamura-Leroy - Network Scheduling Officer",
               location="Maasstad Transit, Stationsplein 40, Rotterdam (room Erasmus)",
               organizer=SANNE, prodid="-//Greenhouse Software//Scheduler//EN")))

# --- Domstadt: interviewer ill, new date
T = """Sehr geehrter Herr Nakamura-Leroy,

leider muss ich Ihnen mitteilen, dass unser Leiter der Dienstplanung, Herr Kowalczyk, kurzfristig erkrankt ist. Da er die Fallstudie im Assessment-Center am Donnerstag selbst auswertet, können wir den Termin am 26. März nicht wie geplant durchführen.

Wir verschieben das Assessment-Center auf Donnerstag, den 9. April 2026, gleiche Uhrzeit (09:00 Uhr), gleicher Ort. Die aktualisierte Kalendereinladung ersetzt die bisherige.

Falls Ihnen der neue Termin nicht passt, melden Sie sich bitte; wir finden dann eine Lösung.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Jana Weißenborn
Personalgewinnung
Domstadt Verkehrsgesellschaft mbH
Scheidtweilerstraße 38, 50933 Köln
Tel. 0221 000-3360"""
add(M(kind="interview_reschedule_or_cancel", slug="domstadt_interviewer_ill", lang="de",
      company="Domstadt Verkehrsgesellschaft", contact=JANA[1], mid="dvg_move",
      irt="dvg_invite", frm=JANA, frm_enc="utf-8/b",
      subject="Verschiebung Assessment-Center am 26.03. – neuer Termin 09.04.",
      date="2026-03-24 07:55", text=T, cte="base64",
      ics=dict(uid="personio-ac-88412-dvg@personio.de", seq=1, start="2026-04-09 09:00",
               minutes=240, summary="Assessment-Center Disponent/in Fahrdienst (neuer Termin)",
               location="Betriebshof Köln-Merheim, Verwaltungsgebäude, Raum 1.04",
               organizer=JANA)))

# --- MTL: METHOD:CANCEL, no decision
MTL_CANCEL = """Bonjour Monsieur Nakamura-Leroy,

Je suis au regret de devoir annuler le panel d'entretien prévu ce jeudi 30 avril à 14h00. Une réorganisation interne du bureau des méthodes est en cours d'arbitrage et la direction souhaite la finaliser avant de poursuivre ce recrutement.

Votre candidature reste à l'étude : je reviendrai vers vous dès que possible, au plus tard mi-mai, pour vous tenir informé de la suite.

Avec toutes mes excuses pour ce contretemps,

Claire Vandamme
Chargée de recrutement – Direction des Ressources Humaines
Métropole Transports Lille"""
add(M(kind="interview_reschedule_or_cancel", slug="mtl_panel_cancelled", lang="fr",
      company="Métropole Transports Lille", contact=CLAIRE[1], mid="mtl_cancel",
      irt="mtl_invite", frm=CLAIRE,
      subject="Annulé : Panel – Régulateur·rice planification – 30 avr. 2026",
      date="2026-04-28 16:42", text=MTL_CANCEL + "\n\n" + MTL_DISCLAIMER,
      html=word_html(MTL_CANCEL + "\n\n" + MTL_DISCLAIMER),
      headers=[("X-Mailer", "Microsoft Outlook 16.0")],
      ics=dict(method="CANCEL",
               uid="040000008200E00074C5B7101A82E00800000000C0FFEE30A4D9DC01000000000000000010000000MTL041",
               seq=1, start="2026-04-30 14:00", minutes=90,
               summary="Annulé : Panel – Régulateur·rice planification",
               location="MTL siège – salle Vauban (2e étage)", organizer=CLAIRE,
               prodid="Microsoft Exchange Server 2016")))

# --- AMA: trial day moved
T = """Bonjour Monsieur Nakamura-Leroy,

Je dois malheureusement déplacer votre journée d'immersion du jeudi 3 septembre : la rentrée scolaire luxembourgeoise tombe plus tôt que prévu dans nos plannings de renfort, et l'équipe sera entièrement mobilisée ce jour-là.

Nouvelle date proposée : mardi 8 septembre 2026, mêmes horaires (7h30 – 15h00), même adresse à Bertrange.

Pouvez-vous me confirmer que ce nouveau jour vous convient ? Je mets à jour l'invitation de votre côté dès réception de votre accord.

Avec mes excuses pour ce changement,

Sophie Kieffer
Human Resources Business Partner – Autobus Moselle-Alzette"""
add(M(kind="interview_reschedule_or_cancel", slug="ama_trial_day_moved", lang="fr",
      company="Autobus Moselle-Alzette", contact=SOPHIE[1], mid="ama_move", irt="ama_trial",
      frm=SOPHIE, subject="Changement de date – journée d'immersion",
      date="2026-08-28 09:40", text=T, charset="iso-8859-1", cte="quoted-printable"))

# --- Flexa: client moved the interview
T = """Bonjour Baptiste,

Petit changement : M. Van Hool doit remplacer un régulateur malade vendredi matin et ne pourra pas vous recevoir. La Régie des Bus Carolos propose de décaler l'entretien au mercredi 11 février à 10h00, même endroit (rue de la Villette 21).

Je leur ai dit que ça devrait vous aller puisque vous êtes en repos le mercredi, mais confirmez-moi quand même, s'il vous plaît.

""" + FLEXA_SIG
add(M(kind="interview_reschedule_or_cancel", slug="flexa_client_moves_interview", lang="fr",
      company="Régie des Bus Carolos", contact=MEHDI[1], mid="flexa_move", irt="flexa_invite",
      frm=MEHDI, subject="Carolos : entretien déplacé au mercredi 11/02",
      subj_enc="iso-8859-1/q", date="2026-02-05 11:48", text=T, cte="quoted-printable"))

# --- BMU: Ashby rescheduled, no human reply address
T = """Bonjour Baptiste,

Votre entretien pour le poste de Planificateur·rice horaires – réseau bus a été reprogrammé.

Nouvel horaire : vendredi 24 avril 2026, 10:00 – 10:45 (heure de Bruxelles)
Ancien horaire : mercredi 22 avril 2026, 14:00 – 14:45
Participants : Inès Vanderstraeten, Koen Peeters
Lien de la réunion : https://meet.example.com/bmu-planif-0424

L'invitation calendrier jointe remplace la précédente.

Ce message est envoyé automatiquement, merci de ne pas y répondre."""
add(M(kind="interview_reschedule_or_cancel", slug="bmu_ashby_rescheduled", lang="fr",
      company="Bruxelles Mobilité Urbaine", contact="", mid="bmu_move", irt="bmu_invite",
      frm=("Bruxelles Mobilité Urbaine", "no-reply@ashbyhq.com"), frm_enc="iso-8859-1/b",
      subject="Entretien reprogrammé – Planificateur·rice horaires", subj_enc="utf-8/b",
      date="2026-04-20 08:15", tz="+0000", text=T,
      html=ats_card(T, "Bruxelles Mobilité Urbaine", "#e2001a",
                    "Propulsé par Ashby."),
      headers=[("Auto-Submitted", "auto-generated")],
      ics=dict(uid="ashby-bmu-iv-20260422-3f9c@ashbyhq.com", seq=1, start="2026-04-24 10:00",
               minutes=45, mode="attach", summary="Entretien – Planificateur·rice horaires (BMU)",
               location="https://meet.example.com/bmu-planif-0424",
               organizer=("Ashby Scheduling", "no-reply@ashbyhq.com"))))

# --- Ville de Hautmeuse: new convocation, PDF
T = """Monsieur,

Pour des raisons d'organisation (indisponibilité de la salle des mariages), les épreuves de sélection pour l'emploi de gestionnaire mobilité initialement prévues le mardi 24 mars 2026 sont reportées au mardi 31 mars 2026, aux mêmes heures : épreuve écrite à 9h00, entretiens devant le jury à partir de 14h00.

Les épreuves se dérouleront à l'Espace Meuse, rue du Pont 8, à Hautmeuse. La nouvelle convocation est jointe à ce courriel et annule et remplace la précédente.

Nous vous prions de nous excuser pour ce changement et vous prions d'agréer, Monsieur, nos salutations distinguées.

Martine Collignon
Service du personnel – Ville de Hautmeuse
Tél. 085 00 12 80"""
add(M(kind="interview_reschedule_or_cancel", slug="hautmeuse_new_convocation_pdf", lang="fr",
      company="Ville de Hautmeuse", contact=MARTINE[1], mid="hautmeuse_move",
      irt="hautmeuse_convoc", frm=MARTINE,
      subject="Report des épreuves de sélection au 31 mars – nouvelle convocation",
      subj_enc="iso-8859-1/q", date="2026-03-17 10:05", text=T, charset="iso-8859-1",
      cte="8bit",
      pdfs=[("Convocation_modifiee_Nakamura-Leroy.pdf", [
          "Ville de Hautmeuse - Service du personnel", "CONVOCATION (annule et remplace)",
          "Epreuve ecrite : 31 mars 2026, 9h00", "Entretien oral : 31 mars 2026, des 14h00",
          "Lieu : Espace Meuse, rue du Pont 8"])]))

# --- Commune de Valmeuse: interview cancelled, candidacy still open
T = """Monsieur Nakamura-Leroy,

En raison de l’indisponibilité simultanée de deux membres du jury, les entretiens de sélection prévus le mardi 9 juin pour le poste d’agent technique – planification des transports scolaires et PMR sont annulés.

Ceci ne préjuge en rien de la suite de la procédure : votre candidature reste retenue pour cette étape et une nouvelle date vous sera communiquée dans les prochains jours.

Nous vous prions de nous excuser pour ce désagrément.

Géraldine Hubeau
Service GRH – Commune de Valmeuse
Tél. 081 00 94 51"""
add(M(kind="interview_reschedule_or_cancel", slug="valmeuse_jury_cancelled", lang="fr",
      company="Commune de Valmeuse", contact=GERALDINE[1], mid="valmeuse_cancel",
      irt="valmeuse_invite", frm=GERALDINE, frm_enc="iso-8859-1/q",
      subject="Annulation des entretiens du 9 juin", date="2026-06-05 16:10", text=T,
      charset="windows-1252", cte="quoted-printable"))

# --- Intermodal Meuse Terminal: answers the candidate's own reschedule request
T = """Bonjour Monsieur Nakamura-Leroy,

Pas de souci, je comprends tout à fait : décalons à vendredi 17 juillet à 10h00, même endroit (quai de Renory 40). Le test Excel est maintenu.

Bonne fin de semaine,

Olivier Dardenne
Responsable exploitation – Intermodal Meuse Terminal
+32 4 000 62 15

""" + wrote("fr", "mer. 8 juil. 2026 à 07:52", *ME) + "\n" + quote(IMT_REQUEST)
add(M(kind="interview_reschedule_or_cancel", slug="imt_moved_to_friday", lang="fr",
      company="Intermodal Meuse Terminal", contact=OLIVIER[1], mid="imt_move",
      irt="imt_request", frm=OLIVIER, subject="RE: Entretien – planificateur transport",
      date="2026-07-08 09:15", text=T, charset="iso-8859-1", cte="quoted-printable"))

# --- Jadot Mobilité: phone call moved
T = """Bonjour Baptiste,

Un rendez-vous client s'est glissé mardi à l'heure de notre appel. Pouvons-nous le décaler au jeudi 30 avril, même heure (12h30) ? Je vous appellerai sur votre portable.

Merci de votre souplesse et à jeudi,

Thierry Jadot
Jadot Mobilité
+32 81 00 66 09

""" + wrote("fr", "lun. 27 avr. 2026 à 17:40", *THIERRY) + "\n" + quote(JADOT_INVITE)
add(M(kind="interview_reschedule_or_cancel", slug="jadot_call_moved", lang="fr",
      company="Jadot Mobilité", contact=THIERRY[1], mid="jadot_move", irt="jadot_invite",
      frm=THIERRY, subject="Re: Recherche confidentielle – planificateur·trice (Brabant wallon)",
      date="2026-04-28 08:03", text=T, html=gmail_html(T), cte="base64"))

# --- Continental Bus Group: Outlook update, SEQUENCE 1
T = """Dear Baptiste,

Carole Meyer has a depot audit on the 29th, so we have moved the panel by one day. New time: Thursday 30 July 2026, 13:00 - 14:00 (Luxembourg time), still on Teams.

The updated meeting request replaces the original one; please accept it again so that it shows correctly in your calendar.

Kind regards,
Helen Marsh
Recruitment Business Partner
Continental Bus Group

""" + CBG_DISCLAIMER
add(M(kind="interview_reschedule_or_cancel", slug="cbg_outlook_updated_request", lang="en",
      company="Continental Bus Group", contact=HELEN[1], mid="cbg_move", irt="cbg_invite",
      frm=HELEN, subject="Updated: Panel interview - Service Planning Analyst (Luxembourg)",
      date="2026-07-24 11:12", tz="+0100", text=T, html=word_html(T, "Arial"),
      ics=dict(uid="040000008200E00074C5B7101A82E00800000000CBG0729PANEL0001", seq=1,
               start="2026-07-30 13:00", minutes=60,
               summary="Panel interview - Service Planning Analyst - Baptiste Nakamura-Leroy",
               location="Microsoft Teams Meeting", organizer=HELEN,
               prodid="Microsoft Exchange Server 2016")))

# --- Luxtrain: assessment day start moved
T = """Dear Mr Nakamura-Leroy,

A quick update about your assessment day on 17 June: because of a works possession at Luxembourg station that morning, our meeting rooms are not available before lunch.

The date stays the same, but the programme now starts at 14:00 instead of 09:00 and ends around 18:30. The scheduling exercise will be done first, then the group discussion and your individual interview. Lunch is replaced by coffee at 16:00.

Please let me know if the afternoon is a problem for you.

Kind regards,
Marc Weber
Talent Acquisition Specialist, Luxtrain Services

""" + wrote("en", "Wed, 3 Jun 2026 at 15:30", *MARC) + "\n" + quote(LUXTRAIN_AC)
add(M(kind="interview_reschedule_or_cancel", slug="luxtrain_assessment_afternoon", lang="en",
      company="Luxtrain Services", contact=MARC[1], mid="luxtrain_move", irt="luxtrain_ac",
      frm=MARC, subject="Re: Invitation: assessment day on 17 June - new start time 14:00",
      date="2026-06-10 12:20", text=T))

# --- Stadt Rheinbrück: Terminverschiebung
T = """Sehr geehrter Herr Nakamura-Leroy,

aufgrund einer kurzfristig angesetzten Ratssitzung müssen wir Ihr Vorstellungsgespräch am 18. Mai leider verlegen.

Neuer Termin: Mittwoch, 20. Mai 2026, 14:00 Uhr, Rathaus Rheinbrück, Zimmer 2.14.

Bitte bestätigen Sie uns den neuen Termin kurz per E-Mail. Sollte er Ihnen nicht möglich sein, schlagen wir Ihnen gern eine Alternative vor.

Mit freundlichen Grüßen
Im Auftrag
Heike Sommerfeld
Stadt Rheinbrück – Fachbereich Personal"""
add(M(kind="interview_reschedule_or_cancel", slug="rheinbrueck_terminverschiebung", lang="de",
      company="Stadt Rheinbrück", contact=HEIKE[1], mid="rheinbrueck_move",
      irt="rheinbrueck_invite", frm=HEIKE, subject="Verlegung Ihres Vorstellungsgesprächs",
      subj_enc="iso-8859-1/b", date="2026-05-11 08:50", text=T, charset="iso-8859-1",
      cte="8bit"))

# --- Autocares Ibéricos: time changed (answers the candidate's confirmation)
T = """Hola Baptiste:

Gracias por confirmar. Ha surgido un cambio: Álvaro tiene que acompañar una auditoría de flota el martes por la mañana, así que te proponemos pasar la entrevista al jueves 21 de mayo a las 9:30, con el mismo enlace.

Si no te encaja, dime qué franja te va mejor esa semana.

Un saludo,
Lucía

Lucía Ferrández
Recursos Humanos | Autocares Ibéricos Benelux
Rue de la Loi 000, 1040 Bruselas
+32 2 000 73 19

""" + wrote("es", "mar, 12 may 2026 a las 20:31", *ME) + "\n" + quote(AIB_ACCEPT)
add(M(kind="interview_reschedule_or_cancel", slug="autocares_ibericos_new_time", lang="es",
      company="Autocares Ibéricos Benelux", contact=LUCIA[1], mid="aib_move", irt="aib_accept",
      frm=LUCIA, frm_enc="iso-8859-1/b", subject="RE: Entrevista – cambio de hora",
      date="2026-05-15 10:26", text=T, html=gmail_html(T), cte="quoted-printable"))

# --- Grupo Movinorte: METHOD:CANCEL, new date to come
T = """Hola Baptiste,

Lo siento mucho, pero tenemos que cancelar la videollamada de mañana miércoles a las 16:00: me han convocado a una reunión del consejo en Oviedo y no llego.

No es una cancelación del proceso: mañana mismo te propongo dos o tres huecos para la semana que viene.

Un saludo,
Iñigo Larrañaga
Director de operaciones – Movinorte Luxemburgo"""
add(M(kind="interview_reschedule_or_cancel", slug="movinorte_calendar_cancel", lang="es",
      company="Grupo Movinorte", contact=INIGO[1], mid="movinorte_cancel",
      irt="movinorte_invite", frm=INIGO, frm_enc="utf-8/q",
      subject="Cancelada: Entrevista Baptiste Nakamura-Leroy – Movinorte",
      date="2026-07-14 19:05", text=T,
      ics=dict(method="CANCEL", uid="workable-iv-5521907@workablemail.com", seq=1,
               start="2026-07-15 16:00", minutes=45,
               summary="Entrevista Baptiste Nakamura-Leroy – Movinorte",
               location="Videollamada", organizer=INIGO, prodid="-//Google Inc//Google Calendar 70.9054//EN")))

# ============================================================ missed_interview_notice

add(M(kind="missed_interview_notice", slug="tsm_tried_calling_twice", lang="fr",
      company="Transports Sambre-Meuse", contact=NATH[1], mid="tsm_missed", irt="tsm_screen",
      frm=NATH, subject="Entretien téléphonique – Planificateur·trice adjoint·e",
      date="2026-01-22 10:41",
      text=TSM_MISSED + "\n\n" + wrote("fr", "mar. 20 janv. 2026 à 09:47", *NATH) + "\n"
      + quote(TSM_SCREEN), cte="quoted-printable"))

T = """Bonjour Monsieur Nakamura-Leroy,

Nous vous attendions ce matin à 11h00 à l'agence pour votre entretien d'inscription, mais nous ne vous avons pas vu et nous n'avons pas eu de nouvelles. J'ai essayé de vous appeler vers 11h20, sans réponse.

Si vous souhaitez toujours travailler avec nous, il suffit de me proposer un nouveau rendez-vous : nous avons plusieurs demandes de clients en transport de personnes en ce moment.

Karima Haddou
Consultante – Tempora Interim Liège
04 000 77 30

""" + wrote("fr", "mar. 31 mars 2026 à 09:15", *KARIMA) + "\n" + quote(TEMPORA_INVITE)
add(M(kind="missed_interview_notice", slug="tempora_no_show_agency", lang="fr",
      company="Tempora Interim", contact=KARIMA[1], mid="tempora_missed",
      irt="tempora_invite", frm=KARIMA,
      subject="RE: Votre entretien d'inscription – agence de Liège",
      date="2026-04-02 12:10", text=T, charset="windows-1252", cte="quoted-printable"))

AURELIE = ("Aurélie Massart", "aurelie.massart@navettes-cra.example.be")
T = """Bonjour Monsieur Nakamura-Leroy,

Nous vous avons attendu sur Teams ce matin à 9h15 pour l'entretien prévu avec M. Herman (responsable des opérations navettes), pendant une quinzaine de minutes, sans vous voir vous connecter.

Peut-être avez-vous rencontré un problème technique avec le lien ? Si vous êtes toujours intéressé par le poste de planificateur navettes, merci de me répondre d'ici vendredi avec vos disponibilités de la semaine prochaine.

Cordialement,

Aurélie Massart
Office & HR Manager
Navettes Aéroport Charleroi
Rue des Frères Wright 8, 6041 Gosselies
+32 71 00 25 63"""
add(M(kind="missed_interview_notice", slug="navettes_waited_on_teams", lang="fr",
      company="Navettes Aéroport Charleroi", contact=AURELIE[1], mid="nac_missed",
      irt="nac_ack", frm=AURELIE, frm_enc="utf-8/b",
      subject="Entretien de ce matin – pas de connexion", date="2026-03-12 09:50", text=T,
      html=word_html(T), cte="quoted-printable"))

PASCAL = ("Pascal Delvaux", "pascal.delvaux@sambre-logistique.example.be")
T = """Monsieur,

Vous étiez attendu aujourd’hui à 14h00 dans nos bureaux de Marchienne-au-Pont pour un entretien concernant le poste d’assistant planning transport. Vous ne vous êtes pas présenté et nous n’avons reçu aucun message de votre part.

Si un empêchement vous a retenu, je vous remercie de me le faire savoir rapidement en indiquant si vous souhaitez maintenir votre candidature.

Salutations,

Pascal Delvaux
Responsable d’exploitation – Sambre Logistique
Rue de l’Industrie 112, 6030 Marchienne-au-Pont
071 00 48 22"""
add(M(kind="missed_interview_notice", slug="sambre_logistique_no_show", lang="fr",
      company="Sambre Logistique", contact=PASCAL[1], mid="sambre_missed", irt="sambre_ack",
      frm=PASCAL, subject="Entretien de ce jour – absence", date="2026-05-22 14:45", text=T,
      charset="windows-1252", cte="8bit"))

T = """Baptiste ?

On t'attendait sur Teams à 15h avec Sylvie (la cheffe des opérations), personne en vue. T'as eu un souci ? On a patienté un bon quart d'heure puis elle a dû filer en réunion.

Rappelle-moi quand tu peux, on peut sûrement recaser ça la semaine prochaine.

Julien
06 00 31 47 92

""" + wrote("fr", "mar. 16 juin 2026 à 18:22", *JULIEN) + "\n" + quote(LFM_INVITE)
add(M(kind="missed_interview_notice", slug="lfm_casual_waited_on_teams", lang="fr",
      company="Lille Fret Multimodal", contact=JULIEN[1], mid="lfm_missed", irt="lfm_invite",
      frm=JULIEN, subject="Re: Dispo jeudi ?", date="2026-06-18 15:25", text=T, cte="8bit"))

FEMKE = ("Femke Bakker", "femke.bakker@portline.example.nl")
T = """Hello Baptiste,

We had a phone screen booked for 10:00 this morning for the Transport Planner position. I tried calling you twice at 10:00 and again at 10:08 on +32 475 00 18 62, but it went straight to voicemail both times.

If something came up, no problem - just reply with a couple of times that work for you this week and I'll call again. If you have decided not to continue with your application, a quick note would be appreciated too.

Kind regards,
Femke Bakker
Recruiter | Portline Logistics
Maasvlakte Boulevard 12, 3199 LA Rotterdam
+31 10 000 5120

Portline Logistics B.V. is registered with the Chamber of Commerce under number 00000000. This message may contain confidential information and is intended only for the addressee."""
add(M(kind="missed_interview_notice", slug="portline_tried_calling_twice", lang="en",
      company="Portline Logistics", contact=FEMKE[1], mid="portline_missed", irt="portline_ack",
      frm=FEMKE, subject="Our phone screen this morning", date="2026-03-17 10:22", text=T,
      html=word_html(T, "Segoe UI")))

T = """Hi Baptiste,

Ilse and I waited on Teams from 10:00 until about 10:15 for your interview, but we didn't see you join. I also sent a chat message in the meeting, in case the audio wasn't working.

I hope everything is OK. If you would still like to be considered for the Crew Planner role, please get back to me by Wednesday and we'll try to find another slot - Ilse is away from the 27th for two weeks.

Kind regards,
Daan

""" + wrote("en", "Mon, 13 Jul 2026 at 09:48", *DAAN) + "\n" + quote(LRF_INVITE)
add(M(kind="missed_interview_notice", slug="lowlands_waited_on_teams", lang="en",
      company="Lowlands Rail Freight", contact=DAAN[1], mid="lrf_missed", irt="lrf_invite",
      frm=DAAN, subject="RE: Interview invitation - Crew Planner - Lowlands Rail Freight",
      date="2026-07-20 10:25", text=T))

T = """Hallo Herr Nakamura-Leroy,

wir waren heute um 10:00 Uhr zum Telefoninterview verabredet. Ich habe Sie um 10:00 Uhr und um 10:10 Uhr angerufen, leider ohne Erfolg – es meldete sich nur die Mailbox.

Haben Sie weiterhin Interesse an der Position? Dann schicken Sie mir bitte zwei, drei Terminvorschläge für die kommende Woche.

Viele Grüße
Melanie Çelik
Recruiting | Kranich Logistik GmbH
Tel. +49 221 000 7318

""" + KRANICH_DISCLAIMER + "\n\n" + outlook_block(
    "de", "Melanie Çelik <melanie.celik@kranich-logistik.example.de>",
    "Dienstag, 9. Juni 2026 13:37", "Baptiste Nakamura-Leroy <baptiste.nl@example.be>",
    "Telefoninterview – Disponent Nahverkehr/Shuttle") + "\n\n" + KRANICH_INVITE.split("\n\n" + KRANICH_DISCLAIMER)[0]
add(M(kind="missed_interview_notice", slug="kranich_zweimal_angerufen", lang="de",
      company="Kranich Logistik", contact=MELANIE[1], mid="kranich_missed",
      irt="kranich_invite", frm=MELANIE, frm_enc="utf-8/b",
      subject="AW: Telefoninterview – Disponent Nahverkehr/Shuttle", subj_enc="utf-8/b",
      date="2026-06-11 10:31", text=T, html=word_html(T), cte="quoted-printable"))

T = """Guten Tag Herr Nakamura-Leroy,

Herr Reuter von Rheinland Bahnservice hat mich eben angerufen: Er und Frau Demir haben heute ab 10:00 Uhr rund zwanzig Minuten am Empfang auf Sie gewartet. Auch telefonisch waren Sie für ihn nicht erreichbar.

Bitte melden Sie sich so schnell wie möglich bei mir, damit ich meinem Mandanten erklären kann, was passiert ist. Ob ein zweiter Termin möglich ist, kann ich Ihnen noch nicht sagen.

Mit besten Grüßen
Tobias Brückner
Brückner Personalberatung
Tel. +49 221 000 4410"""
add(M(kind="missed_interview_notice", slug="brueckner_client_waited", lang="de",
      company="Rheinland Bahnservice", contact=TOBIAS[1], mid="brueckner_missed",
      irt="brueckner_invite", frm=TOBIAS, frm_enc="iso-8859-1/q",
      subject="Ihr Termin bei Rheinland Bahnservice heute", date="2026-02-24 10:40", text=T,
      charset="iso-8859-1", cte="quoted-printable"))

T = """Hola Baptiste:

Jorge y Noor te estuvieron esperando en la videollamada de las 12:00 y no llegaste a conectarte. Te he llamado al móvil dos veces y me salta el buzón.

¿Ha pasado algo? Escríbeme en cuanto puedas; si fue un problema con el enlace, intento que nos den otra oportunidad esta misma semana, pero necesito saberlo hoy.

Marta

""" + wrote("es", "lun, 14 sept 2026 a las 17:25", *MARTA) + "\n" + quote(TALENTO_INVITE)
add(M(kind="missed_interview_notice", slug="talento_no_se_conecto", lang="es",
      company="Puerto Seco Logística", contact=MARTA[1], mid="talento_missed",
      irt="talento_invite", frm=MARTA, subject="RE: Entrevista con Puerto Seco Logística – jueves 17",
      subj_enc="iso-8859-1/b", date="2026-09-17 12:30", text=T, charset="iso-8859-1",
      cte="quoted-printable"))

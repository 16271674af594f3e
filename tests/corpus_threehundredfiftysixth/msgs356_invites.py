"""Corpus 356: interview invitations, moved or cancelled interviews, missed interviews, and the
short threads they belong to."""

from __future__ import annotations

from msgs356_common import ME, Spec, html_shell, msg, sig

INV = "interview_invitation"
RES = "interview_reschedule_or_cancel"
MIS = "missed_interview_notice"

# ------------------------------------------------------------------ Crédit Pyrénéen Assurances
CPA = "Crédit Pyrénéen Assurances"
LARRIEU = ("Mathilde Larrieu", "mathilde.larrieu@credit-pyreneen-assurances.example.fr")
CPA_SIG = sig("Mathilde Larrieu", "Chargée de développement RH",
              "Crédit Pyrénéen Assurances - filiale assurance du Crédit Pyrénéen",
              "3 place Clemenceau - 64000 Pau", "05 59 00 87 41",
              "",
              "Ce message et toutes les pièces jointes sont établis à l'intention exclusive de "
              "ses destinataires et sont confidentiels.")

CPA_INVITE = """Bonjour Madame,

Votre candidature au poste de Gestionnaire sinistres habitation a retenu notre attention.

Nous vous proposons un entretien avec Monsieur Laurent Etcheverry, responsable du centre de
gestion, le mercredi 11 février 2026 à 9h30, dans nos locaux au 3 place Clemenceau à Pau
(2e étage).

Merci de me confirmer votre venue.

Cordialement,
""" + CPA_SIG

CPA_MOVE = """Bonjour Madame,

Je me permets de revenir vers vous : M. Etcheverry ayant une contrainte le 11 février, nous
devons déplacer votre entretien au vendredi 13 février 2026, toujours à 9h30 et au même
endroit.

Pouvez-vous me confirmer que ce nouvel horaire vous convient ?

Cordialement,
""" + CPA_SIG

CPA_MISSED = """Bonjour Madame,

Nous vous attendions ce matin à 9h30 pour votre entretien avec M. Etcheverry. Sans nouvelles
de votre part, nous avons tenté de vous joindre sur votre portable à 9h50, sans succès.

Nous espérons qu'il ne vous est rien arrivé. Merci de nous tenir informés.

Cordialement,
""" + CPA_SIG

CPA_APOLOGY = """Bonjour Madame Larrieu,

Je vous présente toutes mes excuses. Ma voiture est tombée en panne sur l'A64 à hauteur
d'Orthez et je n'avais plus de batterie sur mon téléphone pour vous prévenir. Je suis
arrivée à Pau à 11h, trop tard.

Je comprendrais que cela pose problème, mais si M. Etcheverry accepte de me recevoir à une
autre date, je me rendrai disponible quand vous le souhaitez.

Avec mes excuses renouvelées,
Yasmine Belkacem-Hartley
"""

CPA_REJECT = """Bonjour Madame,

Merci pour votre message et vos explications.

M. Etcheverry a finalement rencontré les autres candidats retenus et a fait son choix. Nous ne
donnerons donc pas suite à votre candidature, et nous en sommes désolés compte tenu des
circonstances.

Nous vous souhaitons bonne chance pour la suite.

Cordialement,
""" + CPA_SIG

# ------------------------------------------------------------------ Cabinet Lestrade / Atlantique
LESTRADE = ("Pauline Lestrade", "pauline.lestrade@cabinet-lestrade.example.fr")
LESTRADE_SIG = sig("Pauline Lestrade", "Consultante associée - Cabinet Lestrade Conseil",
                   "Recrutement spécialisé Assurance & Banque", "06 71 22 39 40")

LESTRADE_INV = """Bonjour Yasmine,

Bonne nouvelle : Atlantique Indemnisation souhaite vous rencontrer pour le poste de
gestionnaire sinistres junior (plateforme de gestion pour compte de tiers, Mérignac).

L'entretien aura lieu le mardi 17 mars à 14h avec Mme Émilie Coste, responsable d'équipe, dans
leurs locaux : 7 avenue Henri-Becquerel, 33700 Mérignac. Comptez une heure.

Je vous appelle demain pour vous préparer. N'hésitez pas si vous avez des questions.
""" + LESTRADE_SIG

LESTRADE_MOVE = """Yasmine,

Petit changement : Mme Coste m'informe qu'elle doit avancer votre entretien au lundi 16 mars à
16h30 (même adresse), en raison d'une réunion de direction le 17.

Dites-moi vite si c'est possible pour vous, je lui confirme ensuite.
""" + LESTRADE_SIG

# ------------------------------------------------------------------ Actiflex Intérim
GUIRAUD = ("Mathieu Guiraud", "m.guiraud@actiflex-interim.example.fr")
ACTIFLEX_INV = """Bonjour Mme Belkacem-Hartley,

Nous avons bien reçu votre CV et nous avons une mission qui pourrait vous intéresser : renfort
de 4 mois en gestion de sinistres pour l'un de nos clients, une mutuelle basée à Toulouse.

Avant de vous présenter, nous souhaitons vous rencontrer pour un entretien d'inscription à
l'agence le jeudi 26 mars à 9h00 (durée 45 min), au 21 boulevard de la Marquette, Toulouse.

Pensez à apporter : pièce d'identité, carte vitale, RIB, justificatif de domicile.

Cordialement,
Mathieu Guiraud
Chargé de recrutement - Actiflex Intérim, agence Toulouse Compans
05 34 00 65 12
"""

ACTIFLEX_MISSED = """Bonjour Mme Belkacem-Hartley,

Vous aviez rendez-vous ce matin à 9h00 à l'agence pour votre entretien d'inscription. Nous vous
avons attendue jusqu'à 9h30 puis laissé un message vocal.

Si vous êtes toujours disponible pour la mission, rappelez-moi pour que nous fixions un nouveau
rendez-vous rapidement : le client souhaite une présentation de profils avant vendredi.

Cordialement,
Mathieu Guiraud
Actiflex Intérim - 05 34 00 65 12
"""

# ------------------------------------------------------------------ Entraide Mutualiste
BARRERE = ("Florence Barrère", "f.barrere@entraide-mutualiste.example.fr")
EMT_INV = """Madame,

Suite à la présélection de votre candidature, nous avons le plaisir de vous convier à notre
journée de recrutement pour la promotion de printemps des conseillers indemnisation.

Date : mardi 10 mars 2026, de 8h45 à 16h30
Lieu : Entraide Mutualiste Toulousaine, 64 route d'Espagne, 31100 Toulouse
Programme : tests écrits, jeu de rôle téléphonique, entretien collectif puis entretien
individuel.

Le déjeuner est offert. Merci de confirmer votre participation via le lien ci-dessous avant le
5 mars : https://recrutement.entraide-mutualiste.example.fr/confirmation/4821

Florence Barrère
Chargée de recrutement
"""

EMT_MOVED = """Madame,

En raison d'un mouvement social annoncé le 10 mars dans les transports toulousains, la journée
de recrutement à laquelle vous êtes conviée est décalée au jeudi 12 mars 2026, aux mêmes
horaires et à la même adresse.

Votre inscription est automatiquement reportée ; vous n'avez aucune démarche à effectuer. Si
cette nouvelle date vous pose difficulté, merci de me le signaler.

Florence Barrère
Chargée de recrutement - Entraide Mutualiste Toulousaine
"""

# ------------------------------------------------------------------ Mutuelle des Gaves
LACAZE = ("Isabelle Lacaze", "i.lacaze@mutuelle-des-gaves.example.fr")
GAVES_INV = """Bonjour Yasmine,

J'ai bien lu votre candidature pour le poste de gestionnaire prestations santé et prévoyance.
Pourriez-vous venir nous rencontrer jeudi 28 mai à 10h à notre siège (18 rue Carnot, Pau) ?

Ce premier entretien durera environ 45 minutes.

Bien à vous,
Isabelle Lacaze
Responsable du service Prestations - Mutuelle des Gaves
"""

GAVES_MOVE = """Bonjour Yasmine,

Pour le second entretien prévu lundi 8 juin à 14h avec notre directeur général, celui-ci a un
empêchement. Je vous propose de le décaler au mercredi 10 juin à 11h. Est-ce possible pour
vous ?

Merci et à bientôt,
Isabelle Lacaze
"""

# ------------------------------------------------------------------ Valira Assistance (Andorre)
CASALS = ("Laia Casals", "laia.casals@valira.example.ad")
VALIRA_INV = """Bonjour Yasmine,

Merci pour votre candidature au poste de Chargée d'assistance bilingue (français / espagnol)
dans notre centre d'Andorra la Vella.

Nous aimerions échanger avec vous lors d'un entretien vidéo de 40 minutes le mardi 21 avril à
10h00 (heure d'Andorre), sur Microsoft Teams. Une partie de l'entretien se déroulera en
espagnol.

Le lien de connexion figure dans l'invitation jointe.

Cordialement,
Laia Casals
Responsable des Ressources Humaines - Valira Assistance
"""

VALIRA_MOVE = """Bonjour Yasmine,

Petite modification : notre entretien de demain est décalé à 10h45 au lieu de 10h00, même lien
Teams. L'invitation a été mise à jour.

Merci de votre compréhension,
Laia Casals
"""

VALIRA_MISSED = """Bonjour Yasmine,

Nous vous avons attendue sur Teams ce matin à 10h45 pendant un quart d'heure, avec Marc
Riba, notre superviseur de plateau, mais vous ne vous êtes pas connectée.

Avez-vous rencontré un problème technique ? Si vous le souhaitez, nous pouvons reprogrammer
l'entretien en fin de semaine.

Cordialement,
Laia Casals
Valira Assistance
"""

# ------------------------------------------------------------------ Oc Banque Assurances
SALLES = ("Corinne Salles", "corinne.salles@oc-banque-assurances.example.fr")
OCBA_INV = """Madame,

Nous avons le plaisir de vous inviter à un entretien pour le poste de Conseillère indemnisation
prévoyance, le lundi 18 mai 2026 à 15h00, au siège d'Oc Banque Assurances, 250 rue de l'Aiguelongue,
34000 Montpellier.

Vous serez reçue par Mme Corinne Salles (RH) et M. Yannick Roques (responsable indemnisation).

Merci de confirmer votre présence en répondant à ce message.

Corinne Salles
Direction des Ressources Humaines - Oc Banque Assurances
"""

OCBA_CANCEL = """Madame,

Nous sommes au regret de devoir annuler l'entretien prévu le lundi 18 mai à 15h00.

Une réorganisation de nos services est en cours et nous ne sommes pas en mesure, à ce jour,
de vous proposer une nouvelle date. Nous reviendrons vers vous dès que possible.

Avec nos excuses,
Corinne Salles
Direction des Ressources Humaines - Oc Banque Assurances
"""

# ------------------------------------------------------------------ Azimut Assistance (Toulouse)
AZ = "Azimut Assistance"
FAURE = ("Kévin Faure", "kevin.faure@azimut-assistance.example.fr")
AZ_INV = """Bonjour Yasmine,

Suite à notre échange téléphonique, je vous confirme votre journée d'immersion sur notre plateau
d'assistance automobile : vous passerez la journée en double écoute avec un chargé
d'assistance expérimenté.

Quand : vendredi 3 juillet 2026, de 9h00 à 17h00
Où : Azimut Assistance, 2 rue Marcel-Doret, 31700 Blagnac - demandez Kévin à l'accueil

Tenue correcte, pas de préparation particulière. Le repas est pris en charge.

À vendredi !
Kévin Faure
Responsable de plateau - Azimut Assistance
06 45 88 10 27
"""

AZ_MOVE = """Bonjour Yasmine,

Changement de programme : nous avons un audit client le 3 juillet et le plateau sera fermé aux
visiteurs. Votre journée d'immersion est reportée au mardi 7 juillet, mêmes horaires.

Désolé pour le contretemps,
Kévin
"""

AZ_MISSED = """Bonjour Yasmine,

Vous étiez attendue ce matin à 9h00 pour votre journée d'immersion. Je vous ai appelée à 9h20
et à 10h00, sans réponse.

Pouvez-vous me rappeler pour m'expliquer ce qu'il s'est passé ?

Kévin Faure
Azimut Assistance - 06 45 88 10 27
"""

AZ_HER = """Bonjour Kévin,

Je suis vraiment confuse. J'avais noté le 7 août au lieu du 7 juillet dans mon agenda : je
n'ai aucune excuse. Je comprendrais que vous ne souhaitiez pas me reproposer de date.

Bien cordialement,
Yasmine
"""

AZ_REJECT = """Bonjour Yasmine,

Merci pour votre franchise. Malheureusement, nous devions finaliser nos recrutements pour
l'été cette semaine et toutes les places de la session ont été attribuées. Nous ne pourrons
donc pas poursuivre votre candidature.

Bonne continuation,
Kévin
"""

# ------------------------------------------------------------------ Cabinet Ormeaux / Landes
DARRIGADE = ("Olivier Darrigade", "o.darrigade@ormeaux-recrutement.example.fr")
ORMEAUX_CALL = """Bonjour Yasmine,

Je suis consultant au Cabinet Ormeaux Recrutement. J'accompagne Landes Mutuelle (Mont-de-Marsan)
sur le recrutement d'un(e) gestionnaire sinistres IARD et votre profil sur AssurJobs m'a
semblé intéressant.

Pourrions-nous avoir un entretien téléphonique de préqualification jeudi 2 juillet à 18h ? Je
vous appellerai au numéro indiqué sur votre CV.

Cordialement,
Olivier Darrigade
Cabinet Ormeaux Recrutement - 05 58 00 14 93
"""

# ------------------------------------------------------------------ Brightwater Assistance (iCIMS)
BW = "Brightwater Assistance"
GREG = ("Gregory Nwosu", "gregory.nwosu@brightwater-assistance.example.co.uk")
BW_INV = """Dear Yasmine,

Thank you for applying for the position of Assistance Coordinator - French Desk (Req 8812).

We are pleased to invite you to a video interview with Gregory Nwosu (Talent Acquisition) and
Clara Benedetti (French Desk Team Leader).

Date: Tuesday 16 June 2026
Time: 11:00-12:00 BST (12:00-13:00 CEST)
Format: Microsoft Teams - the joining link is in the attached calendar invitation

Please accept the invitation to confirm your attendance.

Kind regards,
Brightwater Assistance Talent Acquisition
"""

BW_MOVE = """Dear Yasmine,

Unfortunately Clara is no longer available on Tuesday morning. We have moved your interview to
Wednesday 17 June 2026, 14:00-15:00 BST (15:00-16:00 CEST). The updated invitation is attached
and replaces the previous one.

Apologies for any inconvenience.

Kind regards,
Gregory Nwosu
Talent Acquisition Partner, Brightwater Assistance
"""

# ------------------------------------------------------------------ Kestrel / Harbourline / Loop
SOPHIE = ("Sophie Marsh", "sophie.marsh@kestrelcarhire.example.co.uk")
KESTREL_INV = """Hi Yasmine,

Thanks for your application for the Damage Recovery Coordinator role. We'd like to invite you
for an interview at our Heathrow site on Monday 24 August at 2pm. You'll meet me and Gareth
Pugh, our Damage & Recovery Manager, and we'll show you round the inspection bays.

The site is a 10-minute walk from Hatton Cross station. Let me know if that works.

Best wishes,
Sophie Marsh
HR Business Partner, Kestrel Car Hire
"""

KESTREL_POSTPONE = """Hi Yasmine,

I'm sorry to do this, but we need to postpone Monday's interview - Gareth has been called to
our Manchester depot for the week. I'll be in touch with a new date as soon as I have his
diary.

Apologies again,
Sophie
"""

ALDRIDGE = ("Tom Aldridge", "tom.aldridge@harbourline.example.co.uk")
HARBOURLINE_INV = """Hi Yasmine,

Great news - Thamesmead Motor Claims would like to have a first video interview with you for
the bilingual Motor Claims Handler role.

They've suggested Thursday 11 June at 3pm UK time (4pm your time) on Teams, with Daniel
Hughes, the claims team manager. I'll forward the link as soon as I get it.

Can you confirm? Give me a shout if you'd like a quick prep call beforehand.

Cheers,
Tom
"""

HARBOURLINE_MISSED = """Hi Yasmine,

Daniel from Thamesmead has just been on the phone - he was on the Teams call at 3pm and waited
for about 15 minutes, but you didn't join. He also tried your mobile.

Is everything OK? Let me know what happened and I'll see whether he's able to offer another
slot.

Tom
"""

PRIYA = ("Priya Raman", "priya.raman@loopclaims.example.co.uk")
LOOP_INV = """Hi Yasmine,

Thanks for applying for the Claims Associate (French/English) role at Loop Claims!

We'd like to invite you to a 45-minute video interview with our Claims Operations Lead. Please
choose a slot that works for you here:

https://jobs.ashbyhq.com/loop-claims/interview-scheduling/5c1e-claims-associate

Talk soon,
Priya Raman
People Team, Loop Claims
"""

# ------------------------------------------------------------------ Isarwerk / Kessler (de)
ISAR = "Isarwerk Versicherung"
HUBER = ("Katharina Huber", "katharina.huber@isarwerk.example.de")
ISAR_INV = """Hallo Frau Belkacem-Hartley,

vielen Dank für Ihre Bewerbung als Sachbearbeiterin Leistung Kfz (m/w/d). Wir möchten Sie gerne
kennenlernen und laden Sie herzlich zu einem telefonischen Erstgespräch ein.

Bitte wählen Sie über den folgenden Link einen passenden Termin aus:
https://isarwerk.softgarden.io/terminbuchung/2026-kfz-leistung

Wir freuen uns auf das Gespräch!

Viele Grüße
Katharina Huber
Recruiting | Isarwerk Versicherung
"""

ISAR_AC = """Sehr geehrte Frau Belkacem-Hartley,

nach unserem angenehmen Telefonat freuen wir uns, Sie zur nächsten Runde einzuladen: einem
halbtägigen Assessment-Center in unserer Hauptverwaltung.

Datum: Mittwoch, 1. Juli 2026, 8:30 bis 13:00 Uhr
Ort: Isarwerk Versicherung, Prinzregentenstraße 88, 81675 München
Ablauf: Fallstudie zur Schadenbearbeitung, Rollenspiel Kundengespräch, Interview mit der
Abteilungsleitung

Die Reisekosten aus Toulouse übernehmen wir selbstverständlich. Bitte bestätigen Sie Ihre
Teilnahme bis zum 22. Juni.

Mit freundlichen Grüßen
Katharina Huber
Recruiting | Isarwerk Versicherung
"""

ISAR_MOVE = """Sehr geehrte Frau Belkacem-Hartley,

aufgrund einer Terminüberschneidung in der Abteilungsleitung müssen wir das Assessment-Center
vom 1. Juli auf Donnerstag, 2. Juli 2026, verschieben. Uhrzeit und Ort bleiben gleich.

Falls Sie Ihre Flüge bereits gebucht haben, erstatten wir Ihnen selbstverständlich die
Umbuchungskosten.

Mit freundlichen Grüßen
Katharina Huber
"""

KESSLER = ("Jens Kessler", "j.kessler@kessler-personal.example.de")
KESSLER_INV = """Guten Tag Frau Belkacem-Hartley,

ich bin Personalberater mit Schwerpunkt Versicherungen. Für einen Mandanten, einen
traditionsreichen Versicherer in München, suche ich eine französischsprachige Sachbearbeiterin
für die Schadenregulierung.

Hätten Sie Zeit für ein vertrauliches Telefoninterview am Freitag, 26. Juni, um 15:00 Uhr?
Ich würde Ihnen den Mandanten und die Position ausführlich vorstellen.

Mit freundlichen Grüßen
Jens Kessler
Kessler Personalberatung
Maximilianstraße 13, 80539 München | +49 89 4400 2290
"""

KESSLER_MISSED = """Guten Tag Frau Belkacem-Hartley,

ich hatte Sie heute wie vereinbart um 15:00 Uhr angerufen, Sie aber leider nicht erreicht, und
Ihnen eine Nachricht auf der Mailbox hinterlassen.

Melden Sie sich gerne, wenn Sie weiterhin Interesse haben - dann finden wir einen neuen Termin.

Mit freundlichen Grüßen
Jens Kessler
"""

# ------------------------------------------------------------------ Spanish
LAYETANA = "Mutua Layetana"
ROSER = ("Roser Bosch", "roser.bosch@mutualayetana.example.es")
LAY_INV = """Hola Yasmine:

Gracias por tu candidatura para el puesto de Tramitadora de Siniestros Multirriesgo con francés
en nuestra sede de Barcelona.

Nos gustaría invitarte a una entrevista presencial el martes 21 de julio a las 10:30 en
Via Laietana 54, 4ª planta. Te recibiremos Albert Rovira (jefe del área de siniestros) y yo.

Por favor, confírmanos tu asistencia respondiendo a este correo.

Un saludo,
Roser Bosch
Técnica de Personas | Mutua Layetana
Tel. 93 000 41 27
"""

LAY_MOVE = """Hola Yasmine:

Te escribo porque tenemos que cambiar la hora de la entrevista del martes 21: en lugar de a las
10:30 será a las 12:00, en el mismo sitio. Albert tiene un comité a primera hora.

¿Te va bien? Disculpa el cambio.

Roser
"""

NURIA = ("Núria Pons Vidal", "nuria.pons@andorra-assegurances.example.ad")
AA_INV = """Estimada Sra. Belkacem-Hartley:

Hemos revisado su candidatura para el puesto de Gestora de Siniestros en nuestra oficina de
Escaldes-Engordany y nos gustaría mantener una entrevista por videoconferencia.

Propuesta: jueves 14 de mayo, 16:00 h (hora de Andorra), por Zoom.
Enlace: https://zoom.example.ad/j/8841203377

Le rogamos que nos confirme su disponibilidad.

Atentamente,
Núria Pons Vidal
Departamento de Personas - Andorra Assegurances
"""

AA_MISSED = """Estimada Sra. Belkacem-Hartley:

Esta tarde, a las 16:00, la esperamos en la videoconferencia de Zoom durante veinte minutos,
pero no llegó a conectarse. Tampoco pudimos localizarla por teléfono.

Si sigue interesada en el puesto, le agradecería que me indicara su disponibilidad para la
semana próxima.

Atentamente,
Núria Pons Vidal
Andorra Assegurances
"""

CARLA = ("Carla Domènech", "carla.domenech@talentoseguros.example.es")
TAL_INV = """Hola Yasmine:

Soy Carla, de Talento Seguros Consultores. Estamos ayudando a Iberclaims, una empresa de
gestión de siniestros de Barcelona, a incorporar un Perito Tramitador Junior con francés.

¿Podemos hablar por teléfono el lunes 7 de septiembre a las 17:00? Sería una primera llamada
de unos 20 minutos para conocer tu perfil antes de presentarte al cliente.

Un saludo,
Carla Domènech
Consultora Senior - Talento Seguros Consultores
Passeig de Gràcia 112, 08008 Barcelona
"""

TAL_MISSED = """Hola Yasmine:

Te he llamado hoy a las 17:00, como quedamos, y un par de veces más hasta las 17:20, pero no
he podido contactar contigo.

¿Te viene bien mañana por la mañana? Dime una hora y te vuelvo a llamar.

Carla
"""

CPA_MSGS = [
    msg("cpa_invite", INV, "fr", LARRIEU, "Proposition d'entretien - Gestionnaire sinistres habitation",
        "2026-02-02 10:14 +0100", CPA_INVITE, company=CPA, contact=LARRIEU[1],
        charset="windows-1252", cte="quoted-printable", subj_enc="q:windows-1252"),
    msg("cpa_move", RES, "fr", LARRIEU, "RE: Proposition d'entretien - Gestionnaire sinistres habitation",
        "2026-02-06 15:40 +0100", CPA_MOVE, company=CPA, contact=LARRIEU[1],
        parent="cpa_invite", quote="outlook_fr"),
    msg("cpa_missed", MIS, "fr", LARRIEU, "Votre entretien de ce matin", "2026-02-13 10:32 +0100",
        CPA_MISSED, company=CPA, contact=LARRIEU[1], html=html_shell(CPA_MISSED)),
    msg("cpa_apology", "other", "fr", ME, "RE: Votre entretien de ce matin",
        "2026-02-13 13:05 +0100", CPA_APOLOGY, to=[LARRIEU], parent="cpa_missed", quote="fr",
        cte="8bit", charset="iso-8859-1"),
    msg("cpa_reject", "rejection", "fr", LARRIEU, "RE: Votre entretien de ce matin",
        "2026-02-20 09:55 +0100", CPA_REJECT, company=CPA, contact=LARRIEU[1],
        parent="cpa_apology", quote="outlook_fr"),
]

FR_MSGS = [
    msg("lestrade_inv", INV, "fr", LESTRADE, "Entretien Atlantique Indemnisation - mardi 17 mars",
        "2026-03-05 18:22 +0100", LESTRADE_INV, company="Atlantique Indemnisation",
        contact=LESTRADE[1]),
    msg("lestrade_move", RES, "fr", LESTRADE, "Re: Entretien Atlantique Indemnisation - mardi 17 mars",
        "2026-03-11 12:03 +0100", LESTRADE_MOVE, company="Atlantique Indemnisation",
        contact=LESTRADE[1], parent="lestrade_inv", quote="fr", cte="quoted-printable"),
    msg("actiflex_inv", INV, "fr", GUIRAUD, "Mission gestionnaire sinistres - rendez-vous agence",
        "2026-03-20 11:48 +0100", ACTIFLEX_INV, company="Actiflex Intérim", contact=GUIRAUD[1],
        html=html_shell(ACTIFLEX_INV, "Actiflex Intérim", "#e30613")),
    msg("actiflex_missed", MIS, "fr", GUIRAUD, "Rendez-vous de ce matin à l'agence",
        "2026-03-26 10:06 +0100", ACTIFLEX_MISSED, company="Actiflex Intérim",
        contact=GUIRAUD[1], charset="iso-8859-1", cte="base64"),
    msg("emt_inv", INV, "fr", BARRERE, "Convocation - journée de recrutement du 10 mars",
        "2026-02-25 08:30 +0100", EMT_INV, company="Entraide Mutualiste Toulousaine",
        contact=BARRERE[1], reply_to=BARRERE,
        html=html_shell(EMT_INV, "Entraide Mutualiste Toulousaine", "#00607a")),
    msg("emt_moved", RES, "fr", BARRERE, "Report de la journée de recrutement au 12 mars",
        "2026-03-06 16:10 +0100", EMT_MOVED, company="Entraide Mutualiste Toulousaine",
        contact=BARRERE[1], parent="emt_inv", name_enc="b:iso-8859-1"),
    msg("gaves_inv", INV, "fr", LACAZE, "Candidature gestionnaire prestations - rencontre",
        "2026-05-20 09:02 +0200", GAVES_INV, company="Mutuelle des Gaves", contact=LACAZE[1]),
    msg("gaves_move", RES, "fr", LACAZE, "Second entretien - changement de date",
        "2026-06-04 17:55 +0200", GAVES_MOVE, company="Mutuelle des Gaves", contact=LACAZE[1],
        charset="windows-1252", cte="8bit"),
    msg("valira_inv", INV, "fr", CASALS, "Entretien vidéo - Chargée d'assistance bilingue",
        "2026-04-14 12:20 +0200", VALIRA_INV, company="Valira Assistance", contact=CASALS[1],
        cal={"uid": "valira-entretien-0421@valira.example.ad", "seq": 0, "tz": "Europe/Andorra",
             "start": "2026-04-21 10:00", "end": "2026-04-21 10:40",
             "summary": "Entretien Teams - Y. Belkacem-Hartley", "location": "Microsoft Teams"}),
    msg("valira_move", RES, "fr", CASALS, "Mise à jour : Entretien Teams - Y. Belkacem-Hartley",
        "2026-04-20 17:31 +0200", VALIRA_MOVE, company="Valira Assistance", contact=CASALS[1],
        cal={"uid": "valira-entretien-0421@valira.example.ad", "seq": 1, "tz": "Europe/Andorra",
             "start": "2026-04-21 10:45", "end": "2026-04-21 11:25",
             "summary": "Entretien Teams - Y. Belkacem-Hartley", "location": "Microsoft Teams"}),
    msg("valira_missed", MIS, "fr", CASALS, "Entretien de ce matin", "2026-04-21 11:12 +0200",
        VALIRA_MISSED, company="Valira Assistance", contact=CASALS[1], cte="base64"),
    msg("ocba_inv", INV, "fr", SALLES, "Invitation à un entretien - Conseillère indemnisation",
        "2026-05-06 14:00 +0200", OCBA_INV, company="Oc Banque Assurances", contact=SALLES[1],
        html=html_shell(OCBA_INV, "Oc Banque Assurances", "#3a6e2a")),
    msg("ocba_cancel", RES, "fr", SALLES, "Annulation de votre entretien du 18 mai",
        "2026-05-13 09:44 +0200", OCBA_CANCEL, company="Oc Banque Assurances",
        contact=SALLES[1], parent="ocba_inv", charset="iso-8859-1", cte="quoted-printable"),
    msg("az_inv", INV, "fr", FAURE, "Journée d'immersion - vendredi 3 juillet",
        "2026-06-25 15:12 +0200", AZ_INV, company=AZ, contact=FAURE[1], name_enc="q:utf-8"),
    msg("az_move", RES, "fr", FAURE, "Re: Journée d'immersion - vendredi 3 juillet",
        "2026-06-30 08:50 +0200", AZ_MOVE, company=AZ, contact=FAURE[1], parent="az_inv",
        quote="fr", name_enc="b:utf-8"),
    msg("az_missed", MIS, "fr", FAURE, "Journée d'immersion - vous n'étiez pas là ?",
        "2026-07-07 10:14 +0200", AZ_MISSED, company=AZ, contact=FAURE[1],
        name_enc="q:iso-8859-1"),
    msg("az_her", "other", "fr", ME, "Re: Journée d'immersion - vous n'étiez pas là ?",
        "2026-07-07 12:40 +0200", AZ_HER, to=[FAURE], parent="az_missed", quote="fr"),
    msg("az_reject", "rejection", "fr", FAURE, "Re: Journée d'immersion - vous n'étiez pas là ?",
        "2026-07-08 16:03 +0200", AZ_REJECT, company=AZ, contact=FAURE[1], parent="az_her",
        quote="fr", name_enc="q:windows-1252"),
    msg("ormeaux_call", INV, "fr", DARRIGADE, "Poste de gestionnaire sinistres IARD - Landes Mutuelle",
        "2026-06-29 11:27 +0200", ORMEAUX_CALL, company="Landes Mutuelle",
        contact=DARRIGADE[1]),
]

EN_MSGS = [
    msg("bw_inv", INV, "en", ("Brightwater Assistance Careers", "careers-noreply@icims.com"),
        "Interview invitation: Assistance Coordinator - French Desk (Req 8812)",
        "2026-06-08 12:30 +0000", BW_INV, company=BW, contact=GREG[1], reply_to=GREG,
        html=html_shell(BW_INV, BW, "#003b5c"),
        cal={"uid": "icims-8812-int-3391@brightwater-assistance.example.co.uk", "seq": 0,
             "tz": "Europe/London", "start": "2026-06-16 11:00", "end": "2026-06-16 12:00",
             "summary": "Interview: Yasmine Belkacem-Hartley - Assistance Coordinator",
             "location": "Microsoft Teams", "organizer": GREG}),
    msg("bw_move", RES, "en", GREG, "Updated invitation: interview moved to Wednesday 17 June",
        "2026-06-12 09:18 +0100", BW_MOVE, company=BW, contact=GREG[1],
        cal={"uid": "icims-8812-int-3391@brightwater-assistance.example.co.uk", "seq": 1,
             "tz": "Europe/London", "start": "2026-06-17 14:00", "end": "2026-06-17 15:00",
             "summary": "Interview: Yasmine Belkacem-Hartley - Assistance Coordinator",
             "location": "Microsoft Teams"}),
    msg("kestrel_inv", INV, "en", SOPHIE, "Interview - Damage Recovery Coordinator",
        "2026-08-14 10:05 +0100", KESTREL_INV, company="Kestrel Car Hire", contact=SOPHIE[1]),
    msg("kestrel_postpone", RES, "en", SOPHIE, "Re: Interview - Damage Recovery Coordinator",
        "2026-08-20 16:44 +0100", KESTREL_POSTPONE, company="Kestrel Car Hire",
        contact=SOPHIE[1], parent="kestrel_inv", quote="en"),
    msg("harb_inv", INV, "en", ALDRIDGE, "Thamesmead Motor Claims - interview request",
        "2026-06-05 13:20 +0100", HARBOURLINE_INV, company="Thamesmead Motor Claims",
        contact=ALDRIDGE[1]),
    msg("harb_missed", MIS, "en", ALDRIDGE, "Today's interview with Thamesmead",
        "2026-06-11 15:31 +0100", HARBOURLINE_MISSED, company="Thamesmead Motor Claims",
        contact=ALDRIDGE[1], parent="harb_inv", quote="en"),
    msg("loop_inv", INV, "en", ("Priya Raman from Loop Claims", "no-reply@ashbyhq.com"),
        "Schedule your interview with Loop Claims", "2026-05-13 14:09 +0000", LOOP_INV,
        company="Loop Claims", contact=PRIYA[1], reply_to=PRIYA,
        html=html_shell(LOOP_INV, "Loop Claims", "#6c2bd9")),
]

DE_MSGS = [
    msg("isar_inv", INV, "de", ("Katharina Huber von Isarwerk Versicherung", "no-reply@softgarden.io"),
        "Einladung zum Telefoninterview - Sachbearbeiterin Leistung Kfz",
        "2026-06-02 07:45 +0000", ISAR_INV, company=ISAR, contact=HUBER[1], reply_to=HUBER,
        html=html_shell(ISAR_INV, ISAR, "#0a5c8c"), name_enc="q:utf-8"),
    msg("isar_ac", INV, "de", HUBER, "Einladung zum Assessment-Center am 1. Juli",
        "2026-06-15 11:11 +0200", ISAR_AC, company=ISAR, contact=HUBER[1],
        charset="iso-8859-1", cte="quoted-printable"),
    msg("isar_move", RES, "de", HUBER, "Verschiebung Assessment-Center auf den 2. Juli",
        "2026-06-19 14:27 +0200", ISAR_MOVE, company=ISAR, contact=HUBER[1],
        parent="isar_ac", quote="outlook_de", subj_enc="q:iso-8859-1"),
    msg("kessler_inv", INV, "de", KESSLER, "Vertrauliche Anfrage - Schadenregulierung München",
        "2026-06-22 09:40 +0200", KESSLER_INV, company="Kessler Personalberatung",
        contact=KESSLER[1]),
    msg("kessler_missed", MIS, "de", KESSLER, "Unser Telefontermin heute", "2026-06-26 15:25 +0200",
        KESSLER_MISSED, company="Kessler Personalberatung", contact=KESSLER[1],
        parent="kessler_inv", quote="de", charset="windows-1252", cte="8bit"),
]

ES_MSGS = [
    msg("lay_inv", INV, "es", ROSER, "Entrevista - Tramitadora de Siniestros Multirriesgo",
        "2026-07-09 10:25 +0200", LAY_INV, company=LAYETANA, contact=ROSER[1],
        html=html_shell(LAY_INV, LAYETANA, "#a4343a")),
    msg("lay_move", RES, "es", ROSER, "RE: Entrevista - Tramitadora de Siniestros Multirriesgo",
        "2026-07-16 13:02 +0200", LAY_MOVE, company=LAYETANA, contact=ROSER[1],
        parent="lay_inv", quote="es", cte="quoted-printable"),
    msg("aa_inv", INV, "es", NURIA, "Entrevista por videoconferencia - Gestora de Siniestros",
        "2026-05-07 12:00 +0200", AA_INV, company="Andorra Assegurances", contact=NURIA[1],
        name_enc="q:iso-8859-1", charset="iso-8859-1", cte="8bit"),
    msg("aa_missed", MIS, "es", NURIA, "Videoconferencia de esta tarde", "2026-05-14 16:41 +0200",
        AA_MISSED, company="Andorra Assegurances", contact=NURIA[1], name_enc="b:utf-8"),
    msg("tal_inv", INV, "es", CARLA, "Oportunidad Perito Tramitador Junior - Iberclaims",
        "2026-09-02 11:36 +0200", TAL_INV, company="Iberclaims", contact=CARLA[1],
        name_enc="q:windows-1252"),
    msg("tal_missed", MIS, "es", CARLA, "Re: Oportunidad Perito Tramitador Junior - Iberclaims",
        "2026-09-07 17:26 +0200", TAL_MISSED, company="Iberclaims", contact=CARLA[1],
        parent="tal_inv", quote="es"),
]

MESSAGES: list[Spec] = [*CPA_MSGS, *FR_MSGS, *EN_MSGS, *DE_MSGS, *ES_MSGS]

"""French job mail: Énergies Garrigue Services (Montpellier, Recruitee; offer thread), Groupe
Hospitalier Occitalia (Taleo), Sud Multiservices, Ville de Montferrand-sur-Lez, Université
Lez-Méditerranée, Cabinet Orféo Recrutement for Foncière Littoral Gestion, Intérim Sud Emploi,
Soleil d'Oc Photovoltaïque. Hand-written for corpus 313."""

from __future__ import annotations

from msgs313_common import mail, paras, shell, simple_html

EGS = "Énergies Garrigue Services"
EGS_ATS = ("Énergies Garrigue Services", "energies-garrigue@recruitee.com")
EGS_CLAIRE = ("Claire Vidal", "claire.vidal@energies-garrigue.example.fr")
EGS_SIG = """\
Claire Vidal
Chargée de recrutement
Énergies Garrigue Services
Parc Euromédecine, 112 rue de la Galéra · 34090 Montpellier
04 67 10 52 38"""

_egs_ack = """\
Bonjour Rodrigo,

Nous vous remercions pour votre candidature au poste de Technicien(ne) Performance
Énergétique (CDI - Montpellier).

Elle a bien été enregistrée et sera étudiée avec attention par notre équipe. Nous reviendrons
vers vous dans les meilleurs délais si votre profil correspond à nos besoins.

Bien cordialement,
L'équipe Recrutement d'Énergies Garrigue Services"""

_egs_invite = """\
Bonjour Rodrigo,

Suite à l'étude de votre candidature pour le poste de Technicien(ne) Performance Énergétique,
nous avons le plaisir de vous proposer un premier entretien en visioconférence avec
Guillaume Roux, responsable du pôle Exploitation, et moi-même.

Date : mardi 3 mars 2026
Heure : 10h00 - 11h00
Lien : https://visio.energies-garrigue.example.fr/entretien-rap

L'entretien pourra se dérouler en français ou en anglais, selon votre préférence. Merci de me
confirmer votre disponibilité par retour de mail.

Bien cordialement,

""" + EGS_SIG

_egs_move = """\
Bonjour Rodrigo,

Je suis désolée, mais nous devons décaler notre entretien de mardi : Guillaume Roux sera en
audit chez un client à Sète toute la journée. Serait-il possible de le reporter au jeudi 5 mars
à 14h00 ? Le lien de visioconférence reste le même.

Merci de votre compréhension et à très bientôt,

""" + EGS_SIG

_egs_offer = """\
Bonjour Rodrigo,

Suite à nos échanges et à votre journée d'immersion avec l'équipe d'exploitation, j'ai le
plaisir de vous confirmer que nous souhaitons vous recruter au poste de Technicien
Performance Énergétique en CDI, basé à Montpellier.

Vous trouverez en pièce jointe notre proposition d'embauche détaillant les conditions :
rémunération annuelle brute de 31 000 € sur 13 mois, prime d'astreinte, véhicule de service,
mutuelle prise en charge à 60 %, et une date d'entrée souhaitée au 4 mai 2026.

Nous vous remercions de nous faire part de votre réponse avant le 3 avril. Je reste à votre
disposition pour toute question, y compris sur l'accompagnement à l'installation à Montpellier.

Bien cordialement,

""" + EGS_SIG + """

Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de
leur destinataire. Toute utilisation non conforme à sa destination est interdite."""

OCC = "Groupe Hospitalier Occitalia"
OCC_TALEO = ("Groupe Hospitalier Occitalia", "no-reply@taleo.net")
OCC_MARC = ("Marc Delmas", "marc.delmas@occitalia.example.fr")

_occ_ack = """\
Madame, Monsieur,

Nous accusons réception de votre candidature au poste de Technicien Énergie et Fluides
(H/F) - Clinique Occitalia Montpellier Nord, référence 2600412.

Votre dossier va être examiné par nos équipes. En raison du nombre important de
candidatures, seules les personnes dont le profil sera retenu pour un entretien seront
contactées.

Nous vous remercions de l'intérêt que vous portez à notre groupe.

La Direction des Ressources Humaines
Groupe Hospitalier Occitalia

Ceci est un message automatique, merci de ne pas y répondre."""

_occ_invite = """\
Bonjour Monsieur Albarracín Peña,

Votre candidature au poste de Technicien Énergie et Fluides a retenu notre attention. Je vous
propose un entretien sur site avec M. Bastide, responsable des services techniques :

- le mercredi 20 mai 2026 à 9h30
- Clinique Occitalia Montpellier Nord, 245 avenue de la Pompignane, accueil du bâtiment B

L'entretien sera suivi d'une visite des installations (chaufferie, centrale de traitement
d'air, groupes froids). Pourriez-vous me confirmer votre présence ?

Cordialement,

Marc Delmas
Chargé de recrutement - DRH
Groupe Hospitalier Occitalia
Tél. : 04 99 52 14 70"""

_occ_reject = """\
Monsieur,

Nous vous remercions de l'intérêt que vous avez manifesté pour le poste de Technicien Énergie
et Fluides (H/F) - référence 2600412, ainsi que du temps consacré à nos échanges.

Après examen attentif de l'ensemble des candidatures, nous sommes au regret de vous informer
que nous ne pouvons pas donner une suite favorable à votre candidature. Nous avons en effet
retenu un profil disposant d'une expérience plus longue en établissement de santé.

Nous vous souhaitons pleine réussite dans vos recherches.

La Direction des Ressources Humaines
Groupe Hospitalier Occitalia"""

SMS = ("Nathalie Ferrand", "n.ferrand@sud-multiservices.example.fr")

_sms_reject = """\
Bonjour Monsieur,

Nous avons bien reçu votre candidature pour le poste de Chef d'équipe maintenance
multitechnique et nous vous en remercions.

Malheureusement, votre profil ne correspond pas tout à fait à nos attentes actuelles,
notamment en ce qui concerne l'habilitation électrique BR/BC et la maîtrise du français
technique. Nous ne sommes donc pas en mesure de retenir votre candidature.

Nous conservons néanmoins vos coordonnées et ne manquerons pas de vous recontacter si une
opportunité correspondant davantage à votre profil se présentait.

Cordialement,

Nathalie Ferrand
Responsable RH
Sud Multiservices
ZAC du Millénaire, 1025 rue Henri Becquerel - 34000 Montpellier"""

VIL = "Ville de Montferrand-sur-Lez"
VIL_RH = ("Mairie de Montferrand-sur-Lez - Service RH", "rh@montferrand-sur-lez.example.fr")

_vil_ack = """\
Monsieur,

Nous accusons bonne réception de votre candidature au poste de Technicien(ne) gestion
énergétique du patrimoine bâti (cadre d'emplois des techniciens territoriaux), offre
n° O034260500127.

Votre dossier sera examiné par le jury de recrutement après la date limite de dépôt des
candidatures, fixée au 12 juin 2026. Vous serez informé de la suite réservée à votre demande.

Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.

Le Service des Ressources Humaines
Mairie de Montferrand-sur-Lez
Place de la République - 34980 Montferrand-sur-Lez"""

_vil_report = """\
Monsieur,

Par courrier du 17 juin, vous avez été convoqué à un entretien avec le jury de recrutement le
mardi 30 juin 2026 à 10h00, pour le poste de Technicien(ne) gestion énergétique du
patrimoine bâti.

En raison de l'indisponibilité d'un membre du jury, cet entretien est reporté au lundi
6 juillet 2026 à 10h00, salle du Conseil municipal (1er étage de la mairie).

Nous vous prions de bien vouloir nous excuser pour ce contretemps et de nous confirmer votre
présence.

Le Service des Ressources Humaines
Mairie de Montferrand-sur-Lez"""

ULM = ("Université Lez-Méditerranée - DRH", "recrutement-biatss@univ-lezmed.example.fr")

_ulm_reject = """\
Monsieur,

Vous avez fait acte de candidature pour le poste de Technicien(ne) en gestion technique du
bâtiment et performance énergétique (contrat BIATSS, Direction du Patrimoine).

Nous avons le regret de vous informer que ce poste a été pourvu par voie de mobilité interne.
Le recrutement externe est par conséquent clos.

Nous vous remercions de l'intérêt porté à notre établissement.

Direction des Ressources Humaines
Université Lez-Méditerranée"""

ORF_SOPHIE = ("Sophie Arnaud-Lacombe", "s.arnaud@orfeo-recrutement.example.fr")
FLG = "Foncière Littoral Gestion"
ORF_SIG = """\
Sophie Arnaud-Lacombe
Consultante Senior - Immobilier & Services
Cabinet Orféo Recrutement
8 boulevard Victor Hugo, 34000 Montpellier
06 71 28 45 90"""

_orf_invite = """\
Bonjour Rodrigo,

Comme convenu lors de notre échange téléphonique, je vous confirme votre rendez-vous avec
notre client Foncière Littoral Gestion, qui gère un parc de résidences et de bureaux sur le
littoral héraultais, pour le poste de Gestionnaire technique & énergie.

Vous rencontrerez Mme Hélène Castan, directrice technique :
  - jeudi 23 juillet 2026 à 15h00
  - dans leurs locaux, 40 avenue du Pont Juvénal, Montpellier (3e étage)

Je vous appellerai la veille pour préparer l'entretien ensemble.

Bien à vous,

""" + ORF_SIG

_orf_reject = """\
Bonjour Rodrigo,

Je reviens vers vous suite à votre entretien avec Foncière Littoral Gestion.

Mme Castan a beaucoup apprécié votre approche terrain, mais le client a finalement choisi de
poursuivre avec un candidat ayant déjà une expérience de gestionnaire technique en
copropriété, la partie relation avec les syndics étant très importante sur ce poste.

Je suis désolée de ne pas vous apporter une meilleure nouvelle. Je garde bien votre profil en
tête pour mes prochaines missions en maintenance et efficacité énergétique.

Bien à vous,

""" + ORF_SIG

ISE = "Intérim Sud Emploi"
ISE_KARIM = ("Karim Benali", "karim.benali@interim-sud-emploi.example.fr")

_ise_invite = """\
Bonjour Rodrigo,

Suite à votre inscription en agence, nous avons une mission qui pourrait vous correspondre :
technicien de maintenance CVC chez un de nos clients, une entreprise de facility management
à Lattes. Mission de 6 mois renouvelable, 35h, taux horaire selon profil.

Je vous propose un entretien à l'agence le jeudi 24 septembre à 11h00 (12 rue Maguelone,
Montpellier). Merci d'apporter une pièce d'identité, votre carte Vitale si vous l'avez déjà
et vos attestations de capacité fluides frigorigènes.

À jeudi,
Karim Benali
Chargé de recrutement
Intérim Sud Emploi - agence Montpellier Centre"""

_ise_missed = """\
Bonjour Rodrigo,

Nous vous avons attendu ce matin à 11h00 à l'agence pour l'entretien prévu, sans nouvelles de
votre part. J'ai essayé de vous joindre par téléphone à deux reprises.

Si vous êtes toujours intéressé par la mission, merci de me rappeler au 04 67 58 90 12 avant
vendredi midi, le client souhaite un démarrage rapide.

Cordialement,
Karim Benali
Intérim Sud Emploi"""

SOC = ("Soleil d'Oc Photovoltaïque", "recrutement@soleildoc.example.fr")
SOC_JB = ("Jean-Baptiste Pujol", "jb.pujol@soleildoc.example.fr")

_soc_missed = """\
Bonjour Monsieur Albarracín,

Nous avions convenu d'un entretien téléphonique aujourd'hui à 14h30 pour le poste de
technicien de maintenance photovoltaïque. J'ai essayé de vous appeler à l'heure prévue puis à
14h45, sans succès, et je vous ai laissé un message sur votre répondeur.

Pouvez-vous me recontacter pour que nous convenions d'un nouveau créneau ?

Cordialement,
Jean-Baptiste Pujol
Responsable d'exploitation
Soleil d'Oc Photovoltaïque - Saint-Jean-de-Védas"""

_soc_reject = """\
Bonjour,

Merci pour votre message et vos excuses, il n'y a pas de souci.

Cependant, entre-temps, le poste de technicien de maintenance photovoltaïque a été pourvu :
nous avons recruté un candidat qui était disponible immédiatement. Nous ne pourrons donc pas
donner suite à votre candidature.

Bonne continuation dans vos recherches.

Cordialement,
Jean-Baptiste Pujol
Soleil d'Oc Photovoltaïque"""

MESSAGES = [
    # ---------------------------------------------------------------- Énergies Garrigue
    mail("egs_ack", "application_received", "fr", "2026-02-12 16:40 +0000", EGS_ATS,
         "Candidature reçue - Technicien(ne) Performance Énergétique", _egs_ack, company=EGS,
         html=shell("Candidature reçue", paras(_egs_ack), brand="Énergies Garrigue Services",
                    color="#6a1b9a", footer="Envoyé via Recruitee"),
         name_enc=("utf-8", "b"), subj_enc=("iso-8859-1", "q"), slug="garrigue_candidature_recue"),
    mail("egs_invite", "interview_invitation", "fr", "2026-02-23 11:15 +0100", EGS_CLAIRE,
         "Entretien - Technicien(ne) Performance Énergétique", _egs_invite, company=EGS,
         contact=EGS_CLAIRE[1], html=simple_html(_egs_invite), slug="garrigue_entretien"),
    mail("egs_move", "interview_reschedule_or_cancel", "fr", "2026-02-27 09:22 +0100",
         EGS_CLAIRE, "RE: Entretien - Technicien(ne) Performance Énergétique", _egs_move,
         company=EGS, contact=EGS_CLAIRE[1], parent="egs_invite", quote="outlook_fr",
         charset="iso-8859-1", cte="quoted-printable", subj_enc=("iso-8859-1", "b"),
         slug="garrigue_entretien_decale"),
    mail("egs_offer", "offer", "fr", "2026-03-24 17:05 +0100", EGS_CLAIRE,
         "Proposition d'embauche - Technicien Performance Énergétique", _egs_offer,
         company=EGS, contact=EGS_CLAIRE[1], charset="windows-1252", cte="quoted-printable",
         subj_enc=("windows-1252", "q"),
         pdfs=[("Proposition_embauche_RAlbarracin.pdf", "Proposition d'embauche",
                ["Energies Garrigue Services - Montpellier",
                 "Poste : Technicien Performance Energetique (CDI)",
                 "Remuneration : 31 000 EUR bruts annuels sur 13 mois",
                 "Date d'entree souhaitee : 4 mai 2026",
                 "Bon pour accord : ____________________"])],
         slug="garrigue_proposition_embauche"),
    # ---------------------------------------------------------------- Occitalia
    mail("occ_ack", "application_received", "fr", "2026-04-20 06:12 +0000", OCC_TALEO,
         "Accusé de réception de votre candidature - Réf. 2600412", _occ_ack, company=OCC,
         charset="iso-8859-1", cte="quoted-printable", subj_enc=("iso-8859-1", "b"),
         headers=[("Auto-Submitted", "auto-generated")], slug="occitalia_accuse_reception"),
    mail("occ_invite", "interview_invitation", "fr", "2026-05-06 14:48 +0200", OCC_MARC,
         "Proposition d'entretien - Technicien Énergie et Fluides", _occ_invite, company=OCC,
         contact=OCC_MARC[1], cte="8bit", slug="occitalia_entretien"),
    mail("occ_reject", "rejection", "fr", "2026-06-04 07:00 +0000", OCC_TALEO,
         "Votre candidature - Réf. 2600412", _occ_reject, company=OCC,
         html=shell("Votre candidature", paras(_occ_reject), brand=OCC, color="#1565c0",
                    footer="Message automatique - merci de ne pas répondre."),
         html_cte="base64", slug="occitalia_refus"),
    # ---------------------------------------------------------------- Sud Multiservices
    mail("sms_reject", "rejection", "fr", "2026-01-29 10:37 +0100", SMS,
         "Votre candidature - Chef d'équipe maintenance multitechnique", _sms_reject,
         company="Sud Multiservices", contact=SMS[1], charset="windows-1252", cte="8bit",
         slug="sudmultiservices_non_retenue"),
    # ---------------------------------------------------------------- Ville de Montferrand
    mail("vil_ack", "application_received", "fr", "2026-05-27 15:31 +0200", VIL_RH,
         "Accusé de réception - offre O034260500127", _vil_ack, company=VIL,
         contact=VIL_RH[1], charset="iso-8859-1", cte="quoted-printable",
         name_enc=("iso-8859-1", "q"), slug="montferrand_accuse_reception"),
    mail("vil_report", "interview_reschedule_or_cancel", "fr", "2026-06-24 11:50 +0200", VIL_RH,
         "Report de votre entretien - Technicien(ne) gestion énergétique", _vil_report,
         company=VIL, contact=VIL_RH[1], charset="iso-8859-1", cte="quoted-printable",
         name_enc=("iso-8859-1", "q"), slug="montferrand_entretien_reporte"),
    # ---------------------------------------------------------------- Université
    mail("ulm_reject", "rejection", "fr", "2026-07-03 09:30 +0200", ULM,
         "Votre candidature - Direction du Patrimoine", _ulm_reject,
         company="Université Lez-Méditerranée", contact=ULM[1], name_enc=("utf-8", "b"),
         slug="universite_pourvu_interne"),
    # ---------------------------------------------------------------- Orféo
    mail("orf_invite", "interview_invitation", "fr", "2026-07-15 18:22 +0200", ORF_SOPHIE,
         "Rendez-vous Foncière Littoral Gestion - jeudi 23/07 15h", _orf_invite, company=FLG,
         contact=ORF_SOPHIE[1], html=simple_html(_orf_invite), slug="orfeo_fonciere_rdv"),
    mail("orf_reject", "rejection", "fr", "2026-08-03 12:05 +0200", ORF_SOPHIE,
         "Re: Rendez-vous Foncière Littoral Gestion - jeudi 23/07 15h", _orf_reject,
         company=FLG, contact=ORF_SOPHIE[1], parent="orf_invite", quote="fr",
         slug="orfeo_fonciere_retour_negatif"),
    # ---------------------------------------------------------------- Intérim Sud Emploi
    mail("ise_invite", "interview_invitation", "fr", "2026-09-21 10:10 +0200", ISE_KARIM,
         "Mission technicien CVC - entretien jeudi 24/09", _ise_invite, company=ISE,
         contact=ISE_KARIM[1], cte="8bit", slug="interimsud_entretien_agence"),
    mail("ise_missed", "missed_interview_notice", "fr", "2026-09-24 12:14 +0200", ISE_KARIM,
         "Entretien de ce matin", _ise_missed, company=ISE, contact=ISE_KARIM[1],
         cte="8bit", slug="interimsud_absent"),
    # ---------------------------------------------------------------- Soleil d'Oc
    mail("soc_missed", "missed_interview_notice", "fr", "2026-10-01 15:02 +0200", SOC_JB,
         "Entretien téléphonique de 14h30", _soc_missed, company="Soleil d'Oc Photovoltaïque",
         contact=SOC_JB[1], reply_to=SOC_JB, slug="soleildoc_appel_sans_reponse"),
    mail("soc_reject", "rejection", "fr", "2026-10-13 09:41 +0200", SOC,
         "Re: Entretien téléphonique de 14h30", _soc_reject,
         company="Soleil d'Oc Photovoltaïque", contact=SOC_JB[1], reply_to=SOC_JB,
         slug="soleildoc_poste_pourvu"),
]

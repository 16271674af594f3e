"""Corpus 332, kind `other`: Solène's own mail, bulk mail and the many traps that use the
words of job mail without being job mail."""

from __future__ import annotations

from msgs332_common import CANDIDATE, CANDIDATE_NAME, html_page, signature, spec

ME = CANDIDATE
SIG_FR = signature(CANDIDATE_NAME, "06 58 21 47 93")
SIG_EN = signature(CANDIDATE_NAME, "+33 6 58 21 47 93", "linkedin.example/in/solene-mb")
CV_PDF = ("CV_Solene_Marchetti-Baudry.pdf", "Solene Marchetti-Baudry - CV",
          ["Professeure des ecoles (2014-2026), Grenoble",
           "DU Ingenierie de la formation et e-learning (2025)",
           "Outils : Articulate Rise, Genially, Moodle, H5P"])


def bulk(list_id: str, unsubscribe: str) -> dict[str, str]:
    return {"List-Id": list_id, "List-Unsubscribe": unsubscribe,
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}


OWN = [
    spec(
        key="didacto_own_accept", kind="other", lang="fr", company="", contact="",
        frm=ME, to=[("Margaux Lefèvre", "margaux.lefevre@didacto.example.fr")],
        date="2026-01-22 20:41 +0100",
        subject="Re: Didacto – entretien pour le poste d'Ingénieure pédagogique",
        parent="didacto_inv", quote="gt", cte="8bit",
        text="""Bonjour Margaux,

Merci beaucoup pour votre message ! Le mercredi 28 janvier à 10h me convient tout à fait :
c'est mon jour sans classe. J'ai bien accepté l'invitation.

Bonne soirée,
Solène
""",
    ),
    spec(
        key="didacto_own_thanks", kind="other", lang="fr", company="", contact="",
        frm=ME, to=[("Thomas Rivoire", "thomas.rivoire@didacto.example.fr")],
        cc=[("Margaux Lefèvre", "margaux.lefevre@didacto.example.fr")],
        date="2026-02-02 19:12 +0100",
        subject="Merci pour l'échange de lundi",
        text=f"""Bonjour Thomas, bonjour Margaux,

Je tenais à vous remercier pour notre échange de cet après-midi. La présentation de vos
parcours de formation pour les artisans m'a donné encore plus envie de rejoindre l'équipe.

Comme promis, voici le lien vers le petit module Genially que j'ai réalisé pour ma classe :
https://view.genially.example/solene-cycle3-eau

Je reste à votre disposition pour la suite.

Bien cordialement,
{SIG_FR}
""",
    ),
    spec(
        key="didacto_own_counter", kind="other", lang="fr", company="", contact="",
        frm=ME, to=[("Thomas Rivoire", "thomas.rivoire@didacto.example.fr")],
        date="2026-02-26 21:03 +0100",
        subject="Re: Proposition d'embauche – Ingénieure pédagogique junior",
        parent="didacto_offer_letter", quote="gt",
        text="""Bonjour Thomas,

Merci encore pour cette proposition, qui me touche beaucoup.

Avant de vous donner ma réponse, je voulais vous faire part de deux points : la rémunération
proposée est en dessous de ce que je perçois aujourd'hui avec mon ancienneté d'enseignante,
et une prise de poste le 4 mai m'obligerait à quitter ma classe en cours d'année.

Serait-il possible de revoir ces deux éléments ?

Bien à vous,
Solène
""",
    ),
    spec(
        key="didacto_own_decline", kind="other", lang="fr", company="", contact="",
        frm=ME, to=[("Thomas Rivoire", "thomas.rivoire@didacto.example.fr")],
        cc=[("Margaux Lefèvre", "margaux.lefevre@didacto.example.fr")],
        date="2026-03-08 18:22 +0100",
        subject="Re: Proposition d'embauche – Ingénieure pédagogique junior",
        parent="didacto_offer_revised", quote="gt", cte="base64",
        text="""Bonjour Thomas,

Merci pour cette nouvelle proposition et pour l'effort que vous avez fait.

Après beaucoup de réflexion, j'ai décidé de ne pas l'accepter : je souhaite d'abord terminer
ma formation en ingénierie pédagogique et m'orienter vers un poste un peu plus structuré pour
une première expérience. Ce n'est pas une décision facile, tant l'équipe m'a plu.

J'espère sincèrement que nos chemins se recroiseront.

Bien cordialement,
Solène
""",
    ),
    spec(
        key="hydrelia_own_thanks", kind="other", lang="fr", company="", contact="",
        frm=ME, to=[("Julien Besson", "julien.besson@hydrelia.example.fr")],
        date="2026-06-25 17:48 +0200",
        subject="Remerciements – entretien du 25 juin",
        charset="iso-8859-1", cte="quoted-printable",
        text=f"""Bonjour Monsieur Besson,

Je vous remercie, ainsi que Mme Dumas-Ferrand, pour l'entretien de ce matin. Le projet de
refonte des parcours sécurité pour les techniciens d'exploitation correspond exactement à
ce que je souhaite faire.

Je reste à votre disposition pour toute information complémentaire.

Cordialement,
{SIG_FR}
""",
    ),
    spec(
        key="hydrelia_own_accept", kind="other", lang="fr", company="", contact="",
        frm=ME, to=[("Julien Besson", "julien.besson@hydrelia.example.fr")],
        cc=[("Claire Dumas-Ferrand", "claire.dumas-ferrand@hydrelia.example.fr")],
        date="2026-09-07 08:30 +0200",
        subject="RE: Hydrelia – Lettre de proposition d'emploi",
        parent="hydrelia_offer", quote="outlook",
        text=f"""Madame, Monsieur,

J'ai le plaisir de vous confirmer que j'accepte votre proposition pour le poste
d'Ingénieure pédagogique digital, avec une prise de fonction le 2 novembre 2026.

Je vous retourne la lettre signée par courrier cette semaine et me tiens à votre disposition
pour les formalités d'embauche.

Bien cordialement,
{SIG_FR}
""",
    ),
    spec(
        key="formavia_own_apply", kind="other", lang="fr", company="", contact="",
        frm=ME, to=[("Formavia Recrutement", "recrutement@formavia.example.fr")],
        date="2026-03-08 10:05 +0100",
        subject="Candidature formatrice-conceptrice",
        text=f"""Madame, Monsieur,

Professeure des écoles depuis douze ans, je souhaite mettre mon expérience de la conception
de séquences et de l'animation de groupes au service de la formation professionnelle.
Votre annonce de formatrice-conceptrice a tout de suite retenu mon attention.

Vous trouverez ci-joint mon CV. Je serais heureuse de vous présenter mon projet lors d'un
entretien.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

{SIG_FR}
""",
        pdfs=[CV_PDF],
    ),
    spec(
        key="formavia_apology", kind="other", lang="fr", company="", contact="",
        frm=ME, to=[("Sandrine Colomb", "sandrine.colomb@formavia.example.fr")],
        date="2026-03-26 13:20 +0100",
        subject="Entretien du 26 mars - toutes mes excuses",
        parent="formavia_missed", quote="gt", charset="iso-8859-1", cte="8bit",
        text="""Bonjour Madame Colomb,

Je suis vraiment confuse : j'avais noté l'entretien le 27 dans mon agenda, et j'étais en
classe ce matin avec mon téléphone éteint. Je vous présente toutes mes excuses.

Si vous acceptez de me proposer un autre créneau, je me rendrai disponible à votre
convenance.

Bien cordialement,
Solène Marchetti-Baudry
""",
    ),
    spec(
        key="cci_own_apply", kind="other", lang="fr", company="", contact="",
        frm=ME, to=[("Ressources humaines CCI", "rh@cci-belledonne.example.fr")],
        date="2026-04-23 21:15 +0200",
        subject="Candidature spontanée – ingénierie pédagogique",
        html="outlook",
        text=f"""Madame, Monsieur,

J'ai appris que le Campus CCI recrutait un ou une responsable pédagogique. Enseignante en
reconversion vers l'ingénierie de formation, je me permets de vous adresser ma candidature.

Vous trouverez mon CV en pièce jointe.

Avec mes remerciements,
{SIG_FR}
""",
        pdfs=[CV_PDF],
    ),
    spec(
        key="serac_own_apology", kind="other", lang="fr", company="", contact="",
        frm=ME, to=[("Bastien Morel", "b.morel@arvel-conseil.example.fr")],
        date="2026-04-09 18:02 +0200",
        subject="Re: Visio avec Mme Ravix (Groupe Sérac)",
        parent="serac_missed", quote="gt",
        text="""Bonjour Bastien,

Je suis désolée : le lien est arrivé dans mes courriers indésirables et je ne l'ai vu qu'à
17h20. Pourriez-vous transmettre mes excuses à Mme Ravix ? Je suis disponible n'importe quel
soir de la semaine prochaine après 16h30.

Merci beaucoup,
Solène
""",
    ),
    spec(
        key="fier_own_thanks", kind="other", lang="fr", company="", contact="",
        frm=ME, to=[("Marion Duclos", "marion.duclos@labo-fier.example.fr")],
        date="2026-04-28 19:40 +0200",
        subject="Merci pour notre échange de ce mardi",
        cte="8bit",
        text="""Bonjour Marion,

Merci pour notre appel de ce midi, et encore pardon pour le rendez-vous manqué de la semaine
dernière (mon numéro avait une erreur sur le CV !).

J'ai beaucoup aimé découvrir votre façon de former les opérateurs en salle blanche.

Belle soirée,
Solène
""",
    ),
    spec(
        key="lemanis_own_resched", kind="other", lang="fr", company="", contact="",
        frm=ME, to=[("Nadia Berthoud", "nadia.berthoud@lemanis.example.ch")],
        date="2026-04-23 07:55 +0200",
        subject="Entretien vidéo – Lémanis Formation",
        text="""Bonjour Madame Berthoud,

J'ai réservé hier le créneau du 27 avril à 10h00, mais je viens d'apprendre que je dois
accompagner ma classe en sortie ce jour-là. Serait-il possible de décaler notre entretien,
idéalement en fin d'après-midi ?

Avec toutes mes excuses,
Solène Marchetti-Baudry
""",
    ),
    spec(
        key="sabauda_own_thanks", kind="other", lang="en", company="", contact="",
        frm=ME, to=[("Giulia Ferraris", "giulia.ferraris@sabauda-academy.example.it")],
        date="2026-04-08 19:30 +0200",
        subject="Thank you - panel interview today",
        text=f"""Dear Giulia,

Thank you for organising today's panel, and please pass my thanks on to Marco and the design
team. I really enjoyed the discussion about scenario-based learning for your banking clients.

Kind regards,
{SIG_EN}
""",
    ),
    spec(
        key="northlake_own_decline", kind="other", lang="en", company="", contact="",
        frm=ME, to=[("Priya Raman", "priya.raman@northlake.example.ch")],
        date="2026-08-28 09:10 +0200",
        subject="Re: Your offer letter from Northlake Learning",
        parent="northlake_offer_letter", quote="gt",
        text="""Dear Priya,

Thank you very much for the offer and for how smoothly the whole process went.

After a lot of thought I have decided not to accept it: an 80% position in Geneva would mean
a long commute that I can't make work with my family for now. This was a hard decision.

I hope we'll have the chance to work together in the future.

Best wishes,
Solène
""",
    ),
    spec(
        key="own_thanks_de", kind="other", lang="de", company="", contact="",
        frm=ME, to=[("Florian Brandl", "florian.brandl@isarwind.example.de")],
        date="2026-07-14 07:45 +0200",
        subject="Vielen Dank für das Gespräch",
        text=f"""Sehr geehrter Herr Brandl,

vielen Dank für das freundliche Gespräch gestern und die Führung durch das Schulungszentrum.
Die Aufgaben in der Qualifizierung der Servicetechniker reizen mich sehr.

Für Rückfragen stehe ich Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen
{SIG_EN}
""",
    ),
    spec(
        key="own_application_de", kind="other", lang="de", company="", contact="",
        frm=ME, to=[("Zentrum für Hochschuldidaktik", "zhd-bewerbung@hs-loisach.example.de")],
        date="2026-05-26 22:04 +0200",
        subject="Bewerbung Kennziffer 31/2026 – wissenschaftliche Mitarbeiterin",
        charset="iso-8859-1", cte="quoted-printable",
        text=f"""Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich auf die ausgeschriebene Stelle einer wissenschaftlichen
Mitarbeiterin im Zentrum für Hochschuldidaktik (Kennziffer 31/2026).

Als Grundschullehrerin mit zwölf Jahren Unterrichtserfahrung und einer Weiterbildung in
Instructional Design möchte ich meine Kenntnisse in die Hochschullehre einbringen. Meinen
Lebenslauf finden Sie im Anhang. Meine Deutschkenntnisse entsprechen dem Niveau C1.

Mit freundlichen Grüßen
{SIG_EN}
""",
        pdfs=[CV_PDF],
    ),
    spec(
        key="cierzo_own_thanks", kind="other", lang="es", company="", contact="",
        frm=ME, to=[("Jorge Lasheras", "jorge.lasheras@aulacierzo.example.es")],
        date="2026-07-24 18:30 +0200",
        subject="Gracias por la conversación",
        text="""Hola Jorge:

Muchas gracias por la entrevista de esta tarde. Me encantó conocer cómo diseñáis los cursos
para pymes aragonesas y la idea de los microvídeos para formación en prevención.

Quedo a vuestra disposición para lo que necesitéis.

Un saludo,
Solène
""",
    ),
    spec(
        key="pilar_own_apply", kind="other", lang="es", company="", contact="",
        frm=ME, to=[("Recursos Humanos", "rrhh@pilarbs.example.es")],
        date="2026-04-26 11:11 +0200",
        subject="Candidatura Coordinadora de e-learning",
        text=f"""Estimados señores:

Les escribo para presentar mi candidatura al puesto de Coordinadora de e-learning publicado
en su web. Soy maestra de primaria en Francia y me estoy especializando en diseño
instruccional; hablo español con fluidez (nivel C1).

Adjunto mi currículum. Quedo a su disposición para una entrevista.

Atentamente,
{SIG_EN}
""",
        pdfs=[CV_PDF],
    ),
    spec(
        key="own_resched_es", kind="other", lang="es", company="", contact="",
        frm=ME, to=[("Raúl Lacasa", "raul.lacasa@tempora-ett.example.es")],
        date="2026-09-01 12:45 +0200",
        subject="Re: ¿Qué ha pasado con la entrevista?",
        parent="delicias_missed", quote="gt", cte="8bit",
        text="""Hola Raúl:

Lo siento muchísimo. Mi tren desde Barcelona se quedó parado más de dos horas cerca de
Lleida y no tenía cobertura. ¿Podrías pedirles otra fecha? Esta semana puedo cualquier día
por la mañana.

Gracias y perdona las molestias,
Solène
""",
    ),
]

TRAPS_FR = [
    spec(
        key="arvel_approach", kind="other", lang="fr", company="", contact="",
        frm=("Bastien Morel", "b.morel@arvel-conseil.example.fr"),
        date="2026-03-24 08:40 +0100",
        subject="Votre profil – échange ?",
        text="""Bonjour Solène,

Je suis consultant chez Arvel Conseil, cabinet de recrutement spécialisé dans les métiers de
la formation et des RH en Auvergne-Rhône-Alpes. Je suis tombé sur votre profil et votre
projet de reconversion vers l'ingénierie pédagogique m'a interpellé.

Je n'ai pas de poste précis à vous proposer aujourd'hui, mais j'accompagne régulièrement des
organismes de formation qui recherchent ce type de parcours. Si vous le souhaitez, envoyez-moi
votre CV et je le garderai en tête.

Belle journée,
Bastien Morel
Arvel Conseil
""",
    ),
    spec(
        key="alert_digest_fr", kind="other", lang="fr", company="", contact="",
        frm=("Alertes Emploi Formation", "alertes@emploi-formation.example.fr"),
        date="2026-01-19 06:00 +0100",
        subject="12 nouvelles offres pour « ingénieur pédagogique » autour de Grenoble",
        headers=bulk("Alertes Emploi Formation <alertes.emploi-formation.example.fr>",
                     "<https://emploi-formation.example.fr/desabonnement?u=88172>"),
        html="auto", brand="Emploi Formation", subj_enc=("utf-8", "q"),
        text="""Bonjour Solène,

Voici les nouvelles offres correspondant à votre alerte « ingénieur pédagogique » :

- Ingénieur pédagogique e-learning (H/F) – Meylan – CDI
- Formateur / formatrice bureautique – Échirolles – CDD 6 mois
- Concepteur·rice de formations digitales – Lyon 3e – CDI
- Chargé(e) d'ingénierie de formation – Chambéry – CDI

Le conseil de la semaine : un refus n'est jamais définitif ! Malheureusement, 60 % des
candidats abandonnent après le premier refus. Préparez votre prochain entretien avec notre
fiche « 10 questions pièges ».

Vous recevez cet e-mail car vous avez créé une alerte. Se désabonner en un clic.
""",
    ),
    spec(
        key="newsletter_reconversion", kind="other", lang="fr", company="", contact="",
        frm=("Le Mag de la Reconversion", "newsletter@mag-reconversion.example.fr"),
        date="2026-03-15 07:30 +0100",
        subject="Enseignants : réussir l'entretien d'embauche en entreprise",
        headers=bulk("Le Mag de la Reconversion <lettre.mag-reconversion.example.fr>",
                     "<mailto:desinscription@mag-reconversion.example.fr>"),
        text=None,
        html=html_page("""Le Mag de la Reconversion – n° 87

À la une : de la salle de classe à l'entreprise, comment réussir votre entretien d'embauche.

Témoignage : « Après sept refus, j'ai enfin décroché une proposition d'embauche comme
formatrice. » Élodie, ex-professeure des écoles, raconte comment elle a transformé chaque
refus en apprentissage.

Pratique : votre candidature n'a pas été retenue ? Trois façons de demander un retour au
recruteur sans paraître insistant.

Agenda : forum Reconversion & Formation, Lyon, 14 avril.""", "Le Mag de la Reconversion",
            "#b5562a", "Vous êtes abonnée à notre lettre. Se désinscrire."),
    ),
    spec(
        key="radio_interview", kind="other", lang="fr", company="", contact="",
        frm=("Audrey Pellissier", "audrey.pellissier@radio-gresivaudan.example.fr"),
        date="2026-05-15 11:20 +0200",
        subject="Demande d'interview – émission « Nouvelles vies »",
        text="""Bonjour Madame Marchetti-Baudry,

Je suis journaliste à Radio Grésivaudan et je prépare une émission sur les enseignants qui se
reconvertissent. Votre collègue Camille m'a donné votre contact.

Accepteriez-vous de nous accorder une interview de 15 minutes, enregistrée dans nos studios de
Crolles le mardi 26 mai à 17h ? L'émission sera diffusée début juin.

Bien cordialement,
Audrey Pellissier
Journaliste – Radio Grésivaudan
""",
    ),
    spec(
        key="parcel_delay_fr", kind="other", lang="fr", company="", contact="",
        frm=("ColiAlpes", "suivi@colialpes.example.fr"),
        date="2026-02-12 14:02 +0100",
        subject="Votre colis n° CA4471902FR est retardé",
        html="auto", brand="ColiAlpes", cte="quoted-printable",
        text="""Bonjour,

Malheureusement, votre colis n° CA4471902FR a pris du retard en raison des conditions
météorologiques sur le réseau alpin. Nous sommes désolés pour ce contretemps.

Nouvelle date de livraison estimée : lundi 16 février.

Vous pouvez modifier votre livraison depuis votre espace de suivi.

Le service client ColiAlpes
""",
    ),
    spec(
        key="bank_position", kind="other", lang="fr", company="", contact="",
        frm=("Banque Dauphinoise", "ne-pas-repondre@banque-dauphinoise.example.fr"),
        date="2026-01-31 05:10 +0100",
        subject="Position de vos comptes au 30/01/2026",
        html="auto", brand="Banque Dauphinoise", charset="windows-1252",
        cte="quoted-printable",
        text="""Madame Marchetti-Baudry,

Votre relevé de position est disponible dans votre espace client.

Compte courant : position créditrice
Livret A : position à jour au 30/01/2026

Nous vous rappelons que la Banque Dauphinoise ne vous demandera jamais vos codes par e-mail.

Votre conseillère, Agence Grenoble Championnet
""",
    ),
    spec(
        key="visite_appart", kind="other", lang="fr", company="", contact="",
        frm=("Agence Saône Immobilier", "location@saone-immo.example.fr"),
        date="2026-06-04 16:33 +0200",
        subject="Visite T2 rue de Marseille – samedi 6 juin",
        text="""Bonjour Madame,

Suite à votre demande, nous vous confirmons la visite de l'appartement T2 situé 54 rue de
Marseille, Lyon 7e, le samedi 6 juin à 10h30. Le propriétaire sera présent.

Merci de vous munir de votre dossier locataire (trois derniers bulletins de salaire, avis
d'imposition, pièce d'identité). Un entretien rapide avec le propriétaire suivra la visite.

Cordialement,
Agence Saône Immobilier
""",
    ),
    spec(
        key="dentiste", kind="other", lang="fr", company="", contact="",
        frm=("SantéRDV", "rappels@santerdv.example.fr"),
        date="2026-03-20 18:00 +0100",
        subject="Rappel : votre rendez-vous du lundi 23 mars",
        cte="base64",
        text="""Bonjour Solène,

Nous vous rappelons votre rendez-vous :

Dr Antoine Faure – Chirurgien-dentiste
Lundi 23 mars 2026 à 08h15
12 avenue Alsace-Lorraine, 38000 Grenoble

En cas d'empêchement, merci d'annuler au moins 24h à l'avance depuis l'application.

L'équipe SantéRDV
""",
    ),
    spec(
        key="friend_rejection_fr", kind="other", lang="fr", company="", contact="",
        frm=("Camille Terrier", "camille.terrier@example.fr"),
        date="2026-04-12 21:48 +0200",
        subject="bon ben c'est non pour moi",
        cte="8bit",
        text="""Coucou Solène,

Je viens de recevoir la réponse de l'ESPE : refus pour le poste de formatrice. « Nous avons
retenu une candidature correspondant davantage au profil recherché », la formule classique...
Je suis un peu dégoûtée, j'y croyais.

Et toi, tes entretiens ? On se fait un verre vendredi pour se remonter le moral ?

Bises,
Camille
""",
    ),
    spec(
        key="friend_fwd_invite", kind="other", lang="fr", company="", contact="",
        frm=("Camille Terrier", "camille.terrier@example.fr"),
        date="2026-06-09 20:15 +0200",
        subject="Fwd: Invitation à un entretien – Formatrice FLE",
        text="""Salut Solène,

Je te transfère la convocation que je viens de recevoir (c'est pour moi, pas pour toi !).
Tu as déjà passé ce genre d'entretien avec mise en situation ? Tu aurais des conseils ?

Merci ma belle,
Camille
""",
        fwd=spec(
            key="friend_fwd_inner", lang="fr",
            frm=("Institut Belledonne Langues", "recrutement@ib-langues.example.fr"),
            to=[("Camille Terrier", "camille.terrier@example.fr")],
            date="2026-06-09 15:02 +0200",
            subject="Invitation à un entretien – Formatrice FLE",
            text="""Bonjour Madame Terrier,

Nous avons le plaisir de vous inviter à un entretien pour le poste de formatrice FLE le
lundi 15 juin à 10h00, dans nos locaux de Grenoble. Une mise en situation de 20 minutes
devant un petit groupe est prévue.

Cordialement,
Institut Belledonne Langues
""",
        ),
    ),
    spec(
        key="course_refused", kind="other", lang="fr", company="", contact="",
        frm=("Institut Vercors Formation continue", "admissions@ivfc.example.fr"),
        date="2026-07-03 10:30 +0200",
        subject="Votre candidature au Titre professionnel Concepteur Designer Pédagogique",
        html="auto", brand="Institut Vercors – Formation continue",
        text="""Madame,

Nous vous remercions pour votre candidature à la session de septembre 2026 du Titre
professionnel Concepteur Designer Pédagogique.

Malheureusement, le nombre de places étant limité à 14, votre candidature n'a pas été retenue
pour cette session. Vous êtes inscrite en liste d'attente (position 4) et serez prévenue en
cas de désistement.

Le service des admissions
""",
    ),
    spec(
        key="agence_emploi_rdv", kind="other", lang="fr", company="", contact="",
        frm=("Agence Emploi Isère", "ne-pas-repondre@agence-emploi-isere.example.fr"),
        date="2026-02-11 09:00 +0100",
        subject="Convocation à un entretien de suivi de votre projet",
        charset="iso-8859-1", cte="quoted-printable",
        text="""Madame Marchetti-Baudry,

Dans le cadre de l'accompagnement de votre projet de transition professionnelle, vous êtes
invitée à un entretien de suivi avec votre conseillère, Mme Lopez :

Mardi 17 février 2026 à 14h00
Agence Emploi Isère, 10 rue Lesdiguières, Grenoble

Pensez à apporter votre CV à jour.

Ceci est un message automatique.
""",
    ),
    spec(
        key="portage_newsletter", kind="other", lang="fr", company="", contact="",
        frm=("Portéo Portage Salarial", "infos@porteo-portage.example.fr"),
        date="2026-05-26 12:00 +0200",
        subject="Formateurs indépendants : votre simulation de salaire en portage",
        headers=bulk("Portéo infos <infos.porteo-portage.example.fr>",
                     "<https://porteo-portage.example.fr/unsub?id=5512>"),
        html="auto", brand="Portéo", cte="base64",
        text="""Bonjour Solène,

Vous avez réalisé une simulation sur notre site : pour un TJM de 350 € et 8 jours facturés
par mois, votre salaire net estimé en portage salarial serait d'environ 1 560 €.

Rejoignez notre réunion d'information en ligne, jeudi 4 juin à 12h30 : « Se lancer comme
formatrice indépendante sans créer d'entreprise ».

L'équipe Portéo
""",
    ),
    spec(
        key="ooo_fr", kind="other", lang="fr", company="", contact="",
        frm=("Julien Besson", "julien.besson@hydrelia.example.fr"),
        date="2026-06-25 17:48 +0200",
        subject="Réponse automatique : Remerciements – entretien du 25 juin",
        parent="hydrelia_own_thanks",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        text="""Bonjour,

Je suis absent du bureau jusqu'au lundi 29 juin inclus, avec un accès limité à ma
messagerie. Pour toute urgence, merci de contacter recrutement@hydrelia.example.fr.

Cordialement,
Julien Besson
""",
    ),
    spec(
        key="user_research_fr", kind="other", lang="fr", company="", contact="",
        frm=("Léo de Klassio", "leo@klassio.example.fr"),
        date="2026-09-18 10:00 +0200",
        subject="30 minutes pour améliorer Klassio ? (entretien rémunéré)",
        html="auto", brand="Klassio",
        text="""Bonjour Solène,

Vous utilisez Klassio avec vos élèves depuis plus d'un an : merci !

Notre équipe produit mène des entretiens utilisateurs pour préparer la prochaine version.
Accepteriez-vous un entretien en visio de 30 minutes ? Pour vous remercier, nous offrons une
carte cadeau de 30 €.

Choisissez un créneau ici : https://klassio.example.fr/recherche-utilisateurs

Léo, UX researcher chez Klassio
""",
    ),
    spec(
        key="friend_calendar", kind="other", lang="fr", company="", contact="",
        frm=("Margot Chaix", "margot.chaix@example.fr"),
        date="2026-10-03 11:12 +0200",
        subject="Invitation : Pot de départ de Solène 🎉",
        subj_enc=("utf-8", "b"),
        text="""Hello les collègues et Solène,

Comme Solène quitte l'école à la Toussaint pour son nouveau poste, on organise un pot de
départ le vendredi 16 octobre à 17h en salle des maîtres. Invitation ci-jointe !

Margot
""",
        ics=spec(method="REQUEST", uid="pot-depart-solene-2026@example.fr", seq=0,
                 stamp="20261003T091200Z", start="20261016T170000", end="20261016T190000",
                 summary="Pot de départ de Solène", location="École Jean Macé - salle des maîtres",
                 organizer=("Margot Chaix", "margot.chaix@example.fr")),
    ),
]

TRAPS_EN = [
    spec(
        key="edtech_newsletter", kind="other", lang="en", company="", contact="",
        frm=("L&D Careers Weekly", "weekly@ldcareers.example.com"),
        date="2026-06-01 13:00 +0000",
        subject="This week: handling rejection, acing the portfolio interview",
        headers=bulk("L&D Careers Weekly <weekly.ldcareers.example.com>",
                     "<https://ldcareers.example.com/unsubscribe/4c1d>, "
                     "<mailto:unsubscribe@ldcareers.example.com>"),
        html="auto", brand="L&D Careers Weekly",
        text="""Hi Solène,

In this issue:

1. "Unfortunately, we have decided not to proceed" - what recruiters really mean, and how to
   bounce back from a rejection.
2. The portfolio interview: five things hiring managers look for in an instructional
   designer's samples.
3. New roles: Learning Designer (Dublin), LXD Lead (remote, EU), Training Manager (Milan).

Reader question: "I was invited to interview and then the role was cancelled - is that
normal?" Our columnist answers.

You're receiving this because you subscribed at ldcareers.example.com.
""",
    ),
    spec(
        key="podcast_interview", kind="other", lang="en", company="", contact="",
        frm=("Hannah Brooks", "hannah@learningdesignerspodcast.example.com"),
        date="2026-07-14 16:40 +0100",
        subject="Podcast interview request - teachers turned learning designers",
        text="""Hi Solène,

I host The Learning Designers Podcast. A listener pointed me to your blog post about moving
from the primary classroom to instructional design, and I'd love to interview you for an
episode.

The recording takes about 45 minutes over Zoom, and we'd publish in September. Would you be
up for it? Any weekday evening in late July works for me.

Cheers,
Hannah Brooks
The Learning Designers Podcast
""",
    ),
    spec(
        key="parcel_en", kind="other", lang="en", company="", contact="",
        frm=("Pageturn Books", "orders@pageturnbooks.example.co.uk"),
        date="2026-03-27 09:12 +0000",
        subject="Update on your order #PT-229184",
        html="auto", brand="Pageturn Books",
        text="""Hello Solène,

Unfortunately, your parcel containing "Design for How People Learn" has been delayed at the
customs hub. We apologise for the inconvenience.

Your new estimated delivery date is 3 April.

Thank you for shopping with Pageturn Books.
""",
    ),
    spec(
        key="ooo_en", kind="other", lang="en", company="", contact="",
        frm=("Giulia Ferraris", "giulia.ferraris@sabauda-academy.example.it"),
        date="2026-04-08 19:30 +0200",
        subject="Automatic reply: Thank you - panel interview today",
        parent="sabauda_own_thanks",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        text="""Hello,

Thank you for your email. I'm out of the office until Tuesday 14 April with no access to
email. For urgent matters please contact people@sabauda-academy.example.it.

Best regards,
Giulia Ferraris
""",
    ),
]

TRAPS_DE = [
    spec(
        key="jobradar_digest", kind="other", lang="de", company="", contact="",
        frm=("Jobradar Bayern", "alert@jobradar-bayern.example.de"),
        date="2026-04-04 06:30 +0200",
        subject="Ihr Jobradar: 7 neue Stellen für „Instructional Designer“",
        headers=bulk("Jobradar Bayern Alerts <alerts.jobradar-bayern.example.de>",
                     "<https://jobradar-bayern.example.de/abmelden?k=77a2>"),
        html="auto", brand="Jobradar Bayern", subj_enc=("utf-8", "b"),
        text="""Guten Morgen Solène,

hier sind Ihre neuen Treffer:

- Instructional Designer (m/w/d) – München-Schwabing – Vollzeit
- E-Learning-Autorin (m/w/d) – Augsburg – Teilzeit
- Trainer Vertrieb (m/w/d) – Rosenheim – befristet

Karrieretipp: Eine Absage ist kein Urteil über Ihre Person. Leider lassen sich viele
Bewerber davon entmutigen - so bereiten Sie sich auf das nächste Vorstellungsgespräch vor.

Sie erhalten diese E-Mail, weil Sie einen Suchauftrag angelegt haben.
""",
    ),
    spec(
        key="wohnung_besichtigung", kind="other", lang="de", company="", contact="",
        frm=("Hausverwaltung Lechner", "vermietung@hv-lechner.example.de"),
        date="2026-07-28 13:05 +0200",
        subject="Besichtigungstermin 2-Zimmer-Wohnung Giesing",
        charset="iso-8859-1", cte="quoted-printable",
        text="""Sehr geehrte Frau Marchetti-Baudry,

gerne bestätigen wir Ihnen den Besichtigungstermin für die 2-Zimmer-Wohnung in der
Tegernseer Landstraße 88, München-Giesing:

Samstag, 1. August 2026, 11:15 Uhr

Bitte bringen Sie eine Selbstauskunft und Ihre letzten drei Gehaltsnachweise mit.

Mit freundlichen Grüßen
Hausverwaltung Lechner
""",
    ),
    spec(
        key="paket_de", kind="other", lang="de", company="", contact="",
        frm=("Bergfreund Versand", "service@bergfreund-versand.example.de"),
        date="2026-01-27 15:22 +0100",
        subject="Ihre Bestellung 1004-88231: Lieferverzögerung",
        html="auto", brand="Bergfreund", cte="base64",
        text="""Hallo Solène,

leider verzögert sich die Lieferung Ihrer Bestellung (Tourenski-Felle, Größe M) um einige
Tage, da der Artikel beim Hersteller nachbestellt werden musste.

Voraussichtlicher Versand: 4. Februar. Wir bitten um Entschuldigung.

Ihr Bergfreund-Team
""",
    ),
    spec(
        key="ooo_de", kind="other", lang="de", company="", contact="",
        frm=("Florian Brandl", "florian.brandl@isarwind.example.de"),
        date="2026-07-14 07:45 +0200",
        subject="Abwesenheitsnotiz: Vielen Dank für das Gespräch",
        parent="own_thanks_de",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 17. Juli nicht im Büro und habe keinen Zugriff auf meine E-Mails.
In dringenden Fällen wenden Sie sich bitte an recruiting@isarwind.example.de.

Mit freundlichen Grüßen
Florian Brandl
""",
    ),
    spec(
        key="headhunter_cold_de", kind="other", lang="de", company="", contact="",
        frm=("Kathrin Vogt", "k.vogt@talentbruecke.example.de"),
        date="2026-05-29 09:58 +0200",
        subject="Kurze Frage zu Ihrer beruflichen Situation",
        text="""Guten Tag Frau Marchetti-Baudry,

ich bin Beraterin bei Talentbrücke Executive Search und spezialisiert auf Positionen im
Bereich Learning & Development im süddeutschen Raum.

Ihr Profil ist mir positiv aufgefallen. Aktuell habe ich kein konkretes Mandat für Sie, würde
mich aber freuen, Sie in mein Netzwerk aufzunehmen. Wären Sie offen für einen Austausch zu
einem späteren Zeitpunkt?

Beste Grüße
Kathrin Vogt
Talentbrücke Executive Search
""",
    ),
    spec(
        key="sprachkurs_de", kind="other", lang="de", company="", contact="",
        frm=("Sprachinstitut am Isartor", "kurse@sprachinstitut-isartor.example.de"),
        date="2026-08-18 10:40 +0200",
        subject="Anmeldung Intensivkurs Deutsch C1 – Warteliste",
        html="auto", brand="Sprachinstitut am Isartor",
        text="""Liebe Frau Marchetti-Baudry,

vielen Dank für Ihre Anmeldung zum Intensivkurs Deutsch C1 (September). Leider ist der Kurs
bereits ausgebucht, sodass wir Ihnen keinen Platz anbieten können.

Wir haben Sie auf die Warteliste gesetzt und informieren Sie, falls ein Platz frei wird.

Herzliche Grüße
Ihr Sprachinstitut am Isartor
""",
    ),
]

TRAPS_ES = [
    spec(
        key="empleo_alert", kind="other", lang="es", company="", contact="",
        frm=("Alertas Empleo Aragón", "alertas@empleoaragon.example.es"),
        date="2026-02-23 07:00 +0100",
        subject="Nuevas ofertas: formación y e-learning en Zaragoza",
        headers=bulk("Alertas Empleo Aragón <alertas.empleoaragon.example.es>",
                     "<https://empleoaragon.example.es/baja?id=3391>"),
        html="auto", brand="Empleo Aragón",
        text="""Hola Solène,

Estas son las nuevas ofertas que coinciden con tu alerta:

- Formador/a de formadores – Zaragoza – indefinido
- Técnico/a e-learning – Huesca – temporal
- Diseñador/a instruccional – Zaragoza (híbrido)

Consejo: lamentablemente, muchas candidaturas se descartan por un CV poco claro. Prepara tu
entrevista con nuestra guía gratuita y aprende a gestionar el rechazo.

Recibes este correo porque te suscribiste a las alertas de Empleo Aragón.
""",
    ),
    spec(
        key="gps_posicion", kind="other", lang="es", company="", contact="",
        frm=("RutaTrail", "no-reply@rutatrail.example.es"),
        date="2026-08-16 19:44 +0200",
        subject="Carmen ha compartido su posición contigo",
        html="auto", brand="RutaTrail",
        text="""Hola Solène,

Carmen Alcubierre ha compartido su posición en tiempo real durante la ruta «Moncayo por la
Fuente de San Miguel».

Última posición: 41.7870 N, 1.8390 W – hace 5 minutos.

Abre la aplicación para seguir su recorrido.
""",
    ),
    spec(
        key="paquete", kind="other", lang="es", company="", contact="",
        frm=("Envíos Pilar Express", "avisos@pilarexpress.example.es"),
        date="2026-05-22 11:30 +0200",
        subject="Incidencia en la entrega de su paquete",
        charset="windows-1252", cte="quoted-printable",
        text="""Estimada clienta:

Lamentablemente, su paquete con número PX-5512093 sufre un retraso debido a una incidencia en
nuestro centro de distribución de Zaragoza.

Nueva fecha estimada de entrega: 27 de mayo.

Disculpe las molestias.
Envíos Pilar Express
""",
    ),
    spec(
        key="visita_piso", kind="other", lang="es", company="", contact="",
        frm=("Inmobiliaria Delicias", "alquiler@inmodelicias.example.es"),
        date="2026-08-13 17:25 +0200",
        subject="Visita piso calle Delicias - confirmación",
        text="""Hola Solène:

Te confirmo la visita al piso de la calle Delicias 45, 3.º B, el sábado 22 de agosto a las
11:00. El propietario quiere hacer una pequeña entrevista a los posibles inquilinos después
de la visita.

Un saludo,
Pilar Ibáñez
Inmobiliaria Delicias
""",
    ),
    spec(
        key="curso_no_admitida", kind="other", lang="es", company="", contact="",
        frm=("Escuela de Idiomas Cesaraugusta", "secretaria@eidiomas-cesaraugusta.example.es"),
        date="2026-07-17 12:00 +0200",
        subject="Resultado de la solicitud - curso intensivo de verano",
        html="auto", brand="Escuela de Idiomas Cesaraugusta", cte="base64",
        text="""Estimada Sra. Marchetti-Baudry:

Le comunicamos que, lamentablemente, no ha sido admitida en el curso intensivo de español
para profesionales (nivel C2) de agosto, por haberse cubierto todas las plazas.

Puede solicitar plaza para la convocatoria de octubre a partir del 1 de septiembre.

Secretaría
""",
    ),
    spec(
        key="friend_rejection_es", kind="other", lang="es", company="", contact="",
        frm=("Carmen Alcubierre", "carmen.alcubierre@example.es"),
        date="2026-10-12 22:10 +0200",
        subject="Me han dicho que no :(",
        cte="8bit",
        text="""Hola guapa,

Al final me han rechazado en la academia de Huesca. Me escribieron esta tarde: «hemos
decidido continuar con otros candidatos». Después de tres entrevistas, ¡qué rabia!

Enhorabuena otra vez por tu nuevo trabajo, me alegro muchísimo por ti. ¿Cuándo vienes a
Zaragoza?

Besos,
Carmen
""",
    ),
    spec(
        key="cierzo_own_decline", kind="other", lang="es", company="", contact="",
        frm=ME, to=[("Jorge Lasheras", "jorge.lasheras@aulacierzo.example.es")],
        date="2026-08-19 21:00 +0200",
        subject="Re: Oferta de trabajo - Diseñadora instruccional",
        parent="cierzo_offer", quote="gt",
        text="""Hola Jorge:

Muchísimas gracias por la oferta y por la confianza. Lo he pensado mucho, pero finalmente no
voy a aceptarla: mudarme a Zaragoza este otoño no es posible por motivos familiares.

Ha sido un placer conoceros. Ojalá podamos colaborar en algún proyecto en el futuro.

Un abrazo,
Solène
""",
    ),
]

MESSAGES = OWN + TRAPS_FR + TRAPS_EN + TRAPS_DE + TRAPS_ES

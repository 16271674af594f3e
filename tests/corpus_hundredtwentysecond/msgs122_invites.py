# ruff: noqa: C408
"""Interview invitations, reschedules and cancellations, and missed-interview notices.

One hand-written spec per message. Threads share Message-IDs (an invitation, then the move or
the no-show notice that answers it); the UIDs of the calendar parts tie an invitation to its
update and to its cancellation.
"""

from __future__ import annotations

INVITES: list[dict] = []
add = INVITES.append

# Message-IDs and calendar UIDs shared inside threads.
MLE_INVITE = "<6f1e2a9b.0203.caradec@mle-nantes.example.fr>"
MLE_MY_REPLY = "<CAKx81mA1-mle0204@mail.example.fr>"
OPERA_INVITE = "<AS8PR02MB7731A3F0@opera-bordeaux-garonne.example.fr>"
OPERA_UID = "040000008200E00074C5B7101A82E00800000000F0A3C7DE0CCBDC010000000000000000100000004E1D8B2A"
PAILLETTES_INVITE = "<20260311231402.yb@paillettes-et-cie.example.fr>"
HELICE_INVITE = "<helice.smorel.20260304@helice-recrutement.example.fr>"
LICES_INVITE = "<PR1P264MB3390C1E2@theatredeslices.example.fr>"
MQ_UID = "7kq2m1v0s8c3b5l9ptr6d0e4ag@google.com"
HWB_INVITE = "<hwb.okafor.20260630@heritagewb.example.ch>"
HWB_MY_REPLY = "<CAKx81mH7w-hwb0701@mail.example.fr>"
ALMA_INVITE = "<alma.bsoler.20260529@fundacionalma.example.es>"
JAZZ_INVITE = "<CAJz9nP-0910-nacho@jazzchamberi.example.es>"
KUNSTRAUM_INVITE = "<kunstraum.ub.20260331@kunstraum-pb.example.de>"
KUNSTRAUM_MY_REPLY = "<CAKx81mK4-ku0331@mail.example.fr>"
FBC_INVITE = "<fbc.sv.20260526@fbc-brussel.example.be>"
EUROFEST_INVITE = "<eurofest.hr.20260818@eurofest-network.example.be>"
HUNTERS_INVITE = "<hunters.am.20260217@huntersiberia.example.es>"

# ======================================================================= interview_invitation

add(dict(
    kind="interview_invitation", scen="museum_phone_screen", lang="fr",
    company="Musée de la Loire et des Estuaires", contact="h.caradec@mle-nantes.example.fr",
    frm=("Hélène Caradec", "h.caradec@mle-nantes.example.fr"),
    subject="Votre candidature – Chargée de partenariats et mécénat",
    date="2026-02-03 10:22 +0100", struct="plain", charset="utf-8", cte="quoted-printable",
    mid=MLE_INVITE,
    text="""Bonjour Madame Kouassi-Leroux,

Nous avons bien reçu votre candidature au poste de chargée de partenariats et mécénat et nous vous en remercions.

Votre profil a retenu notre attention. Nous souhaiterions vous proposer un premier entretien téléphonique d'une trentaine de minutes, avec moi-même, à l'un des créneaux suivants :
- lundi 9 février à 11h00
- mardi 10 février à 15h30

Pourriez-vous me dire lequel vous convient, et m'indiquer le numéro auquel vous joindre ?

Bien cordialement,

Hélène Caradec
Chargée des ressources humaines
Musée de la Loire et des Estuaires
Château des Ducs – 4 place Marc-Elder – 44000 Nantes
02 40 41 56 12
""",
))

add(dict(
    kind="interview_invitation", scen="consultancy_calendly_link", lang="fr",
    company="Mécènes & territoires", contact="camille@mecenes-territoires.example.fr",
    frm=("Camille Dufau", "camille@mecenes-territoires.example.fr"),
    subject="On se parle ? Poste de consultante junior en mécénat",
    date="2026-03-12 09:30 +0100", struct="html", charset="utf-8", cte="quoted-printable",
    html="""<div style="font-family:Georgia,'Times New Roman',serif;font-size:15px;color:#2d2d2d;line-height:1.6;">
<p>Bonjour Amandine,</p>
<p>Merci pour votre candidature au poste de consultante junior en mécénat. Votre expérience de l'événementiel culturel nous intéresse beaucoup : nos clients (collectivités, festivals, musées) nous demandent de plus en plus d'imaginer des soirées et des rencontres pour leurs mécènes.</p>
<p>J'aimerais vous proposer un premier entretien en visio de 45 minutes. Vous pouvez choisir directement un créneau qui vous arrange dans mon agenda :</p>
<p style="text-align:center;margin:24px 0;"><a href="https://calendly.example.com/camille-dufau/entretien-45min?utm_source=mail" style="background:#c0392b;color:#ffffff;padding:12px 22px;border-radius:4px;text-decoration:none;font-family:Arial,sans-serif;">Choisir un créneau</a></p>
<p>Si aucun créneau ne vous convient, répondez-moi simplement et nous trouverons une autre solution.</p>
<p>À très vite,</p>
<table cellpadding="0" cellspacing="0" style="margin-top:10px;"><tr>
<td style="padding-right:12px;border-right:2px solid #c0392b;"><img src="https://mecenes-territoires.example.fr/img/logo-mt.png" alt="Mécènes &amp; territoires" width="70"></td>
<td style="padding-left:12px;font-family:Arial,sans-serif;font-size:12px;color:#555;"><b>Camille Dufau</b><br>Associée fondatrice<br>Mécènes &amp; territoires<br>12 rue Huguerie, 33000 Bordeaux<br><a href="https://www.linkedin.example.com/company/mecenes-territoires">LinkedIn</a></td>
</tr></table>
</div>
""",
))

add(dict(
    kind="interview_invitation", scen="opera_calendar_request", lang="fr",
    company="Opéra de Bordeaux-Garonne", contact="i.fourcade@opera-bordeaux-garonne.example.fr",
    frm=("Isabelle Fourcade", "i.fourcade@opera-bordeaux-garonne.example.fr"),
    subject="Invitation : Entretien – Chargée de développement et mécénat @ jeu. 23 avr. 2026 10:00 - 11:00",
    date="2026-04-14 14:05 +0200", struct="alt", charset="utf-8", cte="quoted-printable",
    mid=OPERA_INVITE,
    text="""Madame,

Suite à notre échange téléphonique de ce matin, je vous confirme votre entretien pour le poste de chargée de développement et mécénat, avec Mme Labarthe, directrice du mécénat, et moi-même :

jeudi 23 avril 2026 de 10h00 à 11h00
Grand-Théâtre – entrée administrative, 9 place de la Comédie, Bordeaux
(présentez-vous à l'accueil du personnel, côté rue Louis)

Vous trouverez ci-joint l'invitation pour votre agenda.

Bien cordialement,

Isabelle Fourcade
Responsable recrutement et compétences
Opéra de Bordeaux-Garonne
05 56 00 85 21
""",
    html="""<html><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;">
<p>Madame,</p>
<p>Suite à notre échange téléphonique de ce matin, je vous confirme votre entretien pour le poste de chargée de développement et mécénat, avec Mme Labarthe, directrice du mécénat, et moi-même :</p>
<p><b>jeudi 23 avril 2026 de 10h00 à 11h00</b><br>Grand-Théâtre – entrée administrative, 9 place de la Comédie, Bordeaux<br>(présentez-vous à l'accueil du personnel, côté rue Louis)</p>
<p>Vous trouverez ci-joint l'invitation pour votre agenda.</p>
<p>Bien cordialement,</p>
<p>Isabelle Fourcade<br>Responsable recrutement et compétences<br><b>Opéra de Bordeaux-Garonne</b><br>05 56 00 85 21</p>
<p style="font-size:8pt;color:#7f7f7f;">Opéra de Bordeaux-Garonne – régie personnalisée – SIRET 200 041 000 00017</p>
</div></body></html>
""",
    cal=dict(method="REQUEST", uid=OPERA_UID, seq=0, stamp="20260414T120500Z", tz="Europe/Paris",
             start="20260423T100000", end="20260423T110000",
             summary="Entretien – Chargée de développement et mécénat",
             location="Grand-Théâtre, entrée administrative, 9 place de la Comédie, Bordeaux",
             organizer=("Isabelle Fourcade", "i.fourcade@opera-bordeaux-garonne.example.fr")),
))

add(dict(
    kind="interview_invitation", scen="festival_collective_tu", lang="fr",
    company="Collectif Paillettes & Cie", contact="yanis@paillettes-et-cie.example.fr",
    frm=("Yanis Belkacem", "yanis@paillettes-et-cie.example.fr"),
    subject="Chargée de partenariats - on se rencontre ?",
    date="2026-03-11 23:14 +0100", struct="plain", charset="utf-8", cte="8bit",
    mid=PAILLETTES_INVITE,
    text="""Salut Amandine !

Merci pour ta candidature, on l'a lue en réunion de bureau hier soir et elle a fait l'unanimité (bon, on n'était que quatre, mais quand même).

On aimerait te rencontrer pour le poste de chargée de partenariats (CDD de 8 mois jusqu'au festival). Ça te dirait de passer au local mardi 17 mars vers 18h ? C'est au 5 rue des Olivettes, sonnette "Paillettes", 2e étage sans ascenseur. Si c'est compliqué on peut aussi faire ça en visio.

Dis-moi !

Yanis
co-président du Collectif Paillettes & Cie
06 71 09 33 58
""",
))

add(dict(
    kind="interview_invitation", scen="university_jury_convocation", lang="fr",
    company="Université Atlantique", contact="recrutement.contractuels@univ-atlantique.example.fr",
    frm=("Service recrutement - DRH", "recrutement.contractuels@univ-atlantique.example.fr"),
    subject="Convocation - commission de recrutement - chargé(e) de mécénat (réf. C-2026-112)",
    date="2026-03-20 16:48 +0100", struct="plain", charset="iso-8859-1", cte="quoted-printable",
    text="""Madame,

Suite à l'examen des candidatures reçues pour le poste de chargé(e) de mécénat et de relations entreprises de la Fondation de l'Université Atlantique (contrat de 3 ans, catégorie A, référence C-2026-112), j'ai le plaisir de vous informer que votre dossier a été retenu.

Vous êtes convoquée à un entretien devant la commission de recrutement le :

    mercredi 1er avril 2026 à 9h40
    Bâtiment Présidence, salle B204
    1 quai de Tourville, 44000 Nantes

L'entretien durera 30 minutes : 10 minutes de présentation de votre parcours et de votre motivation, puis 20 minutes d'échange avec les membres de la commission.

Merci de bien vouloir confirmer votre présence par retour de courriel à cette adresse avant le 26 mars.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.

Pour le Président et par délégation,
Le responsable du service recrutement
Direction des ressources humaines
Université Atlantique
""",
))

add(dict(
    kind="interview_invitation", scen="department_convocation_pdf", lang="fr",
    company="Département de Loire-Estuaire", contact="corinne.bertho@loire-estuaire.example.fr",
    frm=("DRH - Département de Loire-Estuaire", "recrutement@loire-estuaire.example.fr"),
    reply_to=("Corinne Bertho", "corinne.bertho@loire-estuaire.example.fr"),
    subject="Convocation à un entretien de recrutement – Chargé(e) de mission partenariats culturels",
    date="2026-05-05 11:40 +0200", struct="mixed", charset="utf-8", cte="quoted-printable",
    text="""Madame,

Vous avez adressé votre candidature pour le poste de chargé(e) de mission partenariats culturels (offre n° 2026-04-118, direction de la culture et du patrimoine).

J'ai le plaisir de vous convier à un entretien de recrutement le mardi 19 mai 2026 à 14h30, à l'Hôtel du Département, 3 quai Ceineray à Nantes.

Vous trouverez votre convocation en pièce jointe. Merci de vous munir d'une pièce d'identité pour accéder au bâtiment.

Pour toute question, vous pouvez me joindre en répondant à ce message ou au 02 40 99 17 42.

Cordialement,

Corinne Bertho
Chargée de recrutement
Direction des ressources humaines
Département de Loire-Estuaire
""",
    attachments=[("Convocation_entretien_KOUASSI-LEROUX.pdf", [
        "Departement de Loire-Estuaire - Direction des ressources humaines",
        "CONVOCATION A UN ENTRETIEN DE RECRUTEMENT",
        "Madame Amandine KOUASSI-LEROUX",
        "Poste : Charge(e) de mission partenariats culturels - offre 2026-04-118",
        "Date : mardi 19 mai 2026 a 14h30",
        "Lieu : Hotel du Departement, 3 quai Ceineray, Nantes - salle Erdre",
        "Jury : directrice de la culture, cheffe du service patrimoine, DRH",
    ])],
))

add(dict(
    kind="interview_invitation", scen="agency_unnamed_client", lang="fr",
    company="Hélice Recrutement", contact="smorel@helice-recrutement.example.fr",
    frm=("Stéphane Morel", "smorel@helice-recrutement.example.fr"),
    subject="Chargée de mécénat - fondation d'entreprise (Paris) - échange téléphonique",
    date="2026-03-04 08:50 +0100", struct="plain", charset="utf-8", cte="quoted-printable",
    mid=HELICE_INVITE,
    text="""Bonjour Amandine,

Suite à votre candidature via notre site, je vous propose un premier entretien téléphonique avec moi le mardi 10 mars à 11h00, pour le poste de chargée de mécénat que nous recrutons pour le compte d'un client : une fondation d'entreprise du secteur de l'énergie, basée à Paris (La Défense). Je vous en dirai plus sur le client lors de notre échange, le mandat étant confidentiel à ce stade.

Comptez 30 à 40 minutes. Je vous appellerai au 06 48 21 93 57, le numéro indiqué sur votre CV ; dites-moi s'il faut en utiliser un autre.

Bonne journée,

Stéphane Morel
Consultant senior – Hélice Recrutement
Cabinet de recrutement spécialisé ESS & culture
01 84 25 60 17 | helice-recrutement.example.fr
""",
))

add(dict(
    kind="interview_invitation", scen="brussels_foundation_teams", lang="fr",
    company="Fondation Bruxelloise pour la Création", contact="s.vanderelst@fbc-brussel.example.be",
    frm=("Sarah Vanderelst", "s.vanderelst@fbc-brussel.example.be"),
    subject="Entretien – Responsable des partenariats privés",
    date="2026-05-26 12:20 +0200", struct="alt", charset="utf-8", cte="base64",
    mid=FBC_INVITE,
    text="""Chère Madame Kouassi-Leroux,

Je vous remercie pour votre candidature au poste de Responsable des partenariats privés, qui a retenu toute notre attention.

Nous aimerions vous rencontrer lors d'un entretien en visioconférence (Microsoft Teams) le jeudi 4 juin à 14h00. L'entretien se déroulera avec notre directeur, M. Willems, et moi-même, et durera environ une heure.

Le lien de connexion vous parviendra la veille. Pourriez-vous me confirmer votre disponibilité ?

Je reste à votre disposition pour toute question.

Bien à vous,

Sarah Vanderelst
Coordinatrice administrative et RH
Fondation Bruxelloise pour la Création – fondation d'utilité publique
Rue de Flandre 46 – 1000 Bruxelles
T +32 2 512 44 80
""",
    html="""<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt;color:#1b1b1b;">
<p>Chère Madame Kouassi-Leroux,</p>
<p>Je vous remercie pour votre candidature au poste de Responsable des partenariats privés, qui a retenu toute notre attention.</p>
<p>Nous aimerions vous rencontrer lors d'un entretien en visioconférence (Microsoft Teams) le <b>jeudi 4 juin à 14h00</b>. L'entretien se déroulera avec notre directeur, M. Willems, et moi-même, et durera environ une heure.</p>
<p>Le lien de connexion vous parviendra la veille. Pourriez-vous me confirmer votre disponibilité ?</p>
<p>Je reste à votre disposition pour toute question.</p>
<p>Bien à vous,</p>
<table cellpadding="0" cellspacing="0"><tr><td style="font-size:9pt;color:#444;">
<b style="color:#6b2d5c;">Sarah Vanderelst</b><br>Coordinatrice administrative et RH<br>
<img src="https://fbc-brussel.example.be/signature/logo-fbc.png" alt="Fondation Bruxelloise pour la Création" width="140"><br>
Fondation Bruxelloise pour la Création – fondation d'utilité publique<br>Rue de Flandre 46 – 1000 Bruxelles<br>T +32 2 512 44 80
</td></tr></table>
</body></html>
""",
))

add(dict(
    kind="interview_invitation", scen="geneva_foundation_swiss", lang="fr",
    company="Fondation Genevoise pour le Patrimoine Immatériel", contact="ma.favre@fgpi.example.ch",
    frm=("Marc-Antoine Favre", "ma.favre@fgpi.example.ch"),
    subject="Poste de chargée de recherche de fonds – entretien",
    date="2026-06-10 15:00 +0200", struct="plain", charset="utf-8", cte="8bit",
    text="""Madame,

Nous accusons réception de votre dossier de candidature pour le poste de chargée de recherche de fonds (taux d'activité 80 %) et vous en remercions.

Nous avons le plaisir de vous convier à un entretien le lundi 22 juin 2026 à 9h30 dans nos bureaux, rue de la Corraterie 18, 1204 Genève (3e étage). Vous rencontrerez Mme Rochat, présidente du Conseil de fondation, et le soussigné. Nous prenons en charge vos frais de déplacement depuis Nantes sur présentation des justificatifs.

Nous vous serions reconnaissants de bien vouloir nous confirmer votre venue d'ici vendredi.

Dans l'attente de vous rencontrer, nous vous prions de recevoir, Madame, nos salutations les meilleures.

Marc-Antoine Favre
Directeur
Fondation Genevoise pour le Patrimoine Immatériel (FGPI)
+41 22 310 48 90
""",
))

add(dict(
    kind="interview_invitation", scen="montreal_museum_entrevue", lang="fr",
    company="Musée des Cultures du Saint-Laurent", contact="megagnon@mcsl.example.ca",
    frm=("Marie-Ève Gagnon", "megagnon@mcsl.example.ca"),
    subject="Entrevue - Agente de développement philanthropique",
    date="2026-05-01 13:45 -0400", struct="plain", charset="utf-8", cte="quoted-printable",
    mid="<mcsl.megagnon.20260501@mcsl.example.ca>",
    text="""Bonjour Madame Kouassi-Leroux,

À la suite de l'analyse des candidatures reçues pour le poste d'agente de développement philanthropique, nous aimerions vous rencontrer en entrevue.

L'entrevue aura lieu via Zoom le mardi 12 mai à 10 h (heure de l'Est), soit 16 h à Paris. Elle durera environ 60 minutes et sera menée par notre directrice de la philanthropie, Mme Lise Bouchard, et moi-même.

Pourriez-vous me confirmer votre présence par retour de courriel? Je vous ferai alors parvenir le lien de la rencontre.

Au plaisir de faire votre connaissance,

Marie-Ève Gagnon
Conseillère en ressources humaines
Musée des Cultures du Saint-Laurent
514 555-0147, poste 2213
""",
))

add(dict(
    kind="interview_invitation", scen="workday_slot_picker", lang="fr",
    company="Institut Lumière-Santé", contact="aurelie.nguyen@lumiere-sante.example.org",
    frm=("Institut Lumière-Santé", "institutlumieresante@myworkday.com"),
    reply_to=("Aurélie Nguyen", "aurelie.nguyen@lumiere-sante.example.org"),
    subject="Invitation à un entretien – Chargé(e) de philanthropie grands donateurs",
    date="2026-04-08 10:02 +0200", struct="html", charset="utf-8", cte="base64",
    html="""<!DOCTYPE html><html><body style="margin:0;background:#eef3f7;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#1a2b3c;">
<tr><td style="padding:22px 30px;background:#003a70;"><img src="https://wd3.myworkday.com/lumieresante/assets/logo_ils_white.png" alt="Institut Lumière-Santé" width="170" style="display:block;"></td></tr>
<tr><td style="padding:26px 30px;line-height:22px;">
<p>Bonjour Amandine,</p>
<p>Nous avons le plaisir de vous inviter à un entretien pour le poste de <b>Chargé(e) de philanthropie grands donateurs</b> (R-2026-0077).</p>
<p>Cet entretien d'une heure se déroulera dans nos locaux du 25 rue du Docteur-Roux (Paris 15e) avec Aurélie Nguyen, responsable de la philanthropie, et un membre de l'équipe RH.</p>
<p>Merci de sélectionner le créneau qui vous convient parmi ceux proposés avant le 13 avril :</p>
<p style="text-align:center;"><a href="https://wd3.myworkday.com/lumieresante/d/task/2997$4212.htmld?interview=IV-58213" style="display:inline-block;background:#0072ce;color:#fff;padding:11px 26px;text-decoration:none;border-radius:3px;">Planifier mon entretien</a></p>
<p>Pour toute question sur l'entretien, vous pouvez répondre à ce message : Aurélie Nguyen le recevra directement.</p>
<p>Cordialement,<br>L'équipe Recrutement<br>Institut Lumière-Santé</p>
</td></tr>
<tr><td style="padding:14px 30px;font-size:11px;color:#7a8a99;background:#f7f9fb;">Fondation reconnue d'utilité publique – 25 rue du Docteur-Roux, 75015 Paris. Ce message vous est adressé dans le cadre de votre candidature.</td></tr>
</table></td></tr></table>
<img src="https://wd3.myworkday.com/lumieresante/email/open?eid=a81c4470" width="1" height="1" alt="">
</body></html>
""",
))

add(dict(
    kind="interview_invitation", scen="theatre_second_round_outlook", lang="fr",
    company="Théâtre des Lices", contact="gaelle.rouxel@theatredeslices.example.fr",
    frm=("Gaëlle Rouxel", "gaelle.rouxel@theatredeslices.example.fr"),
    subject="RE: Candidature chargée des partenariats",
    date="2026-06-16 09:05 +0200", struct="plain", charset="utf-8", cte="quoted-printable",
    mid=LICES_INVITE, irt="<CAKx81mL2-lices0612@mail.example.fr>",
    refs=["<PR1P264MB3301AA10@theatredeslices.example.fr>", "<CAKx81mL2-lices0612@mail.example.fr>"],
    text="""Bonjour Amandine,

Merci pour votre message et pour votre patience. Suite au premier entretien, nous souhaitons vous revoir pour un second tour, cette fois avec Mme Perrot, notre directrice.

Il prendra la forme d'une courte mise en situation : vous aurez 15 minutes pour nous présenter une proposition de soirée des mécènes pour l'ouverture de saison (budget indicatif de 8 000 €), puis nous échangerons.

Date proposée : jeudi 25 juin à 14h00, au théâtre (entrée des artistes, 7 place des Lices).

Merci de me confirmer que cela vous convient.

Bien cordialement,
Gaëlle Rouxel
Administratrice
Théâtre des Lices – Rennes

De : Amandine Kouassi-Leroux <amandine.kl@example.fr>
Envoyé : vendredi 12 juin 2026 17:20
À : Gaëlle Rouxel <gaelle.rouxel@theatredeslices.example.fr>
Objet : Re: Candidature chargée des partenariats

Bonjour Madame Rouxel,

Je me permets de revenir vers vous suite à notre entretien du 2 juin. Je n'ai malheureusement pas encore eu de nouvelles et je voulais savoir si le poste était toujours ouvert, ou si ma candidature n'avait pas été retenue.

Bien cordialement,
Amandine

De : Gaëlle Rouxel <gaelle.rouxel@theatredeslices.example.fr>
Envoyé : mardi 26 mai 2026 10:44
À : Amandine Kouassi-Leroux <amandine.kl@example.fr>
Objet : Candidature chargée des partenariats

Bonjour Madame Kouassi-Leroux,
Pourriez-vous venir nous rencontrer le mardi 2 juin à 10h ?
Gaëlle Rouxel
""",
))

add(dict(
    kind="interview_invitation", scen="festival_short_mobile", lang="fr",
    company="Festival Hors-Piste", contact="max.lemoal@horspiste-festival.example.fr",
    frm=("Max Le Moal", "max.lemoal@horspiste-festival.example.fr"),
    subject="dispo ?",
    date="2026-07-06 19:12 +0200", struct="plain", charset="utf-8", cte="8bit",
    text="""Salut Amandine, on a bien reçu ta candidature pour le poste de chargée de partenariats, ça nous branche bien. Tu serais dispo jeudi 9 juillet à 17h pour un call de 20 min ? Je t'appelle sur ton portable.

Max

Envoyé de mon iPhone
""",
))

add(dict(
    kind="interview_invitation", scen="greenhouse_video_interview", lang="en",
    company="Open Stage Collective", contact="lena.hoffmann@openstage.example.de",
    frm=("Open Stage Collective via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Lena Hoffmann", "lena.hoffmann@openstage.example.de"),
    subject="Interview invitation: Partnerships Manager at Open Stage Collective",
    date="2026-05-12 11:48 +0200", struct="html", charset="utf-8", cte="quoted-printable",
    mid="<gh.osc.invite.20260512@greenhouse-mail.io>",
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222;">
<table width="600" cellpadding="0" cellspacing="0" align="center">
<tr><td style="padding:20px 0;border-bottom:2px solid #ff5a36;"><img src="https://s3.amazonaws.example.com/grnhse-prod/openstage/logo.png" alt="Open Stage Collective" height="38"></td></tr>
<tr><td style="padding:20px 0;line-height:1.6;">
<p>Hi Amandine,</p>
<p>Thanks so much for applying for the <strong>Partnerships Manager</strong> role. We loved reading about the partner evenings you produced in Nantes and we'd love to invite you to a 45-minute video interview with Lena (Head of Partnerships) and Dario (Managing Director).</p>
<p>Please pick a time that works for you using the link below. All times are shown in your local time zone.</p>
<p><a href="https://click.greenhouse-mail.io/ls/click?upn=u001.c2NoZWR1bGUtb3Nj-2FY3kL" style="background:#ff5a36;color:#fff;padding:10px 20px;text-decoration:none;border-radius:3px;">Choose a time</a></p>
<p>If none of the slots work, just reply to this email and Lena will sort it out with you.</p>
<p>Looking forward to speaking soon!<br>The Open Stage Collective team</p>
</td></tr>
<tr><td style="padding:12px 0;font-size:11px;color:#888;border-top:1px solid #eee;">Open Stage Collective is a brand of OSC Kulturprojekte GmbH, Pfefferberg Haus 13, Schönhauser Allee 176, 10119 Berlin. Geschäftsführer: Dario Conti. HRB 199871 B.<br>
<a href="https://click.greenhouse-mail.io/ls/click?upn=u001.cHJpdmFjeS1vc2M" style="color:#888;">Privacy policy</a></td></tr>
</table>
<img src="https://click.greenhouse-mail.io/wf/open?upn=u001.b3NjLWludml0ZQ" width="1" height="1" alt="">
</body></html>
""",
))

add(dict(
    kind="interview_invitation", scen="google_calendar_invite_en", lang="en",
    company="Maple & Quill Literary Festival", contact="rachel.kim@mapleandquill.example.ca",
    frm=("Rachel Kim", "rachel.kim@mapleandquill.example.ca"),
    subject="Invitation: Interview - Amandine Kouassi-Leroux / Partnerships Coordinator @ Tue May 19, 2026 10am - 11am (EDT) (amandine.kl@example.fr)",
    date="2026-05-08 16:10 -0400", struct="alt", charset="utf-8", cte="quoted-printable",
    mid="<0000000000007a1f2b0614c3d2e1@google.com>",
    text="""Hi Amandine, as promised, here's the calendar invite for your interview with our Executive Director, Joanne Laberge, and me. We'll use the Zoom link below. Looking forward to it! - Rachel

Interview - Amandine Kouassi-Leroux / Partnerships Coordinator
Tuesday May 19, 2026 10am - 11am (Eastern Time - Toronto)

Joining info
Join Zoom Meeting: https://zoom.example.com/j/84410229817?pwd=mq2026

Organizer
Rachel Kim - rachel.kim@mapleandquill.example.ca

Guests
Rachel Kim - organizer
Joanne Laberge
amandine.kl@example.fr

View all guest info: https://calendar.google.example.com/calendar/event?action=VIEW&eid=N2txMm0xdjBzOGMz

Reply for amandine.kl@example.fr
Yes: https://calendar.google.example.com/calendar/event?action=RESPOND&eid=N2txMm0xdjBzOGMz&rst=1
No: https://calendar.google.example.com/calendar/event?action=RESPOND&eid=N2txMm0xdjBzOGMz&rst=2
Maybe: https://calendar.google.example.com/calendar/event?action=RESPOND&eid=N2txMm0xdjBzOGMz&rst=3

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event.
""",
    cal=dict(method="REQUEST", uid=MQ_UID, seq=0, stamp="20260508T201000Z", tz="America/Toronto",
             start="20260519T100000", end="20260519T110000",
             summary="Interview - Amandine Kouassi-Leroux / Partnerships Coordinator",
             location="https://zoom.example.com/j/84410229817?pwd=mq2026",
             prodid="-//Google Inc//Google Calendar 70.9054//EN",
             organizer=("Rachel Kim", "rachel.kim@mapleandquill.example.ca"),
             description="Interview with Joanne Laberge (Executive Director) and Rachel Kim."),
))

add(dict(
    kind="interview_invitation", scen="geneva_ngo_director_en", lang="en",
    company="Heritage Without Borders", contact="d.okafor@heritagewb.example.ch",
    frm=("Daniel Okafor", "d.okafor@heritagewb.example.ch"),
    subject="Re: your application",
    date="2026-06-30 08:40 +0200", struct="plain", charset="utf-8", cte="7bit",
    mid=HWB_INVITE, irt="<CAKx81mG0-hwb0603@mail.example.fr>",
    text="""Dear Amandine,

Thanks for your patience since the deadline closed. I've now been through the applications with our Executive Director and we'd very much like to talk to you about the Partnerships Officer role.

Would you be available for a conversation next week, either Tuesday 7 or Thursday 9 July, any time between 10:00 and 16:00 CET? It will take about an hour, on Zoom, with me and Nadia from our grants team. We'll mostly talk about your experience with corporate partners and how you'd approach our 2027 donor events.

Let me know what suits you best.

Warm regards,

Daniel Okafor | Director of Partnerships | Heritage Without Borders
Chemin des Mines 9, 1202 Geneva | +41 22 734 19 05
heritagewb.example.ch | Twitter: @heritagewb
""",
))

add(dict(
    kind="interview_invitation", scen="brussels_panel_role_mailbox", lang="en",
    company="Eurofest Network", contact="hr@eurofest-network.example.be",
    frm=("Eurofest Network HR", "hr@eurofest-network.example.be"),
    subject="Panel interview - Partnerships & Sponsorship Officer (ref. EFN-26-09)",
    date="2026-08-18 14:22 +0200", struct="alt", charset="utf-8", cte="quoted-printable",
    mid=EUROFEST_INVITE,
    text="""Dear Ms Kouassi-Leroux,

Following the review of applications for the position of Partnerships & Sponsorship Officer (ref. EFN-26-09), we are pleased to invite you to a panel interview:

Date: Tuesday 1 September 2026
Time: 10:00-10:45 CEST
Place: Eurofest Network secretariat, Rue Ravenstein 3, 1000 Brussels (a video option is available on request)

The panel will include our Secretary General, the Head of Communications and a representative of a member festival. You will be asked to give a 5-minute presentation on a sponsorship idea for our 2027 General Assembly in Ghent.

Please confirm your attendance by replying to this email by 25 August.

Kind regards,

HR team
Eurofest Network AISBL
""",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#222;">
<p><img src="https://eurofest-network.example.be/assets/mail-header.png" alt="Eurofest Network - European network of festivals" width="560"></p>
<p>Dear Ms Kouassi-Leroux,</p>
<p>Following the review of applications for the position of <b>Partnerships &amp; Sponsorship Officer</b> (ref. EFN-26-09), we are pleased to invite you to a panel interview:</p>
<table cellpadding="4" cellspacing="0" style="border:1px solid #ccc;font-size:13px;">
<tr><td style="background:#f0f4fa;"><b>Date</b></td><td>Tuesday 1 September 2026</td></tr>
<tr><td style="background:#f0f4fa;"><b>Time</b></td><td>10:00-10:45 CEST</td></tr>
<tr><td style="background:#f0f4fa;"><b>Place</b></td><td>Eurofest Network secretariat, Rue Ravenstein 3, 1000 Brussels (a video option is available on request)</td></tr>
</table>
<p>The panel will include our Secretary General, the Head of Communications and a representative of a member festival. You will be asked to give a 5-minute presentation on a sponsorship idea for our 2027 General Assembly in Ghent.</p>
<p>Please confirm your attendance by replying to this email by 25 August.</p>
<p>Kind regards,<br><br>HR team<br>Eurofest Network AISBL</p>
</body></html>
""",
))

add(dict(
    kind="interview_invitation", scen="bamboohr_interview_request", lang="en",
    company="Lachine Canal Arts Council", contact="ktran@lcac.example.ca",
    frm=("Lachine Canal Arts Council", "notifications@app.bamboohr.com"),
    reply_to=("Kevin Tran", "ktran@lcac.example.ca"),
    subject="Interview Request: Grants & Sponsorship Coordinator",
    date="2026-09-15 09:10 -0400", struct="html", charset="utf-8", cte="quoted-printable",
    html="""<html><body style="background:#f4f4f4;margin:0;padding:0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px 0;">
<table width="580" cellpadding="0" cellspacing="0" style="background:#fff;border:1px solid #e0e0e0;font-family:'Lato',Arial,sans-serif;font-size:15px;color:#333;">
<tr><td style="padding:24px;text-align:center;"><img src="https://lcac.bamboohr.com/logos/lcac_logo.png" alt="Lachine Canal Arts Council" width="180"></td></tr>
<tr><td style="padding:0 32px 26px 32px;line-height:1.55;">
<p>Hello Amandine,</p>
<p>Thank you for your application for the <b>Grants &amp; Sponsorship Coordinator</b> position. We would like to invite you to a 30-minute phone interview with Kevin Tran, our Development Manager.</p>
<p>Proposed times (Eastern Time):<br>&bull; Monday, September 21 at 9:30 AM<br>&bull; Tuesday, September 22 at 1:00 PM<br>&bull; Wednesday, September 23 at 11:00 AM</p>
<p>Please reply to this message with the time that works best for you and the best phone number to reach you.</p>
<p>Thank you,<br>Kevin Tran<br>Development Manager, Lachine Canal Arts Council</p>
</td></tr>
<tr><td style="padding:14px 32px;background:#fafafa;font-size:11px;color:#999;">Sent through BambooHR on behalf of Lachine Canal Arts Council. <a href="https://lcac.bamboohr.com/careers" style="color:#999;">View open positions</a></td></tr>
</table></td></tr></table>
</body></html>
""",
))

add(dict(
    kind="interview_invitation", scen="madrid_foundation_usted", lang="es",
    company="Fundación Alma Mediterránea", contact="bsoler@fundacionalma.example.es",
    frm=("Beatriz Soler", "bsoler@fundacionalma.example.es"), hdr_cs="iso-8859-1",
    subject="Entrevista - Responsable de Alianzas Corporativas",
    date="2026-05-29 13:00 +0200", struct="plain", charset="iso-8859-1", cte="8bit",
    mid=ALMA_INVITE,
    text="""Estimada Amandine:

En primer lugar, gracias por su interés en la Fundación Alma Mediterránea y por la candidatura enviada para el puesto de Responsable de Alianzas Corporativas.

Nos gustaría invitarle a una entrevista presencial el próximo lunes 8 de junio a las 12:00 en nuestra sede (C/ Zurbano 45, 3.º izquierda, 28010 Madrid). Estarán presentes la directora general, Dña. Pilar Ortega, y yo misma. La entrevista durará aproximadamente una hora.

Si no pudiera desplazarse a Madrid en esa fecha, podríamos valorar hacerla por videollamada.

Le agradecería que me confirmase su asistencia respondiendo a este correo.

Un cordial saludo,

Beatriz Soler
Responsable de Personas
Fundación Alma Mediterránea
Tel. 91 308 62 14
""",
))

add(dict(
    kind="interview_invitation", scen="jazz_festival_tu", lang="es",
    company="Festival de Jazz de Chamberí", contact="nacho@jazzchamberi.example.es",
    frm=("Nacho Prieto", "nacho@jazzchamberi.example.es"),
    subject="¡Hola! Sobre lo de patrocinios",
    date="2026-09-10 18:30 +0200", struct="plain", charset="utf-8", cte="quoted-printable",
    mid=JAZZ_INVITE,
    text="""¡Buenas Amandine!

Soy Nacho, del Festival de Jazz de Chamberí. Hemos visto tu candidatura para llevar los patrocinios de la próxima edición y nos ha encantado lo que hiciste con los partners en Nantes.

¿Te vendría bien pasarte por la oficina el miércoles 16 a las 11 y charlamos un rato? Estamos en la calle Santa Engracia 72, bajo. Si no estás en Madrid esa semana lo hacemos por videollamada sin problema.

¡Un abrazo!
Nacho

Nacho Prieto · Director · Festival de Jazz de Chamberí
""",
))

add(dict(
    kind="interview_invitation", scen="agency_names_ngo", lang="es",
    company="Fundación Puentes Abiertos", contact="alvaro.mendez@huntersiberia.example.es",
    frm=("Hunters & Partners Iberia", "seleccion@huntersiberia.example.es"),
    reply_to=("Álvaro Méndez", "alvaro.mendez@huntersiberia.example.es"),
    subject="Entrevista con Fundación Puentes Abiertos - Coordinador/a de Captación",
    date="2026-02-17 10:00 +0100", struct="html", charset="utf-8", cte="quoted-printable",
    mid=HUNTERS_INVITE,
    html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:14px;color:#1f1f1f;">
<p>Hola Amandine,</p>
<p>¡Buenas noticias! Tras nuestra conversación de la semana pasada, he presentado tu candidatura a nuestro cliente, la <b>Fundación Puentes Abiertos</b>, para el puesto de <b>Coordinador/a de Captación y Alianzas</b>, y quieren conocerte.</p>
<p>La entrevista sería con su directora de desarrollo, Carmen Vidal:</p>
<ul>
<li><b>Día:</b> jueves 26 de febrero</li>
<li><b>Hora:</b> 10:00</li>
<li><b>Lugar:</b> sede de la fundación, C/ Bravo Murillo 118, Madrid</li>
</ul>
<p>¿Me confirmas que te viene bien? Si lo necesitas, te llamo antes para prepararla juntos.</p>
<p>Un saludo,</p>
<table cellpadding="0" cellspacing="0" style="font-size:12px;color:#555;"><tr>
<td style="padding-right:10px;"><img src="https://huntersiberia.example.es/firma/hp-logo.png" alt="Hunters &amp; Partners Iberia" width="60"></td>
<td><b>Álvaro Méndez</b><br>Senior Consultant · Tercer Sector<br>Hunters &amp; Partners Iberia<br>+34 655 40 21 87 · <a href="https://www.linkedin.example.com/in/alvaromendez">LinkedIn</a></td></tr></table>
<p style="font-size:10px;color:#999;">Hunters &amp; Partners Iberia, S.L. - CIF B87654321 - Paseo de la Castellana 93, 28046 Madrid. La información contenida en este mensaje es confidencial.</p>
</body></html>
""",
))

add(dict(
    kind="interview_invitation", scen="workable_startup_slot", lang="es",
    company="Ecoalma", contact="",
    frm=("Ecoalma", "noreply@workablemail.com"),
    subject="Ecoalma: elige tu horario para la entrevista",
    date="2026-08-04 12:30 +0200", struct="html", charset="utf-8", cte="base64",
    html="""<!DOCTYPE html><html><body style="margin:0;background:#f6f7f9;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:28px 0;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px;font-family:Arial,sans-serif;font-size:15px;color:#2b2b2b;">
<tr><td style="padding:26px 32px 0 32px;"><img src="https://workablehr.s3.example.com/uploads/account/logo/ecoalma.png" alt="Ecoalma" height="34"></td></tr>
<tr><td style="padding:18px 32px 28px 32px;line-height:1.6;">
<p>Hola Amandine:</p>
<p>¡Gracias por aplicar a la posición de <b>Partnerships &amp; Community Lead</b> en Ecoalma! Nos gustaría tener una primera llamada de 30 minutos contigo para conocerte mejor.</p>
<p>Elige el horario que mejor te venga:</p>
<p><a href="https://apply.workable.com/ecoalma/j/6C1B3E9F/schedule?token=ZWNvYWxtYS1hbWFuZGluZQ" style="background:#1ea672;color:#fff;padding:11px 24px;border-radius:4px;text-decoration:none;">Elegir horario</a></p>
<p>¡Hasta pronto!<br>El equipo de Ecoalma</p>
</td></tr>
<tr><td style="padding:14px 32px;font-size:11px;color:#9aa0a6;border-top:1px solid #eee;">Ecoalma Soluciones S.L. · Calle de Méndez Álvaro 56, 28045 Madrid<br>Este correo se ha enviado a través de Workable. Por favor, no respondas a este mensaje.</td></tr>
</table></td></tr></table>
<img src="https://email.workablemail.com/o/eJwdjDsOw.gif" width="1" height="1" alt="">
</body></html>
""",
))

add(dict(
    kind="interview_invitation", scen="berlin_foundation_sie", lang="de",
    company="Stiftung Kunstraum Prenzlauer Berg", contact="u.brandes@kunstraum-pb.example.de",
    frm=("Ulrike Brandes", "u.brandes@kunstraum-pb.example.de"),
    subject="Einladung zum Vorstellungsgespräch",
    date="2026-03-31 10:40 +0200", struct="plain", charset="utf-8", cte="quoted-printable",
    mid=KUNSTRAUM_INVITE,
    text="""Sehr geehrte Frau Kouassi-Leroux,

vielen Dank für Ihre Bewerbung als Referentin für Fundraising und Partnerschaften.

Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gern persönlich kennenlernen. Wir laden Sie herzlich zu einem Vorstellungsgespräch ein:

Dienstag, 14. April 2026, 11:00 Uhr
Stiftung Kunstraum Prenzlauer Berg, Kollwitzstraße 56, 10405 Berlin (Hinterhaus, 1. OG)

Am Gespräch nehmen unsere Vorständin Frau Dr. Hegemann und ich teil. Planen Sie bitte etwa 60 Minuten ein. Auf Wunsch können wir das Gespräch auch auf Englisch führen.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen

Ulrike Brandes
Geschäftsführung
Stiftung Kunstraum Prenzlauer Berg
Kollwitzstraße 56 · 10405 Berlin
Tel. +49 30 4402 1187

Stiftung bürgerlichen Rechts · Vorstand: Dr. Ines Hegemann (Vors.), Rolf Adam
""",
))

add(dict(
    kind="interview_invitation", scen="personio_video_call", lang="de",
    company="Klangwerk Festival", contact="timo.lange@klangwerk-festival.example.de",
    frm=("Klangwerk Festival GmbH", "klangwerk-festival@mail.personio.de"),
    reply_to=("Timo Lange", "timo.lange@klangwerk-festival.example.de"),
    subject="Einladung zum Kennenlernen (Video-Call) – Sponsoring Manager (m/w/d)",
    date="2026-06-22 09:15 +0200", struct="html", charset="utf-8", cte="quoted-printable",
    mid="<personio.klangwerk.invite.20260622@mail.personio.de>",
    html="""<html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#222;">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:18px 0;"><img src="https://klangwerk.jobs.personio.de/assets/logo_klangwerk.png" alt="Klangwerk Festival" width="160"></td></tr>
<tr><td style="line-height:1.6;">
<p>Hallo Frau Kouassi-Leroux,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Sponsoring Manager (m/w/d)</b>. Wir würden Sie gern in einem ersten Video-Call (ca. 30 Minuten) kennenlernen.</p>
<p><b>Termin:</b> Dienstag, 30.06.2026, 15:30 Uhr<br><b>Teilnehmende:</b> Timo Lange (Head of Partnerships)<br><b>Ort:</b> Google Meet – der Link folgt per Kalendereinladung</p>
<p>Bitte bestätigen Sie den Termin über den folgenden Button oder antworten Sie einfach auf diese E-Mail.</p>
<p><a href="https://klangwerk.jobs.personio.de/interview/confirm?token=a8f3c1d2" style="background:#111;color:#fff;padding:10px 22px;text-decoration:none;">Termin bestätigen</a></p>
<p>Viele Grüße<br>Timo Lange<br>Klangwerk Festival</p>
<p style="font-size:11px;color:#888;">Klangwerk Festival GmbH · Am Flutgraben 3 · 12435 Berlin · Geschäftsführer: Benedikt Kühn · Amtsgericht Charlottenburg HRB 174402 B</p>
</td></tr></table>
</body></html>
""",
))

add(dict(
    kind="interview_invitation", scen="successfactors_art_school", lang="de",
    company="Hochschule für Gestaltung Spreeland", contact="personal@hfg-spreeland.example.de",
    frm=("HfG Spreeland Karriere", "hfgspreeland@successfactors.eu"),
    reply_to="personal@hfg-spreeland.example.de",
    subject="Einladung zum Auswahlgespräch - Kennziffer 07/2026",
    date="2026-02-24 13:00 +0100", struct="alt", charset="iso-8859-1", cte="quoted-printable",
    hdr_cs="iso-8859-1",
    text="""Sehr geehrte Frau Kouassi-Leroux,

vielen Dank für Ihre Bewerbung auf die Stelle "Referent/in für Hochschulförderung und Alumni-Fundraising" (Kennziffer 07/2026).

Wir freuen uns, Sie zu einem Auswahlgespräch einzuladen:

Termin: Dienstag, 10. März 2026, 13:30 Uhr
Ort: Hochschule für Gestaltung Spreeland, Präsidialgebäude, Raum 2.14, Am Spreebogen 8, 03046 Cottbus

Der Auswahlkommission gehören die Kanzlerin, die Leiterin der Stabsstelle Kommunikation sowie ein Mitglied des Personalrats an. Reisekosten können leider nicht erstattet werden.

Bitte bestätigen Sie den Termin per E-Mail an personal@hfg-spreeland.example.de.

Mit freundlichen Grüßen
Im Auftrag
Andrea Winkler
Personalabteilung
Hochschule für Gestaltung Spreeland
""",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:10pt;">
<table width="600" cellpadding="8" cellspacing="0"><tr><td>
<img src="https://career5.successfactors.eu/ui/img/hfg/hfg_logo.gif" alt="HfG Spreeland - Hochschule für Gestaltung">
<p>Sehr geehrte Frau Kouassi-Leroux,</p>
<p>vielen Dank für Ihre Bewerbung auf die Stelle "Referent/in für Hochschulförderung und Alumni-Fundraising" (Kennziffer 07/2026).</p>
<p>Wir freuen uns, Sie zu einem Auswahlgespräch einzuladen:</p>
<p><b>Termin:</b> Dienstag, 10. März 2026, 13:30 Uhr<br><b>Ort:</b> Hochschule für Gestaltung Spreeland, Präsidialgebäude, Raum 2.14, Am Spreebogen 8, 03046 Cottbus</p>
<p>Der Auswahlkommission gehören die Kanzlerin, die Leiterin der Stabsstelle Kommunikation sowie ein Mitglied des Personalrats an. Reisekosten können leider nicht erstattet werden.</p>
<p>Bitte bestätigen Sie den Termin per E-Mail an <a href="mailto:personal@hfg-spreeland.example.de">personal@hfg-spreeland.example.de</a>.</p>
<p>Mit freundlichen Grüßen<br>Im Auftrag<br>Andrea Winkler<br>Personalabteilung<br>Hochschule für Gestaltung Spreeland</p>
</td></tr></table>
</body></html>
""",
))

add(dict(
    kind="interview_invitation", scen="startup_du_meet", lang="de",
    company="wirkhaus", contact="svenja@wirkhaus.example.de",
    frm=("Svenja Otto", "svenja@wirkhaus.example.de"),
    subject="Kennenlernen?",
    date="2026-09-21 12:05 +0200", struct="plain", charset="utf-8", cte="8bit",
    text="""Hi Amandine,

danke für deine Bewerbung als Partnership Lead bei uns! Wir fanden deinen Mix aus Event-Erfahrung und Fundraising-Interesse spannend - genau so jemanden suchen wir.

Hättest du Lust auf ein erstes Kennenlernen? Mittwoch (23.9.) um 15 Uhr per Google Meet würde bei uns gut passen, ca. 45 Minuten mit mir und unserem Gründer Felix. Falls das nicht klappt, schick mir gern zwei, drei Alternativen.

Liebe Grüße aus Neukölln
Svenja

--
Svenja Otto
People & Operations
wirkhaus – Plattform für Engagement
wirkhaus GmbH · Weserstraße 58 · 12045 Berlin
""",
))

# ========================================================== interview_reschedule_or_cancel

add(dict(
    kind="interview_reschedule_or_cancel", scen="opera_calendar_sequence_update", lang="fr",
    company="Opéra de Bordeaux-Garonne", contact="i.fourcade@opera-bordeaux-garonne.example.fr",
    frm=("Isabelle Fourcade", "i.fourcade@opera-bordeaux-garonne.example.fr"),
    subject="Invitation mise à jour : Entretien – Chargée de développement et mécénat @ ven. 24 avr. 2026 14:00 - 15:00",
    date="2026-04-17 09:12 +0200", struct="alt", charset="utf-8", cte="quoted-printable",
    mid="<AS8PR02MB7731B9C4@opera-bordeaux-garonne.example.fr>", irt=OPERA_INVITE,
    text="""Madame,

Mme Labarthe étant retenue jeudi matin par le conseil d'administration, nous devons déplacer votre entretien au vendredi 24 avril de 14h00 à 15h00, au même endroit (Grand-Théâtre, entrée administrative).

L'invitation de votre agenda est mise à jour en conséquence. Merci de me confirmer que ce nouveau créneau vous convient ; à défaut, je vous proposerai une autre date.

Avec toutes nos excuses pour ce changement,

Isabelle Fourcade
Responsable recrutement et compétences
Opéra de Bordeaux-Garonne
05 56 00 85 21
""",
    cal=dict(method="REQUEST", uid=OPERA_UID, seq=1, stamp="20260417T071200Z", tz="Europe/Paris",
             start="20260424T140000", end="20260424T150000",
             summary="Entretien – Chargée de développement et mécénat (nouvel horaire)",
             location="Grand-Théâtre, entrée administrative, 9 place de la Comédie, Bordeaux",
             organizer=("Isabelle Fourcade", "i.fourcade@opera-bordeaux-garonne.example.fr")),
))

add(dict(
    kind="interview_reschedule_or_cancel", scen="museum_switched_to_video", lang="fr",
    company="Musée de la Loire et des Estuaires", contact="h.caradec@mle-nantes.example.fr",
    frm=("Hélène Caradec", "h.caradec@mle-nantes.example.fr"),
    subject="Re: Votre candidature – Chargée de partenariats et mécénat",
    date="2026-02-06 17:30 +0100", struct="plain", charset="utf-8", cte="quoted-printable",
    irt=MLE_MY_REPLY, refs=[MLE_INVITE, MLE_MY_REPLY],
    text="""Bonjour Amandine,

Petit changement pour lundi : nous avions prévu un échange téléphonique, mais Mme Jaouen, responsable du mécénat, souhaite finalement y participer et elle sera en déplacement. L'entretien se fera donc en visioconférence, toujours lundi 9 février à 11h00.

Lien Teams : https://teams.example.com/l/meetup-join/19%3ameeting_MLE0902

Bon week-end,

Hélène Caradec
Chargée des ressources humaines
Musée de la Loire et des Estuaires

Le mer. 4 févr. 2026 à 08:57, Amandine Kouassi-Leroux <amandine.kl@example.fr> a écrit :
> Bonjour Madame Caradec,
>
> Merci beaucoup pour votre message. Le lundi 9 février à 11h00 me convient parfaitement. Vous pouvez me joindre au 06 48 21 93 57.
>
> Bien cordialement,
> Amandine Kouassi-Leroux
""",
))

add(dict(
    kind="interview_reschedule_or_cancel", scen="theatre_interviewer_ill", lang="fr",
    company="Théâtre des Lices", contact="gaelle.rouxel@theatredeslices.example.fr",
    frm=("Gaëlle Rouxel", "gaelle.rouxel@theatredeslices.example.fr"),
    subject="Report de votre entretien de jeudi",
    date="2026-06-24 08:02 +0200", struct="plain", charset="utf-8", cte="quoted-printable",
    irt=LICES_INVITE,
    text="""Bonjour Amandine,

Je suis désolée de vous prévenir si tard : Mme Perrot est souffrante depuis hier soir et ne pourra pas assurer l'entretien de demain jeudi 25 juin.

Nous tenons à ce qu'elle vous rencontre, nous devons donc reporter. Seriez-vous disponible lundi 29 juin à 10h ou mardi 30 juin à 16h ? Votre mise en situation reste la même.

Merci de votre compréhension,

Gaëlle Rouxel
Administratrice
Théâtre des Lices – Rennes
02 99 78 40 15
""",
))

add(dict(
    kind="interview_reschedule_or_cancel", scen="department_postponed_iso", lang="fr",
    company="Département de Loire-Estuaire", contact="corinne.bertho@loire-estuaire.example.fr",
    frm=("Corinne Bertho", "corinne.bertho@loire-estuaire.example.fr"), hdr_cs="iso-8859-1",
    subject="Report de votre entretien du 19 mai",
    date="2026-05-12 15:30 +0200", struct="plain", charset="iso-8859-1", cte="quoted-printable",
    text="""Madame,

En raison d'une séance plénière exceptionnelle de l'assemblée départementale convoquée le 19 mai, les membres du jury ne seront pas disponibles à la date prévue.

Votre entretien pour le poste de chargé(e) de mission partenariats culturels est donc reporté au mardi 26 mai 2026 à 10h00, au même lieu (Hôtel du Département, salle Erdre). La convocation qui vous a été adressée reste valable pour cette nouvelle date.

Je vous remercie de bien vouloir me confirmer votre disponibilité par retour de mail.

Cordialement,

Corinne Bertho
Chargée de recrutement - Direction des ressources humaines
Département de Loire-Estuaire
02 40 99 17 42
""",
))

add(dict(
    kind="interview_reschedule_or_cancel", scen="agency_client_moved_meeting", lang="fr",
    company="Fondation Kerlan pour l'Habitat", contact="ines.barbier@arcanes-conseil.example.fr",
    frm=("Inès Barbier", "ines.barbier@arcanes-conseil.example.fr"),
    subject="Changement d'horaire - rencontre avec la Fondation Kerlan",
    date="2026-01-30 12:45 +0100", struct="plain", charset="utf-8", cte="8bit",
    text="""Bonjour Amandine,

La Fondation Kerlan pour l'Habitat m'a demandé de décaler votre rencontre avec sa directrice générale, Mme Le Floch : elle aura lieu le vendredi 6 février à 9h30 au lieu du mercredi 4 février à 15h. Le lieu ne change pas (siège de la fondation, 22 rue de Strasbourg, Nantes).

Est-ce que ce nouvel horaire vous convient ? Si ce n'est pas le cas, dites-le-moi rapidement et je retourne vers eux.

Bien à vous,

Inès Barbier
Arcanes Conseil – Recrutement des métiers de l'intérêt général
06 98 14 27 36
""",
))

add(dict(
    kind="interview_reschedule_or_cancel", scen="montreal_museum_postponed", lang="fr",
    company="Musée des Cultures du Saint-Laurent", contact="megagnon@mcsl.example.ca",
    frm=("Marie-Ève Gagnon", "megagnon@mcsl.example.ca"),
    subject="Report de votre entrevue du 12 mai",
    date="2026-05-08 09:20 -0400", struct="plain", charset="utf-8", cte="quoted-printable",
    irt="<CAKx81mM5-mcsl0501@mail.example.fr>",
    refs=["<mcsl.megagnon.20260501@mcsl.example.ca>", "<CAKx81mM5-mcsl0501@mail.example.fr>"],
    text="""Bonjour Madame Kouassi-Leroux,

Nous devons malheureusement reporter votre entrevue de mardi le 12 mai : Mme Bouchard sera retenue à Québec pour une rencontre avec un donateur majeur.

Seriez-vous disponible jeudi le 14 mai, même heure (10 h, heure de l'Est)? Le lien Zoom demeure le même.

Toutes nos excuses pour ce changement et merci de votre flexibilité.

Marie-Ève Gagnon
Conseillère en ressources humaines
Musée des Cultures du Saint-Laurent
""",
))

add(dict(
    kind="interview_reschedule_or_cancel", scen="brussels_video_to_in_person", lang="fr",
    company="Fondation Bruxelloise pour la Création", contact="s.vanderelst@fbc-brussel.example.be",
    frm=("Sarah Vanderelst", "s.vanderelst@fbc-brussel.example.be"),
    subject="Entretien du 4 juin – changement de format",
    date="2026-05-29 11:00 +0200", struct="alt", charset="windows-1252", cte="quoted-printable",
    hdr_cs="windows-1252", irt=FBC_INVITE,
    text="""Chère Madame Kouassi-Leroux,

M. Willems souhaiterait finalement vous rencontrer en personne plutôt qu’en visioconférence. L’entretien aura donc lieu le jeudi 4 juin à 15h00 (et non plus 14h00) dans nos locaux, Rue de Flandre 46, 1000 Bruxelles – sonnez à « Fondation ».

Nous prendrons en charge votre billet de train Nantes–Bruxelles ; il vous suffira de nous transmettre le justificatif.

Pourriez-vous me confirmer que ce changement vous convient ?

Bien à vous,

Sarah Vanderelst
Coordinatrice administrative et RH
Fondation Bruxelloise pour la Création
""",
    html="""<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt;">
<p>Chère Madame Kouassi-Leroux,</p>
<p>M. Willems souhaiterait finalement vous rencontrer en personne plutôt qu’en visioconférence. L’entretien aura donc lieu le <b>jeudi 4 juin à 15h00</b> (et non plus 14h00) dans nos locaux, Rue de Flandre 46, 1000 Bruxelles – sonnez à « Fondation ».</p>
<p>Nous prendrons en charge votre billet de train Nantes–Bruxelles ; il vous suffira de nous transmettre le justificatif.</p>
<p>Pourriez-vous me confirmer que ce changement vous convient ?</p>
<p>Bien à vous,</p>
<p><b style="color:#6b2d5c;">Sarah Vanderelst</b><br>Coordinatrice administrative et RH<br>Fondation Bruxelloise pour la Création</p>
</body></html>
""",
))

add(dict(
    kind="interview_reschedule_or_cancel", scen="collective_tu_push_back", lang="fr",
    company="Collectif Paillettes & Cie", contact="yanis@paillettes-et-cie.example.fr",
    frm=("Yanis Belkacem", "yanis@paillettes-et-cie.example.fr"),
    subject="Re: Chargée de partenariats - on se rencontre ?",
    date="2026-03-16 12:33 +0100", struct="plain", charset="utf-8", cte="8bit",
    irt="<CAKx81mP8-pai0312@mail.example.fr>",
    refs=[PAILLETTES_INVITE, "<CAKx81mP8-pai0312@mail.example.fr>"],
    text="""Hello Amandine,

Désolé, on doit décaler demain : la moitié du bureau est coincée sur le montage d'un concert à Clisson jusqu'à mercredi soir 🙈

Jeudi 19 mars même heure (18h), même endroit, ça te va ?

Yanis

Le jeu. 12 mars 2026 à 08:41, Amandine Kouassi-Leroux <amandine.kl@example.fr> a écrit :
> Bonjour Yanis,
>
> Avec plaisir ! Mardi 17 à 18h au local, c'est noté.
>
> À mardi,
> Amandine
""",
))

add(dict(
    kind="interview_reschedule_or_cancel", scen="google_calendar_cancel_en", lang="en",
    company="Maple & Quill Literary Festival", contact="rachel.kim@mapleandquill.example.ca",
    frm=("Rachel Kim", "rachel.kim@mapleandquill.example.ca"),
    subject="Canceled event: Interview - Amandine Kouassi-Leroux / Partnerships Coordinator @ Tue May 19, 2026 10am - 11am (EDT) (amandine.kl@example.fr)",
    date="2026-05-14 17:02 -0400", struct="alt", charset="utf-8", cte="quoted-printable",
    text="""So sorry Amandine - Joanne has to fly to Toronto for the Canada Council meeting on Tuesday, so we need to cancel this slot. I'll send you new times early next week, we're still very keen to talk! - Rachel

This event has been canceled and removed from your calendar.

Interview - Amandine Kouassi-Leroux / Partnerships Coordinator
Tuesday May 19, 2026 10am - 11am (Eastern Time - Toronto)

Organizer
Rachel Kim - rachel.kim@mapleandquill.example.ca

Guests
Rachel Kim - organizer
Joanne Laberge
amandine.kl@example.fr

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event.
""",
    cal=dict(method="CANCEL", uid=MQ_UID, seq=1, stamp="20260514T210200Z", tz="America/Toronto",
             start="20260519T100000", end="20260519T110000",
             summary="Interview - Amandine Kouassi-Leroux / Partnerships Coordinator",
             location="https://zoom.example.com/j/84410229817?pwd=mq2026",
             prodid="-//Google Inc//Google Calendar 70.9054//EN", status="CANCELLED",
             organizer=("Rachel Kim", "rachel.kim@mapleandquill.example.ca")),
))

add(dict(
    kind="interview_reschedule_or_cancel", scen="greenhouse_rescheduled_notice", lang="en",
    company="Open Stage Collective", contact="lena.hoffmann@openstage.example.de",
    frm=("Open Stage Collective via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Lena Hoffmann", "lena.hoffmann@openstage.example.de"),
    subject="Your interview with Open Stage Collective has been rescheduled",
    date="2026-05-20 10:14 +0200", struct="html", charset="utf-8", cte="quoted-printable",
    irt="<gh.osc.invite.20260512@greenhouse-mail.io>",
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222;">
<table width="600" cellpadding="0" cellspacing="0" align="center">
<tr><td style="padding:20px 0;border-bottom:2px solid #ff5a36;"><img src="https://s3.amazonaws.example.com/grnhse-prod/openstage/logo.png" alt="Open Stage Collective" height="38"></td></tr>
<tr><td style="padding:20px 0;line-height:1.6;">
<p>Hi Amandine,</p>
<p>Your video interview for the <strong>Partnerships Manager</strong> role has been moved. Dario is travelling to a partner festival in Lisbon on the original date, so we have booked the next slot you had marked as available.</p>
<table cellpadding="6" cellspacing="0" style="border:1px solid #eee;font-size:14px;">
<tr><td style="color:#999;text-decoration:line-through;">Thursday, May 21, 2026 · 14:00-14:45 CEST</td></tr>
<tr><td><b>Tuesday, May 26, 2026 · 11:00-11:45 CEST</b></td></tr>
<tr><td>Google Meet: <a href="https://click.greenhouse-mail.io/ls/click?upn=u001.bWVldC1vc2MtMjY">meet.example.com/osc-kdpr-wxa</a></td></tr>
</table>
<p>If the new time doesn't work for you, reply to this email and Lena will find another one.</p>
<p>See you soon,<br>The Open Stage Collective team</p>
</td></tr>
<tr><td style="padding:12px 0;font-size:11px;color:#888;border-top:1px solid #eee;">OSC Kulturprojekte GmbH · Schönhauser Allee 176, 10119 Berlin · <a href="https://click.greenhouse-mail.io/ls/click?upn=u001.cHJpdmFjeS1vc2M" style="color:#888;">Privacy policy</a></td></tr>
</table>
<img src="https://click.greenhouse-mail.io/wf/open?upn=u001.cmVzY2hlZHVsZQ" width="1" height="1" alt="">
</body></html>
""",
))

add(dict(
    kind="interview_reschedule_or_cancel", scen="director_mobile_push_en", lang="en",
    company="Heritage Without Borders", contact="d.okafor@heritagewb.example.ch",
    frm=("Daniel Okafor", "d.okafor@heritagewb.example.ch"),
    subject="Re: your application",
    date="2026-07-06 21:48 +0200", struct="plain", charset="utf-8", cte="7bit",
    irt=HWB_MY_REPLY, refs=["<CAKx81mG0-hwb0603@mail.example.fr>", HWB_INVITE, HWB_MY_REPLY],
    text="""Amandine - can we push tomorrow to Thu 9th, 3pm CET? A donor visit got moved onto our Tuesday. Same Zoom link. Sorry for the short notice.
D

Sent from my iPhone

> On 1 Jul 2026, at 09:12, Amandine Kouassi-Leroux <amandine.kl@example.fr> wrote:
>
> Dear Daniel,
>
> Thank you, I'd be delighted. Tuesday 7 July at 11:00 CET would suit me perfectly.
>
> Best regards,
> Amandine
""",
))

add(dict(
    kind="interview_reschedule_or_cancel", scen="madrid_foundation_aplazar", lang="es",
    company="Fundación Alma Mediterránea", contact="bsoler@fundacionalma.example.es",
    frm=("Beatriz Soler", "bsoler@fundacionalma.example.es"),
    subject="RE: Entrevista - Responsable de Alianzas Corporativas",
    date="2026-06-04 17:15 +0200", struct="plain", charset="utf-8", cte="quoted-printable",
    irt=ALMA_INVITE,
    text="""Estimada Amandine:

Lamento comunicarle que nos vemos obligados a aplazar la entrevista del lunes 8 de junio, ya que la directora general debe asistir ese día a una reunión del patronato que se ha convocado con carácter urgente.

Le propongo el miércoles 10 de junio a la misma hora, las 12:00, en nuestra sede. Si le resulta imposible, indíqueme otra fecha de esa semana y lo organizaremos.

Disculpe las molestias.

Un cordial saludo,

Beatriz Soler
Responsable de Personas
Fundación Alma Mediterránea

-----Mensaje original-----
De: Amandine Kouassi-Leroux <amandine.kl@example.fr>
Enviado: viernes, 29 de mayo de 2026 18:22
Para: Beatriz Soler <bsoler@fundacionalma.example.es>
Asunto: Re: Entrevista - Responsable de Alianzas Corporativas

Estimada Beatriz:

Muchas gracias por la invitación. Confirmo mi asistencia el lunes 8 de junio a las 12:00.

Un saludo cordial,
Amandine Kouassi-Leroux
""",
))

add(dict(
    kind="interview_reschedule_or_cancel", scen="jazz_festival_to_video", lang="es",
    company="Festival de Jazz de Chamberí", contact="nacho@jazzchamberi.example.es",
    frm=("Nacho Prieto", "nacho@jazzchamberi.example.es"),
    subject="Re: ¡Hola! Sobre lo de patrocinios",
    date="2026-09-14 20:03 +0200", struct="plain", charset="utf-8", cte="8bit",
    irt=JAZZ_INVITE,
    text="""Oye Amandine, al final mejor lo hacemos por videollamada, que el miércoles tenemos la ofi patas arriba con la mudanza 😅

Misma hora (miércoles 16, 11:00). Te paso el enlace: https://meet.example.com/jzc-amnd-016

¡Hablamos!
Nacho
""",
))

add(dict(
    kind="interview_reschedule_or_cancel", scen="foundation_verschieben_gmail_quote", lang="de",
    company="Stiftung Kunstraum Prenzlauer Berg", contact="u.brandes@kunstraum-pb.example.de",
    frm=("Ulrike Brandes", "u.brandes@kunstraum-pb.example.de"),
    subject="Re: Einladung zum Vorstellungsgespräch",
    date="2026-04-09 08:30 +0200", struct="plain", charset="utf-8", cte="quoted-printable",
    irt=KUNSTRAUM_MY_REPLY, refs=[KUNSTRAUM_INVITE, KUNSTRAUM_MY_REPLY],
    text="""Sehr geehrte Frau Kouassi-Leroux,

leider müssen wir den Termin am kommenden Dienstag, 14. April, verschieben, da Frau Dr. Hegemann kurzfristig zu einer Sitzung des Stiftungsrats nach Hamburg muss.

Könnten Sie stattdessen am Donnerstag, 16. April, um 15:00 Uhr zu uns kommen? Alternativ wäre Freitag, 17. April, um 10:00 Uhr möglich.

Wir bitten die Änderung zu entschuldigen.

Mit freundlichen Grüßen
Ulrike Brandes

Am Di., 31. März 2026 um 14:02 Uhr schrieb Amandine Kouassi-Leroux <amandine.kl@example.fr>:
> Sehr geehrte Frau Brandes,
>
> vielen Dank für die Einladung, über die ich mich sehr freue. Den Termin am Dienstag, 14. April 2026, um 11:00 Uhr bestätige ich gern.
>
> Mit freundlichen Grüßen
> Amandine Kouassi-Leroux
""",
))

add(dict(
    kind="interview_reschedule_or_cancel", scen="personio_appointment_cancelled", lang="de",
    company="Klangwerk Festival", contact="timo.lange@klangwerk-festival.example.de",
    frm=("Klangwerk Festival GmbH", "klangwerk-festival@mail.personio.de"),
    reply_to=("Timo Lange", "timo.lange@klangwerk-festival.example.de"),
    subject="Ihr Termin am 30.06.2026 wurde abgesagt",
    date="2026-06-26 14:40 +0200", struct="html", charset="utf-8", cte="base64",
    html="""<html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#222;">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:18px 0;"><img src="https://klangwerk.jobs.personio.de/assets/logo_klangwerk.png" alt="Klangwerk Festival" width="160"></td></tr>
<tr><td style="line-height:1.6;">
<p>Hallo Frau Kouassi-Leroux,</p>
<p>Ihr Termin <b>Kennenlernen (Video-Call) – Sponsoring Manager (m/w/d)</b> am Dienstag, 30.06.2026, 15:30 Uhr wurde abgesagt.</p>
<p style="background:#f5f5f5;padding:10px;border-left:3px solid #111;">Nachricht von Timo Lange: „Sorry für die Absage – wir stecken mitten im Festivalaufbau. Ich melde mich nächste Woche mit einem neuen Terminvorschlag, die Stelle ist weiterhin offen!“</p>
<p>Bei Fragen antworten Sie einfach auf diese E-Mail.</p>
<p style="font-size:11px;color:#888;">Klangwerk Festival GmbH · Am Flutgraben 3 · 12435 Berlin · Geschäftsführer: Benedikt Kühn · Amtsgericht Charlottenburg HRB 174402 B</p>
</td></tr></table>
</body></html>
""",
))

# ================================================================= missed_interview_notice

add(dict(
    kind="missed_interview_notice", scen="ess_house_waited_10h", lang="fr",
    company="Maison de l'ESS du Pays de Rennes", contact="t.guillou@maisoness-rennes.example.fr",
    frm=("Thomas Guillou", "t.guillou@maisoness-rennes.example.fr"),
    subject="Entretien de ce matin",
    date="2026-02-17 11:25 +0100", struct="plain", charset="utf-8", cte="quoted-printable",
    text="""Bonjour Madame Kouassi-Leroux,

Nous vous avons attendue ce matin à 10h00 pour l'entretien prévu dans nos locaux, pour le poste de chargée de développement et de partenariats. Sans nouvelles de votre part à 10h30, nous avons dû libérer le jury.

J'espère qu'il ne vous est rien arrivé de fâcheux. Si vous êtes toujours intéressée par le poste, merci de me le faire savoir d'ici vendredi : nous verrons s'il est possible de vous proposer un autre créneau.

Cordialement,

Thomas Guillou
Délégué général
Maison de l'ESS du Pays de Rennes
15 rue Martenot – 35000 Rennes
""",
))

add(dict(
    kind="missed_interview_notice", scen="startup_not_joined_meet_tu", lang="fr",
    company="Pollen Solidaire", contact="ines@pollen-solidaire.example.fr",
    frm=("Inès Marchand", "ines@pollen-solidaire.example.fr"),
    subject="Tu es là ?",
    date="2026-07-20 14:32 +0200", struct="plain", charset="utf-8", cte="8bit",
    text="""Coucou Amandine,

On avait rendez-vous à 14h sur Google Meet et je ne t'ai pas vue te connecter. Je suis restée sur le lien jusqu'à 14h25.

J'espère que tout va bien ! Si tu as eu un souci (connexion, agenda…), dis-moi et on reprogramme sans problème cette semaine.

Inès
Pollen Solidaire – responsable des opérations
""",
))

add(dict(
    kind="missed_interview_notice", scen="agency_tried_to_call", lang="fr",
    company="Hélice Recrutement", contact="smorel@helice-recrutement.example.fr",
    frm=("Stéphane Morel", "smorel@helice-recrutement.example.fr"),
    subject="RE: Chargée de mécénat - fondation d'entreprise (Paris) - échange téléphonique",
    date="2026-03-10 11:24 +0100", struct="plain", charset="utf-8", cte="quoted-printable",
    irt=HELICE_INVITE,
    text="""Bonjour Amandine,

J'ai essayé de vous joindre à 11h00 comme convenu, à deux reprises, sans succès (je suis tombé sur votre messagerie et vous ai laissé un message).

Pouvez-vous me rappeler au 01 84 25 60 17 ou me proposer un autre moment cette semaine ? Mon client souhaite avancer rapidement, idéalement avant vendredi.

Bonne journée,

Stéphane Morel
Consultant senior – Hélice Recrutement
""",
))

add(dict(
    kind="missed_interview_notice", scen="venue_trial_day_no_show", lang="fr",
    company="La Guinguette des Quais", contact="contact@guinguettedesquais.example.fr",
    frm=("La Guinguette des Quais", "contact@guinguettedesquais.example.fr"), hdr_cs="windows-1252",
    subject="Journée d'essai de samedi",
    date="2026-06-08 10:05 +0200", struct="plain", charset="windows-1252", cte="8bit",
    text="""Bonjour Amandine,

Vous étiez attendue samedi à 9h pour votre journée d’essai sur le mariage Lemoine (coordination des prestataires et accueil des invités). Nous ne vous avons pas vue et nous n’avons eu aucune nouvelle, ni message ni appel.

Nous avons dû nous réorganiser au dernier moment, ce qui n’a pas été simple un samedi de juin…

Si vous souhaitez toujours le poste de coordinatrice événements, rappelez-moi au 02 40 47 63 90 ou répondez à ce mail avant mercredi, sinon nous poursuivrons avec d’autres candidats.

Fabienne Leroy
Gérante – La Guinguette des Quais
Quai de la Fosse, Nantes
SARL Leroy & Fils – RCS Nantes 438 219 774
""",
))

add(dict(
    kind="missed_interview_notice", scen="montreal_arts_centre_html", lang="fr",
    company="Centre des arts de Rosemont", contact="rh@cartsrosemont.example.ca",
    frm=("Centre des arts de Rosemont – Ressources humaines", "rh@cartsrosemont.example.ca"),
    subject="Entrevue d'hier – absence",
    date="2026-09-24 09:40 -0400", struct="html", charset="utf-8", cte="quoted-printable",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt;color:#000;">
<p>Bonjour Madame Kouassi-Leroux,</p>
<p>Nous ne vous avons pas vue à l'entrevue prévue hier, le 23 septembre à 13 h 30 (heure de Montréal), sur Teams, pour le poste de coordonnatrice aux partenariats et à la philanthropie. Le comité vous a attendue une quinzaine de minutes.</p>
<p>Nous comprenons qu'un imprévu peut arriver, d'autant plus avec le décalage horaire. Si vous souhaitez toujours poursuivre le processus, écrivez-nous à cette adresse d'ici lundi et nous tenterons de trouver un autre moment.</p>
<p>Cordialement,</p>
<p><b>Équipe des ressources humaines</b><br>Centre des arts de Rosemont<br>5350, boulevard Saint-Michel, Montréal (Québec)<br>
<img src="https://cartsrosemont.example.ca/img/signature-car.png" alt="Centre des arts de Rosemont" width="120"></p>
<p style="font-size:8pt;color:#808080;">Avis de confidentialité : ce courriel peut contenir des renseignements confidentiels. Si vous l'avez reçu par erreur, veuillez le détruire et en aviser l'expéditeur.</p>
</body></html>
""",
))

add(dict(
    kind="missed_interview_notice", scen="festival_zoom_no_show_en", lang="en",
    company="Maple & Quill Literary Festival", contact="rachel.kim@mapleandquill.example.ca",
    frm=("Rachel Kim", "rachel.kim@mapleandquill.example.ca"),
    subject="Missed you today",
    date="2026-05-27 11:25 -0400", struct="plain", charset="utf-8", cte="quoted-printable",
    text="""Hi Amandine,

We had you down for 11:00 ET this morning and didn't see you join the Zoom - Joanne and I waited until about 11:15. I hope everything's OK! It's quite possible there was a time zone mix-up on our side (11:00 here is 17:00 in France).

Let me know if you'd like to find another time this week or next - we're still keen to talk.

Best,
Rachel

Rachel Kim
Development & Partnerships
Maple & Quill Literary Festival
mapleandquill.example.ca
""",
))

add(dict(
    kind="missed_interview_notice", scen="panel_did_not_attend_html", lang="en",
    company="Eurofest Network", contact="hr@eurofest-network.example.be",
    frm=("Eurofest Network HR", "hr@eurofest-network.example.be"),
    subject="Your panel interview this morning (ref. EFN-26-09)",
    date="2026-09-01 12:10 +0200", struct="html", charset="utf-8", cte="quoted-printable",
    irt=EUROFEST_INVITE,
    html="""<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#222;">
<p>Dear Ms Kouassi-Leroux,</p>
<p>We noticed that you did not attend your panel interview scheduled for this morning, 1 September, at 10:00 CEST at our secretariat. We did not receive any message from you beforehand.</p>
<p>As the panel members travelled to Brussels for the day, we are unfortunately not able to offer a second panel date. If there were exceptional circumstances, please let us know by replying to this email before Friday 4 September and we will see what is possible.</p>
<p>Kind regards,</p>
<p>HR team<br>Eurofest Network AISBL<br>Rue Ravenstein 3, 1000 Brussels</p>
<p style="font-size:10px;color:#999;">Eurofest Network AISBL - Enterprise number 0712.345.678 - RPM Brussels</p>
</body></html>
""",
))

add(dict(
    kind="missed_interview_notice", scen="agency_relays_no_show", lang="es",
    company="Fundación Puentes Abiertos", contact="alvaro.mendez@huntersiberia.example.es",
    frm=("Álvaro Méndez", "alvaro.mendez@huntersiberia.example.es"),
    subject="RE: Entrevista con Fundación Puentes Abiertos - Coordinador/a de Captación",
    date="2026-02-27 09:15 +0100", struct="plain", charset="utf-8", cte="quoted-printable",
    irt=HUNTERS_INVITE,
    text="""Hola Amandine,

Me acaba de llamar Carmen Vidal, de la Fundación Puentes Abiertos: ayer te estuvieron esperando a las 10:00 en su sede de Bravo Murillo y no llegaste a presentarte. Tampoco les llegó ningún aviso.

Te he llamado un par de veces esta mañana sin éxito. ¿Ha pasado algo? Si sigues interesada, llámame hoy mismo y veo si puedo recuperar la entrevista, aunque no te prometo nada.

Un saludo,

Álvaro Méndez
Senior Consultant · Tercer Sector
Hunters & Partners Iberia
+34 655 40 21 87
""",
))

add(dict(
    kind="missed_interview_notice", scen="startup_call_unanswered_tu", lang="es",
    company="Ecoalma", contact="paula@ecoalma.example.es",
    frm=("Paula Serrano", "paula@ecoalma.example.es"),
    subject="Nuestra llamada de hoy",
    date="2026-08-11 17:20 +0200", struct="plain", charset="iso-8859-1", cte="quoted-printable",
    hdr_cs="iso-8859-1",
    text="""Hola Amandine:

Te llamamos a las 17:00 como habíamos quedado por Workable y no conseguimos contactar contigo (salta directamente el buzón de voz). ¿Todo bien?

Si te ha surgido algo, no pasa nada: dime qué día te viene bien esta semana y lo volvemos a intentar.

Saludos,
Paula Serrano
People & Culture - Ecoalma
""",
))

add(dict(
    kind="missed_interview_notice", scen="art_school_not_attended", lang="de",
    company="Hochschule für Gestaltung Spreeland", contact="personal@hfg-spreeland.example.de",
    frm=("Personalabteilung HfG Spreeland", "personal@hfg-spreeland.example.de"),
    subject="Ihr Auswahlgespräch am 10. März 2026 – Kennziffer 07/2026",
    date="2026-03-10 16:05 +0100", struct="plain", charset="utf-8", cte="quoted-printable",
    text="""Sehr geehrte Frau Kouassi-Leroux,

Sie sind zum vereinbarten Auswahlgespräch am heutigen 10. März 2026 um 13:30 Uhr leider nicht erschienen, und wir haben auch keine Absage von Ihnen erhalten.

Sollten Sie weiterhin Interesse an der Stelle haben, melden Sie sich bitte bis zum 17. März 2026 unter dieser Adresse. Die Kommission tagt voraussichtlich ein weiteres Mal am 24. März; ob ein Ersatztermin möglich ist, können wir Ihnen jedoch nicht zusagen.

Mit freundlichen Grüßen
Im Auftrag
Andrea Winkler
Personalabteilung
Hochschule für Gestaltung Spreeland
Am Spreebogen 8 · 03046 Cottbus
""",
))

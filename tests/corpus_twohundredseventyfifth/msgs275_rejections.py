"""Corpus 275 — rejections (31), hand-written."""

from __future__ import annotations

from msgs275_common import (
    CAND_ADDR,
    CAND_NAME,
    M,
    ats_card,
    mso,
    outlook_html,
    paras,
    plain_html,
    quote,
    wrote,
)
from msgs275_other import (
    CAND_FOLLOWUP_HAUTVAL,
    CAND_THANKS_MOSAMAAS,
    CAND_THANKS_NARANJOS,
    CAND_THANKS_WURMBOGEN,
)

MESSAGES: list[dict] = []
add = MESSAGES.append

# ---------------------------------------------------------------- French (15)

add(M(
    kind="rejection", slug="aldegonde_after_missed", lang="fr",
    company="Clinique Sainte-Aldegonde", contact="julien.lhoest@aldegonde.example.be",
    frm=("Julien Lhoest", "julien.lhoest@aldegonde.example.be"),
    subject="Votre candidature - auxiliaire sociale (réf. CSA-26-031)",
    date="2026-05-06 14:12 +0200", parent="aldegonde_missed",
    charset="iso-8859-1", cte="quoted-printable",
    subj_enc=("iso-8859-1", "Q"), name_enc=("iso-8859-1", "Q"),
    text="""Bonjour Madame Marchetti-Owusu,

Je reviens vers vous au sujet du poste d'auxiliaire sociale au service social de la clinique.

Après avoir rencontré toutes les personnes retenues pour la seconde étape, la cheffe de service a porté son choix sur une autre candidate, qui travaille déjà en milieu hospitalier et pourra reprendre les dossiers de sortie dès le mois prochain. Je sais que l'organisation de notre rendez-vous a été compliquée, de notre côté comme du vôtre, et je vous remercie pour votre patience.

Votre dossier reste dans notre base: si un poste s'ouvre en pédiatrie, je penserai à vous.

Bien à vous,

Julien Lhoest
Chargé de recrutement - Ressources humaines
Clinique Sainte-Aldegonde
Rue des Vignerons 14, 4000 Liège
Tél. +32 4 221 53 80
""",
))

add(M(
    kind="rejection", slug="chmosan_teamtailor", lang="fr",
    company="Centre Hospitalier Mosan", contact="",
    frm=("Centre Hospitalier Mosan", "no-reply@teamtailor-mail.com"),
    subject="Suite de votre candidature au Centre Hospitalier Mosan",
    date="2026-04-03 07:41 +0000", parent="chmosan_booking",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Teamtailor")],
    html=ats_card(
        "Centre Hospitalier Mosan", "#1d4e89", "Assistante en travail social – Maternité",
        paras("""Bonjour Élodie,

Merci encore d'être venue à Namur pour nous présenter votre parcours de puéricultrice et votre projet de réorientation.

Nous avons finalisé la sélection pour ce poste et, cette fois, votre candidature n'a pas été retenue. La décision s'est jouée sur l'expérience des démarches administratives avec les mutuelles et le CPAS, que le service attend dès le premier jour.

Nous vous souhaitons plein de réussite dans la suite de vos démarches.

L'équipe recrutement du CHM"""),
        footer="Centre Hospitalier Mosan · Avenue de la Citadelle 52, 5000 Namur · "
               "Vos données sont traitées conformément à notre politique de confidentialité.",
    ),
))

add(M(
    kind="rejection", slug="horizon_client_no", lang="fr",
    company="Maison d'accueil Les Glycines", contact="laetitia.renard@horizon-interim.example.be",
    frm=("Laetitia Renard", "laetitia.renard@horizon-interim.example.be"),
    subject="Retour des Glycines",
    date="2026-06-25 11:03 +0200", parent="horizon_missed",
    text="""Bonjour Élodie,

J'ai eu la directrice des Glycines au téléphone ce matin. Elle ne donnera pas suite pour le poste d'aide sociale de nuit : ils ont engagé une personne qui était disponible immédiatement, et le rendez-vous raté du 18 a malheureusement pesé dans la balance.

Je ne lâche pas l'affaire pour autant : j'ai deux missions en maison d'accueil à Namur qui s'ouvrent en septembre et votre profil de puéricultrice y a tout à fait sa place. Je vous appelle la semaine prochaine pour en discuter.

Belle journée,

Laetitia Renard
Consultante – Secteur social & santé
Horizon Intérim – Agence de Namur
Place de la Station 9, 5000 Namur
GSM +32 478 61 20 44
""",
))
MESSAGES[-1]["html"] = plain_html(paras(MESSAGES[-1]["text"]))

_KANN = """Madame,

Je vous remercie pour l'intérêt porté à la Fondation Kannerhaff et pour votre disponibilité tout au long de la procédure.

Le financement de la future maison relais d'Esch n'ayant pas été reconduit pour 2026, notre conseil d'administration a décidé de geler ce recrutement. Nous ne poursuivrons donc pas la sélection pour le poste d'assistante sociale adjointe, ni avec vous ni avec les autres candidates. Si le projet est relancé, un nouvel appel sera publié et vous serez bien entendu libre d'y répondre.

Avec mes salutations distinguées,

Claire Weber
Responsable ressources humaines
Fondation Kannerhaff
12, rue de l'Alzette – L-4011 Esch-sur-Alzette
Tél. +352 54 88 21 30

Ce message et ses annexes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le supprimer. La Fondation décline toute responsabilité quant au contenu de messages altérés."""
add(M(
    kind="rejection", slug="kannerhaff_on_hold", lang="fr",
    company="Fondation Kannerhaff", contact="claire.weber@kannerhaff.example.lu",
    frm=("Claire Weber", "claire.weber@kannerhaff.example.lu"),
    subject="Recrutement assistante sociale adjointe – procédure suspendue",
    date="2026-06-18 09:27 +0200", parent="kannerhaff_cancel",
    charset="windows-1252", cte="quoted-printable",
    subj_enc=("utf-8", "B"),
    text=_KANN,
    html=outlook_html(mso(_KANN)),
))

add(M(
    kind="rejection", slug="hautval_filled_internally", lang="fr",
    company="Commune de Hautval", contact="marc.jacquemin@hautval.example.be",
    frm=("Marc Jacquemin", "marc.jacquemin@hautval.example.be"),
    subject="RE: Candidature agent d'insertion sociale - suivi",
    date="2026-02-20 10:48 +0100", parent="cand_hautval_followup",
    charset="iso-8859-1", cte="quoted-printable", subj_enc=("iso-8859-1", "Q"),
    text=f"""Madame,

Merci pour votre message et pour vos explications au sujet de l'épreuve du 3 février.

Je dois malheureusement vous informer que le Collège communal, en séance du 16 février, a désigné pour ce poste une employée déjà en fonction au service population, dans le cadre d'une mobilité interne. L'appel externe est donc clôturé sans recrutement.

Nous gardons votre candidature spontanée pour d'éventuels remplacements au service de l'accueil extrascolaire.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Marc Jacquemin
Service du personnel
Administration communale de Hautval
Place du Perron 1 - 4140 Hautval
04 380 12 70

{wrote("fr", "2026-02-04 08:55", CAND_NAME, CAND_ADDR)}
{quote(CAND_FOLLOWUP_HAUTVAL)}
""",
))

add(M(
    kind="rejection", slug="tremplin_casual", lang="fr",
    company="Maison de jeunes Le Tremplin", contact="seb@mj-tremplin.example.be",
    frm=("Seb Wuidar", "seb@mj-tremplin.example.be"),
    subject="Le poste d'animatrice-accompagnatrice",
    date="2026-07-28 17:36 +0200", cte="8bit",
    text="""Salut Élodie,

Je t'écris vite fait entre deux ateliers parce que je préfère que tu l'apprennes par moi.

On a tourné et retourné la question avec l'équipe, et on part sur Yassine, qui fait du travail de rue à Droixhe depuis cinq ans et connaît tous les jeunes du quartier par leur prénom. Ça s'est vraiment joué à pas grand-chose, ton idée d'atelier parents-bébés a plu à tout le monde.

Si tu veux, passe boire un café un de ces jours, je te présenterai au coordinateur de la MJ de Bressoux qui cherche parfois du renfort.

À tantôt,
Seb
--
Sébastien Wuidar – coordinateur
MJ Le Tremplin, Liège
""",
))

add(M(
    kind="rejection", slug="entraide_thanks_quoted", lang="fr",
    company="Entraide Bruxelles-Midi", contact="f.ouali@entraide-midi.example.be",
    frm=("Fatima Ouali", "f.ouali@entraide-midi.example.be"),
    subject="Re: Merci pour la rencontre de vendredi",
    date="2026-09-14 16:20 +0200", parent="entraide_update",
    text=f"""Bonjour Élodie,

Merci à toi pour ton message, ça nous a touchées.

J'ai moins de bonnes nouvelles de mon côté : après discussion en équipe, nous avons choisi une candidate qui parle aussi l'arabe marocain, ce qui compte énormément pour les familles de la permanence du mardi. Ce n'est pas une remise en cause de ton profil, au contraire, ton expérience avec les tout-petits nous a marquées.

Je me permets de transmettre ton CV à nos collègues du Centre Familial d'Anderlecht, qui recrutent une accueillante à l'automne, si tu es d'accord.

Bonne continuation et à bientôt peut-être,
Fatima

Fatima Ouali
Coordinatrice de l'accompagnement social
Entraide Bruxelles-Midi
Rue de la Clinique 27, 1070 Anderlecht
02 520 44 18

{wrote("fr", "2026-09-04 17:52", CAND_NAME, CAND_ADDR)}
> Bonjour Fatima,
>
> Un grand merci pour l'entretien de cet après-midi et pour la visite de la
> permanence. J'ai beaucoup apprécié d'échanger avec Nadia et toi sur
> l'accueil des familles primo-arrivantes.
>
> Je reste bien sûr disponible si vous avez besoin d'autres informations ou
> de références pour la prochaine étape.
>
> Belle fin de semaine,
> Élodie
""",
))

_MAR = """Madame Élodie Marchetti-Owusu,

Nous vous remercions pour votre candidature au poste d'auxiliaire sociale – service des urgences (référence 4471).

Après examen attentif de l'ensemble des dossiers, nous vous informons que votre candidature n'a pas été retenue pour la suite de la procédure. Le nombre élevé de candidatures reçues pour ce poste ne nous permet pas de vous communiquer de commentaire détaillé.

Votre profil reste visible dans notre vivier de talents pendant 24 mois ; vous pouvez à tout moment le modifier ou le supprimer depuis votre espace candidat.

Cordialement,
Direction des ressources humaines
Hôpital des Marolles – Bruxelles

Ce message est généré automatiquement. Merci de ne pas y répondre."""
add(M(
    kind="rejection", slug="marolles_successfactors", lang="fr",
    company="Hôpital des Marolles", contact="",
    frm=("Hôpital des Marolles – Recrutement", "noreply@successfactors.eu"),
    subject="Hôpital des Marolles : votre candidature 4471",
    date="2026-02-27 06:15 +0000", parent="marolles_ack",
    charset="windows-1252", cte="base64",
    subj_enc=("iso-8859-1", "B"), name_enc=("windows-1252", "Q"),
    headers=[("Auto-Submitted", "auto-generated")],
    text=_MAR,
    html=plain_html(paras(_MAR)),
))

add(M(
    kind="rejection", slug="tilleuls_terse", lang="fr",
    company="École fondamentale Les Tilleuls", contact="anne.schyns@lestilleuls.example.be",
    frm=("Anne Schyns", "anne.schyns@lestilleuls.example.be"),
    subject="Poste d'accueillante extrascolaire",
    date="2026-06-09 12:04 +0200", parent="tilleuls_postponed",
    text="""Madame,

Nous avons choisi une autre candidate. Merci pour votre journée parmi nous le 2 juin.

A. Schyns
Directrice
""",
))

_PMS = """Bonjour Madame Marchetti-Owusu,

Au nom du Centre PMS de la Vesdre, merci pour l'entretien de rattrapage de vendredi dernier et pour votre souplesse après le rendez-vous manqué.

Le comité a finalement orienté son choix vers des profils ayant déjà une pratique en centre PMS ou en milieu scolaire, ce qui nous paraît indispensable pour intervenir seule dans les écoles de Dison et de Pepinster dès la rentrée. Votre candidature ne sera donc pas retenue pour ce poste.

Nous vous remercions sincèrement pour votre intérêt et vous souhaitons de trouver rapidement la fonction qui vous convient.

Véronique Lejeune
Directrice
Centre PMS de la Vesdre
Rue de Limbourg 40, 4800 Verviers
087 31 62 09"""
add(M(
    kind="rejection", slug="pms_vesdre_soft", lang="fr",
    company="Centre PMS de la Vesdre", contact="v.lejeune@pmsvesdre.example.be",
    frm=("Véronique Lejeune", "v.lejeune@pmsvesdre.example.be"),
    subject="Candidature – auxiliaire psycho-sociale",
    date="2026-07-02 15:31 +0200", parent="pms_missed",
    text=_PMS, html=plain_html(paras(_PMS)), cte="quoted-printable", html_cte="base64",
))

add(M(
    kind="rejection", slug="sociajob_client_unnamed", lang="fr",
    company="Sociajob", contact="t.vandeput@sociajob.example.be",
    frm=("Thomas Vandeput", "t.vandeput@sociajob.example.be"),
    subject="Votre présentation chez notre client (accompagnement sans-abri)",
    date="2026-07-20 13:58 +0200", parent="sociajob_registration",
    text="""Bonjour Élodie,

Petit retour concernant le dossier pour lequel je vous avais présentée mardi (l'association d'accompagnement de personnes sans abri à Schaerbeek, dont je ne peux pas encore citer le nom).

Le client ne retient pas votre profil. La raison est administrative plus que personnelle : le poste est subsidié et exige un diplôme de bachelier assistant social reconnu par la Fédération Wallonie-Bruxelles, ce que votre formation de puéricultrice ne couvre pas encore.

Je garde votre dossier actif chez Sociajob et je vous présente volontiers pour des fonctions d'éducatrice ou d'accueillante, où votre diplôme est reconnu.

Cordialement,

Thomas Vandeput
Talent Partner – Social Profit
Sociajob · Avenue Louise 231, 1050 Bruxelles
+32 2 640 18 77
""",
))

add(M(
    kind="rejection", slug="alzette_cancelled", lang="fr",
    company="Solidarité Alzette", contact="luc.schmit@solidarite-alzette.example.lu",
    frm=("Luc Schmit", "luc.schmit@solidarite-alzette.example.lu"),
    subject="Poste d'aide socio-familiale (Luxembourg-Gare) – annulation",
    date="2026-03-20 10:10 +0100", parent="alzette_ack",
    charset="iso-8859-1", cte="8bit", name_enc=("iso-8859-1", "Q"),
    text="""Chère Madame,

Je suis au regret de vous annoncer que le poste d'aide socio-familiale auquel vous avez postulé le 16 février n'existe plus : suite à la fusion de nos deux antennes de Luxembourg-Gare et de Bonnevoie, l'équipe existante reprend ces missions et la procédure est clôturée sans recrutement.

Toutes les candidatures reçues sont classées et vos données seront effacées dans un délai de six mois, sauf demande contraire de votre part.

Avec nos remerciements,

Luc Schmit
Responsable RH - Solidarité Alzette
2, rue du Fort Neipperg, L-2230 Luxembourg
""",
))

add(M(
    kind="rejection", slug="croixverte_recruitee", lang="fr",
    company="Croix-Verte Belgique", contact="pauline.gerard@croixverte.example.be",
    frm=("Croix-Verte Belgique", "no-reply@jobs.recruitee.com"),
    reply_to=("Pauline Gérard", "pauline.gerard@croixverte.example.be"),
    subject="Journée d'évaluation du 5 mai – résultat",
    date="2026-05-12 08:02 +0000", parent="croixverte_cancelled",
    name_enc=("iso-8859-1", "B"),
    text="""Bonjour Élodie,

Merci pour votre participation à la journée d'évaluation du 5 mai à Namur (mises en situation, entretien de groupe et étude de cas).

Au vu des résultats, nous ne vous proposerons pas de passer à l'entretien final pour la fonction d'assistante sociale adjointe – Service Tracing. Les évaluateurs ont souligné votre qualité d'écoute ; la partie rédactionnelle de l'étude de cas n'a en revanche pas atteint le niveau requis.

Si vous souhaitez un retour plus détaillé, répondez simplement à ce message : Pauline Gérard vous proposera un appel de quinze minutes.

L'équipe Ressources humaines
Croix-Verte Belgique
""",
    html=ats_card("Croix-Verte Belgique", "#2e7d32", "Résultat de votre journée d'évaluation",
                  paras("""Bonjour Élodie,

Merci pour votre participation à la journée d'évaluation du 5 mai à Namur (mises en situation, entretien de groupe et étude de cas).

Au vu des résultats, nous ne vous proposerons pas de passer à l'entretien final pour la fonction d'assistante sociale adjointe – Service Tracing. Les évaluateurs ont souligné votre qualité d'écoute ; la partie rédactionnelle de l'étude de cas n'a en revanche pas atteint le niveau requis.

Si vous souhaitez un retour plus détaillé, répondez simplement à ce message : Pauline Gérard vous proposera un appel de quinze minutes.

L'équipe Ressources humaines
Croix-Verte Belgique"""),
                  footer="Envoyé via Recruitee"),
))

add(M(
    kind="rejection", slug="rochefontaine_jury_pdf", lang="fr",
    company="CPAS de Rochefontaine", contact="i.thiry@cpas-rochefontaine.example.be",
    frm=("Isabelle Thiry", "i.thiry@cpas-rochefontaine.example.be"),
    subject="Résultats de l'épreuve orale – auxiliaire administrative et sociale",
    date="2026-02-18 11:45 +0100", parent="rochefontaine_jury",
    cte="base64",
    text="""Madame,

Vous trouverez en annexe le courrier officiel reprenant les résultats de l'épreuve orale du 10 février.

Vous avez obtenu 54 % à cette épreuve, alors que le règlement de recrutement exige un minimum de 60 %. Vous ne serez par conséquent pas versée dans la réserve de recrutement constituée à l'issue de cette procédure.

Vous pouvez consulter votre grille d'évaluation sur rendez-vous au secrétariat, endéans les trente jours.

Veuillez agréer, Madame, nos salutations distinguées.

Isabelle Thiry
Directrice générale
CPAS de Rochefontaine
Rue du Vieux Moulin 3, 5580 Rochefontaine
084 22 41 90
""",
    pdf=[{"filename": "Resultat_epreuve_orale_Marchetti-Owusu.pdf",
          "title": "CPAS de Rochefontaine - Résultat de l'épreuve orale",
          "lines": ["Madame Élodie Marchetti-Owusu", "Rochefontaine, le 18 février 2026",
                    "Objet : recrutement d'un(e) auxiliaire administratif(ve) et social(e)",
                    "Résultat de l'épreuve orale du 10 février 2026 : 54 %",
                    "Minimum requis : 60 %. Non versée dans la réserve de recrutement.",
                    "Par ordonnance, la Directrice générale, I. Thiry"]}],
))

add(M(
    kind="rejection", slug="coccinelles_colleague", lang="fr",
    company="Crèche Les Coccinelles", contact="sandrine.hick@coccinelles-chenee.example.be",
    frm=("Sandrine Hick", "sandrine.hick@coccinelles-chenee.example.be"),
    subject="Pour que tu l'apprennes par moi",
    date="2026-01-30 21:14 +0100",
    text="""Hello ma belle,

Je préfère te le dire moi-même avant que le courrier officiel n'arrive : le CA a tranché hier soir pour Mélanie, qui faisait déjà les remplacements de Karine depuis septembre. J'ai défendu ton dossier jusqu'au bout, sincèrement, mais ils voulaient quelqu'un qui connaît déjà les familles et le logiciel des inscriptions.

Je sais que tu comptais sur ce mi-temps social pour te lancer, ça me fait vraiment suer pour toi.

On se fait un café samedi au marché de Chênée ? C'est moi qui offre.

Bisous,
Sandrine
(directrice, Les Coccinelles – Chênée)
""",
))

# ---------------------------------------------------------------- German (8)

_WUR = """Sehr geehrte Frau Marchetti-Owusu,

vielen Dank für Ihr Interesse an einer Tätigkeit im Sozialdienst des Klinikums Wurmtal.

Nach Abschluss des Auswahlverfahrens für die Stelle „Assistenz Sozialdienst / Entlassmanagement (m/w/d)“ müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen. Ausschlaggebend war unter anderem, dass ein persönliches Kennenlernen im vorgesehenen Zeitraum nicht zustande gekommen ist.

Ihre Unterlagen werden gemäß unseren Datenschutzhinweisen nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Klinikum Wurmtal"""
add(M(
    kind="rejection", slug="wurmtal_softgarden", lang="de",
    company="Klinikum Wurmtal", contact="",
    frm=("Klinikum Wurmtal", "noreply@softgarden.io"),
    subject="Ihre Bewerbung beim Klinikum Wurmtal",
    date="2026-04-24 08:30 +0000", parent="wurmtal_missed",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_WUR,
    html=ats_card("Klinikum Wurmtal", "#00695c", "Ihre Bewerbung", paras(_WUR),
                  footer="Diese E-Mail wurde über softgarden versendet. Bitte antworten Sie "
                         "nicht auf diese Nachricht.", lang="de"),
))

add(M(
    kind="rejection", slug="lousberg_terse", lang="de",
    company="Familienzentrum Lousberg", contact="b.rosenbaum@fz-lousberg.example.de",
    frm=("Birgit Rosenbaum", "b.rosenbaum@fz-lousberg.example.de"),
    subject="Ihre Bewerbung",
    date="2026-08-20 18:02 +0200", parent="lousberg_cancel",
    text="""Liebe Frau Marchetti-Owusu,

die Stelle ist inzwischen vergeben. Danke für Ihre Geduld und alles Gute!

Birgit Rosenbaum
Leitung Familienzentrum Lousberg
""",
))

add(M(
    kind="rejection", slug="pflegewerk_client_no", lang="de",
    company="Jugendhilfe Haaren", contact="d.brandt@pflegewerk-personal.example.de",
    frm=("Dennis Brandt", "d.brandt@pflegewerk-personal.example.de"),
    subject="Rückmeldung Jugendhilfe Haaren",
    date="2026-03-03 12:26 +0100", parent="pflegewerk_moved",
    charset="iso-8859-1", cte="quoted-printable", subj_enc=("iso-8859-1", "Q"),
    text="""Hallo Frau Marchetti-Owusu,

die Jugendhilfe Haaren hat sich heute bei mir gemeldet - leider nicht mit dem Ergebnis, das wir uns gewünscht hätten. Man entscheidet sich gegen eine Einstellung, weil für die Wohngruppe eine in Deutschland anerkannte Erzieher- oder Heilerziehungspflege-Ausbildung verlangt wird und Ihr Anerkennungsverfahren bei der Bezirksregierung noch läuft.

Das Gespräch selbst sei sehr angenehm gewesen, das soll ich ausdrücklich ausrichten.

Sobald der Bescheid da ist, schicken Sie ihn mir bitte - dann stelle ich Sie bei zwei weiteren Trägern in Würselen und Herzogenrath vor.

Viele Grüße
Dennis Brandt
Personalberater Soziales
Pflegewerk Personal - Theaterstraße 61, 52062 Aachen
Mobil 0171 448 20 93
""",
))

_RHE = """Sehr geehrte Frau Marchetti-Owusu,

wir bedanken uns für Ihre Bewerbung und das Gespräch am 21. Oktober.

Nach sorgfältiger Abwägung sind wir zu dem Ergebnis gekommen, dass Ihr Profil nicht in allen Punkten zum Anforderungsprofil der Stelle "Sozialassistenz Psychiatrie" passt. Wir werden das Verfahren daher nicht mit Ihnen fortsetzen.

Für Ihre berufliche Zukunft wünschen wir Ihnen viel Erfolg.

Freundliche Grüße
Personalabteilung
Rheinland Kliniken Verbund"""
add(M(
    kind="rejection", slug="rheinland_icims", lang="de",
    company="Rheinland Kliniken Verbund", contact="",
    frm=("Rheinland Kliniken Verbund", "rheinlandkliniken@icims.com"),
    subject="Ihre Bewerbung: Sozialassistenz Psychiatrie (Req 2026-1187)",
    date="2026-10-27 09:12 +0100", parent="rheinland_invite",
    charset="iso-8859-1", cte="quoted-printable",
    text=_RHE,
    html=plain_html(paras(_RHE), "de"),
))

add(M(
    kind="rejection", slug="kornelimuenster_on_hold", lang="de",
    company="Sozialdienst Kornelimünster", contact="u.franzen@sozialdienst-kornelimuenster.example.de",
    frm=("Ulrike Franzen", "u.franzen@sozialdienst-kornelimuenster.example.de"),
    subject="Stelle Ambulant Betreutes Wohnen – aktueller Stand",
    date="2026-09-29 10:45 +0200", parent="kornelimuenster_missed",
    charset="windows-1252", cte="8bit", subj_enc=("utf-8", "Q"),
    text="""Guten Tag Frau Marchetti-Owusu,

ich melde mich mit einer Nachricht, die ich Ihnen lieber erspart hätte: Die ausgeschriebene Stelle im Ambulant Betreuten Wohnen wird vorerst nicht besetzt. Der Landschaftsverband hat die Finanzierung der zusätzlichen Fachleistungsstunden für 2027 noch nicht bestätigt, und ohne diese Zusage dürfen wir niemanden einstellen.

Wir beenden das Auswahlverfahren deshalb an dieser Stelle – auch für alle anderen Bewerberinnen und Bewerber. Sollte die Stelle neu ausgeschrieben werden, gebe ich Ihnen gern Bescheid.

Herzliche Grüße aus Kornelimünster
Ulrike Franzen
Teamleitung Eingliederungshilfe
Sozialdienst Kornelimünster
Abteigarten 6 · 52076 Aachen
Tel. 02408 59 71 20
""",
))

add(M(
    kind="rejection", slug="eilendorf_internal", lang="de",
    company="Kita Eilendorf-Nord", contact="t.lennartz@kita-eilendorf.example.de",
    frm=("Thomas Lennartz", "t.lennartz@kita-eilendorf.example.de"),
    subject="Ihre Bewerbung als Sozialassistentin",
    date="2026-06-24 14:50 +0200",
    charset="windows-1252", cte="quoted-printable",
    text="""Sehr geehrte Frau Marchetti-Owusu,

danke für Ihre ausführliche Bewerbung vom 2. Juni.

Wir haben die Stelle inzwischen intern besetzt: Eine Kollegin aus unserem Haus hat gerade ihre Weiterbildung zur Fachkraft für frühkindliche Sprachförderung abgeschlossen und übernimmt die Aufgaben ab August. Eine externe Besetzung ist damit nicht mehr vorgesehen.

Ich bedaure, Ihnen nichts anderes mitteilen zu können, und wünsche Ihnen für Ihren Wechsel nach Aachen alles Gute.

Mit freundlichen Grüßen
Thomas Lennartz
Einrichtungsleitung Kita Eilendorf-Nord
Von-Coels-Straße 112 – 52080 Aachen
""",
))

add(M(
    kind="rejection", slug="wurmbogen_after_thanks", lang="de",
    company="Förderschule am Wurmbogen", contact="f.meessen@foerderschule-wurmbogen.example.de",
    frm=("Frank Meessen", "f.meessen@foerderschule-wurmbogen.example.de"),
    subject="AW: Vielen Dank für den Hospitationstag",
    date="2026-02-05 16:33 +0100", parent="cand_wurmbogen_thanks",
    text=f"""Liebe Frau Marchetti-Owusu,

Ihre Nachricht hat das ganze Team gefreut, und die Kinder der Klasse 3b fragen noch nach „der Frau mit den Fingerpuppen“.

Umso schwerer fällt mir diese Mail: Nach Abstimmung mit dem Schulträger geht die Stelle der Schulsozialarbeit an eine Bewerberin, die bereits zwei Jahre an einer Förderschule gearbeitet hat. Für Sie wird es bei uns in diesem Schuljahr deshalb nicht weitergehen.

Bitte bewerben Sie sich gern wieder, wenn im Sommer die Stelle im Offenen Ganztag ausgeschrieben wird.

Mit herzlichen Grüßen
Frank Meessen
Schulleitung
Förderschule am Wurmbogen
Wurmbogen 3, 52134 Herzogenrath
Tel. 02406 77 31 0

{wrote("de", "2026-01-22 19:05", CAND_NAME, CAND_ADDR)}
{quote(CAND_THANKS_WURMBOGEN)}
""",
))

_KV = """Liebe Frau Marchetti-Owusu,

vielen Dank, dass Sie sich für die Stelle als pädagogische Ergänzungskraft in unserer Kita Richterich beworben haben.

Wir haben alle Unterlagen gesichtet und uns entschieden, Sie nicht zu einem Vorstellungsgespräch einzuladen. Ausschlaggebend war die geforderte Fahrerlaubnis der Klasse B für die Fahrdienste zwischen unseren drei Standorten, die in Ihren Unterlagen nicht aufgeführt ist.

Wir wünschen Ihnen für Ihre weitere Suche viel Erfolg.

Ihr Kita-Verbund Dreiländereck"""
add(M(
    kind="rejection", slug="kitaverbund_personio", lang="de",
    company="Kita-Verbund Dreiländereck", contact="",
    frm=("Kita-Verbund Dreiländereck", "noreply@personio.de"),
    subject="Rückmeldung zu Ihrer Bewerbung – Kita Richterich",
    date="2026-08-11 07:05 +0000",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card("Kita-Verbund Dreiländereck", "#f57c00", "Ihre Bewerbung", paras(_KV),
                  footer="Powered by Personio · Datenschutz · Impressum", lang="de"),
))

# ---------------------------------------------------------------- English (5)

_MM = f"""Hi Élodie,

Thanks so much for your kind note after Tuesday – it was lovely to meet you in person.

I wanted to let you know myself: we've offered the Youth Support Worker role to another applicant, who has spent several years in Dutch youth care and can start on the Wyck team straight away. It was genuinely close, and the panel was impressed by how you talked about the parents you've worked with.

I'll keep your details on file and would be glad to hear from you again when we advertise for the family house in Heer later this year.

Warm regards,
Eva

Eva Janssen
Talent Acquisition Partner | MosaMaas Care
Boschstraat 88, 6211 AX Maastricht
+31 43 750 22 14

{wrote("en", "2026-02-24 20:11", CAND_NAME, CAND_ADDR)}
{quote(CAND_THANKS_MOSAMAAS)}"""
add(M(
    kind="rejection", slug="mosamaas_after_thanks", lang="en",
    company="MosaMaas Care", contact="eva.janssen@mosamaas.example.nl",
    frm=("Eva Janssen via Greenhouse", "no-reply@us.greenhouse-mail.io"),
    reply_to=("Eva Janssen", "eva.janssen@mosamaas.example.nl"),
    subject="Re: Thank you – Youth Support Worker interview",
    date="2026-03-06 15:22 +0100", parent="cand_mosamaas_thanks",
    text=_MM,
    html=plain_html(paras(_MM), "en"),
))

_MV = """Hi Élodie,

Thank you for your interest in the Family Support Assistant position at Meuse Valley Hospice.

We've now completed our review and we won't be progressing your application to the next stage of the process. This decision is final for this vacancy.

We appreciate the time you invested and wish you the very best.

The Meuse Valley Hospice People Team"""
add(M(
    kind="rejection", slug="meusevalley_ashby", lang="en",
    company="Meuse Valley Hospice", contact="",
    frm=("Meuse Valley Hospice", "no-reply@ashbyhq.com"),
    subject="Update on your application – Family Support Assistant",
    date="2026-06-19 10:00 +0000", parent="meusevalley_missed",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_MV,
    html=ats_card("Meuse Valley Hospice", "#5e35b1", "Family Support Assistant", paras(_MV),
                  footer="Sent with Ashby", lang="en"),
))

_OE = """Dear Élodie,

Thank you for applying for the Early Years Family Worker role with Oak & Ember Family Services in Luxembourg.

We read every application with care. For this opening we are pursuing applicants whose casework background lines up more directly with statutory child-protection referrals, so we will not be taking your application further.

With thanks, and best wishes for your search,

Recruitment team
Oak & Ember Family Services"""
add(M(
    kind="rejection", slug="oakember_lever", lang="en",
    company="Oak & Ember Family Services", contact="",
    frm=("Oak & Ember Family Services", "no-reply@hire.lever.co"),
    subject="Your application to Oak & Ember Family Services",
    date="2026-05-28 13:47 +0000",
    text=_OE,
    html=plain_html(paras(_OE), "en"),
    cte="base64",
))

add(M(
    kind="rejection", slug="vrijthof_terse", lang="en",
    company="Vrijthof Community Trust", contact="mark.dols@vrijthof-trust.example.nl",
    frm=("Mark Dols", "mark.dols@vrijthof-trust.example.nl"),
    subject="Community support assistant",
    date="2026-09-08 09:18 +0200", parent="vrijthof_missed",
    text="""Hi Élodie,

Thanks for bearing with us. We won't be taking your application further this time.

Best,
Mark
""",
))

add(M(
    kind="rejection", slug="brightwater_unnamed", lang="en",
    company="Brightwater Social Recruitment", contact="sinead.walsh@brightwater-recruitment.example.nl",
    frm=("Sinéad Walsh", "sinead.walsh@brightwater-recruitment.example.nl"),
    subject="Feedback from my client – tenancy support role",
    date="2026-10-14 17:08 +0200", name_enc=("iso-8859-1", "Q"),
    text="""Hi Élodie,

Quick update, as promised. My client (the housing association in Heerlen – I still can't share the name at this stage) has come back to me and they won't be moving forward with you for the tenancy support role.

Their reasoning: most of the home visits are with older Dutch-speaking tenants, and they need someone who is already fluent rather than learning. I did push back a little, but the hiring manager was firm.

On the positive side, they liked your CV a lot, and I have an English-speaking refugee support role in Maastricht opening in November that I think suits you better. Shall we have a call on Monday?

Sinéad

Sinéad Walsh
Senior Consultant, Social Care
Brightwater Social Recruitment
Stationsplein 4, 6221 BT Maastricht
M +31 6 4120 7735
""",
))

# ---------------------------------------------------------------- Spanish (3)

_ST = """Estimada Sra. Marchetti-Owusu:

Le agradecemos su participación en el proceso de selección para el puesto de Auxiliar de Trabajo Social (ref. HST-0426).

Tras valorar todas las candidaturas y las entrevistas realizadas, la comisión de selección ha resuelto no continuar con su candidatura en esta convocatoria.

Sus datos se conservarán en nuestra bolsa de empleo durante doce meses, salvo que nos indique lo contrario.

Atentamente,
Departamento de Recursos Humanos
Hospital San Telmo

Este mensaje ha sido enviado automáticamente; por favor, no responda a esta dirección."""
add(M(
    kind="rejection", slug="santelmo_taleo", lang="es",
    company="Hospital San Telmo", contact="",
    frm=("Hospital San Telmo", "hospitalsantelmo@taleo.net"),
    subject="Proceso de selección HST-0426 – resolución",
    date="2026-05-29 08:40 +0200", parent="santelmo_invite",
    charset="iso-8859-1", cte="quoted-printable",
    subj_enc=("utf-8", "Q"),
    html=plain_html(paras(_ST), "es"),
))

add(M(
    kind="rejection", slug="barriovivo_casual", lang="es",
    company="Asociación Barrio Vivo", contact="rocio@barriovivo.example.es",
    frm=("Rocío Márquez", "rocio@barriovivo.example.es"),
    subject="Lo de la plaza de monitora",
    date="2026-07-21 20:05 +0200", parent="barriovivo_cv",
    text="""¡Hola Élodie!

Te escribo rapidito, que estamos a tope con el campamento urbano.

Al final nos hemos quedado con Ainhoa, una chica del barrio que llevaba dos años de voluntaria con nosotras y ya conoce a todas las familias. Nos habría encantado contar contigo, de verdad, pero esta vez no ha podido ser.

Si en septiembre sigues por Sevilla, pásate por el local y nos tomamos algo.

Un abrazo muy grande,
Rocío
Asociación Barrio Vivo – Triana
""",
))

add(M(
    kind="rejection", slug="naranjos_after_thanks", lang="es",
    company="Centro Educativo Los Naranjos", contact="javier.ortega@losnaranjos.example.es",
    frm=("Javier Ortega", "javier.ortega@losnaranjos.example.es"),
    subject="RE: Gracias por la entrevista",
    date="2026-10-02 13:15 +0200", parent="cand_naranjos_thanks",
    text=f"""Hola, Élodie:

Gracias a ti por tu mensaje y por el tiempo que nos dedicaste.

Te escribo para contarte que, después de hablarlo con el equipo de orientación, hemos optado por otra persona para el puesto de educadora de apoyo en infantil. Buscábamos a alguien con experiencia previa en la red de centros concertados andaluces, y eso ha sido lo que ha inclinado la balanza.

Te deseo mucha suerte con tu traslado a Sevilla.

Un saludo cordial,

Javier Ortega Ruiz
Jefe de Estudios
Centro Educativo Los Naranjos
C/ Virgen de Luján 21, 41011 Sevilla
Tel. 954 27 63 10

{wrote("es", "2026-09-24 18:40", CAND_NAME, CAND_ADDR)}
{quote(CAND_THANKS_NARANJOS)}
""",
))

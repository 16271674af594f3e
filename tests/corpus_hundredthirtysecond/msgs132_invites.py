"""Interview invitations (26), reschedules and cancellations (15), missed-interview notices (10)."""

from __future__ import annotations

from msgs132_common import CANDIDATE, CANDIDATE_NAME, M, ats, gmail, mso, pixel

DELVAL_UID = "040000008200E00074C5B7101A82E00800000000D0A1F3C6B88BDC01000000000000000010000000C2B6F1E0A4D9B54E8E1E7D2C0F3A9B11"
HAGEDORN_UID = "040000008200E00074C5B7101A82E0080000000060E4D8A2FE95DC0100000000000000001000000077A5C0B1D2E3F4A5B6C7D8E9F0A1B2C3"

INVITATIONS = [
    # 1 ------------------------------------------------------------------ agency phone screen for a named client
    M("cabinet_tel_sucrerie", "interview_invitation", "fr", "Sucrerie de Normandie", "capucine.marchal@hallier-associes.example.fr",
      ("Capucine Marchal", "capucine.marchal@hallier-associes.example.fr"),
      "Sucrerie de Normandie - premier échange téléphonique", "2026-02-09 10:21",
      mua="outlook", cte="quoted-printable",
      headers=[("X-Mailer", "Microsoft Outlook 16.0")],
      body="""Bonjour Romain,

Suite à votre candidature pour le poste de Responsable Planification Industrielle, je vous confirme que notre client, la Sucrerie de Normandie (site de Saint-Pierre-lès-Elbeuf, 320 salariés), souhaite avancer avec vous.

Je vous propose un premier entretien téléphonique de 30 minutes avec moi pour préparer la rencontre avec le Directeur Industriel :
- jeudi 12 février à 12h30, ou
- vendredi 13 février à 8h45.

Dites-moi ce qui vous arrange, je vous appellerai sur votre portable.

Bien à vous,

Capucine Marchal
Consultante Senior Supply Chain & Achats
Cabinet Hallier & Associés
12 rue Jacquemars Giélée - 59000 Lille
Tél. : +33 3 20 55 18 40 | Mob. : +33 6 71 22 09 58
"""),

    # 2 ------------------------------------------------------------------ Outlook invitation with text/calendar REQUEST
    M("delval_teams_ics", "interview_invitation", "fr", "Delval", "amandine.roussel@delval.example.fr",
      ("ROUSSEL Amandine", "amandine.roussel@delval.example.fr"),
      "Entretien - Planificateur Supply S&OP (Siège Lille) - Romain Okonkwo-Lefèvre", "2026-01-27 14:05",
      structure="alt", mua="outlook", cte="quoted-printable",
      headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("X-MS-Exchange-Calendar-Series-Instance-ID", "BAAAAIIA4AB0xbcQGoLgCAAAAADQofPGuIvcAQ==")],
      body="""Bonjour Romain,

Comme convenu par téléphone, je vous invite à un premier entretien pour le poste de Planificateur Supply S&OP au siège de Lesquin, avec Grégoire Hennion (Responsable S&OP) et moi-même.

Date : jeudi 5 février 2026, 10h00 - 11h00
Lieu : Microsoft Teams (lien ci-dessous)

Merci d'accepter l'invitation pour confirmer.

Réunion Microsoft Teams
Rejoindre sur votre ordinateur ou votre application mobile : https://teams.microsoft.example.com/l/meetup-join/19%3ameeting_NjQ5ZDRh
ID de la réunion : 372 118 940 551 - Code secret : 7Gq2Rt

Amandine Roussel
Chargée de recrutement Supply Chain
Delval – Direction des Ressources Humaines
""",
      html=mso("""Bonjour Romain,

Comme convenu par téléphone, je vous invite à un premier entretien pour le poste de Planificateur Supply S&OP au siège de Lesquin, avec Grégoire Hennion (Responsable S&OP) et moi-même.

Date : jeudi 5 février 2026, 10h00 - 11h00
Lieu : Microsoft Teams (lien ci-dessous)

Merci d'accepter l'invitation pour confirmer.

________________________________________________________________________________
Réunion Microsoft Teams
Rejoindre sur votre ordinateur ou votre application mobile : https://teams.microsoft.example.com/l/meetup-join/19%3ameeting_NjQ5ZDRh
ID de la réunion : 372 118 940 551 - Code secret : 7Gq2Rt
________________________________________________________________________________

Amandine Roussel
Chargée de recrutement Supply Chain
Delval – Direction des Ressources Humaines"""),
      calendar={"where": "alt", "method": "REQUEST", "uid": DELVAL_UID, "seq": 0,
                "start": "20260205T100000", "end": "20260205T110000", "tzid": "Romance Standard Time",
                "summary": "Entretien - Planificateur Supply S&OP (Siège Lille) - Romain Okonkwo-Lefèvre",
                "location": "Réunion Microsoft Teams", "organizer": ("ROUSSEL Amandine", "amandine.roussel@delval.example.fr"),
                "attendee": (CANDIDATE_NAME, CANDIDATE), "stamp": "20260127T130512Z",
                "description": "Entretien avec Grégoire Hennion (Responsable S&OP) et Amandine Roussel."}),

    # 3 ------------------------------------------------------------------ Ashby scheduling link, Québec, tu
    M("ashby_planwise_creneau", "interview_invitation", "fr", "PlanWise Technologies", "emilie.gagnon@planwise.example.ca",
      ("Émilie Gagnon via Ashby", "no-reply@ashbyhq.com"),
      "PlanWise - on aimerait te rencontrer!", "2026-04-07 11:18",
      reply_to=("Émilie Gagnon", "emilie.gagnon@planwise.example.ca"), tz="America/Toronto",
      structure="html", mua="sendgrid", cte="quoted-printable",
      html="""<div style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif;font-size:15px;line-height:1.5;color:#111;max-width:600px;">
<p>Salut Romain,</p>
<p>Merci pour ta candidature au poste de <strong>Conseiller·ère S&amp;OP</strong>! Ton parcours en entrepôt nous a beaucoup intéressés : nos clients sont des distributeurs et on a besoin de gens qui comprennent le plancher.</p>
<p>On aimerait te rencontrer pour une première entrevue vidéo de 45 minutes avec Maxime Tremblay (directeur des services professionnels) et moi.</p>
<p style="margin:24px 0;"><a href="https://app.ashbyhq.com/scheduling/planwise/interview/7f3c2a91-booking" style="background:#3b3bd4;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:600;">Choisir un créneau</a></p>
<p>Les plages proposées tiennent compte du décalage horaire (on est à 6 h derrière la France). Si rien ne convient, réponds-moi directement et on s'arrange.</p>
<p>À bientôt!<br>Émilie</p>
<p style="color:#666;">Émilie Gagnon<br>Acquisition de talents | PlanWise Technologies<br>1100 boul. Robert-Bourassa, Montréal, QC</p>
<p style="font-size:11px;color:#999;margin-top:32px;">Sent with <a href="https://ashbyhq.com" style="color:#999;">Ashby</a></p>
</div>
<img src="https://u3345.ct.sendgrid.net/wf/open?upn=ashby-planwise-0407" width="1" height="1" alt="" style="display:none">
"""),

    # 4 ------------------------------------------------------------------ on-site interview, directions, windows-1252 8bit
    M("entretien_site_verreries", "interview_invitation", "fr", "Verreries de la Vesle", "f.perrot@verreries-vesle.example.fr",
      ("Florence Perrot", "f.perrot@verreries-vesle.example.fr"),
      "Convocation à un entretien – Responsable Planification & Ordonnancement", "2026-05-05 09:44",
      charset="windows-1252", cte="8bit", hdr="q-cp1252", mua="outlook",
      body="""Monsieur Okonkwo-Lefèvre,

Nous avons le plaisir de vous convier à un entretien pour le poste de Responsable Planification & Ordonnancement de notre usine de Reims.

Vous serez reçu le mardi 12 mai 2026 à 14h00 par M. Stéphane Bourgogne, Directeur de site, et moi-même. L’entretien durera environ 1h30 et sera suivi d’une courte visite des fours et de l’entrepôt de produits finis (prévoir des chaussures fermées ; les équipements de sécurité vous seront prêtés).

Adresse : Verreries de la Vesle, 2 chemin des Temples, 51100 Reims – accueil « Bâtiment A ». Le parking visiteurs se trouve à droite après la barrière ; présentez-vous à l’interphone.

Merci de me confirmer votre venue par retour de mail.

Bien cordialement,

Florence Perrot
Responsable RH
Verreries de la Vesle
03 26 84 19 70
"""),

    # 5 ------------------------------------------------------------------ temp agency, exclamation-heavy, client named, tu
    M("interim_client_veut_te_voir", "interview_invitation", "fr", "Entrepôts Lecomte", "kevin.dubreucq@staffnord.example.fr",
      ("Kevin Dubreucq", "kevin.dubreucq@staffnord.example.fr"),
      "DEMAIN 14H !!!", "2026-01-08 11:52",
      mua="apple", cte="8bit",
      headers=[("X-Mailer", "iPhone Mail (21D61)")],
      body="""Salut Romain !!

SUPER NOUVELLE : les Entrepôts Lecomte veulent te voir DEMAIN à 14h pour le poste de chef d'équipe préparation (CDI à la clé après 3 mois de mission) !!!

Adresse : 8 rue de la Haute-Borne, Villeneuve-d'Ascq, demande M. Lecomte junior à l'accueil. Prends ton CV papier et ton CACES si tu l'as encore.

Tu me confirmes vite stp ??? 😀

Kevin
StaffNord Intérim Villeneuve-d'Ascq
06 58 31 77 20

Envoyé de mon iPhone
"""),

    # 6 ------------------------------------------------------------------ public body, convocation as PDF, role mailbox
    M("public_convocation_aale", "interview_invitation", "fr", "Administration des Achats et de la Logistique de l'État", "recrutement@aale.example.lu",
      ("AALE - Service recrutement", "recrutement@aale.example.lu"),
      "Convocation - entretien de sélection - Gestionnaire logistique (m/f) - réf. AALE/2026/044", "2026-06-10 15:30",
      structure="mixed", inner="plain", tz="Europe/Luxembourg", cte="quoted-printable", mua="outlook",
      attachments=[{"filename": "Convocation_AALE_2026_044.pdf", "title": "Convocation entretien",
                    "lines": ["Administration des Achats et de la Logistique de l'Etat",
                              "Service recrutement - 19-21, boulevard Royal, L-2449 Luxembourg", "",
                              "CONVOCATION", "Monsieur Romain OKONKWO-LEFEVRE",
                              "Entretien de selection : lundi 22 juin 2026 a 09h30",
                              "Lieu : salle 2.14, 19-21 boulevard Royal, Luxembourg",
                              "Pieces a presenter : piece d'identite, originaux des diplomes"]}],
      body="""Monsieur,

Suite à l'examen des candidatures reçues pour le poste de gestionnaire logistique (m/f) à durée indéterminée, nous avons le plaisir de vous informer que votre candidature a été retenue pour la phase d'entretiens.

Vous trouverez en pièce jointe votre convocation à l'entretien de sélection, qui aura lieu le lundi 22 juin 2026 à 9h30 dans nos locaux, boulevard Royal à Luxembourg-Ville. L'entretien sera mené par une commission de trois membres et durera 45 minutes.

Nous vous saurions gré de bien vouloir confirmer votre présence en répondant à ce courriel.

Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.

Le service recrutement
Administration des Achats et de la Logistique de l'État
19-21, boulevard Royal
L-2449 Luxembourg
Tél. : (+352) 247-8 66 10
"""),

    # 7 ------------------------------------------------------------------ Belgian 3PL, Teams, two slots
    M("belge_visio_vandamme", "interview_invitation", "fr", "Vandamme Logistics", "sofie.claeys@vandamme-logistics.example.be",
      ("Sofie Claeys", "sofie.claeys@vandamme-logistics.example.be"),
      "Entretien Teams - Planner S&OP Bruxelles", "2026-03-02 08:55",
      tz="Europe/Brussels", cte="quoted-printable", mua="outlook",
      body="""Bonjour Monsieur Okonkwo-Lefèvre,

Merci pour votre candidature pour la fonction de Planner S&OP sur notre site de Vilvorde.

Seriez-vous disponible pour un premier entretien via Teams ce jeudi 5 mars ? Je vous propose 10h00 ou 14h00, pour une durée d'une heure environ. Mon collègue Pieter Maes, Supply Chain Manager, se joindra à nous ; l'entretien se fera en français, avec peut-être quelques questions en néerlandais ou en anglais.

Je vous enverrai le lien dès réception de votre confirmation.

Met vriendelijke groeten / Bien à vous,

Sofie Claeys
Talent Acquisition Specialist
Vandamme Logistics NV
Industrieweg 118 – 1800 Vilvoorde
+32 2 254 71 30
"""),

    # 8 ------------------------------------------------------------------ Swiss retailer, brand vs legal entity, Outlook HTML only
    M("suisse_second_tour_leman", "interview_invitation", "fr", "Léman Distribution", "valerie.rochat@leman-distribution.example.ch",
      ("Rochat Valérie", "valerie.rochat@leman-distribution.example.ch"),
      "2e entretien - Responsable S&OP Frais", "2026-07-01 13:37",
      structure="html", tz="Europe/Zurich", cte="quoted-printable", mua="outlook",
      html=mso("""Bonjour Monsieur Okonkwo-Lefèvre,

Suite à notre premier échange, j'ai le plaisir de vous inviter à un deuxième entretien pour le poste de Responsable S&OP Produits Frais.

Vous rencontrerez M. Yann Chappuis, Directeur Supply Chain, le mardi 7 juillet à 9h00 à notre centrale de Satigny (Route du Mandement 220). Prévoyez environ deux heures : l'entretien comprend la présentation d'un cas que vous recevrez 48 heures à l'avance.

Les frais de déplacement depuis Lille vous seront remboursés sur présentation des justificatifs.

Meilleures salutations,

Valérie Rochat
Spécialiste Recrutement
Léman Distribution
Coopérative Léman Distribution – Route du Mandement 220 – 1242 Satigny
T +41 22 753 40 12""", font="Segoe UI")),

    # 9 ------------------------------------------------------------------ start-up, case study + interview
    M("startup_cas_pratique", "interview_invitation", "fr", "Stokly", "thomas@stokly.example.fr",
      ("Thomas Vermeersch", "thomas@stokly.example.fr"),
      "Cas pratique + entretien jeudi", "2026-03-03 09:40",
      structure="alt", mua="gmail", cte="quoted-printable",
      body="""Salut Romain,

Comme convenu au téléphone, je te propose un entretien jeudi 12 mars à 10h dans nos locaux (EuraTechnologies, 165 av. de Bretagne). Avant ça, voici le cas pratique : un fichier de ventes sur 18 mois, à transformer en plan de réappro pour 3 entrepôts. Une heure de préparation max, on en discute ensemble.

Le fichier : https://drive.example.com/stokly/cas-pratique-reappro.xlsx

Hâte de te rencontrer !
Thomas

--
Thomas Vermeersch
CEO & co-fondateur – Stokly
stokly.example.fr
""",
      html=gmail("""Salut Romain,

Comme convenu au téléphone, je te propose un entretien jeudi 12 mars à 10h dans nos locaux (EuraTechnologies, 165 av. de Bretagne). Avant ça, voici le cas pratique : un fichier de ventes sur 18 mois, à transformer en plan de réappro pour 3 entrepôts. Une heure de préparation max, on en discute ensemble.

Le fichier : https://drive.example.com/stokly/cas-pratique-reappro.xlsx

Hâte de te rencontrer !
Thomas

--
Thomas Vermeersch
CEO & co-fondateur – Stokly
stokly.example.fr""")),

    # 10 ----------------------------------------------------------------- Teamtailor, self-booking, HTML only, no reply
    M("teamtailor_dufresne_reservez", "interview_invitation", "fr", "Dufresne Primeurs", "",
      ("Dufresne Primeurs", "no-reply@dufresne-primeurs.teamtailor-mail.com"),
      "Réservez votre entretien vidéo avec Dufresne Primeurs", "2026-04-14 17:02",
      structure="html", mua="sendgrid", cte="base64",
      headers=[("Auto-Submitted", "auto-generated")],
      html=ats(brand="Dufresne Primeurs", logo_alt="Dufresne Primeurs - Marché de Rungis",
               logo_src="https://assets.teamtailor-cdn.com/companies/dufresne-primeurs/logo.png", accent="#e07a1f",
               font="'Helvetica Neue',Helvetica,Arial,sans-serif",
               preheader="Choisissez le créneau qui vous convient",
               body="""<h2 style="margin:0 0 16px 0;font-size:20px;color:#e07a1f;">Bonne nouvelle, Romain !</h2>
<p style="margin:0 0 12px 0;">Votre candidature au poste de <b>Responsable approvisionnement fruits &amp; légumes</b> (Rungis, poste de nuit 2h-10h) a retenu notre attention.</p>
<p style="margin:0 0 12px 0;">Nous vous invitons à un entretien vidéo de 30 minutes avec Karine Dufresne, directrice des achats. Choisissez le créneau qui vous convient :</p>
<p style="margin:20px 0;"><a href="https://u7781.ct.sendgrid.net/ls/click?upn=tt-dufresne-booking-41c" style="background:#e07a1f;color:#ffffff;padding:12px 22px;border-radius:4px;text-decoration:none;display:inline-block;">Choisir un créneau</a></p>
<p style="margin:0 0 12px 0;">Le lien de la visioconférence vous sera envoyé dans la confirmation.</p>
<p style="margin:0;">À très vite,<br>L'équipe Dufresne Primeurs</p>""",
               footer="""Dufresne Primeurs SAS – Bâtiment E4, 1 rue de la Tour, 94150 Rungis MIN<br>
Merci de ne pas répondre à cet e-mail. <a href="https://dufresne-primeurs.teamtailor.com/connect/unsubscribe" style="color:#888888;">Gérer mes données</a> · Propulsé par Teamtailor""",
               px=pixel("https://u7781.ct.sendgrid.net/wf/open?upn=", "teamtailor_dufresne"))),

    # 11 ----------------------------------------------------------------- Québec, vous, BambooHR, Reply-To a person
    M("bamboohr_saint_ours", "interview_invitation", "fr", "Fromagerie Saint-Ours", "genevieve.lachance@fromageriesaintours.example.ca",
      ("Fromagerie Saint-Ours", "notifications@app.bamboohr.com"),
      "Invitation à une entrevue - Planificateur(trice) de la production", "2026-01-20 10:15",
      reply_to=("Geneviève Lachance", "genevieve.lachance@fromageriesaintours.example.ca"), tz="America/Toronto",
      structure="alt", mua="ses", cte="quoted-printable",
      body="""Bonjour Romain,

Merci de l'intérêt que vous portez à la Fromagerie Saint-Ours. Nous avons bien aimé votre candidature au poste de planificateur(trice) de la production et nous aimerions vous rencontrer.

Nous vous proposons une entrevue par Teams le jeudi 29 janvier à 9 h (heure de Montréal), soit 15 h à Lille. L'entrevue durera environ une heure avec notre directeur des opérations, M. Benoît Gauthier, et moi-même.

Pourriez-vous me confirmer votre disponibilité en répondant à ce courriel? N'hésitez pas à m'indiquer aussi un numéro de cellulaire où vous joindre au besoin.

Au plaisir,

Geneviève Lachance
Conseillère principale, ressources humaines
Fromagerie Saint-Ours inc.
450, rang du Bord-de-l'Eau, Saint-Ours (Québec)  J0G 1P0
""",
      html="""<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Lato,Arial,sans-serif;font-size:14px;color:#222;"><tr><td style="padding:20px;">
<img src="https://fromageriesaintours.bamboohr.com/logos/logo_saint_ours.png" alt="Fromagerie Saint-Ours" height="48" style="border:0;"><br><br>
<p>Bonjour Romain,</p>
<p>Merci de l'intérêt que vous portez à la Fromagerie Saint-Ours. Nous avons bien aimé votre candidature au poste de planificateur(trice) de la production et nous aimerions vous rencontrer.</p>
<p>Nous vous proposons une entrevue par Teams le <b>jeudi 29 janvier à 9 h (heure de Montréal)</b>, soit 15 h à Lille. L'entrevue durera environ une heure avec notre directeur des opérations, M. Benoît Gauthier, et moi-même.</p>
<p>Pourriez-vous me confirmer votre disponibilité en répondant à ce courriel? N'hésitez pas à m'indiquer aussi un numéro de cellulaire où vous joindre au besoin.</p>
<p>Au plaisir,</p>
<p>Geneviève Lachance<br>Conseillère principale, ressources humaines<br>Fromagerie Saint-Ours inc.<br>450, rang du Bord-de-l'Eau, Saint-Ours (Québec)&nbsp; J0G 1P0</p>
<p style="font-size:11px;color:#888;">Envoyé par BambooHR au nom de Fromagerie Saint-Ours.</p>
</td></tr></table>
"""),

    # 12 ----------------------------------------------------------------- Gmail reply chain, misleading "malheureusement" in the quote
    M("gmail_chain_normandie_salaisons", "interview_invitation", "fr", "Normandie Salaisons", "l.hebert@normandie-salaisons.example.fr",
      ("Louis Hébert", "l.hebert@normandie-salaisons.example.fr"),
      "Re: Poste de planificateur - disponibilités", "2026-03-16 08:12",
      structure="alt", mua="gmail", cte="quoted-printable",
      thread=["gmail:hebert-1", "gmail:romain-salaisons-2"],
      body="""Bonjour Romain,

Pas de souci pour lundi. On peut se voir mardi 24 mars à 10h à l'usine du Trait, j'aurai avec moi notre responsable production. Comptez une heure, une heure et quart.

Louis

Louis Hébert
Directeur Supply Chain
Normandie Salaisons – Le Trait (76)

Le sam. 14 mars 2026 à 11:47, Romain Okonkwo-Lefèvre <romain.ol@example.fr> a écrit :
> Bonjour Monsieur Hébert,
>
> Merci pour votre retour rapide. Malheureusement je ne suis pas disponible lundi 23 (inventaire tournant sur mon site), mais je suis libre toute la journée du mardi 24 ou du mercredi 25.
>
> Bien cordialement,
> Romain
>
> Le ven. 13 mars 2026 à 17:30, Louis Hébert <l.hebert@normandie-salaisons.example.fr> a écrit :
>> Bonjour,
>> Votre CV m'a été transmis par notre RH. Seriez-vous disponible pour un entretien lundi prochain ?
>> Louis Hébert
""",
      html=gmail("""Bonjour Romain,

Pas de souci pour lundi. On peut se voir mardi 24 mars à 10h à l'usine du Trait, j'aurai avec moi notre responsable production. Comptez une heure, une heure et quart.

Louis

Louis Hébert
Directeur Supply Chain
Normandie Salaisons – Le Trait (76)

Le sam. 14 mars 2026 à 11:47, Romain Okonkwo-Lefèvre <romain.ol@example.fr> a écrit :
> Bonjour Monsieur Hébert,
>
> Merci pour votre retour rapide. Malheureusement je ne suis pas disponible lundi 23 (inventaire tournant sur mon site), mais je suis libre toute la journée du mardi 24 ou du mercredi 25.
>
> Bien cordialement,
> Romain
>
> Le ven. 13 mars 2026 à 17:30, Louis Hébert <l.hebert@normandie-salaisons.example.fr> a écrit :
>> Bonjour,
>> Votre CV m'a été transmis par notre RH. Seriez-vous disponible pour un entretien lundi prochain ?
>> Louis Hébert""")),

    # 13 ----------------------------------------------------------------- university, iso-8859-1
    M("universite_entretien", "interview_invitation", "fr", "Université Lille-Métropole", "marie-claude.wattel@univ-lillemetropole.example.fr",
      ("Marie-Claude Wattel", "marie-claude.wattel@univ-lillemetropole.example.fr"),
      "Entretien de recrutement - Responsable logistique et magasin central (contractuel)", "2026-05-19 11:03",
      charset="iso-8859-1", cte="quoted-printable", hdr="q-latin1", mua="default",
      headers=[("User-Agent", "Zimbra 9.0.0_GA (ZimbraWebClient - FF128 (Linux)/9.0.0_GA)")],
      body="""Monsieur,

Votre candidature au poste de responsable logistique et magasin central (catégorie A, contractuel, 3 ans renouvelable) a retenu l'attention de la commission de recrutement.

Je vous propose un entretien le jeudi 28 mai 2026 à 10h00, au bâtiment de la Direction du patrimoine et de la logistique (campus Cité scientifique, avenue Paul Langevin, Villeneuve d'Ascq - bâtiment P7, 2e étage, salle 204).

La commission sera composée du directeur du patrimoine et de la logistique, de la responsable du service achats et de moi-même. Merci de me confirmer votre présence.

Cordialement,

Marie-Claude Wattel
Gestionnaire recrutement - Pôle personnels BIATSS
Direction des ressources humaines
Université Lille-Métropole
03 20 43 58 12
"""),

    # 14 ----------------------------------------------------------------- head-hunter, confidential client, video call
    M("chasseur_visio_confidentiel", "interview_invitation", "fr", "Talentis Supply Chain", "o.fabre@talentis-sc.example.fr",
      ("Olivier Fabre", "o.fabre@talentis-sc.example.fr"),
      "Mandat confidentiel - Responsable Planification & S&OP", "2026-09-02 08:30",
      charset="windows-1252", cte="quoted-printable", hdr="q-cp1252", mua="outlook",
      body="""Bonjour Romain,

Je mène actuellement, pour le compte d’un groupe agroalimentaire familial des Hauts-de-France (1 200 personnes, 4 usines), le recrutement de son futur Responsable Planification & S&OP. Le client souhaite rester confidentiel à ce stade.

Votre candidature m’a été transmise par une collègue et je souhaiterais en parler avec vous lors d’un entretien en visio de 45 minutes. Seriez-vous disponible mercredi 9 septembre à 18h ou vendredi 11 septembre à 12h30 ? Je vous enverrai le lien Teams dès votre confirmation.

Bien cordialement,

Olivier Fabre
Associé | Talentis Supply Chain | 46 rue de Lisbonne, 75008 Paris | +33 1 84 60 22 71
"""),

    # 15 ----------------------------------------------------------------- Greenhouse scheduling, Reply-To a recruiter
    M("greenhouse_northbridge_schedule", "interview_invitation", "en", "Northbridge Foods Europe", "sarah.keane@northbridgefoods.example.com",
      ("Sarah Keane via Greenhouse", "no-reply@us.greenhouse-mail.io"),
      "Interview availability - S&OP Analyst, Luxembourg", "2026-02-24 12:40",
      reply_to=("Sarah Keane", "sarah.keane@northbridgefoods.example.com"),
      structure="html", mua="sendgrid", cte="quoted-printable", tz="Europe/Luxembourg",
      html="""<html><head><meta charset="utf-8"></head><body style="margin:0;padding:0;">
<table width="100%" cellpadding="0" cellspacing="0" border="0" role="presentation"><tr><td style="padding:28px;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222;">
<p>Hi Romain,</p>
<p>Thanks for applying for the S&amp;OP Analyst role at our Bettembourg hub. I'd love to set up a 45-minute video interview with you and our Supply Planning Manager, Luc Feltgen.</p>
<p>Please let us know when you're available by selecting times on the link below – it only takes a minute:</p>
<p><a href="https://u4412.ct.sendgrid.net/ls/click?upn=gh-availability-northbridge-2f8a" style="color:#24a47f;font-weight:bold;">Submit your availability</a></p>
<p>Once you've submitted, you'll receive a calendar invitation with the video link.</p>
<p>Best,<br>Sarah Keane<br>Talent Acquisition Partner, Northbridge Foods Europe</p>
<hr style="border:none;border-top:1px solid #eee;margin:24px 0;">
<p style="font-size:11px;color:#999;">Northbridge Foods Europe S.à r.l. · 2 rue de l'Industrie · L-3282 Bettembourg<br>Powered by Greenhouse</p>
</td></tr></table>
<img src="https://u4412.ct.sendgrid.net/wf/open?upn=gh-northbridge-0224" alt="" width="1" height="1" border="0">
</body></html>
"""),

    # 16 ----------------------------------------------------------------- final round, Outlook "From: / Sent:" chain
    M("halden_final_round", "interview_invitation", "en", "Halden & Crowe Logistics", "priya.nair@haldencrowe.example.com",
      ("Priya Nair", "priya.nair@haldencrowe.example.com"),
      "RE: Next steps - Regional Planning Manager", "2026-04-22 16:18",
      mua="outlook", cte="quoted-printable", tz="Europe/Brussels",
      thread=["outlook:halden-1", "outlook:romain-halden-2"],
      headers=[("X-Mailer", "Microsoft Outlook 16.0")],
      body="""Hi Romain,

Great news – following your conversation with Tom last week, we'd like to invite you to the final round for the Regional Planning Manager role.

It will be on site at our Brussels office (Boulevard du Roi Albert II 30, 14th floor) on Thursday 30 April, 13:00–16:00:
- 13:00 Tour of the Machelen cross-dock with Tom Ellery
- 14:15 Panel with Rachel Whitmore (VP Operations Benelux) and Jef Peeters (Finance)
- 15:30 Wrap-up with me

Please bring a short (10 min) view on how you would set up a monthly S&OP cycle for three client accounts. Travel from Lille is reimbursed.

Kind regards,
Priya

Priya Nair | Talent Partner, Benelux | Halden & Crowe Logistics
Halden & Crowe Logistics Ltd. Registered in England and Wales No 02957341. Registered office: 1 Dockside Way, Felixstowe IP11 3SY.

From: Romain Okonkwo-Lefèvre <romain.ol@example.fr>
Sent: 17 April 2026 09:31
To: Priya Nair <priya.nair@haldencrowe.example.com>
Subject: RE: Next steps - Regional Planning Manager

Hi Priya,

Thanks for the update. I understand Tom is still seeing other candidates – I'm glad to wait for your decision and I remain very interested.

Best regards,
Romain
"""),

    # 17 ----------------------------------------------------------------- founder, casual, Gmail multipart
    M("demandly_founder_chat", "interview_invitation", "en", "Demandly", "ines@demandly.example.be",
      ("Inès Van Acker", "ines@demandly.example.be"),
      "Quick chat?", "2026-06-03 21:47",
      structure="alt", mua="gmail", cte="quoted-printable", tz="Europe/Brussels",
      body="""Hi Romain,

Saw your application come through for the Customer S&OP Lead role - love that you've actually run a warehouse floor, most of our applicants haven't.

Fancy a 30-min video chat this Thursday or Friday? I'm free Thu 11:00-12:30 and Fri after 15:00 (Brussels time). Just grab a slot here: https://cal.example.com/ines-demandly/30min

Inès
Co-founder & CEO, Demandly
""",
      html=gmail("""Hi Romain,

Saw your application come through for the Customer S&OP Lead role - love that you've actually run a warehouse floor, most of our applicants haven't.

Fancy a 30-min video chat this Thursday or Friday? I'm free Thu 11:00-12:30 and Fri after 15:00 (Brussels time). Just grab a slot here: https://cal.example.com/ines-demandly/30min

Inès
Co-founder & CEO, Demandly""")),

    # 18 ----------------------------------------------------------------- agency, client named, in person
    M("agency_brightwell_meeting", "interview_invitation", "en", "Brightwell Retail Group", "hannah.oduya@piercedumont.example.com",
      ("Hannah Oduya", "hannah.oduya@piercedumont.example.com"),
      "Brightwell would like to meet you!", "2026-07-07 10:05",
      mua="outlook", cte="7bit",
      body="""Hi Romain,

Good news - Brightwell Retail Group would like to meet you for the Demand Planning Manager position.

Interview details:
Date: Tuesday 14 July... scratch that, it's a bank holiday in France! Wednesday 15 July, 10:00
Location: Brightwell Retail Group, 88 rue de Richelieu, 75002 Paris (5th floor, ask for Olivia Grant)
Format: 1 hour with Olivia Grant (Head of Merchandise Planning) + 30 min Excel exercise

Let me know you're good for that and I'll confirm with them. I'll call you on Monday to prep.

Hannah

Hannah Oduya | Senior Consultant, Supply Chain | Pierce & Dumont Recruitment
+33 1 76 40 18 22 | linkedin.com/in/hannahoduya-example
"""),

    # 19 ----------------------------------------------------------------- NGO panel interview
    M("ngo_panel", "interview_invitation", "en", "Relief Logistics Network", "m.achterberg@rln.example.ch",
      ("Mirjam Achterberg", "m.achterberg@rln.example.ch"),
      "Panel interview - Supply Chain Officer (Geneva)", "2026-08-25 09:12",
      structure="alt", mua="gmail", cte="quoted-printable", tz="Europe/Zurich",
      body="""Dear Romain,

We are pleased to invite you to a panel interview for the post of Supply Chain Officer on Thursday 3 September at 14:00 (Geneva time) on Zoom. The interview will be followed by a 45-minute written test.

The panel will consist of our Head of Logistics, a representative from the Programmes department and myself. Please confirm your availability by reply and let us know if you need any adjustment for the test.

Kind regards,
Mirjam

Mirjam Achterberg
HR Officer, Relief Logistics Network
Chemin de Balexert 7, 1219 Châtelaine, Geneva
""",
      html=gmail("""Dear Romain,

We are pleased to invite you to a panel interview for the post of Supply Chain Officer on Thursday 3 September at 14:00 (Geneva time) on Zoom. The interview will be followed by a 45-minute written test.

The panel will consist of our Head of Logistics, a representative from the Programmes department and myself. Please confirm your availability by reply and let us know if you need any adjustment for the test.

Kind regards,
Mirjam

Mirjam Achterberg
HR Officer, Relief Logistics Network
Chemin de Balexert 7, 1219 Châtelaine, Geneva""")),

    # 20 ----------------------------------------------------------------- iCIMS, recorded video interview
    M("icims_video_interview", "interview_invitation", "en", "Meridian 3PL", "",
      ("Meridian 3PL Talent Acquisition", "meridian3pl@talent.icims.com"),
      "Next step: video interview for Inventory Planning Lead", "2026-05-14 14:27",
      structure="html", mua="default", cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")],
      html=ats(brand="Meridian 3PL", logo_alt="Meridian 3PL - Contract Logistics", lang="en",
               logo_src="https://careers-meridian3pl.icims.com/images/meridian_logo.png", accent="#00857c",
               body="""<p style="margin:0 0 14px 0;">Hello Romain,</p>
<p style="margin:0 0 14px 0;">We are happy to let you know that you have been selected for the next step for the <b>Inventory Planning Lead</b> position (Req 4471).</p>
<p style="margin:0 0 14px 0;">This step is a recorded video interview: you will answer five questions on your own time, with up to two minutes per answer. Please complete it by <b>Thursday 21 May 2026, 23:59 CET</b>.</p>
<p style="margin:20px 0;"><a href="https://careers-meridian3pl.icims.com/icims2/servlet/icims2?module=AppInert&amp;action=video&amp;token=b71f0c" style="background:#00857c;color:#fff;padding:11px 20px;text-decoration:none;border-radius:3px;">Start my video interview</a></p>
<p style="margin:0 0 14px 0;">Tip: test your camera and microphone beforehand and choose a quiet place.</p>
<p style="margin:0;">Best regards,<br>Meridian 3PL Talent Acquisition</p>""",
               footer="""Meridian 3PL Europe SAS · ZAC Paris Nord 2, 13 rue de la Perdrix, 93290 Tremblay-en-France<br>
This mailbox is not monitored. <a href="https://careers-meridian3pl.icims.com/jobs/candidate/unsubscribe" style="color:#888;">Manage email preferences</a>""",
               px=pixel("https://careers-meridian3pl.icims.com/icims2/servlet/icims2?module=AppInert&action=open&id=", "icims_video"))),

    # 21 ----------------------------------------------------------------- terse phone-screen request from a recruiter's phone
    M("phone_screen_saint_laurent", "interview_invitation", "en", "Saint-Laurent Cold Chain", "kmorin@stlaurentcold.example.ca",
      ("Kevin Morin", "kmorin@stlaurentcold.example.ca"),
      "Phone screen", "2026-09-09 08:14",
      tz="America/Toronto", mua="apple", cte="7bit",
      headers=[("X-Mailer", "iPhone Mail (22A3354)")],
      body="""Hi Romain, saw your application for the planning supervisor job. Are you available for a quick phone screen tomorrow (Thu) 2pm ET / 8pm your time? I'll call the +33 number on your resume. Kevin

Kevin Morin | Talent Acquisition | Saint-Laurent Cold Chain Inc.

Sent from my iPhone
"""),

    # 22 ----------------------------------------------------------------- German, ICS attachment (REQUEST, sequence 0)
    M("hagedorn_einladung_ics", "interview_invitation", "de", "Hagedorn Getränke", "j.brandt@hagedorn-getraenke.example.com",
      ("Brandt, Julia", "j.brandt@hagedorn-getraenke.example.com"),
      "Einladung zum Vorstellungsgespräch – Supply Chain Planner (m/w/d) Luxemburg", "2026-03-18 10:26",
      structure="mixed", inner="plain", tz="Europe/Berlin", cte="quoted-printable", mua="outlook",
      headers=[("X-Mailer", "Microsoft Outlook 16.0")],
      body="""Sehr geehrter Herr Okonkwo-Lefèvre,

vielen Dank für Ihre Bewerbung als Supply Chain Planner (m/w/d) für unser Vertriebszentrum in Luxemburg-Bettembourg.

Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch per Microsoft Teams ein:

Donnerstag, 26. März 2026, 10:00 – 11:00 Uhr
Gesprächspartner: Herr Matthias Oberle (Leiter Supply Chain) und ich

Die Einladung finden Sie im Anhang. Das Gespräch kann auf Wunsch teilweise auf Französisch geführt werden. Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen

Julia Brandt
Personalreferentin
Hagedorn Getränke AG
Am Brunnenhof 4 · 66740 Saarlouis
Tel. +49 6831 907 214

Hagedorn Getränke AG · Sitz: Saarlouis · Amtsgericht Saarbrücken HRB 10977
Vorstand: Peter Hagedorn (Vors.), Anja Koller · Aufsichtsratsvorsitzender: Dr. Rainer Vogt
""",
      calendar={"where": "Einladung.ics", "method": "REQUEST", "uid": HAGEDORN_UID, "seq": 0,
                "start": "20260326T100000", "end": "20260326T110000", "tzid": "W. Europe Standard Time",
                "summary": "Vorstellungsgespräch Supply Chain Planner – R. Okonkwo-Lefèvre",
                "location": "Microsoft Teams-Besprechung", "organizer": ("Brandt, Julia", "j.brandt@hagedorn-getraenke.example.com"),
                "attendee": (CANDIDATE_NAME, CANDIDATE), "stamp": "20260318T092600Z",
                "description": "Gesprächspartner: Matthias Oberle (Leiter Supply Chain), Julia Brandt (HR)."}),

    # 23 ----------------------------------------------------------------- softgarden, Sie, HTML only
    M("softgarden_kessler_einladung", "interview_invitation", "de", "Kessler Lebensmittel", "",
      ("Kessler Lebensmittel Karriere", "noreply@softgarden.io"),
      "Einladung zum Kennenlerngespräch", "2026-06-04 15:40",
      structure="html", mua="default", cte="quoted-printable", tz="Europe/Berlin",
      headers=[("Auto-Submitted", "auto-generated")],
      html=ats(brand="Kessler Lebensmittel", logo_alt="Kessler – Feinkost seit 1928", lang="de",
               logo_src="https://kessler-lebensmittel.softgarden.io/assets/logo_kessler.png", accent="#8a1538",
               body="""<p style="margin:0 0 14px 0;">Sehr geehrter Herr Okonkwo-Lefèvre,</p>
<p style="margin:0 0 14px 0;">herzlichen Dank für Ihr Interesse an der Position <b>Produktionsplaner (m/w/d)</b> in unserem Werk in Grevenmacher.</p>
<p style="margin:0 0 14px 0;">Ihre Unterlagen haben uns überzeugt und wir möchten Sie gerne zu einem ersten Kennenlerngespräch vor Ort einladen. Bitte wählen Sie über den folgenden Link einen passenden Termin aus:</p>
<p style="margin:18px 0;"><a href="https://kessler-lebensmittel.softgarden.io/de/interview/select?token=5c2f91ab" style="background:#8a1538;color:#ffffff;padding:10px 18px;text-decoration:none;">Termin auswählen</a></p>
<p style="margin:0 0 14px 0;">Wir freuen uns darauf, Sie kennenzulernen.</p>
<p style="margin:0;">Mit freundlichen Grüßen<br>Ihr Kessler Recruiting-Team</p>""",
               footer="""Kessler Lebensmittel GmbH &amp; Co. KG · Industriestraße 12 · 54294 Trier<br>
Komplementärin: Kessler Verwaltungs GmbH · Geschäftsführer: Markus Kessler, Dr. Ute Lenz · Amtsgericht Wittlich HRA 3021<br>
Diese Nachricht wurde automatisch versendet. Antworten an diese Adresse werden nicht gelesen.""",
               px=pixel("https://kessler-lebensmittel.softgarden.io/t/o/", "kessler_einladung"))),

    # 24 ----------------------------------------------------------------- German start-up, du
    M("quaiflow_du_call", "interview_invitation", "de", "Quaiflow", "lena.hartmann@quaiflow.example.com",
      ("Lena Hartmann", "lena.hartmann@quaiflow.example.com"),
      "Kurzer Call diese Woche?", "2026-01-19 13:09",
      tz="Europe/Berlin", mua="gmail", cte="quoted-printable",
      body="""Hi Romain,

danke für deine Bewerbung als Solutions Consultant S&OP (remote, Fokus Frankreich/Benelux)! Deine Erfahrung aus dem Lager finden wir spannend.

Hast du diese Woche noch Zeit für einen ersten Call (ca. 30 Min., gern auf Englisch, wenn dir das lieber ist)? Mittwoch 21.1. um 16 Uhr würde bei uns gut passen, ich schick dir dann einen Google-Meet-Link.

Liebe Grüße
Lena

Lena Hartmann | People & Talent | Quaiflow GmbH
"""),

    # 25 ----------------------------------------------------------------- Spanish, tú, video interview
    M("ibercarga_entrevista", "interview_invitation", "es", "Grupo Logístico Ibercarga", "marta.ruiz@ibercarga.example.com",
      ("Marta Ruiz Olmedo", "marta.ruiz@ibercarga.example.com"),
      "Entrevista Jefe de Planificación - París", "2026-04-16 12:31",
      mua="gmail", cte="quoted-printable",
      body="""Hola Romain:

Te escribo de parte del equipo de selección de Grupo Logístico Ibercarga. Hemos revisado tu candidatura para el puesto de Jefe de Planificación en nuestra plataforma de Gennevilliers y nos gustaría conocerte.

Te proponemos una entrevista por videollamada el martes 21 de abril a las 10:00 (hora de París), con Jorge Salinas, director de operaciones de Francia, y conmigo. La entrevista será en español y en francés, y durará unos 45 minutos.

¿Te viene bien? Si no, dime qué otros huecos tienes esa semana.

Un saludo,

Marta Ruiz Olmedo
Responsable de Selección | Grupo Logístico Ibercarga
Avda. de la Industria 42, 28108 Alcobendas (Madrid)
"""),

    # 26 ----------------------------------------------------------------- Spanish, usted, legal disclaimer
    M("conservas_entrevista_usted", "interview_invitation", "es", "Conservas Marinas del Cantábrico", "aitziber.etxeberria@conservasmarinas.example.com",
      ("Aitziber Etxeberria", "aitziber.etxeberria@conservasmarinas.example.com"),
      "Proceso de selección - Responsable logístico Francia", "2026-09-14 11:22",
      charset="windows-1252", cte="quoted-printable", hdr="q-cp1252", mua="outlook",
      body="""Estimado Sr. Okonkwo-Lefèvre:

Nos ponemos en contacto con usted en relación con su candidatura al puesto de Responsable logístico para Francia, con base en nuestro almacén de Rungis.

Nos complace invitarle a una entrevista por Microsoft Teams el miércoles 23 de septiembre a las 16:00 (hora peninsular), con nuestro director de exportación, D. Iñaki Urrutia. Le rogamos nos confirme su asistencia respondiendo a este correo.

Atentamente,

Aitziber Etxeberria
Departamento de Personas
Conservas Marinas del Cantábrico, S.L.
Polígono Landaberde, 12 – 48960 Galdakao (Bizkaia)

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. De acuerdo con el RGPD, sus datos serán tratados por Conservas Marinas del Cantábrico, S.L. con la finalidad de gestionar el proceso de selección.
"""),
]

RESCHEDULES = [
    # 1 ------------------------------------------------------------------ Outlook update of the Delval invitation (same UID, SEQUENCE 1)
    M("delval_ics_update", "interview_reschedule_or_cancel", "fr", "Delval", "amandine.roussel@delval.example.fr",
      ("ROUSSEL Amandine", "amandine.roussel@delval.example.fr"),
      "Mis à jour : Entretien - Planificateur Supply S&OP (Siège Lille) - Romain Okonkwo-Lefèvre", "2026-02-02 17:49",
      structure="alt", mua="outlook", cte="quoted-printable", thread=["@delval_teams_ics"],
      headers=[("X-Mailer", "Microsoft Outlook 16.0")],
      body="""Bonjour Romain,

Grégoire Hennion étant retenu jeudi matin par un comité de direction, je me permets de décaler notre entretien au vendredi 6 février de 14h00 à 15h00. Le lien Teams reste le même.

Si ce nouvel horaire ne vous convient pas, dites-le-moi et nous trouverons une autre date.

Amandine Roussel
Chargée de recrutement Supply Chain
Delval – Direction des Ressources Humaines
""",
      html=mso("""Bonjour Romain,

Grégoire Hennion étant retenu jeudi matin par un comité de direction, je me permets de décaler notre entretien au vendredi 6 février de 14h00 à 15h00. Le lien Teams reste le même.

Si ce nouvel horaire ne vous convient pas, dites-le-moi et nous trouverons une autre date.

Amandine Roussel
Chargée de recrutement Supply Chain
Delval – Direction des Ressources Humaines"""),
      calendar={"where": "alt", "method": "REQUEST", "uid": DELVAL_UID, "seq": 1,
                "start": "20260206T140000", "end": "20260206T150000", "tzid": "Romance Standard Time",
                "summary": "Entretien - Planificateur Supply S&OP (Siège Lille) - Romain Okonkwo-Lefèvre",
                "location": "Réunion Microsoft Teams", "organizer": ("ROUSSEL Amandine", "amandine.roussel@delval.example.fr"),
                "attendee": (CANDIDATE_NAME, CANDIDATE), "stamp": "20260202T164912Z",
                "description": "Nouvel horaire : vendredi 6 février, 14h00-15h00."}),

    # 2 ------------------------------------------------------------------ interviewer ill
    M("interviewer_malade_vandamme", "interview_reschedule_or_cancel", "fr", "Vandamme Logistics", "sofie.claeys@vandamme-logistics.example.be",
      ("Sofie Claeys", "sofie.claeys@vandamme-logistics.example.be"),
      "RE: Entretien Teams - Planner S&OP Bruxelles", "2026-03-04 16:02",
      tz="Europe/Brussels", cte="quoted-printable", mua="outlook",
      thread=["@belge_visio_vandamme", "outlook:romain-vandamme-ok"],
      body="""Bonjour Monsieur Okonkwo-Lefèvre,

Je suis désolée de devoir vous prévenir si tard : Pieter Maes est malade depuis hier et ne pourra pas assurer l'entretien de demain 10h.

Pourrions-nous le déplacer au lundi 9 mars, même heure ? Le lien Teams que je vous ai envoyé restera valable.

Merci de votre compréhension et à lundi, je l'espère.

Sofie Claeys
Talent Acquisition Specialist
Vandamme Logistics NV
Industrieweg 118 – 1800 Vilvoorde
+32 2 254 71 30

De : Romain Okonkwo-Lefèvre <romain.ol@example.fr>
Envoyé : lundi 2 mars 2026 12:14
À : Sofie Claeys <sofie.claeys@vandamme-logistics.example.be>
Objet : RE: Entretien Teams - Planner S&OP Bruxelles

Bonjour Madame Claeys,

Jeudi 10h me convient parfaitement. Merci pour cette invitation, je me réjouis de cet échange.

Romain Okonkwo-Lefèvre
"""),

    # 3 ------------------------------------------------------------------ switched to video because of a train strike
    M("passage_visio_verreries", "interview_reschedule_or_cancel", "fr", "Verreries de la Vesle", "f.perrot@verreries-vesle.example.fr",
      ("Florence Perrot", "f.perrot@verreries-vesle.example.fr"),
      "Entretien du 12 mai – passage en visio", "2026-05-11 08:36",
      charset="windows-1252", cte="8bit", hdr="q-cp1252", mua="outlook",
      body="""Bonjour Monsieur Okonkwo-Lefèvre,

Compte tenu du mouvement de grève annoncé demain sur les lignes TER Hauts-de-France et Grand Est, nous vous proposons de maintenir l’entretien à 14h00 mais de le passer en visioconférence, plutôt que de vous faire risquer le trajet Lille–Reims.

Voici le lien : https://meet.example.com/verreries-vesle/rh-entretien-0512

La visite de l’usine se fera lors d’un second rendez-vous si le processus se poursuit.

Bien cordialement,

Florence Perrot
Responsable RH – Verreries de la Vesle
"""),

    # 4 ------------------------------------------------------------------ temp agency, client moves the slot
    M("interim_decale_lecomte", "interview_reschedule_or_cancel", "fr", "Entrepôts Lecomte", "kevin.dubreucq@staffnord.example.fr",
      ("Kevin Dubreucq", "kevin.dubreucq@staffnord.example.fr"),
      "changement !! lundi 9h", "2026-01-08 18:27",
      mua="apple", cte="8bit", thread=["@interim_client_veut_te_voir"],
      headers=[("X-Mailer", "iPhone Mail (21D61)")],
      body="""Re Romain

Petit changement, M. Lecomte a un audit client demain aprem donc il décale à LUNDI 9H, même adresse. Ça te va ? Dis moi vite que je confirme !!

Kevin

Envoyé de mon iPhone
"""),

    # 5 ------------------------------------------------------------------ Québec, snow storm, postponed
    M("quebec_tempete_report", "interview_reschedule_or_cancel", "fr", "Fromagerie Saint-Ours", "genevieve.lachance@fromageriesaintours.example.ca",
      ("Geneviève Lachance", "genevieve.lachance@fromageriesaintours.example.ca"),
      "Re: Invitation à une entrevue - Planificateur(trice) de la production", "2026-01-27 19:40",
      tz="America/Toronto", cte="quoted-printable", mua="outlook",
      thread=["@bamboohr_saint_ours", "gmail:romain-saint-ours-ok"],
      body="""Bonsoir Romain,

Avec la tempête qui s'en vient (on annonce 35 cm d'ici jeudi midi), l'usine va tourner au ralenti et M. Gauthier sera sur le plancher toute la journée. On doit donc remettre notre entrevue de jeudi.

Est-ce que le mardi 3 février, même heure (9 h ici, 15 h chez vous), ferait votre affaire? Le lien Teams restera le même.

Désolée pour le contretemps, c'est l'hiver québécois!

Geneviève Lachance
Conseillère principale, ressources humaines
Fromagerie Saint-Ours inc.
"""),

    # 6 ------------------------------------------------------------------ public body, jury cannot sit, role mailbox
    M("public_report_jury_aale", "interview_reschedule_or_cancel", "fr", "Administration des Achats et de la Logistique de l'État", "recrutement@aale.example.lu",
      ("AALE - Service recrutement", "recrutement@aale.example.lu"),
      "Report de votre entretien - réf. AALE/2026/044", "2026-06-15 11:10",
      tz="Europe/Luxembourg", cte="quoted-printable", mua="outlook",
      body="""Monsieur,

La commission de sélection ne pouvant être réunie au complet le 22 juin, nous sommes au regret de devoir reporter votre entretien pour le poste de gestionnaire logistique (réf. AALE/2026/044).

Celui-ci aura lieu le lundi 29 juin 2026 à 14h00, au même endroit (salle 2.14, 19-21, boulevard Royal). La convocation du 10 juin reste valable pour le reste.

Nous vous prions de bien vouloir nous confirmer votre disponibilité par retour de courriel et vous présentons nos excuses pour ce changement.

Le service recrutement
Administration des Achats et de la Logistique de l'État
"""),

    # 7 ------------------------------------------------------------------ cancelled, new date to follow, Outlook HTML
    M("annulation_sans_date_leman", "interview_reschedule_or_cancel", "fr", "Léman Distribution", "valerie.rochat@leman-distribution.example.ch",
      ("Rochat Valérie", "valerie.rochat@leman-distribution.example.ch"),
      "Annulation - 2e entretien du 7 juillet", "2026-07-06 07:58",
      structure="html", tz="Europe/Zurich", cte="quoted-printable", mua="outlook",
      html=mso("""Bonjour Monsieur Okonkwo-Lefèvre,

Je dois malheureusement annuler notre rendez-vous de demain matin avec M. Chappuis : un incident sur notre plateforme froid d'Aclens l'oblige à se rendre sur place toute la journée.

Le poste reste bien entendu ouvert et votre candidature toujours d'actualité. Je reviens vers vous d'ici la fin de la semaine avec une nouvelle date ; en attendant, vous pouvez garder le cas que je vous ai transmis.

Je suis navrée pour ce contretemps, d'autant que vous aviez réservé votre train.

Meilleures salutations,

Valérie Rochat
Spécialiste Recrutement
Léman Distribution""", font="Segoe UI")),

    # 8 ------------------------------------------------------------------ university, time changed
    M("universite_changement_horaire", "interview_reschedule_or_cancel", "fr", "Université Lille-Métropole", "marie-claude.wattel@univ-lillemetropole.example.fr",
      ("Marie-Claude Wattel", "marie-claude.wattel@univ-lillemetropole.example.fr"),
      "Re: Entretien de recrutement - modification de l'horaire", "2026-05-22 14:26",
      charset="iso-8859-1", cte="8bit", hdr="q-latin1", mua="default",
      thread=["@universite_entretien", "default:romain-univ-confirm|example.fr"],
      headers=[("User-Agent", "Zimbra 9.0.0_GA (ZimbraWebClient - FF128 (Linux)/9.0.0_GA)")],
      body="""Monsieur,

Merci pour votre confirmation. Je dois toutefois modifier l'horaire : la commission se réunira le jeudi 28 mai à 14h00 et non à 10h00, le directeur du patrimoine étant convoqué le matin au conseil d'administration.

Le lieu est inchangé (bâtiment P7, salle 204). Pouvez-vous me confirmer que ce nouvel horaire vous convient ?

Cordialement,

Marie-Claude Wattel
Gestionnaire recrutement - Pôle personnels BIATSS
Université Lille-Métropole
"""),

    # 9 ------------------------------------------------------------------ final round moved, Outlook English chain
    M("halden_moved", "interview_reschedule_or_cancel", "en", "Halden & Crowe Logistics", "priya.nair@haldencrowe.example.com",
      ("Priya Nair", "priya.nair@haldencrowe.example.com"),
      "RE: Next steps - Regional Planning Manager - NEW DATE", "2026-04-24 11:51",
      mua="outlook", cte="quoted-printable", tz="Europe/Brussels",
      thread=["outlook:halden-1", "outlook:romain-halden-2", "@halden_final_round"],
      headers=[("X-Mailer", "Microsoft Outlook 16.0")],
      body="""Hi Romain,

Apologies – Rachel has been called to a client escalation in Rotterdam next week, so we need to move Thursday's final round.

Could you do Wednesday 6 May instead? Same programme, same address, starting at 13:00. If that doesn't work, Thursday 7 May in the morning is also possible.

Sorry for the shuffle.

Priya

Priya Nair | Talent Partner, Benelux | Halden & Crowe Logistics

From: Priya Nair
Sent: 22 April 2026 16:18
To: Romain Okonkwo-Lefèvre <romain.ol@example.fr>
Subject: RE: Next steps - Regional Planning Manager

Hi Romain,

Great news – following your conversation with Tom last week, we'd like to invite you to the final round for the Regional Planning Manager role. It will be on site at our Brussels office on Thursday 30 April, 13:00–16:00.

Kind regards,
Priya
"""),

    # 10 ----------------------------------------------------------------- Greenhouse automated reschedule, no reply
    M("greenhouse_rescheduled", "interview_reschedule_or_cancel", "en", "Northbridge Foods Europe", "",
      ("Northbridge Foods Europe via Greenhouse", "no-reply@us.greenhouse-mail.io"),
      "Your interview with Northbridge Foods Europe has been rescheduled", "2026-02-27 08:03",
      structure="html", mua="sendgrid", cte="quoted-printable", tz="Europe/Luxembourg",
      headers=[("Auto-Submitted", "auto-generated")],
      html="""<html><head><meta charset="utf-8"></head><body style="margin:0;padding:0;">
<table width="100%" cellpadding="0" cellspacing="0" border="0" role="presentation"><tr><td style="padding:28px;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222;">
<img src="https://s3.amazonaws.com/grnhse-email-assets/northbridge-foods/logo.png" alt="Northbridge Foods" width="160" style="border:0;display:block;margin-bottom:20px;">
<p>Hi Romain,</p>
<p>Your video interview for <strong>S&amp;OP Analyst</strong> has been rescheduled.</p>
<table cellpadding="6" cellspacing="0" style="border:1px solid #e6e6e6;font-size:14px;">
<tr><td style="color:#888;">Previous time</td><td><s>Tuesday, March 3, 2026 · 10:00 – 10:45 CET</s></td></tr>
<tr><td style="color:#888;">New time</td><td><b>Wednesday, March 4, 2026 · 15:30 – 16:15 CET</b></td></tr>
<tr><td style="color:#888;">Interviewers</td><td>Luc Feltgen, Sarah Keane</td></tr>
<tr><td style="color:#888;">Location</td><td><a href="https://u4412.ct.sendgrid.net/ls/click?upn=gh-zoom-northbridge-44e">Zoom link</a></td></tr>
</table>
<p>An updated calendar invitation has been sent separately. We look forward to speaking with you.</p>
<p>Northbridge Foods Europe Talent Acquisition</p>
<hr style="border:none;border-top:1px solid #eee;margin:24px 0;">
<p style="font-size:11px;color:#999;">This email was sent by Greenhouse on behalf of Northbridge Foods Europe. Replies to this address are not monitored.</p>
</td></tr></table>
<img src="https://u4412.ct.sendgrid.net/wf/open?upn=gh-northbridge-0227" alt="" width="1" height="1" border="0">
</body></html>
"""),

    # 11 ----------------------------------------------------------------- founder cancels from her phone, Apple quote
    M("demandly_cancel_sick_kid", "interview_reschedule_or_cancel", "en", "Demandly", "ines@demandly.example.be",
      ("Inès Van Acker", "ines@demandly.example.be"),
      "Re: Thursday", "2026-06-11 07:12",
      mua="apple", cte="quoted-printable", tz="Europe/Brussels",
      thread=["@demandly_founder_chat", "gmail:romain-demandly-slot"],
      headers=[("X-Mailer", "iPhone Mail (21F90)")],
      body="""So sorry Romain, have to cancel today's 11:00 - my son woke up with a fever and I'm home with him. Could we do Monday same time? Will send a new invite.

Inès

Sent from my iPhone

> On 10 Jun 2026, at 18:03, Romain Okonkwo-Lefèvre <romain.ol@example.fr> wrote:
>
> Hi Inès, I booked Thursday 11:00 through your link. Looking forward to it!
> Romain
"""),

    # 12 ----------------------------------------------------------------- agency, switched to phone
    M("agency_switch_to_phone", "interview_reschedule_or_cancel", "en", "Brightwell Retail Group", "hannah.oduya@piercedumont.example.com",
      ("Hannah Oduya", "hannah.oduya@piercedumont.example.com"),
      "Change of format - Brightwell Wednesday", "2026-07-09 17:34",
      mua="outlook", cte="7bit",
      body="""Hi Romain,

Quick one: Olivia Grant is stuck in London until Thursday, so Brightwell have asked to do Wednesday's interview by phone instead of at their office. Same time (10:00), she'll call you on your mobile. The Excel exercise will be sent to you by email at 11:00 and you'll have 30 minutes to send it back.

Sorry you won't get to see the office - if it goes well, the second round will be in person.

Hannah

Hannah Oduya | Senior Consultant, Supply Chain | Pierce & Dumont Recruitment
+33 1 76 40 18 22
"""),

    # 13 ----------------------------------------------------------------- German, METHOD:CANCEL with the invitation's UID
    M("hagedorn_cancel_ics", "interview_reschedule_or_cancel", "de", "Hagedorn Getränke", "j.brandt@hagedorn-getraenke.example.com",
      ("Brandt, Julia", "j.brandt@hagedorn-getraenke.example.com"),
      "Abgesagt: Vorstellungsgespräch Supply Chain Planner – R. Okonkwo-Lefèvre", "2026-03-24 16:45",
      structure="alt", tz="Europe/Berlin", cte="quoted-printable", mua="outlook",
      thread=["@hagedorn_einladung_ics"],
      headers=[("X-Mailer", "Microsoft Outlook 16.0")],
      body="""Sehr geehrter Herr Okonkwo-Lefèvre,

leider müssen wir das für Donnerstag, 26. März, geplante Gespräch absagen, da Herr Oberle kurzfristig erkrankt ist.

Ihre Bewerbung bleibt selbstverständlich im Verfahren. Ich melde mich in den nächsten Tagen mit einem neuen Terminvorschlag bei Ihnen.

Mit freundlichen Grüßen

Julia Brandt
Personalreferentin
Hagedorn Getränke AG
""",
      html=mso("""Sehr geehrter Herr Okonkwo-Lefèvre,

leider müssen wir das für Donnerstag, 26. März, geplante Gespräch absagen, da Herr Oberle kurzfristig erkrankt ist.

Ihre Bewerbung bleibt selbstverständlich im Verfahren. Ich melde mich in den nächsten Tagen mit einem neuen Terminvorschlag bei Ihnen.

Mit freundlichen Grüßen

Julia Brandt
Personalreferentin
Hagedorn Getränke AG"""),
      calendar={"where": "alt", "method": "CANCEL", "uid": HAGEDORN_UID, "seq": 1, "status": "CANCELLED",
                "start": "20260326T100000", "end": "20260326T110000", "tzid": "W. Europe Standard Time",
                "summary": "Abgesagt: Vorstellungsgespräch Supply Chain Planner – R. Okonkwo-Lefèvre",
                "location": "Microsoft Teams-Besprechung", "organizer": ("Brandt, Julia", "j.brandt@hagedorn-getraenke.example.com"),
                "attendee": (CANDIDATE_NAME, CANDIDATE), "stamp": "20260324T154500Z"}),

    # 14 ----------------------------------------------------------------- softgarden, date changed, HTML only
    M("softgarden_kessler_verschoben", "interview_reschedule_or_cancel", "de", "Kessler Lebensmittel", "",
      ("Kessler Lebensmittel Karriere", "noreply@softgarden.io"),
      "Terminänderung: Ihr Kennenlerngespräch bei Kessler Lebensmittel", "2026-06-08 09:15",
      structure="html", mua="default", cte="base64", tz="Europe/Berlin",
      headers=[("Auto-Submitted", "auto-generated")],
      html=ats(brand="Kessler Lebensmittel", logo_alt="Kessler – Feinkost seit 1928", lang="de",
               logo_src="https://kessler-lebensmittel.softgarden.io/assets/logo_kessler.png", accent="#8a1538",
               body="""<p style="margin:0 0 14px 0;">Sehr geehrter Herr Okonkwo-Lefèvre,</p>
<p style="margin:0 0 14px 0;">aus organisatorischen Gründen müssen wir Ihr Kennenlerngespräch für die Position <b>Produktionsplaner (m/w/d)</b> verschieben.</p>
<table cellpadding="6" cellspacing="0" style="border:1px solid #e5e5e5;margin:0 0 14px 0;font-size:14px;">
<tr><td style="color:#888;">Bisher</td><td><s>Mittwoch, 10.06.2026, 11:00 Uhr</s></td></tr>
<tr><td style="color:#888;">Neu</td><td><b>Dienstag, 16.06.2026, 11:00 Uhr</b></td></tr>
<tr><td style="color:#888;">Ort</td><td>Werk Grevenmacher, Route de Trèves 5, L-6793 Grevenmacher – Empfang Verwaltung</td></tr>
</table>
<p style="margin:0 0 14px 0;">Sollte Ihnen der neue Termin nicht passen, können Sie über <a href="https://kessler-lebensmittel.softgarden.io/de/interview/select?token=5c2f91ab" style="color:#8a1538;">diesen Link</a> einen anderen Termin wählen.</p>
<p style="margin:0;">Mit freundlichen Grüßen<br>Ihr Kessler Recruiting-Team</p>""",
               footer="""Kessler Lebensmittel GmbH &amp; Co. KG · Industriestraße 12 · 54294 Trier<br>
Diese Nachricht wurde automatisch versendet. Antworten an diese Adresse werden nicht gelesen.""",
               px=pixel("https://kessler-lebensmittel.softgarden.io/t/o/", "kessler_verschoben"))),

    # 15 ----------------------------------------------------------------- Spanish, postponed, "El ... escribió"
    M("ibercarga_aplazada", "interview_reschedule_or_cancel", "es", "Grupo Logístico Ibercarga", "marta.ruiz@ibercarga.example.com",
      ("Marta Ruiz Olmedo", "marta.ruiz@ibercarga.example.com"),
      "Re: Entrevista Jefe de Planificación - París", "2026-04-20 09:03",
      structure="alt", mua="gmail", cte="quoted-printable",
      thread=["@ibercarga_entrevista", "@enviado_es"],
      body="""Hola Romain:

Perdona el cambio de última hora: Jorge tiene que viajar mañana a Zaragoza por una incidencia en el almacén, así que tenemos que aplazar la entrevista al jueves 23 a la misma hora (10:00). Te mando el nuevo enlace en cuanto lo tenga.

¿Te sigue viniendo bien?

Un saludo,
Marta

El jue, 16 abr 2026 a las 18:02, Romain Okonkwo-Lefèvre (<romain.ol@example.fr>) escribió:
> Hola Marta:
>
> Muchas gracias por la invitación. Confirmo mi disponibilidad para la entrevista por videollamada del martes 21 a las 10:00.
>
> Un saludo,
> Romain
""",
      html=gmail("""Hola Romain:

Perdona el cambio de última hora: Jorge tiene que viajar mañana a Zaragoza por una incidencia en el almacén, así que tenemos que aplazar la entrevista al jueves 23 a la misma hora (10:00). Te mando el nuevo enlace en cuanto lo tenga.

¿Te sigue viniendo bien?

Un saludo,
Marta

El jue, 16 abr 2026 a las 18:02, Romain Okonkwo-Lefèvre (<romain.ol@example.fr>) escribió:
> Hola Marta:
>
> Muchas gracias por la invitación. Confirmo mi disponibilidad para la entrevista por videollamada del martes 21 a las 10:00.
>
> Un saludo,
> Romain""")),
]

MISSED = [
    # 1 ------------------------------------------------------------------ waited at 10:00
    M("attendu_10h_salaisons", "missed_interview_notice", "fr", "Normandie Salaisons", "l.hebert@normandie-salaisons.example.fr",
      ("Louis Hébert", "l.hebert@normandie-salaisons.example.fr"),
      "Entretien de ce matin", "2026-03-24 11:34",
      mua="gmail", cte="8bit", thread=["@gmail_chain_normandie_salaisons"],
      body="""Bonjour Romain,

Nous vous avons attendu ce matin à 10h à l'usine du Trait, avec Sandrine Leroux, notre responsable production, mais vous n'êtes pas venu et nous n'avons pas réussi à vous joindre au 06 14 58 22 91.

J'espère qu'il ne vous est rien arrivé. Si vous êtes toujours intéressé par le poste, rappelez-moi au 02 35 37 60 18 d'ici vendredi.

Louis Hébert
Directeur Supply Chain
Normandie Salaisons
"""),

    # 2 ------------------------------------------------------------------ did not join the video call
    M("visio_pas_connecte_dufresne", "missed_interview_notice", "fr", "Dufresne Primeurs", "m.ferreira@dufresne-primeurs.example.fr",
      ("Mélissa Ferreira", "m.ferreira@dufresne-primeurs.example.fr"),
      "Votre entretien vidéo de 15h", "2026-04-20 15:41",
      cte="quoted-printable", mua="outlook",
      body="""Bonjour Monsieur Okonkwo-Lefèvre,

Vous aviez réservé un entretien vidéo aujourd'hui à 15h00 avec Karine Dufresne pour le poste de responsable approvisionnement fruits & légumes. Nous vous avons attendu une vingtaine de minutes sur le lien de visio, mais vous ne vous êtes pas connecté.

Peut-être s'agit-il d'un souci technique ? Si vous souhaitez reprogrammer, merci de me répondre avant mercredi ; passé ce délai nous poursuivrons avec les autres candidats.

Cordialement,

Mélissa Ferreira
Chargée RH – Dufresne Primeurs
MIN de Rungis – Bâtiment E4
"""),

    # 3 ------------------------------------------------------------------ trial shift not turned up, client named
    M("journee_essai_pas_venu", "missed_interview_notice", "fr", "Entrepôts du Hainaut", "sabrina.k@adequation-interim.example.fr",
      ("Sabrina Kaddouri", "sabrina.k@adequation-interim.example.fr"),
      "journée d'essai ce matin ???", "2026-02-09 09:18",
      mua="gmail", cte="8bit",
      body="""Romain,

Les Entrepôts du Hainaut m'appellent : tu ne t'es pas présenté ce matin à 6h pour la journée d'essai sur le poste de chef d'équipe expédition à Onnaing. Le chef de quai t'a attendu jusqu'à 7h.

Je n'arrive pas à te joindre, rappelle moi dès que tu vois ce message stp, je dois donner une réponse au client avant midi sinon il prend quelqu'un d'autre.

Sabrina
Adéquation Intérim – Agence de Lens
03 21 44 90 12
"""),

    # 4 ------------------------------------------------------------------ Québec agency, tried to call, client named
    M("tente_appeler_boreal", "missed_interview_notice", "fr", "Boissons Laurentides", "jp.cote@recrutementboreal.example.ca",
      ("Jean-Philippe Côté", "jp.cote@recrutementboreal.example.ca"),
      "Notre appel de 9h30", "2026-10-14 10:02",
      tz="America/Toronto", cte="quoted-printable", mua="outlook",
      body="""Salut Romain,

J'ai tenté de te joindre à deux reprises sur ton cellulaire à 9 h 30 (heure de Montréal) pour notre entrevue préparatoire au poste de planificateur de la demande chez Boissons Laurentides, sans succès : je suis tombé directement sur ta boîte vocale.

Je t'ai laissé un message. Est-ce qu'on se reprend? Je suis disponible demain entre 8 h et 11 h. Boissons Laurentides veut une short-list d'ici lundi, alors il faudrait qu'on se parle rapidement.

Jean-Philippe Côté
Conseiller principal en recrutement – Chaîne d'approvisionnement
Groupe Recrutement Boréal
514 555-0148
"""),

    # 5 ------------------------------------------------------------------ public body, absent, deadline
    M("absent_entretien_ports", "missed_interview_notice", "fr", "Ports de la Seine Aval", "c.lemarchand@portsseineaval.example.fr",
      ("LEMARCHAND Céline", "c.lemarchand@portsseineaval.example.fr"),
      "Votre absence à l'entretien du 2 juillet - réf. 2026-089", "2026-07-02 16:20",
      charset="iso-8859-1", cte="quoted-printable", hdr="q-latin1", mua="outlook",
      body="""Monsieur,

Vous étiez convoqué ce jour à 14h00 devant la commission de recrutement pour le poste de coordinateur logistique portuaire (réf. 2026-089). Vous ne vous êtes pas présenté et nous n'avons reçu aucune information de votre part.

Si votre absence est due à un empêchement indépendant de votre volonté, je vous remercie de me le faire savoir par retour de courriel sous 48 heures. A défaut, nous considérerons que vous renoncez à votre candidature.

Cordialement,

Céline Lemarchand
Gestionnaire recrutement
Direction des ressources humaines
Ports de la Seine Aval
"""),

    # 6 ------------------------------------------------------------------ English, did not join the call, mobile
    M("no_show_phone_saint_laurent", "missed_interview_notice", "en", "Saint-Laurent Cold Chain", "kmorin@stlaurentcold.example.ca",
      ("Kevin Morin", "kmorin@stlaurentcold.example.ca"),
      "Re: Phone screen", "2026-09-10 14:21",
      tz="America/Toronto", mua="apple", cte="7bit",
      thread=["@phone_screen_saint_laurent", "gmail:romain-stlaurent-yes"],
      headers=[("X-Mailer", "iPhone Mail (22A3354)")],
      body="""Hi Romain - tried you twice at 2pm on the +33 number, straight to voicemail. Everything ok? Let me know if you still want to do this, I can try again tomorrow.

Kevin

Sent from my iPhone

> On Sep 9, 2026, at 9:02 AM, Romain Okonkwo-Lefevre <romain.ol@example.fr> wrote:
>
> Hi Kevin, yes, tomorrow 2pm ET works for me. Talk then!
> Romain
"""),

    # 7 ------------------------------------------------------------------ English, expected at the office
    M("expected_at_office_aurelian", "missed_interview_notice", "en", "Aurelian Commodities", "laura.dimarco@aurelian.example.ch",
      ("Laura Di Marco", "laura.dimarco@aurelian.example.ch"),
      "Your interview this morning", "2026-07-14 11:05",
      tz="Europe/Zurich", cte="quoted-printable", mua="outlook",
      body="""Dear Romain,

We were expecting you at our Geneva office at 09:30 this morning for your interview for the Logistics Operations Coordinator position, but unfortunately you did not arrive and we had no message from you.

If something unexpected happened, please let me know by the end of the week and we will see whether another slot can be arranged.

Kind regards,

Laura Di Marco
HR Coordinator
Aurelian Commodities SA
Rue du Rhône 100, 1204 Geneva
+41 22 819 47 00

This e-mail is confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it.
"""),

    # 8 ------------------------------------------------------------------ German, did not appear
    M("nicht_erschienen_kessler", "missed_interview_notice", "de", "Kessler Lebensmittel", "ute.schaefer@kessler-lebensmittel.example.com",
      ("Ute Schäfer", "ute.schaefer@kessler-lebensmittel.example.com"),
      "Ihr heutiger Termin in Grevenmacher", "2026-06-16 12:48",
      tz="Europe/Berlin", cte="quoted-printable", mua="outlook",
      body="""Sehr geehrter Herr Okonkwo-Lefèvre,

leider sind Sie heute um 11:00 Uhr nicht zu unserem vereinbarten Kennenlerngespräch im Werk Grevenmacher erschienen. Herr Kremer und ich haben bis 11:30 Uhr auf Sie gewartet.

Falls etwas dazwischengekommen ist, geben Sie uns bitte bis Freitag kurz Bescheid. Andernfalls gehen wir davon aus, dass Sie kein Interesse mehr an der Position haben.

Mit freundlichen Grüßen

Ute Schäfer
Personalreferentin
Kessler Lebensmittel GmbH & Co. KG
Industriestraße 12 · 54294 Trier
"""),

    # 9 ------------------------------------------------------------------ German, du, "Am ... schrieb"
    M("du_nicht_im_call_quaiflow", "missed_interview_notice", "de", "Quaiflow", "lena.hartmann@quaiflow.example.com",
      ("Lena Hartmann", "lena.hartmann@quaiflow.example.com"),
      "Re: Kurzer Call diese Woche?", "2026-01-21 16:34",
      tz="Europe/Berlin", mua="gmail", cte="quoted-printable",
      thread=["@quaiflow_du_call", "gmail:romain-quaiflow-ok"],
      body="""Hi Romain,

ich war gerade um 16 Uhr im Google Meet, du warst aber leider nicht da. Alles okay bei dir? Vielleicht ist meine Einladung im Spam gelandet.

Sag mir einfach, wann es dir diese Woche passt, dann holen wir das nach.

Lena

Am Mo., 19. Jan. 2026 um 20:11 Uhr schrieb Romain Okonkwo-Lefèvre <romain.ol@example.fr>:
> Hallo Lena,
>
> vielen Dank! Mittwoch um 16 Uhr passt mir sehr gut. Bis dann!
>
> Viele Grüße
> Romain
"""),

    # 10 ----------------------------------------------------------------- Spanish, usted
    M("no_se_presento_conservas", "missed_interview_notice", "es", "Conservas Marinas del Cantábrico", "aitziber.etxeberria@conservasmarinas.example.com",
      ("Aitziber Etxeberria", "aitziber.etxeberria@conservasmarinas.example.com"),
      "Entrevista de ayer - Responsable logístico Francia", "2026-09-24 10:02",
      charset="windows-1252", cte="quoted-printable", hdr="q-cp1252", mua="outlook",
      body="""Estimado Sr. Okonkwo-Lefèvre:

Ayer a las 16:00 le esperamos en la reunión de Teams prevista para su entrevista con D. Iñaki Urrutia, pero no llegó a conectarse y tampoco recibimos ningún aviso por su parte.

Entendemos que puede haber surgido un imprevisto. Si sigue interesado en el puesto, le ruego que me lo indique respondiendo a este correo antes del viernes y buscaremos una nueva fecha.

Atentamente,

Aitziber Etxeberria
Departamento de Personas
Conservas Marinas del Cantábrico, S.L.
"""),
]

MESSAGES = [*INVITATIONS, *RESCHEDULES, *MISSED]

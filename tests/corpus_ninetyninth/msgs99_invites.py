"""Interview invitations, reschedules/cancellations and missed-interview notices of the
ninety-ninth corpus, written one by one (see make_ninetyninth.py for the keys)."""

from __future__ import annotations

from msgs99_common import SENT, pixel

SPECS: list[dict] = []

VERCORS_UID = "040000008200E00074C5B7101A82E00800000000B0C9A1F3D6A3DC01000000000000000010000000A4E1"
LUMEN_UID = "3k9v1q7m2b8xlumenfreight@google.example.com"

# ---------------------------------------------------------------- interview_invitation

SPECS.append({
    "key": "i01", "kind": "interview_invitation", "scenario": "echange_telephonique_3pl", "lang": "fr",
    "company": "Logistique Saône-Rhône", "contact": "nadia.benali@lsr-logistique.example.fr",
    "sender": ("Nadia Benali", "nadia.benali@lsr-logistique.example.fr"),
    "subject": "Votre candidature – Responsable des flux entrants (H/F)",
    "date": "2026-01-12 11:34 +0100", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """
Bonjour Madame Marchetti-Nkemelu,

J'ai bien reçu votre candidature pour le poste de Responsable des flux entrants sur notre plateforme de Saint-Quentin-Fallavier, et votre parcours m'intéresse.

Seriez-vous disponible pour un premier échange téléphonique d'une vingtaine de minutes cette semaine ? Je vous propose :
- mercredi 14 janvier à 10h30,
- jeudi 15 janvier à 16h00,
- ou vendredi 16 janvier en début d'après-midi.

Il s'agira de faire connaissance, de vous présenter le contexte (ouverture d'une nouvelle cellule de 22 000 m² pour un client de la grande distribution) et de répondre à vos questions.

Merci de m'indiquer le créneau qui vous convient et le numéro auquel vous joindre.

Bien cordialement,

Nadia Benali
Chargée de recrutement
Logistique Saône-Rhône
Parc de Chesnes – 38070 Saint-Quentin-Fallavier
04 74 94 12 60
""",
})

SPECS.append({
    "key": "i02", "kind": "interview_invitation", "scenario": "teamtailor_reserver_creneau", "lang": "fr",
    "company": "Navlo", "contact": "",
    "sender": ("Navlo", "no-reply@teamtailor-mail.com"),
    "subject": "Élodie, choisis ton créneau pour un entretien avec Navlo",
    "date": "2026-02-05 09:02 +0100", "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": """
<html><body style="margin:0;background:#0e1b2c;">
<table width="100%" cellspacing="0" cellpadding="0"><tr><td align="center" style="padding:30px 10px;">
<table width="560" cellspacing="0" cellpadding="0" style="background:#ffffff;border-radius:10px;font-family:Helvetica,Arial,sans-serif;color:#0e1b2c;">
<tr><td style="padding:26px 30px 8px;"><img src="https://assets.teamtailor-cdn.com/navlo/logo-navy.png" alt="Navlo – le fret simplifié" height="30"></td></tr>
<tr><td style="padding:10px 30px 26px;font-size:15px;line-height:23px;">
<p>Hello Élodie,</p>
<p>Bonne nouvelle : Camille, notre Head of Operations, aimerait te rencontrer pour le poste de <b>Procurement Lead – Transport routier</b> !</p>
<p>L'entretien dure 45 minutes, en visio (Google Meet). Choisis directement le créneau qui te convient dans son agenda :</p>
<p style="text-align:center;margin:26px 0;"><a href="https://navlo.teamtailor.com/meetings/book/8f2c1d?utm_source=email" style="background:#ff5a36;color:#fff;padding:13px 26px;border-radius:24px;text-decoration:none;font-weight:bold;">Réserver mon entretien</a></p>
<p>Les créneaux sont proposés sur les deux prochaines semaines. Si aucun ne te convient, réponds simplement via le lien ci-dessus et on s'organise.</p>
<p>À très vite,<br>L'équipe Talent de Navlo</p>
</td></tr>
<tr><td style="padding:14px 30px;font-size:11px;color:#8a94a3;border-top:1px solid #edf0f4;">Navlo SAS – 9 rue d'Enghien, 75010 Paris · <a href="https://navlo.teamtailor.com/connect/unsubscribe?t=p9q" style="color:#8a94a3;">Se désabonner</a></td></tr>
</table>
""" + pixel("https://t.teamtailor-mail.com/o/nv-20260205.gif") + """
</td></tr></table></body></html>
""",
})

SPECS.append({
    "key": "i03", "kind": "interview_invitation", "scenario": "interim_mandat_client_non_nomme", "lang": "fr",
    "company": "Proxima Intérim", "contact": "agence.lyon7@proxima-interim.example.fr",
    "sender": ("PROXIMA INTERIM Lyon 7", "agence.lyon7@proxima-interim.example.fr"),
    "subject": "RDV AGENCE !!! Mission Approvisionneur H/F - URGENT",
    "date": "2026-02-10 08:13 +0100", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """
Bonjour Élodie !!

Suite à votre candidature sur notre site, nous avons une MISSION qui pourrait vraiment vous correspondre !!!

Poste : Approvisionneur / Approvisionneuse H/F
Client : acteur majeur de la grande distribution alimentaire (entrepôt Est lyonnais)
Contrat : intérim 3 mois renouvelable, possibilité d’embauche
Horaires : journée, 35h

Nous vous proposons un ENTRETIEN EN AGENCE ce jeudi 12/02 à 9h30 (ou vendredi 13/02 à 14h si jeudi impossible).
Merci de venir avec : pièce d’identité, carte vitale, RIB, justificatif de domicile.

Adresse : 54 avenue Jean-Jaurès, 69007 Lyon (métro Jean Macé)

Merci de nous confirmer votre venue par retour de mail ou au 04 37 28 60 11 !!

A très vite,
L’équipe Proxima Intérim Lyon 7
""",
})

SPECS.append({
    "key": "i04", "kind": "interview_invitation", "scenario": "cabinet_client_nomme", "lang": "fr",
    "company": "Dauphiné Emballages", "contact": "v.lacombe@sextant-rh.example.fr",
    "sender": ("Valérie Lacombe", "v.lacombe@sextant-rh.example.fr"),
    "subject": "Dauphiné Emballages – rencontre avec le Directeur industriel",
    "date": "2026-03-04 14:55 +0100", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """
Bonjour Élodie,

Excellente nouvelle : après notre entretien de la semaine dernière, j'ai présenté votre candidature à mon client, la société Dauphiné Emballages, et le Directeur industriel, M. Frédéric Pellissier, souhaite vous rencontrer pour le poste de Responsable Supply Chain.

Il vous propose un entretien sur leur site de Voiron le mardi 10 mars à 9h00 (durée prévue : 1h30, avec une visite de l'usine). Prévoyez des chaussures fermées pour la visite.

Pouvez-vous me confirmer votre disponibilité ? Je vous enverrai ensuite quelques éléments pour préparer l'échange (organigramme, chiffres clés).

Belle journée,

Valérie Lacombe
Consultante senior – Sextant RH
Cabinet de recrutement Supply Chain & Industrie
06 80 44 19 27
""",
    "html": """
<div style="font-family:Arial,sans-serif;font-size:10pt;color:#222">
<p>Bonjour Élodie,</p>
<p>Excellente nouvelle : après notre entretien de la semaine dernière, j'ai présenté votre candidature à mon client, la société <b>Dauphiné Emballages</b>, et le Directeur industriel, M. Frédéric Pellissier, souhaite vous rencontrer pour le poste de Responsable Supply Chain.</p>
<p>Il vous propose un entretien sur leur site de Voiron le <b>mardi 10 mars à 9h00</b> (durée prévue : 1h30, avec une visite de l'usine). Prévoyez des chaussures fermées pour la visite.</p>
<p>Pouvez-vous me confirmer votre disponibilité ? Je vous enverrai ensuite quelques éléments pour préparer l'échange (organigramme, chiffres clés).</p>
<p>Belle journée,</p>
<table cellpadding="0" cellspacing="0"><tr>
<td style="padding-right:12px;border-right:2px solid #2a6f97;"><img src="https://www.sextant-rh.example.fr/signature/logo.png" alt="Sextant RH" width="70"></td>
<td style="padding-left:12px;font-size:9pt;"><b>Valérie Lacombe</b><br>Consultante senior – Sextant RH<br>Cabinet de recrutement Supply Chain &amp; Industrie<br>06 80 44 19 27</td>
</tr></table>
</div>
""",
})

SPECS.append({
    "key": "i05", "kind": "interview_invitation", "scenario": "ong_geneve_entretien", "lang": "fr",
    "company": "Croix-Verte Internationale", "contact": "recrutement@croix-verte.example.ch",
    "sender": ("Unité Recrutement – Croix-Verte Internationale", "recrutement@croix-verte.example.ch"),
    "subject": "Invitation à un entretien – Coordinatrice Logistique Humanitaire (réf. CVI-26-031)",
    "date": "2026-03-18 10:20 +0100", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """
Madame,

Nous avons le plaisir de vous informer que votre candidature pour le poste de Coordinatrice Logistique Humanitaire (réf. CVI-26-031) a été présélectionnée.

Nous vous invitons à un entretien avec un panel de trois personnes (Responsable Approvisionnement, Chef de la Logistique Terrain et Ressources Humaines), qui se tiendra :

  Date : lundi 30 mars 2026
  Heure : 14h15 (heure de Genève)
  Lieu : Siège de Croix-Verte Internationale, Avenue de la Paix 17, 1202 Genève - salle Dunant
  Durée : environ 75 minutes, dont un exercice écrit de 20 minutes

Un entretien à distance peut être organisé si vous ne pouvez pas vous déplacer ; merci de nous le signaler.

Nous vous remercions de confirmer votre participation par retour de courriel au plus tard le 23 mars.

Avec nos meilleures salutations,

Unité Recrutement
Croix-Verte Internationale
Avenue de la Paix 17 - 1202 Genève
""",
})

SPECS.append({
    "key": "i06", "kind": "interview_invitation", "scenario": "outlook_invitation_calendrier", "lang": "fr",
    "company": "Laboratoires Vercors Santé", "contact": "b.roussel@vercors-sante.example.fr",
    "sender": ("ROUSSEL Bénédicte", "b.roussel@vercors-sante.example.fr"),
    "subject": "Entretien Responsable Achats Distribution – Élodie Marchetti-Nkemelu",
    "date": "2026-04-07 15:41 +0200", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "thread": [SENT["vercors"]],
    "headers": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("Thread-Topic", "Entretien Responsable Achats Distribution")],
    "ics": ("REQUEST", f"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=ROUSSEL Bénédicte:mailto:b.roussel@vercors-sante.example.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Élodie Marchetti-Nkemelu:mailto:elodie.mn@example.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=GIRAUD Olivier:mailto:o.giraud@vercors-sante.example.fr
DESCRIPTION;LANGUAGE=fr-FR:Entretien avec Olivier Giraud (Directeur Supply Chain) et Bénédicte Roussel (RH).\\nAccueil bâtiment A\\, 2e étage.
UID:{VERCORS_UID}
SUMMARY;LANGUAGE=fr-FR:Entretien – Responsable Achats Distribution
DTSTART;TZID=Romance Standard Time:20260414T100000
DTEND;TZID=Romance Standard Time:20260414T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260407T134100Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Laboratoires Vercors Santé – 14 rue des Glairons\\, 38400 Saint-Martin-d'Hères
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    "text": """
Bonjour Madame Marchetti-Nkemelu,

Suite à votre candidature au poste de Responsable Achats Distribution, nous avons le plaisir de vous convier à un entretien avec Olivier Giraud, Directeur Supply Chain, et moi-même.

Date : mardi 14 avril 2026, de 10h00 à 11h30
Lieu : 14 rue des Glairons, 38400 Saint-Martin-d'Hères – accueil bâtiment A, 2e étage

Merci d'accepter l'invitation ci-jointe pour confirmer votre présence.

Bien cordialement,

Bénédicte Roussel
Chargée de recrutement
Laboratoires Vercors Santé
Tél. : +33 4 76 00 52 18
""",
    "html": """
<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
<body lang="FR" link="#0563C1" vlink="#954F72">
<div class="WordSection1">
<p class="MsoNormal">Bonjour Madame Marchetti-Nkemelu,<o:p></o:p></p>
<p class="MsoNormal">Suite à votre candidature au poste de Responsable Achats Distribution, nous avons le plaisir de vous convier à un entretien avec Olivier Giraud, Directeur Supply Chain, et moi-même.<o:p></o:p></p>
<p class="MsoNormal"><b>Date :</b> mardi 14 avril 2026, de 10h00 à 11h30<br><b>Lieu :</b> 14 rue des Glairons, 38400 Saint-Martin-d'Hères – accueil bâtiment A, 2e étage<o:p></o:p></p>
<p class="MsoNormal">Merci d'accepter l'invitation ci-jointe pour confirmer votre présence.<o:p></o:p></p>
<p class="MsoNormal">Bien cordialement,<o:p></o:p></p>
<p class="MsoNormal"><b><span style="color:#00594F">Bénédicte Roussel</span></b><br><span style="font-size:9pt">Chargée de recrutement<br>Laboratoires Vercors Santé<br>Tél. : +33 4 76 00 52 18</span><o:p></o:p></p>
</div></body></html>
""",
})

SPECS.append({
    "key": "i07", "kind": "interview_invitation", "scenario": "startup_on_a_adore", "lang": "fr",
    "company": "Cargopulse", "contact": "lucas@cargopulse.example.fr",
    "sender": ("Lucas Ferrand", "lucas@cargopulse.example.fr"),
    "subject": "Re: Candidature Supply Chain Manager",
    "date": "2026-05-05 21:37 +0200", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "thread": [SENT["cargopulse"]],
    "text": """
Hello Élodie,

Merci pour ton message et ton CV, on a adoré ton profil avec Inès (ta mission sur l'optimisation des tournées chez ton ancien employeur, c'est exactement notre sujet du moment).

Est-ce que tu serais dispo pour un premier call de 30 min avec moi cette semaine ou la suivante ? Jeudi 18h ou vendredi 12h30 par exemple, je m'adapte si besoin. Ensuite, si ça matche des deux côtés, on t'invitera aux bureaux (Confluence) pour rencontrer l'équipe.

À très vite,
Lucas
CEO @ Cargopulse – on livre Lyon à vélo cargo 🚲
""",
})

SPECS.append({
    "key": "i08", "kind": "interview_invitation", "scenario": "convocation_jury_pdf", "lang": "fr",
    "company": "Syndicat des Eaux du Haut-Grésivaudan", "contact": "rh@sieg-eaux.example.fr",
    "sender": ("Service RH – SIEG", "rh@sieg-eaux.example.fr"),
    "subject": "Convocation à un entretien de recrutement – Acheteur public / Acheteuse publique",
    "date": "2026-05-12 16:02 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "8bit",
    "attachments": [("Convocation_entretien_MARCHETTI-NKEMELU.pdf", [
        "SYNDICAT DES EAUX DU HAUT-GRESIVAUDAN",
        "Service des Ressources Humaines - 120 avenue de la Gare - 38660 Le Touvet",
        "",
        "Madame Elodie MARCHETTI-NKEMELU",
        "",
        "Objet : convocation a un entretien de recrutement",
        "Poste : Acheteur public / Acheteuse publique (cadre d'emplois des attaches territoriaux)",
        "",
        "Madame,",
        "Vous etes convoquee a un entretien devant le jury de recrutement",
        "le jeudi 28 mai 2026 a 14h30, salle du conseil syndical.",
        "Merci de vous munir d'une piece d'identite.",
        "",
        "Le President du Syndicat",
    ])],
    "text": """
Madame,

Vous trouverez ci-joint votre convocation à l'entretien de recrutement pour le poste d'acheteur public / acheteuse publique.

L'entretien aura lieu le jeudi 28 mai 2026 à 14h30 au siège du Syndicat, 120 avenue de la Gare au Touvet, devant un jury composé du Vice-Président en charge des finances, de la Directrice générale des services et de la Responsable du service commande publique.

Nous vous remercions de bien vouloir confirmer votre présence par retour de mail.

Le service des Ressources Humaines
Syndicat des Eaux du Haut-Grésivaudan
04 76 00 71 30
""",
})

SPECS.append({
    "key": "i09", "kind": "interview_invitation", "scenario": "second_tour_etude_de_cas", "lang": "fr",
    "company": "Opéra Supply Conseil", "contact": "thomas.nguyen@opera-supply.example.fr",
    "sender": ("Thomas Nguyen", "thomas.nguyen@opera-supply.example.fr"),
    "cc": [("Léa Marchand", "lea.marchand@opera-supply.example.fr")],
    "subject": "Étape suivante : étude de cas",
    "date": "2026-06-19 17:15 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """
Bonjour Élodie,

Merci pour l'échange de mardi, Léa et moi avons eu un très bon feeling.

Comme évoqué, la prochaine étape est une étude de cas : tu recevras un dossier (un distributeur de matériel électrique qui veut revoir sa politique de stocks) à 13h, tu auras 2h de préparation puis 1h de restitution devant Léa, moi et un associé.

On te propose le vendredi 26 juin, à nos bureaux de la rue de la République. Est-ce que ça te va ? Si ce jour ne passe pas, on peut regarder le lundi 29.

Apporte ton ordinateur, on te fournira les données en Excel.

À bientôt,
Thomas

--
Thomas Nguyen | Manager | Opéra Supply Conseil
17 rue de la République, 69002 Lyon | +33 6 45 18 02 77
""",
})

SPECS.append({
    "key": "i10", "kind": "interview_invitation", "scenario": "gmail_chaine_creneaux", "lang": "fr",
    "company": "Maison Lardière", "contact": "h.lardiere@maison-lardiere.example.fr",
    "sender": ("Hélène Lardière", "h.lardiere@maison-lardiere.example.fr"),
    "subject": "Re: Candidature – Responsable logistique e-commerce",
    "date": "2026-02-03 10:12 +0100", "structure": "alt", "charset": "utf-8", "cte": "base64",
    "thread": [SENT["lardiere"]],
    "text": """
Bonjour Élodie,

Merci pour votre candidature très complète. Votre expérience en pilotage de prestataires logistiques nous intéresse beaucoup pour accompagner la croissance de notre boutique en ligne.

Je vous propose de nous rencontrer à la boutique-atelier, 8 rue Mercière, pour un entretien d'une heure. Seriez-vous disponible lundi 9 février à 15h ou mercredi 11 à 10h ?

Bien à vous,

Hélène Lardière
Gérante – Maison Lardière, épicerie fine depuis 1952

Le mer. 28 janv. 2026 à 18:04, Élodie Marchetti-Nkemelu <elodie.mn@example.fr> a écrit :
> Madame,
>
> Votre annonce pour un(e) responsable logistique e-commerce a retenu toute mon attention. Je vous adresse ci-joint mon CV ; je serais heureuse de vous présenter ma candidature de vive voix.
>
> Bien cordialement,
> Élodie Marchetti-Nkemelu
""",
    "html": """
<div dir="ltr"><div>Bonjour Élodie,</div><div><br></div>
<div>Merci pour votre candidature très complète. Votre expérience en pilotage de prestataires logistiques nous intéresse beaucoup pour accompagner la croissance de notre boutique en ligne.</div><div><br></div>
<div>Je vous propose de nous rencontrer à la boutique-atelier, 8 rue Mercière, pour un entretien d'une heure. Seriez-vous disponible lundi 9 février à 15h ou mercredi 11 à 10h ?</div><div><br></div>
<div>Bien à vous,</div><div><br></div>
<div dir="ltr" class="gmail_signature"><div><b>Hélène Lardière</b></div><div>Gérante – Maison Lardière, épicerie fine depuis 1952</div></div></div><br>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">Le mer. 28 janv. 2026 à 18:04, Élodie Marchetti-Nkemelu &lt;<a href="mailto:elodie.mn@example.fr">elodie.mn@example.fr</a>&gt; a écrit :<br></div>
<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Madame,<br><br>Votre annonce pour un(e) responsable logistique e-commerce a retenu toute mon attention. Je vous adresse ci-joint mon CV ; je serais heureuse de vous présenter ma candidature de vive voix.<br><br>Bien cordialement,<br>Élodie Marchetti-Nkemelu</blockquote></div>
""",
})

SPECS.append({
    "key": "i11", "kind": "interview_invitation", "scenario": "workday_entretien_video", "lang": "fr",
    "company": "Groupe Arvel", "contact": "",
    "sender": ("Groupe Arvel Recrutement", "arvel@myworkday.com"),
    "subject": "Invitation à un entretien vidéo différé – Analyste Supply Chain Senior",
    "date": "2026-03-09 08:00 +0100", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "html": """
<html><body style="margin:0;padding:0;background:#f2f2f2;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333;">
<tr><td style="padding:18px 30px;background:#c8102e;"><img src="https://arvel.wd3.myworkday.com/wday/asset/logo-arvel-blanc.png" alt="Groupe Arvel" height="32"></td></tr>
<tr><td style="padding:26px 30px;line-height:21px;">
<p>Bonjour Élodie,</p>
<p>Votre candidature au poste d'<b>Analyste Supply Chain Senior</b> (JR-7731, Écully) a retenu notre attention. Nous vous invitons à passer la prochaine étape : un <b>entretien vidéo différé</b>.</p>
<p>Vous répondrez à 5 questions, enregistrées depuis votre ordinateur ou votre smartphone, au moment qui vous convient d'ici le <b>16 mars 2026</b>. Comptez environ 20 minutes.</p>
<p style="text-align:center;margin:24px 0;"><a href="https://arvel.wd3.myworkday.com/track/click?id=JR-7731&amp;u=aHR0cHM6Ly9hcnZlbC5leGFtcGxlLmZyL3ZpZGVv" style="background:#c8102e;color:#fff;padding:12px 22px;text-decoration:none;">Démarrer mon entretien vidéo</a></p>
<p>Conseil : installez-vous dans un endroit calme et testez votre micro avant de commencer.</p>
<p>Bien cordialement,<br>L'équipe Recrutement du Groupe Arvel</p>
</td></tr>
<tr><td style="padding:12px 30px;font-size:11px;color:#999;">Merci de ne pas répondre à ce message. Groupe Arvel SA – 2 chemin du Moulin Carron – 69130 Écully. <a href="https://arvel.wd3.myworkday.com/privacy" style="color:#999;">Politique de confidentialité</a></td></tr>
</table>
<img src="https://arvel.wd3.myworkday.com/o/open.gif?m=7731" width="1" height="1" alt="">
</td></tr></table></body></html>
""",
})

SPECS.append({
    "key": "i12", "kind": "interview_invitation", "scenario": "lausanne_entretien_formel", "lang": "fr",
    "company": "Transports Lausannois Réunis", "contact": "corinne.despland@tlr.example.ch",
    "sender": ("Despland Corinne", "corinne.despland@tlr.example.ch"),
    "subject": "Votre candidature – Cheffe de projet logistique dépôts",
    "date": "2026-04-20 13:48 +0200", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """
Madame Marchetti-Nkemelu,

Nous vous remercions de votre candidature au poste de Cheffe de projet logistique dépôts, qui a retenu toute notre attention.

Nous avons le plaisir de vous convier à un premier entretien le mercredi 29 avril 2026 à 8h30, dans nos locaux de la route de Genève 33 à Lausanne (réception, 1er étage). Vous y rencontrerez M. Patrick Chappuis, Responsable des dépôts, et la soussignée.

Nous vous saurions gré de bien vouloir nous confirmer votre présence d’ici au vendredi 24 avril.

Dans l’attente de vous rencontrer, nous vous adressons, Madame, nos meilleures salutations.

Corinne Despland
Spécialiste RH
Transports Lausannois Réunis
Route de Genève 33 – 1004 Lausanne
Tél. 021 555 14 02
""",
})

SPECS.append({
    "key": "i13", "kind": "interview_invitation", "scenario": "malheureusement_mais_autre_poste", "lang": "fr",
    "company": "Alpin Froid Logistique", "contact": "gregory.michaud@alpinfroid.example.fr",
    "sender": ("Grégory Michaud", "gregory.michaud@alpinfroid.example.fr"),
    "subject": "Re: Candidature Responsable de site – Grenoble",
    "date": "2026-05-26 09:40 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "thread": [SENT["alpin"]],
    "text": """
Bonjour Madame,

Malheureusement, le poste de Responsable de site à Grenoble a été pourvu la semaine dernière, avant que je ne prenne connaissance de votre candidature.

En revanche, nous ouvrons un poste de Responsable planification transport à notre siège de Chambéry (ou en hybride depuis Lyon, 2 jours par semaine sur site), qui me semble très bien correspondre à votre parcours. Seriez-vous disponible pour un entretien en visioconférence le jeudi 4 juin à 11h pour en parler ? Je joins la fiche de poste à ce mail dès que vous me confirmez votre intérêt.

Cordialement,

Grégory Michaud
Directeur régional
Alpin Froid Logistique – Groupe Alpin Froid
""",
})

SPECS.append({
    "key": "i14", "kind": "interview_invitation", "scenario": "greenhouse_coordinator_reply_to", "lang": "en",
    "company": "Orbis Pharma Logistics", "contact": "priya.raman@orbispharma.example.com",
    "sender": ("Orbis Pharma Logistics via Greenhouse", "no-reply@greenhouse-mail.io"),
    "reply_to": ("Priya Raman", "priya.raman@orbispharma.example.com"),
    "subject": "Interview invitation: Procurement Manager, GDP Distribution (Basel/Geneva)",
    "date": "2026-02-17 12:20 +0100", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "text": """
Hi Élodie,

Thank you for your application for the Procurement Manager, GDP Distribution role. The hiring team would love to learn more about you!

We'd like to invite you to a 45-minute video interview with Daniel Brunetti (Director, Indirect Procurement). Please use the link below to choose a time that works for you within the next 7 days:

https://app.greenhouse.io/scheduling/invite/e4f9a2c7?t=s1

The interview will take place on Microsoft Teams; you'll receive a calendar invitation once you've picked a slot.

If none of the available times suit you, simply reply to this email and I'll find an alternative.

Best regards,
Priya Raman
Talent Acquisition Coordinator
Orbis Pharma Logistics
""",
    "html": """
<div style="font-family:Arial,sans-serif;font-size:14px;line-height:1.5;color:#2d2d2d;">
<img src="https://s3.amazonaws.example.com/grnhse-prod/orbis/logo.png" alt="Orbis Pharma Logistics" width="140"><br><br>
<p>Hi Élodie,</p>
<p>Thank you for your application for the Procurement Manager, GDP Distribution role. The hiring team would love to learn more about you!</p>
<p>We'd like to invite you to a 45-minute video interview with Daniel Brunetti (Director, Indirect Procurement). Please use the button below to choose a time that works for you within the next 7 days.</p>
<p><a href="https://click.greenhouse-mail.io/ls/click?upn=Dn4kQ-2FInterview-2Fe4f9a2c7" style="display:inline-block;background:#24a47f;color:#fff;padding:10px 20px;border-radius:4px;text-decoration:none;">Select a time</a></p>
<p>The interview will take place on Microsoft Teams; you'll receive a calendar invitation once you've picked a slot.</p>
<p>If none of the available times suit you, simply reply to this email and I'll find an alternative.</p>
<p>Best regards,<br>Priya Raman<br>Talent Acquisition Coordinator<br>Orbis Pharma Logistics</p>
</div>
<img src="https://click.greenhouse-mail.io/wf/open?upn=Orb-ii-88" width="1" height="1" alt="">
""",
})

SPECS.append({
    "key": "i15", "kind": "interview_invitation", "scenario": "hiring_manager_chat_coo", "lang": "en",
    "company": "Vektor Mobility", "contact": "f.hartmann@vektor-mobility.example.de",
    "sender": ("Felix Hartmann", "f.hartmann@vektor-mobility.example.de"),
    "subject": "Quick chat?",
    "date": "2026-03-26 19:05 +0100", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "text": """
Hi Élodie,

Felix here, I run spare-parts logistics at Vektor Mobility. Our recruiter passed me your CV for the Parts Supply Planner role and I'd like to get to know you a bit before the formal process.

Would you be free for a 45-min chat with me and our COO, Aylin Demir, next Tuesday (31 March) at 4pm CET? We'd do it on Google Meet. If that doesn't work, throw me two or three slots and I'll make one of them happen.

Nothing to prepare – just come curious.

Felix

--
Felix Hartmann
Head of Spare Parts Logistics
Vektor Mobility GmbH | Landsberger Str. 302 | 80687 München
Sitz: München, Registergericht: AG München HRB 251907 | Geschäftsführer: Aylin Demir, Tobias Wendt
""",
})

SPECS.append({
    "key": "i16", "kind": "interview_invitation", "scenario": "headhunter_client_milan", "lang": "en",
    "company": "Pellegrini Imballaggi", "contact": "matteo.ricci@lagostalent.example.it",
    "sender": ("Matteo Ricci", "matteo.ricci@lagostalent.example.it"),
    "subject": "Pellegrini Imballaggi – first interview",
    "date": "2026-04-29 11:58 +0200", "structure": "alt", "charset": "iso-8859-1", "cte": "quoted-printable",
    "thread": [SENT["pellegrini"]],
    "text": """
Dear Élodie,

Good news from my side: my client Pellegrini Imballaggi would like to meet you for the Procurement & Logistics Manager position at their plant in Lainate, just outside Milan.

The first interview would be with Ms. Chiara Pellegrini (Operations Director) and would last about an hour, in English. They suggested Wednesday 6 May at 10:30 or Thursday 7 May at 15:00, on site. If travel is difficult, a video call is possible for this first round.

Could you let me know which option suits you best? I'll brief you by phone beforehand.

Kind regards,

Matteo Ricci
Senior Consultant - Supply Chain Practice
Lago Talent Srl | Corso Magenta 44, 20123 Milano
M. +39 347 555 2210
""",
    "html": """
<p style="font-family:Verdana;font-size:12px">Dear Élodie,<br><br>
Good news from my side: my client <b>Pellegrini Imballaggi</b> would like to meet you for the Procurement &amp; Logistics Manager position at their plant in Lainate, just outside Milan.<br><br>
The first interview would be with Ms. Chiara Pellegrini (Operations Director) and would last about an hour, in English. They suggested <b>Wednesday 6 May at 10:30</b> or <b>Thursday 7 May at 15:00</b>, on site. If travel is difficult, a video call is possible for this first round.<br><br>
Could you let me know which option suits you best? I'll brief you by phone beforehand.<br><br>
Kind regards,<br><br>
<b>Matteo Ricci</b><br>Senior Consultant - Supply Chain Practice<br>Lago Talent Srl | Corso Magenta 44, 20123 Milano<br>M. +39 347 555 2210</p>
""",
})

SPECS.append({
    "key": "i17", "kind": "interview_invitation", "scenario": "google_calendar_request", "lang": "en",
    "company": "Lumen Freight", "contact": "ines.castro@lumenfreight.example.com",
    "sender": ("Inés Castro", "ines.castro@lumenfreight.example.com"),
    "subject": "Invitation: Interview – Élodie Marchetti-Nkemelu / Lumen Freight @ Thu 11 Jun 2026 10:00 - 11:00 (CEST)",
    "date": "2026-06-03 16:27 +0200", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "ics": ("REQUEST", f"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260611T080000Z
DTEND:20260611T090000Z
DTSTAMP:20260603T142700Z
ORGANIZER;CN=Inés Castro:mailto:ines.castro@lumenfreight.example.com
UID:{LUMEN_UID}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elodie.mn@example.fr;X-NUM-GUESTS=0:mailto:elodie.mn@example.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Inés Castro;X-NUM-GUESTS=0:mailto:ines.castro@lumenfreight.example.com
CREATED:20260603T142655Z
DESCRIPTION:Hi Élodie\\, looking forward to our chat about the Carrier Procurement Manager role. We'll meet on Google Meet: https://meet.google.example.com/qvt-hsmw-kpe
LAST-MODIFIED:20260603T142700Z
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview – Élodie Marchetti-Nkemelu / Lumen Freight
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    "ics_file": "invite.ics",
    "text": """
You have been invited to the following event.

Interview – Élodie Marchetti-Nkemelu / Lumen Freight
When: Thursday 11 Jun 2026 10:00 – 11:00 Central European Time - Paris
Joining info: Join with Google Meet – meet.google.example.com/qvt-hsmw-kpe
Calendar: elodie.mn@example.fr
Who:
  * Inés Castro – organiser
  * elodie.mn@example.fr

Hi Élodie, looking forward to our chat about the Carrier Procurement Manager role. We'll meet on Google Meet.

Going (elodie.mn@example.fr)? Yes – Maybe – No

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.
""",
    "html": """
<div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043;">
<table cellpadding="0" cellspacing="0" style="width:100%;max-width:600px;"><tr><td style="padding:12px 0;">
<span style="font-size:12px;color:#70757a;">You have been invited to the following event.</span>
<h2 style="font-size:18px;font-weight:400;color:#202124;">Interview – Élodie Marchetti-Nkemelu / Lumen Freight</h2>
<table cellpadding="0" cellspacing="0">
<tr><td style="padding-right:16px;color:#70757a;">When</td><td>Thursday 11 Jun 2026 10:00 – 11:00 Central European Time - Paris</td></tr>
<tr><td style="padding-right:16px;color:#70757a;">Joining info</td><td><a href="https://meet.google.example.com/qvt-hsmw-kpe">Join with Google Meet</a></td></tr>
<tr><td style="padding-right:16px;color:#70757a;">Who</td><td>Inés Castro – organiser<br>elodie.mn@example.fr</td></tr>
</table>
<p>Hi Élodie, looking forward to our chat about the Carrier Procurement Manager role. We'll meet on Google Meet.</p>
<p>Going? <a href="https://calendar.google.example.com/calendar/event?action=RESPOND&amp;rst=1">Yes</a> - <a href="https://calendar.google.example.com/calendar/event?action=RESPOND&amp;rst=3">Maybe</a> - <a href="https://calendar.google.example.com/calendar/event?action=RESPOND&amp;rst=2">No</a></p>
<p style="font-size:11px;color:#70757a;">Invitation from Google Calendar. You are receiving this email because you are an attendee on the event.</p>
</td></tr></table></div>
""",
})

SPECS.append({
    "key": "i18", "kind": "interview_invitation", "scenario": "ashby_schedule_reply_to", "lang": "en",
    "company": "Kestrel Robotics", "contact": "noah.petit@kestrelrobotics.example.com",
    "sender": ("Kestrel Robotics", "no-reply@ashbyhq.com"),
    "reply_to": ("Noah Petit", "noah.petit@kestrelrobotics.example.com"),
    "subject": "Kestrel Robotics: let's schedule your onsite interview",
    "date": "2026-07-14 14:03 +0200", "structure": "html", "charset": "utf-8", "cte": "base64",
    "html": """
<!doctype html><html><body style="background:#f6f7f9;margin:0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:28px 8px;">
<table width="540" cellpadding="0" cellspacing="0" style="background:#fff;border:1px solid #e6e8eb;border-radius:8px;font-family:Inter,Arial,sans-serif;font-size:14px;color:#1b1f24;">
<tr><td style="padding:24px 28px 6px;"><img src="https://app.ashbyhq.com/api/images/org-theme-logo/kestrel.png" alt="Kestrel Robotics" height="28"></td></tr>
<tr><td style="padding:8px 28px 24px;line-height:22px;">
<p>Hi Élodie,</p>
<p>Great news – the team would like to invite you to the final, onsite stage for the <b>Supply Chain Manager, Hardware</b> role at our Munich office (Atelierstraße 12).</p>
<p>The onsite lasts about 3.5 hours and includes a warehouse walk-through, a supplier negotiation role-play and lunch with the team.</p>
<p><a href="https://app.ashbyhq.com/interview-scheduling/self-schedule/kestrel/5b2e?utm=email" style="background:#3b3bf5;color:#fff;padding:11px 18px;border-radius:6px;text-decoration:none;">Pick your onsite date</a></p>
<p>We'll reimburse travel from Lyon. Reply to this email if you have any questions – it comes straight to me.</p>
<p>Best,<br>Noah Petit<br>Recruiter, Kestrel Robotics</p>
</td></tr>
<tr><td style="padding:12px 28px;font-size:11px;color:#8b929a;border-top:1px solid #eef0f2;">Sent with Ashby · Kestrel Robotics GmbH, Atelierstraße 12, 81671 München</td></tr>
</table>
""" + pixel("https://app.ashbyhq.com/email/open/kr-5b2e.gif") + """
</td></tr></table></body></html>
""",
})

SPECS.append({
    "key": "i19", "kind": "interview_invitation", "scenario": "geneva_panel_disclaimer", "lang": "en",
    "company": "Hallbright Trading", "contact": "j.moreau@hallbright.example.ch",
    "sender": ("Moreau, Juliette", "j.moreau@hallbright.example.ch"),
    "subject": "Hallbright – Logistics Operator interview",
    "date": "2026-08-25 10:47 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "text": """
Dear Élodie,

Further to your application for the position of Logistics & Freight Operator, I am pleased to invite you to a panel interview at our Geneva office.

Date: Wednesday, 2 September 2026
Time: 14:00 – 15:30
Address: Rue de la Confédération 8, 1204 Geneva (5th floor – please announce yourself at reception)
Panel: Juliette Moreau (HR), Anders Kvist (Head of Shipping Operations), Lucía Ferrer (Senior Operator, Grains)

The interview will include a short case on vessel nomination and demurrage. You do not need to prepare anything in advance.

Kindly confirm your attendance by reply.

Best regards,

Juliette Moreau
HR Business Partner
Hallbright Trading SA
Rue de la Confédération 8 | 1204 Geneva | Switzerland
D +41 22 555 87 40

DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Hallbright Trading SA does not accept liability for any errors or omissions in the contents of this message.
""",
})

SPECS.append({
    "key": "i20", "kind": "interview_invitation", "scenario": "personio_einladung", "lang": "de",
    "company": "Hofmann Verpackungen", "contact": "karriere@hofmann-verpackungen.example.de",
    "sender": ("Hofmann Verpackungen GmbH", "no-reply@hofmann-verpackungen.jobs.personio.de"),
    "reply_to": ("Recruiting Hofmann", "karriere@hofmann-verpackungen.example.de"),
    "subject": "Einladung zum Vorstellungsgespräch – Strategische Einkäuferin (m/w/d)",
    "date": "2026-05-04 10:15 +0200", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
    "html": """
<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#2e2e2e;">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="padding:20px 0;">
<img src="https://hofmann-verpackungen.jobs.personio.de/logo.png" alt="Hofmann Verpackungen" height="40">
</td></tr><tr><td style="line-height:21px;">
<p>Sehr geehrte Frau Marchetti-Nkemelu,</p>
<p>herzlichen Dank für Ihre Bewerbung als Strategische Einkäuferin (m/w/d). Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gerne persönlich kennenlernen.</p>
<p>Wir laden Sie herzlich zu einem Vorstellungsgespräch ein:</p>
<table cellpadding="4" cellspacing="0" style="border:1px solid #ddd;">
<tr><td><b>Datum</b></td><td>Dienstag, 12. Mai 2026</td></tr>
<tr><td><b>Uhrzeit</b></td><td>13:00 – 14:30 Uhr</td></tr>
<tr><td><b>Ort</b></td><td>Hofmann Verpackungen, Zamdorfer Str. 100, 81677 München</td></tr>
<tr><td><b>Gesprächspartner</b></td><td>Herr Stefan Ott (Leiter Einkauf), Frau Lena Wirth (HR)</td></tr>
</table>
<p>Bitte bestätigen Sie uns den Termin kurz per Antwort auf diese E-Mail. Ihre Reisekosten erstatten wir Ihnen selbstverständlich.</p>
<p>Mit freundlichen Grüßen<br>Lena Wirth<br>Human Resources</p>
<p style="font-size:11px;color:#888;">Hofmann Verpackungen GmbH · Zamdorfer Str. 100 · 81677 München · Geschäftsführer: Georg Hofmann · HRB 99 315 Amtsgericht München</p>
</td></tr></table></body></html>
""",
})

SPECS.append({
    "key": "i21", "kind": "interview_invitation", "scenario": "schweiz_gespraech_lausanne", "lang": "de",
    "company": "Brunner Pharma Distribution", "contact": "r.keller@brunner-pharma.example.ch",
    "sender": ("Keller Reto", "r.keller@brunner-pharma.example.ch"),
    "subject": "Einladung zum Gespräch – Leiterin Beschaffung Romandie",
    "date": "2026-06-10 08:36 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """
Sehr geehrte Frau Marchetti-Nkemelu

Vielen Dank für Ihre Bewerbung als Leiterin Beschaffung Romandie. Gerne möchten wir Sie zu einem ersten Gespräch einladen.

Das Gespräch findet am Dienstag, 16. Juni 2026, um 10.00 Uhr an unserem Standort in Crissier statt (Chemin de Mongevon 11). Teilnehmen werden Frau Nathalie Rochat, Leiterin Supply Chain, und ich. Das Gespräch kann auf Wunsch auch teilweise auf Französisch geführt werden.

Bitte bestätigen Sie mir den Termin bis Freitag per E-Mail.

Freundliche Grüsse

Reto Keller
Leiter Personal
Brunner Pharma Distribution AG
Hauptsitz: Hardstrasse 201, 4052 Basel
Niederlassung Romandie: Chemin de Mongevon 11, 1023 Crissier
""",
})

SPECS.append({
    "key": "i22", "kind": "interview_invitation", "scenario": "startup_du_kennenlernen", "lang": "de",
    "company": "Flotteo", "contact": "mira@flotteo.example.de",
    "sender": ("Mira Schulte", "mira@flotteo.example.de"),
    "subject": "Kennenlernen?",
    "date": "2026-07-01 13:12 +0200", "structure": "plain", "charset": "utf-8", "cte": "base64",
    "text": """
Hey Élodie,

ich bin Mira, ich kümmere mich bei Flotteo um Talent & Culture. Danke für deine Bewerbung als Procurement Manager (m/w/d) – wir fanden deinen Mix aus Analyse und operativer Erfahrung richtig stark!

Hast du Lust auf ein erstes Kennenlernen per Video? 30 Minuten, ganz locker, mit mir und Ben (unserem Head of Operations). Such dir einfach einen Slot aus: https://cal.flotteo.example.de/mira/kennenlernen

Falls nichts passt, schreib mir kurz, dann finden wir was.

Liebe Grüße aus München
Mira

Flotteo GmbH · Talent & Culture
""",
})

SPECS.append({
    "key": "i23", "kind": "interview_invitation", "scenario": "am_schrieb_termine", "lang": "de",
    "company": "Wagner Kühllogistik", "contact": "t.wagner@wagner-kuehllogistik.example.de",
    "sender": ("Thomas Wagner", "t.wagner@wagner-kuehllogistik.example.de"),
    "subject": "AW: Bewerbung als Leiterin Disposition",
    "date": "2026-08-11 07:52 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "8bit",
    "thread": [SENT["wagner"]],
    "text": """
Guten Morgen Frau Marchetti-Nkemelu,

danke für Ihre Unterlagen. Ich würde Sie gern kennenlernen. Passt Ihnen Montag, der 17.08., um 14 Uhr bei uns in Parsdorf? Alternativ Mittwoch, 19.08., vormittags.

Bringen Sie bitte etwas Zeit mit, ich zeige Ihnen im Anschluss gern das Lager.

Gruß
Thomas Wagner
Geschäftsführer
Wagner Kühllogistik GmbH & Co. KG - Am Gewerbepark 5 - 85599 Parsdorf

Am 06.08.2026 um 21:14 schrieb Élodie Marchetti-Nkemelu <elodie.mn@example.fr>:
> Sehr geehrter Herr Wagner,
>
> mit großem Interesse habe ich Ihre Anzeige für die Stelle als Leiterin Disposition gelesen. Anbei sende ich Ihnen meine Bewerbungsunterlagen.
>
> Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr.
>
> Mit freundlichen Grüßen
> Élodie Marchetti-Nkemelu
""",
})

SPECS.append({
    "key": "i24", "kind": "interview_invitation", "scenario": "usted_entrevista_presencial", "lang": "es",
    "company": "Distribuciones Farmacéuticas del Mediterráneo", "contact": "seleccion@difarmed.example.es",
    "sender": ("Selección DIFARMED", "seleccion@difarmed.example.es"),
    "subject": "Convocatoria a entrevista - Responsable de Aprovisionamiento",
    "date": "2026-03-10 12:04 +0100", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """
Estimada Sra. Marchetti-Nkemelu:

En relación con su candidatura al puesto de Responsable de Aprovisionamiento, nos complace convocarle a una entrevista personal en nuestras instalaciones:

Fecha: jueves, 19 de marzo de 2026
Hora: 11:00 h
Dirección: Polígono Industrial Can Calderón, C/ Murcia 14, 08830 Sant Boi de Llobregat (Barcelona)
Entrevistadores: D. Jordi Puigdomènech (Director de Operaciones) y Dña. Marta Soler (Recursos Humanos)

Le rogamos que nos confirme su asistencia respondiendo a este correo electrónico.

Atentamente,

Departamento de Selección
Distribuciones Farmacéuticas del Mediterráneo, S.A. (DIFARMED)
Tel. 93 555 78 00
""",
})

SPECS.append({
    "key": "i25", "kind": "interview_invitation", "scenario": "el_escribio_tu", "lang": "es",
    "company": "Logística Portuaria Garraf", "contact": "pau.serra@lpgarraf.example.es",
    "sender": ("Pau Serra", "pau.serra@lpgarraf.example.es"),
    "subject": "RE: Candidatura coordinadora de operaciones portuarias",
    "date": "2026-07-06 17:21 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "thread": [SENT["garraf"]],
    "text": """
Hola Élodie,

Gracias por escribirnos. Tu perfil encaja bastante con lo que buscamos para coordinar la terminal de Vilanova.

¿Te va bien que hagamos una primera entrevista por Teams el lunes 13 a las 9:30? Estaremos Montse (jefa de terminal) y yo. Si no puedes, dime qué día te viene mejor esa semana.

Un saludo,
Pau

Pau Serra Vidal
Recursos Humanos
Logística Portuaria Garraf
Moll de Ponent s/n · 08800 Vilanova i la Geltrú

El jue, 2 jul 2026 a las 8:47, Élodie Marchetti-Nkemelu (<elodie.mn@example.fr>) escribió:
> Buenos días:
>
> Les escribo para presentar mi candidatura al puesto de coordinadora de operaciones portuarias publicado en su web. Adjunto mi CV.
>
> Un cordial saludo,
> Élodie Marchetti-Nkemelu
""",
})

SPECS.append({
    "key": "i26", "kind": "interview_invitation", "scenario": "consultora_cliente_anonimo", "lang": "es",
    "company": "Talento Levante Consultores", "contact": "a.navarro@talentolevante.example.es",
    "sender": ("Amparo Navarro | Talento Levante", "a.navarro@talentolevante.example.es"),
    "subject": "Entrevista proceso Category Manager - Barcelona",
    "date": "2026-09-08 10:09 +0200", "structure": "alt", "charset": "windows-1252", "cte": "quoted-printable",
    "text": """
Hola Élodie:

Te escribo desde Talento Levante Consultores. Estamos gestionando en exclusiva un proceso de Category Manager de Compras Indirectas para una multinacional del sector retail con sede en Barcelona (por confidencialidad no puedo darte aún el nombre).

Tu candidatura nos ha encajado muy bien y nos gustaría hacerte una entrevista por videollamada con nosotros esta semana: ¿te iría bien el miércoles 10 a las 16:00 o el jueves 11 a las 12:00?

Quedo pendiente de tu respuesta.

Saludos cordiales,

Amparo Navarro
Consultora Senior – Talento Levante Consultores
Passeig de Gràcia 54, 08007 Barcelona · 651 555 093
""",
    "html": """
<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hola Élodie:</p>
<p>Te escribo desde Talento Levante Consultores. Estamos gestionando en exclusiva un proceso de <b>Category Manager de Compras Indirectas</b> para una multinacional del sector retail con sede en Barcelona (por confidencialidad no puedo darte aún el nombre).</p>
<p>Tu candidatura nos ha encajado muy bien y nos gustaría hacerte una entrevista por videollamada con nosotros esta semana: ¿te iría bien el miércoles 10 a las 16:00 o el jueves 11 a las 12:00?</p>
<p>Quedo pendiente de tu respuesta.</p>
<p>Saludos cordiales,</p>
<p><b>Amparo Navarro</b><br>Consultora Senior – Talento Levante Consultores<br>Passeig de Gràcia 54, 08007 Barcelona · 651 555 093</p>
<p style="font-size:8pt;color:#888">Este mensaje y sus anexos son confidenciales. Si usted no es el destinatario, le rogamos que lo comunique al remitente y proceda a su borrado. Conforme al RGPD, puede ejercer sus derechos en lopd@talentolevante.example.es.</p>
</div>
""",
})

# ---------------------------------------------------------------- interview_reschedule_or_cancel

SPECS.append({
    "key": "rc01", "kind": "interview_reschedule_or_cancel", "scenario": "outlook_cancel_malade", "lang": "fr",
    "company": "Laboratoires Vercors Santé", "contact": "b.roussel@vercors-sante.example.fr",
    "sender": ("ROUSSEL Bénédicte", "b.roussel@vercors-sante.example.fr"),
    "subject": "Annulé : Entretien Responsable Achats Distribution – Élodie Marchetti-Nkemelu",
    "date": "2026-04-13 17:55 +0200", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "thread": [SENT["vercors"], "i06"],
    "headers": [("Importance", "high")],
    "ics": ("CANCEL", f"""
BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=ROUSSEL Bénédicte:mailto:b.roussel@vercors-sante.example.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Élodie Marchetti-Nkemelu:mailto:elodie.mn@example.fr
UID:{VERCORS_UID}
SUMMARY;LANGUAGE=fr-FR:Annulé : Entretien – Responsable Achats Distribution
DTSTART;TZID=Romance Standard Time:20260414T100000
DTEND;TZID=Romance Standard Time:20260414T113000
DTSTAMP:20260413T155500Z
STATUS:CANCELLED
SEQUENCE:1
PRIORITY:1
END:VEVENT
END:VCALENDAR
"""),
    "text": """
Bonjour Madame Marchetti-Nkemelu,

Je suis désolée de vous prévenir si tard : Olivier Giraud est souffrant et ne pourra pas assurer l'entretien de demain matin. Je suis donc contrainte de l'annuler.

Votre candidature reste bien entendu d'actualité. Je reviens vers vous d'ici la fin de semaine avec de nouvelles dates, dès que je connais ses disponibilités.

Avec toutes mes excuses,

Bénédicte Roussel
Chargée de recrutement
Laboratoires Vercors Santé
""",
    "html": """
<html><body lang="FR"><div class="WordSection1">
<p class="MsoNormal">Bonjour Madame Marchetti-Nkemelu,</p>
<p class="MsoNormal">Je suis désolée de vous prévenir si tard : Olivier Giraud est souffrant et ne pourra pas assurer l'entretien de demain matin. Je suis donc contrainte de l'annuler.</p>
<p class="MsoNormal">Votre candidature reste bien entendu d'actualité. Je reviens vers vous d'ici la fin de semaine avec de nouvelles dates, dès que je connais ses disponibilités.</p>
<p class="MsoNormal">Avec toutes mes excuses,</p>
<p class="MsoNormal"><b><span style="color:#00594F">Bénédicte Roussel</span></b><br><span style="font-size:9pt">Chargée de recrutement<br>Laboratoires Vercors Santé</span></p>
</div></body></html>
""",
})

SPECS.append({
    "key": "rc02", "kind": "interview_reschedule_or_cancel", "scenario": "google_calendar_sequence_update", "lang": "en",
    "company": "Lumen Freight", "contact": "ines.castro@lumenfreight.example.com",
    "sender": ("Inés Castro", "ines.castro@lumenfreight.example.com"),
    "subject": "Updated invitation: Interview – Élodie Marchetti-Nkemelu / Lumen Freight @ Fri 12 Jun 2026 15:00 - 16:00 (CEST)",
    "date": "2026-06-09 09:14 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "thread": ["i17"],
    "ics": ("REQUEST", f"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260612T130000Z
DTEND:20260612T140000Z
DTSTAMP:20260609T071400Z
ORGANIZER;CN=Inés Castro:mailto:ines.castro@lumenfreight.example.com
UID:{LUMEN_UID}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elodie.mn@example.fr;X-NUM-GUESTS=0:mailto:elodie.mn@example.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Inés Castro;X-NUM-GUESTS=0:mailto:ines.castro@lumenfreight.example.com
DESCRIPTION:Moved to Friday afternoon – our VP Procurement will join too. Google Meet: https://meet.google.example.com/qvt-hsmw-kpe
LAST-MODIFIED:20260609T071400Z
LOCATION:Google Meet
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Interview – Élodie Marchetti-Nkemelu / Lumen Freight
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    "text": """
This event has been changed.

Interview – Élodie Marchetti-Nkemelu / Lumen Freight
When: CHANGED: Friday 12 Jun 2026 15:00 – 16:00 Central European Time - Paris
Joining info: Join with Google Meet – meet.google.example.com/qvt-hsmw-kpe
Who:
  * Inés Castro – organiser
  * elodie.mn@example.fr

Moved to Friday afternoon – our VP Procurement will join too. Sorry for the shuffle!

Going (elodie.mn@example.fr)? Yes – Maybe – No

Invitation from Google Calendar
""",
})

SPECS.append({
    "key": "rc03", "kind": "interview_reschedule_or_cancel", "scenario": "passage_en_visio", "lang": "fr",
    "company": "Maison Lardière", "contact": "h.lardiere@maison-lardiere.example.fr",
    "sender": ("Hélène Lardière", "h.lardiere@maison-lardiere.example.fr"),
    "subject": "Re: Candidature – Responsable logistique e-commerce",
    "date": "2026-02-08 20:31 +0100", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "thread": [SENT["lardiere"], "i10", "<CAE7m2pQ8lardiere02@mail.example.fr>"],
    "text": """
Bonsoir Élodie,

Petit changement pour demain : des travaux de voirie bloquent la rue Mercière toute la journée et la boutique sera fermée. Je vous propose de maintenir l'entretien à 15h mais en visio, sur Zoom. Voici le lien : https://zoom.example.com/j/84410022913?pwd=lardiere

Mon associé Paul se joindra à nous depuis l'entrepôt de Vénissieux.

Bonne soirée,
Hélène

Le jeu. 5 févr. 2026 à 08:57, Élodie Marchetti-Nkemelu <elodie.mn@example.fr> a écrit :
> Bonjour Madame Lardière,
>
> Lundi 9 février à 15h me convient parfaitement. À lundi !
>
> Bien cordialement,
> Élodie
>
> Le mar. 3 févr. 2026 à 10:12, Hélène Lardière <h.lardiere@maison-lardiere.example.fr> a écrit :
>> Je vous propose de nous rencontrer à la boutique-atelier, 8 rue Mercière, pour un entretien d'une heure.
""",
})

SPECS.append({
    "key": "rc04", "kind": "interview_reschedule_or_cancel", "scenario": "cabinet_client_decale", "lang": "fr",
    "company": "Dauphiné Emballages", "contact": "v.lacombe@sextant-rh.example.fr",
    "sender": ("Valérie Lacombe", "v.lacombe@sextant-rh.example.fr"),
    "subject": "TR: Dauphiné Emballages – changement d'horaire",
    "date": "2026-03-06 12:06 +0100", "structure": "plain", "charset": "windows-1252", "cte": "8bit",
    "thread": ["i04"],
    "text": """
Élodie,

Le client vient de me prévenir : M. Pellissier a un audit fournisseur qui a été avancé à mardi matin. Il vous propose de décaler l’entretien au mardi 10 mars à 14h00 au lieu de 9h00, même lieu (site de Voiron, accueil principal).

Est-ce que cela vous convient toujours ? Dites-moi vite, je lui confirme dans la foulée.

Merci et désolée pour ce changement,

Valérie Lacombe
Consultante senior – Sextant RH
06 80 44 19 27

-----Message d'origine-----
De : Pellissier Frédéric <f.pellissier@dauphine-emballages.example.fr>
Envoyé : vendredi 6 mars 2026 11:41
À : Valérie Lacombe <v.lacombe@sextant-rh.example.fr>
Objet : changement d'horaire

Valérie, je dois décaler Mme Marchetti à 14h mardi, audit Smurfel avancé. Merci de voir avec elle. FP
""",
})

SPECS.append({
    "key": "rc05", "kind": "interview_reschedule_or_cancel", "scenario": "report_entretien_lausanne", "lang": "fr",
    "company": "Transports Lausannois Réunis", "contact": "corinne.despland@tlr.example.ch",
    "sender": ("Despland Corinne", "corinne.despland@tlr.example.ch"),
    "subject": "Report de votre entretien du 29 avril",
    "date": "2026-04-27 16:12 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "thread": ["i12"],
    "text": """
Madame Marchetti-Nkemelu,

En raison d'un incident technique majeur sur notre réseau, M. Chappuis doit rester mobilisé au dépôt de la Borde mercredi matin. Nous sommes donc contraints de reporter l'entretien prévu le 29 avril à 8h30.

Nous vous proposons de le déplacer au mardi 5 mai 2026 à 8h30, au même endroit. Si cette date ne vous convenait pas, le jeudi 7 mai à 14h00 est également possible.

Nous vous prions de bien vouloir nous excuser pour ce changement et restons dans l'attente de votre confirmation.

Meilleures salutations

Corinne Despland
Spécialiste RH
Transports Lausannois Réunis
""",
})

SPECS.append({
    "key": "rc06", "kind": "interview_reschedule_or_cancel", "scenario": "teamtailor_reprogramme", "lang": "fr",
    "company": "Navlo", "contact": "",
    "sender": ("Navlo", "no-reply@teamtailor-mail.com"),
    "subject": "Ton entretien avec Navlo a été reprogrammé",
    "date": "2026-02-12 18:44 +0100", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "html": """
<html><body style="margin:0;background:#0e1b2c;">
<table width="100%" cellspacing="0" cellpadding="0"><tr><td align="center" style="padding:30px 10px;">
<table width="560" cellspacing="0" cellpadding="0" style="background:#ffffff;border-radius:10px;font-family:Helvetica,Arial,sans-serif;color:#0e1b2c;">
<tr><td style="padding:26px 30px 8px;"><img src="https://assets.teamtailor-cdn.com/navlo/logo-navy.png" alt="Navlo" height="30"></td></tr>
<tr><td style="padding:10px 30px 26px;font-size:15px;line-height:23px;">
<p>Hello Élodie,</p>
<p>Camille a dû déplacer votre entretien pour le poste de <b>Procurement Lead – Transport routier</b>.</p>
<table cellpadding="6" cellspacing="0" style="background:#f4f6f9;border-radius:6px;width:100%;">
<tr><td style="color:#8a94a3;text-decoration:line-through;">Ancien créneau : lundi 16 février, 11:00 – 11:45</td></tr>
<tr><td><b>Nouveau créneau : mardi 17 février, 14:30 – 15:15</b> (Google Meet)</td></tr>
</table>
<p>Le lien de connexion reste le même. Si le nouvel horaire ne te convient pas, tu peux <a href="https://navlo.teamtailor.com/meetings/reschedule/8f2c1d?utm_source=email">choisir un autre créneau</a>.</p>
<p>À bientôt,<br>L'équipe Talent de Navlo</p>
</td></tr>
<tr><td style="padding:14px 30px;font-size:11px;color:#8a94a3;border-top:1px solid #edf0f4;">Navlo SAS – 9 rue d'Enghien, 75010 Paris · <a href="https://navlo.teamtailor.com/connect/unsubscribe?t=p9q" style="color:#8a94a3;">Se désabonner</a></td></tr>
</table>
""" + pixel("https://t.teamtailor-mail.com/o/nv-20260212.gif") + """
</td></tr></table></body></html>
""",
})

SPECS.append({
    "key": "rc07", "kind": "interview_reschedule_or_cancel", "scenario": "startup_decaler_call", "lang": "fr",
    "company": "Cargopulse", "contact": "lucas@cargopulse.example.fr",
    "sender": ("Lucas Ferrand", "lucas@cargopulse.example.fr"),
    "subject": "demain",
    "date": "2026-05-13 23:02 +0200", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "thread": [SENT["cargopulse"], "i07"],
    "text": """
Désolé Élodie je dois décaler notre call de demain 18h, un investisseur qui ne peut que ce créneau-là... tu peux vendredi même heure ? sinon lundi midi

Lucas

Envoyé de mon téléphone
""",
})

SPECS.append({
    "key": "rc08", "kind": "interview_reschedule_or_cancel", "scenario": "interviewer_off_sick", "lang": "en",
    "company": "Orbis Pharma Logistics", "contact": "priya.raman@orbispharma.example.com",
    "sender": ("Priya Raman", "priya.raman@orbispharma.example.com"),
    "subject": "RE: Interview confirmation – Thursday 26 Feb",
    "date": "2026-02-25 08:09 +0100", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "thread": ["i14", "<DB9PR02MB7275F0orbis0confirm@DB9PR02MB7275.eurprd02.example.com>"],
    "text": """
Hi Élodie,

Unfortunately I have to cancel tomorrow's interview with Daniel – he's off sick for the rest of the week. I'm really sorry for the late notice.

I'll send you a new scheduling link on Monday so you can pick another slot the following week. Your application is still very much in play.

Thanks for your understanding,
Priya

From: Priya Raman <priya.raman@orbispharma.example.com>
Sent: 18 February 2026 16:32
To: Élodie Marchetti-Nkemelu <elodie.mn@example.fr>
Subject: Interview confirmation – Thursday 26 Feb

Hi Élodie,

You're confirmed for Thursday 26 February at 11:00 CET with Daniel Brunetti on Teams. The link is in the calendar invite.

Best,
Priya
""",
})

SPECS.append({
    "key": "rc09", "kind": "interview_reschedule_or_cancel", "scenario": "ashby_rescheduled", "lang": "en",
    "company": "Kestrel Robotics", "contact": "noah.petit@kestrelrobotics.example.com",
    "sender": ("Kestrel Robotics", "no-reply@ashbyhq.com"),
    "reply_to": ("Noah Petit", "noah.petit@kestrelrobotics.example.com"),
    "subject": "Interview rescheduled: Onsite – Supply Chain Manager, Hardware",
    "date": "2026-07-22 11:30 +0200", "structure": "alt", "charset": "utf-8", "cte": "base64",
        "text": """
Hi Élodie,

Your onsite interview for Supply Chain Manager, Hardware has been rescheduled.

Previous time: Tuesday, 28 July 2026, 09:30 – 13:00 CEST
New time: Thursday, 30 July 2026, 09:30 – 13:00 CEST
Location: Kestrel Robotics, Atelierstraße 12, 81671 München

Our VP Operations had a conflict on the original date. If the new time doesn't work, just reply and I'll sort it out.

Best,
Noah Petit
Recruiter, Kestrel Robotics
""",
    "html": """
<div style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#1b1f24;max-width:520px;">
<p>Hi Élodie,</p>
<p>Your onsite interview for <b>Supply Chain Manager, Hardware</b> has been rescheduled.</p>
<p style="color:#8b929a;"><s>Tuesday, 28 July 2026, 09:30 – 13:00 CEST</s></p>
<p><b>Thursday, 30 July 2026, 09:30 – 13:00 CEST</b><br>Kestrel Robotics, Atelierstraße 12, 81671 München</p>
<p>Our VP Operations had a conflict on the original date. If the new time doesn't work, just reply and I'll sort it out.</p>
<p>Best,<br>Noah Petit<br>Recruiter, Kestrel Robotics</p>
<p style="font-size:11px;color:#8b929a;">Sent with Ashby</p>
</div>
""",
})

SPECS.append({
    "key": "rc10", "kind": "interview_reschedule_or_cancel", "scenario": "push_to_next_week", "lang": "en",
    "company": "Vektor Mobility", "contact": "f.hartmann@vektor-mobility.example.de",
    "sender": ("Felix Hartmann", "f.hartmann@vektor-mobility.example.de"),
    "subject": "Re: Quick chat?",
    "date": "2026-03-30 17:48 +0200", "structure": "plain", "charset": "utf-8", "cte": "8bit",
    "thread": ["i15", "<CAE7m2pQ8vektor02@mail.example.fr>"],
    "text": """
Hi Élodie,

Annoying one, sorry: our board meeting just got moved onto tomorrow afternoon, so Aylin and I can't do 4pm. Can we push to next week – Tuesday 7 April, same time? Or Wednesday 8th at 9am if you prefer mornings.

Felix

On Thu, 26 Mar 2026 at 21:10, Élodie Marchetti-Nkemelu <elodie.mn@example.fr> wrote:
> Hi Felix,
>
> Thanks for reaching out! Tuesday 31 March at 4pm works perfectly for me.
>
> Best,
> Élodie
""",
})

SPECS.append({
    "key": "rc11", "kind": "interview_reschedule_or_cancel", "scenario": "terminverschiebung", "lang": "de",
    "company": "Hofmann Verpackungen", "contact": "l.wirth@hofmann-verpackungen.example.de",
    "sender": ("Lena Wirth", "l.wirth@hofmann-verpackungen.example.de"),
    "subject": "Terminverschiebung Vorstellungsgespräch 12.05.",
    "date": "2026-05-07 15:26 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "thread": ["i20"],
    "text": """
Sehr geehrte Frau Marchetti-Nkemelu,

leider muss Herr Ott kurzfristig zu einem Lieferanten nach Polen reisen. Wir müssen unser Gespräch am Dienstag, 12. Mai, daher verschieben.

Wäre Ihnen Freitag, der 15. Mai, um 10:00 Uhr recht? Ort und Gesprächspartner bleiben unverändert.

Entschuldigen Sie bitte die Umstände. Ich freue mich auf Ihre Rückmeldung.

Mit freundlichen Grüßen

Lena Wirth
Human Resources
Hofmann Verpackungen GmbH
Zamdorfer Str. 100 · 81677 München
Tel. +49 89 555 204-31
""",
})

SPECS.append({
    "key": "rc12", "kind": "interview_reschedule_or_cancel", "scenario": "absage_des_termins_krank", "lang": "de",
    "company": "Wagner Kühllogistik", "contact": "t.wagner@wagner-kuehllogistik.example.de",
    "sender": ("Thomas Wagner", "t.wagner@wagner-kuehllogistik.example.de"),
    "subject": "Absage Termin Montag",
    "date": "2026-08-16 18:20 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "thread": [SENT["wagner"], "i23"],
    "text": """
Frau Marchetti-Nkemelu,

ich muss den Termin morgen leider absagen, mich hat eine Grippe erwischt. Das Gespräch holen wir aber auf jeden Fall nach - meine Assistentin Frau Huber meldet sich Mitte der Woche mit zwei neuen Terminvorschlägen bei Ihnen.

Tut mir leid für die kurzfristige Nachricht.

Gruß
Thomas Wagner
""",
})

SPECS.append({
    "key": "rc13", "kind": "interview_reschedule_or_cancel", "scenario": "schweiz_teams_statt_vor_ort", "lang": "de",
    "company": "Brunner Pharma Distribution", "contact": "r.keller@brunner-pharma.example.ch",
    "sender": ("Keller Reto", "r.keller@brunner-pharma.example.ch"),
    "subject": "AW: Einladung zum Gespräch – Leiterin Beschaffung Romandie",
    "date": "2026-06-12 11:03 +0200", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "thread": ["i21", "<CAE7m2pQ8brunner02@mail.example.fr>"],
    "text": """
Sehr geehrte Frau Marchetti-Nkemelu

Besten Dank für Ihre Bestätigung. Eine kleine Änderung: Frau Rochat ist am Dienstag an einem Audit in Basel und kann nicht nach Crissier kommen. Wir führen das Gespräch deshalb zur gleichen Zeit (16. Juni, 10.00 Uhr) per Microsoft Teams durch. Den Link erhalten Sie separat.

Freundliche Grüsse
Reto Keller

Von: Élodie Marchetti-Nkemelu <elodie.mn@example.fr>
Gesendet: Mittwoch, 10. Juni 2026 19:22
An: Keller Reto <r.keller@brunner-pharma.example.ch>
Betreff: Re: Einladung zum Gespräch – Leiterin Beschaffung Romandie

Sehr geehrter Herr Keller

Vielen Dank für die Einladung. Ich bestätige gerne den Termin am 16. Juni um 10.00 Uhr in Crissier.

Freundliche Grüsse
Élodie Marchetti-Nkemelu
""",
})

SPECS.append({
    "key": "rc14", "kind": "interview_reschedule_or_cancel", "scenario": "cambio_de_hora", "lang": "es",
    "company": "Distribuciones Farmacéuticas del Mediterráneo", "contact": "m.soler@difarmed.example.es",
    "sender": ("Marta Soler", "m.soler@difarmed.example.es"),
    "subject": "Cambio de hora entrevista jueves 19",
    "date": "2026-03-16 09:37 +0100", "structure": "plain", "charset": "utf-8", "cte": "base64",
    "thread": ["i24"],
    "text": """
Buenos días, Sra. Marchetti-Nkemelu:

Le escribo para informarle de que, por un cambio en la agenda de nuestro Director de Operaciones, la entrevista del jueves 19 de marzo se traslada de las 11:00 a las 16:30 h. El lugar no cambia.

Le ruego que me confirme si le viene bien el nuevo horario. Disculpe las molestias.

Atentamente,

Marta Soler
Técnica de Selección – Recursos Humanos
DIFARMED

De: Selección DIFARMED <seleccion@difarmed.example.es>
Enviado: martes, 10 de marzo de 2026 12:04
Para: Élodie Marchetti-Nkemelu <elodie.mn@example.fr>
Asunto: Convocatoria a entrevista - Responsable de Aprovisionamiento

Estimada Sra. Marchetti-Nkemelu:

En relación con su candidatura al puesto de Responsable de Aprovisionamiento, nos complace convocarle a una entrevista personal en nuestras instalaciones:

Fecha: jueves, 19 de marzo de 2026
Hora: 11:00 h
Dirección: Polígono Industrial Can Calderón, C/ Murcia 14, 08830 Sant Boi de Llobregat (Barcelona)

Le rogamos que nos confirme su asistencia respondiendo a este correo electrónico.

Atentamente,
Departamento de Selección
""",
})

SPECS.append({
    "key": "rc15", "kind": "interview_reschedule_or_cancel", "scenario": "greve_passage_visio", "lang": "fr",
    "company": "Alpin Froid Logistique", "contact": "gregory.michaud@alpinfroid.example.fr",
    "sender": ("Grégory Michaud", "gregory.michaud@alpinfroid.example.fr"),
    "subject": "Entretien du 4 juin – changement de format",
    "date": "2026-06-02 18:15 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "thread": [SENT["alpin"], "i13", "<CAE7m2pQ8alpin02@mail.example.fr>"],
    "text": """
Bonjour Madame,

Vous m'aviez indiqué préférer venir à Chambéry pour notre entretien de jeudi, mais avec le mouvement de grève annoncé sur les TER Auvergne-Rhône-Alpes, je préfère ne pas vous faire prendre de risque.

Je vous propose de garder l'horaire (jeudi 4 juin, 11h) et de faire l'entretien en visio sur Teams. Je vous envoie le lien demain. Nous pourrons organiser la visite du site lors d'une seconde étape.

Cordialement,

Grégory Michaud
Directeur régional
Alpin Froid Logistique
""",
})

# ---------------------------------------------------------------- missed_interview_notice

SPECS.append({
    "key": "m01", "kind": "missed_interview_notice", "scenario": "attendue_ce_matin", "lang": "fr",
    "company": "Entrepôts Frigorifiques du Dauphiné", "contact": "a.pichon@efd-froid.example.fr",
    "sender": ("Aurélie Pichon", "a.pichon@efd-froid.example.fr"),
    "subject": "Votre entretien de ce matin",
    "date": "2026-01-27 11:05 +0100", "structure": "plain", "charset": "iso-8859-1", "cte": "quoted-printable",
    "text": """
Bonjour Madame Marchetti-Nkemelu,

Nous vous avons attendue ce matin à 10h00 pour votre entretien concernant le poste d'adjointe au responsable d'entrepôt, mais vous ne vous êtes pas présentée et nous n'avons pas réussi à vous joindre sur votre portable.

J'espère qu'il ne vous est rien arrivé de grave. Si vous êtes toujours intéressée par le poste, merci de me recontacter d'ici vendredi afin que nous convenions éventuellement d'un nouveau rendez-vous.

Cordialement,

Aurélie Pichon
Assistante RH
Entrepôts Frigorifiques du Dauphiné
ZA des Blâches - 38500 Voiron - 04 76 05 33 18
""",
})

SPECS.append({
    "key": "m02", "kind": "missed_interview_notice", "scenario": "ats_visio_non_rejointe", "lang": "fr",
    "company": "Groupe Arvel", "contact": "",
    "sender": ("Groupe Arvel Recrutement", "arvel@myworkday.com"),
    "subject": "Vous n'avez pas rejoint votre entretien",
    "date": "2026-03-24 14:46 +0100", "structure": "html", "charset": "utf-8", "cte": "quoted-printable",
        "html": """
<html><body style="margin:0;padding:0;background:#f2f2f2;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333;">
<tr><td style="padding:18px 30px;background:#c8102e;"><img src="https://arvel.wd3.myworkday.com/wday/asset/logo-arvel-blanc.png" alt="Groupe Arvel" height="32"></td></tr>
<tr><td style="padding:26px 30px;line-height:21px;">
<p>Bonjour Élodie,</p>
<p>Vous étiez attendue aujourd'hui à <b>14h00</b> pour votre entretien Teams avec Mme Sandrine Oury, Responsable Planification, pour le poste d'<b>Analyste Supply Chain Senior</b> (JR-7731).</p>
<p>Vous ne vous êtes pas connectée à la réunion. Si vous avez rencontré un problème technique ou un empêchement, vous pouvez demander un nouveau créneau depuis votre espace candidat dans les 5 jours ouvrés.</p>
<p style="text-align:center;margin:22px 0;"><a href="https://arvel.wd3.myworkday.com/track/click?id=JR-7731&amp;a=reschedule" style="background:#c8102e;color:#fff;padding:12px 22px;text-decoration:none;">Accéder à mon espace candidat</a></p>
<p>Sans nouvelle de votre part passé ce délai, votre candidature sera clôturée.</p>
<p>L'équipe Recrutement du Groupe Arvel</p>
</td></tr>
<tr><td style="padding:12px 30px;font-size:11px;color:#999;">Merci de ne pas répondre à ce message. Groupe Arvel SA – 2 chemin du Moulin Carron – 69130 Écully.</td></tr>
</table>
<img src="https://arvel.wd3.myworkday.com/o/open.gif?m=7731-ns" width="1" height="1" alt="">
</td></tr></table></body></html>
""",
})

SPECS.append({
    "key": "m03", "kind": "missed_interview_notice", "scenario": "interim_essaye_de_joindre", "lang": "fr",
    "company": "Proxima Intérim", "contact": "agence.lyon7@proxima-interim.example.fr",
    "sender": ("PROXIMA INTERIM Lyon 7", "agence.lyon7@proxima-interim.example.fr"),
    "subject": "Entretien téléphonique de 11h - sans réponse",
    "date": "2026-02-18 11:42 +0100", "structure": "plain", "charset": "windows-1252", "cte": "8bit",
    "thread": ["i03"],
    "text": """
Bonjour Élodie,

J’ai essayé de vous joindre à 3 reprises ce matin (11h00, 11h10 et 11h25) pour l’entretien téléphonique prévu ensemble concernant la mission d’approvisionneuse, sans succès. Je vous ai laissé un message vocal.

La mission démarre lundi, le client attend notre proposition de candidats demain midi. Si vous êtes toujours intéressée, rappelez-moi AUJOURD’HUI au 04 37 28 60 11.

Bonne journée,
Kevin – Proxima Intérim Lyon 7
""",
})

SPECS.append({
    "key": "m04", "kind": "missed_interview_notice", "scenario": "journee_immersion_absente", "lang": "fr",
    "company": "Logistique Saône-Rhône", "contact": "nadia.benali@lsr-logistique.example.fr",
    "sender": ("Nadia Benali", "nadia.benali@lsr-logistique.example.fr"),
    "subject": "Journée d'immersion du 2 février",
    "date": "2026-02-02 10:18 +0100", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "thread": ["i01"],
    "text": """
Bonjour Élodie,

Vous étiez attendue ce matin à 7h30 sur la plateforme pour votre journée d'immersion aux côtés de l'équipe réception, dernière étape avant la décision finale. Le chef d'équipe, M. Dos Santos, vous a attendue jusqu'à 8h15 à l'accueil poids lourds.

Nous n'avons reçu aucun message de votre part. Pouvez-vous me dire ce qu'il s'est passé ? Si c'est un malentendu sur la date ou le lieu, nous pouvons envisager de reprogrammer cette journée, mais j'ai besoin de votre retour rapidement.

Cordialement,

Nadia Benali
Chargée de recrutement
Logistique Saône-Rhône
04 74 94 12 60
""",
})

SPECS.append({
    "key": "m05", "kind": "missed_interview_notice", "scenario": "ong_constat_absence", "lang": "fr",
    "company": "Croix-Verte Internationale", "contact": "recrutement@croix-verte.example.ch",
    "sender": ("Unité Recrutement – Croix-Verte Internationale", "recrutement@croix-verte.example.ch"),
    "subject": "Entretien du 30 mars – absence",
    "date": "2026-03-30 16:02 +0200", "structure": "alt", "charset": "utf-8", "cte": "quoted-printable",
    "thread": ["i05"],
    "text": """
Madame,

Le panel vous a attendue cet après-midi à 14h15 pour l'entretien relatif au poste de Coordinatrice Logistique Humanitaire (réf. CVI-26-031). Nous constatons que vous ne vous êtes pas présentée et que nous n'avons reçu aucune information de votre part.

Si un empêchement indépendant de votre volonté explique cette absence, nous vous remercions de nous en faire part d'ici au 1er avril ; nous examinerons alors la possibilité d'un entretien à distance. À défaut, nous considérerons que vous retirez votre candidature.

Avec nos meilleures salutations,

Unité Recrutement
Croix-Verte Internationale
""",
    "html": """
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:13px;color:#222;">
<tr><td style="border-bottom:2px solid #2e7d32;padding-bottom:8px;"><img src="https://www.croix-verte.example.ch/assets/logo-cvi.png" alt="Croix-Verte Internationale" height="40"></td></tr>
<tr><td style="padding-top:14px;line-height:19px;">
<p>Madame,</p>
<p>Le panel vous a attendue cet après-midi à 14h15 pour l'entretien relatif au poste de Coordinatrice Logistique Humanitaire (réf. CVI-26-031). Nous constatons que vous ne vous êtes pas présentée et que nous n'avons reçu aucune information de votre part.</p>
<p>Si un empêchement indépendant de votre volonté explique cette absence, nous vous remercions de nous en faire part d'ici au 1<sup>er</sup> avril ; nous examinerons alors la possibilité d'un entretien à distance. À défaut, nous considérerons que vous retirez votre candidature.</p>
<p>Avec nos meilleures salutations,</p>
<p><b>Unité Recrutement</b><br>Croix-Verte Internationale</p>
</td></tr></table>
""",
})

SPECS.append({
    "key": "m06", "kind": "missed_interview_notice", "scenario": "tried_calling_agency", "lang": "en",
    "company": "Pellegrini Imballaggi", "contact": "matteo.ricci@lagostalent.example.it",
    "sender": ("Matteo Ricci", "matteo.ricci@lagostalent.example.it"),
    "subject": "Missed call – Pellegrini video interview",
    "date": "2026-05-06 10:52 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
    "thread": [SENT["pellegrini"], "i16"],
    "text": """
Hi Élodie,

Chiara Pellegrini has been waiting in the Teams meeting since 10:30 and you haven't joined. I've tried calling your mobile twice too but it goes straight to voicemail.

Is everything OK? If you've had a connection issue, call me on +39 347 555 2210 right away – she can hold on until 11:00, otherwise I'll have to ask her for another slot, which may be tricky this week.

Matteo
""",
})

SPECS.append({
    "key": "m07", "kind": "missed_interview_notice", "scenario": "you_did_not_join", "lang": "en",
    "company": "Lumen Freight", "contact": "ines.castro@lumenfreight.example.com",
    "sender": ("Inés Castro", "ines.castro@lumenfreight.example.com"),
    "subject": "We missed you today",
    "date": "2026-06-12 15:24 +0200", "structure": "alt", "charset": "utf-8", "cte": "8bit",
    "thread": ["i17", "rc02"],
    "text": """
Hi Élodie,

We were on the Google Meet at 15:00 for your interview for the Carrier Procurement Manager role, but it looks like you didn't join the call. We waited about 20 minutes.

I hope everything is alright. If something came up, let me know and I'll see whether we can find another slot next week – though I can't promise, as we're hoping to close the process soon.

Best,
Inés

Inés Castro
Talent Lead · Lumen Freight
Carrer de Pujades 77, 08005 Barcelona
""",
    "html": """
<div style="font-family:Arial,sans-serif;font-size:14px;">
<p>Hi Élodie,</p>
<p>We were on the Google Meet at 15:00 for your interview for the Carrier Procurement Manager role, but it looks like you didn't join the call. We waited about 20 minutes.</p>
<p>I hope everything is alright. If something came up, let me know and I'll see whether we can find another slot next week – though I can't promise, as we're hoping to close the process soon.</p>
<p>Best,<br>Inés</p>
<p style="color:#555;font-size:12px;"><b>Inés Castro</b><br>Talent Lead · Lumen Freight<br>Carrer de Pujades 77, 08005 Barcelona<br>
<a href="https://www.linkedin.example.com/company/lumenfreight">LinkedIn</a> · <a href="https://twitter.example.com/lumenfreight">X</a></p>
</div>
""",
})

SPECS.append({
    "key": "m08", "kind": "missed_interview_notice", "scenario": "vergeblich_erwartet", "lang": "de",
    "company": "Isartal Großhandel", "contact": "personal@isartal-grosshandel.example.de",
    "sender": ("Personalabteilung Isartal Großhandel", "personal@isartal-grosshandel.example.de"),
    "subject": "Ihr Vorstellungsgespräch am 21.09.2026",
    "date": "2026-09-21 12:30 +0200", "structure": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": """
Sehr geehrte Frau Marchetti-Nkemelu,

leider haben wir Sie heute um 10:00 Uhr vergeblich zu Ihrem Vorstellungsgespräch für die Position als Disponentin Beschaffung (m/w/d) erwartet. Eine Absage oder Nachricht von Ihnen lag uns nicht vor.

Sollte Ihnen etwas dazwischengekommen sein, melden Sie sich bitte bis Donnerstag bei uns. Andernfalls gehen wir davon aus, dass Sie kein Interesse mehr an der Stelle haben, und schließen Ihre Bewerbung ab.

Mit freundlichen Grüßen

Sabine Egger
Personalabteilung
Isartal Großhandel GmbH
Gewerbering 14 · 82049 Pullach im Isartal
""",
})

SPECS.append({
    "key": "m09", "kind": "missed_interview_notice", "scenario": "schweiz_videocall_nicht_dabei", "lang": "de",
    "company": "Brunner Pharma Distribution", "contact": "r.keller@brunner-pharma.example.ch",
    "sender": ("Keller Reto", "r.keller@brunner-pharma.example.ch"),
    "subject": "Teams-Gespräch heute 10.00 Uhr",
    "date": "2026-06-16 10:25 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "8bit",
    "thread": ["i21", "rc13"],
    "text": """
Sehr geehrte Frau Marchetti-Nkemelu

Frau Rochat und ich sind seit 10.00 Uhr im Teams-Meeting, Sie waren jedoch bisher nicht dabei. Ich habe Sie auch telefonisch nicht erreicht.

Falls es technische Probleme gibt, können Sie sich auch über das Telefon einwählen (+41 43 555 07 00, Konferenz-ID 518 224 907#). Wir warten noch bis 10.30 Uhr. Danach müssten wir einen neuen Termin suchen.

Freundliche Grüsse
Reto Keller
Brunner Pharma Distribution AG
""",
})

SPECS.append({
    "key": "m10", "kind": "missed_interview_notice", "scenario": "te_estuvimos_esperando", "lang": "es",
    "company": "Logística Portuaria Garraf", "contact": "pau.serra@lpgarraf.example.es",
    "sender": ("Pau Serra", "pau.serra@lpgarraf.example.es"),
    "subject": "Entrevista de hoy",
    "date": "2026-07-13 10:02 +0200", "structure": "plain", "charset": "windows-1252", "cte": "quoted-printable",
    "thread": [SENT["garraf"], "i25"],
    "text": """
Hola Élodie,

Te estuvimos esperando en el Teams a las 9:30 Montse y yo, pero no llegaste a conectarte. Te he llamado al móvil y no había cobertura.

¿Ha pasado algo? Si quieres, lo intentamos de nuevo el miércoles a la misma hora, pero confírmamelo hoy porque Montse tiene la semana muy complicada.

Un saludo,
Pau
""",
})

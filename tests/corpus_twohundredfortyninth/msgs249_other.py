"""Corpus 249, kind `other`: 52 hand-written messages (fr 26, en 14, de 5, es 7): the
candidate's own mail, digests and newsletters, advice, auto-replies, notifications and mail
that uses interview/appointment words in another sense."""

from __future__ import annotations

from msgs249_common import (
    CANDIDATE,
    CANDIDATE_SIG_EN,
    CANDIDATE_SIG_FR,
    M,
    card,
    forwarded,
    newsletter,
    outlook,
    outlook_block,
    paras,
    quote,
    simple,
    wrote,
)

OTH = "other"

VAUTRIN = ("Obadia, Claire", "claire.obadia@vautrin-delorme.example.fr")
HALLARD = ("Gauthier Lemaire", "g.lemaire@champagne-hallard.example.fr")
HELENE = ("Hélène Brûlé", "helene.brule@champagne-coutelas.example.fr")
DELMOTTE = ("Marie-Noëlle Dierickx", "m.dierickx@caves-delmotte.example.be")
MORAG = ("Morag Lindsay", "morag.lindsay@thistleandvine.example.co.uk")
TOM = ("Tom Ashworth", "tom@leithvintners.example.co.uk")
MAITE = ("Maite Garaikoetxea", "maite.garaikoetxea@iturrialde.example.es")


def bulk(list_id: str, unsub: str) -> list[tuple[str, str]]:
    return [("List-Id", list_id), ("List-Unsubscribe", f"<{unsub}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]


AUTO_REPLY = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]

# ====================================================================== the candidate's own mail

_own_accept_vautrin = f"""Bonjour Claire,

Merci beaucoup pour cette invitation. Je confirme avec plaisir ma présence le jeudi
19 février à 14 h à Épernay, et j'ai accepté l'invitation dans mon agenda.

Bien cordialement,

{CANDIDATE_SIG_FR}

{wrote("fr", "mar. 10 févr. 2026 à 11:04", "Obadia, Claire", VAUTRIN[1])}
{quote('''Bonjour Anaïs,

Suite à l'examen de votre candidature au poste d'assistante commerciale export, nous
souhaiterions vous rencontrer.

Je vous propose un entretien le jeudi 19 février 2026 à 14 h 00, dans nos locaux de
l'avenue de Champagne à Épernay.''')}
"""

_own_thanks_coutelas = """Bonjour Hélène,

Un grand merci pour notre échange téléphonique de ce matin. La présentation du projet de
développement au Japon m'a donné très envie de poursuivre.

Belle journée,
Anaïs Lefebvre-Mwangi"""

_own_apology_hallard = f"""Bonjour Gauthier,

Je suis vraiment désolée : mon téléphone était resté en mode avion après une dégustation
matinale. Serait-il possible de convenir d'un autre moment ?

Anaïs

{wrote("fr", "jeu. 5 mars 2026 à 10:40", "Gauthier Lemaire", HALLARD[1])}
{quote('''Bonjour Anaïs,

J'ai essayé de vous appeler deux fois à 10 h comme convenu, sans succès, et je suis tombé
sur votre messagerie. J'espère que tout va bien de votre côté.

Rappelez-moi quand vous pouvez au 03 26 40 18 72, ou proposez-moi un autre moment.

Gauthier''')}
"""

_own_application_perrot = f"""Madame, Monsieur,

Sommelière depuis huit ans à Reims, je souhaite mettre ma connaissance des vins et des
clients étrangers au service d'une maison de champagne, comme assistante export. Vous
trouverez ci-joint mon CV.

Je me tiens à votre disposition pour un échange.

{CANDIDATE_SIG_FR}"""

_own_delmotte_request = f"""Bonjour Madame Dierickx,

Merci beaucoup pour votre proposition. Serait-il possible de décaler l'entretien au
mercredi 25 mars, à n'importe quelle heure ? Je suis en service au restaurant le mardi.

Bien cordialement,
Anaïs Lefebvre-Mwangi

{outlook_block("fr", "Marie-Noëlle Dierickx <m.dierickx@caves-delmotte.example.be>", "mardi 17 mars 2026 09:11", "Anaïs Lefebvre-Mwangi <anais.lm@example.fr>", "Entretien - assistante export")}

Bonjour Madame Lefebvre-Mwangi,

Votre candidature pour le poste d'assistante export a retenu notre attention.

Nous vous proposons un premier entretien par Teams le mardi 24 mars à 14 h avec
Mme An Peeters, responsable des ventes. Le lien vous sera envoyé la veille.
"""

_own_forward_offer = f"""Coucou Julien,

Regarde ce que je viens de recevoir de chez Hallard ! Tu peux jeter un œil aux conditions
ce soir ? Je me demande si je dois négocier le salaire ou pas, et ça ferait un démarrage
avant Vinexport…

Bisous,
A.

{forwarded("fr", "Gauthier Lemaire <g.lemaire@champagne-hallard.example.fr>", "lun. 30 mars 2026 à 14:05", "Promesse d'embauche – assistante export", "Anaïs Lefebvre-Mwangi <anais.lm@example.fr>")}

Bonjour Anaïs,

Suite à notre appel de ce midi, je vous confirme par écrit ce que je vous ai annoncé : nous
serions très heureux de vous accueillir chez Champagne Hallard & Fils comme assistante
export !

Vous trouverez en pièce jointe la promesse d'embauche : CDI, statut agent de maîtrise,
34 000 € bruts annuels sur 13 mois, prise de poste le 4 mai 2026.
"""

_own_thanks_thistle = f"""Dear Morag,

Thank you for taking the time to meet me yesterday, and please pass on my thanks to
Alasdair, I hope he is fully recovered. I really enjoyed the tour of the warehouse and the
discussion about the Spanish portfolio, and I'm more excited than ever about the role.

If there's anything else you need from me, do let me know.

Best wishes,
{CANDIDATE_SIG_EN}"""

_own_application_leith = f"""Dear Mr Ashworth,

I'm a sommelier based in Reims and moving to Edinburgh this autumn. I saw your post about
a part-time export and wholesale assistant and would love to be considered. My CV is
attached.

Kind regards,
{CANDIDATE_SIG_EN}"""

_own_bewerbung = """Sehr geehrte Frau Thill,

anbei sende ich Ihnen meine Bewerbung als Exportassistentin. Als Sommelière in Reims habe ich
viel mit Gästen aus Deutschland und Luxemburg gearbeitet und würde mich freuen, Ihre
Crémants und Rieslinge auf neuen Märkten zu vertreten.

Mit freundlichen Grüßen
Anaïs Lefebvre-Mwangi
14 rue de Talleyrand, 51100 Reims, Frankreich
+33 6 41 27 58 90"""

_own_confirm_iturrialde = f"""Hola Maite:

Muchas gracias por la invitación. Confirmo mi asistencia a la entrevista del miércoles 17
de junio a las 10:00 en la bodega. Llegaré el día anterior a Logroño.

Un saludo,
Anaïs Lefebvre-Mwangi

{wrote("es", "mar, 9 jun 2026 a las 12:00", "Maite Garaikoetxea", MAITE[1])}
{quote('''Hola Anaïs:

Gracias por tu interés en el puesto de asistente de exportación. Nos gustaría conocerte en
persona.

Te proponemos una entrevista con el comité de selección el miércoles 17 de junio a las
10:00 en la bodega (Avda. de Burgos 112, Logroño).''')}
"""

# ====================================================================== digests, newsletters

_vitijobs_items = [
    ("Assistant(e) export – Maison de champagne (Épernay)",
     "https://www.vitijobs.example.fr/offre/88213?utm_source=alerte",
     "CDI · anglais courant · entretiens prévus fin janvier"),
    ("Chargé(e) ADV export vins – Négoce (Beaune)",
     "https://www.vitijobs.example.fr/offre/88240?utm_source=alerte",
     "CDI · allemand apprécié"),
    ("Commercial(e) export Asie – Spiritueux (Cognac)",
     "https://www.vitijobs.example.fr/offre/88251?utm_source=alerte",
     "CDI · 5 ans d'expérience"),
    ("Sommelier(ère) conseil – Caviste (Reims)",
     "https://www.vitijobs.example.fr/offre/88262?utm_source=alerte",
     "CDD 6 mois · week-ends"),
    ("Assistant(e) logistique export – Transitaire (Le Havre)",
     "https://www.vitijobs.example.fr/offre/88270?utm_source=alerte",
     "CDI · DAE, DSA, incoterms"),
]
_vitijobs_text = "Bonjour Anaïs,\n\n5 nouvelles offres correspondent à votre alerte « export vins Champagne-Ardenne » :\n\n" + "\n\n".join(
    f"• {title}\n  {blurb}\n  {url}" for title, url, blurb in _vitijobs_items) + """

Astuce de la semaine : relancer après un entretien, oui, mais pas avant une semaine. Et si
vous recevez une réponse négative, demandez un retour : 4 recruteurs sur 10 acceptent d'en
donner un.

Vous recevez cet e-mail car vous avez créé une alerte sur VitiJobs.
Gérer mes alertes : https://www.vitijobs.example.fr/compte/alertes
Se désabonner : https://www.vitijobs.example.fr/desabonnement?u=a7f3"""

_negoce_html = newsletter(
    "La Lettre du Négoce – n° 112",
    paras("""Chers lecteurs,

Ce mois-ci, notre dossier carrière s'intéresse à un sujet que tout le monde vit et dont
personne ne parle : le refus. « Nous avons le regret de vous informer… » : comment lire entre
les lignes d'une réponse négative, et comment rebondir ?"""),
    [("Dossier : après un refus, comment rebondir", "https://lettre-negoce.example.fr/112/refus",
      "Trois directeurs export racontent les candidatures qu'ils n'ont pas retenues, et pourquoi."),
     ("Marchés : la Belgique reste le premier client des bulles",
      "https://lettre-negoce.example.fr/112/belgique",
      "Volumes stables, valeur en hausse de 4 %."),
     ("Portrait : de sommelière à responsable export",
      "https://lettre-negoce.example.fr/112/portrait",
      "Le parcours d'Ophélie, recrutée après trois entretiens et un refus."),
     ("Agenda : salons et dégustations professionnelles du printemps",
      "https://lettre-negoce.example.fr/112/agenda", "Lille, Bruxelles, Luxembourg, Paris.")],
    'Vous recevez La Lettre du Négoce car vous y êtes abonnée. '
    '<a href="https://lettre-negoce.example.fr/desabonnement?id=5512">Se désabonner</a>',
)

_emploi_champagne_items = [
    ("Assistante commerciale export H/F – Reims", "https://emploi-champagne.example.fr/o/4411",
     "Publiée il y a 2 jours · 41 candidatures"),
    ("Hôte(sse) d'accueil œnotourisme – Épernay", "https://emploi-champagne.example.fr/o/4415",
     "Saisonnier · avril à octobre"),
    ("Responsable ADV – Aÿ-Champagne", "https://emploi-champagne.example.fr/o/4420",
     "CDI · management d'une équipe de 3"),
    ("Chef de cave adjoint – Côte des Bar", "https://emploi-champagne.example.fr/o/4423",
     "CDI · BTS viti-oeno exigé"),
]
_emploi_champagne_html = newsletter(
    "Emploi Champagne – votre sélection hebdo",
    paras("""Bonjour Anaïs,

Voici les postes publiés cette semaine qui correspondent à votre profil. Les recruteurs
organisent souvent les premiers entretiens dans les dix jours : ne tardez pas !"""),
    _emploi_champagne_items,
    'Emploi Champagne · 3 place de la République, 51100 Reims · '
    '<a href="https://emploi-champagne.example.fr/unsub?u=77e2">Désinscription</a>',
    accent="#b8860b",
)
_emploi_champagne_text = "Bonjour Anaïs,\n\nVoici les postes publiés cette semaine :\n\n" + "\n".join(
    f"- {t} ({b}) : {u}" for t, u, b in _emploi_champagne_items) + \
    "\n\nDésinscription : https://emploi-champagne.example.fr/unsub?u=77e2"

_capexport_html = newsletter(
    "Cap Export Carrières – le blog",
    paras("""Réussir son entretien d'embauche en anglais : 7 conseils de recruteurs

1. Préparez votre « pitch » de deux minutes, à voix haute.
2. Ne traduisez pas votre CV mot à mot : racontez des résultats.
3. Ayez trois exemples de situations difficiles avec un client étranger.
4. Si vous ne comprenez pas une question, reformulez-la : c'est apprécié.
5. Renseignez-vous sur les marchés prioritaires de l'entreprise.
6. Préparez deux questions sur l'équipe et la suite du processus.
7. Et après ? Un court message de remerciement dans les 24 heures."""),
    [("Lire l'article complet", "https://capexport.example.fr/blog/entretien-anglais", ""),
     ("Notre guide : négocier son salaire à l'export",
      "https://capexport.example.fr/guides/salaire-export", "PDF gratuit, 14 pages")],
    '<a href="https://capexport.example.fr/newsletter/stop?e=anais">Ne plus recevoir le blog</a>',
    accent="#005f73",
)

_winejobs_items = [
    ("Export Sales Executive - Craft Spirits (Glasgow)",
     "https://winejobs.example.co.uk/j/51207", "£30-34k · French an advantage"),
    ("Wine Buyer's Assistant (Edinburgh)", "https://winejobs.example.co.uk/j/51219",
     "£26k · interviews w/c 16 March"),
    ("Customer Service & Export Admin (Perth)", "https://winejobs.example.co.uk/j/51222",
     "£24.5k · hybrid"),
    ("Sommelier - Fine Dining (Leith)", "https://winejobs.example.co.uk/j/51230",
     "£32k + tronc"),
    ("Logistics Coordinator - Bonded Warehouse (Grangemouth)",
     "https://winejobs.example.co.uk/j/51236", "£28k · shift pattern"),
]
_winejobs_text = "WineJobs Weekly - 5 new jobs matching \"export, Scotland\"\n\n" + "\n\n".join(
    f"{t}\n{b}\n{u}" for t, u, b in _winejobs_items) + """

From the blog: "I've had five rejections this month - what am I doing wrong?" Our recruiter
panel answers your questions about interviews, feedback and rejection.
https://winejobs.example.co.uk/blog/five-rejections

You're receiving this because you signed up for WineJobs alerts.
Unsubscribe: https://winejobs.example.co.uk/alerts/unsubscribe?t=9c1e"""

_exportdesk_text = """THE EXPORT DESK - Issue 38

Five questions you'll be asked in an export sales interview (and how to answer them)

1. "Tell me about a difficult customer abroad." Pick a real story with an outcome.
2. "How would you open a new market?" Show a plan, not a wish list.
3. "What do you know about Incoterms?" Know at least EXW, FCA and DAP.
4. "Why leave hospitality / your current sector?" Be positive about both.
5. "What would you do in your first 90 days?" Listen, map, then act.

Also this issue:
- Sommeliers in sales: why distributors are hiring them
  https://exportdesk.example.com/38/sommeliers
- Duty suspension explained in 300 words
  https://exportdesk.example.com/38/duty

You are subscribed to The Export Desk as anais.lm@example.fr.
Unsubscribe: https://exportdesk.example.com/unsubscribe/38/anais"""

_coach_html = simple(paras("""Rejected again? How to read a "no"

Hi there,

This week a reader wrote in: "I got a rejection email saying they had decided to move
forward with other candidates. Is that code for something?"

Mostly, no. Templates exist because legal teams like them. What matters is what you do
next: ask for feedback once, politely, then let it go. Keep a simple tracker of
applications, interviews and outcomes, and look for patterns after ten, not after one.

If you'd like to go deeper, my next free workshop is on 14 May.

Rachel
The Second Interview newsletter

Unsubscribe: https://secondinterview.example.com/unsubscribe"""), lang="en")

_stellenticker_text = """Stellenticker Wein & Logistik – Ihre Treffer dieser Woche

Exportsachbearbeiter (m/w/d) – Weinhandel, Trier
https://stellenticker.example.de/job/77120
Teamassistenz Vertrieb (m/w/d) – Sektkellerei, Rheingau
https://stellenticker.example.de/job/77134
Speditionskauffrau/-mann Zoll (m/w/d) – Luxemburg
https://stellenticker.example.de/job/77141

Ratgeber: Nach der Absage ist vor dem Vorstellungsgespräch – so fragen Sie richtig nach
Feedback.
https://stellenticker.example.de/ratgeber/absage-feedback

Sie erhalten diesen Newsletter, weil Sie einen Suchauftrag angelegt haben.
Abmelden: https://stellenticker.example.de/abmelden?id=44e1"""

_boletin_html = newsletter(
    "Empleo Vino Rioja · boletín semanal",
    paras("""Hola, Anaïs:

Estas son las nuevas ofertas de la semana en La Rioja y Navarra. Recuerda: muchas bodegas
hacen ya las entrevistas de vendimia en agosto."""),
    [("Administrativo/a de exportación, Haro", "https://empleovinorioja.example.es/o/3310",
      "Indefinido · inglés B2"),
     ("Guía de enoturismo, Laguardia", "https://empleovinorioja.example.es/o/3312",
      "Temporal · francés valorado"),
     ("Técnico/a de logística, Logroño", "https://empleovinorioja.example.es/o/3319",
      "Indefinido · carretillero"),
     ("Artículo: cómo encajar un rechazo y seguir adelante",
      "https://empleovinorioja.example.es/blog/rechazo", "Cinco consejos de seleccionadores")],
    '<a href="https://empleovinorioja.example.es/baja?u=anais">Darme de baja</a>',
    accent="#7b2d26", lang="es",
)

_webinar_text = """Bonjour,

Le Forum Emploi Négoce & Logistique de Lille vous propose un atelier en ligne gratuit :

« Préparer ses entretiens de recrutement dans le vin et les spiritueux »
Mardi 9 juin, de 18 h 30 à 19 h 30, sur Zoom

Au programme : les questions pièges, la dégustation commentée en entretien, comment
répondre à un refus et demander un retour.

Inscription : https://forum-emploi-negoce.example.fr/ateliers/entretiens

L'équipe du Forum
Pour ne plus recevoir nos invitations : https://forum-emploi-negoce.example.fr/stop"""

# ====================================================================== people, press, research

_podcast_text = """Bonjour Anaïs,

Je m'appelle Margaux Ferrier et je produis « Bulles de Métier », un podcast qui donne la
parole aux gens qui font le champagne au quotidien, des vendangeurs aux sommeliers.

Pierre, du restaurant Le Jardin des Crayères, m'a parlé de vous et de votre regard sur les
accords mets-champagne. Accepteriez-vous que je vous interviewe pour un épisode ?
L'enregistrement dure environ une heure, chez vous ou dans notre petit studio de Reims.

Aucune obligation bien sûr, dites-moi si l'idée vous plaît.

Margaux Ferrier
Bulles de Métier – le podcast
06 52 18 40 77"""

_press_text = """Dear Anaïs,

I'm a journalist with the Scottish Wine Review, working on a feature about French wine
professionals who have moved, or are moving, to Scotland.

A mutual contact at Thistle & Vine mentioned that you'll be relocating to Edinburgh. Would
you be willing to be interviewed for the piece? It would be a 30-minute conversation by
phone or over coffee, at a time that suits you, and I'd send you your quotes to check.

Best wishes,
Callum Reid
Features Writer, Scottish Wine Review
07700 900 418"""

_research_text = """Hi Anaïs,

Thanks for using CellarTrack! We're talking to wine professionals about how they manage
tasting notes and cellar inventory, and we'd love to hear from you.

Would you join a 30-minute user research interview over video? There are no right or wrong
answers, we just want to understand how you work. As a thank-you, we'll send a £25 voucher.

Pick any slot here: https://calendly.example.com/cellartrack-research/30min

Cheers,
Nina Patel
User Researcher, CellarTrack"""

_vendangeo_text = """Bonjour Anaïs,

Vous utilisez Vendangeo depuis plus d'un an : merci ! Notre équipe produit prépare une
nouvelle version de la cave virtuelle et cherche des sommeliers pour des entretiens
utilisateurs de 45 minutes en visio.

Il ne s'agit pas d'un test : on vous montre des maquettes et on écoute vos réactions. En
remerciement, nous offrons un bon de 40 € chez un caviste partenaire.

Répondez simplement à ce message si vous êtes partante, je vous proposerai des créneaux.

Chloé Barthélemy
UX Researcher – Vendangeo"""

_camille_text = """Salut ma belle,

Bon, je t'écris parce que j'ai besoin de vider mon sac : j'ai reçu ce matin le refus de la
Maison Lorvelle. Trois entretiens, une étude de cas sur le marché japonais, et au final un
mail de quatre lignes qui me dit qu'ils ont « retenu un profil plus expérimenté ». Je suis
dégoûtée.

Et toi, des nouvelles de tes candidatures ? Tu as eu un retour de Vautrin-Delorme ?

On se voit samedi au marché du Boulingrin ?

Camille"""

_rory_text = """Anaïs!

How's the hunt going? Mine's going badly: Glen Aldie turned me down for the brand
ambassador job this morning. Three rounds and a cocktail demo, and then "we have decided
to proceed with candidates who more closely match our requirements." Brutal.

Anyway, I'm drowning my sorrows at the Port O'Leith on Friday if you're over by then.

Rory"""

_nerea_text = """¡Hola Anaïs!

¿Qué tal todo por Reims? Te cuento: al final no me han cogido en Bodegas Arlanzón. Me
escribieron ayer diciendo que «lamentablemente han decidido seguir con otros candidatos».
Después de dos entrevistas y una cata, me ha sentado fatal.

Bueno, toca seguir buscando. ¿Y tú, cómo llevas lo de Logroño? Si vienes en junio, te
invito a unos pinchos en la calle Laurel.

Besos,
Nerea"""

_sebastien_text = """Salut Anaïs,

Je pensais à toi : il y a une place qui se libère chez Vins & Co, le caviste de la place
Flagey à Ixelles. Ils cherchent quelqu'un pour développer la vente aux restaurants et un
peu d'import. Je te transfère l'annonce dès que je la retrouve, sinon passe les voir de ma
part, le patron s'appelle Didier.

Et sinon, tu viens quand à Bruxelles ? On te doit toujours une fois une gueuze !

Seb"""

# ====================================================================== cold approaches

_merieux_cold = """Bonjour Anaïs,

Je me permets de vous contacter directement : Bastien Roux-Chabert, associé au Cabinet
Mérieux Search, spécialisé dans le recrutement de cadres du vin et des spiritueux.

Je mène actuellement une mission pour une maison parisienne de négoce qui souhaite étoffer
son équipe export. Votre parcours de sommelière, associé à votre pratique de l'anglais et de
l'espagnol, correspond à ce qu'ils recherchent.

Si le sujet vous intéresse, faites-le-moi savoir et je vous en dirai plus.

Bien à vous,
Bastien Roux-Chabert
Associé – Cabinet Mérieux Search
41 rue de Courcelles, 75008 Paris"""

_hannah_cold = """Hi Anaïs,

I hope you don't mind me reaching out. I'm a recruiter at Brightside Drinks Recruitment and
I work with a number of importers and distributors across the UK.

I came across your profile and your background in sommellerie is exactly the kind of
experience several of my clients value for commercial roles. Nothing specific to put in
front of you today, but I'd like to keep you in mind as things come up.

Feel free to send me an up-to-date CV whenever suits.

Best,
Hannah Moss
Senior Consultant, Brightside Drinks Recruitment"""

_personalwerk_cold = """Guten Tag Frau Lefebvre-Mwangi,

ich bin bei der Suche nach Fachkräften für die Wein- und Getränkebranche in der Großregion
auf Ihr Profil aufmerksam geworden.

Wir besetzen regelmäßig Positionen im Export-Innendienst bei Kellereien und Händlern in
Luxemburg, im Saarland und in Rheinland-Pfalz. Hätten Sie grundsätzlich Interesse, dass ich
Sie bei passenden Vakanzen berücksichtige? Dann genügt eine kurze Antwort mit Ihrem aktuellen
Lebenslauf.

Freundliche Grüße
Stefanie Kraus
Personalberaterin
Personalwerk Saar-Lux, Bahnhofstraße 22, 66111 Saarbrücken"""

# ====================================================================== bank, landlord, school, doctor

_bank_fr_html = card(
    "Banque Champenoise",
    "Votre rendez-vous est confirmé",
    paras("""Bonjour Madame Lefebvre-Mwangi,

Nous vous confirmons votre rendez-vous avec votre conseillère, Mme Nadia Benhamou :

Jeudi 16 avril 2026 à 17 h 30 – Agence Reims Érlon
Objet : entretien patrimonial et point sur votre épargne

Pensez à vous munir de vos trois derniers bulletins de salaire. En cas d'empêchement, vous
pouvez modifier ou annuler ce rendez-vous depuis votre espace client.

Banque Champenoise"""),
    footer="Ce message est envoyé automatiquement. Merci de ne pas y répondre.",
    accent="#003b5c",
)

_landlord_text = """Bonjour Madame Lefebvre-Mwangi,

Suite à votre préavis, je vous propose de faire l'état des lieux de sortie de
l'appartement de la rue de Talleyrand le samedi 31 octobre à 10 h.

Pensez à relever la position des compteurs d'eau et d'électricité la veille, et à laisser
les deux jeux de clés. Si l'horaire ne vous convient pas, dites-le-moi.

Cordialement,
Bernard Collignon
06 80 12 45 37"""

_school_text = """Madame,

Dans le cadre du suivi de la classe de 4e B, je vous propose un entretien individuel pour
faire le point sur le trimestre de Noa, le mardi 20 janvier à 17 h 15 en salle 12.

Si ce créneau ne vous convient pas, merci de m'indiquer vos disponibilités.

Cordialement,
Mme Florence Giraud
Professeure principale de 4e B – Collège Saint-Remi, Reims"""

_doctor_html = card(
    "MédiRDV",
    "Votre rendez-vous a été annulé",
    paras("""Bonjour Anaïs,

Votre rendez-vous du lundi 11 mai 2026 à 08 h 45 avec le Dr Philippe Moreau
(médecine générale) a été annulé par le cabinet.

Motif : absence imprévue du praticien.

Vous pouvez reprendre un rendez-vous en ligne à tout moment. Nous vous prions de nous
excuser pour la gêne occasionnée."""),
    footer="MédiRDV · Ce message est automatique, merci de ne pas y répondre.",
    accent="#107acc",
)

_chaudiere_text = """Bonjour Madame,

L'entretien annuel de votre chaudière gaz est à prévoir (contrat n° CR-20417).

Notre technicien passera le mercredi 7 octobre entre 8 h et 12 h au 14 rue de Talleyrand.
Merci de nous prévenir au moins 48 h à l'avance en cas d'empêchement, un déplacement non
honoré pouvant être facturé.

Cordialement,
Julie Perrin
Service planification – Chauffage Rémois
03 26 08 55 20"""

_dentist_text = """Dear Anaïs,

This is a reminder of your appointment with Dr Fraser at Leith Dental Practice on
Tuesday 6 October at 09:20.

If you need to cancel or move your appointment, please reply to this email or call us on
0131 496 0902 at least 24 hours in advance.

Kind regards,
Reception team
Leith Dental Practice, 41 Constitution Street, Edinburgh EH6 7BG"""

_bank_de_html = simple(paras("""Sehr geehrte Frau Lefebvre-Mwangi,

hiermit bestätigen wir Ihren Termin für ein Beratungsgespräch zur Baufinanzierung:

Montag, 19. Oktober 2026, 14:00 Uhr
Filiale Luxemburg-Gare, Avenue de la Gare 38

Ihr Berater: Herr Marc Feller

Bitte bringen Sie einen Gehaltsnachweis und einen gültigen Ausweis mit. Falls Sie den
Termin nicht wahrnehmen können, sagen Sie ihn bitte in Ihrem Online-Banking ab.

Mit freundlichen Grüßen
Ihre Mosel Sparbank

Diese Nachricht wurde automatisch erstellt."""), lang="de")

_piso_text = """Hola Anaïs:

Te confirmo la visita al piso de la calle Marqués de Vallejo, 3.º izquierda, el sábado 13 de
junio a las 11:00. Es el que tiene la terraza y la plaza de garaje que te comenté.

Si te retrasas o no puedes venir, avísame por WhatsApp.

Un saludo,
Rubén Lasanta
Inmobiliaria Lasanta · Logroño · 650 44 18 92"""

# ====================================================================== parcels, notifications

_colis_html = card(
    "ColisExpress",
    "Votre colis est retardé",
    paras("""Bonjour,

Malheureusement, votre colis n° CX 4471 2093 FR ne pourra pas être livré à la date prévue.

Position actuelle : plateforme de tri de Wissous (91)
Nouvelle date de livraison estimée : jeudi 23 avril 2026

Suivez la position de votre colis en temps réel depuis l'application ColisExpress.

Nous vous prions de nous excuser pour ce retard."""),
    footer="ColisExpress – Ce message est envoyé automatiquement.",
    accent="#e67e22",
)

_package_text = """Your package is delayed

Hi Anaïs,

Unfortunately your order #EDN-55813 (2 x wine shipping boxes) is running late.

Current position: Glasgow depot (last GPS scan 06:42)
New estimated delivery: Thursday 3 September, 12:00-16:00

We're sorry for the inconvenience. Track your parcel:
https://track.parcelpoint.example.co.uk/EDN-55813

ParcelPoint - this mailbox is not monitored."""

_pedido_html = card(
    "EnvíoRápido",
    "Tu pedido se ha retrasado",
    paras("""Hola Anaïs:

Lamentablemente, tu pedido n.º ER-20981 no llegará en la fecha prevista debido a una
incidencia en el centro logístico.

Posición actual del repartidor: Polígono La Portalada, Logroño
Nueva fecha estimada de entrega: martes 16 de junio

Disculpa las molestias."""),
    footer="EnvíoRápido · Este correo se ha generado automáticamente.",
    accent="#c0392b", lang="es",
)

_linkup_viewed_html = card(
    "LinkUp",
    "3 recruteurs ont consulté votre profil",
    paras("""Bonjour Anaïs,

Votre profil attire l'attention ! Cette semaine :
• 3 recruteurs ont consulté votre profil (dont un chasseur de têtes à Paris)
• vous êtes apparue dans 21 recherches
• 6 nouvelles offres correspondent à « assistante export »

Mettez à jour votre titre pour augmenter vos chances d'être contactée pour un entretien.""")
    + '\n<p><a href="https://www.linkup.example.com/me/profile-views">Voir qui a consulté '
      'votre profil</a></p>',
    footer='LinkUp · <a href="https://www.linkup.example.com/settings/emails">Préférences '
           "e-mail</a>",
    accent="#0a66c2",
)

_linkup_searches_text = """You appeared in 14 searches this week

Hi Anaïs,

Recruiters at wine importers and logistics companies found you this week.
Top search terms: "sommelier", "export assistant", "French speaker".

New jobs for you:
- Export Sales Coordinator, Thistle & Vine Imports, Edinburgh
  https://www.linkup.example.com/jobs/view/88123
- Customer Operations Assistant, Forth Bonded Logistics, Edinburgh
  https://www.linkup.example.com/jobs/view/88140

Unsubscribe from weekly search updates:
https://www.linkup.example.com/settings/emails?type=search_appearances"""

_linkup_es_html = card(
    "LinkUp",
    "Nuevas ofertas para ti",
    paras("""Hola, Anaïs:

Hay 4 nuevas ofertas que coinciden con tu búsqueda «asistente de exportación» en Logroño:

• Asistente de exportación – Bodega familiar, Cenicero
• Administrativa comercial (francés) – Transportes, Logroño
• Export Area Assistant – Grupo vinícola, Haro
• Técnico/a comercio exterior – Cooperativa, Alfaro

Postúlate pronto: las ofertas más recientes reciben más respuestas de los seleccionadores."""),
    footer='LinkUp · <a href="https://www.linkup.example.com/settings/emails">Darte de baja</a>',
    accent="#0a66c2", lang="es",
)

_badge_html = card(
    "Vinorama Lille 2026",
    "Votre badge visiteur professionnel",
    paras("""Bonjour Anaïs,

Merci pour votre inscription à Vinorama Lille, le salon des vins et spiritueux du Nord,
les 15 et 16 mars 2026 à Lille Grand Palais.

Votre badge est joint à cet e-mail : imprimez-le ou présentez-le sur votre téléphone.
Le plan du salon et la position des 320 stands sont disponibles dans l'application.

Nouveauté cette année : l'espace « Carrières » où des négociants présentent leurs postes
ouverts.

À très bientôt,
L'équipe Vinorama"""),
    footer="Vinorama – ne pas répondre à ce message", accent="#6c3483",
)

# ====================================================================== out of office

_ooo_sophie = """Bonjour,

Je suis absente du bureau jusqu'au lundi 16 mars inclus, avec un accès limité à mes
e-mails.

Pour toute question concernant un processus de recrutement ou un entretien en cours, vous
pouvez contacter Olivier Cattoen (olivier.cattoen@vinexport-nord.example.fr).

Merci et à bientôt,
Sophie Vandamme"""

_ooo_fiona = """Thanks for your email. I'm out of the office until Monday 27 April with no access
to email.

If your message is about an interview or a job offer, please contact
talent@highlandcellars.example.co.uk and a colleague will help.

Fiona MacRae
Talent Partner, Highland Cellars"""

_ooo_lukas = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 24. August im Urlaub und lese meine E-Mails nicht. In dringenden
Fällen wenden Sie sich bitte an people@weinkontor-rheinblick.example.be.

Viele Grüße
Lukas Brandt"""

_ooo_maite = """Gracias por tu mensaje.

Hoy, miércoles 10 de junio, estoy fuera de la oficina. Responderé a tu correo mañana.
Para asuntos urgentes, llama a recepción: 941 20 55 00.

Maite Garaikoetxea
Bodegas Iturrialde"""

# ====================================================================== admissions

_institut_text = """Madame,

Nous avons bien étudié votre dossier de candidature au Diplôme supérieur des vins et
spiritueux, session 2026-2027.

Nous sommes au regret de vous informer que nous ne pouvons pas retenir votre candidature
pour cette session : le nombre de places est limité à vingt et la priorité a été donnée aux
candidats titulaires du niveau 3 depuis plus de deux ans. Vous pourrez présenter à nouveau
votre dossier l'an prochain.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Le secrétariat pédagogique
Institut des Vins de Champagne, 6 boulevard Lundy, 51100 Reims"""

_msc_html = simple(paras("""Dear Anaïs Lefebvre-Mwangi,

Application reference: 2026-PGT-01877
Programme: MSc International Wine Business (September 2026 entry)

Thank you for your application to Caledonia Business School. The admissions committee has
now considered your application carefully.

We regret to inform you that we are unable to offer you a place on this programme. We
received a very high number of applications this year and competition for places was
strong.

We wish you every success in your future studies and career.

Postgraduate Admissions Office
Caledonia Business School

This is an automated message; replies to this address are not monitored."""), lang="en")

MESSAGES = [
    # ------------------------------------------------------------ own mail fr
    M(OTH, "own_accepte_entretien_vautrin", "fr", frm=CANDIDATE, to=VAUTRIN,
      subject="Re: Entretien – Assistante commerciale export", date="2026-02-10 13:20 +0100",
      mid="c8f1a2e0-249a@example.fr",
      irt="AM6PR01MB4410.vautrin.20260210@vautrin-delorme.example.fr",
      text=_own_accept_vautrin, enc={"from": ("utf-8", "Q")}),
    M(OTH, "own_merci_coutelas", "fr", frm=CANDIDATE, to=HELENE,
      subject="Merci pour notre échange", date="2026-04-08 11:05 +0200",
      mid="f3a9c210-249c@example.fr", refs=["coutelas.2@champagne-coutelas.example.fr"],
      text=_own_thanks_coutelas, html=simple(paras(_own_thanks_coutelas)),
      enc={"from": ("iso-8859-1", "B"), "to": ("utf-8", "B")}),
    M(OTH, "own_excuses_appel_hallard", "fr", frm=CANDIDATE, to=HALLARD,
      subject="Re: Appel de ce matin", date="2026-03-05 12:02 +0100",
      mid="e5b7a0c3-249g@example.fr", irt="hallard.2@champagne-hallard.example.fr",
      text=_own_apology_hallard, charset="iso-8859-1", cte="8bit"),
    M(OTH, "own_candidature_spontanee_perrot", "fr", frm=CANDIDATE,
      to=("Champagne Perrot-Lagarde - RH", "rh@perrot-lagarde.example.fr"),
      subject="Candidature spontanée - assistante export", date="2026-08-24 09:12 +0200",
      mid="6c2d8b0e-249l@example.fr", text=_own_application_perrot,
      pdfs=[("CV_Anais_Lefebvre-Mwangi.pdf", "Anaïs Lefebvre-Mwangi – Curriculum vitae",
             ["Sommelière, Reims – 8 ans d'expérience en restauration gastronomique",
              "2019-2026 : Chef sommelière, restaurant étoilé, Reims",
              "2016-2019 : Sommelière, brasserie de luxe, Paris",
              "Langues : français, anglais (C1), espagnol (B2), allemand (B1)",
              "Formation : WSET niveau 3, mention sommellerie"])]),
    M(OTH, "own_demande_report_delmotte", "fr", frm=CANDIDATE, to=DELMOTTE,
      subject="RE: Entretien - assistante export", date="2026-03-18 08:14 +0100",
      mid="9a0b1c2d-249j@example.fr",
      irt="delmotte.20260317.0911@caves-delmotte.example.be",
      text=_own_delmotte_request, html=outlook(paras(_own_delmotte_request)),
      charset="iso-8859-1", cte="quoted-printable", enc={"to": ("iso-8859-1", "Q")}),
    M(OTH, "own_transfert_promesse_a_julien", "fr", frm=CANDIDATE,
      to=("Julien Mercadier", "julien.mercadier@example.fr"),
      subject="TR: Promesse d'embauche – assistante export", date="2026-03-31 07:48 +0200",
      mid="8d3e1f7a-249o@example.fr", refs=["hallard.4@champagne-hallard.example.fr"],
      text=_own_forward_offer, cte="quoted-printable"),
    # ------------------------------------------------------------ digests & newsletters fr
    M(OTH, "vitijobs_alerte", "fr", frm=("VitiJobs", "alertes@vitijobs.example.fr"),
      subject="5 nouvelles offres pour « export vins Champagne-Ardenne »",
      date="2026-01-19 06:30 +0100", text=_vitijobs_text,
      html=newsletter("VitiJobs – vos alertes", paras("Bonjour Anaïs,\n\n5 nouvelles offres "
                      "correspondent à votre alerte."), _vitijobs_items,
                      '<a href="https://www.vitijobs.example.fr/desabonnement?u=a7f3">'
                      "Se désabonner</a>"),
      headers=bulk("<alertes.vitijobs.example.fr>",
                   "https://www.vitijobs.example.fr/desabonnement?u=a7f3")),
    M(OTH, "lettre_negoce_dossier_refus", "fr",
      frm=("La Lettre du Négoce", "newsletter@lettre-negoce.example.fr"),
      subject="Dossier carrière : après un refus, comment rebondir ?",
      date="2026-04-02 07:00 +0200", html=_negoce_html, cte="quoted-printable",
      headers=bulk("La Lettre du Negoce <lettre.lettre-negoce.example.fr>",
                   "mailto:desabonnement@lettre-negoce.example.fr?subject=stop")),
    M(OTH, "emploi_champagne_hebdo", "fr",
      frm=("Emploi Champagne", "selection@emploi-champagne.example.fr"),
      subject="Votre sélection de la semaine : 4 postes en Champagne",
      date="2026-05-11 08:15 +0200", text=_emploi_champagne_text,
      html=_emploi_champagne_html, cte="base64",
      headers=bulk("<hebdo.emploi-champagne.example.fr>",
                   "https://emploi-champagne.example.fr/unsub?u=77e2")),
    M(OTH, "capexport_conseils_entretien_anglais", "fr",
      frm=("Cap Export Carrières", "blog@capexport.example.fr"),
      subject="7 conseils pour réussir son entretien en anglais", date="2026-06-04 12:00 +0200",
      html=_capexport_html,
      headers=bulk("<blog.capexport.example.fr>",
                   "https://capexport.example.fr/newsletter/stop?e=anais")),
    M(OTH, "forum_lille_atelier_entretiens", "fr",
      frm=("Forum Emploi Négoce & Logistique", "contact@forum-emploi-negoce.example.fr"),
      subject="Atelier en ligne : préparer ses entretiens de recrutement",
      date="2026-05-28 10:30 +0200", text=_webinar_text, charset="iso-8859-1",
      cte="quoted-printable",
      headers=bulk("<ateliers.forum-emploi-negoce.example.fr>",
                   "https://forum-emploi-negoce.example.fr/stop")),
    # ------------------------------------------------------------ people fr
    M(OTH, "podcast_bulles_de_metier", "fr", contact="margaux@bullesdemetier.example.fr",
      frm=("Margaux Ferrier", "margaux@bullesdemetier.example.fr"),
      subject="Interview pour le podcast « Bulles de Métier » ?", date="2026-02-14 10:47 +0100",
      text=_podcast_text, html=simple(paras(_podcast_text))),
    M(OTH, "vendangeo_entretien_utilisateur", "fr",
      contact="chloe.barthelemy@vendangeo.example.fr",
      frm=("Chloé Barthélemy", "chloe.barthelemy@vendangeo.example.fr"),
      subject="45 minutes pour améliorer Vendangeo ?", date="2026-07-15 14:02 +0200",
      text=_vendangeo_text, enc={"from": ("iso-8859-1", "Q")}),
    M(OTH, "amie_camille_refus", "fr", contact="camille.rouaud@example.fr",
      frm=("Camille Rouaud", "camille.rouaud@example.fr"), to=("Anaïs", "anais.lm@example.fr"),
      subject="besoin de râler", date="2026-03-12 22:15 +0100",
      text=_camille_text, cte="base64"),
    M(OTH, "ami_seb_tuyau_ixelles", "fr", contact="seb.vandevelde@example.be",
      frm=("Sébastien Van de Velde", "seb.vandevelde@example.be"),
      subject="Une place chez un caviste à Ixelles", date="2026-09-09 19:30 +0200",
      text=_sebastien_text, charset="windows-1252", cte="8bit"),
    M(OTH, "merieux_approche_directe", "fr",
      contact="bastien.rouxchabert@merieux-search.example.fr",
      frm=("Bastien Roux-Chabert", "bastien.rouxchabert@merieux-search.example.fr"),
      subject="Opportunité export – maison de négoce parisienne",
      date="2026-02-24 09:03 +0100", mid="merieux.serigny.1@merieux-search.example.fr",
      text=_merieux_cold, html=outlook(paras(_merieux_cold))),
    # ------------------------------------------------------------ bank, home, school, doctor fr
    M(OTH, "banque_rdv_conseillere", "fr",
      frm=("Banque Champenoise", "ne-pas-repondre@banque-champenoise.example.fr"),
      subject="Confirmation de votre rendez-vous du 16 avril", date="2026-04-09 09:00 +0200",
      html=_bank_fr_html, headers=[("Auto-Submitted", "auto-generated")]),
    M(OTH, "proprietaire_etat_des_lieux", "fr", contact="b.collignon@example.fr",
      frm=("Bernard Collignon", "b.collignon@example.fr"),
      subject="État des lieux de sortie", date="2026-10-03 18:40 +0200",
      text=_landlord_text, charset="iso-8859-1", cte="8bit",
      enc={"subject": ("iso-8859-1", "B")}),
    M(OTH, "college_entretien_parents", "fr", contact="f.giraud@college-saintremi.example.fr",
      frm=("Florence Giraud", "f.giraud@college-saintremi.example.fr"),
      subject="Entretien individuel – suivi de Noa (4e B)", date="2026-01-13 17:55 +0100",
      text=_school_text, html=simple(paras(_school_text))),
    M(OTH, "medirdv_rdv_annule", "fr", frm=("MédiRDV", "no-reply@medirdv.example.fr"),
      subject="Annulation de votre rendez-vous du 11 mai", date="2026-05-07 19:12 +0200",
      html=_doctor_html, enc={"from": ("iso-8859-1", "B")},
      headers=[("Auto-Submitted", "auto-generated")]),
    M(OTH, "chauffage_entretien_chaudiere", "fr",
      contact="julie.perrin@chauffage-remois.example.fr",
      frm=("Julie Perrin", "julie.perrin@chauffage-remois.example.fr"),
      subject="Entretien annuel de votre chaudière", date="2026-09-21 08:25 +0200",
      text=_chaudiere_text, charset="windows-1252", cte="quoted-printable"),
    M(OTH, "colis_retarde_position", "fr",
      frm=("ColisExpress", "notifications@colisexpress.example.fr"),
      subject="Malheureusement, votre colis est retardé", date="2026-04-21 07:14 +0200",
      html=_colis_html, cte="base64"),
    M(OTH, "linkup_profil_consulte", "fr",
      frm=("LinkUp", "notifications-noreply@linkup.example.com"),
      subject="Anaïs, 3 recruteurs ont consulté votre profil", date="2026-03-23 16:20 +0000",
      html=_linkup_viewed_html,
      headers=bulk("<profile-views.linkup.example.com>",
                   "https://www.linkup.example.com/settings/emails?u=anais")),
    M(OTH, "institut_refus_diplome", "fr",
      contact="secretariat.pedagogique@institut-vins-champagne.example.fr",
      frm=("Institut des Vins de Champagne",
           "secretariat.pedagogique@institut-vins-champagne.example.fr"),
      subject="Votre candidature au Diplôme supérieur – session 2026-2027",
      date="2026-06-29 11:40 +0200", text=_institut_text, cte="quoted-printable"),
    M(OTH, "vinorama_badge_visiteur", "fr",
      frm=("Vinorama Lille", "no-reply@vinorama.example.fr"),
      subject="Votre badge visiteur – Vinorama Lille 2026", date="2026-03-09 12:00 +0100",
      html=_badge_html,
      pdfs=[("Badge_Vinorama_2026.pdf", "Vinorama Lille 2026 – Badge professionnel",
             ["Anaïs Lefebvre-Mwangi", "Visiteur professionnel – Sommellerie",
              "15 et 16 mars 2026 – Lille Grand Palais", "Code : VNR-26-004417"])]),
    M(OTH, "ooo_vandamme", "fr", contact="sophie.vandamme@vinexport-nord.example.fr",
      frm=("Sophie Vandamme", "sophie.vandamme@vinexport-nord.example.fr"),
      subject="Réponse automatique : Question sur les prochaines étapes",
      date="2026-03-11 09:47 +0100", text=_ooo_sophie, headers=AUTO_REPLY,
      irt="4a5b6c7d-249p@example.fr"),
    # ------------------------------------------------------------ own mail en
    M(OTH, "own_thank_you_thistle", "en", frm=CANDIDATE, to=MORAG,
      subject="Thank you - interview on Monday", date="2026-05-19 08:55 +0100",
      mid="1e6f3b2a-249h@example.fr", refs=["tv.2@thistleandvine.example.co.uk"],
      text=_own_thanks_thistle, html=simple(paras(_own_thanks_thistle), lang="en")),
    M(OTH, "own_application_leith", "en", frm=CANDIDATE, to=TOM,
      subject="Part-time export & wholesale assistant", date="2026-09-08 19:11 +0200",
      mid="3f9e7c10-249k@example.fr", text=_own_application_leith,
      pdfs=[("Anais_Lefebvre-Mwangi_CV.pdf", "Anaïs Lefebvre-Mwangi – CV",
             ["Sommelier, Reims – 8 years in fine dining",
              "Languages: French (native), English (C1), Spanish (B2), German (B1)",
              "WSET Level 3 Award in Wines",
              "Relocating to Edinburgh, autumn 2026"])]),
    # ------------------------------------------------------------ digests en
    M(OTH, "winejobs_weekly", "en", frm=("WineJobs", "alerts@winejobs.example.co.uk"),
      subject="5 new jobs: export, Scotland", date="2026-03-02 07:05 +0000",
      text=_winejobs_text,
      html=newsletter("WineJobs Weekly", paras("Five new jobs matching \"export, Scotland\"."),
                      _winejobs_items,
                      '<a href="https://winejobs.example.co.uk/alerts/unsubscribe?t=9c1e">'
                      "Unsubscribe</a>", lang="en", accent="#6b1d3a"),
      headers=bulk("WineJobs alerts <alerts.winejobs.example.co.uk>",
                   "https://winejobs.example.co.uk/alerts/unsubscribe?t=9c1e")),
    M(OTH, "export_desk_interview_questions", "en",
      frm=("The Export Desk", "hello@exportdesk.example.com"),
      subject="Five questions you'll be asked in an export sales interview",
      date="2026-06-18 06:00 +0000", text=_exportdesk_text,
      headers=bulk("<exportdesk.example.com>",
                   "https://exportdesk.example.com/unsubscribe/38/anais")),
    M(OTH, "coach_rejected_again", "en",
      frm=("Rachel at The Second Interview", "rachel@secondinterview.example.com"),
      subject="Rejected again? How to read a \"no\"", date="2026-04-26 17:00 +0000",
      html=_coach_html, cte="quoted-printable",
      headers=bulk("The Second Interview <secondinterview.example.com>",
                   "https://secondinterview.example.com/unsubscribe")),
    # ------------------------------------------------------------ people en
    M(OTH, "press_scottish_wine_review", "en", contact="callum.reid@scotwinereview.example.co.uk",
      frm=("Callum Reid", "callum.reid@scotwinereview.example.co.uk"),
      subject="Interview request - French wine pros in Scotland",
      date="2026-09-17 11:32 +0100", text=_press_text),
    M(OTH, "cellartrack_user_research", "en", contact="nina.patel@cellartrack.example.com",
      frm=("CellarTrack Research", "research@cellartrack.example.com"),
      reply_to=("Nina Patel", "nina.patel@cellartrack.example.com"),
      subject="Quick chat? 30-min user interview (£25 voucher)", date="2026-02-25 15:10 +0000",
      text=_research_text, html=simple(paras(_research_text), lang="en")),
    M(OTH, "friend_rory_rejection", "en", contact="rory.mcleish@example.co.uk",
      frm=("Rory McLeish", "rory.mcleish@example.co.uk"),
      subject="bad news (mine, not yours)", date="2026-05-14 21:03 +0100", text=_rory_text),
    M(OTH, "brightside_cold_approach", "en", contact="hannah.moss@brightsidedrinks.example.co.uk",
      frm=("Hannah Moss", "hannah.moss@brightsidedrinks.example.co.uk"),
      subject="Introduction - Brightside Drinks Recruitment", date="2026-06-09 10:14 +0100",
      text=_hannah_cold, html=outlook(paras(_hannah_cold), lang="en")),
    M(OTH, "dentist_reminder", "en", contact="reception@leithdental.example.co.uk",
      frm=("Leith Dental Practice", "reception@leithdental.example.co.uk"),
      subject="Appointment reminder - Tuesday 6 October", date="2026-09-29 09:00 +0100",
      text=_dentist_text),
    M(OTH, "parcel_delayed_gps", "en", frm=("ParcelPoint", "no-reply@parcelpoint.example.co.uk"),
      subject="Unfortunately, your package is delayed", date="2026-09-01 07:40 +0100",
      text=_package_text, headers=[("Auto-Submitted", "auto-generated")]),
    M(OTH, "linkup_search_appearances", "en",
      frm=("LinkUp", "notifications-noreply@linkup.example.com"),
      subject="You appeared in 14 searches this week", date="2026-09-21 15:00 +0000",
      text=_linkup_searches_text,
      headers=bulk("<search-appearances.linkup.example.com>",
                   "https://www.linkup.example.com/settings/emails?type=search_appearances")),
    M(OTH, "ooo_macrae", "en", contact="fiona.macrae@highlandcellars.example.co.uk",
      frm=("Fiona MacRae", "fiona.macrae@highlandcellars.example.co.uk"),
      subject="Automatic reply: Sorry about Tuesday", date="2026-04-22 08:02 +0100",
      text=_ooo_fiona, headers=AUTO_REPLY, irt="a77e0d41-249d@example.fr"),
    M(OTH, "msc_admission_refusal", "en",
      frm=("Postgraduate Admissions", "pg-admissions-noreply@caledoniabs.example.ac.uk"),
      subject="Decision on your application 2026-PGT-01877", date="2026-05-06 16:30 +0100",
      html=_msc_html, cte="base64"),
    # ------------------------------------------------------------ de
    M(OTH, "own_bewerbung_remichtal", "de", frm=CANDIDATE,
      to=("Monique Thill", "monique.thill@kellerei-remichtal.example.lu"),
      subject="Bewerbung als Exportassistentin", date="2026-09-03 21:47 +0200",
      mid="b4c5d6e7-249m@example.fr", text=_own_bewerbung, charset="iso-8859-1",
      cte="quoted-printable",
      pdfs=[("Lebenslauf_Lefebvre-Mwangi.pdf", "Lebenslauf – Anaïs Lefebvre-Mwangi",
             ["Sommelière, Reims (seit 2019)", "Sprachen: Französisch, Englisch, Spanisch, "
              "Deutsch (B1)", "WSET Level 3"])]),
    M(OTH, "stellenticker_treffer", "de",
      frm=("Stellenticker", "suchauftrag@stellenticker.example.de"),
      subject="3 neue Treffer für Ihren Suchauftrag „Export Wein“",
      date="2026-07-27 06:45 +0200", text=_stellenticker_text, cte="quoted-printable",
      headers=bulk("<suchauftrag.stellenticker.example.de>",
                   "https://stellenticker.example.de/abmelden?id=44e1")),
    M(OTH, "personalwerk_kontaktaufnahme", "de",
      contact="stefanie.kraus@personalwerk-saarlux.example.de",
      frm=("Stefanie Kraus", "stefanie.kraus@personalwerk-saarlux.example.de"),
      subject="Ihr Profil – Export-Innendienst in der Großregion",
      date="2026-05-05 10:20 +0200", text=_personalwerk_cold, charset="windows-1252",
      cte="8bit", enc={"subject": ("windows-1252", "B")}),
    M(OTH, "sparbank_beratungstermin", "de",
      frm=("Mosel Sparbank", "no-reply@mosel-sparbank.example.lu"),
      subject="Terminbestätigung: Beratungsgespräch am 19.10.2026",
      date="2026-10-08 13:00 +0200", html=_bank_de_html, charset="iso-8859-1",
      cte="quoted-printable", headers=[("Auto-Submitted", "auto-generated")]),
    M(OTH, "ooo_brandt", "de", contact="lukas.brandt@weinkontor-rheinblick.example.be",
      frm=("Lukas Brandt", "lukas.brandt@weinkontor-rheinblick.example.be"),
      subject="Abwesenheitsnotiz: Unterschriebener Arbeitsvertrag",
      date="2026-08-10 20:14 +0200", text=_ooo_lukas, headers=AUTO_REPLY,
      irt="c6d7e8f9-249q@example.fr"),
    # ------------------------------------------------------------ es
    M(OTH, "own_confirma_entrevista_iturrialde", "es", frm=CANDIDATE, to=MAITE,
      subject="Re: Entrevista – asistente de exportación", date="2026-06-09 18:30 +0200",
      mid="7d4e2a19-249i@example.fr", irt="iturrialde.2@iturrialde.example.es",
      text=_own_confirm_iturrialde, enc={"subject": ("utf-8", "B")}),
    M(OTH, "boletin_empleo_vino_rioja", "es",
      frm=("Empleo Vino Rioja", "boletin@empleovinorioja.example.es"),
      subject="Boletín semanal: 3 ofertas nuevas y un artículo", date="2026-07-13 08:00 +0200",
      html=_boletin_html, charset="iso-8859-1", cte="quoted-printable",
      headers=bulk("<boletin.empleovinorioja.example.es>",
                   "https://empleovinorioja.example.es/baja?u=anais")),
    M(OTH, "pedido_retrasado", "es", frm=("EnvíoRápido", "avisos@envio-rapido.example.es"),
      subject="Lamentablemente tu pedido se ha retrasado", date="2026-06-12 07:30 +0200",
      html=_pedido_html, enc={"from": ("iso-8859-1", "Q")}),
    M(OTH, "inmobiliaria_visita_piso", "es", contact="ruben@inmolasanta.example.es",
      frm=("Rubén Lasanta", "ruben@inmolasanta.example.es"),
      subject="Visita al piso de Marqués de Vallejo", date="2026-06-08 13:12 +0200",
      text=_piso_text, charset="iso-8859-1", cte="8bit"),
    M(OTH, "ooo_garaikoetxea", "es", contact=MAITE[1], frm=MAITE,
      subject="Respuesta automática: Re: Entrevista – asistente de exportación",
      date="2026-06-10 08:00 +0200", text=_ooo_maite, headers=AUTO_REPLY,
      irt="7d4e2a19-249i@example.fr"),
    M(OTH, "linkup_nuevas_ofertas", "es",
      frm=("LinkUp", "notifications-noreply@linkup.example.com"),
      subject="Anaïs, hay 4 nuevas ofertas para ti", date="2026-08-03 15:00 +0000",
      html=_linkup_es_html,
      headers=bulk("<jobs.linkup.example.com>",
                   "https://www.linkup.example.com/settings/emails?u=anais")),
    M(OTH, "amiga_nerea_rechazo", "es", contact="nerea.ibarra@example.es",
      frm=("Nerea Ibarra", "nerea.ibarra@example.es"),
      subject="no me han cogido :(", date="2026-05-21 20:40 +0200", text=_nerea_text,
      charset="windows-1252", cte="quoted-printable"),
]

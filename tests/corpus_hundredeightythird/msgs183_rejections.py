"""Corpus 183, hand-written: the rejections (31)."""

from msgs183_common import (CAND, CAND_NAME, ME, ats_card, forwarded, outlook_block,
                            outlook_html, paras, plain_html, reply_chain)

MESSAGES = []
add = MESSAGES.append

# ----------------------------------------------------------------------------- fr

_t = """Bonjour Aurélien,

Merci pour l'intérêt que vous portez aux Supermarchés Lambotte et pour votre candidature au poste de Planificateur transport (H/F) – Centre de distribution de Bouge (Réf. R-04471).

Après une analyse attentive de votre dossier, nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour la suite du processus.

Votre profil reste enregistré dans notre base de talents pendant douze mois. Vous pouvez à tout moment consulter nos offres et mettre à jour vos données sur notre portail carrières.

Nous vous souhaitons plein succès dans vos recherches.

L'équipe Talent Acquisition
Supermarchés Lambotte

Ce message a été envoyé automatiquement depuis Workday. Merci de ne pas y répondre.
"""
add(dict(
    key="lambotte_workday_refus", kind="rejection", lang="fr",
    company="Supermarchés Lambotte", contact="",
    frm=("Supermarchés Lambotte", "lambotte@myworkday.com"),
    subject="Votre candidature – Planificateur transport (H/F) R-04471",
    date="2026-02-24 16:02 +0000", irt="lambotte_workday_ack",
    text=_t,
    html=ats_card("Supermarchés Lambotte – Carrières", "#c8102e", paras(_t),
                  "Workday, Inc. – notification automatique"),
    headers={"Auto-Submitted": "auto-generated"},
))

add(dict(
    key="vandersmissen_non", kind="rejection", lang="fr",
    company="Entrepôts Vandersmissen", contact="g.lhoest@vandersmissen.example.be",
    frm=("Grégory Lhoest", "g.lhoest@vandersmissen.example.be"), frm_enc=("iso-8859-1", "Q"),
    subject="Re: Poste de planificateur – Herstal",
    date="2026-01-27 11:38", irt="vandersmissen_excuses",
    charset="iso-8859-1", cte="8bit",
    text="""Monsieur,

On a fait le point avec la direction ce matin : on ne va pas continuer avec vous pour le poste de planificateur. Sans l'entretien de jeudi, on n'a pas de quoi comparer avec les autres profils, et on ne sait plus replanifier avant la fin du mois.

Bonne continuation.

G. Lhoest
Responsable d'exploitation
Entrepôts Vandersmissen
Zoning des Hauts-Sarts, 2e Avenue 65, 4040 Herstal
04 248 70 12

""" + reply_chain("fr", "2026-01-22 12:05", CAND_NAME, CAND, """Monsieur Lhoest,

Je suis vraiment désolé pour ce matin. J'étais en tournée et mon GSM était resté dans la camionnette, je n'ai vu vos deux appels qu'à midi.
Serait-il possible de reprogrammer l'appel ? Je suis disponible tous les après-midis à partir de 14 h.

Bien à vous,
Aurélien Kowalczyk-Mensah""") + "\n",
))

_t = """Bonjour Monsieur,

Je vous remercie pour votre message et pour la qualité de nos échanges lors du jury du 13 mai.

Le jury a délibéré et a finalement proposé un autre lauréat pour la fonction de gestionnaire planning trafic fluvial. Votre connaissance du terrain a été relevée positivement, mais l'expérience de la planification multimodale a fait la différence.

Vous pouvez obtenir un retour détaillé sur vos notes en m'appelant au 081 24 66 10.

Nous vous remercions pour votre participation.

Isabelle Moreau-Thys
Service des ressources humaines
Port fluvial de Meuse-Basse
Quai de l'Écluse 3, 5000 Namur

"""
add(dict(
    key="portmb_refus_apres_jury", kind="rejection", lang="fr",
    company="Port fluvial de Meuse-Basse", contact="i.moreauthys@portmeusebasse.example.be",
    frm=("Isabelle Moreau-Thys", "i.moreauthys@portmeusebasse.example.be"),
    subject="RE: Merci pour l'entretien du 13 mai",
    date="2026-06-03 15:20", irt="portmb_merci",
    text=_t + outlook_block("fr", "2026-05-13 20:41", f"{CAND_NAME} <{CAND}>",
                            "Isabelle Moreau-Thys <i.moreauthys@portmeusebasse.example.be>",
                            "Merci pour l'entretien du 13 mai",
                            """Madame Moreau-Thys,

Je tenais à vous remercier, ainsi que les membres du jury, pour l'entretien de cet après-midi. J'ai beaucoup apprécié la présentation du nouveau terminal et la mise en situation sur les créneaux d'écluse.

Je reste très motivé par la fonction et disponible pour toute information complémentaire.

Bien cordialement,
Aurélien Kowalczyk-Mensah""") + "\n",
    html=outlook_html(paras(_t) + paras(outlook_block(
        "fr", "2026-05-13 20:41", f"{CAND_NAME} <{CAND}>",
        "Isabelle Moreau-Thys <i.moreauthys@portmeusebasse.example.be>",
        "Merci pour l'entretien du 13 mai",
        "Madame Moreau-Thys,\n\nJe tenais à vous remercier, ainsi que les membres du jury, "
        "pour l'entretien de cet après-midi."))),
))

_t = """Bonjour Aurélien,

Je reviens vers vous au sujet du poste d'Agent de planification fret (Charleroi). Nous avons eu la possibilité de pourvoir ce poste en interne : une collègue du hall export, qui assurait déjà l'intérim de la fonction, a été confirmée la semaine dernière.

Ce n'est donc pas une question de profil. J'ai apprécié nos deux échanges et je garde votre dossier pour les postes de l'équipe de nuit qui s'ouvriront à l'automne.

Belle journée,

Sophie Renard
Talent Partner – Aéropôle Cargo Services
"""
add(dict(
    key="aeropole_pourvu_interne", kind="rejection", lang="fr",
    company="Aéropôle Cargo Services", contact="sophie.renard@aeropole-cargo.example.be",
    frm=("Sophie Renard via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Sophie Renard", "sophie.renard@aeropole-cargo.example.be"),
    subject="Agent de planification fret – suite de votre candidature",
    date="2026-04-09 09:12 +0000", irt="aeropole_nouveau_creneau",
    mid_domain="aeropole-cargo.example.be",
    text=_t, html=plain_html(paras(_t)),
))

add(dict(
    key="tempo_client_decline", kind="rejection", lang="fr",
    company="Tempo Interim", contact="k.dardenne@tempo-interim.example.be",
    frm=("Kevin Dardenne | Tempo Interim", "k.dardenne@tempo-interim.example.be"),
    subject="Mission planning – retour du client",
    date="2026-02-26 17:45",
    text="""Salut Aurélien,

J'ai eu le client au téléphone en fin de journée. Il préfère partir sur quelqu'un qui a déjà tourné sur leur logiciel de gestion d'entrepôt, donc la mission de planning à Fléron, ce ne sera pas pour toi cette fois-ci.

Je sais que l'histoire du rendez-vous manqué n'a pas aidé, mais honnêtement ce n'est pas ce qui a tranché.

Je te recontacte dès que j'ai une autre demande qui colle à ton profil. Tu peux aussi passer à l'agence de la place Saint-Lambert un de ces matins.

Kevin Dardenne
Consultant Logistique & Transport
Tempo Interim – Agence Liège Centre
Place Saint-Lambert 22, 4000 Liège
T. 04 231 45 80 – GSM 0496 12 77 03

Tempo Interim SA – Agréments W.INT.082 / B-AA09.071. Ce courriel et ses annexes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci de le détruire et d'en avertir l'expéditeur.
""",
))

_t = """Monsieur,

Par la présente, nous revenons vers vous concernant votre candidature au poste de Coordinateur planification des collectes (réf. ILH-2026-014), pour lequel vous avez participé à l'épreuve écrite du 24 février.

Suite à la révision du plan de tournées décidée par notre conseil d'administration le 17 mars, le recrutement est suspendu et l'intercommunale ne donnera pas suite à la procédure en cours. Aucun lauréat ne sera désigné.

Vous trouverez en annexe le courrier officiel. Vos résultats à l'épreuve vous seront communiqués sur simple demande.

Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.

Bernard Gilson
Directeur des ressources humaines
Intercommunale Logistique du Hainaut
Rue de la Villette 8, 6000 Charleroi
"""
add(dict(
    key="ilh_procedure_suspendue", kind="rejection", lang="fr",
    company="Intercommunale Logistique du Hainaut", contact="bernard.gilson@ilh.example.be",
    frm=("Bernard Gilson", "bernard.gilson@ilh.example.be"),
    subject="Réf. ILH-2026-014 – Suspension de la procédure de recrutement",
    subj_enc=("windows-1252", "B"),
    date="2026-03-20 10:05", irt="ilh_epreuve",
    text=_t,
    pdfs=[dict(name="ILH-2026-014_courrier.pdf", lines=[
        "Intercommunale Logistique du Hainaut", "Rue de la Villette 8, 6000 Charleroi", "",
        "Charleroi, le 20 mars 2026", "", "Concerne : procédure ILH-2026-014",
        "Coordinateur planification des collectes", "",
        "Monsieur Kowalczyk-Mensah,",
        "La procédure de recrutement est suspendue et ne sera pas poursuivie.",
        "Aucun lauréat ne sera désigné.", "", "Bernard Gilson, DRH"])],
))

_t = """Monsieur Kowalczyk-Mensah,

Nous vous remercions pour le temps consacré à votre candidature au poste de Planificateur logistique – Pharmacie centrale.

Nous avons reçu de nombreuses candidatures de qualité. Après comparaison des profils, nous avons décidé de poursuivre avec des candidats dont l'expérience en milieu hospitalier correspond davantage aux exigences de la fonction.

Nous vous remercions de l'intérêt manifesté envers notre institution et vous adressons nos meilleurs vœux pour la suite de votre parcours.

Véronique Lallemand
Chargée de recrutement
Centre hospitalier Mosan – Site de Salzinnes
Avenue Albert Ier 185, 5000 Namur
Tél. : 081 72 40 00
"""
add(dict(
    key="chmosan_profils", kind="rejection", lang="fr",
    company="Centre hospitalier Mosan", contact="veronique.lallemand@chmosan.example.be",
    frm=("Lallemand Véronique", "veronique.lallemand@chmosan.example.be"),
    frm_enc=("windows-1252", "Q"),
    subject="Votre candidature – Planificateur logistique (Pharmacie centrale)",
    subj_enc=("windows-1252", "Q"),
    date="2026-07-17 14:31",
    charset="windows-1252", cte="quoted-printable",
    text=_t, html=outlook_html(paras(_t)),
))

add(dict(
    key="mobilis_taleo_refus", kind="rejection", lang="fr",
    company="Groupe Mobilis Wallonie", contact="",
    frm=("Groupe Mobilis Wallonie - Recrutement", "mobilis@taleo.net"),
    subject="Groupe Mobilis Wallonie : réponse à votre candidature (Réf. 2600318)",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-02-09 06:15 +0000", irt="mobilis_taleo_ack",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Cher(e) Aurélien Kowalczyk-Mensah,

Nous avons bien étudié votre dossier pour l'offre « Gestionnaire de flux - dépôt de Gosselies » (Réf. 2600318).

Malgré l'intérêt de votre parcours, nous ne sommes pas en mesure de vous proposer un entretien pour ce poste. Cette décision a été prise au regard des critères définis pour la fonction et ne préjuge pas de candidatures futures.

Nous vous invitons à consulter régulièrement nos opportunités.

Cordialement,

Direction des Ressources Humaines
Groupe Mobilis Wallonie

Merci de ne pas répondre à ce courriel, cette adresse n'est pas consultée.
""",
    headers={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
))

add(dict(
    key="cityhub_pote_non", kind="rejection", lang="fr",
    company="Cityhub Guillemins", contact="tom.gerardy@cityhub.example.be",
    frm=("Tom Gérardy", "tom.gerardy@cityhub.example.be"), frm_enc=("utf-8", "B"),
    subject="bon...",
    date="2026-02-03 21:14",
    text="""Salut Aurél,

Je vais pas tourner autour du pot, tu me connais. Pour la place de planif au hub, c'est mort : le patron a tranché pour le gars de chez Parcelia qui connaît déjà le quai et le logiciel. Le coup de la journée d'essai loupée, ça n'a pas arrangé les choses avec lui, mais même sans ça je crois que c'était plié.

J'ai vraiment poussé pour toi, hein. Si un truc se libère en été je te fais signe direct.

On se fait une frite un de ces quatre ? Comme au bon vieux temps du centre de tri.

Tom
""",
))

_t = """Bonjour Monsieur Kowalczyk-Mensah,

Nous n'avions pas pu nous parler le 3 mars comme prévu, et la situation a changé depuis : le poste de Dispatcheur·euse livraisons vélo-cargo pour lequel vous aviez postulé est supprimé.

La Région n'a pas reconduit le subside qui finançait l'extension de notre hub d'Anderlecht, et nous gelons toutes les embauches prévues pour ce projet. Les candidatures en cours sont donc clôturées, la vôtre comprise.

Nous sommes désolés de ne pas pouvoir vous annoncer une meilleure nouvelle et vous remercions pour votre patience.

Cordialement,

Yasmina El Amrani
HR & Office Manager
Bruxelles Fret Urbain
Rue des Goujons 40, 1070 Anderlecht
+32 2 555 18 40

Avis de confidentialité : ce message et toute pièce jointe sont réservés à l'usage de leur destinataire. Toute diffusion non autorisée est interdite.
"""
add(dict(
    key="bxlfret_poste_supprime", kind="rejection", lang="fr",
    company="Bruxelles Fret Urbain", contact="y.elamrani@bxlfret.example.be",
    frm=("El Amrani Yasmina", "y.elamrani@bxlfret.example.be"),
    subject="Dispatcheur·euse livraisons vélo-cargo – clôture du recrutement",
    subj_enc=("utf-8", "Q"),
    date="2026-03-26 08:52", irt="bxlfret_injoignable",
    html=outlook_html(paras(_t)),
))

_t = """Bonjour Monsieur Kowalczyk-Mensah,

Je vous remercie encore d'être venu à Bettembourg pour le second entretien avec notre directeur des opérations.

Nous avons beaucoup hésité entre deux finalistes. Notre choix s'est porté sur l'autre candidat, qui parle couramment le luxembourgeois, ce qui compte beaucoup pour le contact quotidien avec nos transporteurs locaux.

Je me permets de vous recommander de postuler à nouveau dans six mois : une fonction d'adjoint planning sera probablement ouverte en vue de l'ouverture du nouveau quai.

Avec mes salutations les meilleures,

Patrick Schmit
Head of HR
Luxlog Distribution
Zone d'activités Eurohub Sud, L-3225 Bettembourg
Tél. +352 27 40 33 1
"""
add(dict(
    key="luxlog_second_tour", kind="rejection", lang="fr",
    company="Luxlog Distribution", contact="patrick.schmit@luxlog.example.lu",
    frm=("Patrick Schmit", "patrick.schmit@luxlog.example.lu"),
    subject="Votre candidature chez Luxlog Distribution",
    date="2026-04-24 13:07", irt="luxlog_second_entretien",
    cte="base64",
    text=_t,
))

_t = """Bonjour Aurélien,

Comme promis, je vous fais un retour rapide après votre entretien du 29 septembre chez Distri-Ardenne à Marche.

Le directeur logistique a apprécié votre énergie et votre connaissance des tournées rurales. Il a néanmoins choisi un profil issu d'un autre distributeur, qui a déjà piloté une équipe de planificateurs. Il me l'a confirmé par téléphone hier soir.

Je comprends que ce soit décevant, d'autant que vous étiez dans les deux derniers. Je garde votre dossier en tête : j'ai deux missions de planification qui démarrent en novembre en province de Namur.

Je reste à votre disposition pour en parler.

Hélène Marbaix
Associée
Marbaix & Associés – Executive Search Logistique
Avenue Rogier 12, 4000 Liège
+32 4 222 91 30 | +32 475 61 20 88
"""
add(dict(
    key="marbaix_client_non", kind="rejection", lang="fr",
    company="Distri-Ardenne", contact="helene@marbaix.example.be",
    frm=("Hélène Marbaix", "helene@marbaix.example.be"), frm_enc=("iso-8859-1", "B"),
    subject="Distri-Ardenne – retour du client",
    date="2026-10-06 09:30", irt="marbaix_report",
    text=_t, html=plain_html(paras(_t)),
))

_t = """Bonjour Aurélien,

Merci d'avoir postulé au poste de Planificateur·rice chaîne du froid chez Entrepôt Froid Hesbaye.

Nous avons examiné votre candidature avec attention et avons décidé de poursuivre avec d'autres candidats pour ce poste.

Nous vous remercions de l'intérêt que vous portez à notre entreprise et vous souhaitons bonne chance pour la suite.

Cordialement,
L'équipe Entrepôt Froid Hesbaye
"""
add(dict(
    key="froidhesbaye_workable", kind="rejection", lang="fr",
    company="Entrepôt Froid Hesbaye", contact="",
    frm=("Entrepôt Froid Hesbaye", "noreply@candidates.workablemail.com"),
    subject="Votre candidature chez Entrepôt Froid Hesbaye",
    date="2026-08-31 12:44 +0000", irt="froidhesbaye_workable_ack",
    text=_t,
    html=ats_card("Entrepôt Froid Hesbaye", "#1f6feb", paras(_t), "Powered by Workable"),
))

add(dict(
    key="idm_reserve", kind="rejection", lang="fr",
    company="Intercommunale des Déchets de Meuse", contact="as.collignon@idm.example.be",
    frm=("Collignon Anne-Sophie (IDM)", "as.collignon@idm.example.be"),
    subject="Sélection planificateur·trice des collectes – résultats",
    date="2026-10-14 16:10", irt="idm_ack",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Monsieur,

Nous vous communiquons les résultats de l'épreuve de sélection organisée le 5 octobre pour la fonction de planificateur/trice des collectes (niveau B).

Vous avez obtenu 54/100 à l'épreuve écrite. Le seuil de réussite étant fixé à 60/100, vous n'êtes pas repris dans la réserve de recrutement constituée à l'issue de cette sélection.

Conformément au règlement, vous pouvez consulter votre copie sur rendez-vous dans un délai de 30 jours.

Veuillez agréer, Monsieur, nos salutations distinguées.

Anne-Sophie Collignon
Service Sélection & Recrutement
Intercommunale des Déchets de Meuse
Rue du Tronçon 4, 4460 Grâce-Hollogne
""",
))

_fw = """Bonjour Nadia,

Pour M. Kowalczyk-Mensah : je ne vais pas le rencontrer. Bon profil terrain, mais il me faut quelqu'un qui a déjà fait les commandes fournisseurs et le réassort magasin, pas seulement la distribution. Tu peux lui répondre gentiment de ma part ?

Merci,
Philippe"""
add(dict(
    key="duboislemaire_transfert", kind="rejection", lang="fr",
    company="Quincailleries Dubois-Lemaire", contact="nadia.lemaire@dubois-lemaire.example.be",
    frm=("Nadia Lemaire", "nadia.lemaire@dubois-lemaire.example.be"),
    subject="TR: Candidature planificateur réassort – A. Kowalczyk-Mensah",
    date="2026-10-19 10:48", irt="duboislemaire_ack",
    text="""Bonjour Monsieur Kowalczyk-Mensah,

Je vous transfère ci-dessous la réponse de notre directeur des opérations, qui a relu votre candidature ce week-end. Je suis désolée, nous n'irons pas plus loin pour le poste de planificateur réassort. Je me permets de vous la transmettre telle quelle, elle est plus parlante qu'une lettre type.

Bien cordialement,

Nadia Lemaire
Ressources humaines
Quincailleries Dubois-Lemaire
Chaussée de Louvain 512, 5020 Champion (Namur)

""" + forwarded("fr", "2026-10-18 18:02",
                "Philippe Dubois <philippe.dubois@dubois-lemaire.example.be>",
                "Nadia Lemaire <nadia.lemaire@dubois-lemaire.example.be>",
                "Candidature planificateur réassort", _fw) + "\n",
))

add(dict(
    key="parcelia_pas_de_suite", kind="rejection", lang="fr",
    company="Parcelia Wallonie", contact="celine.deprez@parcelia.example.be",
    frm=("Céline Deprez", "celine.deprez@parcelia.example.be"),
    subject="Re: Entretien Teams – Planificateur de tournées (Wavre)",
    date="2026-05-15 16:55", irt="parcelia_absent_teams",
    text="""Bonjour Aurélien,

Merci pour votre retour. J'ai bien noté le souci de connexion. Après en avoir parlé avec le responsable du dépôt, nous préférons ne pas donner suite : le calendrier de recrutement est très serré et nous avons entre-temps reçu deux candidats qui ont déjà pris leurs fonctions de planification ailleurs.

Je vous souhaite le meilleur pour la suite.

Céline

""" + reply_chain("fr", "2026-05-07 10:22", "Céline Deprez", "celine.deprez@parcelia.example.be", """Bonjour Aurélien,

Nous vous avons attendu ce matin à 9 h 30 sur Teams pour l'entretien, sans nouvelles de votre part. Pouvez-vous me dire ce qu'il s'est passé ?

""" + reply_chain("fr", "2026-05-04 14:10", "Céline Deprez", "celine.deprez@parcelia.example.be",
                  """Bonjour Aurélien,

Votre candidature a retenu notre attention. Je vous propose un entretien de 45 minutes sur Teams le jeudi 7 mai à 9 h 30 avec Marc, responsable du dépôt de Wavre. Le lien suit dans une invitation séparée.

Céline Deprez
Recrutement – Parcelia Wallonie""")) + "\n",
))

# ----------------------------------------------------------------------------- en

add(dict(
    key="mcp_on_hold", kind="rejection", lang="en",
    company="Maasvlakte Container Planning", contact="femke.dewit@mcp.example.nl",
    frm=("Femke de Wit (Maasvlakte Container Planning)", "no-reply@hire.lever.co"),
    reply_to=("Femke de Wit", "femke.dewit@mcp.example.nl"),
    subject="Update on the Yard Planner role",
    date="2026-07-02 08:40 +0000", irt="mcp_explanation",
    mid_domain="hire.lever.co",
    text="""Hi Aurélien,

Thanks for your patience over the last few weeks, and for the explanation after our missed call.

I wanted to let you know where things stand. Following the new crane allocation agreement with the terminal, the Yard Planner position has been put on hold and we will not proceed with any of the current applications, yours included. If the role is reopened it will be with a different scope, and we would post it again.

I am sorry this is not the news you were hoping for, and I appreciate the time you put into the process.

Kind regards,
Femke de Wit
Talent Acquisition Lead | Maasvlakte Container Planning
Europaweg 910, 3199 LC Rotterdam
""",
))

_t = """Dear Aurélien,

Thank you for your kind note after Tuesday's panel, it was appreciated by everyone on the call.

The panel has now met to compare all final-round candidates. While you clearly have a solid feel for delivery operations, we have offered the Inbound Planner role to a candidate with hands-on experience of our warehouse management system, which matters a great deal for the peak season starting in six weeks.

I know this is disappointing after three rounds. You are welcome to ask me for more detailed feedback by phone.

Best wishes,
Maud Hendrix
People Partner
Meuse Valley Fulfilment B.V.
Bemelerweg 80, 6226 HB Maastricht

"""
add(dict(
    key="mvf_after_panel", kind="rejection", lang="en",
    company="Meuse Valley Fulfilment", contact="maud.hendrix@mvfulfilment.example.nl",
    frm=("Maud Hendrix", "maud.hendrix@mvfulfilment.example.nl"),
    subject="Re: Thank you - Inbound Planner panel",
    date="2026-05-08 11:05", irt="mvf_thanks",
    text=_t + reply_chain("en", "2026-04-29 19:12", CAND_NAME, CAND, """Dear Maud,

Thank you for organising the panel interview on Tuesday and for the tour of the inbound area afterwards. The discussion with Rik about dock scheduling was really interesting, and I left even more motivated to join the team.

Please let me know if you need any further documents or references.

Kind regards,
Aurélien""") + "\n",
))

add(dict(
    key="keelrudder_harbourline_no", kind="rejection", lang="en",
    company="Harbourline Shipping Agencies", contact="oliver@keelrudder.example.co.uk",
    frm=("Oliver Brennan", "oliver@keelrudder.example.co.uk"),
    subject="Harbourline - their decision",
    date="2026-06-16 18:22 +0100", irt="keelrudder_moved",
    text="""Aurélien,

Just off the phone with Harbourline. Unfortunately they've decided not to take your application forward for the vessel operations planner post. Their feedback: strong on organisation and calm under pressure, but they wanted someone who had worked in a port agency before and could start without a long ramp-up.

Not the outcome either of us wanted. For what it's worth, the hiring manager asked me to pass on that he enjoyed the conversation.

I'll be in touch when something closer to your background comes up in Rotterdam or Antwerp.

Cheers,
Oliver

Oliver Brennan
Principal Consultant, Maritime & Logistics
Keel & Rudder Search Ltd
14 Canute Road, Southampton SO14 3FJ, United Kingdom
+44 23 8000 4417
""",
))

_t = """Dear Aurélien,

Thank you for applying for the position of Network Planner (Brussels Hub) at SwiftParcel Benelux.

We regret to inform you that after careful consideration we have decided not to move forward with your application at this time. This decision was not easy given the number of strong applications we received.

We encourage you to keep an eye on our careers page, as new opportunities arise regularly.

Sincerely,
SwiftParcel Benelux Recruitment Team
"""
add(dict(
    key="swiftparcel_sr_regret", kind="rejection", lang="en",
    company="SwiftParcel Benelux", contact="",
    frm=("SwiftParcel Benelux", "noreply@smartrecruiters.com"),
    subject="Your application to SwiftParcel Benelux",
    date="2026-02-02 22:17 +0000", irt="swiftparcel_sr_ack",
    text=_t,
    html=ats_card("SwiftParcel Benelux", "#ff6a00", paras(_t),
                  "You received this email because you applied via SmartRecruiters."),
))

_t = """Dear Aurélien Kowalczyk-Mensah,

Thank you for your interest in the Transport Planner - Road Freight (Req. 26-1183) opportunity with Scheldt & Maas Forwarding.

We have reviewed your background against the requirements of the role. At this stage we have decided to move forward with candidates whose experience more closely matches our current needs.

We will keep your profile in our talent community, and you may be contacted if a suitable opening arises.

Thank you again for considering Scheldt & Maas Forwarding.

Talent Acquisition
Scheldt & Maas Forwarding
"""
add(dict(
    key="scheldtmaas_icims", kind="rejection", lang="en",
    company="Scheldt & Maas Forwarding", contact="",
    frm=("Scheldt & Maas Forwarding Careers", "careers-scheldtmaas@icims.com"),
    subject="Transport Planner - Road Freight (Req. 26-1183)",
    date="2026-06-19 13:58 -0400",
    html=ats_card("Scheldt & Maas Forwarding", "#00395d", paras(_t),
                  "This is an automated message from iCIMS. Replies to this address are not monitored."),
))

add(dict(
    key="palletpilots_went_other", kind="rejection", lang="en",
    company="Pallet Pilots", contact="joost@palletpilots.example.nl",
    frm=("Joost van Leeuwen", "joost@palletpilots.example.nl"),
    subject="Planner position",
    date="2026-03-12 17:31",
    text="""Hi Aurélien,

Short one: we went with someone else for the planner position. Thanks for your time and good luck.

Joost
--
Joost van Leeuwen | Ops Lead | Pallet Pilots
Sent from my phone
""",
))

_t = """Hi Aurélien,

Thanks again for talking with us about the Crossdock Shift Planner role in Maastricht.

After the interview we compared notes as a team. We have decided to offer the role to another candidate, mainly because the position involves leading the night shift from day one and we felt your supervisory experience is still a bit limited for that.

We enjoyed meeting you and hope our paths cross again.

Warm regards,
Anouk Peeters
Recruiter, Limburg Crossdock
"""
add(dict(
    key="limburg_recruitee_no", kind="rejection", lang="en",
    company="Limburg Crossdock", contact="anouk.peeters@limburgcrossdock.example.nl",
    frm=("Anouk Peeters - Limburg Crossdock", "limburgcrossdock@jobs.recruitee.com"),
    reply_to=("Anouk Peeters", "anouk.peeters@limburgcrossdock.example.nl"),
    subject="Crossdock Shift Planner - our decision",
    date="2026-04-16 15:03", irt="limburg_invite",
    mid_domain="jobs.recruitee.com",
    html=plain_html(paras(_t)),
))

_t = """Hi Aurélien,

Thank you for completing the planning simulation and the case interview last week.

I'm afraid we won't be progressing your application for the Barge Slot Coordinator role. Your simulation score was good on throughput, but the panel had concerns about how the plan handled the late-arrival scenario, which is the core of the job here.

This isn't a judgement on your potential, and I'd be glad to share the scoring sheet if useful.

Best,
Daan

Daan Verhoeven
Recruitment Lead | Rotterdam Barge Coordination Centre
Waalhaven O.z. 85, 3087 BM Rotterdam
"""
add(dict(
    key="rbcc_after_case", kind="rejection", lang="en",
    company="Rotterdam Barge Coordination Centre", contact="daan.verhoeven@rbcc.example.nl",
    frm=("Daan Verhoeven", "daan.verhoeven@rbcc.example.nl"),
    subject="RE: Barge Slot Coordinator - case interview",
    date="2026-10-02 10:27",
    irt="rbcc_cancel",
    text=_t + outlook_block(
        "en", "2026-09-14 09:02", "Daan Verhoeven <daan.verhoeven@rbcc.example.nl>",
        f"{CAND_NAME} <{CAND}>", "Barge Slot Coordinator - case interview",
        """Hi Aurélien,

I have to cancel tomorrow's case interview, our duty manager is needed on the quay for an incident. Nothing changes on your candidacy; I'll send a new slot via Ashby this week.

Daan""") + "\n",
    html=outlook_html(paras(_t)),
))

# ----------------------------------------------------------------------------- de

_t = """Sehr geehrter Herr Kowalczyk-Mensah,

vielen Dank für Ihre Bewerbung als Disponent Nahverkehr (m/w/d) an unserem Standort Aachen-Eilendorf und das damit verbundene Interesse an unserem Unternehmen.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können.

Bitte sehen Sie diese Entscheidung nicht als Bewertung Ihrer Qualifikation. Ihre Daten werden gemäß DSGVO nach sechs Monaten gelöscht.

Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Spedition Hövelmann GmbH & Co. KG
"""
add(dict(
    key="hoevelmann_softgarden_absage", kind="rejection", lang="de",
    company="Spedition Hövelmann", contact="",
    frm=("Spedition Hövelmann GmbH & Co. KG", "noreply@softgarden.io"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Ihre Bewerbung als Disponent Nahverkehr (m/w/d)",
    date="2026-03-03 07:50 +0000", irt="hoevelmann_ack",
    text=_t, html=ats_card("Spedition Hövelmann – Karriere", "#004b87", paras(_t),
                           "Diese E-Mail wurde automatisch über softgarden versendet."),
))

add(dict(
    key="aachenerpaket_absage", kind="rejection", lang="de",
    company="Aachener Paketdienst", contact="m.offermann@aachener-paket.example.de",
    frm=("Markus Offermann", "m.offermann@aachener-paket.example.de"),
    subject="Ihr Gespräch bei uns - Rückmeldung",
    date="2026-05-22 12:12", irt="aachenerpaket_verschoben",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Hallo Herr Kowalczyk-Mensah,

danke nochmal, dass Sie am Mittwoch zu uns ins Depot gekommen sind, trotz der kurzfristigen Verschiebung.

Ich mache es kurz: Wir haben uns für einen internen Kollegen aus der Tourenplanung entschieden, der die Stelle ab Juni übernimmt. Ihre Bewerbung legen wir damit zu den Akten, Ihre Unterlagen löschen wir wie besprochen.

Es tut mir leid, dass es diesmal nicht geklappt hat. Ihr Deutsch ist übrigens besser, als Sie denken.

Viele Grüße aus Aachen
Markus Offermann
Leiter Disposition
Aachener Paketdienst GmbH
Debyestraße 18, 52078 Aachen
Tel. 0241 555 302 11

Aachener Paketdienst GmbH, Sitz Aachen, Amtsgericht Aachen HRB 99999, Geschäftsführer: K. Lambertz
""",
))

add(dict(
    key="pdeuregio_kunde_absage", kind="rejection", lang="de",
    company="Kaiserplatz Logistik", contact="s.lennartz@pd-euregio.example.de",
    frm=("Sabine Lennartz", "s.lennartz@pd-euregio.example.de"),
    subject="AW: Kaiserplatz Logistik - Ihr Termin",
    date="2026-05-26 16:40", irt="pdeuregio_nicht_erreicht",
    text="""Hallo Herr Kowalczyk-Mensah,

leider habe ich keine guten Nachrichten: Kaiserplatz Logistik hat sich nach dem zweiten Termin gegen eine Einstellung entschieden. Der Kunde sucht jetzt doch jemanden mit Staplerschein und Lagererfahrung, der auch mal in der Halle mit anpackt.

Wir bleiben aber in Kontakt. Sie stehen bei uns weiter im Bewerberpool, und ich melde mich, sobald eine passende Disposition frei wird.

Beste Grüße
Sabine Lennartz
Personalberaterin
Personaldienst Euregio GmbH
Theaterstraße 60, 52062 Aachen
Telefon 0241 990 4410

""" + reply_chain("de", "2026-05-19 09:15", CAND_NAME, CAND, """Guten Morgen Frau Lennartz,

entschuldigen Sie bitte den verpassten Anruf am Freitag. Passt Ihnen Donnerstag für einen neuen Termin mit Kaiserplatz Logistik?

Viele Grüße
Aurélien Kowalczyk-Mensah""") + "\n",
))

add(dict(
    key="gvz_intern_besetzt", kind="rejection", lang="de",
    company="Zweckverband Güterverkehrszentrum Aachen", contact="r.schueller@gvz-aachen.example.de",
    frm=("Dr. Ralf Schüller", "r.schueller@gvz-aachen.example.de"), frm_enc=("utf-8", "B"),
    subject="Stellenausschreibung 07/2026 – Koordinator/in Terminalplanung",
    date="2026-06-30 09:00", irt="gvz_nicht_erschienen",
    cte="base64",
    text="""Sehr geehrter Herr Kowalczyk-Mensah,

wir kommen zurück auf Ihre Bewerbung auf die Stellenausschreibung 07/2026.

Die Stelle der Koordinatorin bzw. des Koordinators Terminalplanung wurde im Rahmen einer internen Umsetzung besetzt. Das externe Auswahlverfahren wird daher ohne Ergebnis abgeschlossen.

Ihre Bewerbungsunterlagen werden nach Ablauf der Frist nach dem AGG vernichtet.

Mit freundlichen Grüßen
Im Auftrag
Dr. Ralf Schüller
Zweckverband Güterverkehrszentrum Aachen
Personal und Organisation
Am Gut Wolf 3, 52070 Aachen
""",
))

# ----------------------------------------------------------------------------- es

add(dict(
    key="ebro_no_continuamos", kind="rejection", lang="es",
    company="Plataforma Logística Ebro", contact="lucia.gracia@ple.example.es",
    frm=("Lucía Gracia Bielsa", "lucia.gracia@ple.example.es"), frm_enc=("iso-8859-1", "Q"),
    subject="Proceso Planificador/a de Transporte - Plataforma Logística Ebro",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-09-15 13:20", irt="ebro_disculpa",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Hola Aurélien:

Gracias por tu mensaje y por la explicación sobre la jornada de prueba.

Te escribo para contarte que hemos cerrado el proceso de Planificador/a de Transporte y que finalmente no vamos a seguir adelante con tu candidatura. El equipo de tráfico necesitaba a alguien que se incorporara ya en septiembre y que conociera la red de transportistas de Aragón.

Te deseamos mucha suerte en la búsqueda y, si te trasladas definitivamente a Zaragoza, no dudes en volver a escribirnos.

Un saludo,

Lucía Gracia Bielsa
Técnica de Selección
Plataforma Logística Ebro
Calle Río Gállego 12, 50197 Zaragoza
Tel. 976 00 41 20
""",
))

add(dict(
    key="lacasa_seco", kind="rejection", lang="es",
    company="Transportes Aragoneses Lacasa", contact="pilar@tlacasa.example.es",
    frm=("Pilar Lacasa", "pilar@tlacasa.example.es"),
    subject="RE: Jefe de tráfico",
    date="2026-03-20 19:02", irt="lacasa_llamada",
    text="""Aurélien, ya hemos cubierto el puesto. Gracias.

Pilar Lacasa
Transportes Aragoneses Lacasa
Enviado desde mi móvil

-----Mensaje original-----
De: Pilar Lacasa <pilar@tlacasa.example.es>
Enviado el: lunes, 9 de marzo de 2026 12:40
Para: Aurélien Kowalczyk-Mensah <aurelien.km@example.be>
Asunto: Jefe de tráfico

Aurélien, ¿te puedo llamar el jueves a las 11 para hablar del puesto de jefe de tráfico? Serán 15 minutos.
""",
))

_t = """Estimado/a Aurélien Kowalczyk-Mensah:

Te agradecemos el interés mostrado en la vacante de Coordinador/a de Última Milla en nuestro centro de PLAZA (Zaragoza).

Tras revisar detenidamente todas las candidaturas recibidas, lamentamos comunicarte que tu perfil no ha sido seleccionado para continuar en el proceso.

Conservaremos tus datos durante un año para futuras oportunidades, salvo que nos indiques lo contrario.

Atentamente,
Departamento de Personas
Paquetería Cierzo

Este mensaje se ha generado automáticamente. Por favor, no respondas a este correo.
"""
add(dict(
    key="cierzo_taleo_no", kind="rejection", lang="es",
    company="Paquetería Cierzo", contact="",
    frm=("Paquetería Cierzo - Empleo", "cierzo@taleo.net"), frm_enc=("utf-8", "B"),
    subject="Actualización de tu candidatura – Coordinador/a de Última Milla",
    date="2026-03-06 08:01 +0000", irt="cierzo_ack",
    text=_t, html=ats_card("Paquetería Cierzo · Empleo", "#e30613", paras(_t)),
    headers={"Auto-Submitted": "auto-generated"},
))

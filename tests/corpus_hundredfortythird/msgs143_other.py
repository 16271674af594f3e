"""Everything else (52): newsletters, alerts, other meanings of the words, friends, the
candidate's own mail, out-of-office replies, cold outreach. Written by hand, one by one."""

from __future__ import annotations

from msgs143_common import ME, list_headers, pixel, quote

MESSAGES: list[dict] = []
OTHER = "other"


def add(**spec: object) -> None:
    spec.setdefault("kind", OTHER)
    spec.setdefault("company", "")
    MESSAGES.append(spec)


# ================================================================ French (26)

add(
    slug="newsletter_refus_apres_entretien", contact="", lang="fr",
    frm=("La Lettre de la Reconversion", "newsletter@lettre-reconversion.example.fr"),
    subject="Refus après entretien : 5 choses à faire (et 1 à éviter)",
    date="2026-03-08 07:00 +0100", cte="quoted-printable",
    headers=list_headers("La Lettre de la Reconversion <hebdo.lettre-reconversion.example.fr>",
                         "https://lettre-reconversion.example.fr/desabonnement?e=aW5lcy5iYw",
                         mailto="desabonnement@lettre-reconversion.example.fr"),
    text="""LA LETTRE DE LA RECONVERSION – n° 112 – dimanche 8 mars 2026

Refus après entretien : 5 choses à faire (et 1 à éviter)
« Nous avons le regret de vous informer que votre candidature n'a pas été retenue. »
Vous connaissez la phrase par cœur ? Voici comment transformer ce refus en tremplin.
Lire l'article : https://lettre-reconversion.example.fr/a/refus-apres-entretien?utm_source=nl112

Témoignage – « J'ai raté mon premier entretien en visio »
Karima, ex-professeure des écoles, raconte le jour où elle n'a pas réussi à rejoindre
l'appel… et comment elle a décroché le poste suivant.
https://lettre-reconversion.example.fr/a/karima-visio?utm_source=nl112

Les offres de la semaine : 34 postes ouverts aux profils enseignants
https://lettre-reconversion.example.fr/offres?utm_source=nl112

Vous recevez cette lettre car vous vous êtes inscrite sur lettre-reconversion.example.fr.
Se désabonner : https://lettre-reconversion.example.fr/desabonnement?e=aW5lcy5iYw
""",
    html="""<html><body style="margin:0;background:#f3efe8">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif;color:#2c2c2c">
<tr><td style="padding:24px 30px;border-bottom:1px solid #ddd"><img src="https://lettre-reconversion.example.fr/img/masthead.png" alt="La Lettre de la Reconversion" width="300"><br><span style="font-family:Arial;font-size:12px;color:#888">n° 112 – dimanche 8 mars 2026</span></td></tr>
<tr><td style="padding:24px 30px">
<h1 style="font-size:24px;margin:0 0 10px">Refus après entretien : 5 choses à faire (et 1 à éviter)</h1>
<p>« Nous avons le regret de vous informer que votre candidature n'a pas été retenue. » Vous connaissez la phrase par cœur ? Voici comment transformer ce refus en tremplin.</p>
<p><a href="https://lettre-reconversion.example.fr/r/nl112/1?u=aW5lcy5iYw" style="color:#b3541e">Lire l'article →</a></p>
<hr style="border:none;border-top:1px solid #eee">
<h2 style="font-size:18px">Témoignage – « J'ai raté mon premier entretien en visio »</h2>
<p>Karima, ex-professeure des écoles, raconte le jour où elle n'a pas réussi à rejoindre l'appel… et comment elle a décroché le poste suivant.</p>
<p><a href="https://lettre-reconversion.example.fr/r/nl112/2?u=aW5lcy5iYw" style="color:#b3541e">Lire le témoignage →</a></p>
<hr style="border:none;border-top:1px solid #eee">
<p><b>Les offres de la semaine :</b> <a href="https://lettre-reconversion.example.fr/r/nl112/3?u=aW5lcy5iYw">34 postes ouverts aux profils enseignants</a></p>
</td></tr>
<tr><td style="padding:16px 30px;background:#faf8f4;font-family:Arial;font-size:11px;color:#999">
Vous recevez cette lettre car vous vous êtes inscrite sur lettre-reconversion.example.fr.<br>
<a href="https://lettre-reconversion.example.fr/desabonnement?e=aW5lcy5iYw" style="color:#999">Se désabonner</a> · <a href="https://lettre-reconversion.example.fr/preferences" style="color:#999">Préférences</a><br>
Reconversion Média SAS, 5 rue Paul Bert, 69003 Lyon</td></tr>
</table>
""" + pixel("https://lettre-reconversion.example.fr/o/nl112.gif?u=aW5lcy5iYw") + """
</td></tr></table></body></html>
""",
)

add(
    slug="job_alert_digest", contact="", lang="fr",
    frm=("Alertes JobJungle", "alertes@jobjungle.example.fr"),
    subject="12 nouvelles offres : chef de projet localisation", date="2026-02-09 06:45 +0100",
    cte="quoted-printable",
    headers=list_headers("<alertes.jobjungle.example.fr>",
                         "https://www.jobjungle.example.fr/alertes/stop?a=loc-pm&u=8a1f"),
    text="""Bonjour Inès,

12 nouvelles offres correspondent à ton alerte « chef de projet localisation » :

- Localisation Producer – Brume Interactive – Montpellier – CDI
- Chef·fe de projet traduction – Transcréa Méditerranée – Marseille – CDI
- Project Manager Localization – GlobaText – Paris – CDI
- Coordinatrice sous-titrage – Mosaïk Média – Luxembourg – CDI
... et 8 autres offres.

Voir toutes les offres : https://www.jobjungle.example.fr/r/alerte/loc-pm?u=8a1f

Ne rate plus aucune offre : postule avant les autres, les premiers candidats ont 3 fois
plus de chances d'être appelés en entretien.

Modifier ou supprimer cette alerte : https://www.jobjungle.example.fr/alertes/stop?a=loc-pm&u=8a1f
""",
    html="""<html><body style="margin:0;background:#fff8e7;font-family:'Trebuchet MS',Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:12px">
<tr><td style="padding:22px 30px"><img src="https://cdn.jobjungle.example.fr/mail/logo-jj.png" alt="JobJungle" width="130"></td></tr>
<tr><td style="padding:0 30px;font-size:15px;color:#2d2d2d">
<p>Bonjour Inès,</p><p><b>12 nouvelles offres</b> correspondent à ton alerte « chef de projet localisation » :</p>
<table width="100%" cellpadding="8" cellspacing="0" style="font-size:14px">
<tr><td style="border-bottom:1px solid #eee"><a href="https://www.jobjungle.example.fr/r/o/55102?u=8a1f" style="color:#1e7a46;font-weight:bold">Localisation Producer</a><br>Brume Interactive · Montpellier · CDI</td></tr>
<tr><td style="border-bottom:1px solid #eee"><a href="https://www.jobjungle.example.fr/r/o/55131?u=8a1f" style="color:#1e7a46;font-weight:bold">Chef·fe de projet traduction</a><br>Transcréa Méditerranée · Marseille · CDI</td></tr>
<tr><td style="border-bottom:1px solid #eee"><a href="https://www.jobjungle.example.fr/r/o/55177?u=8a1f" style="color:#1e7a46;font-weight:bold">Project Manager Localization</a><br>GlobaText · Paris · CDI</td></tr>
<tr><td><a href="https://www.jobjungle.example.fr/r/o/55190?u=8a1f" style="color:#1e7a46;font-weight:bold">Coordinatrice sous-titrage</a><br>Mosaïk Média · Luxembourg · CDI</td></tr></table>
<p><a href="https://www.jobjungle.example.fr/r/alerte/loc-pm?u=8a1f" style="background:#1e7a46;color:#fff;padding:10px 18px;border-radius:20px;text-decoration:none">Voir les 12 offres</a></p>
<p style="font-size:13px;color:#666">Postule avant les autres : les premiers candidats ont 3 fois plus de chances d'être appelés en entretien.</p>
</td></tr>
<tr><td style="padding:14px 30px;font-size:11px;color:#999;border-top:1px solid #f0e6cc"><a href="https://www.jobjungle.example.fr/alertes/stop?a=loc-pm&amp;u=8a1f" style="color:#999">Modifier ou supprimer cette alerte</a> · JobJungle SAS, Lyon</td></tr>
</table></td></tr></table>
""" + pixel("https://t.jobjungle.example.fr/o/8a1f-alerte-0209.png") + """
</body></html>
""",
)

add(
    slug="press_interview_request", cte="8bit", contact="j.ortolan@petitphoceen.example.fr", lang="fr",
    frm=("Julie Ortolan", "j.ortolan@petitphoceen.example.fr"),
    subject="Demande d'interview – profs qui quittent l'Éducation nationale",
    date="2026-01-29 11:22 +0100",
    text="""Bonjour Madame Benali-Carvalho,

Je suis journaliste au service Société du Petit Phocéen. Je prépare un dossier sur les
enseignants marseillais qui se reconvertissent, et l'association Réseau Reconversion
Enseignants m'a donné votre nom.

Accepteriez-vous de m'accorder une interview d'une trentaine de minutes, par téléphone
ou autour d'un café ? Je souhaiterais évoquer ce qui vous a poussée à partir, les
démarches, et votre regard sur le métier. L'article paraîtrait dans l'édition du week-end
du 14 février ; vous pourrez relire vos citations.

Je comprendrais tout à fait que vous préfériez rester anonyme.

Bien cordialement,

Julie Ortolan
Journaliste – service Société
Le Petit Phocéen
06 55 18 27 40
""",
)

add(
    slug="gps_position_shared", cte="base64", contact="", lang="fr",
    frm=("Trajets+", "notifications@trajetsplus.example.com"),
    subject="Yasmine partage sa position avec vous", date="2026-05-23 19:02 +0200",
    html="""<html><body style="font-family:Roboto,Arial,sans-serif;background:#eef3f8;margin:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table width="480" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:10px">
<tr><td style="padding:22px 26px"><img src="https://cdn.trajetsplus.example.com/mail/logo.png" alt="Trajets+" width="96"></td></tr>
<tr><td style="padding:0 26px 22px;font-size:15px;color:#1f2d3d">
<p><b>Yasmine</b> a commencé à partager sa position en temps réel avec vous.</p>
<p>Trajet : Aix-en-Provence → Marseille Vieux-Port<br>Arrivée estimée : 19:41</p>
<p><a href="https://trajetsplus.example.com/live/3Hk29s?src=mail" style="background:#1a73e8;color:#fff;padding:10px 18px;border-radius:18px;text-decoration:none">Voir sa position</a></p>
<p style="font-size:12px;color:#8696a7">Le partage prendra fin automatiquement à son arrivée. Votre position n'est pas partagée.</p>
</td></tr>
<tr><td style="padding:12px 26px;font-size:11px;color:#aab4bf;border-top:1px solid #eef1f4">Trajets+ · <a href="https://trajetsplus.example.com/settings/notifications" style="color:#aab4bf">Gérer les notifications</a></td></tr>
</table></td></tr></table></body></html>
""",
)

add(
    slug="queue_position_hotline", contact="", lang="fr",
    frm=("MutProv - Service adhérents", "ne-pas-repondre@mutprov.example.fr"),
    subject="Votre demande de rappel – votre position dans la file d'attente",
    date="2026-02-03 09:47 +0100", charset="iso-8859-1", cte="quoted-printable",
    text="""Bonjour Madame BENALI-CARVALHO,

Nous avons bien enregistré votre demande de rappel concernant : remboursement lunettes.

Votre position dans la file d'attente : 14
Délai estimé avant rappel : 1 h 30 environ

Un conseiller vous appellera au numéro se terminant par 48. Si vous n'êtes pas
disponible, votre demande restera active jusqu'à ce soir 18h00.

MutProv, la mutuelle des personnels de l'éducation en Provence
Ce message est envoyé automatiquement, merci de ne pas y répondre.
""",
)

add(
    slug="parcel_delayed", contact="", lang="fr",
    frm=("Colis Express", "suivi@colisexpress.example.fr"),
    subject="Malheureusement, votre colis est retardé", date="2026-04-09 08:13 +0200",
    cte="quoted-printable",
    html="""<html><body style="background:#f5f5f5;margin:0;font-family:Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="580" cellpadding="0" cellspacing="0" style="background:#fff;margin:20px 0">
<tr><td style="background:#ffcc00;padding:14px 24px"><img src="https://colisexpress.example.fr/mail/logo-ce.png" alt="Colis Express" width="120"></td></tr>
<tr><td style="padding:24px;font-size:14px;color:#333">
<p>Bonjour,</p>
<p>Malheureusement, votre colis n° <b>CE 4471 2093 55FR</b> (expéditeur : Librairie du Globe) est retardé en raison d'un incident sur notre plateforme de Vitrolles.</p>
<p>Nouvelle date de livraison estimée : <b>samedi 11 avril</b>.</p>
<p><a href="https://colisexpress.example.fr/suivi?c=CE4471209355FR&amp;utm_source=mail_retard">Suivre mon colis</a> · <a href="https://colisexpress.example.fr/modifier-livraison?c=CE4471209355FR">Modifier ma livraison</a></p>
<p>Nous vous prions de nous excuser pour ce désagrément.</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#999">Colis Express – Ne répondez pas à ce message.</td></tr>
</table></td></tr></table>
""" + pixel("https://colisexpress.example.fr/o.gif?c=CE4471209355FR") + """
</body></html>
""",
)

add(
    slug="bank_loan_declined", contact="", lang="fr",
    frm=("Crédit Phocéen", "notifications@creditphoceen.example.fr"),
    subject="Votre demande de prêt personnel", date="2026-07-15 16:30 +0200",
    charset="windows-1252", cte="quoted-printable",
    text="""Madame Benali-Carvalho,

Nous avons étudié avec attention votre demande de prêt personnel « Projet Mobilité »
d’un montant de 8 000 € (dossier n° PP-2026-118842).

Après analyse, nous sommes au regret de vous informer que nous ne pouvons pas donner
une suite favorable à votre demande. Cette décision tient compte notamment du
changement de situation professionnelle que vous nous avez déclaré.

Votre conseillère, Mme Portal, reste à votre disposition en agence pour étudier d’autres
solutions.

Crédit Phocéen – Agence Castellane
Ce message est envoyé depuis une adresse qui ne peut recevoir de réponse. Pour nous
écrire, utilisez la messagerie sécurisée de votre espace client.
""",
)

add(
    slug="flat_application_refused", contact="", lang="fr",
    frm=("LocaDossier", "no-reply@locadossier.example.fr"),
    subject="Votre dossier pour le T2 – Montpellier Antigone", date="2026-08-19 10:02 +0200",
    html="""<html><body style="font-family:Arial,sans-serif;background:#f7f9fc;margin:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border:1px solid #e3e8ef">
<tr><td style="padding:18px 24px"><img src="https://locadossier.example.fr/img/logo.png" alt="LocaDossier" width="130"></td></tr>
<tr><td style="padding:0 24px 20px;font-size:14px;color:#2b3445">
<p>Bonjour Inès,</p>
<p>Le propriétaire du logement <b>T2 – 42 m² – Montpellier Antigone – 780 € CC</b> a fait son choix. Votre dossier n'a malheureusement pas été retenu cette fois-ci.</p>
<p>Votre dossier reste complet et vérifié : vous pouvez postuler en un clic à d'autres annonces.</p>
<p><a href="https://locadossier.example.fr/annonces?ville=montpellier&amp;src=refus" style="color:#2f6fed">Voir 27 logements similaires</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#9aa3b2;background:#fafbfd">LocaDossier SAS · <a href="https://locadossier.example.fr/compte/notifications" style="color:#9aa3b2">Gérer mes e-mails</a></td></tr>
</table></td></tr></table></body></html>
""",
)

add(
    slug="friend_tells_own_rejection", contact="claire.dumas@example.fr", lang="fr",
    frm=("Claire Dumas", "claire.dumas@example.fr"),
    subject="Re: alors ??", date="2026-03-28 21:37 +0100",
    irt="<ines-claire-0328@example.fr>",
    text="""Ma belle,

Bon, moi c'est non : l'Alliance française de Lisbonne m'a répondu ce matin, « nous avons
retenu une candidature interne ». Deux entretiens, un test, et voilà. Je suis dégoûtée,
mais bon, je m'y attendais un peu.

Par contre toi, trop bien pour mardi !! Tu vas les épater. Tu me racontes ?

On se fait une bouffe samedi pour se consoler / fêter (rayer la mention inutile) ?

Bisous
Claire

Le sam. 28 mars 2026 à 18:12, Inès Benali-Carvalho <ines.bc@example.fr> a écrit :
""" + quote("""Alors, des nouvelles de Lisbonne ??
Moi j'ai un entretien chez Transcréa mardi à 9h30, je stresse déjà. Et Wordbridge
m'a fait passer le deuxième entretien, réponse dans quinze jours…
Bises, Inès""") + "\n",
)

add(
    slug="own_thank_you_note", cte="8bit", contact="", lang="fr",
    frm=ME, to=[("Nathalie Ferracci", "n.ferracci@linguacalanca.example.fr")],
    subject="Merci pour l'entretien", date="2026-02-26 18:40 +0100",
    mid="<4e1c77a0-ines-merci@example.fr>",
    text="""Bonjour Madame Ferracci,

Je tenais à vous remercier, ainsi que Frédéric, pour l'accueil de ce matin et pour le
temps que vous m'avez consacré. J'ai beaucoup aimé l'exercice sur le devis du salon
nautique, et la manière dont vous décrivez le travail avec vos traducteurs.

Comme évoqué, je suis tout à fait prête à me former à memoQ dès maintenant si cela peut
faciliter une éventuelle prise de poste.

Dans l'attente de votre retour, je vous souhaite une très bonne soirée.

Bien cordialement,

Inès Benali-Carvalho
06 71 22 90 48
""",
)

add(
    slug="own_spontaneous_application_cv", contact="", lang="fr",
    frm=ME, to=[("Marc Aubanel", "marc.aubanel@transcrea-med.example.fr")],
    subject="Candidature spontanée – Inès Benali-Carvalho", date="2026-01-12 20:05 +0100",
    mid="<ines-transcrea-spont-0112@example.fr>",
    text="""Monsieur,

Professeure de lettres dans un collège marseillais depuis neuf ans, je prépare ma
reconversion dans la gestion de projets de traduction et de localisation. Je me permets
de vous adresser ma candidature spontanée pour un poste de cheffe de projet junior au
sein de Transcréa Méditerranée.

Coordonner des échanges européens, piloter un projet Erasmus+ avec trois établissements
partenaires ou gérer des délais serrés avec des équipes nombreuses fait partie de mon
quotidien. Je parle couramment l'anglais, l'espagnol et le portugais, et je termine
une formation en gestion de projets de localisation (Trados, memoQ, XTM).

Vous trouverez mon CV en pièce jointe. Je serais ravie d'échanger avec vous.

Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.

Inès Benali-Carvalho
06 71 22 90 48
""",
    attach=[("CV_Ines_Benali-Carvalho_2026.pdf", [
        "INES BENALI-CARVALHO - Marseille - 06 71 22 90 48 - ines.bc@example.fr", "",
        "Objectif : cheffe de projet traduction / localisation", "",
        "2017-2026 Professeure de lettres modernes, college Jean-Claude Izzo, Marseille",
        "  Coordination Erasmus+ (3 etablissements), classes europeennes",
        "2025-2026 Certificat Gestion de projets de localisation (formation continue)",
        "Langues : francais, portugais (natifs), anglais C2, espagnol C1",
        "Outils : Trados Studio, memoQ, XTM, Excel avance, Trello",
    ])],
)

add(
    slug="out_of_office_recruiter", contact="s.mattei@talentis-conseil.example.fr", lang="fr",
    frm=("Sandrine Mattei", "s.mattei@talentis-conseil.example.fr"),
    subject="Réponse automatique : Re: FÉLICITATIONS !!! Offre Pixel Mistral",
    date="2026-08-04 09:01 +0200", irt="<ines-talentis-0804@example.fr>",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    text="""Bonjour,

Je suis en congés du 3 au 21 août inclus, avec un accès très limité à mes e-mails.

Pour toute urgence concernant un recrutement en cours, vous pouvez contacter ma collègue
Émilie Ferrand au 06 12 48 90 10.

Belle journée,
Sandrine Mattei | Consultante senior | Talentis Conseil
""",
)

add(
    slug="cold_outreach_cabinet", cte="8bit", contact="l.sauvage@azur-talents.example.fr", lang="fr",
    frm=("Ludovic Sauvage", "l.sauvage@azur-talents.example.fr"),
    subject="Opportunité – Chef de projet traduction (H/F) – Aix-en-Provence",
    date="2026-02-24 08:54 +0100",
    text="""Bonjour Inès,

Je me permets de vous contacter après avoir vu votre profil sur LinkedIn. Je recrute
pour un de mes clients, une agence de traduction technique basée à Aix (aéronautique,
énergie), un(e) chef de projet traduction en CDI.

Votre double profil enseignement + localisation m'a interpellé. Le poste est ouvert aux
reconversions, à condition d'avoir une première expérience des outils de TAO.

Si le sujet vous intéresse, répondez-moi simplement et je vous enverrai la fiche de
poste détaillée. Et si ce n'est pas le bon moment, aucun souci !

Bonne journée,

Ludovic Sauvage
Consultant recrutement – Azur Talents
azur-talents.example.fr
""",
)

add(
    slug="rectorat_disponibilite", contact="", lang="fr",
    frm=("Rectorat de l'académie d'Aix-Marseille – DIPE", "ne-pas-repondre@ac-aix-marseille.example.fr"),
    subject="Accusé de réception – demande de mise en disponibilité", date="2026-03-16 14:02 +0100",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Madame BENALI-CARVALHO Inès
Professeure certifiée - Lettres modernes
Collège Jean-Claude Izzo - MARSEILLE

Votre demande de mise en disponibilité pour convenances personnelles, à compter du
1er septembre 2026, a bien été reçue et enregistrée par la Division des personnels
enseignants (DIPE), bureau de gestion des lettres.

Votre demande sera examinée dans le cadre de la campagne annuelle. La décision vous
sera notifiée par arrêté rectoral avant le 15 juin 2026.

Ce courriel est généré automatiquement. Merci de ne pas y répondre. Pour toute
question, utilisez l'application Colibris.
""",
)

add(
    slug="colleague_asks_for_papers", cte="8bit", contact="k.bensaid@example.fr", lang="fr",
    frm=("Karim Bensaïd", "k.bensaid@example.fr"),
    subject="sujets brevet blanc", date="2026-04-02 22:14 +0200",
    text="""salut ines

tu pourrais m envoyer tes sujets du brevet blanc de l an dernier ? j ai la flemme de tout
refaire pour les 3e C et D... surtout la partie reecriture

et sinon t'as eu des nouvelles de tes entretiens ? on te perd a la rentree ou pas ? :)

merci !!
karim
""",
)

add(
    slug="university_programme_accepted", contact="", lang="fr",
    frm=("AMU – eCandidat", "ecandidat-noreply@univ-amu.example.fr"),
    subject="Votre candidature au DU Traduction et localisation", date="2026-06-26 15:30 +0200",
    cte="quoted-printable",
    text="""Madame Benali-Carvalho,

Nous avons le plaisir de vous informer que votre candidature au Diplôme d'université
« Traduction et localisation » (formation continue, session 2026-2027) a reçu un avis
favorable de la commission pédagogique.

Pour confirmer votre inscription, connectez-vous à eCandidat avant le 10 juillet 2026
et acceptez la proposition d'admission.

Service de la formation continue – Faculté des arts, lettres, langues et sciences humaines
Aix-Marseille Université

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#222">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="border-bottom:3px solid #0063a6;padding:10px 0"><img src="https://ecandidat.univ-amu.example.fr/img/logo_amu.png" alt="Aix-Marseille Université" width="160"></td></tr>
<tr><td style="padding:16px 0">
<p>Madame Benali-Carvalho,</p>
<p>Nous avons le plaisir de vous informer que votre candidature au <b>Diplôme d'université « Traduction et localisation »</b> (formation continue, session 2026-2027) a reçu un <b>avis favorable</b> de la commission pédagogique.</p>
<p>Pour confirmer votre inscription, <a href="https://ecandidat.univ-amu.example.fr/#!accueilView">connectez-vous à eCandidat</a> avant le 10 juillet 2026 et acceptez la proposition d'admission.</p>
<p>Service de la formation continue – Faculté des arts, lettres, langues et sciences humaines<br>Aix-Marseille Université</p>
<p style="font-size:11px;color:#888">Ce message est envoyé automatiquement, merci de ne pas y répondre.</p>
</td></tr></table></body></html>
""",
)

add(
    slug="freelance_platform_profile_views", contact="", lang="fr",
    frm=("Freelanceo", "hello@freelanceo.example.fr"),
    subject="Inès, votre profil a été vu 12 fois cette semaine 👀", date="2026-05-04 08:30 +0200",
    cte="quoted-printable",
    headers=list_headers("<weekly.freelanceo.example.fr>",
                         "https://www.freelanceo.example.fr/u/settings/emails?unsub=weekly&t=zz81"),
    text="""Bonjour Inès,

Votre profil a été vu 12 fois cette semaine, dont 3 fois par des entreprises.

Missions qui pourraient vous intéresser :
- Cheffe de projet traduction (mission 3 mois) – Marseille – 350 €/jour
- Relecture FR de l'interface d'une app de fitness – télétravail
- Coordination sous-titrage d'une série documentaire – Paris/remote

Voir les missions : https://www.freelanceo.example.fr/missions?src=weekly&t=zz81

Astuce : les profils avec une photo et un taux journalier reçoivent 2x plus de
propositions.

Se désabonner : https://www.freelanceo.example.fr/u/settings/emails?unsub=weekly&t=zz81
""",
    html="""<html><body style="background:#f4f2ff;margin:0;font-family:'Poppins',Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:14px">
<tr><td style="padding:24px 30px"><img src="https://cdn.freelanceo.example.fr/mail/logo.png" alt="Freelanceo" width="120"></td></tr>
<tr><td style="padding:0 30px 24px;font-size:14px;color:#26215c">
<h2 style="margin:0 0 8px">Votre profil a été vu 12 fois 👀</h2>
<p>dont <b>3 fois par des entreprises</b> cette semaine.</p>
<p><b>Missions qui pourraient vous intéresser :</b></p>
<ul><li><a href="https://www.freelanceo.example.fr/r/m/90112?t=zz81">Cheffe de projet traduction (mission 3 mois)</a> – Marseille – 350 €/jour</li>
<li><a href="https://www.freelanceo.example.fr/r/m/90140?t=zz81">Relecture FR de l'interface d'une app de fitness</a> – télétravail</li>
<li><a href="https://www.freelanceo.example.fr/r/m/90163?t=zz81">Coordination sous-titrage d'une série documentaire</a> – Paris/remote</li></ul>
<p style="font-size:12px;color:#6b66a0">Astuce : les profils avec une photo et un taux journalier reçoivent 2x plus de propositions.</p>
</td></tr>
<tr><td style="padding:12px 30px;font-size:11px;color:#a29fc7;border-top:1px solid #eeeafc"><a href="https://www.freelanceo.example.fr/u/settings/emails?unsub=weekly&amp;t=zz81" style="color:#a29fc7">Se désabonner</a> · Freelanceo SAS, Paris</td></tr>
</table></td></tr></table>
""" + pixel("https://www.freelanceo.example.fr/o/zz81-w19.png") + """
</body></html>
""",
)

add(
    slug="webinar_job_interview_in_english", contact="", lang="fr",
    frm=("Réseau Reconversion Enseignants", "evenements@reseau-reconversion.example.org"),
    subject="Webinaire jeudi 19h : réussir son entretien d'embauche en anglais",
    date="2026-03-02 12:00 +0100", cte="quoted-printable",
    headers=list_headers("<evenements.reseau-reconversion.example.org>",
                         "https://reseau-reconversion.example.org/lettre/desinscription?id=4471"),
    text="""Bonjour,

Jeudi 5 mars à 19h, notre webinaire mensuel est consacré à l'entretien d'embauche en
anglais : se présenter en 2 minutes, répondre à « Why are you leaving teaching? »,
parler de salaire sans rougir.

Intervenante : Emma Clarke, ancienne professeure d'anglais devenue recruteuse chez un
éditeur de logiciels.

Inscription gratuite (places limitées) :
https://reseau-reconversion.example.org/webinaires/entretien-anglais?src=mail

Le replay de février (« Candidature spontanée : la lettre qui fait mouche ») est en
ligne pour les adhérents.

L'équipe du Réseau Reconversion Enseignants

Se désinscrire : https://reseau-reconversion.example.org/lettre/desinscription?id=4471
""",
    html="""<html><body style="font-family:Verdana,sans-serif;font-size:13px;color:#2f2f2f;background:#ffffff">
<div style="max-width:560px;margin:0 auto;border-top:6px solid #3d8b7d;padding:20px">
<img src="https://reseau-reconversion.example.org/img/logo-rre.png" alt="Réseau Reconversion Enseignants" width="200">
<p>Bonjour,</p>
<p>Jeudi 5 mars à 19h, notre webinaire mensuel est consacré à <b>l'entretien d'embauche en anglais</b> : se présenter en 2 minutes, répondre à « Why are you leaving teaching? », parler de salaire sans rougir.</p>
<p>Intervenante : Emma Clarke, ancienne professeure d'anglais devenue recruteuse chez un éditeur de logiciels.</p>
<p style="text-align:center"><a href="https://reseau-reconversion.example.org/webinaires/entretien-anglais?src=mail" style="background:#3d8b7d;color:#fff;padding:10px 20px;text-decoration:none">Je m'inscris (gratuit)</a></p>
<p>Le replay de février (« Candidature spontanée : la lettre qui fait mouche ») est en ligne pour les adhérents.</p>
<p>L'équipe du Réseau Reconversion Enseignants</p>
<p style="font-size:10px;color:#999"><a href="https://reseau-reconversion.example.org/lettre/desinscription?id=4471" style="color:#999">Se désinscrire</a> · Association loi 1901</p>
</div>
""" + pixel("https://reseau-reconversion.example.org/o/4471-0302.gif") + """
</body></html>
""",
)

add(
    slug="mother_asks_news", cte="base64", contact="fatima.benali@example.fr", lang="fr",
    frm=("Fatima Benali", "fatima.benali@example.fr"),
    subject="dimanche", date="2026-04-17 13:05 +0200",
    text="""Ma chérie,

Alors, des nouvelles de Genève ? Ton père me demande tous les soirs si « la Suisse a
répondu ». Je lui ai dit que ça prend du temps ces choses-là.

Vous venez manger dimanche avec Hugo ? Je fais la feijoada de ta grand-mère.

Gros bisous
Maman

Envoyé depuis mon téléphone
""",
)

add(
    slug="radio_interview_live", cte="8bit", contact="mathieu.rey@radiocalanques.example.fr", lang="fr",
    frm=("Mathieu Rey - Radio Calanques", "mathieu.rey@radiocalanques.example.fr"),
    subject="Interview dans la matinale – reconversion des profs", date="2026-02-11 16:48 +0100",
    text="""Bonjour Inès,

Julie Ortolan, du Petit Phocéen, m'a transmis vos coordonnées après son article, que
nous avons beaucoup aimé à la rédaction.

Nous aimerions vous recevoir pour une interview en direct de 6 minutes dans la matinale
du mercredi 25 février, vers 7h40, dans nos studios de la rue Grignan (ou par téléphone
si vous êtes en cours ce matin-là). Le thème : « Quitter l'enseignement, et après ? ».

Pouvez-vous me dire si cela vous tente ? Je vous appelle pour préparer l'échange.

Mathieu Rey
Rédacteur en chef adjoint
Radio Calanques – 98.4 FM
04 91 55 60 21
""",
)

add(
    slug="medical_appointment_cancelled", contact="", lang="fr",
    frm=("MédiRDV", "no-reply@medirdv.example.fr"),
    subject="Votre rendez-vous du jeudi 12 mars a été annulé", date="2026-03-10 18:22 +0100",
    cte="quoted-printable",
    html="""<html><body style="font-family:Arial,sans-serif;background:#f0f6fb;margin:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="520" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px">
<tr><td style="background:#107aca;padding:14px 22px;border-radius:8px 8px 0 0"><img src="https://medirdv.example.fr/mail/logo-blanc.png" alt="MédiRDV" width="110"></td></tr>
<tr><td style="padding:22px;font-size:14px;color:#1d2b36">
<p>Bonjour Inès,</p>
<p>Votre rendez-vous avec <b>Dr Sophie Marchetti</b> (ophtalmologue) le <b>jeudi 12 mars à 08:45</b> a été annulé par le cabinet.</p>
<p>Motif indiqué : absence imprévue du praticien.</p>
<p><a href="https://medirdv.example.fr/dr-sophie-marchetti/reprendre?src=annulation" style="background:#107aca;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none">Reprendre rendez-vous</a></p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#8aa0b2">Cet e-mail vous est envoyé par MédiRDV pour le compte de votre praticien. Merci de ne pas y répondre.</td></tr>
</table></td></tr></table>
""" + pixel("https://medirdv.example.fr/o/an-0312.gif") + """
</body></html>
""",
)

add(
    slug="train_cancelled_strike", contact="", lang="fr",
    frm=("Rail Sud Voyageurs", "information@railsud.example.fr"),
    subject="Information trafic : votre train du 31 mars est supprimé",
    date="2026-03-28 17:40 +0100", cte="quoted-printable",
    text="""Bonjour Madame BENALI-CARVALHO,

Malheureusement, en raison d'un mouvement social, votre train TGV n° 6114
Marseille Saint-Charles 06:46 → Genève 10:12 du mardi 31 mars 2026 est supprimé.

Vos options :
- échanger sans frais votre billet pour un autre train ;
- demander le remboursement intégral jusqu'au 30 avril.

Référence de dossier : QXV7LM

Rail Sud Voyageurs – Ne répondez pas à ce message.
""",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="580" cellpadding="0" cellspacing="0">
<tr><td style="background:#7c1d5f;padding:12px 20px"><img src="https://railsud.example.fr/mail/logo.png" alt="Rail Sud Voyageurs" width="140"></td></tr>
<tr><td style="padding:20px;border:1px solid #ddd">
<p>Bonjour Madame BENALI-CARVALHO,</p>
<p><b>Malheureusement, en raison d'un mouvement social, votre train TGV n° 6114 Marseille Saint-Charles 06:46 → Genève 10:12 du mardi 31 mars 2026 est supprimé.</b></p>
<p>Vos options :</p>
<ul><li><a href="https://railsud.example.fr/echange?ref=QXV7LM">Échanger sans frais votre billet</a> pour un autre train ;</li><li><a href="https://railsud.example.fr/remboursement?ref=QXV7LM">Demander le remboursement intégral</a> jusqu'au 30 avril.</li></ul>
<p>Référence de dossier : QXV7LM</p>
<p style="font-size:11px;color:#888">Rail Sud Voyageurs – Ne répondez pas à ce message.</p>
</td></tr></table></body></html>
""",
)

add(
    slug="teacher_transfer_refused", contact="", lang="fr",
    frm=("Rectorat d'Aix-Marseille – Mouvement", "mouvement-noreply@ac-aix-marseille.example.fr"),
    subject="Résultat de votre demande de mutation intra-académique", date="2026-06-19 17:00 +0200",
    cte="8bit",
    text="""Madame Inès BENALI-CARVALHO,

Suite à la réunion des instances de mouvement du 18 juin 2026, nous vous informons
qu'aucun des vœux formulés dans votre demande de mutation intra-académique n'a pu être
satisfait. Vous êtes maintenue sur votre poste actuel au collège Jean-Claude Izzo.

Le détail de votre barème et des barres d'entrée est consultable sur I-Prof, rubrique
« Les services / SIAM ».

Ce message est envoyé automatiquement. Merci de ne pas y répondre.
""",
)

add(
    slug="own_mail_declines_offer", contact="", lang="fr",
    frm=ME, to=[("Sandrine Mattei", "s.mattei@talentis-conseil.example.fr")],
    subject="Re: FÉLICITATIONS !!! Offre Pixel Mistral", date="2026-06-03 08:12 +0200",
    mid="<ines-talentis-decline-0603@example.fr>",
    irt="<talentis-offer-0601@talentis-conseil.example.fr>",
    text="""Bonjour Sandrine,

Merci infiniment pour votre message et pour tout votre accompagnement depuis le
printemps. Après beaucoup d'hésitations, j'ai décidé de décliner l'offre de Pixel
Mistral : j'ai accepté hier une autre proposition, dans une structure plus petite, qui
me permettra de démarrer avec un mentorat plus proche.

Pourriez-vous transmettre mes remerciements sincères à Romain et à Aïcha ? J'ai
vraiment apprécié nos échanges et je regrette de leur faire faux bond.

Bien à vous,
Inès

Le lun. 1 juin 2026 à 11:47, Sandrine Mattei | Talentis Conseil <s.mattei@talentis-conseil.example.fr> a écrit :
""" + quote("""Inès !!!

Ça y est, c'est OFFICIEL : Pixel Mistral vous fait une offre pour le poste de
Localisation Manager !!! Leur proposition : CDI cadre, 40 000 € bruts annuels.
Ils vous envoient la proposition écrite cette semaine.

Sandrine""") + "\n",
)

add(
    slug="magazine_interview_former_teacher", contact="", lang="fr",
    frm=("Le Mag JobJungle", "lemag@jobjungle.example.fr"),
    subject="Entretien avec Sarah, ex-prof devenue cheffe de projet localisation",
    date="2026-09-13 10:00 +0200", cte="quoted-printable",
    headers=list_headers("<lemag.jobjungle.example.fr>",
                         "https://www.jobjungle.example.fr/lemag/stop?u=8a1f"),
    text="""LE MAG – la lecture du dimanche

ENTRETIEN – « En classe, je gérais déjà 30 projets à la fois »
Sarah a enseigné l'anglais pendant douze ans avant de devenir cheffe de projet
localisation chez un éditeur de jeux vidéo. Elle nous raconte ses refus, ses doutes, et
l'entretien qui a tout changé.
Lire : https://www.jobjungle.example.fr/lemag/r/sarah-localisation?u=8a1f

À lire aussi :
- Offre d'emploi : comment lire entre les lignes
- « Poste pourvu » : pourquoi les recruteurs mettent autant de temps à répondre

Se désabonner du Mag : https://www.jobjungle.example.fr/lemag/stop?u=8a1f
""",
    html="""<html><body style="margin:0;background:#fff8e7;font-family:Georgia,serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:20px 28px;font-family:Arial;font-size:12px;letter-spacing:2px;color:#1e7a46">LE MAG – LA LECTURE DU DIMANCHE</td></tr>
<tr><td><a href="https://www.jobjungle.example.fr/lemag/r/sarah-localisation?u=8a1f"><img src="https://cdn.jobjungle.example.fr/lemag/sarah-localisation.jpg" alt="Sarah, ex-professeure d'anglais, dans les locaux de son studio" width="560" style="display:block"></a></td></tr>
<tr><td style="padding:20px 28px;color:#2d2d2d">
<p style="font-family:Arial;font-size:11px;color:#888">ENTRETIEN</p>
<h1 style="font-size:24px;margin:0 0 10px">« En classe, je gérais déjà 30 projets à la fois »</h1>
<p>Sarah a enseigné l'anglais pendant douze ans avant de devenir cheffe de projet localisation chez un éditeur de jeux vidéo. Elle nous raconte ses refus, ses doutes, et l'entretien qui a tout changé.</p>
<p><a href="https://www.jobjungle.example.fr/lemag/r/sarah-localisation?u=8a1f" style="color:#1e7a46">Lire l'entretien</a></p>
<p style="font-family:Arial;font-size:13px"><b>À lire aussi</b><br>
<a href="https://www.jobjungle.example.fr/lemag/r/lire-offre?u=8a1f">Offre d'emploi : comment lire entre les lignes</a><br>
<a href="https://www.jobjungle.example.fr/lemag/r/poste-pourvu?u=8a1f">« Poste pourvu » : pourquoi les recruteurs mettent autant de temps à répondre</a></p>
</td></tr>
<tr><td style="padding:12px 28px;font-family:Arial;font-size:11px;color:#999"><a href="https://www.jobjungle.example.fr/lemag/stop?u=8a1f" style="color:#999">Se désabonner du Mag</a> · JobJungle SAS, Lyon</td></tr>
</table></td></tr></table>
""" + pixel("https://t.jobjungle.example.fr/o/8a1f-mag-0913.png") + """
</body></html>
""",
)

add(
    slug="classified_ad_refused", contact="", lang="fr",
    frm=("PetitesAnnonces", "moderation@petitesannonces.example.fr"),
    subject="Votre annonce « Lot manuels de français 4e-3e » a été refusée",
    date="2026-07-07 09:36 +0200", charset="iso-8859-1", cte="quoted-printable",
    text="""Bonjour Inès,

Votre annonce « Lot manuels de français 4e-3e (Hatier, Nathan) - 25 EUR » n'a pas été
acceptée par notre équipe de modération.

Motif : les photos ne correspondent pas aux objets décrits (règle n° 4).

Vous pouvez modifier votre annonce et la soumettre à nouveau depuis votre espace :
https://www.petitesannonces.example.fr/compte/annonces

L'équipe PetitesAnnonces
Ceci est un message automatique.
""",
)

# ================================================================ English (14)

add(
    slug="career_newsletter_missed_interview", contact="", lang="en",
    frm=("The Localization Ladder", "newsletter@locladder.example.com"),
    subject="Issue #47: You missed an interview. Now what?", date="2026-05-15 13:00 +0000",
    cte="quoted-printable",
    headers=list_headers("The Localization Ladder <locladder.example.com>",
                         "https://locladder.example.com/unsubscribe?s=ibc47",
                         mailto="leave@locladder.example.com"),
    text="""THE LOCALIZATION LADDER – Issue #47

You missed an interview. Now what?
Time zones, broken Zoom links, a train strike: it happens to everyone. Here's the
three-line email that gets you a second slot (and the one that gets you ghosted).
Read: https://locladder.example.com/p/missed-interview?utm_source=issue47

Also this week
- Offer or no offer? How to read a "we'll be in touch" after a final round
- Job board of the week: 18 localization PM openings in Europe and Canada
- Ask Priya: "My application was rejected in 4 minutes. Was it a bot?"

You're receiving this because you subscribed at locladder.example.com.
Unsubscribe: https://locladder.example.com/unsubscribe?s=ibc47
""",
    html="""<html><body style="margin:0;background:#ffffff;font-family:Charter,Georgia,serif;color:#1a1a1a">
<div style="max-width:600px;margin:0 auto;padding:24px">
<p style="font-family:Arial;font-size:12px;color:#888">THE LOCALIZATION LADDER · Issue #47</p>
<h1 style="font-size:28px;line-height:1.2">You missed an interview. Now what?</h1>
<p>Time zones, broken Zoom links, a train strike: it happens to everyone. Here's the three-line email that gets you a second slot (and the one that gets you ghosted).</p>
<p><a href="https://locladder.example.com/r/47/1?s=ibc47" style="color:#d9480f">Read the post →</a></p>
<h3>Also this week</h3>
<ul><li><a href="https://locladder.example.com/r/47/2?s=ibc47">Offer or no offer? How to read a "we'll be in touch" after a final round</a></li>
<li><a href="https://locladder.example.com/r/47/3?s=ibc47">Job board of the week: 18 localization PM openings in Europe and Canada</a></li>
<li><a href="https://locladder.example.com/r/47/4?s=ibc47">Ask Priya: "My application was rejected in 4 minutes. Was it a bot?"</a></li></ul>
<hr><p style="font-family:Arial;font-size:11px;color:#999">You're receiving this because you subscribed at locladder.example.com. <a href="https://locladder.example.com/unsubscribe?s=ibc47" style="color:#999">Unsubscribe</a></p>
</div>
""" + pixel("https://locladder.example.com/o/ibc47.gif") + """
</body></html>
""",
)

add(
    slug="podcast_guest_interview", contact="dana@teacherswholeft.example.com", lang="en",
    frm=("Dana Whitfield", "dana@teacherswholeft.example.com"),
    subject="Podcast interview – Teachers Who Left", date="2026-04-23 14:10 +0000",
    text="""Hi Inès,

I host "Teachers Who Left", a podcast about educators who moved into other careers
(we're at episode 86, about 9,000 listeners, mostly in the UK and Ireland). A listener
sent me your LinkedIn post about project management skills in the classroom, and I'd
love to have you on the show.

The interview would be recorded remotely, about 45 minutes, in English, at a time that
suits you in May. No preparation needed beyond a decent microphone – we can even post
you one.

Would you be up for it?

Cheers,
Dana

Dana Whitfield
Host & producer, Teachers Who Left
teacherswholeft.example.com
""",
)

add(
    slug="user_research_interview", contact="maya.lindqvist@phrasebook-app.example.com", lang="en",
    frm=("Maya Lindqvist", "maya.lindqvist@phrasebook-app.example.com"),
    subject="30-min user interview about Phrasebook? (€50 voucher)", date="2026-06-08 09:25 +0000",
    cte="quoted-printable",
    text="""Hi Inès,

I'm a UX researcher at Phrasebook, the CAT tool you signed up for in March. We're
talking to project managers who are new to the field to understand how they set up
their first projects.

Would you have 30 minutes for a user interview over video in the next two weeks? It's
not a sales call and there are no wrong answers. As a thank-you, we'll send you a €50
voucher.

Book a slot that suits you: https://cal.phrasebook-app.example.com/maya/research-30

Thanks a lot,
Maya Lindqvist
UX Research, Phrasebook
""",
    html="""<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222;line-height:1.5">
<p>Hi Inès,</p>
<p>I'm a UX researcher at Phrasebook, the CAT tool you signed up for in March. We're talking to project managers who are new to the field to understand how they set up their first projects.</p>
<p>Would you have <b>30 minutes for a user interview</b> over video in the next two weeks? It's not a sales call and there are no wrong answers. As a thank-you, we'll send you a €50 voucher.</p>
<p><a href="https://cal.phrasebook-app.example.com/maya/research-30?utm_source=research_mail">Book a slot that suits you</a></p>
<p>Thanks a lot,<br>Maya Lindqvist<br><span style="color:#888">UX Research, Phrasebook</span></p>
</div>
""",
)

add(
    slug="friend_tells_own_interview", contact="tom.ashworth@example.com", lang="en",
    frm=("Tom Ashworth", "tom.ashworth@example.com"),
    subject="guess who had an interview today", date="2026-03-19 22:48 +0000",
    text="""Inès!!

Had my interview at Subtitle Hub in Lisbon this afternoon – two hours, three people, a
live QA test on a Netflix-style style guide. I think it went well?? They said they'd
let me know by Friday whether there's an offer.

How are your applications going? Did the Canadian ones ever get back to you?

Fingers crossed for both of us,
Tom
""",
)

add(
    slug="own_follow_up_sent", contact="", lang="en",
    frm=ME, to=[("Hannah Okafor", "hannah.okafor@wordbridge.example.ca")],
    subject="Following up", date="2026-04-20 10:12 +0200",
    mid="<ines-wordbridge-fu-0420@example.fr>",
    text="""Dear Hannah,

I hope you had a good weekend. I wanted to follow up after my final interview with
Daniel last Wednesday. I have received another proposal and need to answer by the end
of the month, so I'd be grateful for any news – and I completely understand if the
answer is no.

Best regards,
Inès

Inès Benali-Carvalho
+33 6 71 22 90 48
""",
)

add(
    slug="recruiter_cold_outreach", contact="oliver.grant@lingotalent.example.com", lang="en",
    frm=("Oliver Grant", "oliver.grant@lingotalent.example.com"),
    subject="Localisation roles in Lisbon – open to a chat?", date="2026-01-16 11:03 +0000",
    text="""Hi Inès,

I came across your profile and noticed you're moving from teaching into localisation –
great combination, and very much in demand at the moment.

I specialise in language-services hiring across Portugal and Spain and I'm currently
working on a few project manager roles in Lisbon (LSPs and one gaming company) for
French speakers. Nothing urgent, but if you're open to it I'd be happy to tell you more
and send you the details.

Best,
Oliver

Oliver Grant | Principal Consultant | Lingo Talent Partners
Lingo Talent Partners Ltd, registered in England No 10223344
""",
)

add(
    slug="freelance_project_alert", contact="", lang="en",
    frm=("Translatorhub Jobs", "jobs-alert@translatorhub.example.com"),
    subject="3 new projects match your profile: FR>EN, EN>FR game localisation",
    date="2026-07-27 05:30 +0000", cte="quoted-printable",
    headers=list_headers("<jobalerts.translatorhub.example.com>",
                         "https://www.translatorhub.example.com/settings/alerts?off=1&u=77120"),
    text="""New projects matching your profile

1. EN>FR – Mobile RPG update, 18,000 words – deadline 12 Aug – posted by a studio in Montréal
2. FR>EN – Board game rulebook, 6,500 words – deadline 5 Aug
3. EN>FR (CA) – Subtitles, indie documentary, 54 min – deadline 20 Aug

Quote now: https://www.translatorhub.example.com/jobs/matching?u=77120

Tip: members who quote within 2 hours are 4x more likely to be selected.

Manage alerts: https://www.translatorhub.example.com/settings/alerts?off=1&u=77120
""",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="padding:14px 0"><img src="https://www.translatorhub.example.com/img/th-logo.png" alt="Translatorhub" width="140"></td></tr>
<tr><td><h3>New projects matching your profile</h3>
<ol><li><a href="https://www.translatorhub.example.com/r/j/501223?u=77120">EN&gt;FR – Mobile RPG update, 18,000 words</a> – deadline 12 Aug – posted by a studio in Montréal</li>
<li><a href="https://www.translatorhub.example.com/r/j/501240?u=77120">FR&gt;EN – Board game rulebook, 6,500 words</a> – deadline 5 Aug</li>
<li><a href="https://www.translatorhub.example.com/r/j/501251?u=77120">EN&gt;FR (CA) – Subtitles, indie documentary, 54 min</a> – deadline 20 Aug</li></ol>
<p><a href="https://www.translatorhub.example.com/jobs/matching?u=77120" style="background:#e85d04;color:#fff;padding:9px 16px;text-decoration:none">Quote now</a></p>
<p style="font-size:12px;color:#666">Tip: members who quote within 2 hours are 4x more likely to be selected.</p>
<p style="font-size:11px;color:#999"><a href="https://www.translatorhub.example.com/settings/alerts?off=1&amp;u=77120">Manage alerts</a></p>
</td></tr></table>
""" + pixel("https://www.translatorhub.example.com/o/77120-0727.gif") + """
</body></html>
""",
)

add(
    slug="bank_loan_application_received", contact="", lang="en",
    frm=("Banco Atlântico", "no-reply@bancoatlantico.example.pt"),
    subject="Application received – Personal loan ref. PL-26-0091834", date="2026-08-03 10:44 +0100",
    cte="quoted-printable",
    text="""Dear Ms Benali-Carvalho,

Thank you for your application for a personal loan of EUR 6,000 (relocation).

Application received: 3 August 2026, 10:41
Reference: PL-26-0091834

We will review your application and the supporting documents within 5 business days.
You will receive our decision by email and in the Banco Atlântico app.

Banco Atlântico, S.A. – Avenida da República 50, 1050-196 Lisboa
This is an automated message. Please do not reply.
""",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#102a43">
<table width="560" cellpadding="0" cellspacing="0">
<tr><td style="background:#003b5c;padding:14px 20px"><img src="https://www.bancoatlantico.example.pt/mail/logo-white.png" alt="Banco Atlântico" width="140"></td></tr>
<tr><td style="padding:20px;border:1px solid #d9e2ec">
<p>Dear Ms Benali-Carvalho,</p>
<p>Thank you for your application for a personal loan of <b>EUR 6,000</b> (relocation).</p>
<table cellpadding="4"><tr><td style="color:#627d98">Application received</td><td>3 August 2026, 10:41</td></tr><tr><td style="color:#627d98">Reference</td><td>PL-26-0091834</td></tr></table>
<p>We will review your application and the supporting documents within 5 business days. You will receive our decision by email and in the Banco Atlântico app.</p>
<p style="font-size:11px;color:#829ab1">Banco Atlântico, S.A. – Avenida da República 50, 1050-196 Lisboa<br>This is an automated message. Please do not reply.</p>
</td></tr></table></body></html>
""",
)

add(
    slug="friend_referral_passed_cv", contact="sophie.lambert@example.com", lang="en",
    irt="<ines-sophie-0620@example.fr>",
    frm=("Sophie Lambert", "sophie.lambert@example.com"),
    subject="Re: quick question", date="2026-06-21 19:15 +0100",
    text="""Hey Inès,

Quick one: I passed your CV on to Tiago, our talent partner at Kalipso, for the
Localization Manager role that went up this week. I told him you're the most organised
person I've ever worked with (true) and that you speak Portuguese (also true).

No promises, but apply through the website too so you're in the system – he said he'd
look out for your name.

Beijinhos,
Sophie

On Sat, Jun 20, 2026 at 9:14 PM Inès Benali-Carvalho <ines.bc@example.fr> wrote:

""" + quote("""Hi Sophie!
Random question: is Kalipso hiring? I saw an offer for a Localization Manager on
LinkedIn and wondered if you knew the team. Would love to get an interview there...
x Inès""") + "\n",
)

add(
    slug="conference_ticket", contact="", lang="en",
    frm=("LocFest Lisbon", "tickets@locfest.example.com"),
    subject="Your ticket for LocFest Lisbon 2026", date="2026-02-14 12:31 +0000",
    cte="quoted-printable",
    text="""Hi Inès,

You're in! Here is your ticket for LocFest Lisbon 2026.

Ticket: Community pass (career changers)
Dates: 15–16 October 2026
Venue: LX Factory, Rua Rodrigues de Faria 103, Lisboa
Order: LF26-8841

Don't miss the "Breaking into localization" speed-mentoring session on day 1 – book
your slot in the app.

See you in Lisbon!
The LocFest team
""",
    html="""<html><body style="background:#0d1b2a;margin:0;font-family:'Space Grotesk',Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px">
<table width="520" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:12px">
<tr><td style="padding:26px"><img src="https://locfest.example.com/img/locfest26.png" alt="LocFest Lisbon 2026" width="200">
<h2>You're in, Inès! 🎟️</h2>
<table cellpadding="5" style="font-size:14px"><tr><td><b>Ticket</b></td><td>Community pass (career changers)</td></tr>
<tr><td><b>Dates</b></td><td>15–16 October 2026</td></tr><tr><td><b>Venue</b></td><td>LX Factory, Rua Rodrigues de Faria 103, Lisboa</td></tr><tr><td><b>Order</b></td><td>LF26-8841</td></tr></table>
<p>Don't miss the <b>"Breaking into localization"</b> speed-mentoring session on day 1 – <a href="https://locfest.example.com/app?o=LF26-8841">book your slot in the app</a>.</p>
<p>See you in Lisbon!<br>The LocFest team</p></td></tr>
</table></td></tr></table></body></html>
""",
)

add(
    slug="flight_rescheduled", contact="", lang="en",
    frm=("AirNorte", "noreply@airnorte.example.com"),
    subject="Schedule change: your flight to Montréal has been rescheduled",
    date="2026-03-05 03:12 +0000", cte="quoted-printable",
    text="""Dear INES BENALI-CARVALHO,

Booking reference: 7KQ2ZP

We're sorry to inform you that your flight has been rescheduled.

AN 872 Marseille (MRS) – Montréal (YUL), 2 April 2026
Previously: departs 10:35, arrives 12:55
Now: departs 13:05, arrives 15:25

No action is needed if the new time suits you. If it doesn't, you can change or cancel
your booking free of charge in Manage my booking.

AirNorte Customer Care
""",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1c1c1c;background:#f2f4f7">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#c8102e;padding:14px 22px"><img src="https://www.airnorte.example.com/email/logo_white.png" alt="AirNorte" width="120"></td></tr>
<tr><td style="padding:22px">
<p>Dear INES BENALI-CARVALHO,</p><p>Booking reference: <b>7KQ2ZP</b></p>
<p>We're sorry to inform you that your flight has been rescheduled.</p>
<table width="100%" cellpadding="6" style="border:1px solid #e1e4e8"><tr><td colspan="2"><b>AN 872 Marseille (MRS) – Montréal (YUL), 2 April 2026</b></td></tr>
<tr><td style="color:#888">Previously</td><td><s>departs 10:35, arrives 12:55</s></td></tr>
<tr><td style="color:#888">Now</td><td><b>departs 13:05, arrives 15:25</b></td></tr></table>
<p>No action is needed if the new time suits you. If it doesn't, you can change or cancel your booking free of charge in <a href="https://www.airnorte.example.com/manage?pnr=7KQ2ZP&amp;utm_source=schedchange">Manage my booking</a>.</p>
<p>AirNorte Customer Care</p></td></tr></table>
""" + pixel("https://www.airnorte.example.com/email/o.gif?pnr=7KQ2ZP") + """
</body></html>
""",
)

add(
    slug="ats_candidate_survey", contact="", lang="en",
    frm=("Tessellate Games via Greenhouse", "no-reply@greenhouse-mail.io"),
    subject="How was your interview experience with Tessellate Games?",
    date="2026-04-03 16:00 +0000", cte="quoted-printable",
    html="""<html><body style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;color:#1d1d1f">
<div style="max-width:560px;margin:0 auto;padding:24px">
<p><img src="https://s3.amazonaws.com/grnhse-prod/tessellate/logo.png" alt="Tessellate Games" width="140"></p>
<p>Hi Inès,</p>
<p>You recently went through our hiring process. Whatever the outcome, we'd love to hear how it felt from your side of the table.</p>
<p>The survey is anonymous and takes about 2 minutes:</p>
<p style="text-align:center"><a href="https://app.greenhouse.io/candidate_surveys/new?token=f9c1d2" style="background:#5b2a86;color:#fff;padding:11px 22px;border-radius:4px;text-decoration:none">Take the survey</a></p>
<p>Your answers are never shared with the hiring team in a way that identifies you and have no effect on any current or future application.</p>
<p>Thank you!<br>Tessellate Games Talent Team</p>
<p style="font-size:11px;color:#999">Powered by Greenhouse · <a href="https://app.greenhouse.io/candidate_surveys/unsubscribe?token=f9c1d2" style="color:#999">Don't send me surveys</a></p>
</div>
""" + pixel("https://app.greenhouse.io/email_open/f9c1d2.png") + """
</body></html>
""",
)

add(
    slug="agency_market_update", contact="", lang="en",
    frm=("LinguaStaff Insights", "insights@linguastaff.example.be"),
    subject="Q2 market update: what localisation PMs earn in Brussels, Paris and Luxembourg",
    date="2026-06-16 07:30 +0200", cte="quoted-printable",
    headers=list_headers("LinguaStaff Insights <insights.linguastaff.example.be>",
                         "https://linguastaff.example.be/preferences?unsubscribe=insights&c=IBC"),
    text="""LINGUASTAFF INSIGHTS – Q2 2026

Salaries: localisation project managers in Brussels earn EUR 3,900–5,200 gross a month;
Luxembourg pays 15-20% more, Paris roughly 10% less.

Hiring mood: many clients have put roles on hold until September, but "hold" does not
mean "cancelled" – keep your applications warm.

Candidate tip: after a final interview, a polite follow-up after 7 working days is fine.

Download the full salary guide: https://linguastaff.example.be/r/q2-2026-guide?c=IBC

LinguaStaff – Avenue Louise 221, 1050 Brussels
Unsubscribe: https://linguastaff.example.be/preferences?unsubscribe=insights&c=IBC
""",
    html="""<html><body style="font-family:Arial,sans-serif;color:#1f2a44;background:#eef1f6;margin:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#1f2a44;color:#fff;padding:18px 24px;font-size:13px;letter-spacing:1px"><img src="https://linguastaff.example.be/img/ls-white.png" alt="LinguaStaff" width="120"><br>INSIGHTS – Q2 2026</td></tr>
<tr><td style="padding:22px 24px;font-size:14px;line-height:1.6">
<h3 style="margin-top:0">Salaries</h3><p>Localisation project managers in Brussels earn EUR 3,900–5,200 gross a month; Luxembourg pays 15-20% more, Paris roughly 10% less.</p>
<h3>Hiring mood</h3><p>Many clients have put roles on hold until September, but "hold" does not mean "cancelled" – keep your applications warm.</p>
<h3>Candidate tip</h3><p>After a final interview, a polite follow-up after 7 working days is fine.</p>
<p><a href="https://linguastaff.example.be/r/q2-2026-guide?c=IBC" style="background:#f2a541;color:#1f2a44;padding:10px 18px;text-decoration:none;font-weight:bold">Download the full salary guide</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#8a94a6;background:#f7f8fb">LinguaStaff – Avenue Louise 221, 1050 Brussels · <a href="https://linguastaff.example.be/preferences?unsubscribe=insights&amp;c=IBC" style="color:#8a94a6">Unsubscribe</a></td></tr>
</table></td></tr></table>
""" + pixel("https://linguastaff.example.be/o/IBC-q2.gif") + """
</body></html>
""",
)

add(
    slug="bounce_delivery_failure", contact="", lang="en",
    frm=("Mail Delivery System", "mailer-daemon@mail.example.fr"),
    subject="Undelivered Mail Returned to Sender", date="2026-01-19 21:03 +0100",
    headers={"Auto-Submitted": "auto-replied"},
    text="""This is the mail system at host mail.example.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<jobs@atlantis-translations.example.com>: host mx.atlantis-translations.example.com
    said: 550 5.1.1 <jobs@atlantis-translations.example.com>: Recipient address
    rejected: User unknown in virtual mailbox table

--- Returned message (headers) ---
From: Inès Benali-Carvalho <ines.bc@example.fr>
To: jobs@atlantis-translations.example.com
Subject: Application – Localisation Project Manager
Date: Mon, 19 Jan 2026 21:02:51 +0100
""",
)

# ================================================================ Spanish (7)

add(
    slug="headhunter_cold_outreach", cte="8bit", contact="alvaro@huntersiberia.example.es", lang="es",
    frm=("Álvaro Santamaría", "alvaro@huntersiberia.example.es"),
    subject="¿Te interesaría una posición en Madrid?", date="2026-05-04 09:40 +0200",
    text="""Hola Inès,

Soy Álvaro, de Hunters Iberia. Te escribo porque he visto tu perfil y creo que encajas
muy bien en un par de búsquedas que tengo abiertas en Madrid para empresas de traducción
(una de ellas, muy consolidada en traducción jurídica y jurada).

¿Te interesaría que te contara más? Si te cuadra, me respondes y te llamo un día de
estos, sin compromiso.

Un saludo,

Álvaro Santamaría
Partner | Hunters Iberia
+34 655 20 19 84
""",
)

add(
    slug="translators_newsletter_rechazo", contact="", lang="es",
    frm=("La Linterna del Traductor", "boletin@lalinterna.example.es"),
    subject="Boletín 93 · Cómo encajar un rechazo (y seguir adelante)",
    date="2026-04-06 08:00 +0200", cte="quoted-printable",
    headers=list_headers("<boletin.lalinterna.example.es>",
                         "https://lalinterna.example.es/baja?id=ines93",
                         mailto="baja@lalinterna.example.es"),
    text="""LA LINTERNA DEL TRADUCTOR · Boletín 93

Cómo encajar un rechazo (y seguir adelante)
«Lamentamos comunicarle que su candidatura no ha sido seleccionada». Tres gestoras de
proyectos nos cuentan cuántos «no» recibieron antes de su primer «sí».
https://lalinterna.example.es/articulos/encajar-un-rechazo?utm_source=boletin93

Además:
· Ofertas de la semana: 9 puestos de gestión de proyectos en Madrid y Barcelona
· Entrevista a Nuria Gil, Senior PM: «La primera entrevista de trabajo la suspendí»

Darse de baja: https://lalinterna.example.es/baja?id=ines93
""",
    html="""<html><body style="font-family:Georgia,serif;background:#fffdf7;color:#2b2b2b">
<div style="max-width:580px;margin:0 auto;padding:20px;border:1px solid #efe6cf">
<p style="font-family:Arial;font-size:11px;color:#b08d2f;letter-spacing:2px">LA LINTERNA DEL TRADUCTOR · BOLETÍN 93</p>
<h1 style="font-size:24px">Cómo encajar un rechazo (y seguir adelante)</h1>
<p>«Lamentamos comunicarle que su candidatura no ha sido seleccionada». Tres gestoras de proyectos nos cuentan cuántos «no» recibieron antes de su primer «sí».</p>
<p><a href="https://lalinterna.example.es/r/93/1?id=ines93">Leer el artículo</a></p>
<p><b>Además:</b><br>· <a href="https://lalinterna.example.es/r/93/2?id=ines93">Ofertas de la semana: 9 puestos de gestión de proyectos en Madrid y Barcelona</a><br>
· <a href="https://lalinterna.example.es/r/93/3?id=ines93">Entrevista a Nuria Gil, Senior PM: «La primera entrevista de trabajo la suspendí»</a></p>
<p style="font-family:Arial;font-size:10px;color:#aaa"><a href="https://lalinterna.example.es/baja?id=ines93" style="color:#aaa">Darse de baja</a></p>
</div>
""" + pixel("https://lalinterna.example.es/o/ines93.gif") + """
</body></html>
""",
)

add(
    slug="utility_request_received", cte="base64", contact="", lang="es",
    frm=("Luz Madrid Energía", "no-responder@luzmadrid.example.es"),
    subject="Hemos recibido tu solicitud de alta de suministro", date="2026-08-21 12:12 +0200",
    html="""<html><body style="font-family:Arial,sans-serif;background:#f4f9f4;margin:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:18px 24px;border-bottom:3px solid #3aa655"><img src="https://www.luzmadrid.example.es/img/logo.png" alt="Luz Madrid Energía" width="150"></td></tr>
<tr><td style="padding:22px 24px;font-size:14px;color:#263238">
<p>Hola Inès:</p>
<p>Hemos recibido tu solicitud de alta de suministro eléctrico para la vivienda de <b>C/ del Espíritu Santo 22, 3.º B, 28004 Madrid</b>.</p>
<p>Número de solicitud: <b>ALT-2026-448120</b>. En un plazo de 5 días hábiles la distribuidora activará el suministro. Te avisaremos por SMS.</p>
<p><a href="https://www.luzmadrid.example.es/area-clientes?src=alta" style="color:#3aa655">Consultar el estado de mi solicitud</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#90a4ae">Luz Madrid Energía S.A. · Este correo se ha enviado automáticamente, no respondas a este mensaje.</td></tr>
</table></td></tr></table></body></html>
""",
)

add(
    slug="friend_rejected_at_publisher", cte="8bit", contact="paula.gimenez@example.es", lang="es",
    frm=("Paula Giménez", "paula.gimenez@example.es"),
    subject="Re: ¿qué tal todo?", date="2026-05-21 23:05 +0200",
    irt="<ines-paula-0521@example.fr>",
    text="""¡Tía, me han rechazado en la editorial! Después de tres entrevistas y la prueba de
traducción... «hemos optado por un perfil con más experiencia». Ya ves. Estoy de bajón,
pero bueno, mañana será otro día.

Y lo tuyo, qué alegría que te hayan llamado de Lexia. ¡Cruzo los dedos! Si vienes a
Madrid, tienes sofá en mi casa, ya lo sabes.

Un besazo,
Paula

El jue, 21 may 2026 a las 18:30, Inès Benali-Carvalho (<ines.bc@example.fr>) escribió:
""" + quote("""¡Hola guapa! ¿Qué tal todo? ¿Te dijeron algo de la editorial?
Yo tengo entrevista el lunes con Lexia Traducciones por videollamada, estoy nerviosa.
¡Cuéntame!
Besos, Inès""") + "\n",
)

add(
    slug="job_alert_spanish", contact="", lang="es",
    frm=("TrabajoYa Alertas", "alertas@trabajoya.example.es"),
    subject="Nuevas ofertas para ti: Project Manager Localización en Madrid",
    date="2026-02-23 07:05 +0100", cte="quoted-printable",
    headers=list_headers("<alertas.trabajoya.example.es>",
                         "https://www.trabajoya.example.es/alertas/baja?a=pm-loc&u=ibc88"),
    text="""Hola Inès, tenemos 7 nuevas ofertas que encajan con tu alerta «Project Manager
Localización – Madrid»:

· Project Manager de Localización – Verbatim Iberia – Madrid
· Coordinador/a de Subtitulado – Doblajes Castellana – Madrid
· Localization Specialist – Nuvola Apps – Madrid (inglés)
· y 4 ofertas más

Ver ofertas: https://www.trabajoya.example.es/r/alerta/pm-loc?u=ibc88

Inscríbete pronto: las candidaturas enviadas en las primeras 48 horas reciben más
respuestas.

Dar de baja esta alerta: https://www.trabajoya.example.es/alertas/baja?a=pm-loc&u=ibc88
""",
    html="""<html><body style="margin:0;background:#eef2f5;font-family:Roboto,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#ff6a00;padding:14px 20px"><img src="https://static.trabajoya.example.es/mail/logo-blanco.png" alt="TrabajoYa" width="120"></td></tr>
<tr><td style="padding:22px 28px;font-size:15px;color:#263238">
<p>Hola Inès, tenemos <b>7 nuevas ofertas</b> que encajan con tu alerta «Project Manager Localización – Madrid»:</p>
<p><a href="https://www.trabajoya.example.es/r/c?u=ibc88&amp;o=5490112">Project Manager de Localización</a> – Verbatim Iberia – Madrid<br>
<a href="https://www.trabajoya.example.es/r/c?u=ibc88&amp;o=5490187">Coordinador/a de Subtitulado</a> – Doblajes Castellana – Madrid<br>
<a href="https://www.trabajoya.example.es/r/c?u=ibc88&amp;o=5490203">Localization Specialist</a> – Nuvola Apps – Madrid (inglés)</p>
<p><a href="https://www.trabajoya.example.es/r/alerta/pm-loc?u=ibc88" style="background:#ff6a00;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Ver las 7 ofertas</a></p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#90a4ae;background:#fafafa"><a href="https://www.trabajoya.example.es/alertas/baja?a=pm-loc&amp;u=ibc88" style="color:#90a4ae">Dar de baja esta alerta</a> · TrabajoYa Servicios Digitales S.L.</td></tr>
</table></td></tr></table>
""" + pixel("https://track.trabajoya.example.es/open?u=ibc88&m=alerta0223") + """
</body></html>
""",
)

add(
    slug="language_school_trial_class", contact="", lang="es",
    frm=("Academia Babel Madrid", "reservas@academiababel.example.es"),
    subject="Confirmación de tu clase de prueba", date="2026-09-08 17:20 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Hola Inès:

Te confirmamos tu clase de prueba gratuita de catalán (nivel A1):

Día: jueves 17 de septiembre de 2026
Hora: 19:00 - 20:00
Lugar: Academia Babel Madrid, C/ de Hortaleza 88, 1.º

Si no puedes asistir, cancela la reserva desde el enlace de tu área personal para que
otra persona pueda aprovechar la plaza.

Este es un mensaje automático de nuestro sistema de reservas.
""",
)

add(
    slug="flat_request_received", contact="", lang="es",
    frm=("PisoClick", "noreply@pisoclick.example.es"),
    subject="Hemos enviado tu solicitud al anunciante", date="2026-07-29 21:44 +0200",
    cte="quoted-printable",
    html="""<html><body style="font-family:Arial,sans-serif;background:#f5f5f5;margin:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:6px">
<tr><td style="padding:18px 22px"><img src="https://img.pisoclick.example.es/mail/logo.png" alt="PisoClick" width="120"></td></tr>
<tr><td style="padding:0 22px 20px;font-size:14px;color:#333">
<p>Hola Inès,</p>
<p>Hemos enviado tu solicitud de visita al anunciante del <b>piso de 55 m² en Lavapiés (1.150 €/mes)</b>. Si está interesado, se pondrá en contacto contigo.</p>
<p>Consejo: los inquilinos con el perfil completo (nómina, contrato de trabajo) reciben respuesta el doble de rápido. <a href="https://www.pisoclick.example.es/perfil?src=solicitud">Completa tu perfil</a></p>
<p><a href="https://www.pisoclick.example.es/r/similares?id=88412710">Ver pisos parecidos</a></p>
</td></tr>
<tr><td style="padding:10px 22px;font-size:11px;color:#999">PisoClick · <a href="https://www.pisoclick.example.es/notificaciones" style="color:#999">Notificaciones</a> · No respondas a este correo.</td></tr>
</table></td></tr></table>
""" + pixel("https://stats.pisoclick.example.es/o/88412710.gif") + """
</body></html>
""",
)

# ================================================================ German (5)

add(
    slug="out_of_office_german", cte="8bit", contact="katrin.hofer@donaulingua.example.com", lang="de",
    frm=("Katrin Hofer", "katrin.hofer@donaulingua.example.com"),
    subject="Automatische Antwort: Terminbestätigung Videointerview",
    date="2026-05-14 09:12 +0200", irt="<ines-donau-bestaetigung-0514@example.fr>",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 15. Mai nicht im Büro und habe keinen Zugriff auf meine
E-Mails. Ab Montag, 18. Mai, bin ich wieder für Sie da.

In dringenden Fällen wenden Sie sich bitte an jobs@donaulingua.example.com.

Viele Grüße
Katrin Hofer
People & Culture | Donau Lingua GmbH
""",
)

add(
    slug="translators_association_newsletter", contact="", lang="de",
    frm=("VFS Übersetzer-Brief", "newsletter@vfs-sprachmittler.example.org"),
    subject="Übersetzer-Brief 5/2026: Honorare, KI-Klauseln, Absagen richtig lesen",
    date="2026-05-29 10:00 +0200", cte="quoted-printable",
    headers=list_headers("<uebersetzer-brief.vfs-sprachmittler.example.org>",
                         "https://vfs-sprachmittler.example.org/newsletter/abmelden?id=ibc-77"),
    text="""ÜBERSETZER-BRIEF 5/2026
Verband Freier Sprachmittler e. V.

1. Honorarumfrage 2026: Die Ergebnisse sind da
2. KI-Klauseln in Rahmenverträgen – was Sie unterschreiben sollten und was nicht
3. "Leider müssen wir Ihnen mitteilen ...": Wie Sie eine Absage richtig lesen und
   was ein Vorstellungsgespräch bei einer Agentur über den Auftraggeber verrät

Alle Beiträge: https://vfs-sprachmittler.example.org/brief/2026-05?utm_source=nl

Vom Newsletter abmelden: https://vfs-sprachmittler.example.org/newsletter/abmelden?id=ibc-77
Verband Freier Sprachmittler e. V. · Vereinsregister Amtsgericht Köln VR 40112
""",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;background:#f6f6f6">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:18px 24px;border-bottom:4px solid #004c97"><img src="https://vfs-sprachmittler.example.org/img/vfs-logo.png" alt="VFS – Verband Freier Sprachmittler" width="170"><br><b>Übersetzer-Brief 5/2026</b></td></tr>
<tr><td style="padding:20px 24px">
<ol><li><a href="https://vfs-sprachmittler.example.org/r/2026-05/1?id=ibc-77">Honorarumfrage 2026: Die Ergebnisse sind da</a></li>
<li><a href="https://vfs-sprachmittler.example.org/r/2026-05/2?id=ibc-77">KI-Klauseln in Rahmenverträgen – was Sie unterschreiben sollten und was nicht</a></li>
<li><a href="https://vfs-sprachmittler.example.org/r/2026-05/3?id=ibc-77">„Leider müssen wir Ihnen mitteilen …“: Wie Sie eine Absage richtig lesen</a> – und was ein Vorstellungsgespräch bei einer Agentur über den Auftraggeber verrät</li></ol>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888;background:#fafafa"><a href="https://vfs-sprachmittler.example.org/newsletter/abmelden?id=ibc-77" style="color:#888">Vom Newsletter abmelden</a><br>Verband Freier Sprachmittler e. V. · Vereinsregister Amtsgericht Köln VR 40112</td></tr>
</table>
""" + pixel("https://vfs-sprachmittler.example.org/o/ibc-77-0529.gif") + """
</body></html>
""",
)

add(
    slug="friend_own_interview_luxembourg", cte="8bit", contact="lena.schuster@example.lu", lang="de",
    frm=("Lena Schuster", "lena.schuster@example.lu"),
    subject="Daumen drücken!", date="2026-04-22 20:31 +0200",
    text="""Hallo Inès,

ich hatte gestern mein Vorstellungsgespräch bei der Bank auf Kirchberg – drei Leute,
eine Stunde, dann noch ein Übersetzungstest Deutsch-Französisch. Ich glaube, es lief
gut, aber sie wollen sich erst in zwei Wochen melden. Warten ist das Schlimmste!

Wie läuft es bei dir mit LuxLingo? Wenn das klappt, sind wir Nachbarinnen. Ich kenne
eine tolle Wohnung in Bonnevoie, nur so nebenbei. :-)

Liebe Grüße
Lena
""",
)

add(
    slug="job_alert_german", contact="", lang="de",
    frm=("StellenStern Jobagent", "jobagent@stellenstern.example.com"),
    subject="5 neue Jobs für Sie: Lokalisierungsmanager/in", date="2026-08-17 06:10 +0200",
    cte="quoted-printable",
    headers=list_headers("<jobagent.stellenstern.example.com>",
                         "https://www.stellenstern.example.com/jobagent/abbestellen?j=88121"),
    text="""Guten Morgen,

Ihr Jobagent "Lokalisierungsmanager/in – Luxemburg, Genf, remote" hat 5 neue Stellen
gefunden:

- Teamleitung Lokalisierung (Französisch) – Moselle Sprachdienste – Esch-sur-Alzette
- Localization Project Manager (m/w/d) – Donau Lingua – Wien / remote
- Projektleiter/in Übersetzung – Alpentext AG – Genf
- 2 weitere Stellen

Alle Stellen ansehen: https://www.stellenstern.example.com/r/ja/88121

Jetzt bewerben – die ersten Bewerbungen werden häufiger zum Vorstellungsgespräch
eingeladen.

Jobagent abbestellen: https://www.stellenstern.example.com/jobagent/abbestellen?j=88121
""",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;background:#f3f4f6">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#ffd500;padding:14px 22px"><img src="https://www.stellenstern.example.com/img/mail-logo.png" alt="StellenStern" width="130"></td></tr>
<tr><td style="padding:20px 22px">
<p>Guten Morgen,</p><p>Ihr Jobagent <b>„Lokalisierungsmanager/in – Luxemburg, Genf, remote“</b> hat 5 neue Stellen gefunden:</p>
<p><a href="https://www.stellenstern.example.com/r/j/7712001?ja=88121">Teamleitung Lokalisierung (Französisch)</a><br><span style="color:#666">Moselle Sprachdienste · Esch-sur-Alzette</span></p>
<p><a href="https://www.stellenstern.example.com/r/j/7712044?ja=88121">Localization Project Manager (m/w/d)</a><br><span style="color:#666">Donau Lingua · Wien / remote</span></p>
<p><a href="https://www.stellenstern.example.com/r/j/7712090?ja=88121">Projektleiter/in Übersetzung</a><br><span style="color:#666">Alpentext AG · Genf</span></p>
<p><a href="https://www.stellenstern.example.com/r/ja/88121" style="background:#222;color:#ffd500;padding:9px 16px;text-decoration:none">Alle 5 Stellen ansehen</a></p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#888"><a href="https://www.stellenstern.example.com/jobagent/abbestellen?j=88121" style="color:#888">Jobagent abbestellen</a> · StellenStern GmbH, Hamburg</td></tr>
</table>
""" + pixel("https://www.stellenstern.example.com/o/ja88121-0817.gif") + """
</body></html>
""",
)

add(
    slug="subscription_renewed", cte="base64", contact="", lang="de",
    frm=("Wortwerk Pro", "rechnung@wortwerk-pro.example.com"),
    subject="Ihr Abo wurde verlängert", date="2026-10-02 04:00 +0200",
    html="""<html><body style="font-family:'Segoe UI',Arial,sans-serif;background:#f7f7fa;margin:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table width="520" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px">
<tr><td style="padding:22px 26px"><img src="https://wortwerk-pro.example.com/mail/logo.png" alt="Wortwerk Pro" width="120"></td></tr>
<tr><td style="padding:0 26px 22px;font-size:14px;color:#222">
<p>Hallo Inès,</p>
<p>Ihr Abonnement <b>Wortwerk Pro Einzelplatz (jährlich)</b> wurde automatisch um ein Jahr verlängert.</p>
<p>Betrag: 96,00 EUR inkl. MwSt. · Zahlungsmittel: Visa •••• 4418 · Nächste Verlängerung: 2. Oktober 2027</p>
<p><a href="https://wortwerk-pro.example.com/account/billing?src=renewal">Rechnung herunterladen</a> · <a href="https://wortwerk-pro.example.com/account/subscription">Abo verwalten</a></p>
</td></tr>
<tr><td style="padding:12px 26px;font-size:11px;color:#999">Wortwerk Software GmbH · Geschäftsführer: Jonas Leitner · Amtsgericht München HRB 255001</td></tr>
</table></td></tr></table></body></html>
""",
)

assert len(MESSAGES) == 52, len(MESSAGES)
